import type { Scenario } from '../scenario/schema.ts';
import { applyStep } from './apply-step.ts';
import { initialWorld, type World } from './world.ts';
import type { Effect } from './effects.ts';

/** Clamp a step number to 0 … count (NaN is 0). */
export function clampIndex(n: number, count: number): number {
	return Number.isNaN(n) ? 0 : Math.min(Math.max(Math.trunc(n), 0), count);
}

/** Clamp a step number to 0 … steps.length (0 is the world before step 1). */
export function clampStep(scenario: Scenario, n: number): number {
	return clampIndex(n, scenario.steps.length);
}

/** The world after the first n steps: a fold from the start, so seeking is exact. */
export function stateAt(scenario: Scenario, n: number): World {
	let world = initialWorld(scenario);
	const last = clampStep(scenario, n);
	for (let i = 0; i < last; i++) world = applyStep(scenario, world, scenario.steps[i]!).world;
	return world;
}

/** Every world from 0 to the last step, computed in one pass (players seek in O(1) after). */
export function allStates(scenario: Scenario): World[] {
	return allTraces(scenario).worlds;
}

/** Every world, and the effects of every step (effects[n] took world n to world n + 1). */
export function allTraces(scenario: Scenario): { worlds: World[]; effects: Effect[][] } {
	const worlds = [initialWorld(scenario)];
	const effects: Effect[][] = [];
	for (const step of scenario.steps) {
		const applied = applyStep(scenario, worlds[worlds.length - 1]!, step);
		worlds.push(applied.world);
		effects.push(applied.effects);
	}
	return { worlds, effects };
}
