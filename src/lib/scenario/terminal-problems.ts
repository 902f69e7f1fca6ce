/**
 * The rules of a scenario's terminals: other terminals need a main one beside them, their ids
 * are unique, and a step types its command into a terminal the scenario has. (Actions that
 * name a terminal are checked by their own definitions, against the world.)
 */
import type { Path } from './positions.ts';
import type { Scenario } from './schema.ts';

export function terminalProblems(scenario: Scenario): { path: Path; message: string }[] {
	const problems: { path: Path; message: string }[] = [];
	const others = scenario.terminals ?? [];
	if (others.length > 0 && !scenario.terminal)
		problems.push({ path: ['terminals'], message: '"terminals" are drawn beside the main terminal: give the scenario a "terminal" too' });
	const ids = new Set<string>();
	others.forEach((t, i) => {
		if (ids.has(t.id)) problems.push({ path: ['terminals', i, 'id'], message: `duplicate terminal id "${t.id}"` });
		ids.add(t.id);
	});
	scenario.steps.forEach((step, s) => {
		if (step.terminal === undefined) return;
		if (step.command === undefined)
			problems.push({ path: ['steps', s, 'terminal'], message: `"terminal" says where the step's command is typed, and this step has no "command"` });
		else if (!ids.has(step.terminal))
			problems.push({
				path: ['steps', s, 'terminal'],
				message: `no terminal "${step.terminal}": name one of the scenario's "terminals" (${[...ids].join(', ') || 'it has none'}), or leave "terminal" out for the main one`
			});
	});
	return problems;
}
