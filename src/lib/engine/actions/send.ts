import type { ActionDefinition } from './definition.ts';
import { unknownLink } from './definition.ts';

export const send: ActionDefinition<'send'> = {
	problems: (context, _, action) => (context.links.has(action.link) ? [] : [{ path: ['link'], message: unknownLink(context, action.link) }]),
	apply(_, world, action) {
		const index = world.messages.length;
		const message = { link: action.link, label: action.label, reverse: action.reverse ?? false };
		return {
			world: { ...world, messages: [...world.messages, message] },
			effects: [{ kind: 'sent', index, link: action.link, together: action.together === true && index > 0 }]
		};
	}
};
