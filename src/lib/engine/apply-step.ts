/**
 * applyStep: the world after one step. Pure; returns a new world and never mutates.
 * Actions are the same whether an author wrote them or a program produced them (a later
 * capability turns typed commands into steps), so impossible actions are skipped, not thrown.
 */
import type { Action, Scenario, Step } from '../scenario/schema.ts';
import { actionProblems } from './problems.ts';
import { subtreeIds, type World } from './world.ts';

export function applyAction(scenario: Scenario, world: World, action: Action): World {
	if (actionProblems(scenario, world, action).length > 0) return world;
	switch (action.do) {
		case 'add':
			return { ...world, items: { ...world.items, [action.item.id]: action.item } };
		case 'update': {
			const item = world.items[action.id]!;
			const props = { ...item.props, ...action.set };
			for (const key of action.unset ?? []) delete props[key];
			const updated = { ...item, label: action.label ?? item.label, props };
			return { ...world, items: { ...world.items, [action.id]: updated } };
		}
		case 'remove': {
			const removed = new Set(subtreeIds(world.items, action.id));
			const items = { ...world.items };
			for (const id of removed) delete items[id];
			// Nothing may point at what is gone: a spotlight or a camera on a removed item lets go.
			const { zoom, ...rest } = world;
			const kept = zoom === undefined || removed.has(zoom) ? rest : { ...rest, zoom };
			return { ...kept, items, focus: world.focus.filter((id) => !removed.has(id)) };
		}
		case 'send':
			return { ...world, messages: [...world.messages, { link: action.link, label: action.label, reverse: action.reverse ?? false }] };
		case 'print':
			return {
				...world,
				terminal: { ...world.terminal, lines: [...world.terminal.lines, ...action.lines.map((text) => ({ kind: 'output' as const, text }))] }
			};
		case 'prompt':
			return { ...world, terminal: { ...world.terminal, prompt: action.text } };
		case 'clear':
			return { ...world, terminal: { ...world.terminal, lines: [] } };
		case 'focus':
			return { ...world, focus: [...action.ids] };
		case 'scene': {
			const { zoom: _, ...rest } = world;
			return action.zoom === undefined ? { ...rest, scene: action.scene } : { ...rest, scene: action.scene, zoom: action.zoom };
		}
		default:
			// An action from a newer format version, or a program's mistake: skip it.
			return world;
	}
}

export function applyStep(scenario: Scenario, world: World, step: Step): World {
	// Messages and focus belong to one step; everything else carries over.
	let next: World = { ...world, messages: [], focus: [] };
	if (step.command !== undefined) {
		const line = { kind: 'command' as const, text: step.command, prompt: next.terminal.prompt };
		next = { ...next, terminal: { ...next.terminal, lines: [...next.terminal.lines, line] } };
	}
	for (const action of step.actions) next = applyAction(scenario, next, action);
	return next;
}
