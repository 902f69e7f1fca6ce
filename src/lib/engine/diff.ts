/**
 * diff(a, b): what differs between two worlds — the whole input of an animation.
 * applyDiff(a, diff(a, b)) equals b (a property test holds us to it).
 */
import type { FilePanel, ItemState, Message, Stream, TerminalLine, TerminalState, World } from './world.ts';

/** What differs between two states of one terminal. */
export interface TerminalDiff {
	/** How many of a's lines b keeps (a common prefix); the rest were erased. */
	kept: number;
	erased: TerminalLine[];
	printed: TerminalLine[];
	prompt: string;
}

export interface WorldDiff {
	entered: ItemState[];
	left: ItemState[];
	changed: { before: ItemState; after: ItemState }[];
	/** b's item order, when it is not a's order with the entered items appended. */
	order?: string[];
	/** The main terminal, and the scenario's other terminals by id. */
	terminal: TerminalDiff;
	terminals: Record<string, TerminalDiff>;
	messages: Message[];
	/** b's open streams, and which of them opened or closed since a. */
	streams: { open: Stream[]; opened: Stream[]; closed: Stream[] };
	/** b's file panel, and whether it differs from a's. */
	file: FilePanel | null;
	fileChanged: boolean;
	focus: string[];
	numbered?: true;
	/** b's scene, and the item the camera zooms through when it differs from a's. */
	scene: World['scene'];
	zoom?: string;
}

function sameJson(x: unknown, y: unknown): boolean {
	return x === y || JSON.stringify(x) === JSON.stringify(y);
}

function diffTerminal(a: TerminalState, b: TerminalState): TerminalDiff {
	let kept = 0;
	const linesA = a.lines;
	const linesB = b.lines;
	while (kept < linesA.length && kept < linesB.length && (linesA[kept] === linesB[kept] || sameJson(linesA[kept], linesB[kept]))) kept++;
	return { kept, erased: linesA.slice(kept), printed: linesB.slice(kept), prompt: b.prompt };
}

const applyTerminal = (a: TerminalState | undefined, d: TerminalDiff): TerminalState => ({
	prompt: d.prompt,
	lines: [...(a?.lines ?? []).slice(0, d.kept), ...d.printed]
});

export function diff(a: World, b: World): WorldDiff {
	const entered: ItemState[] = [];
	const changed: WorldDiff['changed'] = [];
	for (const [id, after] of Object.entries(b.items)) {
		const before = Object.hasOwn(a.items, id) ? a.items[id] : undefined;
		if (!before) entered.push(after);
		else if (before !== after && !sameJson(before, after)) changed.push({ before, after });
	}
	const left = Object.values(a.items).filter((item) => !Object.hasOwn(b.items, item.id));

	const kept0 = Object.keys(a.items).filter((id) => Object.hasOwn(b.items, id));
	const naturalOrder = [...kept0, ...entered.map((i) => i.id)];
	const bOrder = Object.keys(b.items);
	const order = sameJson(naturalOrder, bOrder) ? undefined : bOrder;

	const idsA = new Set(a.streams.map((st) => st.id));
	const idsB = new Set(b.streams.map((st) => st.id));
	return {
		entered,
		left,
		changed,
		...(order ? { order } : {}),
		terminal: diffTerminal(a.terminal, b.terminal),
		terminals: Object.fromEntries(Object.entries(b.terminals).map(([id, t]) => [id, diffTerminal(a.terminals[id] ?? { prompt: t.prompt, lines: [] }, t)])),
		messages: b.messages,
		streams: { open: b.streams, opened: b.streams.filter((st) => !idsA.has(st.id)), closed: a.streams.filter((st) => !idsB.has(st.id)) },
		file: b.file,
		fileChanged: a.file !== b.file && !sameJson(a.file, b.file),
		focus: b.focus,
		...(b.numbered ? { numbered: true as const } : {}),
		scene: b.scene,
		...(b.zoom !== undefined ? { zoom: b.zoom } : {})
	};
}

export function applyDiff(a: World, d: WorldDiff): World {
	const items: Record<string, ItemState> = {};
	const leftIds = new Set(d.left.map((i) => i.id));
	const changedById = new Map(d.changed.map((c) => [c.after.id, c.after]));
	for (const [id, item] of Object.entries(a.items)) if (!leftIds.has(id)) items[id] = changedById.get(id) ?? item;
	for (const item of d.entered) items[item.id] = item;
	const ordered: Record<string, ItemState> = d.order ? {} : items;
	if (d.order) for (const id of d.order) ordered[id] = items[id]!;
	return {
		scene: d.scene,
		items: ordered,
		terminal: applyTerminal(a.terminal, d.terminal),
		terminals: Object.fromEntries(Object.entries(d.terminals).map(([id, t]) => [id, applyTerminal(a.terminals[id], t)])),
		messages: d.messages,
		streams: d.streams.open,
		file: d.file,
		focus: d.focus,
		...(d.numbered ? { numbered: true as const } : {}),
		...(d.zoom !== undefined ? { zoom: d.zoom } : {})
	};
}

export function isEmptyDiff(d: WorldDiff): boolean {
	const terminalsChanged = [d.terminal, ...Object.values(d.terminals)].some((t) => t.erased.length + t.printed.length > 0);
	return (
		d.entered.length + d.left.length + d.changed.length + d.messages.length === 0 &&
		!terminalsChanged &&
		d.streams.opened.length + d.streams.closed.length === 0 &&
		!d.fileChanged &&
		!d.order
	);
}
