import type { ActionDefinition } from './definition.ts';
import { itemExists } from './definition.ts';

export const update: ActionDefinition<'update'> = {
	problems(_, world, action) {
		if (!itemExists(world, action.id)) return [{ path: ['id'], message: `cannot update item "${action.id}": it does not exist at this step` }];
		return (action.refs ?? []).flatMap((ref, i) =>
			itemExists(world, ref) ? [] : [{ path: ['refs', i], message: `refers to "${ref}", which is not an item that exists at this step` }]
		);
	},
	apply(_, world, action) {
		const item = world.items[action.id]!;
		const props = { ...item.props, ...action.set };
		for (const key of action.unset ?? []) delete props[key];
		const { refs: _old, ...rest } = item;
		const refs = action.refs ?? item.refs;
		const updated = { ...rest, label: action.label ?? item.label, props, ...(refs && refs.length > 0 ? { refs } : {}) };
		return { world: { ...world, items: { ...world.items, [action.id]: updated } }, effects: [{ kind: 'updated', id: action.id }] };
	}
};
