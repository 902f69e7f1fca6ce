/**
 * The validator, on small variations of scenarios/docker-pull.json. Every error must name
 * the right JSON pointer and the right line:column; the expected positions are found by
 * searching the text, and turned into line:column here, independently of positions.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.ts';
import { Action, Actor, SceneKind, Step, type Scenario } from './schema.ts';
import { formatError, validateScenarioText, type ValidationError } from './validate.ts';

const FILE = 'scenarios/docker-pull.json';
/** The action names and scene kinds, read from the schema here too: the other engineer adds more. */
const ACTIONS = Action.options.map((o) => o.shape.do.value).join(', ');
const SCENES = SceneKind.options.map((k) => `"${k}"`).join(', ');
/** The keys an object schema allows, as the "allowed here" hint lists them. */
const keys = (schema: { shape: object }) => Object.keys(schema.shape).join(', ');
const MISSING_EN = 'missing the "en" translation; write { "zh": …, "en": … } with both, or one plain string for both languages';
const TEXT = readFileSync(new URL('../../../scenarios/docker-pull.json', import.meta.url), 'utf8');

/** The original text with one unique snippet replaced (keeps the hand-written layout). */
function edit(from: string, to: string, text = TEXT): string {
	expect(text.split(from), `"${from}" should occur exactly once`).toHaveLength(2);
	return text.replace(from, () => to);
}

/** The scenario as data, changed by f, written back as indented JSON. */
function variant(f: (s: Scenario) => void): string {
	const s = JSON.parse(TEXT) as Scenario;
	f(s);
	return JSON.stringify(s, null, '\t');
}

/** The offset of the nth occurrence of needle (0-based n). */
function offsetOf(text: string, needle: string, n = 0): number {
	let offset = -1;
	for (let i = 0; i <= n; i++) {
		offset = text.indexOf(needle, offset + 1);
		expect(offset, `occurrence ${i} of "${needle}"`).toBeGreaterThanOrEqual(0);
	}
	return offset;
}

/** 1-based line and column (in UTF-16 units, like the validator) of an offset, counted naively. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

interface Expected {
	pointer: string;
	/** Where the error should point: the nth occurrence of this text (default: the first). */
	at: string | { text: string; n: number } | { line: number; column: number };
	message: string | RegExp;
}

function errorsOf(text: string, fileId?: string): ValidationError[] {
	const result = validateScenarioText(text, FILE, fileId);
	if (result.ok) throw new Error('expected the validator to reject the text');
	return result.errors;
}

