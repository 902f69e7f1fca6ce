import type { Actor, Scenario, SceneKind } from '../scenario/schema.ts';

/** The actors a scene shows: those that name it, or (naming none) the scenario's own scene. */
export function actorsOf(scenario: Scenario, scene: SceneKind): Actor[] {
	return scenario.actors.filter((a) => (a.scene ?? scenario.scene) === scene);
}

/** The scenes a scenario ever shows, its own first. */
export function scenesOf(scenario: Scenario): SceneKind[] {
	const scenes = new Set<SceneKind>([scenario.scene]);
	for (const a of scenario.actors) if (a.scene) scenes.add(a.scene);
	return [...scenes];
}
