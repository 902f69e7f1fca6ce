/**
 * The rules of numbered callouts (callouts/callout-marks.ts): a numbered focus names one to
 * nine things, and the step's caption, in each language, writes ① to the last number once
 * each, in order; a caption that writes circled numbers has a numbered focus to match.
 */
import { calloutMark, calloutMarks, MAX_CALLOUTS } from '../callouts/callout-marks.ts';
import { LANGS, tr } from '../i18n/text.ts';
import type { Path } from './positions.ts';
import type { Scenario } from './schema.ts';

export function calloutProblems(scenario: Scenario): { path: Path; message: string }[] {
	const problems: { path: Path; message: string }[] = [];
	scenario.steps.forEach((step, s) => {
		const at = step.actions.findLastIndex((a) => a.do === 'focus');
		const focus = step.actions[at];
		const numbered = focus?.do === 'focus' && focus.numbered === true ? focus.ids.length : 0;
		if (focus?.do === 'focus' && focus.numbered && (numbered === 0 || numbered > MAX_CALLOUTS))
			problems.push({ path: ['steps', s, 'actions', at, 'ids'], message: `a numbered focus names 1 to ${MAX_CALLOUTS} things (this one names ${numbered})` });
		const expected = Array.from({ length: Math.min(numbered, MAX_CALLOUTS) }, (_, i) => i + 1);
		for (const lang of LANGS) {
			const marks = calloutMarks(tr(step.caption, lang));
			if (marks.join() === expected.join()) continue;
			const path: Path = typeof step.caption === 'string' ? ['steps', s, 'caption'] : ['steps', s, 'caption', lang];
			const wanted = expected.map(calloutMark).join(' ');
			problems.push({
				path,
				message:
					numbered === 0
						? `the caption writes ${marks.map(calloutMark).join(' ')}, and the step's focus is not numbered: give its focus "numbered": true, or write the caption without circled numbers`
						: `the step numbers ${numbered} things: its caption writes ${wanted}, once each and in that order (it writes ${marks.map(calloutMark).join(' ') || 'none'})`
			});
		}
	});
	return problems;
}