function expectErrors(text: string, expected: Expected[], fileId?: string): void {
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

describe('validateScenarioText', () => {
	it('accepts docker-pull.json as it is, and returns the parsed scenario', () => {
		const result = validateScenarioText(TEXT, FILE, 'docker-pull');
		expect(result.ok && result.scenario.id).toBe('docker-pull');
		expect(result.ok && result.scenario.steps.map((s) => s.id)).toEqual(['ask-daemon', 'fetch-manifest', 'download-layer', 'image-stored']);
		expect(validateScenarioText(TEXT, FILE).ok).toBe(true);
	});

	describe('referential errors', () => {
		it('an unknown actor at either end of a link', () => {
			const text = edit('"to": "registry"', '"to": "regsitry"');
			expectErrors(text, [{ pointer: '/links/1/to', at: '"to": "regsitry"', message: 'unknown actor "regsitry"' }]);
			const text2 = edit('"from": "client", "to": "daemon"', '"from": "cli", "to": "daemon"');
			expectErrors(text2, [{ pointer: '/links/0/from', at: '"from": "cli"', message: 'unknown actor "cli"' }]);
		});

		it('an unknown terminal actor', () => {
			const text = edit('"terminal": { "actor": "client"', '"terminal": { "actor": "laptop"');
			expectErrors(text, [{ pointer: '/terminal/actor', at: '"actor": "laptop"', message: 'unknown actor "laptop"' }]);
		});

		it('an unknown holder ("in") of an initial item', () => {
			const text = edit('"in": "repo-busybox", "label": "latest"', '"in": "repo-bsybox", "label": "latest"');
			expectErrors(text, [
				{ pointer: '/initial/items/3/in', at: '"in": "repo-bsybox"', message: '"repo-bsybox" is neither an actor nor an item that exists at this step' }
			]);
		});

		it('an initial item inside an item listed after it', () => {
			const text = variant((s) => s.initial.items.reverse());
			const errors = errorsOf(text);
			// Reversed: every item inside a repository now comes before its repository.
			expect(errors.map((e) => e.pointer)).toEqual(['/initial/items/0/in', '/initial/items/1/in', '/initial/items/3/in', '/initial/items/4/in']);
		});

		it('an unknown holder of an added item: that error, and every later action that needed the item', () => {
			const text = edit('"in": "images", "label": "busybox:latest"', '"in": "imgs", "label": "busybox:latest"');
			expectErrors(text, [
				{ pointer: '/steps/2/actions/4/item/in', at: '"in": "imgs"', message: '"imgs" is neither an actor nor an item that exists at this step' },
				// The image was not added, so the layer inside it cannot be, nor can the image be updated or focused.
				{ pointer: '/steps/2/actions/5/item/in', at: '"in": "img-busybox"', message: /^"img-busybox" is neither an actor nor an item/ },
				{ pointer: '/steps/2/actions/7/ids/0', at: { text: '"img-busybox"', n: 2 }, message: /^"img-busybox" is neither/ },
				{ pointer: '/steps/3/actions/0/id', at: { text: '"id": "img-busybox"', n: 1 }, message: 'cannot update item "img-busybox": it does not exist at this step' },
				{ pointer: '/steps/3/actions/3/ids/0', at: { text: '"img-busybox"', n: 4 }, message: /^"img-busybox" is neither/ }
			]);
		});

		it('an unknown "from" of an added item', () => {
			const text = edit('"from": "reg-layer-729ce43e2c91"', '"from": "reg-layer-nope"');
			expectErrors(text, [
				{ pointer: '/steps/2/actions/5/from', at: '"from": "reg-layer-nope"', message: '"reg-layer-nope" is neither an actor nor an item that exists at this step' }
			]);
		});

		it('duplicate actor, link and step ids', () => {
			const actors = variant((s) => s.actors.push({ ...s.actors[0]!, label: 'again' }));
			expectErrors(actors, [{ pointer: '/actors/3/id', at: { text: '"id": "client"', n: 1 }, message: 'duplicate actor id "client"' }]);
			const links = variant((s) => s.links.push({ ...s.links[1]!, from: 'client' }));
			expectErrors(links, [{ pointer: '/links/2/id', at: { text: '"id": "hub"', n: 1 }, message: 'duplicate link id "hub"' }]);
			const steps = variant((s) => (s.steps[3]!.id = 'fetch-manifest'));
			expectErrors(steps, [{ pointer: '/steps/3/id', at: { text: '"id": "fetch-manifest"', n: 1 }, message: 'duplicate step id "fetch-manifest"' }]);
		});

		it('duplicate item ids: in the initial items, added twice, or the id of an actor', () => {
			const initial = variant((s) => s.initial.items.push({ id: 'images', kind: 'group', in: 'registry', label: 'again' }));
			expectErrors(initial, [
				{ pointer: '/initial/items/8/id', at: { text: '"id": "images"', n: 1 }, message: 'item "images" already exists at this step' }
			]);
			const added = variant((s) => s.steps[0]!.actions.push({ do: 'add', item: { id: 'containers', kind: 'group', in: 'daemon', label: 'again' } }));
			expectErrors(added, [
				{ pointer: '/steps/0/actions/3/item/id', at: { text: '"id": "containers"', n: 1 }, message: 'item "containers" already exists at this step' }
			]);
			const actor = variant((s) => s.steps[1]!.actions.push({ do: 'add', item: { id: 'daemon', kind: 'group', in: 'client', label: 'x' } }));
			expectErrors(actor, [{ pointer: '/steps/1/actions/8/item/id', at: { text: '"id": "daemon"', n: 1 }, message: '"daemon" is already an actor id' }]);
		});

		it('update or remove of an item that exists only at a later step', () => {
			const update = variant((s) => s.steps[0]!.actions.push({ do: 'update', id: 'img-busybox', set: { state: 'x' } }));
			expectErrors(update, [
				{ pointer: '/steps/0/actions/3/id', at: '"id": "img-busybox"', message: 'cannot update item "img-busybox": it does not exist at this step' }
			]);
			const remove = variant((s) => s.steps[1]!.actions.unshift({ do: 'remove', id: 'layer-729ce43e2c91' }));
			expectErrors(remove, [
				{ pointer: '/steps/1/actions/0/id', at: '"id": "layer-729ce43e2c91"', message: 'cannot remove item "layer-729ce43e2c91": it does not exist at this step' }
			]);
		});

		it('checks each action against the world just before it, within a step', () => {
			// Removing the image first: the update and the focus after it in the same step fail.
			const text = variant((s) => s.steps[3]!.actions.unshift({ do: 'remove', id: 'img-busybox' }));
			expectErrors(text, [
				{ pointer: '/steps/3/actions/1/id', at: { text: '"id": "img-busybox"', n: 2 }, message: /^cannot update item "img-busybox"/ },
				{ pointer: '/steps/3/actions/4/ids/0', at: { text: '"img-busybox"', n: 5 }, message: /^"img-busybox" is neither/ }
			]);
			// …while removing it after the step's last action is fine.
			expect(validateScenarioText(variant((s) => s.steps[3]!.actions.push({ do: 'remove', id: 'img-busybox' })), FILE).ok).toBe(true);
		});

		it('removing an item removes its children for the validator too', () => {
			const text = variant((s) => {
				s.steps[3]!.actions = [{ do: 'remove', id: 'img-busybox' }, { do: 'update', id: 'layer-729ce43e2c91', set: { x: 1 } }];
			});
			expectErrors(text, [{ pointer: '/steps/3/actions/1/id', at: { text: '"id": "layer-729ce43e2c91"', n: 1 }, message: /^cannot update item "layer-729ce43e2c91"/ }]);
		});

		it('a send along a missing link', () => {
			const text = edit('{ "do": "send", "link": "api", "label": "POST', '{ "do": "send", "link": "apii", "label": "POST');
			expectErrors(text, [{ pointer: '/steps/0/actions/0/link', at: '"link": "apii"', message: 'no link "apii" (links: api, hub)' }]);
			const none = variant((s) => {
				s.links = [];
				s.steps = [s.steps[0]!];
			});
			expectErrors(none, [{ pointer: '/steps/0/actions/0/link', at: '"link": "api"', message: 'no link "api" (links: none)' }]);
		});

		it('a focus on something that does not exist', () => {
			const text = edit('{ "do": "focus", "ids": ["client", "daemon"] }', '{ "do": "focus", "ids": ["client", "deamon"] }');
			expectErrors(text, [{ pointer: '/steps/0/actions/2/ids/1', at: '"deamon"', message: '"deamon" is neither an actor nor an item that exists at this step' }]);
		});

		it('ids named like Object.prototype members are checked like any other id', () => {
			const update = variant((s) => s.steps[0]!.actions.push({ do: 'update', id: 'constructor', set: { x: 1 } }));
			expectErrors(update, [{ pointer: '/steps/0/actions/3/id', at: '"id": "constructor"', message: /^cannot update item "constructor"/ }]);
			const holder = variant((s) => s.steps[0]!.actions.push({ do: 'add', item: { id: 'x', kind: 'k', in: 'toString', label: 'x' } }));
			expectErrors(holder, [{ pointer: '/steps/0/actions/3/item/in', at: '"in": "toString"', message: /^"toString" is neither/ }]);
			const fine = variant((s) => {
				s.initial.items.push({ id: 'valueOf', kind: 'k', in: 'daemon', label: 'v' }, { id: 'inner', kind: 'k', in: 'valueOf', label: 'i' });
				s.steps[0]!.actions.push({ do: 'add', item: { id: 'toString', kind: 'k', in: 'valueOf', label: 't' } }, { do: 'update', id: 'toString', set: { n: 1 } });
			});
			const result = validateScenarioText(fine, FILE);
			expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
		});

		it('the file name must match the id', () => {
			expectErrors(
				TEXT,
				[{ pointer: '/id', at: '"id": "docker-pull"', message: 'id "docker-pull" must match the file name "docker-pulls"' }],
				'docker-pulls'
			);
		});

		it('reports every error, not only the first', () => {
			let text = edit('"to": "registry"', '"to": "regsitry"');
			text = edit('"link": "api", "label": "POST', '"link": "apii", "label": "POST', text);
			text = edit('{ "do": "focus", "ids": ["client", "daemon"] }', '{ "do": "focus", "ids": ["client", "deamon"] }', text);
			expectErrors(
				text,
				[
					{ pointer: '/id', at: '"id": "docker-pull"', message: /must match the file name/ },
					{ pointer: '/links/1/to', at: '"to": "regsitry"', message: 'unknown actor "regsitry"' },
					{ pointer: '/steps/0/actions/0/link', at: '"link": "apii"', message: /^no link "apii"/ },
					{ pointer: '/steps/0/actions/2/ids/1', at: '"deamon"', message: /^"deamon" is neither/ }
				],
				'other'
			);
		});
	});

	describe('structural errors', () => {
		it('a missing translation', () => {
			const text = edit(
				'"title": { "zh": "docker pull：从仓库拉取镜像", "en": "docker pull: fetching an image from a registry" }',
				'"title": { "zh": "docker pull：从仓库拉取镜像" }'
			);
			expectErrors(text, [{ pointer: '/title', at: '"title"', message: MISSING_EN }]);
			const caption = variant((s) => (s.steps[2]!.caption = { zh: 'x' } as never));
			expectErrors(caption, [{ pointer: '/steps/2/caption', at: { text: '"caption"', n: 2 }, message: MISSING_EN }]);
		});

		it('an unknown action', () => {
			const text = edit('{ "do": "print", "lines": ["Using default tag: latest"] }', '{ "do": "echo", "lines": ["Using default tag: latest"] }');
			expectErrors(text, [
				{
					pointer: '/steps/0/actions/1/do',
					at: '"do": "echo"',
					message: `unknown action "echo": "do" must be one of ${ACTIONS}`
				}
			]);
		});

		it('an unknown key: the error points at the object that holds it', () => {
			const text = edit('{ "id": "client", "kind": "client",', '{ "id": "client", "colour": "red", "kind": "client",');
			expectErrors(text, [{ pointer: '/actors/0', at: '{ "id": "client"', message: `unknown key "colour" (allowed here: ${keys(Actor)})` }]);
			expect(keys(Actor)).toMatch(/^id, kind, label, sublabel, /);
			const two = variant((s) => Object.assign(s.steps[1]!, { cmd: 'x', note: 'y' }));
			expectErrors(two, [{ pointer: '/steps/1', at: { line: lineColumn(two, offsetOf(two, '"id": "fetch-manifest"')).line - 1, column: 3 }, message: `unknown keys "cmd", "note" (allowed here: ${keys(Step)})` }]);
		});

		it('a missing field, and a field of the wrong type, are told apart', () => {
			const missing = variant((s) => delete (s.actors[1] as Partial<Scenario['actors'][number]>).kind);
			expectErrors(missing, [{ pointer: '/actors/1/kind', at: { line: lineColumn(missing, offsetOf(missing, '"id": "daemon"')).line - 1, column: 3 }, message: 'missing required "kind"' }]);
			const wrong = edit('"id": "daemon", "kind": "daemon"', '"id": "daemon", "kind": 7');
			expectErrors(wrong, [{ pointer: '/actors/1/kind', at: '"kind": 7', message: 'expected a string — got a number' }]);
			// A missing text (a string or a translation pair) is also "missing", not "Invalid input".
			const caption = variant((s) => delete (s.steps[0] as Partial<Scenario['steps'][number]>).caption);
			expectErrors(caption, [{ pointer: '/steps/0/caption', at: { line: lineColumn(caption, offsetOf(caption, '"id": "ask-daemon"')).line - 1, column: 3 }, message: 'missing required "caption"' }]);
		});

		it('escapes pointer segments (~0, ~1)', () => {
			const text = variant((s) => (s.initial.items[3]!.props = { 'a/b~c': 1 }));
			expectErrors(text, [{ pointer: '/initial/items/3/props/a~1b~0c', at: '"a/b~c"', message: /^prop name "a\/b~c" must start with a lowercase letter/ }]);
		});

		it('reports every structural error, in document order', () => {
			let text = edit('"version": 1', '"version": 2');
			text = edit('"id": "client", "kind": "client",', '"id": "client", "colour": "red", "kind": "client",', text);
			text = edit('{ "do": "print", "lines": ["Using default tag: latest"] }', '{ "do": "echo" }', text);
			expect(errorsOf(text).map((e) => `${e.pointer} ${e.line}`)).toEqual([
				`/version ${lineColumn(text, offsetOf(text, '"version"')).line}`,
				`/actors/0 ${lineColumn(text, offsetOf(text, '"colour"')).line}`,
				`/steps/0/actions/1/do ${lineColumn(text, offsetOf(text, '"echo"')).line}`
			]);
		});
	});

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
			const send = edit('"label": "POST /v1.26/images/create', '"label": 200, "x": "POST /v1.26/images/create');
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
			expectErrors(state, [{ pointer: '/steps/2/actions/4/item/props/state', at: '"state": { "zh"', message: MISSING_EN }]);
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
			const prompt = edit('"prompt": "[root@iZ8vb53kklhrg4j6sviqtpZ ~]# "', `"prompt": "${'x'.repeat(81)}"`);
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
			const trailing = edit('"prompt": "[root@iZ8vb53kklhrg4j6sviqtpZ ~]# " }', '"prompt": "[root@iZ8vb53kklhrg4j6sviqtpZ ~]# ", }');
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
		const text = readFileSync('scenarios/docker-pull.json', 'utf8');
		expect(validateScenarioText('\uFEFF' + text, 'docker-pull.json', 'docker-pull').ok).toBe(true);
	});
});
