/**
 * What a screen reader hears when a view arrives at step n: the step, its caption in each
 * caption language, and what the step changed on stage. One function, so the player, the
 * speaker view and the embed announce the same.
 */
import { frameAt, framesOf } from '../engine/frames.ts';
import { tr, type Lang } from '../i18n/text.ts';
import { ui } from '../i18n/ui.ts';
import type { Scenario } from '../scenario/schema.ts';
import { describeStep } from './describe-step.ts';

export function announceStep(scenario: Scenario, n: number, langs: readonly Lang[], lang: Lang): string {
	const frame = frameAt(scenario, n);
	const frames = framesOf(scenario);
	return [
		frame.n === 0 ? ui('start', lang) : ui('step', lang, { n: frame.n }),
		...langs.map((l) => tr(frame.caption, l)),
		...(frame.n > 0 ? describeStep(scenario, frames[frame.n - 1]!.world, frame.world, lang) : [])
	].join(' · ');
}
