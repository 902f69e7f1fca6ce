/**
 * JSON syntax errors: one error (the first), in words, at the right line:column. The
 * expected positions are written out by hand for small texts, and found by searching the
 * text for the edited docker-pull.json.
 */
import { readFileSync } from 'node:fs';
import { printParseErrorCode, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError, parseJson } from './json-syntax.ts';
import { validateScenarioText, type ValidationError } from './validate.ts';

const FILE = 'scenarios/docker-pull.json';
const TEXT = readFileSync(new URL('../../../scenarios/docker-pull.json', import.meta.url), 'utf8');

function edit(from: string, to: string): string {
	expect(TEXT.split(from), `"${from}" should occur exactly once`).toHaveLength(2);
	return TEXT.replace(from, () => to);
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function errorsOf(text: string): ValidationError[] {
	const result = validateScenarioText(text, FILE);
	if (result.ok) throw new Error('expected the validator to reject the text');
	return result.errors;
}

/** The one error for text, at the first occurrence of `at` (or at a given line:column). */
function expectOne(text: string, at: string | { line: number; column: number }, message: string): void {
	const position = typeof at === 'string' ? lineColumn(text, text.indexOf(at)) : at;
	if (typeof at === 'string') expect(text.indexOf(at), `"${at}" in the text`).toBeGreaterThanOrEqual(0);
	expect(errorsOf(text)).toEqual([{ file: FILE, pointer: '', ...position, message: `JSON syntax: ${message}` }]);
}

describe('JSON syntax errors in words', () => {
	it('a missing closing quote: one error, not four, at the string', () => {
		const text = edit('"scene": "flow",', '"scene": "flow,');
		expectOne(text, { line: 10, column: 11 }, 'unterminated string: a closing " is missing');
		expect(lineColumn(text, text.indexOf('"flow,'))).toEqual({ line: 10, column: 11 });
	});

	it('a missing opening quote', () => {
		const text = edit('"scene": "flow",', '"scene": flow",');
		expectOne(text, 'flow"', 'text must be in double quotes: write "flow" — is a quote missing?');
	});

	it('a missing value, or a missing quote elsewhere', () => {
		expectOne(edit('"scene": "flow",', '"scene": ,'), { line: 10, column: 11 }, 'a value is missing after the ":" — write a text in double quotes, a number, true, false, a list [ … ] or an object { … }');
		expectOne('{\n  "a": @\n}', { line: 2, column: 8 }, 'unexpected character "@" — is a quote, a comma or a bracket missing?');
		expectOne('{\n  "a": [1, "x" "y"]\n}', { line: 2, column: 16 }, 'a comma is missing before this (between two entries of an object or a list)');
	});

	it('comments: // and /* */', () => {
		const line = edit('"scene": "flow",', '"scene": "flow", // the stage');
		expectOne(line, '// the stage', 'comments are not allowed in JSON (remove the // … line)');
		const block = edit('"scene": "flow",', '/* which stage */ "scene": "flow",');
		expectOne(block, '/* which', 'comments are not allowed in JSON (remove the /* … */ comment)');
	});

	it('trailing commas, in an object and in a list', () => {
		const object = edit('"prompt": "[root@iZ8vb53kklhrg4j6sviqtpZ ~]# " }', '"prompt": "[root@iZ8vb53kklhrg4j6sviqtpZ ~]# ", }');
		// The error is at the } after the comma.
		expectOne(object, { line: 20, column: 83 }, 'a trailing comma before } or ] is not allowed in JSON (remove the last comma)');
		expect(lineColumn(object, object.indexOf('"prompt": "[root@iZ8vb53kklhrg4j6sviqtpZ ~]# ", }') + '"prompt": "[root@iZ8vb53kklhrg4j6sviqtpZ ~]# ", '.length)).toEqual({ line: 20, column: 83 });
		const list = edit('"ids": ["client", "daemon"] }', '"ids": ["client", "daemon", ] }');
		expect(errorsOf(list)).toEqual([
			{ file: FILE, pointer: '', ...lineColumn(list, list.indexOf('", ] }') + 3), message: 'JSON syntax: a trailing comma before } or ] is not allowed in JSON (remove the last comma)' }
		]);
	});

	it('brackets: not closed, closed by the wrong one, one too many', () => {
		expectOne('{\n  "a": [1, 2\n}', { line: 3, column: 1 }, 'this "}" does not match: the list "[" opened at line 2, column 8 needs a "]" first');
		expectOne('{\n  "a": { "b": 1 }\n', { line: 3, column: 1 }, 'a closing "}" is missing (the object "{" opened at line 1, column 1 is never closed)');
		expectOne('{ "a": 1 }}', { line: 1, column: 11 }, 'more text after the end of the scenario: its outer { … } is already closed — is there one "}" or "]" too many?');
	});

	it('property names, colons, quotes', () => {
		expectOne('{\n  scene: "flow"\n}', { line: 2, column: 3 }, 'a property name must be in double quotes: write "scene"');
		expectOne('{\n  "a": 1, scene: "flow"\n}', { line: 2, column: 11 }, 'a property name must be in double quotes: write "scene"');
		// A value that looks like "name:tag" is a value, not a property name.
		expectOne('{\n  "image": busybox:latest\n}', { line: 2, column: 12 }, 'text must be in double quotes: write "busybox:latest" — is a quote missing?');
		expectOne("{\n  'scene': 1\n}", { line: 2, column: 3 }, `use double quotes in JSON: write "scene", not 'scene'`);
		expectOne('{\n  "scene" "flow"\n}', { line: 2, column: 11 }, 'a ":" is missing between the property name and its value');
		expectOne('{ "a" = 1 }', { line: 1, column: 7 }, 'write ":" between a property name and its value, not "="');
		expectOne('{ "a": 1,, "b": 2 }', { line: 1, column: 10 }, 'two commas in a row: remove one');
		expectOne('{ "a": True }', { line: 1, column: 8 }, 'True is not a JSON value: write true, false or null in lower case, and text in double quotes');
	});

	it('numbers, escapes and characters inside strings', () => {
		expectOne('{ "a": 1. }', { line: 1, column: 8 }, '"1." is an unfinished number: write digits after the "." or the "e"');
		expectOne('{ "a": "C:\\q" }', { line: 1, column: 8 }, 'unknown escape in a text: after a backslash only " \\ / b f n r t or u may follow (write \\\\ for a backslash itself)');
		expectOne('{ "a": "\\u12" }', { line: 1, column: 8 }, 'a \\u escape needs four hexadecimal digits, e.g. \\u00e9');
		expectOne('{ "a": "x\ty" }', { line: 1, column: 8 }, 'a text in double quotes cannot hold a tab or a line break as is: write \\t or \\n, or end the text with " on the same line');
	});

	it('an empty file, and a file cut short', () => {
		expectOne('', { line: 1, column: 1 }, 'the file is empty: a scenario is one JSON object { "version": 1, … }');
		expectOne('  \n', { line: 2, column: 1 }, 'the file is empty: a scenario is one JSON object { "version": 1, … }');
		expectOne('{"version": 1,\n"id": ', { line: 2, column: 7 }, 'the file ends too early: a value was expected — is the end of the file missing?');
	});

	it('every parse error code has words, none of them the code name', () => {
		for (let code = 1; code <= 16; code++) {
			const name = printParseErrorCode(code as ParseError['error']);
			expect(name).not.toBe('<unknown ParseErrorCode>');
			for (const text of ['{ "a": 1 }', '', '{ "a": [1, ] }', "{ 'a': 1 }"]) {
				const message = describeJsonSyntaxError(text, { error: code as ParseError['error'], offset: Math.min(5, text.length), length: 1 }, () => 'line 1, column 1');
				expect(message).toMatch(/^JSON syntax: [a-z"'(:\\=@A-Z]/);
				expect(message).not.toContain(name);
			}
		}
	});

	it('parseJson returns the earliest error and the tree', () => {
		const { root, error } = parseJson('{ "a": [1, 2\n}');
		expect(root?.type).toBe('object');
		expect(error).toMatchObject({ offset: 13 });
		expect(parseJson('{ "a": 1 }').error).toBeUndefined();
	});
});
