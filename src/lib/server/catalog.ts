/**
 * The shipped scenarios, read from scenarios/*.json at build time (or live in dev) and
 * validated. The build already refuses invalid files (vite.config.ts); in dev a broken
 * file reaches the error page with its messages.
 */
import { formatError, validateScenarioText, type ValidationResult } from '../scenario/validate.ts';
import type { Scenario } from '../scenario/schema.ts';
import { PATH_IDS } from './lesson-path.ts';

export interface Catalog {
	ids(): string[];
	load(id: string): ValidationResult | undefined;
	all(): { scenarios: Scenario[]; problems: string[] };
}

/** A catalog over source texts keyed by path ('/scenarios/<id>.json'). */
export function createCatalog(sources: Record<string, string>): Catalog {
	const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.json$/, '');
	// The lesson's order (lesson-path.ts); scenarios not on it follow alphabetically.
	const rank = (id: string) => (PATH_IDS.includes(id) ? PATH_IDS.indexOf(id) : PATH_IDS.length);
	const ids = () =>
		Object.keys(sources)
			.map(idOf)
			.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
	// Validated once per source: prerendering asks for each scenario from every page that shows
	// it (player, two embeds, handout, speaker view, still, gallery), and validation reads every step.
	const validated = new Map<string, ValidationResult | undefined>();
	const load = (id: string) => {
		if (!validated.has(id)) {
			const entry = Object.entries(sources).find(([path]) => idOf(path) === id);
			validated.set(id, entry ? validateScenarioText(entry[1], entry[0].replace(/^\//, ''), id) : undefined);
		}
		return validated.get(id);
	};
	const all = () => {
		const scenarios: Scenario[] = [];
		const problems: string[] = [];
		for (const id of ids()) {
			const result = load(id)!;
			if (result.ok) scenarios.push(result.scenario);
			else problems.push(...result.errors.map(formatError));
		}
		return { scenarios, problems };
	};
	return { ids, load, all };
}

export const catalog = createCatalog(
	import.meta.glob('/scenarios/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>
);
