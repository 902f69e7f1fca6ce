import { referrers, subtreeIds } from '../world.ts';
import type { ActionDefinition } from './definition.ts';
import { itemExists } from './definition.ts';

export const remove: ActionDefinition<'remove'> = {
	problems(_, world, action) {
		if (!itemExists(world, action.id)) return [{ path: ['id'], message: `cannot remove item "${action.id}": it does not exist at this step` }];
		// What still refers to the item (or to anything inside it) would point at nothing.
		const gone = new Set(subtreeIds(world.items, action.id));
		const holding = [...gone].flatMap((id) => referrers(world.items, id)).filter((r) => !gone.has(r.id));
		return holding.length === 0
			? []
			: [
					{
						path: ['id'],
						message: `cannot remove item "${action.id}": ${holding.map((r) => `"${r.id}"`).join(', ')} still ${holding.length > 1 ? 'refer' : 'refers'} to it (remove ${holding.length > 1 ? 'them' : 'that'} first, or drop it from ${holding.length > 1 ? 'their' : 'its'} refs)`
					}
				];
	},
	apply(_, world, action) {
		const ids = subtreeIds(world.items, action.id);
		const removed = new Set(ids);
		const items = { ...world.items };
		for (const id of removed) delete items[id];
		// Nothing may point at what is gone: a spotlight or a camera on a removed item lets go.
		const { zoom, ...rest } = world;
		const kept = zoom === undefined || removed.has(zoom) ? rest : { ...rest, zoom };
		return { world: { ...kept, items, focus: world.focus.filter((id) => !removed.has(id)) }, effects: [{ kind: 'removed', ids }] };
	}
};
