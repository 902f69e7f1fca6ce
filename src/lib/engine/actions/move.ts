import { subtreeIds } from '../world.ts';
import type { ActionDefinition } from './definition.ts';
import { isHolder, itemExists, notAHolder } from './definition.ts';

export const move: ActionDefinition<'move'> = {
	problems(context, world, action) {
		if (!itemExists(world, action.id)) return [{ path: ['id'], message: `cannot move item "${action.id}": it does not exist at this step` }];
		if (!isHolder(context, world, action.to)) return [{ path: ['to'], message: notAHolder(action.to) }];
		if (subtreeIds(world.items, action.id).includes(action.to))
			return [{ path: ['to'], message: `cannot move item "${action.id}" into "${action.to}": that is inside the item itself` }];
		return [];
	},
	apply(_, world, action) {
		const item = world.items[action.id]!;
		// The item keeps its place in the drawing order; only its holder changes.
		return {
			world: { ...world, items: { ...world.items, [action.id]: { ...item, in: action.to } } },
			effects: [{ kind: 'moved', id: action.id, from: item.in, to: action.to }]
		};
	}
};
