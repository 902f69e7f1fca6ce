/**
 * What a shipped scenario gives the sandbox to start from: the commands its steps type, in
 * order, when they begin with a docker command (docker's, then the shell's inside a
 * container; the board house starts on the host's own shell, and kubectl is not docker).
 */
import type { Scenario } from '../scenario/schema.ts';

export function startingLines(scenario: Scenario): string[] | undefined {
	const typed = scenario.steps.flatMap((s) => (s.command !== undefined && s.terminal === undefined ? [s.command] : []));
	return typed.length > 0 && typed[0]!.startsWith('docker ') && !typed.some((t) => /^(kubectl|sudo) /.test(t)) ? typed : undefined;
}

/** Whether a scenario's player offers the docker sandbox at all: not where the commands are Kubernetes'. */
export function offersSandbox(scenario: Scenario): boolean {
	return !scenario.steps.some((s) => s.command?.startsWith('kubectl'));
}
