/** The engine on small hand-written scenarios: applyStep, diff and stateAt by example, and clampStep. */
import { describe, expect, it } from 'vitest';
import { Scenario, type Action, type Item, type Step } from '../scenario/schema.ts';
import { applyAction } from './apply-step.ts';
import { applyDiff, diff, isEmptyDiff } from './diff.ts';
import { clampStep, stateAt } from './state-at.ts';
import type { World } from './world.ts';
import { expectSameWorld } from './engine-test-kit.ts';

const item = (id: string, parent: string, extra: Partial<Item> = {}): Item => ({ id, kind: 'thing', in: parent, label: id, ...extra });

/** A small valid scenario (checked by the zod schema) around the given steps. */
function scenarioOf(steps: { command?: string; actions: Action[] }[], items: Item[] = [], prompt?: string): Scenario {
	return Scenario.parse({
		version: 1,
		id: 'example',
		title: 'example',
		summary: 'example',
		scene: 'flow',
		actors: [
			{ id: 'client', kind: 'client', label: 'Client' },
			{ id: 'daemon', kind: 'daemon', label: 'Daemon' }
		],
		links: [{ id: 'api', from: 'client', to: 'daemon' }],
		...(prompt === undefined ? {} : { terminal: { actor: 'client', prompt } }),
		initial: { items },
		steps: steps.map((st, i): Step => ({ id: `s${i}`, caption: `step ${i}`, ...st }))
	});
}

const lineTexts = (w: World) => w.terminal.lines.map((l) => (l.kind === 'command' ? `${l.prompt ?? ''}${String(l.text)}` : String(l.text)));

