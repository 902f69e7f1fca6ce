/**
 * A step's question (question-schema.ts): each mistake an author can make, at its pointer and
 * line:column, on variations of docker-pull.json.
 */
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from './validate.ts';
import { FILE, edit, expectErrors } from './validate-test-kit.ts';

const at = (question: string) => edit('"command": "docker pull busybox",', `"command": "docker pull busybox",\n\t\t\t"question": ${question},`);
const QUESTION = (choices: string) => `{ "prompt": { "zh": "谁去拉取镜像？", "en": "Who pulls the image?" }, "choices": ${choices}, "explanation": { "zh": "守护进程。", "en": "The daemon." } }`;

describe('questions', () => {
	it('a question with one right choice of two validates', () => {
		const text = at(QUESTION('[{ "text": { "zh": "客户端", "en": "the client" } }, { "text": { "zh": "守护进程", "en": "the daemon" }, "right": true }]'));
		expect(validateScenarioText(text, FILE).ok).toBe(true);
	});

	it('no right choice, every choice right, the same choice twice: at the choices', () => {
		const none = QUESTION('[{ "text": "client" }, { "text": "daemon" }]');
		expectErrors(at(none), [{ pointer: '/steps/0/question/choices', at: '"choices": [{ "text": "client" }', message: 'no choice is right: mark the right one (or several) with "right": true' }]);
		const all = QUESTION('[{ "text": "client", "right": true }, { "text": "daemon", "right": true }]');
		expectErrors(at(all), [{ pointer: '/steps/0/question/choices', at: '"choices": [{ "text": "client", "right": true }', message: 'every choice is right: a question needs at least one wrong choice to ask anything' }]);
		const twice = QUESTION('[{ "text": { "zh": "客户端", "en": "the daemon" } }, { "text": { "zh": "守护进程", "en": "the daemon" }, "right": true }]');
		expectErrors(at(twice), [{ pointer: '/steps/0/question/choices/1/text', at: '"text": { "zh": "守护进程", "en": "the daemon" }', message: 'choice 2 reads the same as choice 1 in English: "the daemon"' }]);
	});

	it('the schema: a missing translation, one choice, five choices, an unknown key', () => {
		const missing = QUESTION('[{ "text": { "zh": "客户端" } }, { "text": "daemon", "right": true }]');
		expect(validateScenarioText(at(missing), FILE).ok).toBe(false);
		expect(validateScenarioText(at(QUESTION('[{ "text": "daemon", "right": true }]')), FILE).ok).toBe(false);
		const five = QUESTION(`[${['a', 'b', 'c', 'd'].map((t) => `{ "text": "${t}" }`).join(', ')}, { "text": "e", "right": true }]`);
		expect(validateScenarioText(at(five), FILE).ok).toBe(false);
		expect(validateScenarioText(at('{ "prompt": "p", "choices": [{ "text": "a" }, { "text": "b", "right": true }], "explanation": "e", "answer": 1 }'), FILE).ok).toBe(false);
	});
});
