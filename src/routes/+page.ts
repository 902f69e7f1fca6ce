import { loadAllSceneParts } from '$lib/stage/scenes/scene-parts';
import type { PageLoad } from './$types';

/** The gallery draws every scenario: every scene's drawings (scene-parts.ts). */
export const load: PageLoad = async ({ data }) => {
	await loadAllSceneParts();
	return data;
};
