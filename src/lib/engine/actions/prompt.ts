import type { ActionDefinition } from './definition.ts';
import { terminalProblems } from './definition.ts';
import { terminalOf, terminalTag, withTerminal } from '../terminals.ts';

export const prompt: ActionDefinition<'prompt'> = {
	problems: (_, world, action) => terminalProblems(world, action.terminal),
	apply(_, world, action) {
		const terminal = terminalOf(world, action.terminal)!;
		return {
			world: withTerminal(world, action.terminal, { ...terminal, prompt: action.text }),
			effects: [{ kind: 'prompted', prompt: action.text, ...terminalTag(action.terminal) }]
		};
	}
};
