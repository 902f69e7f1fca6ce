/**
 * applyStep: the world after one step, and what each of its actions did. Pure; returns a
 * new world and never mutates. Actions are the same whether an author wrote them or a
 * program produced them (a later capability turns typed commands into steps), so impossible
 * actions are skipped, not thrown.
 */
import type { Action, ActionName, ActionOf, Scenario, Step } from '../scenario/schema.ts';
import { ACTIONS, contextOf, type Applied } from './actions/index.ts';
import type { ActionDefinition } from './actions/definition.ts';
import { actionProblems } from './problems.ts';
import type { Effect } from './effects.ts';
import type { World } from './world.ts';
import { terminalOf, terminalTag, withTerminal } from './terminals.ts';

function definitionOf<K extends ActionName>(action: ActionOf<K>): ActionDefinition<K> {
	return ACTIONS[action.do] as unknown as ActionDefinition<K>;
}

/** One action; an impossible one (or one from a newer format) leaves the world as it is, with no effects. */
export function applyActionTraced(scenario: Scenario, world: World, action: Action): Applied {
	if (actionProblems(scenario, world, action).length > 0) return { world, effects: [] };
	return definitionOf(action).apply(contextOf(scenario), world, action);
}

export function applyAction(scenario: Scenario, world: World, action: Action): World {
	return applyActionTraced(scenario, world, action).world;
}

/** The world before the step's first action: messages and focus belong to one step, the command is typed. */
export function beginStep({ numbered: _last, ...world }: World, step: Step): Applied {
	const next: World = { ...world, messages: [], focus: [] };
	// A command for a terminal the scenario does not have is not typed (the validator reports it).
	const terminal = step.command === undefined ? undefined : terminalOf(next, step.terminal);
	if (step.command === undefined || !terminal) return { world: next, effects: [] };
	const line = { kind: 'command' as const, text: step.command, prompt: terminal.prompt };
	return {
		world: withTerminal(next, step.terminal, { ...terminal, lines: [...terminal.lines, line] }),
		effects: [{ kind: 'typed', line: terminal.lines.length, command: step.command, ...terminalTag(step.terminal) }]
	};
}

export function applyStep(scenario: Scenario, world: World, step: Step): Applied {
	let { world: next, effects } = beginStep(world, step);
	const all: Effect[] = [...effects];
	for (const action of step.actions) {
		({ world: next, effects } = applyActionTraced(scenario, next, action));
		all.push(...effects);
	}
	return { world: next, effects: all };
}
