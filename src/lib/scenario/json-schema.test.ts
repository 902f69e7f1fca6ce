/**
 * The published JSON Schema (static/scenario.schema.json): committed and up to date, and it
 * describes the same format as the zod schema. A small checker for exactly the keywords the
 * generated schema uses stands in for a JSON Schema library (it refuses any other keyword,
 * so it cannot silently skip one).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validScenario } from '../engine/arbitraries.ts';
import { scenarioJsonSchemaText } from './json-schema.ts';
import { validateScenarioText } from './validate.ts';

const committed = readFileSync(new URL('../../../static/scenario.schema.json', import.meta.url), 'utf8');
const dockerPull = readFileSync(new URL('../../../scenarios/docker-pull.json', import.meta.url), 'utf8');

type Schema = { [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$defs', 'title', 'description']);

/** Errors of value against schema, as "pointer: problem" strings. Only the keywords the generated schema uses. */
function check(schema: Schema, root: Schema, value: unknown, at = ''): string[] {
	const errors: string[] = [];
	const fail = (problem: string) => errors.push(`${at || '/'}: ${problem}`);
	const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
	for (const [keyword, arg] of Object.entries(schema)) {
		if (ANNOTATIONS.has(keyword)) continue;
		switch (keyword) {
			case '$ref': {
				const ref = String(arg);
				const name = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
				const target = name === undefined ? undefined : (root.$defs as Record<string, Schema> | undefined)?.[name];
				if (!target) throw new Error(`unsupported $ref ${ref}`);
				errors.push(...check(target, root, value, at));
				break;
			}
			case 'type': {
				const ok =
					arg === 'object' ? isObject(value) : arg === 'array' ? Array.isArray(value) : arg === 'number' ? typeof value === 'number' && Number.isFinite(value) : typeof value === arg;
				if (!ok) fail(`expected ${String(arg)}`);
				break;
			}
			case 'const':
				if (value !== arg) fail(`expected ${JSON.stringify(arg)}`);
				break;
			case 'enum':
				if (!(arg as unknown[]).includes(value)) fail(`expected one of ${JSON.stringify(arg)}`);
				break;
			case 'pattern':
				if (typeof value === 'string' && !new RegExp(String(arg), 'u').test(value)) fail(`does not match ${String(arg)}`);
				break;
			case 'minLength':
				if (typeof value === 'string' && [...value].length < Number(arg)) fail(`shorter than ${String(arg)}`);
				break;
			case 'maxLength':
				if (typeof value === 'string' && [...value].length > Number(arg)) fail(`longer than ${String(arg)}`);
				break;
			case 'minItems':
				if (Array.isArray(value) && value.length < Number(arg)) fail(`fewer than ${String(arg)} items`);
				break;
			case 'maxItems':
				if (Array.isArray(value) && value.length > Number(arg)) fail(`more than ${String(arg)} items`);
				break;
			case 'items':
				if (Array.isArray(value)) value.forEach((v, i) => errors.push(...check(arg as Schema, root, v, `${at}/${i}`)));
				break;
			case 'required':
				if (isObject(value)) for (const key of arg as string[]) if (!Object.hasOwn(value, key)) fail(`missing "${key}"`);
				break;
			case 'properties':
				if (isObject(value))
					for (const [key, sub] of Object.entries(arg as Record<string, Schema>))
						if (Object.hasOwn(value, key)) errors.push(...check(sub, root, value[key], `${at}/${key}`));
				break;
			case 'additionalProperties':
				if (isObject(value)) {
					const known = new Set(Object.keys((schema.properties as Record<string, Schema> | undefined) ?? {}));
					for (const key of Object.keys(value).filter((k) => !known.has(k))) {
						if (arg === false) fail(`unknown key "${key}"`);
						else errors.push(...check(arg as Schema, root, value[key], `${at}/${key}`));
					}
				}
				break;
			case 'propertyNames':
				if (isObject(value)) for (const key of Object.keys(value)) errors.push(...check(arg as Schema, root, key, `${at}/${key}`));
				break;
			case 'anyOf':
			case 'oneOf': {
				const matches = (arg as Schema[]).filter((sub) => check(sub, root, value, at).length === 0).length;
				if (keyword === 'anyOf' ? matches === 0 : matches !== 1) fail(`${keyword}: ${matches} branches match`);
				break;
			}
			default:
				throw new Error(`the test's checker does not know the keyword "${keyword}" (at ${at || '/'}): teach it`);
		}
	}
	return errors;
}

const schema = JSON.parse(committed) as Schema;
const checkScenario = (value: unknown) => check(schema, schema, value);

describe('static/scenario.schema.json', () => {
	it('is up to date with the zod schema', () => {
		expect(committed, 'static/scenario.schema.json is stale: run `npm run schema` and commit the result').toBe(scenarioJsonSchemaText());
	});

	it('is a 2020-12 schema with a title and the shared definitions', () => {
		expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', title: expect.any(String) });
		expect(Object.keys(schema.$defs as object)).toEqual(expect.arrayContaining(['Id', 'LocalizedText']));
	});

	it('accepts docker-pull.json', () => {
		expect(checkScenario(JSON.parse(dockerPull))).toEqual([]);
	});

	it('accepts every scenario the validator accepts (generated)', () => {
		fc.assert(
			fc.property(validScenario, (s) => {
				expect(checkScenario(JSON.parse(JSON.stringify(s)))).toEqual([]);
			}),
			{ numRuns: 200 }
		);
	});

	it.each([
		['an unknown key', (s: Record<string, unknown>) => Object.assign(s, { colour: 'red' }), '/: unknown key "colour"'],
		['a missing translation', (s: Record<string, unknown>) => (s.title = { zh: 'x' }), '/title: anyOf: 0 branches match'],
		['the wrong version', (s: Record<string, unknown>) => (s.version = 2), '/version: expected 1'],
		['a bad id', (s: Record<string, unknown>) => (s.id = '1st'), '/id: does not match'],
		['no steps', (s: Record<string, unknown>) => (s.steps = []), '/steps: fewer than 1 items'],
		['an unknown action', (s: Record<string, unknown>) => ((s.steps as { actions: unknown[] }[])[0]!.actions = [{ do: 'jump' }]), '/steps/0/actions/0: ']
	])('rejects %s, as the validator does', (_, change, problem) => {
		const data = JSON.parse(dockerPull) as Record<string, unknown>;
		change(data);
		expect(checkScenario(data).join('\n')).toContain(problem);
		expect(validateScenarioText(JSON.stringify(data), 'x.json').ok).toBe(false);
	});
});
