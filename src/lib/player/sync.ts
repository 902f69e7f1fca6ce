/**
 * Keeps the audience window and the presenter window on the same step, in both
 * directions, with no server: a BroadcastChannel per scenario (same origin, so it works
 * from any static host). Messages are versioned and checked by shape; anything else on
 * the channel is ignored.
 * Order: every state carries a stamp, a logical clock and the id of the window that made it
 * (Lamport). A window takes a state only when its stamp is newer than the one it holds, ties
 * broken by the id, so two windows moved at the same moment both end on the same one.
 */
export interface SyncState {
	index: number;
	blackout: boolean;
}
export type SyncMessage = { v: 1; kind: 'hello' } | ({ v: 1; kind: 'state'; seq: number; from: string } & SyncState);

export function channelName(scenarioId: string): string {
	return `banfang:${scenarioId}`;
}

export function parseSyncMessage(data: unknown): SyncMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (m.v !== 1) return null;
	if (m.kind === 'hello') return { v: 1, kind: 'hello' };
	if (
		m.kind === 'state' &&
		Number.isInteger(m.index) &&
		(m.index as number) >= 0 &&
		typeof m.blackout === 'boolean' &&
		Number.isSafeInteger(m.seq) &&
		(m.seq as number) >= 0 &&
		typeof m.from === 'string' &&
		m.from.length > 0 &&
		m.from.length <= 64
	)
		return { v: 1, kind: 'state', index: m.index as number, blackout: m.blackout, seq: m.seq as number, from: m.from };
	return null;
}

export interface SyncLink {
	/** Tell the other windows where we are (skipped when it is what they just told us). */
	publish(state: SyncState): void;
	close(): void;
}

/**
 * Joins the scenario's channel. `apply` receives the others' state; `current` answers a
 * newcomer's hello. Returns a no-op link where BroadcastChannel does not exist.
 */
export function joinSync(scenarioId: string, apply: (state: SyncState) => void, current: () => SyncState): SyncLink {
	if (typeof BroadcastChannel === 'undefined') return { publish() {}, close() {} };
	const channel = new BroadcastChannel(channelName(scenarioId));
	const me = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2);
	const key = (s: SyncState) => `${s.index}:${s.blackout}`;
	/** The highest clock seen or sent, and the stamp of the state this window shows (-1: none yet, a newcomer takes any). */
	let clock = 0;
	let held: { seq: number; from: string; key: string | null } = { seq: -1, from: me, key: null };
	const newer = (seq: number, from: string) => seq > held.seq || (seq === held.seq && from > held.from);
	const send = (state: SyncState, seq: number, from: string) => channel.postMessage({ v: 1, kind: 'state', ...state, seq, from } satisfies SyncMessage);
	channel.onmessage = (event: MessageEvent) => {
		const message = parseSyncMessage(event.data);
		if (!message) return;
		if (message.kind === 'hello') {
			// Answer with a stamp of 0 at least: two windows opened together then agree on one of their steps.
			if (held.seq < 0) held = { seq: 0, from: me, key: key(current()) };
			send(current(), held.seq, held.from);
			return;
		}
		clock = Math.max(clock, message.seq);
		if (!newer(message.seq, message.from)) return;
		const state = { index: message.index, blackout: message.blackout };
		held = { seq: message.seq, from: message.from, key: key(state) };
		apply(state);
	};
	channel.postMessage({ v: 1, kind: 'hello' } satisfies SyncMessage);
	return {
		publish(state) {
			// What we were just told needs no echo: two windows would otherwise bounce it forever.
			if (key(state) === held.key) return;
			clock += 1;
			held = { seq: clock, from: me, key: key(state) };
			send(state, clock, me);
		},
		close() {
			channel.close();
		}
	};
}
