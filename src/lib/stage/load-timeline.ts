/**
 * The timeline builder, with GSAP, loaded on first need: a page that shows a still stage
 * (gallery, handout, an embed not yet scrolled to) never downloads GSAP, and a player
 * fetches it while the reader looks at the first step. `preloadTimeline` starts that early.
 */
type TimelineModule = typeof import('./timeline');

let loading: Promise<TimelineModule> | null = null;

export function loadTimeline(): Promise<TimelineModule> {
	return (loading ??= import('./timeline'));
}

/** Fetch it now, without waiting: the first step should not wait for the network. */
export function preloadTimeline(): void {
	void loadTimeline().catch(() => {
		loading = null; // offline for a moment: try again on the next step
	});
}
