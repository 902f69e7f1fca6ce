import { error } from '@sveltejs/kit';
import { allScenarios } from '$lib/server/catalog';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { scenarios, problems } = allScenarios();
	if (problems.length > 0) error(500, { message: 'Some scenarios are not valid.', details: problems });
	return { scenarios };
};
