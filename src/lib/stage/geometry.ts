/** Shared geometry of every scene: the design size, boxes, and the terminal panel. */
export const DESIGN = { width: 1600, height: 900 } as const;
export const MARGIN = 24;
/** The part of the stage above the terminal, where a scene draws its actors. */
export const SCENE_AREA = { x: 0, y: 0, w: DESIGN.width, h: 588 } as const;
export const TERMINAL = { x: MARGIN, y: 604, w: DESIGN.width - 2 * MARGIN, h: 900 - 604 - MARGIN } as const;
/**
 * The wall's terminal is taller: it draws at the desk's metrics scaled ×1.9 (type-scale.ts)
 * with no title, and 280 high keeps four rows and the prompt in view.
 */
export const WALL_TERMINAL = { x: MARGIN, y: 900 - MARGIN - 280, w: DESIGN.width - 2 * MARGIN, h: 280 } as const;

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}
export interface ItemBox extends Box {
	id: string;
	depth: number;
	hasChildren: boolean;
	/**
	 * A look its scene asks for (the house's standing wall panels, its roof): the item is then
	 * drawn by the scene's items/<kind>.svelte even where its kind is a plain box elsewhere.
	 */
	look?: string;
	/** On the wall: how many of its items gave way for lack of room (it writes "+n"). */
	more?: number;
}
export interface LinkGeometry {
	id: string;
	from: string;
	to: string;
	/** SVG path of the wire between the two actors. */
	path: string;
	start: { x: number; y: number };
	end: { x: number; y: number };
	/** Where message labels rest, and how wide they may be. */
	mid: { x: number; y: number };
	labelWidth: number;
	/** How many message labels stack on each side of the wire before the oldest gives way (default 2), and their lines. */
	slots?: number;
	maxLines?: number;
	/** Where the wire's own label rests, when not at `mid` (where message labels rest). */
	labelAt?: { x: number; y: number };
	/** The wall had no room for the wire's own label between its actors: it is not written. */
	unlabelled?: boolean;
	/** Where a stream's tag goes: beside a vertical wire at this point, to this side (default: centred on mid). */
	tag?: { x: number; y: number; side: 'left' | 'right' };
}
/** Whether `inner` lies within `outer` (to a hundredth of a px: layouts add fractions). */
export function boxInside(inner: Box, outer: Box): boolean {
	return inner.x >= outer.x - 0.01 && inner.y >= outer.y - 0.01 && inner.x + inner.w <= outer.x + outer.w + 0.01 && inner.y + inner.h <= outer.y + outer.h + 0.01;
}

/** What a scene's layout gives the stage to draw. */
export interface SceneLayout {
	actors: Map<string, Box>;
	items: Map<string, ItemBox>;
	links: Map<string, LinkGeometry>;
	terminal: Box;
	/** Boxes that gather actors (the scenario's groups), where the scene draws them. */
	groups?: Map<string, Box>;
	/** The scenario's other terminals, by id, beside the main one. */
	terminals?: Map<string, Box>;
	/** Where the file panel goes while one is shown; `holder`: the actor it is drawn in (which then shows no empty glyph). */
	file?: { box: Box; holder?: string };
	/** On a phone: the left edge of the window it shows of the scene (phone-window.ts); the terminal band is in the window's coordinates. */
	pan?: number;
}

/** What shares the terminal's band with the main terminal: the file panel (unless the scene places it) and the other terminals. */
export interface SidePanels {
	file: boolean;
	terminals: readonly string[];
}

/** Shares of the band: the main terminal and each other terminal 3, a file panel 2 (alone beside the terminal: 40%). */
const SHARE = { terminal: 3, file: 2 } as const;
const GAP = 12;

/**
 * The terminal's band split left to right: the main terminal, the other terminals, then the
 * file panel (where the scene has no place of its own for it).
 */
export function withSidePanels(layout: SceneLayout, panels: SidePanels): SceneLayout {
	const fileInBand = panels.file && !layout.file;
	const parts = [...panels.terminals.map((id) => ({ id, share: SHARE.terminal })), ...(fileInBand ? [{ id: null, share: SHARE.file }] : [])];
	if (parts.length === 0) return layout;
	const t = layout.terminal;
	const total = SHARE.terminal + parts.reduce((sum, p) => sum + p.share, 0);
	const widths = parts.map((p) => Math.round((t.w * p.share) / total));
	// The main terminal takes what the others and the gaps leave.
	const main = { ...t, w: t.w - widths.reduce((sum, w) => sum + w + GAP, 0) };
	const terminals = new Map<string, Box>();
	let file: SceneLayout['file'] = layout.file;
	let x = main.x + main.w + GAP;
	parts.forEach((part, i) => {
		const box = { x, y: t.y, w: widths[i]!, h: t.h };
		if (part.id === null) file = { box };
		else terminals.set(part.id, box);
		x += box.w + GAP;
	});
	return { ...layout, terminal: main, ...(terminals.size > 0 ? { terminals } : {}), ...(file ? { file } : {}) };
}
