import { error } from '@sveltejs/kit';
import { catalog } from '$lib/server/catalog';
import { LESSON_PATH, PATH_IDS } from '$lib/server/lesson-path';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { scenarios, problems } = catalog.all();
	if (problems.length > 0) error(500, { message: 'Some scenarios are not valid.', details: problems });
	const byId = new Map(scenarios.map((s) => [s.id, s]));
	let number = 0;
	// The lesson's chapters, their scenarios numbered along the path; the rest after, unnumbered.
	const chapters = LESSON_PATH.map((chapter) => ({
		title: chapter.title,
		cards: chapter.stops.flatMap((stop) => {
			const scenario = byId.get(stop.id);
			return scenario ? [{ scenario, hero: Math.min(stop.hero, scenario.steps.length), number: ++number }] : [];
		})
	})).filter((c) => c.cards.length > 0);
	const others = scenarios.filter((s) => !PATH_IDS.includes(s.id)).map((scenario) => ({ scenario, hero: scenario.steps.length, number: undefined }));
	return { chapters, others };
};
