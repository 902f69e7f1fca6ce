import { error } from '@sveltejs/kit';
import { loadScenario, scenarioIds } from '$lib/server/catalog';
import { formatError } from '$lib/scenario/validate';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => scenarioIds().map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const result = loadScenario(params.id);
	if (!result) error(404, { message: `No scenario "${params.id}".`, details: scenarioIds().map((id) => `available: ${id}`) });
	if (!result.ok) error(500, { message: `Scenario "${params.id}" is not valid.`, details: result.errors.map(formatError) });
	return { scenario: result.scenario };
};
