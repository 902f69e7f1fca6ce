import { withSceneParts } from '$lib/stage/scenes/scene-parts';
import type { PageLoadEvent } from './$types';

// The drawings of the scenes this scenario shows arrive before the page renders (scene-parts.ts).
export const load = (event: PageLoadEvent) => withSceneParts(event);
