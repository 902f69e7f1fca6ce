/**
 * How big the stage writes, in design px (the stage is 1600 wide). Two densities:
 * - `desk`: a reference picture read at arm's length (the light and dark themes, the
 *   handout, thumbnails): every label, sublabel and detail.
 * - `wall`: a picture for a room (the projector theme). A 1024×768 projector shows the
 *   1600-wide stage at ~0.62, so a word of 34 design px is ≥ 20 screen px, the floor slide
 *   guidance gives for the back row. The wall writes three sizes and leaves detail (sublabels,
 *   digests, mount options) to the speaker notes, the handout and the screen-reader text.
 * Layouts read it (boxes are sized to what they hold) and so do the drawings.
 */
export type Density = 'desk' | 'wall';

export interface TypeScale {
	density: Density;
	/** An actor's title, and its sublabel (null: not written). */
	actorTitle: number;
	actorSub: number | null;
	/** The height an actor's title takes above what it holds. */
	actorHeader: number;
	/** An item's label: null keeps its kind's own size. */
	itemLabel: number | null;
	/** The least height of an item's label row (its kind's header when that is taller), and of a meter (its label row and track). */
	itemHeader: number;
	meterHeader: number;
	/** An item's detail line (null: not written) and its state badge, with the room its text leaves on each side. */
	itemDetail: number | null;
	badge: number;
	badgePad: number;
	/** Whether item labels carry their kind's glyph (the wall's shapes and colours tell kinds apart; the glyph costs a column). */
	icons: boolean;
	/** A wire's own label ("REST API"). */
	wireLabel: number;
	/** Message labels on a wire: size, line height, padding. */
	message: { font: number; line: number; pad: number };
	/** The terminal panel is drawn at its desk metrics and scaled by this (so its rows wrap as they always did). */
	terminalScale: number;
}

export const DESK_TYPE: TypeScale = {
	density: 'desk',
	actorTitle: 26,
	actorSub: 16,
	actorHeader: 70,
	itemLabel: null,
	itemHeader: 0,
	meterHeader: 0,
	itemDetail: 14,
	badge: 13,
	badgePad: 9,
	icons: true,
	wireLabel: 13,
	message: { font: 15, line: 19, pad: 7 },
	terminalScale: 1
};

/** The least size the wall writes: 34 design px is 20.4 px at a 0.6 stage scale. */
export const WALL_FLOOR = 34;

export const WALL_TYPE: TypeScale = {
	density: 'wall',
	actorTitle: 38,
	actorSub: null,
	actorHeader: 62,
	itemLabel: WALL_FLOOR,
	itemHeader: 48,
	meterHeader: 76,
	itemDetail: null,
	badge: WALL_FLOOR,
	badgePad: 10,
	icons: false,
	wireLabel: WALL_FLOOR,
	message: { font: WALL_FLOOR, line: 42, pad: 8 },
	// The terminal writes 18 at the desk: 18 × 1.9 = 34.2.
	terminalScale: 1.9
};

export function typeScale(density: Density): TypeScale {
	return density === 'wall' ? WALL_TYPE : DESK_TYPE;
}

/**
 * A picture drawn narrower than this (px on screen) is drawn as the wall whatever the theme
 * where its page asks for it (the player, an embed): at 720 px the desk's 13 is 6 px, the
 * wall's 34 is 15. A laptop's player (1280×720: a picture ~850 px wide) keeps the desk.
 */
export const NARROW_STAGE = 760;

/** The projector theme is the one a room reads: it draws the wall. */
export function densityOfTheme(theme: string | undefined): Density {
	return theme === 'projector' ? 'wall' : 'desk';
}

/** What an item kind needs of the scale: its label's size and its label row's height. */
interface KindType {
	fontSize: number;
	header: number;
}

/** Where an item's label starts: past its kind's glyph, when the scale writes glyphs. */
export function itemLabelX(kind: KindType & { icon: string }, type: TypeScale): number {
	return kind.icon && type.icons ? Math.max(34, 12 + itemFont(kind, type) * 1.2) : 12;
}

/** How tall a state badge is: its text's 1.7 em, but never taller than the row it sits on (the wall's 48). */
export function badgeHeight(type: TypeScale): number {
	const natural = Math.round(type.badge * 1.7);
	return type.itemHeader > 0 ? Math.min(natural, type.itemHeader - 6) : natural;
}

/** How wide a state badge is. */
export function badgeWidth(textW: number, type: TypeScale): number {
	return textW + 2 * type.badgePad;
}

/** An item's label size at this scale. */
export function itemFont(kind: KindType, type: TypeScale): number {
	return type.itemLabel ?? kind.fontSize;
}

/** An item's label row at this scale: its kind's, or the scale's least when that is taller (a meter's holds its track too). */
export function itemHeader(kind: KindType & { draw?: string }, type: TypeScale): number {
	return Math.max(kind.header, kind.draw === 'meter' ? type.meterHeader : type.itemHeader);
}

/** Where a meter's track lies in its box: under the label row, lower and thicker on the wall. */
export function meterTrackRow(type: TypeScale): { y: number; h: number } {
	return type.density === 'wall' ? { y: 52, h: 14 } : { y: 27, h: 12 };
}
