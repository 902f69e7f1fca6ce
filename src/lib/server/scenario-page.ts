/** What the player page gets for an id: the scenario, or an error that says why. */
import { formatError } from '../scenario/validate.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { Catalog } from './catalog.ts';

export type ScenarioPage =
	| { ok: true; scenario: Scenario }
	| { ok: false; status: 404 | 500; error: { message: string; details: string[] } };

export function scenarioPage(catalog: Catalog, id: string): ScenarioPage {
	const result = catalog.load(id);
	if (!result) return { ok: false, status: 404, error: { message: `No scenario "${id}".`, details: catalog.ids().map((known) => `available: ${known}`) } };
	if (!result.ok) return { ok: false, status: 500, error: { message: `Scenario "${id}" is not valid.`, details: result.errors.map(formatError) } };
	return { ok: true, scenario: result.scenario };
}
