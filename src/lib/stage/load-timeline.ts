/**
 * The timeline builder, with GSAP, loaded on first need: a page that shows a still stage
 * (gallery, handout, an embed not yet scrolled to) never downloads GSAP, and a player
 * fetches it while the reader looks at the first step. `preloadTimeline` starts that early.
 */
import { whenIdle } from './when-idle';

type TimelineModule = typeof import('./timeline');

let loading: Promise<TimelineModule> | null = null;

export function loadTimeline(): Promise<TimelineModule> {
	return (loading ??= import('./timeline'));
}

let warmed = false;

/**
 * Fetch it now, without waiting: the first step should not wait for the network. Once it
 * is here and the browser is idle, run it once on nothing (see warmUp) so the first step
 * is as quick as the rest.
 */
export function preloadTimeline(): void {
	loadTimeline().then(
		(module) => {
			if (warmed) return;
			warmed = true;
			whenIdle(() => module.warmUp());
		},
		() => {
			loading = null; // offline for a moment: try again on the next step
		}
	);
}
