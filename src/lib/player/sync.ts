/**
 * Keeps the audience window and the presenter window on the same step, in both
 * directions, with no server: a BroadcastChannel per scenario (same origin, so it works
 * from any static host). Messages are versioned and checked by shape; anything else on
 * the channel is ignored.
 */
export interface SyncState {
	index: number;
	blackout: boolean;
}
export type SyncMessage = { v: 1; kind: 'hello' } | ({ v: 1; kind: 'state' } & SyncState);

export function channelName(scenarioId: string): string {
	return `banfang:${scenarioId}`;
}

export function parseSyncMessage(data: unknown): SyncMessage | null {
	if (typeof data !== 'object' || data === null) return null;
	const m = data as Record<string, unknown>;
	if (m.v !== 1) return null;
	if (m.kind === 'hello') return { v: 1, kind: 'hello' };
	if (m.kind === 'state' && Number.isInteger(m.index) && (m.index as number) >= 0 && typeof m.blackout === 'boolean')
		return { v: 1, kind: 'state', index: m.index as number, blackout: m.blackout };
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
	let lastHeard: string | null = null;
	const key = (s: SyncState) => `${s.index}:${s.blackout}`;
	const send = (state: SyncState) => channel.postMessage({ v: 1, kind: 'state', ...state } satisfies SyncMessage);
	channel.onmessage = (event: MessageEvent) => {
		const message = parseSyncMessage(event.data);
		if (!message) return;
		if (message.kind === 'hello') send(current());
		else {
			const state = { index: message.index, blackout: message.blackout };
			lastHeard = key(state);
			apply(state);
		}
	};
	channel.postMessage({ v: 1, kind: 'hello' } satisfies SyncMessage);
	return {
		publish(state) {
			// What we were just told needs no echo: two windows would otherwise bounce it forever.
			if (key(state) === lastHeard) return;
			lastHeard = null;
			send(state);
		},
		close() {
			channel.close();
		}
	};
}
