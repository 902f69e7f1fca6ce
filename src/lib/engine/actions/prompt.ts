import type { ActionDefinition } from './definition.ts';
import { none } from './definition.ts';

export const prompt: ActionDefinition<'prompt'> = {
	problems: none,
	apply: (_, world, action) => ({
		world: { ...world, terminal: { ...world.terminal, prompt: action.text } },
		effects: [{ kind: 'prompted', prompt: action.text }]
	})
};
