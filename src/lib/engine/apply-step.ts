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
export function beginStep(world: World, step: Step): Applied {
	const next: World = { ...world, messages: [], focus: [] };
	if (step.command === undefined) return { world: next, effects: [] };
	const line = { kind: 'command' as const, text: step.command, prompt: next.terminal.prompt };
	return {
		world: { ...next, terminal: { ...next.terminal, lines: [...next.terminal.lines, line] } },
		effects: [{ kind: 'typed', line: next.terminal.lines.length, command: step.command }]
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
