/** Shared geometry of every scene: the design size, boxes, and the terminal panel. */
export const DESIGN = { width: 1600, height: 900 } as const;
export const MARGIN = 24;
/** The part of the stage above the terminal, where a scene draws its actors. */
export const SCENE_AREA = { x: 0, y: 0, w: DESIGN.width, h: 588 } as const;
export const TERMINAL = { x: MARGIN, y: 604, w: DESIGN.width - 2 * MARGIN, h: 900 - 604 - MARGIN } as const;

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
	/** Where a stream's tag goes: beside a vertical wire at this point, to this side (default: centred on mid). */
	tag?: { x: number; y: number; side: 'left' | 'right' };
}
/** What a scene's layout gives the stage to draw. */
export interface SceneLayout {
	actors: Map<string, Box>;
	items: Map<string, ItemBox>;
	links: Map<string, LinkGeometry>;
	terminal: Box;
	/** Boxes that gather actors (the scenario's groups), where the scene draws them. */
	groups?: Map<string, Box>;
	/** Where the file panel goes while one is shown; `holder`: the actor it is drawn in (which then shows no empty glyph). */
	file?: { box: Box; holder?: string };
}

/** Without a place of the scene's own, a file panel takes the right part of the terminal's band. */
export function withFilePanel(layout: SceneLayout, shown: boolean): SceneLayout {
	if (!shown || layout.file) return layout;
	const t = layout.terminal;
	const w = Math.round(t.w * 0.4);
	return { ...layout, terminal: { ...t, w: t.w - w - 12 }, file: { box: { x: t.x + t.w - w, y: t.y, w, h: t.h } } };
}
