import { catalog } from '$lib/server/catalog';
import { startingLines } from '$lib/sandbox/starts';
import type { PageServerLoad } from './$types';

/** The shipped scenarios the sandbox can start from (/play?from=docker-pull): their typed commands. */
export const load: PageServerLoad = () => ({
	starts: Object.fromEntries(
		catalog.all().scenarios.flatMap((s) => {
			const lines = startingLines(s);
			return lines ? [[s.id, { title: s.title, lines }]] : [];
		})
	)
});
