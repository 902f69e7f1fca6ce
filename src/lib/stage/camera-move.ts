/**
 * The camera's move when a step changes the scene, worked out once for the plan (how long it
 * takes) and the timeline's input (what it does). The inner scene is the one the camera goes
 * into: the scene on the far side of the zoom item (a container's board house), or, with no
 * item to fly through, the scene the step goes to. The inner scene's module says how it is
 * entered; going back out plays the same move backwards.
 */
import type { SceneKind } from '../scenario/schema.ts';
import type { World } from '../engine/world.ts';
import type { Box } from './geometry.ts';
import type { LayoutCache } from './layout-cache.ts';
import { cameraEntry } from './scenes/registry.ts';

export interface CameraMove {
	outer: SceneKind;
	inner: SceneKind;
	/** true: from the outer scene into the inner one; false: back out. */
	entering: boolean;
	move: 'zoom' | 'fade';
	seconds: number;
	/** The item (or actor) flown through, in the outer scene's layout (zoom only). */
	box?: Box;
}

export function cameraMove(from: World, to: World, layouts: LayoutCache): CameraMove | undefined {
	if (from.scene === to.scene) return undefined;
	const boxIn = (world: World) => {
		if (to.zoom === undefined) return undefined;
		const layout = layouts.get(world);
		return layout.items.get(to.zoom) ?? layout.actors.get(to.zoom);
	};
	const inFrom = boxIn(from);
	const inTo = inFrom ? undefined : boxIn(to);
	const box = inFrom ?? inTo;
	// The zoom item sits in the outer scene: found where the step starts, the camera goes in.
	const entering = !inTo;
	const [outer, inner] = entering ? [from.scene, to.scene] : [to.scene, from.scene];
	const entry = cameraEntry(inner);
	if (entry.move === 'zoom' && box) return { outer, inner, entering, move: 'zoom', seconds: entry.seconds, box };
	return { outer, inner, entering, move: 'fade', seconds: entry.seconds };
}
