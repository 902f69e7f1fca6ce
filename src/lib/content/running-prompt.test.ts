/**
 * A command that is still running shows no prompt: when a step types a command and the next
 * steps go on printing its output (no new command typed), the shell prompt must not come back
 * until the last of them — a student knows the prompt returns only when the command ends.
 */
import { describe, expect, it } from 'vitest';
import { allStates } from '../engine/state-at.ts';
import { scenarioFiles, validateFile } from '../scenario/load-dir.ts';
import type { Scenario } from '../scenario/schema.ts';

/** Does the step print to the main terminal? (Other terminals have prompts of their own.) */
const printsToMain = (step: Scenario['steps'][number]) => step.actions.some((a) => a.do === 'print' && !('terminal' in a && a.terminal));

/** Steps (0-based) after which a prompt shows while the command typed before is still printing. */
export function promptsWhileRunning(s: Scenario): number[] {
	const worlds = allStates(s);
	const wrong: number[] = [];
	s.steps.forEach((step, i) => {
		if (!step.command) return;
		let last = i;
		for (let j = i + 1; j < s.steps.length && !s.steps[j]!.command && printsToMain(s.steps[j]!); j++) last = j;
		// Between the command and its last output the world after each of those steps shows no prompt.
		for (let k = i; k < last; k++) if (worlds[k + 1]!.terminal.prompt !== '') wrong.push(k);
	});
	return wrong;
}

describe('a running command shows no prompt', () => {
	for (const file of scenarioFiles()) {
		const result = validateFile(file);
		if (!result.ok) continue;
		const s = result.scenario;
		it(s.id, () => {
			expect(promptsWhileRunning(s).map((k) => `${s.steps[k]!.id}: prompt "${allStates(s)[k + 1]!.terminal.prompt}"`)).toEqual([]);
		});
	}
});
