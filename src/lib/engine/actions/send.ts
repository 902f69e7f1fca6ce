import type { ActionDefinition } from './definition.ts';
import { unknownLink } from './definition.ts';

export const send: ActionDefinition<'send'> = {
	problems(context, world, action) {
		if (!context.links.has(action.link)) return [{ path: ['link'], message: unknownLink(context, action.link) }];
		if (action.together && world.messages.length === 0)
			return [{ path: ['together'], message: '"together" goes with the send before it in this step, and this is the first send of the step' }];
		return [];
	},
	apply(_, world, action) {
		const index = world.messages.length;
		const message = { link: action.link, label: action.label, reverse: action.reverse ?? false };
		return {
			world: { ...world, messages: [...world.messages, message] },
			effects: [{ kind: 'sent', index, link: action.link, together: action.together === true && index > 0 }]
		};
	}
};
