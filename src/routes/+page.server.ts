import { error } from '@sveltejs/kit';
import { catalog } from '$lib/server/catalog';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { scenarios, problems } = catalog.all();
	if (problems.length > 0) error(500, { message: 'Some scenarios are not valid.', details: problems });
	return { scenarios };
};
