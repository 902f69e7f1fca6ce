import type { ActionDefinition } from './definition.ts';
import { none } from './definition.ts';

export const clear: ActionDefinition<'clear'> = {
	problems: none,
	apply: (_, world) => ({
		world: { ...world, terminal: { ...world.terminal, lines: [] } },
		effects: [{ kind: 'cleared', erased: world.terminal.lines.length }]
	})
};
