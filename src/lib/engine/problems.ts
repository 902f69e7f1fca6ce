/**
 * What would be wrong with applying an action to a world. The validator reports these;
 * the engine itself stays lenient (an impossible action is skipped) so it never throws.
 */
// Types only from the format: the schema (zod) stays out of the browser's bundle.
import type { Action, Scenario } from '../scenario/schema.ts';
import { ACTIONS, contextOf, type ActionProblem } from './actions/index.ts';
import type { ActionDefinition } from './actions/definition.ts';
import type { World } from './world.ts';

export type { ActionProblem } from './actions/index.ts';

export function actorIds(scenario: Scenario): ReadonlySet<string> {
	return contextOf(scenario).actors;
}

export function actionProblems(scenario: Scenario, world: World, action: Action): ActionProblem[] {
	const definition = (Object.hasOwn(ACTIONS, action.do) ? ACTIONS[action.do] : undefined) as ActionDefinition<typeof action.do> | undefined;
	if (!definition) return [{ path: ['do'], message: `unknown action "${String(action.do)}": "do" must be one of ${Object.keys(ACTIONS).join(', ')}` }];
	return definition.problems(contextOf(scenario), world, action as never);
}
