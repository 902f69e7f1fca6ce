import type { ActionDefinition } from './definition.ts';
import { itemExists } from './definition.ts';

export const update: ActionDefinition<'update'> = {
	problems: (_, world, action) =>
		itemExists(world, action.id) ? [] : [{ path: ['id'], message: `cannot update item "${action.id}": it does not exist at this step` }],
	apply(_, world, action) {
		const item = world.items[action.id]!;
		const props = { ...item.props, ...action.set };
		for (const key of action.unset ?? []) delete props[key];
		const updated = { ...item, label: action.label ?? item.label, props };
		return { world: { ...world, items: { ...world.items, [action.id]: updated } }, effects: [{ kind: 'updated', id: action.id }] };
	}
};
