/**
 * What would be wrong with applying an action to a world. The validator reports these;
 * the engine itself stays lenient (an impossible action is skipped) so it never throws.
 */
import type { Action, Scenario } from '../scenario/schema.ts';
import type { World } from './world.ts';

export interface ActionProblem {
	/** Path below the action, e.g. ['item', 'in'], where the problem is. */
	path: (string | number)[];
	message: string;
}

export function actorIds(scenario: Scenario): Set<string> {
	return new Set(scenario.actors.map((a) => a.id));
}

export function actionProblems(scenario: Scenario, world: World, action: Action): ActionProblem[] {
	const actors = actorIds(scenario);
	const exists = (id: string) => Object.hasOwn(world.items, id);
	const holder = (id: string) => actors.has(id) || exists(id);
	switch (action.do) {
		case 'add': {
			const problems: ActionProblem[] = [];
			const { id, in: parent } = action.item;
			if (actors.has(id)) problems.push({ path: ['item', 'id'], message: `"${id}" is already an actor id` });
			else if (exists(id)) problems.push({ path: ['item', 'id'], message: `item "${id}" already exists at this step` });
			if (!holder(parent)) problems.push({ path: ['item', 'in'], message: `"${parent}" is neither an actor nor an item that exists at this step` });
			if (action.from !== undefined && !holder(action.from))
				problems.push({ path: ['from'], message: `"${action.from}" is neither an actor nor an item that exists at this step` });
			return problems;
		}
		case 'update':
		case 'remove':
			return exists(action.id) ? [] : [{ path: ['id'], message: `cannot ${action.do} item "${action.id}": it does not exist at this step` }];
		case 'send':
			return scenario.links.some((l) => l.id === action.link)
				? []
				: [{ path: ['link'], message: `no link "${action.link}" (links: ${scenario.links.map((l) => l.id).join(', ') || 'none'})` }];
		case 'focus':
			return action.ids.flatMap((id, i) =>
				holder(id) ? [] : [{ path: ['ids', i], message: `"${id}" is neither an actor nor an item that exists at this step` }]
			);
		case 'scene':
			return action.zoom === undefined || holder(action.zoom)
				? []
				: [{ path: ['zoom'], message: `"${action.zoom}" is neither an actor nor an item that exists at this step` }];
		case 'print':
		case 'prompt':
		case 'clear':
		default:
			return [];
	}
}
