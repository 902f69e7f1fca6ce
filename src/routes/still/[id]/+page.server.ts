import { error } from '@sveltejs/kit';
import { catalog } from '$lib/server/catalog';
import { scenarioPage } from '$lib/server/scenario-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => catalog.ids().map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const page = scenarioPage(catalog, params.id);
	if (!page.ok) error(page.status, page.error);
	return { scenario: page.scenario };
};
