import type { ActionDefinition } from './definition.ts';
import { none } from './definition.ts';

export const showFile: ActionDefinition<'show-file'> = {
	problems: none,
	apply: (_, world, action) => ({
		world: { ...world, file: { title: action.title, lines: action.lines } },
		effects: [{ kind: 'file-shown', title: action.title }]
	})
};
