import type { ActionDefinition } from './definition.ts';
import { isHolder, notAHolder } from './definition.ts';

export const focus: ActionDefinition<'focus'> = {
	problems: (context, world, action) =>
		action.ids.flatMap((id, i) => (isHolder(context, world, id) ? [] : [{ path: ['ids', i], message: notAHolder(id) }])),
	apply: (_, { numbered: _was, ...world }, action) => ({ world: { ...world, focus: [...action.ids], ...(action.numbered ? { numbered: true as const } : {}) }, effects: [{ kind: 'focused', ids: [...action.ids] }] })
};
