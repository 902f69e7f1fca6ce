/**
 * The validator's messages in words a teacher can act on, JSON syntax, the limits on
 * oversized input, how an error is written, and a byte-order mark.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.ts';
import { Action, SceneKind, type Scenario } from './schema.ts';
import { formatError, validateScenarioText } from './validate.ts';
import { ACTIONS, FILE, SCENES, TEXT, edit, errorsOf, expectErrors, keys, lineColumn, offsetOf, variant, MISSING_EN } from './validate-test-kit.ts';

describe('validateScenarioText', () => {
	describe('messages an author can act on', () => {
		const TEXT_EXPECTED = 'expected text: a string, or { "zh": …, "en": … } with both translations';

		it('a link from an actor to itself: at its "to"', () => {
			const text = edit('"from": "daemon", "to": "registry"', '"from": "daemon", "to": "daemon"');
			expectErrors(text, [
				{ pointer: '/links/1/to', at: { line: 18, column: 36 }, message: 'link "hub" goes from "daemon" to itself: "from" and "to" must be two different actors' }
			]);
			expect(lineColumn(text, offsetOf(text, '"to": "daemon"', 1))).toEqual({ line: 18, column: 36 });
			// An unknown actor linked to itself is reported once per end, as unknown, not twice more.
			const unknown = edit('"from": "daemon", "to": "registry"', '"from": "nowhere", "to": "nowhere"');
			expect(errorsOf(unknown).map((e) => `${e.pointer} ${e.message}`)).toEqual(['/links/1/from unknown actor "nowhere"', '/links/1/to unknown actor "nowhere"']);
		});

		it('an unknown action lists every action of the schema, "scene" included', () => {
			for (const name of ['add', 'update', 'remove', 'send', 'print', 'prompt', 'clear', 'focus', 'scene']) expect(ACTIONS.split(', ')).toContain(name);
			expect(SceneKind.options).toEqual(expect.arrayContaining(['flow', 'house']));
			const text = edit('{ "do": "print", "lines": ["Using default tag: latest"] }', '{ "do": "say", "lines": ["Using default tag: latest"] }');
			expectErrors(text, [
				{
					pointer: '/steps/0/actions/1/do',
					at: '"do": "say"',
					message: `unknown action "say": "do" must be one of ${ACTIONS}`
				}
			]);
			const missing = edit('{ "do": "print", "lines": ["Using default tag: latest"] }', '{ "lines": ["Using default tag: latest"] }');
			expectErrors(missing, [
				{ pointer: '/steps/0/actions/1/do', at: '{ "lines": ["Using', message: `missing "do": an action starts with "do", one of ${ACTIONS}` }
			]);
			const number = edit('{ "do": "print", "lines": ["Using default tag: latest"] }', '{ "do": 3, "lines": ["Using default tag: latest"] }');
			expectErrors(number, [
				{ pointer: '/steps/0/actions/1/do', at: '"do": 3', message: `"do" must be one of ${ACTIONS} — got a number` }
			]);
		});

		it('a number, true/false, a list or an object where a text belongs', () => {
			const title = edit('"title": { "zh": "docker pull：从仓库拉取镜像", "en": "docker pull: fetching an image from a registry" }', '"title": 42');
			expectErrors(title, [{ pointer: '/title', at: { line: 5, column: 2 }, message: `${TEXT_EXPECTED} — got a number` }]);
			const label = edit('"label": { "zh": "客户端", "en": "Client" }', '"label": true');
			expectErrors(label, [{ pointer: '/actors/0/label', at: { line: 12, column: 39 }, message: `${TEXT_EXPECTED} — got true (true/false)` }]);
			const line = edit('"lines": ["Using default tag: latest"]', '"lines": [["Using default tag: latest"]]');
			expectErrors(line, [{ pointer: '/steps/0/actions/1/lines/0', at: '["Using default', message: `${TEXT_EXPECTED} — got a list [ … ]` }]);
			const caption = variant((s) => (s.steps[1]!.caption = null as never));
			expectErrors(caption, [{ pointer: '/steps/1/caption', at: { text: '"caption"', n: 1 }, message: `${TEXT_EXPECTED} — got null` }]);
			const summary = variant((s) => (s.summary = { text: 'x' } as never));
			expectErrors(summary, [
				{
					pointer: '/summary',
					at: '"summary"',
					message:
						'missing the "zh" and "en" translations; unknown key "text" (a translated text has only "zh" and "en"); write { "zh": …, "en": … } with both, or one plain string for both languages'
				}
			]);
			// Every text field: notes, a message label, a prop value, the initial lines, a sublabel.
			const notes = variant((s) => (s.steps[0]!.notes = 7 as never));
			expectErrors(notes, [{ pointer: '/steps/0/notes', at: '"notes"', message: `${TEXT_EXPECTED} — got a number` }]);
			const send = edit('"label": "POST /images/create', '"label": 200, "x": "POST /images/create');
			expect(errorsOf(send).map((e) => `${e.pointer} ${e.message}`)).toEqual([`/steps/0/actions/0/label ${TEXT_EXPECTED} — got a number`, `/steps/0/actions/0 unknown key "x" (allowed here: ${keys(Action.options.find((o) => o.shape.do.value === 'send')!)})`]);
			const initial = variant((s) => (s.initial.lines = ['ok', 5 as never]));
			expectErrors(initial, [{ pointer: '/initial/lines/1', at: { line: lineColumn(initial, offsetOf(initial, '"ok"')).line + 1, column: 4 }, message: `${TEXT_EXPECTED} — got a number` }]);
			const prop = edit('"props": { "detail": "sha256:ad9bd57a3a57…" }', '"props": { "detail": ["sha256:ad9bd57a3a57…"] }');
			expectErrors(prop, [
				{
					pointer: '/initial/items/3/props/detail',
					at: '"detail": ["sha256',
					message: 'a prop value is a number, true/false, or text: a string, or { "zh": …, "en": … } with both translations — got a list [ … ]'
				}
			]);
		});

		it('a translation missing, empty, of the wrong type, or one too many', () => {
			const title = edit('"title": { "zh": "docker pull：从仓库拉取镜像", "en": "docker pull: fetching an image from a registry" }', '"title": { "en": "docker pull" }');
			expectErrors(title, [
				{ pointer: '/title', at: { line: 5, column: 2 }, message: 'missing the "zh" translation; write { "zh": …, "en": … } with both, or one plain string for both languages' }
			]);
			const state = edit('"state": { "zh": "下载中", "en": "pulling" }', '"state": { "zh": "下载中" }');
			expectErrors(state, [{ pointer: '/steps/2/actions/1/item/props/state', at: '"state": { "zh"', message: MISSING_EN }]);
			const empty = edit('"label": { "zh": "客户端", "en": "Client" }', '"label": { "zh": "客户端", "en": "" }');
			expectErrors(empty, [{ pointer: '/actors/0/label/en', at: '"en": ""', message: 'the "en" translation is empty' }]);
			const typed = edit('"label": { "zh": "客户端", "en": "Client" }', '"label": { "zh": "客户端", "en": 1 }');
			expectErrors(typed, [{ pointer: '/actors/0/label', at: '"label": { "zh": "客户端", "en": 1 }', message: 'the "en" translation must be a string — got a number' }]);
			const extra = edit('"label": { "zh": "客户端", "en": "Client" }', '"label": { "zh": "客户端", "en": "Client", "fr": "Client" }');
			expectErrors(extra, [{ pointer: '/actors/0/label', at: '"label": { "zh": "客户端", "en": "Client", "fr"', message: 'unknown key "fr" (a translated text has only "zh" and "en")' }]);
		});

		it('a bad prop name states the rule, at the key', () => {
			const text = edit('"props": { "detail": "sha256:ad9bd57a3a57…" }', '"props": { "Bad-Key": "sha256:ad9bd57a3a57…" }');
			expectErrors(text, [
				{
					pointer: '/initial/items/3/props/Bad-Key',
					at: { line: 26, column: 101 },
					message: 'prop name "Bad-Key" must start with a lowercase letter and hold only letters and digits (e.g. "state", "detail")'
				}
			]);
			expect(lineColumn(text, offsetOf(text, '"Bad-Key"'))).toEqual({ line: 26, column: 101 });
			const set = variant((s) => s.steps[3]!.actions.push({ do: 'update', id: 'img-busybox', set: { '2nd': 1 } }));
			expectErrors(set, [{ pointer: '/steps/3/actions/4/set/2nd', at: '"2nd"', message: /^prop name "2nd" must start with a lowercase letter/ }]);
		});

		it('a wrong scene, layout or version names the allowed values', () => {
			const scene = edit('"scene": "flow",', '"scene": "flows",');
			expectErrors(scene, [{ pointer: '/scene', at: { line: 10, column: 2 }, message: `unknown scene "flows": expected one of ${SCENES}` }]);
			const actorScene = edit('"sublabel": "docker.io" }', '"sublabel": "docker.io", "scene": "House" }');
			expectErrors(actorScene, [{ pointer: '/actors/2/scene', at: '"scene": "House"', message: `unknown scene "House": expected one of ${SCENES}` }]);
			const action = variant((s) => s.steps[3]!.actions.push({ do: 'scene', scene: 'room' as never }));
			expectErrors(action, [{ pointer: '/steps/3/actions/4/scene', at: '"scene": "room"', message: `unknown scene "room": expected one of ${SCENES}` }]);
			const layout = edit('"layout": "row"', '"layout": "grid"');
			expectErrors(layout, [{ pointer: '/actors/1/layout', at: '"layout": "grid"', message: 'unknown layout "grid": expected one of "column", "row"' }]);
			const version = edit('"version": 1', '"version": 2');
			expectErrors(version, [{ pointer: '/version', at: { line: 3, column: 2 }, message: '"version" must be 1 (the only version of the format) — got 2' }]);
			const quotedVersion = edit('"version": 1', '"version": "1"');
			expectErrors(quotedVersion, [{ pointer: '/version', at: { line: 3, column: 2 }, message: '"version" must be the number 1, without quotes — got the string "1"' }]);
			const missing = variant((s) => delete (s as Partial<Scenario>).version);
			expectErrors(missing, [{ pointer: '/version', at: { line: 1, column: 1 }, message: 'missing required "version"' }]);
		});

		it('wrong types and sizes of lists and fields', () => {
			const steps = variant((s) => (s.steps = { first: s.steps[0] } as never));
			expectErrors(steps, [{ pointer: '/steps', at: '"steps"', message: 'expected a list [ … ] of steps — got an object { … }' }]);
			const none = variant((s) => (s.steps = []));
			expectErrors(none, [{ pointer: '/steps', at: '"steps"', message: 'needs at least 1 step — got 0' }]);
			const actions = variant((s) => (s.steps[0]!.actions = 'send' as never));
			expectErrors(actions, [{ pointer: '/steps/0/actions', at: '"actions"', message: 'expected a list [ … ] of actions — got a string' }]);
			const action = variant((s) => (s.steps[0]!.actions[1] = 'print' as never));
			expectErrors(action, [{ pointer: '/steps/0/actions/1', at: '"print"', message: 'expected an action { "do": …, … } — got a string' }]);
			const print = edit('{ "do": "print", "lines": ["Using default tag: latest"] }', '{ "do": "print", "lines": [] }');
			expectErrors(print, [{ pointer: '/steps/0/actions/1/lines', at: '"lines": []', message: 'needs at least 1 line — got 0' }]);
			const kind = edit('"id": "daemon", "kind": "daemon"', '"id": "daemon", "kind": ""');
			expectErrors(kind, [{ pointer: '/actors/1/kind', at: '"kind": ""', message: 'must not be empty' }]);
			const prompt = edit('"prompt": "[root@host ~]# "', `"prompt": "${'x'.repeat(81)}"`);
			expectErrors(prompt, [{ pointer: '/terminal/prompt', at: '"prompt"', message: 'too long: at most 80 characters (this one has 81)' }]);
			const id = edit('{ "id": "client", "kind": "client"', '{ "id": "1client", "kind": "client"');
			expectErrors(id, [{ pointer: '/actors/0/id', at: '"id": "1client"', message: 'an id starts with a letter and holds only letters, digits, _ . : - (at most 64) — got "1client"' }]);
			const reverse = edit('"en": "200 OK: pull complete" }, "reverse": true }', '"en": "200 OK: pull complete" }, "reverse": "yes" }');
			expectErrors(reverse, [{ pointer: '/steps/3/actions/1/reverse', at: '"reverse": "yes"', message: 'expected true or false — got a string' }]);
			expect(errorsOf('[]')).toEqual([{ file: FILE, pointer: '', line: 1, column: 1, message: 'a scenario file holds one JSON object { "version": 1, "id": …, … } — got a list [ … ]' }]);
		});

		it('no raw zod wording is left in the errors of the cases above', () => {
			const texts = [
				edit('"scene": "flow",', '"scene": 3,'),
				edit('"title": { "zh": "docker pull：从仓库拉取镜像", "en": "docker pull: fetching an image from a registry" }', '"title": []'),
				edit('"props": { "detail": "sha256:ad9bd57a3a57…" }', '"props": { "detail": null }'),
				edit('"props": { "detail": "sha256:ad9bd57a3a57…" }', '"props": { "detail": { "zh": "x" } }'),
				variant((s) => (s.links = 'api' as never)),
				variant((s) => (s.terminal = [] as never))
			];
			for (const text of texts)
				for (const e of errorsOf(text)) expect(e.message).not.toMatch(/Invalid (input|option)|expected one of "[^"]*"\|/);
			expect(errorsOf(texts[0]!)[0]!.message).toBe(`expected one of ${SCENES} — got a number`);
			expect(errorsOf(texts[3]!)[0]).toMatchObject({ pointer: '/initial/items/3/props/detail', message: MISSING_EN });
		});
	});

	describe('JSON syntax', () => {
		it('a missing comma: line:column of the next token', () => {
			const text = edit('"scene": "flow",', '"scene": "flow"');
			expectErrors(text, [{ pointer: '', at: '"actors"', message: 'JSON syntax: a comma is missing before this (between two entries of an object or a list)' }]);
		});

		it('a trailing comma, a comment and an empty file are errors too', () => {
			const trailing = edit('"prompt": "[root@host ~]# " }', '"prompt": "[root@host ~]# ", }');
			expect(errorsOf(trailing)[0]).toMatchObject({ pointer: '', ...lineColumn(trailing, offsetOf(trailing, ', }') + 2), message: /^JSON syntax/ });
			const comment = edit('"scene": "flow",', '"scene": "flow", // the stage');
			expect(errorsOf(comment)[0]).toMatchObject({ pointer: '', ...lineColumn(comment, offsetOf(comment, '//')), message: /^JSON syntax/ });
			expect(errorsOf('')[0]).toMatchObject({ line: 1, column: 1, message: /^JSON syntax/ });
			expect(errorsOf('{"version": 1,')[0]!.message).toMatch(/^JSON syntax/);
		});

		it('a top-level value that is not an object', () => {
			expect(errorsOf('[]')[0]).toMatchObject({ pointer: '', line: 1, column: 1 });
			expect(errorsOf('null')[0]).toMatchObject({ pointer: '', line: 1, column: 1 });
		});
	});

	describe('limits: oversized input gets an error, not a hang', () => {
		it('too many bytes', () => {
			const text = TEXT.replace('\n', '\n' + ' '.repeat(LIMITS.bytes));
			expect(errorsOf(text)).toEqual([{ file: FILE, pointer: '', line: 1, column: 1, message: expect.stringMatching(/bytes; the limit is 4194304$/) }]);
			// Bytes, not characters: 2 MiB of three-byte characters is over the limit.
			expect(errorsOf(TEXT.replace('"flow"', `"${'板'.repeat(LIMITS.bytes / 2)}"`))[0]!.message).toMatch(/bytes; the limit/);
		});

		it('too deep', () => {
			const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
			expect(errorsOf(deep(LIMITS.depth + 1))).toEqual([{ file: FILE, pointer: '', line: 1, column: 1, message: `nesting is ${LIMITS.depth + 1} deep; the limit is ${LIMITS.depth}` }]);
			expect(errorsOf(deep(1_000_000))[0]!.message).toBe(`nesting is 1000000 deep; the limit is ${LIMITS.depth}`);
			expect(errorsOf('['.repeat(1_000_000))[0]!.message).toMatch(/^nesting is/);
			// Brackets inside strings do not count; the limit itself is allowed.
			const stringy = variant((s) => (s.title = '[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[['));
			expect(validateScenarioText(stringy, FILE).ok).toBe(true);
			expect(errorsOf(deep(LIMITS.depth))[0]!.message).not.toMatch(/nesting/);
		});

		it('too many steps', () => {
			const text = variant((s) => {
				s.steps = Array.from({ length: LIMITS.steps + 1 }, (_, i) => ({ id: `s${i}`, caption: 'c', actions: [] }));
			});
			expectErrors(text, [{ pointer: '/steps', at: '"steps"', message: `${LIMITS.steps + 1} steps; the limit is ${LIMITS.steps}` }]);
		});
	});
});

describe('formatError', () => {
	it('is file:line:col /pointer — message', () => {
		const text = edit('"to": "registry"', '"to": "regsitry"');
		const [error] = errorsOf(text);
		const { line, column } = lineColumn(text, offsetOf(text, '"to": "regsitry"'));
		expect(formatError(error!)).toBe(`${FILE}:${line}:${column} /links/1/to — unknown actor "regsitry"`);
		expect(formatError(error!)).toMatch(/^[^:]+:\d+:\d+ \/\S* — .+$/);
	});

	it('writes the empty pointer (the whole document) as /', () => {
		expect(formatError({ file: 'a.json', pointer: '', line: 3, column: 7, message: 'JSON syntax: CommaExpected' })).toBe('a.json:3:7 / — JSON syntax: CommaExpected');
	});
});


describe('a byte-order mark', () => {
	it('is not part of the JSON: a file saved with one still validates', async () => {
		const { readFileSync } = await import('node:fs');
		const text = readFileSync(new URL('./fixtures/docker-pull.json', import.meta.url), 'utf8');
		expect(validateScenarioText('\uFEFF' + text, 'docker-pull.json', 'docker-pull').ok).toBe(true);
	});
});
