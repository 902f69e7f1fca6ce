/**
 * diff(a, b): what differs between two worlds — the whole input of an animation.
 * applyDiff(a, diff(a, b)) equals b (a property test holds us to it).
 */
import type { FilePanel, ItemState, Message, Stream, TerminalLine, World } from './world.ts';

export interface WorldDiff {
	entered: ItemState[];
	left: ItemState[];
	changed: { before: ItemState; after: ItemState }[];
	/** b's item order, when it is not a's order with the entered items appended. */
	order?: string[];
	terminal: {
		/** How many of a's lines b keeps (a common prefix); the rest were erased. */
		kept: number;
		erased: TerminalLine[];
		printed: TerminalLine[];
		prompt: string;
	};
	messages: Message[];
	/** b's open streams, and which of them opened or closed since a. */
	streams: { open: Stream[]; opened: Stream[]; closed: Stream[] };
	/** b's file panel, and whether it differs from a's. */
	file: FilePanel | null;
	fileChanged: boolean;
	focus: string[];
	/** b's scene, and the item the camera zooms through when it differs from a's. */
	scene: World['scene'];
	zoom?: string;
}

function sameJson(x: unknown, y: unknown): boolean {
	return x === y || JSON.stringify(x) === JSON.stringify(y);
}

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

	let kept = 0;
	const linesA = a.terminal.lines;
	const linesB = b.terminal.lines;
	while (kept < linesA.length && kept < linesB.length && (linesA[kept] === linesB[kept] || sameJson(linesA[kept], linesB[kept]))) kept++;

	const idsA = new Set(a.streams.map((st) => st.id));
	const idsB = new Set(b.streams.map((st) => st.id));
	return {
		entered,
		left,
		changed,
		...(order ? { order } : {}),
		terminal: { kept, erased: linesA.slice(kept), printed: linesB.slice(kept), prompt: b.terminal.prompt },
		messages: b.messages,
		streams: { open: b.streams, opened: b.streams.filter((st) => !idsA.has(st.id)), closed: a.streams.filter((st) => !idsB.has(st.id)) },
		file: b.file,
		fileChanged: a.file !== b.file && !sameJson(a.file, b.file),
		focus: b.focus,
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
		terminal: { prompt: d.terminal.prompt, lines: [...a.terminal.lines.slice(0, d.terminal.kept), ...d.terminal.printed] },
		messages: d.messages,
		streams: d.streams.open,
		file: d.file,
		focus: d.focus,
		...(d.zoom !== undefined ? { zoom: d.zoom } : {})
	};
}

export function isEmptyDiff(d: WorldDiff): boolean {
	return (
		d.entered.length + d.left.length + d.changed.length + d.terminal.erased.length + d.terminal.printed.length + d.messages.length === 0 &&
		d.streams.opened.length + d.streams.closed.length === 0 &&
		!d.fileChanged &&
		!d.order
	);
}
