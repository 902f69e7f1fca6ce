/** The engine: stateAt, applyStep, diff. Property tests on generated scenarios, then examples. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scenario, type Action, type Item, type Step } from '../scenario/schema.ts';
import { applyAction, applyStep } from './apply-step.ts';
import { applyDiff, diff, isEmptyDiff } from './diff.ts';
import { actionProblems } from './problems.ts';
import { allStates, clampStep, stateAt } from './state-at.ts';
import { initialWorld, type World } from './world.ts';
import { looseStep, validScenario } from './arbitraries.ts';

const RUNS = { numRuns: 200 };

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const v of Object.values(value)) deepFreeze(v);
	}
	return value;
}

/** Deep equality, and the same key order everywhere (items are drawn in key order). */
function expectSameWorld(actual: World, expected: World): void {
	expect(actual).toEqual(expected);
	expect(Object.keys(actual.items)).toEqual(Object.keys(expected.items));
	expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}

/** A scenario with a step count n in 0 … steps.length. */
const scenarioAndStep = fc.tuple(validScenario, fc.nat()).map(([s, k]) => ({ s, n: k % (s.steps.length + 1) }));
const scenarioAndTwoSteps = fc
	.tuple(validScenario, fc.nat(), fc.nat())
	.map(([s, i, j]) => ({ s, i: i % (s.steps.length + 1), j: j % (s.steps.length + 1) }));

describe('stateAt (properties)', () => {
	it('equals folding applyStep over the first n steps, and allStates(s)[n]', () => {
		fc.assert(
			fc.property(validScenario, (s) => {
				const all = allStates(s);
				expect(all).toHaveLength(s.steps.length + 1);
				let folded = initialWorld(s);
				for (let n = 0; n <= s.steps.length; n++) {
					if (n > 0) folded = applyStep(s, folded, s.steps[n - 1]!).world;
					expectSameWorld(stateAt(s, n), folded);
					expectSameWorld(all[n]!, folded);
				}
			}),
			RUNS
		);
	});

	it('is a pure function of (scenario, n): seeking back gives the same world, the scenario is not touched', () => {
		fc.assert(
			fc.property(scenarioAndTwoSteps, ({ s, i, j }) => {
				const [n, m] = i <= j ? [i, j] : [j, i];
				const reference = structuredClone(s);
				const direct = stateAt(reference, n);
				deepFreeze(s); // any write to the scenario now throws (test files are ES modules: strict mode)
				stateAt(s, m);
				allStates(s);
				expectSameWorld(stateAt(s, n), direct);
				expect(s).toEqual(reference);
			}),
			RUNS
		);
	});

	it('shares no mutable state between calls: scribbling on one result does not change the next', () => {
		fc.assert(
			fc.property(scenarioAndStep, ({ s: generated, n }) => {
				// A copy: if the scribbles reach the scenario, they must not reach fast-check's values too.
				const s = structuredClone(generated);
				const expected = stateAt(structuredClone(s), n);
				const first = stateAt(s, n);
				first.terminal.lines.push({ kind: 'output', text: 'scribble' });
				first.terminal.prompt = 'scribble';
				first.messages.push({ link: 'scribble', label: 'scribble', reverse: true });
				first.focus.push('scribble');
				for (const id of Object.keys(first.items)) delete first.items[id];
				first.items['scribble'] = { id: 'scribble', kind: 'x', in: 'nowhere', label: 'scribble' };
				expectSameWorld(stateAt(s, n), expected);
				expectSameWorld(allStates(s)[n]!, expected);
			}),
			RUNS
		);
	});

	it('keeps every item under its own id, inside an actor or an item that exists', () => {
		fc.assert(
			fc.property(scenarioAndStep, ({ s, n }) => {
				const world = stateAt(s, n);
				const actors = new Set(s.actors.map((a) => a.id));
				for (const [id, item] of Object.entries(world.items)) {
					expect(item.id).toBe(id);
					expect(actors.has(item.in) || Object.hasOwn(world.items, item.in)).toBe(true);
				}
			}),
			RUNS
		);
	});
});

