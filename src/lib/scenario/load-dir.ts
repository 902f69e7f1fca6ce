/** Reading and validating scenario files from disk (Node only: the CLI, the build, tests). */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { validateScenarioText, type ValidationResult } from './validate.ts';
import type { Scenario } from './schema.ts';
import { decodeScenarioBytes } from './decode-file.ts';

export const SCENARIO_DIR = 'scenarios';

export function scenarioFiles(dir = SCENARIO_DIR): string[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => join(dir, f));
}

export function validateFile(path: string): ValidationResult {
	const decoded = decodeScenarioBytes(readFileSync(path));
	if (!decoded.ok) return { ok: false, errors: [{ file: path, pointer: '', line: decoded.line, column: decoded.column, message: decoded.message }] };
	return validateScenarioText(decoded.text, path, basename(path, '.json'));
}

/** Every scenario shipped in scenarios/, validated (a broken one throws: the tests stand on them). */
export function shippedScenarios(dir = SCENARIO_DIR): Scenario[] {
	return scenarioFiles(dir).map((file) => {
		const result = validateFile(file);
		if (!result.ok) throw new Error(`${file} is invalid`);
		return result.scenario;
	});
}
