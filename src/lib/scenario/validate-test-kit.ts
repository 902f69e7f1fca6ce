/**
 * What the validator's tests share: a frozen copy of docker-pull.json (fixtures/, so the
 * shipped scenario's content can change without moving these tests' positions), small edits
 * of it, and a check that each error names the right JSON pointer and line:column — the
 * expected positions are found by searching the text and counted here, independently of
 * positions.ts.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { Action, SceneKind, type Scenario } from './schema.ts';
import { validateScenarioText, type ValidationError } from './validate.ts';

export const FILE = 'scenarios/docker-pull.json';
/** The action names and scene kinds, read from the schema here too: the other engineer adds more. */
export const ACTIONS = Action.options.map((o) => o.shape.do.value).join(', ');
export const SCENES = SceneKind.options.map((k) => `"${k}"`).join(', ');
/** The keys an object schema allows, as the "allowed here" hint lists them. */
export const keys = (schema: { shape: object }) => Object.keys(schema.shape).join(', ');
export const MISSING_EN = 'missing the "en" translation; write { "zh": …, "en": … } with both, or one plain string for both languages';
export const TEXT = readFileSync(new URL('./fixtures/docker-pull.json', import.meta.url), 'utf8');

/** The original text with one unique snippet replaced (keeps the hand-written layout). */
export function edit(from: string, to: string, text = TEXT): string {
	expect(text.split(from), `"${from}" should occur exactly once`).toHaveLength(2);
	return text.replace(from, () => to);
}

/** The scenario as data, changed by f, written back as indented JSON. */
export function variant(f: (s: Scenario) => void): string {
	const s = JSON.parse(TEXT) as Scenario;
	f(s);
	return JSON.stringify(s, null, '\t');
}

/** The offset of the nth occurrence of needle (0-based n). */
export function offsetOf(text: string, needle: string, n = 0): number {
	let offset = -1;
	for (let i = 0; i <= n; i++) {
		offset = text.indexOf(needle, offset + 1);
		expect(offset, `occurrence ${i} of "${needle}"`).toBeGreaterThanOrEqual(0);
	}
	return offset;
}

/** 1-based line and column (in UTF-16 units, like the validator) of an offset, counted naively. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export interface Expected {
	pointer: string;
	/** Where the error should point: the nth occurrence of this text (default: the first). */
	at: string | { text: string; n: number } | { line: number; column: number };
	message: string | RegExp;
}

export function errorsOf(text: string, fileId?: string): ValidationError[] {
	const result = validateScenarioText(text, FILE, fileId);
	if (result.ok) throw new Error('expected the validator to reject the text');
	return result.errors;
}

export function expectErrors(text: string, expected: Expected[], fileId?: string): void {
	const errors = errorsOf(text, fileId);
	const want = expected.map((e) => {
		const position =
			typeof e.at === 'string'
				? lineColumn(text, offsetOf(text, e.at))
				: 'text' in e.at
					? lineColumn(text, offsetOf(text, e.at.text, e.at.n))
					: e.at;
		return { file: FILE, pointer: e.pointer, ...position, message: typeof e.message === 'string' ? e.message : expect.stringMatching(e.message) };
	});
	expect(errors).toEqual(want);
}

