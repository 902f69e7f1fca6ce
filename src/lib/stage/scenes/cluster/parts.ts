/** The cluster scene's drawings (scene-parts.ts loads them with the first scenario that shows a cluster). */
import type { SceneParts } from '../scene-parts.ts';
import Backdrop from './Backdrop.svelte';

export const parts: SceneParts = { backdrop: Backdrop, items: new Map(), actors: new Map() };
