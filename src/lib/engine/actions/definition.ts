/**
 * What defining an action means: its referential problems (what the validator reports and
 * the engine skips) and how it changes the world, with the effects it reports. The table in
 * index.ts holds one definition per action name of the schema.
 */
import type { ActionName, ActionOf, Link, Scenario } from '../../scenario/schema.ts';
import type { Effect } from '../effects.ts';
import type { World } from '../world.ts';

export interface ActionProblem {
	/** Path below the action, e.g. ['item', 'in'], where the problem is. */
	path: (string | number)[];
	message: string;
}

/** What every action may look up in its scenario, computed once per scenario. */
export interface ActionContext {
	scenario: Scenario;
	actors: ReadonlySet<string>;
	links: ReadonlyMap<string, Link>;
}

export interface Applied {
	world: World;
	effects: Effect[];
}

export interface ActionDefinition<K extends ActionName> {
	problems(context: ActionContext, world: World, action: ActionOf<K>): ActionProblem[];
	/** Only called when `problems` found none. */
	apply(context: ActionContext, world: World, action: ActionOf<K>): Applied;
}

const contexts = new WeakMap<Scenario, ActionContext>();

export function contextOf(scenario: Scenario): ActionContext {
	let context = contexts.get(scenario);
	if (!context)
		contexts.set(
			scenario,
			(context = { scenario, actors: new Set(scenario.actors.map((a) => a.id)), links: new Map(scenario.links.map((l) => [l.id, l])) })
		);
	return context;
}

export const itemExists = (world: World, id: string): boolean => Object.hasOwn(world.items, id);

/** An actor, or an item that exists in this world. */
export const isHolder = (context: ActionContext, world: World, id: string): boolean => context.actors.has(id) || itemExists(world, id);

export const notAHolder = (id: string): string => `"${id}" is neither an actor nor an item that exists at this step`;

export function unknownLink(context: ActionContext, id: string): string {
	return `no link "${id}" (links: ${[...context.links.keys()].join(', ') || 'none'})`;
}

/** No problems: the usual answer of actions that cannot go wrong. */
export const none = (): ActionProblem[] => [];

/** An action that names a terminal must name one of the scenario's `terminals`. */
export function terminalProblems(world: World, id: string | undefined): ActionProblem[] {
	if (id === undefined || Object.hasOwn(world.terminals, id)) return [];
	const ids = Object.keys(world.terminals);
	return [{ path: ['terminal'], message: `no terminal "${id}": name one of the scenario's "terminals" (${ids.join(', ') || 'it has none'}), or leave "terminal" out for the main one` }];
}
