import { frameAt } from '../engine/frames.ts';
import { tr, type Lang } from '../i18n/text.ts';
import { ui } from '../i18n/ui.ts';
import type { Scenario } from '../scenario/schema.ts';

/**
 * The first words of an announcement: the step (or the start) and its caption in each caption
 * language. Apart from announce.ts, so the embed's first picture needs none of the words for
 * what changed.
 */
export function announceFrame(scenario: Scenario, n: number, langs: readonly Lang[], lang: Lang): string[] {
	const frame = frameAt(scenario, n);
	return [frame.n === 0 ? ui('start', lang) : ui('step', lang, { n: frame.n }), ...langs.map((l) => tr(frame.caption, l))];
}
