import type { ActionDefinition } from './definition.ts';
import { unknownLink } from './definition.ts';

export const openStream: ActionDefinition<'open-stream'> = {
	problems(context, world, action) {
		const problems = [];
		if (!context.links.has(action.link)) problems.push({ path: ['link'], message: unknownLink(context, action.link) });
		if (world.streams.some((s) => s.id === action.id)) problems.push({ path: ['id'], message: `stream "${action.id}" is already open at this step` });
		return problems;
	},
	apply(_, world, action) {
		const stream = { id: action.id, link: action.link, label: action.label, reverse: action.reverse ?? false };
		return { world: { ...world, streams: [...world.streams, stream] }, effects: [{ kind: 'stream-opened', id: action.id, link: action.link }] };
	}
};
