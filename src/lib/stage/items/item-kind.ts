/**
 * How an item kind looks and is named. Scenes declare their kinds (scenes/<kind>/index.ts);
 * the registry merges them into one vocabulary, so a kind declared by one scene draws the
 * same in every scene. A kind nobody declares still draws, as a plain box.
 * Shapes differ as well as colours, so nothing relies on colour alone.
 */
export interface KindWord {
	zh: string;
	en: string;
	/** English plural (Chinese has none). */
	enPlural: string;
}

export interface ItemKind {
	/** Height of the label row (the whole height for a leaf). */
	header: number;
	/** Colour family: the theme's --<tone>-fill and --<tone>-stroke (plain panel colours when absent). */
	tone: string;
	/** A fill other than its tone's, a theme variable (e.g. a directory on the floor: the panel colour). */
	fill?: string;
	/**
	 * How it is drawn: a box (label, badge, detail), a group (a dashed frame that only
	 * gathers), a meter (a value on a track), or `own` — the scene's items/<kind>.svelte.
	 */
	draw: 'box' | 'group' | 'meter' | 'own';
	radius: number | 'pill';
	mono: boolean;
	fontSize: number;
	/** A glyph drawn before the label, another cue besides colour. */
	icon: string;
	/** Siblings are drawn by rank, then in the order they were added (a process above its layers). */
	rank: number;
	/** How it appears: fades in, rises from below (a floor), grows up (a wall), drops from above (a ceiling). */
	enter: 'fade' | 'rise' | 'grow' | 'drop';
	/** Wide and short kinds write their detail on the label's line. */
	inlineDetail: boolean;
	/** Stretches to the bottom of its actor, so side-by-side columns line up. */
	stretch: boolean;
	/** Width an own drawing keeps beside its label (a shipping container's doors), for the wall's widths. */
	labelRoom?: number;
	/** What a screen reader calls it in a sentence ("镜像" / "image"); kinds without one are named by their label. */
	word?: KindWord;
}

export const PLAIN_KIND: ItemKind = {
	header: 38,
	tone: 'plain',
	draw: 'box',
	radius: 6,
	mono: false,
	fontSize: 18,
	icon: '',
	rank: 1,
	enter: 'fade',
	inlineDetail: false,
	stretch: false
};

/** How an actor kind looks: its colour, and how it writes its title. */
export interface ActorKind {
	/** Colour: the theme's --<tone>. */
	tone: string;
	/** A thin band (the shared kernel) or a frame whose content starts right below its title: title and sublabel on one line. */
	inlineTitle?: boolean;
	/** Frame fill, a theme variable (default the panel colour). */
	fill?: string;
	/** Drawn while the actor holds nothing: a command-line glyph for a client. */
	emptyGlyph?: 'prompt';
	/** Drawn its own way, by its scene's actors/<kind>.svelte (the house's ground), instead of as a frame. */
	draw?: 'own';
}

export const PLAIN_ACTOR: ActorKind = { tone: 'plain' };
