/**
 * What a shipped scenario gives the sandbox to start from: the commands its steps type, in
 * order, when it is a docker scenario (its commands are docker's and the shell's inside a
 * container; a kubectl scenario has nothing to start the sandbox with).
 */
import type { Scenario } from '../scenario/schema.ts';

export function startingLines(scenario: Scenario): string[] | undefined {
	const typed = scenario.steps.flatMap((s) => (s.command !== undefined && s.terminal === undefined ? [s.command] : []));
	return scenario.scene === 'flow' && typed.length > 0 && typed[0]!.startsWith('docker ') && !typed.some((t) => /^(kubectl|sudo) /.test(t)) ? typed : undefined;
}
