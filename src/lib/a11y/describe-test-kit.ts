/** What the screen-reader tests share: the shipped scenarios, and the sentences of one step. */
import { stateAt } from '../engine/state-at.ts';
import type { Lang } from '../i18n/text.ts';
import { scenarioFiles, validateFile } from '../scenario/load-dir.ts';
import type { Scenario } from '../scenario/schema.ts';
import { formatError } from '../scenario/validate.ts';
import { describeStep } from './describe.ts';

export function load(id: string): Scenario {
	const result = validateFile(`scenarios/${id}.json`);
	if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
	return result.scenario;
}

export const shipped = scenarioFiles().map((file) => {
	const result = validateFile(file);
	if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
	return result.scenario;
});

/** The sentences of the step with this id (before → after it). */
export function stepText(s: Scenario, stepId: string, lang: Lang): string[] {
	const i = s.steps.findIndex((step) => step.id === stepId);
	if (i < 0) throw new Error(`${s.id} has no step "${stepId}"`);
	return describeStep(s, stateAt(s, i), stateAt(s, i + 1), lang);
}

export const one = (sentences: string[], ...parts: string[]): string | undefined => sentences.find((t) => parts.every((p) => t.includes(p)));
