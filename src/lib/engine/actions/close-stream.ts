import type { ActionDefinition } from './definition.ts';

export const closeStream: ActionDefinition<'close-stream'> = {
	problems(_, world, action) {
		if (world.streams.some((s) => s.id === action.id)) return [];
		const open = world.streams.map((s) => s.id).join(', ') || 'none';
		return [{ path: ['id'], message: `no stream "${action.id}" is open at this step (open: ${open})` }];
	},
	apply(_, world, action) {
		const stream = world.streams.find((s) => s.id === action.id)!;
		return {
			world: { ...world, streams: world.streams.filter((s) => s.id !== action.id) },
			effects: [{ kind: 'stream-closed', id: action.id, link: stream.link }]
		};
	}
};
