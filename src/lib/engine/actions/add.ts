import type { ActionDefinition } from './definition.ts';
import { isHolder, itemExists, notAHolder } from './definition.ts';

export const add: ActionDefinition<'add'> = {
	problems(context, world, action) {
		const problems = [];
		const { id, in: parent, refs = [] } = action.item;
		if (context.actors.has(id)) problems.push({ path: ['item', 'id'], message: `"${id}" is already an actor id` });
		else if (itemExists(world, id)) problems.push({ path: ['item', 'id'], message: `item "${id}" already exists at this step` });
		if (!isHolder(context, world, parent)) problems.push({ path: ['item', 'in'], message: notAHolder(parent) });
		if (action.from !== undefined && !isHolder(context, world, action.from)) problems.push({ path: ['from'], message: notAHolder(action.from) });
		refs.forEach((ref, i) => {
			if (!itemExists(world, ref)) problems.push({ path: ['item', 'refs', i], message: `refers to "${ref}", which is not an item that exists at this step` });
		});
		return problems;
	},
	apply(_, world, action) {
		const { item } = action;
		return {
			world: { ...world, items: { ...world.items, [item.id]: item } },
			effects: [{ kind: 'added', id: item.id, itemKind: item.kind, ...(action.from !== undefined ? { from: action.from } : {}) }]
		};
	}
};
