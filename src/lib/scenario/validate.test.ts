/**
 * The validator on small variations of docker-pull.json (validate-test-kit.ts): what it
 * accepts, and its referential and structural errors, each at its pointer and line:column.
 */
import { describe, expect, it } from 'vitest';
import { Actor, Step, type Scenario } from './schema.ts';
import { formatError, validateScenarioText } from './validate.ts';
import { ACTIONS, FILE, TEXT, edit, errorsOf, expectErrors, keys, lineColumn, offsetOf, variant, MISSING_EN } from './validate-test-kit.ts';

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
				{ pointer: '/steps/2/actions/1/item/in', at: '"in": "imgs"', message: '"imgs" is neither an actor nor an item that exists at this step' },
				// The image was not added, so the layer inside it cannot be, nor can the image be updated or focused.
				{ pointer: '/steps/2/actions/2/item/in', at: '"in": "img-busybox"', message: /^"img-busybox" is neither an actor nor an item/ },
				{ pointer: '/steps/2/actions/4/ids/0', at: { text: '"img-busybox"', n: 2 }, message: /^"img-busybox" is neither/ },
				{ pointer: '/steps/3/actions/0/id', at: { text: '"id": "img-busybox"', n: 1 }, message: 'cannot update item "img-busybox": it does not exist at this step' },
				{ pointer: '/steps/3/actions/3/ids/0', at: { text: '"img-busybox"', n: 4 }, message: /^"img-busybox" is neither/ }
			]);
		});

		it('an unknown "from" of an added item', () => {
			const text = edit('"from": "reg-layer-729ce43e2c91"', '"from": "reg-layer-nope"');
			expectErrors(text, [
				{ pointer: '/steps/2/actions/2/from', at: '"from": "reg-layer-nope"', message: '"reg-layer-nope" is neither an actor nor an item that exists at this step' }
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
			expectErrors(actor, [{ pointer: '/steps/1/actions/4/item/id', at: { text: '"id": "daemon"', n: 1 }, message: '"daemon" is already an actor id' }]);
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
});
