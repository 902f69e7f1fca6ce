/**
 * A question a step asks before it plays (predict, then see): the prompt, two to four
 * choices (one right, or several) and the explanation shown after the reveal. Both languages,
 * validated like every other string; the rules the schema cannot say are in question-problems.ts.
 */
import { z } from 'zod';
import { LocalizedText } from './schema-parts.ts';

export const Choice = z.strictObject({
	text: LocalizedText,
	right: z.boolean().optional().describe('This choice is right (at least one is, and not every one).')
});

export const Question = z
	.strictObject({
		prompt: LocalizedText.describe('What the room predicts, asked before the step plays: "Who contacts the registry?"'),
		choices: z.array(Choice).min(2).max(4),
		explanation: LocalizedText.describe('What a teacher says after the reveal: why the right answer is right.')
	})
	.meta({ id: 'Question' });

export type Question = z.infer<typeof Question>;
