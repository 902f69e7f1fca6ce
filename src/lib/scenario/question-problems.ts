/**
 * The rules of a step's question the schema cannot say: at least one choice is right and not
 * every one (a question everyone gets right by picking anything asks nothing), and no two
 * choices read the same in a language.
 */
import { LANGS, tr } from '../i18n/text.ts';
import type { Path } from './positions.ts';
import type { Scenario } from './schema.ts';

export function questionProblems(scenario: Scenario): { path: Path; message: string }[] {
	const problems: { path: Path; message: string }[] = [];
	scenario.steps.forEach((step, s) => {
		const q = step.question;
		if (!q) return;
		const at: Path = ['steps', s, 'question', 'choices'];
		const right = q.choices.filter((c) => c.right).length;
		if (right === 0) problems.push({ path: at, message: 'no choice is right: mark the right one (or several) with "right": true' });
		else if (right === q.choices.length) problems.push({ path: at, message: 'every choice is right: a question needs at least one wrong choice to ask anything' });
		for (const lang of LANGS) {
			const seen = new Map<string, number>();
			q.choices.forEach((c, i) => {
				const text = tr(c.text, lang).trim();
				const first = seen.get(text);
				if (first !== undefined) problems.push({ path: [...at, i, 'text'], message: `choice ${i + 1} reads the same as choice ${first + 1} in ${lang === 'zh' ? 'Chinese' : 'English'}: "${text}"` });
				else seen.set(text, i);
			});
		}
	});
	return problems;
}
