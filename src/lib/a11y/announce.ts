/**
 * What a screen reader hears when a view arrives at step n: the step, its caption in each
 * caption language, and what the step changed on stage. One function, so the player, the
 * speaker view and the embed announce the same.
 */
import { framesOf } from '../engine/frames.ts';
import type { Lang } from '../i18n/text.ts';
import type { Scenario } from '../scenario/schema.ts';
import { announceFrame } from './announce-start.ts';
import { describeStep } from './describe-step.ts';

export function announceStep(scenario: Scenario, n: number, langs: readonly Lang[], lang: Lang): string {
	const frames = framesOf(scenario);
	const at = Math.min(Math.max(0, Math.trunc(n) || 0), frames.length - 1);
	return [...announceFrame(scenario, at, langs, lang), ...(at > 0 ? describeStep(scenario, frames[at - 1]!.world, frames[at]!.world, lang) : [])].join(' · ');
}
