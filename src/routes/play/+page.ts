import { loadSceneParts } from '$lib/stage/scenes/scene-parts';
import type { PageLoadEvent } from './$types';

// The sandbox plays on the flow scene: its drawings are here before the page renders.
export const load = async ({ data }: PageLoadEvent) => {
	await loadSceneParts(['flow']);
	return data;
};