describe('applyStep (examples)', () => {
	it('removing an item removes everything inside it, and nothing else', () => {
		const s = scenarioOf(
			[{ actions: [{ do: 'remove', id: 'img' }] }],
			[
				item('images', 'daemon'),
				item('img', 'images'),
				item('layer1', 'img'),
				item('other', 'daemon'),
				item('layer2', 'img'),
				item('file', 'layer1'),
				item('after', 'images')
			]
		);
		expect(Object.keys(stateAt(s, 0).items)).toEqual(['images', 'img', 'layer1', 'other', 'layer2', 'file', 'after']);
		expect(Object.keys(stateAt(s, 1).items)).toEqual(['images', 'other', 'after']);
	});

	it('a spotlight or a camera on a removed item lets go of it (found by the property test above)', () => {
		const s = scenarioOf(
			[
				{ actions: [{ do: 'scene', scene: 'flow', zoom: 'img' }] },
				{ actions: [{ do: 'focus', ids: ['layer1', 'other'] }, { do: 'remove', id: 'img' }] }
			],
			[item('img', 'daemon'), item('layer1', 'img'), item('other', 'daemon')]
		);
		expect(stateAt(s, 1).zoom).toBe('img');
		const after = stateAt(s, 2);
		expect(after.focus).toEqual(['other']);
		expect(after.zoom).toBeUndefined();
	});

	it('update sets, overwrites and unsets props and keeps the label and the position', () => {
		const s = scenarioOf(
			[
				{ actions: [{ do: 'update', id: 'img', set: { detail: 'd', size: 3 }, unset: ['state', 'missing'] }] },
				{ actions: [{ do: 'update', id: 'img', label: { zh: '镜像', en: 'image' }, set: { size: 4 } }] },
				{ actions: [{ do: 'update', id: 'bare', set: {} }] }
			],
			[item('img', 'daemon', { props: { state: 'pulling', size: 1 } }), item('bare', 'daemon')]
		);
		const original = structuredClone(s);
		const w1 = stateAt(s, 1);
		expect(w1.items['img']).toEqual({ id: 'img', kind: 'thing', in: 'daemon', label: 'img', props: { size: 3, detail: 'd' } });
		const w2 = stateAt(s, 2);
		expect(w2.items['img']!.label).toEqual({ zh: '镜像', en: 'image' });
		expect(w2.items['img']!.props).toEqual({ size: 4, detail: 'd' });
		expect(Object.keys(w2.items)).toEqual(['img', 'bare']);
		expect(stateAt(s, 3).items['bare']).toEqual({ ...item('bare', 'daemon'), props: {} });
		expect(s).toEqual(original);
	});

	it('an item removed earlier can be added again; it is then drawn last', () => {
		const s = scenarioOf(
			[
				{ actions: [{ do: 'remove', id: 'a' }] },
				{ actions: [{ do: 'add', item: item('a', 'client', { label: 'again' }) }] }
			],
			[item('a', 'daemon'), item('b', 'daemon')]
		);
		expect(Object.keys(stateAt(s, 2).items)).toEqual(['b', 'a']);
		expect(stateAt(s, 2).items['a']!.label).toBe('again');
		const a = stateAt(s, 0);
		const b = stateAt(s, 2);
		const d = diff(a, b);
		expect(d.order).toEqual(['b', 'a']);
		expect(d.changed.map((c) => c.after.id)).toEqual(['a']);
		expectSameWorld(applyDiff(a, d), b);
	});

	it('echoes a command after the prompt current at the start of its step', () => {
		const s = scenarioOf(
			[
				{ command: 'docker run -it busybox sh', actions: [{ do: 'prompt', text: '/ # ' }] },
				{ command: 'ls', actions: [{ do: 'print', lines: ['bin', 'etc'] }] },
				{ command: 'exit', actions: [{ do: 'prompt', text: '[root@host ~]# ' }] },
				{ actions: [{ do: 'clear' }, { do: 'print', lines: ['fresh'] }] }
			],
			[],
			'[root@host ~]# '
		);
		expect(stateAt(s, 0).terminal.lines).toEqual([]);
		expect(stateAt(s, 1).terminal).toEqual({
			prompt: '/ # ',
			lines: [{ kind: 'command', text: 'docker run -it busybox sh', prompt: '[root@host ~]# ' }]
		});
		expect(lineTexts(stateAt(s, 3))).toEqual(['[root@host ~]# docker run -it busybox sh', '/ # ls', 'bin', 'etc', '/ # exit']);
		expect(stateAt(s, 3).terminal.prompt).toBe('[root@host ~]# ');
		expect(lineTexts(stateAt(s, 4))).toEqual(['fresh']);
	});

	it('uses "$ " when the scenario has no terminal, and starts with the initial lines', () => {
		const s = Scenario.parse({ ...scenarioOf([{ command: 'ls', actions: [] }]), initial: { items: [], lines: ['welcome', { zh: '你好', en: 'hello' }] } });
		expect(stateAt(s, 0).terminal).toEqual({
			prompt: '$ ',
			lines: [
				{ kind: 'output', text: 'welcome' },
				{ kind: 'output', text: { zh: '你好', en: 'hello' } }
			]
		});
		expect(stateAt(s, 1).terminal.lines[2]).toEqual({ kind: 'command', text: 'ls', prompt: '$ ' });
	});

	it('messages and focus belong to one step and do not carry over', () => {
		const s = scenarioOf([
			{
				actions: [
					{ do: 'send', link: 'api', label: 'GET /' },
					{ do: 'send', link: 'api', label: '200 OK', reverse: true },
					{ do: 'focus', ids: ['client'] },
					{ do: 'focus', ids: ['daemon', 'client'] }
				]
			},
			{ actions: [] }
		]);
		const w1 = stateAt(s, 1);
		expect(w1.messages).toEqual([
			{ link: 'api', label: 'GET /', reverse: false },
			{ link: 'api', label: '200 OK', reverse: true }
		]);
		expect(w1.focus).toEqual(['daemon', 'client']); // the last focus action wins
		expect(stateAt(s, 2).messages).toEqual([]);
		expect(stateAt(s, 2).focus).toEqual([]);
		expect(isEmptyDiff(diff(w1, stateAt(s, 2)))).toBe(true); // focus alone does not count
		expect(isEmptyDiff(diff(stateAt(s, 2), w1))).toBe(false);
	});

	it('an update alone makes a non-empty diff', () => {
		const s = scenarioOf([{ actions: [{ do: 'update', id: 'a', set: { state: 'running' } }] }], [item('a', 'daemon')]);
		const d = diff(stateAt(s, 0), stateAt(s, 1));
		expect(d.changed.map((c) => c.after.props)).toEqual([{ state: 'running' }]);
		expect(isEmptyDiff(d)).toBe(false);
	});

	it('skips impossible actions instead of throwing', () => {
		const s = scenarioOf([{ actions: [] }], [item('a', 'daemon')]);
		const w = stateAt(s, 0);
		const impossible: Action[] = [
			{ do: 'update', id: 'ghost', set: { x: 1 } },
			{ do: 'remove', id: 'ghost' },
			{ do: 'add', item: item('a', 'daemon') },
			{ do: 'add', item: item('client', 'daemon') },
			{ do: 'add', item: item('b', 'ghost') },
			{ do: 'add', item: item('b', 'daemon'), from: 'ghost' },
			{ do: 'send', link: 'ghost', label: 'x' },
			{ do: 'focus', ids: ['client', 'ghost'] }
		];
		for (const action of impossible) expect(applyAction(s, w, action)).toBe(w);
	});

	it('treats ids named like Object.prototype members as ordinary ids', () => {
		const s = scenarioOf([{ actions: [] }], [item('a', 'daemon')]);
		const w = stateAt(s, 0);
		for (const id of ['constructor', 'toString', 'valueOf', 'hasOwnProperty']) {
			expect(applyAction(s, w, { do: 'update', id, set: { x: 1 } })).toBe(w);
			expect(applyAction(s, w, { do: 'remove', id })).toBe(w);
			expect(applyAction(s, w, { do: 'add', item: item('b', id) })).toBe(w);
			expect(applyAction(s, w, { do: 'focus', ids: [id] })).toBe(w);
			const added = applyAction(s, w, { do: 'add', item: item(id, 'daemon') });
			expect(Object.keys(added.items)).toEqual(['a', id]);
			expectSameWorld(applyDiff(w, diff(w, added)), added);
			expectSameWorld(applyDiff(added, diff(added, w)), w);
		}
	});
});

describe('clampStep', () => {
	const s = scenarioOf([{ actions: [] }, { actions: [] }, { actions: [] }]);
	it.each([
		[0, 0],
		[2, 2],
		[3, 3],
		[4, 3],
		[1e9, 3],
		[2.9, 2],
		[-0.5, 0],
		[-1, 0],
		[-1e9, 0],
		[Number.NaN, 0],
		[Number.NEGATIVE_INFINITY, 0],
		// +Infinity is past the end, so the last step.
		[Number.POSITIVE_INFINITY, 3]
	])('clampStep(%d) = %d', (n, expected) => {
		expect(Object.is(clampStep(s, n), expected)).toBe(true);
		expectSameWorld(stateAt(s, n), stateAt(s, expected));
	});

	it('stateAt(too large) is the last world', () => {
		const t = scenarioOf([{ actions: [{ do: 'print', lines: ['one'] }] }, { actions: [{ do: 'print', lines: ['two'] }] }]);
		expect(lineTexts(stateAt(t, 99))).toEqual(['one', 'two']);
		expect(lineTexts(stateAt(t, -5))).toEqual([]);
	});
});
