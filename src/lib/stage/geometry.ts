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
}
/** What a scene's layout gives the stage to draw. */
export interface SceneLayout {
	actors: Map<string, Box>;
	items: Map<string, ItemBox>;
	links: Map<string, LinkGeometry>;
	terminal: Box;
}
