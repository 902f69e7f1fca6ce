/**
 * A scenario's other terminals (`terminals`): each error an author can make with them, at its
 * pointer and line:column, on variations of docker-pull.json.
 */
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from './validate.ts';
import { FILE, edit, expectErrors } from './validate-test-kit.ts';

const WATCH = '"terminals": [{ "id": "watch", "title": "docker events", "prompt": "$ " }],\n\t';
/** docker-pull with a second terminal declared before its "initial". */
const withWatch = (text?: string) => edit('"initial":', WATCH + '"initial":', text);

describe('terminals', () => {
	it('a second terminal, written to by print, prompt, clear and a step command, validates', () => {
		let text = withWatch();
		text = edit('{ "do": "print", "lines": ["Using default tag: latest"] },', '{ "do": "print", "lines": ["Using default tag: latest"] }, { "do": "print", "terminal": "watch", "lines": ["pull"] }, { "do": "prompt", "terminal": "watch", "text": "# " }, { "do": "clear", "terminal": "watch" },', text);
		expect(validateScenarioText(text, FILE).ok).toBe(true);
	});

	it('print, prompt or clear naming a terminal the scenario does not have: at its "terminal"', () => {
		const text = edit('{ "do": "print", "lines": ["Using default tag: latest"] }', '{ "do": "print", "terminal": "wacth", "lines": ["Using default tag: latest"] }', withWatch());
		expectErrors(text, [
			{
				pointer: '/steps/0/actions/1/terminal',
				at: '"terminal": "wacth"',
				message: `no terminal "wacth": name one of the scenario's "terminals" (watch), or leave "terminal" out for the main one`
			}
		]);
		const none = edit('{ "do": "print", "lines": ["Using default tag: latest"] }', '{ "do": "clear", "terminal": "watch" }');
		expectErrors(none, [{ pointer: '/steps/0/actions/1/terminal', at: '"terminal": "watch"', message: /no terminal "watch": .*\(it has none\)/ }]);
	});

	it('a step typing into an unknown terminal, or naming one without a command', () => {
		const unknown = edit('"command": "docker pull busybox",', '"command": "docker pull busybox", "terminal": "other",', withWatch());
		expectErrors(unknown, [{ pointer: '/steps/0/terminal', at: '"terminal": "other"', message: /^no terminal "other": name one of the scenario's "terminals" \(watch\)/ }]);
		const noCommand = edit('"command": "docker pull busybox",', '"terminal": "watch",', withWatch());
		expectErrors(noCommand, [{ pointer: '/steps/0/terminal', at: '"terminal": "watch"', message: `"terminal" says where the step's command is typed, and this step has no "command"` }]);
	});

	it('duplicate terminal ids, and terminals without a main terminal', () => {
		const twice = edit(WATCH, WATCH.replace('}]', '}, { "id": "watch", "title": "again", "prompt": "$ " }]'), withWatch());
		expectErrors(twice, [{ pointer: '/terminals/1/id', at: { text: '"id": "watch"', n: 1 }, message: 'duplicate terminal id "watch"' }]);
		const alone = edit('"terminal": { "actor": "client", "prompt": "[root@host ~]# " },', '', withWatch());
		expectErrors(alone, [{ pointer: '/terminals', at: '"terminals"', message: '"terminals" are drawn beside the main terminal: give the scenario a "terminal" too' }]);
	});
});
