import { error } from '@sveltejs/kit';
import { catalog } from '$lib/server/catalog';
import { scenarioPage } from '$lib/server/scenario-page';
import { CAPTION_LANGS } from '$lib/embed/options';
import type { EntryGenerator, PageServerLoad } from './$types';

// /embed/<id> (the language then comes from ?lang= or the reader's browser) and one page per
// caption language, each prerendered with its first step drawn.
export const entries: EntryGenerator = () => catalog.ids().flatMap((id) => [{ id }, ...CAPTION_LANGS.map((lang) => ({ id, lang }))]);

export const load: PageServerLoad = ({ params }) => {
	const page = scenarioPage(catalog, params.id);
	if (!page.ok) error(page.status, page.error);
	return { scenario: page.scenario, lang: params.lang ?? null };
};
