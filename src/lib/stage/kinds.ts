/**
 * How the flow scene draws each kind of item. Data, not code: a scenario with a kind not
 * listed here still draws (as a plain box), and a new kind is one more row.
 * Shapes differ as well as colours, so nothing relies on colour alone.
 */
export interface ItemStyle {
	/** Height of the label row (the whole height for a leaf). */
	header: number;
	/** Colour family, from the theme's CSS variables (--kind-<fill>-*). */
	fill: 'group' | 'image' | 'layer' | 'container' | 'process' | 'repository' | 'tag' | 'plain' | 'floor' | 'ceiling' | 'wall' | 'meter' | 'dir';
	radius: number | 'pill';
	dashed: boolean;
	mono: boolean;
	fontSize: number;
	/** A glyph drawn before the label, another cue besides colour. */
	icon: string;
	/** Siblings are drawn by rank, then in the order they were added (a process above its layers). */
	rank: number;
	/** How it appears: fades in, rises from below (a floor), grows up (a wall), drops from above (a ceiling). */
	enter: 'fade' | 'rise' | 'grow' | 'drop';
}

const PLAIN: ItemStyle = { header: 38, fill: 'plain', radius: 6, dashed: false, mono: false, fontSize: 18, icon: '', rank: 1, enter: 'fade' };

const STYLES: Record<string, Partial<ItemStyle>> = {
	group: { header: 34, fill: 'group', radius: 10, dashed: true, fontSize: 17 },
	image: { header: 38, fill: 'image', radius: 6, mono: true, icon: '▤' },
	layer: { header: 30, fill: 'layer', radius: 3, mono: true, fontSize: 15, icon: '▭' },
	container: { header: 38, fill: 'container', radius: 2, mono: true, icon: '▣' },
	process: { header: 36, fill: 'process', radius: 'pill', mono: true, fontSize: 16, icon: '⚙', rank: 0 },
	repository: { header: 38, fill: 'repository', radius: 6, mono: true, icon: '⌂' },
	tag: { header: 32, fill: 'tag', radius: 'pill', mono: true, fontSize: 15, icon: '#' },
	// The board house and its host.
	floor: { header: 40, fill: 'floor', radius: 4, fontSize: 18, enter: 'rise' },
	ceiling: { header: 36, fill: 'ceiling', radius: 4, fontSize: 18, enter: 'drop' },
	wall: { header: 34, fill: 'wall', radius: 3, fontSize: 17, enter: 'grow' },
	gauge: { header: 52, fill: 'meter', radius: 6, mono: true, fontSize: 15 },
	bar: { header: 52, fill: 'meter', radius: 6, fontSize: 16 },
	dir: { header: 30, fill: 'dir', radius: 4, mono: true, fontSize: 15 },
	fact: { header: 34, fill: 'plain', radius: 4, mono: true, fontSize: 16 },
	nic: { header: 34, fill: 'plain', radius: 4, mono: true, fontSize: 16, icon: '⇄' }
};

export function itemStyle(kind: string): ItemStyle {
	return { ...PLAIN, ...STYLES[kind] };
}
