import type { ActionDefinition } from './definition.ts';
import { terminalProblems } from './definition.ts';
import { terminalOf, terminalTag, withTerminal } from '../terminals.ts';

export const clear: ActionDefinition<'clear'> = {
	problems: (_, world, action) => terminalProblems(world, action.terminal),
	apply(_, world, action) {
		const terminal = terminalOf(world, action.terminal)!;
		return {
			world: withTerminal(world, action.terminal, { ...terminal, lines: [] }),
			effects: [{ kind: 'cleared', erased: terminal.lines.length, ...terminalTag(action.terminal) }]
		};
	}
};
