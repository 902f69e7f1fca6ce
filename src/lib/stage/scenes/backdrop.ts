/**
 * A scene's Backdrop.svelte draws under its actors and items (wires, group boxes); the stage
 * finds each scene's in the scene's parts.ts (scene-parts.ts).
 */
import type { Scenario } from '../../scenario/schema.ts';
import type { Lang } from '../../i18n/text.ts';
import type { Layer } from '../stage-layers.ts';

export interface BackdropProps {
	uid: string;
	scenario: Scenario;
	layer: Layer;
	lang: Lang;
}
