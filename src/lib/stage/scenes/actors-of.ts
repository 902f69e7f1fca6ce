import type { Actor, Scenario } from '../../scenario/schema.ts';

/** The actors a scene shows: those that name it, or (naming none) the scenario's own scene. */
export function actorsOf(scenario: Scenario, scene: string): Actor[] {
	return scenario.actors.filter((a) => (a.scene ?? scenario.scene) === scene);
}
