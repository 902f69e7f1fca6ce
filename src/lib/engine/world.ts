/**
 * The world: what is on stage after some number of steps. Plain data, no DOM, no clock.
 * Items are keyed by id; key order is the order they were added in (ids start with a
 * letter, so JavaScript keeps insertion order), which is also their drawing order.
 */
import type { Item, LocalizedText, Scenario, SceneKind } from '../scenario/schema.ts';

export type ItemState = Item;

export interface TerminalLine {
	/** 'command' lines were typed after `prompt`; 'output' lines were printed. */
	kind: 'command' | 'output';
	text: LocalizedText;
	prompt?: string;
}

export interface Message {
	link: string;
	label: LocalizedText;
	reverse: boolean;
}

/** A long-lived call (a watch): open on its link until it is closed. */
export interface Stream extends Message {
	id: string;
}

/** A terminal window: the prompt commands are typed after, and its lines. */
export interface TerminalState {
	prompt: string;
	lines: TerminalLine[];
}

/** A file shown beside the terminal. */
export interface FilePanel {
	title: LocalizedText;
	lines: LocalizedText[];
}

export interface World {
	/** The scene on stage, and what the camera last zoomed through to get there. */
	scene: SceneKind;
	zoom?: string;
	items: Record<string, ItemState>;
	/** The main terminal (the scenario's `terminal`). */
	terminal: TerminalState;
	/** The scenario's other terminals (its `terminals`), by id; {} when it has none. */
	terminals: Record<string, TerminalState>;
	/** Messages sent during the last step (they are not carried over). */
	messages: Message[];
	/** Streams open now, in the order they were opened (they carry over). */
	streams: Stream[];
	/** The file panel while one is shown, else null. */
	file: FilePanel | null;
	/** Actors or items highlighted during the last step. */
	focus: string[];
	/** The focus is numbered ①, ②… in its order (the caption's clauses name the numbers). */
	numbered?: true;
}

export function initialWorld(scenario: Scenario): World {
	const items: Record<string, ItemState> = {};
	for (const item of scenario.initial.items) items[item.id] = item;
	return {
		scene: scenario.scene,
		items,
		terminal: {
			prompt: scenario.terminal?.prompt ?? '$ ',
			lines: (scenario.initial.lines ?? []).map((text) => ({ kind: 'output', text }))
		},
		terminals: Object.fromEntries((scenario.terminals ?? []).map((t) => [t.id, { prompt: t.prompt, lines: [] }])),
		messages: [],
		streams: (scenario.initial.streams ?? []).map((s) => ({ id: s.id, link: s.link, label: s.label, reverse: s.reverse ?? false })),
		file: null,
		focus: []
	};
}

/** Ids of an item and everything nested inside it, in drawing order. */
export function subtreeIds(items: Record<string, ItemState>, rootId: string): string[] {
	const ids = [rootId];
	for (let i = 0; i < ids.length; i++) {
		for (const item of Object.values(items)) if (item.in === ids[i]) ids.push(item.id);
	}
	return ids;
}

/** Items that refer to `id` (their refs name it). */
export function referrers(items: Record<string, ItemState>, id: string): ItemState[] {
	return Object.values(items).filter((item) => item.refs?.includes(id));
}
