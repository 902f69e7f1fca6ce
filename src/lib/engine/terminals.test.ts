/** A scenario's other terminals in the engine: what writes where, and what the effects say. */
import { describe, expect, it } from 'vitest';
import { Scenario } from '../scenario/schema.ts';
import { applyStep } from './apply-step.ts';
import { diff } from './diff.ts';
import { stateAt } from './state-at.ts';
import { initialWorld } from './world.ts';

const scenario = Scenario.parse({
	version: 1,
	id: 'watch',
	title: 'watch',
	summary: 'watch',
	scene: 'flow',
	actors: [
		{ id: 'client', kind: 'client', label: 'Client' },
		{ id: 'daemon', kind: 'daemon', label: 'Daemon' }
	],
	links: [{ id: 'api', from: 'client', to: 'daemon' }],
	terminal: { actor: 'client', prompt: '$ ' },
	terminals: [{ id: 'watch', title: 'kubectl get pods -w', prompt: '% ' }],
	initial: { items: [] },
	steps: [
		{ id: 'w', command: 'kubectl get pods -w', terminal: 'watch', caption: 'c', actions: [{ do: 'print', terminal: 'watch', lines: ['NAME READY'] }] },
		{ id: 'a', command: 'kubectl apply -f x.yaml', caption: 'c', actions: [{ do: 'print', lines: ['created'] }, { do: 'print', terminal: 'watch', lines: ['nginx 0/1'] }] },
		{ id: 'p', caption: 'c', actions: [{ do: 'prompt', terminal: 'watch', text: '# ' }, { do: 'clear', terminal: 'watch' }] },
		{ id: 'x', caption: 'c', actions: [{ do: 'print', terminal: 'nope', lines: ['lost'] }] }
	]
});

const texts = (lines: { text: unknown }[]) => lines.map((l) => l.text);

describe('other terminals', () => {
	it('start empty with their own prompt', () => {
		expect(initialWorld(scenario).terminals).toEqual({ watch: { prompt: '% ', lines: [] } });
	});

	it("a step's command and print go to the terminal they name; the main one is untouched", () => {
		const one = stateAt(scenario, 1);
		expect(one.terminals.watch!.lines).toEqual([
			{ kind: 'command', text: 'kubectl get pods -w', prompt: '% ' },
			{ kind: 'output', text: 'NAME READY' }
		]);
		expect(one.terminal.lines).toEqual([]);
		const two = stateAt(scenario, 2);
		expect(texts(two.terminal.lines)).toEqual(['kubectl apply -f x.yaml', 'created']);
		expect(texts(two.terminals.watch!.lines)).toEqual(['kubectl get pods -w', 'NAME READY', 'nginx 0/1']);
	});

	it('effects name the terminal (absent for the main one), with line indices into it', () => {
		const { effects } = applyStep(scenario, stateAt(scenario, 1), scenario.steps[1]!);
		expect(effects).toEqual([
			{ kind: 'typed', line: 0, command: 'kubectl apply -f x.yaml' },
			{ kind: 'printed', first: 1, count: 1 },
			{ kind: 'printed', first: 2, count: 1, terminal: 'watch' }
		]);
	});

	it('prompt and clear act on the named terminal; diff reports its erased lines', () => {
		const [before, after] = [stateAt(scenario, 2), stateAt(scenario, 3)];
		expect(after.terminals.watch).toEqual({ prompt: '# ', lines: [] });
		expect(after.terminal).toEqual(before.terminal);
		const d = diff(before, after);
		expect(d.terminals.watch).toMatchObject({ kept: 0, prompt: '# ' });
		expect(d.terminals.watch!.erased).toHaveLength(3);
		expect(d.terminal.erased).toEqual([]);
	});

	it('an action naming a terminal the scenario lacks is skipped', () => {
		expect(stateAt(scenario, 4)).toEqual({ ...stateAt(scenario, 3), focus: [], messages: [] });
	});
});
