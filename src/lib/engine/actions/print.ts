import type { ActionDefinition } from './definition.ts';
import { terminalProblems } from './definition.ts';
import { terminalOf, terminalTag, withTerminal } from '../terminals.ts';

export const print: ActionDefinition<'print'> = {
	problems: (_, world, action) => terminalProblems(world, action.terminal),
	apply(_, world, action) {
		const terminal = terminalOf(world, action.terminal)!;
		const first = terminal.lines.length;
		const printed = action.lines.map((text) => ({ kind: 'output' as const, text }));
		return {
			world: withTerminal(world, action.terminal, { ...terminal, lines: [...terminal.lines, ...printed] }),
			effects: [{ kind: 'printed', first, count: printed.length, ...terminalTag(action.terminal) }]
		};
	}
};
