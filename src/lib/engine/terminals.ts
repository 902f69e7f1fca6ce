/**
 * A world's terminals by name: the main one (no id) and the scenario's others (`terminals`,
 * by id). The actions that write to a terminal and the step's typed command go through here,
 * so "which terminal" is decided in one place.
 */
import type { TerminalState, World } from './world.ts';

/** The terminal `id` names (absent: the main one); undefined when the world has no such terminal. */
export function terminalOf(world: World, id: string | undefined): TerminalState | undefined {
	if (id === undefined) return world.terminal;
	return Object.hasOwn(world.terminals, id) ? world.terminals[id] : undefined;
}

/** The world with terminal `id` (absent: the main one) replaced. */
export function withTerminal(world: World, id: string | undefined, terminal: TerminalState): World {
	if (id === undefined) return { ...world, terminal };
	return { ...world, terminals: { ...world.terminals, [id]: terminal } };
}

/** What an effect carries to say which terminal it happened in: nothing for the main one. */
export const terminalTag = (id: string | undefined): { terminal?: string } => (id === undefined ? {} : { terminal: id });
