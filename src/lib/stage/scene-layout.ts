/** The layout of whichever scene a world is in. */
import type { Scenario, SceneKind } from '../scenario/schema.ts';
import type { World } from '../engine/world.ts';
import type { SceneLayout } from './geometry.ts';
import { layoutFlow } from './flow/layout.ts';
import { layoutHouse } from './house/layout.ts';

const LAYOUTS: Record<SceneKind, (scenario: Scenario, world: World) => SceneLayout> = {
	flow: layoutFlow,
	house: layoutHouse
};

export function layoutScene(scenario: Scenario, world: World, scene: SceneKind = world.scene): SceneLayout {
	return LAYOUTS[scene](scenario, world);
}
