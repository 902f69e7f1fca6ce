/**
 * The shipped scenarios, read from scenarios/*.json at build time (or live in dev) and
 * validated. The build already refuses invalid files (scripts/vite-validate-scenarios.ts);
 * in dev a broken file reaches the error page with its messages.
 */
import { formatError, validateScenarioText, type ValidationResult } from '../scenario/validate';
import type { Scenario } from '../scenario/schema';

const sources = import.meta.glob('/scenarios/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

function idOf(path: string): string {
	return path.replace(/^.*\//, '').replace(/\.json$/, '');
}

/** The lesson's order; scenarios not listed follow alphabetically. */
const LESSON_ORDER = ['docker-architecture', 'docker-pull', 'docker-images', 'docker-run-echo', 'docker-ps', 'docker-run-alpine'];

export function scenarioIds(): string[] {
	const rank = (id: string) => (LESSON_ORDER.includes(id) ? LESSON_ORDER.indexOf(id) : LESSON_ORDER.length);
	return Object.keys(sources)
		.map(idOf)
		.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

export function loadScenario(id: string): ValidationResult | undefined {
	const entry = Object.entries(sources).find(([path]) => idOf(path) === id);
	if (!entry) return undefined;
	return validateScenarioText(entry[1], entry[0].slice(1), id);
}

export function allScenarios(): { scenarios: Scenario[]; problems: string[] } {
	const scenarios: Scenario[] = [];
	const problems: string[] = [];
	for (const id of scenarioIds()) {
		const result = loadScenario(id)!;
		if (result.ok) scenarios.push(result.scenario);
		else problems.push(...result.errors.map(formatError));
	}
	return { scenarios, problems };
}
