/**
 * A scene's Backdrop.svelte draws under its actors and items (wires, group boxes); the stage
 * finds each scene's by name. A scene without one draws nothing there.
 */
import type { Component } from 'svelte';
import type { Scenario } from '../../scenario/schema.ts';
import type { Lang } from '../../i18n/text.ts';
import type { Layer } from '../stage-layers.ts';

export interface BackdropProps {
	uid: string;
	scenario: Scenario;
	layer: Layer;
	lang: Lang;
}

const modules = import.meta.glob<{ default: Component<BackdropProps> }>('./*/Backdrop.svelte', { eager: true });

export const BACKDROPS: ReadonlyMap<string, Component<BackdropProps>> = new Map(
	Object.entries(modules).map(([path, module]) => [path.split('/')[1]!, module.default])
);
