import type { ActionDefinition } from './definition.ts';
import { none } from './definition.ts';

export const print: ActionDefinition<'print'> = {
	problems: none,
	apply(_, world, action) {
		const first = world.terminal.lines.length;
		const printed = action.lines.map((text) => ({ kind: 'output' as const, text }));
		return {
			world: { ...world, terminal: { ...world.terminal, lines: [...world.terminal.lines, ...printed] } },
			effects: [{ kind: 'printed', first, count: printed.length }]
		};
	}
};
