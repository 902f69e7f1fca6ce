/** The scenario's other terminals in words: what a step printed there, and the picture's last lines. */
import { describe, expect, it } from 'vitest';
import { stateAt } from '../engine/state-at.ts';
import { Scenario } from '../scenario/schema.ts';
import { describeStep, describeWorld } from './describe.ts';

const scenario = Scenario.parse({
	version: 1,
	id: 'watch',
	title: 'watch',
	summary: 'watch',
	scene: 'flow',
	actors: [{ id: 'kubectl', kind: 'client', label: 'kubectl' }],
	links: [],
	terminal: { actor: 'kubectl', prompt: '$ ' },
	terminals: [{ id: 'watch', title: { zh: '监视窗口', en: 'the watch window' }, prompt: '$ ' }],
	initial: { items: [] },
	steps: [
		{ id: 'w', command: 'kubectl get pods -w', terminal: 'watch', caption: 'c', actions: [{ do: 'print', terminal: 'watch', lines: ['NAME    READY   STATUS'] }] },
		{ id: 'a', command: 'kubectl apply -f nginx.yaml', caption: 'c', actions: [{ do: 'print', lines: ['deployment.apps/nginx created'] }, { do: 'print', terminal: 'watch', lines: ['nginx-1   0/1   Pending'] }] },
		{ id: 'c', caption: 'c', actions: [{ do: 'clear', terminal: 'watch' }] }
	]
});

const step = (n: number, lang: 'zh' | 'en') => describeStep(scenario, stateAt(scenario, n - 1), stateAt(scenario, n), lang);

describe('other terminals in words', () => {
	it("name the terminal a command was typed in and its output, after the main terminal's", () => {
		expect(step(1, 'en')).toEqual(['Command in the watch window: kubectl get pods -w.', 'Output in the watch window: NAME READY STATUS.']);
		expect(step(2, 'en')).toEqual(['Command: kubectl apply -f nginx.yaml.', 'Output: deployment.apps/nginx created.', 'Output in the watch window: nginx-1 0/1 Pending.']);
		expect(step(2, 'zh')).toContain('监视窗口 输出：nginx-1 0/1 Pending。');
	});

	it('say which terminal was cleared', () => {
		expect(step(3, 'en')).toEqual(['the watch window is cleared.']);
		expect(step(3, 'zh')).toEqual(['监视窗口 已清屏。']);
	});

	it("the picture's words end with each terminal's last line", () => {
		const words = describeWorld(scenario, stateAt(scenario, 2), 'en');
		expect(words).toMatch(/Terminal, last line: deployment\.apps\/nginx created\. the watch window, last line: nginx-1 0\/1 Pending\.$/);
	});
});
