/**
 * What the stage draws for a world at rest or during a transition: one layer per scene on
 * screen. Pure, so the view and the timeline's input read the same layers.
 */
import type { SceneKind } from '../scenario/schema.ts';
import type { Link } from '../scenario/schema-parts.ts';
import type { World } from '../engine/world.ts';
import type { SceneLayout } from './geometry.ts';
import type { LayoutCache } from './layout-cache.ts';

export interface Layer {
	scene: SceneKind;
	world: World;
	layout: SceneLayout;
	/** During a transition within one scene: the world it starts from, for what leaves. */
	from?: { world: World; layout: SceneLayout };
}

/** One layer at rest or within a scene; two while the camera moves from one scene to another. */
export function stageLayers(before: World, after: World, moving: boolean, layouts: LayoutCache): Layer[] {
	const afterLayer: Layer = { scene: after.scene, world: after, layout: layouts.get(after) };
	if (!moving) return [afterLayer];
	if (before.scene !== after.scene) return [{ scene: before.scene, world: before, layout: layouts.get(before) }, afterLayer];
	return [{ ...afterLayer, from: { world: before, layout: layouts.get(before) } }];
}

/**
 * Actors that hold something in focus (or are in focus) stay bright; so do both ends of every
 * message the step sent — cause and effect (the registry a layer leaves, the daemon it reaches)
 * are lit together. The rest dim.
 */
export function brightActors(world: World, links: readonly Pick<Link, 'id' | 'from' | 'to'>[] = []): Set<string> {
	const bright = new Set<string>();
	for (const id of world.focus) {
		let cursor: string | undefined = id;
		for (let guard = 0; cursor && guard < 64; guard++) {
			bright.add(cursor);
			cursor = world.items[cursor]?.in;
		}
	}
	if (bright.size === 0) return bright;
	for (const message of world.messages) {
		const link = links.find((l) => l.id === message.link);
		if (link) bright.add(link.from).add(link.to);
	}
	return bright;
}
