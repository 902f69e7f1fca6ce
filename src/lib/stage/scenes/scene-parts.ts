/**
 * The drawings of each scene kind (its Backdrop, the items and actors it draws its own way),
 * loaded per scenario: a page that shows only flows does not carry the board house's or the
 * cluster's drawings (about 5 KB gzip of an embed). Routes await loadSceneParts in their load,
 * so the prerendered page and its hydration draw with them; the stage also asks on mount, and
 * the map is reactive, so a page that forgot draws them as soon as they arrive.
 * The layouts and kinds stay in registry.ts: validation and the layout need every scene's.
 */
import type { Component } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import type { BackdropProps } from './backdrop.ts';
import type { OwnItemProps } from '../items/own-items.ts';
import type { OwnActorProps } from '../items/own-actors.ts';
import { parts as flow } from './flow/parts.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { scenesOf } from './registry.ts';

export interface SceneParts {
	backdrop: Component<BackdropProps>;
	/** By item kind (scenes/<scene>/items/<kind>.svelte). */
	items: ReadonlyMap<string, Component<OwnItemProps>>;
	/** By actor kind (scenes/<scene>/actors/<kind>.svelte). */
	actors: ReadonlyMap<string, Component<OwnActorProps>>;
}

const loaders = import.meta.glob<{ parts: SceneParts }>(['./*/parts.ts', '!./flow/parts.ts']);
const loaded = new SvelteMap<string, SceneParts>([['flow', flow]]);

/** Loads the drawings of these scene kinds (at once: each scene is one chunk). */
export async function loadSceneParts(scenes: readonly string[]): Promise<void> {
	await Promise.all(
		scenes.map(async (scene) => {
			const load = loaders[`./${scene}/parts.ts`];
			if (!loaded.has(scene) && load) loaded.set(scene, (await load()).parts);
		})
	);
}

/** Every scene kind's drawings (the gallery shows them all). */
export function loadAllSceneParts(): Promise<void> {
	return loadSceneParts(Object.keys(loaders).map((path) => path.split('/')[1]!));
}

export function backdropOf(scene: string): Component<BackdropProps> | undefined {
	return loaded.get(scene)?.backdrop;
}

/** The component drawing an item kind its own way, from whichever loaded scene has one. */
export function ownItem(kind: string): Component<OwnItemProps> | undefined {
	for (const parts of loaded.values()) {
		const own = parts.items.get(kind);
		if (own) return own;
	}
	return undefined;
}

export function ownActor(kind: string): Component<OwnActorProps> | undefined {
	for (const parts of loaded.values()) {
		const own = parts.actors.get(kind);
		if (own) return own;
	}
	return undefined;
}

/** A route's load: its server data as it is, once the drawings of its scenario's scenes are here. */
export async function withSceneParts<D extends { scenario: Scenario }>({ data }: { data: D }): Promise<D> {
	await loadSceneParts(scenesOf(data.scenario));
	return data;
}
