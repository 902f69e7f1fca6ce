/** The published JSON Schema (2020-12), generated from the zod schema. */
import { z } from 'zod';
import { Scenario } from './schema.ts';

export function scenarioJsonSchema(): Record<string, unknown> {
	const schema = z.toJSONSchema(Scenario, { target: 'draft-2020-12', io: 'input'}) as Record<string, unknown>;
	return {
		...schema,
		title: 'banfang scenario, version 1',
		description: 'A step-by-step animated scenario for banfang. Each step changes the world: items, messages, terminal lines.'
	};
}

export function scenarioJsonSchemaText(): string {
	return JSON.stringify(scenarioJsonSchema(), null, '\t') + '\n';
}