describe('diff (properties)', () => {
	it('applyDiff(a, diff(a, b)) equals b, key order included, for any two steps (backwards too)', () => {
		fc.assert(
			fc.property(scenarioAndTwoSteps, ({ s, i, j }) => {
				const a = deepFreeze(stateAt(s, i));
				const b = deepFreeze(stateAt(s, j));
				expectSameWorld(applyDiff(a, diff(a, b)), b);
			}),
			RUNS
		);
	});

	it('applyDiff(a, diff(a, b)) equals b for worlds of two different scenarios', () => {
		fc.assert(
			fc.property(scenarioAndStep, scenarioAndStep, (x, y) => {
				const a = deepFreeze(stateAt(x.s, x.n));
				const b = deepFreeze(stateAt(y.s, y.n));
				expectSameWorld(applyDiff(a, diff(a, b)), b);
			}),
			RUNS
		);
	});

	it('sorts items into entered, left and changed correctly', () => {
		fc.assert(
			fc.property(scenarioAndTwoSteps, ({ s, i, j }) => {
				const a = stateAt(s, i);
				const b = stateAt(s, j);
				const d = diff(a, b);
				const aIds = Object.keys(a.items);
				const bIds = Object.keys(b.items);
				expect(d.entered.map((x) => x.id)).toEqual(bIds.filter((id) => !aIds.includes(id)));
				expect(d.left.map((x) => x.id)).toEqual(aIds.filter((id) => !bIds.includes(id)));
				for (const { before, after } of d.changed) {
					expect(before).toBe(a.items[before.id]);
					expect(after).toBe(b.items[after.id]);
					expect(before).not.toEqual(after);
				}
				// Every item in both worlds that differs is reported as changed.
				const changedIds = d.changed.map((c) => c.after.id);
				for (const id of aIds.filter((x) => bIds.includes(x)))
					expect(changedIds.includes(id)).toBe(JSON.stringify(a.items[id]) !== JSON.stringify(b.items[id]));
				expect(d.terminal.kept + d.terminal.erased.length).toBe(a.terminal.lines.length);
				expect(d.terminal.kept + d.terminal.printed.length).toBe(b.terminal.lines.length);
			}),
			RUNS
		);
	});

	it('diff(a, a) is empty exactly when a carries no messages (isEmptyDiff ignores focus and prompt)', () => {
		fc.assert(
			fc.property(scenarioAndStep, ({ s, n }) => {
				const a = stateAt(s, n);
				for (const d of [diff(a, a), diff(a, structuredClone(a))]) {
					expect(d.entered).toEqual([]);
					expect(d.left).toEqual([]);
					expect(d.changed).toEqual([]);
					expect(d.order).toBeUndefined();
					expect(d.terminal.kept).toBe(a.terminal.lines.length);
					expect(d.terminal.erased).toEqual([]);
					expect(d.terminal.printed).toEqual([]);
					expect(isEmptyDiff(d)).toBe(a.messages.length === 0);
				}
			}),
			RUNS
		);
	});

	it('an empty diff means the same items, lines, open streams and file panel, and no messages (all pairs of steps)', () => {
		fc.assert(
			fc.property(validScenario, (s) => {
				const worlds = allStates(s);
				for (const a of worlds)
					for (const b of worlds) {
						const empty = isEmptyDiff(diff(a, b));
						const same =
							JSON.stringify(b.items) === JSON.stringify(a.items) &&
							JSON.stringify(b.terminal.lines) === JSON.stringify(a.terminal.lines) &&
							JSON.stringify(b.streams.map((st) => st.id)) === JSON.stringify(a.streams.map((st) => st.id)) &&
							JSON.stringify(b.file) === JSON.stringify(a.file);
						expect(empty).toBe(same && b.messages.length === 0);
					}
			}),
			RUNS
		);
	});
});

describe('applyStep with arbitrary (also impossible) actions', () => {
	it('never throws, never mutates, skips impossible actions and keeps the world consistent', () => {
		fc.assert(
			fc.property(scenarioAndStep, fc.array(looseStep, { maxLength: 4 }), ({ s, n }, steps) => {
				deepFreeze(s);
				deepFreeze(steps);
				const actors = new Set(s.actors.map((a) => a.id));
				const links = new Set(s.links.map((l) => l.id));
				let world = deepFreeze(stateAt(s, n));
				for (const step of steps) {
					let before: World = { ...world, messages: [], focus: [] };
					for (const action of step.actions) {
						const after = applyAction(s, before, action);
						if (actionProblems(s, before, action).length > 0) expect(after).toBe(before);
						before = after;
					}
					world = deepFreeze(applyStep(s, world, step).world);
					for (const [id, item] of Object.entries(world.items)) {
						expect(item.id).toBe(id);
						expect(actors.has(item.in) || Object.hasOwn(world.items, item.in)).toBe(true);
					}
					for (const m of world.messages) expect(links.has(m.link)).toBe(true);
					for (const id of world.focus) expect(actors.has(id) || Object.hasOwn(world.items, id)).toBe(true);
				}
			}),
			RUNS
		);
	});
});

// ---------------------------------------------------------------------------------------
// Examples

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
