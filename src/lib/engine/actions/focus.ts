import type { ActionDefinition } from './definition.ts';
import { isHolder, notAHolder } from './definition.ts';

export const focus: ActionDefinition<'focus'> = {
	problems: (context, world, action) =>
		action.ids.flatMap((id, i) => (isHolder(context, world, id) ? [] : [{ path: ['ids', i], message: notAHolder(id) }])),
	apply: (_, world, action) => ({ world: { ...world, focus: [...action.ids] }, effects: [{ kind: 'focused', ids: [...action.ids] }] })
};
