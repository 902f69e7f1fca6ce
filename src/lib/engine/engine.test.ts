/** The engine: stateAt, applyStep, diff — properties on generated scenarios (examples: engine-examples.test.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction, applyStep } from './apply-step.ts';
import { applyDiff, diff, isEmptyDiff } from './diff.ts';
import { actionProblems } from './problems.ts';
import { allStates, stateAt } from './state-at.ts';
import { initialWorld, type World } from './world.ts';
import { looseStep, validScenario } from './arbitraries.ts';
import { expectSameWorld } from './engine-test-kit.ts';

const RUNS = { numRuns: 200 };

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const v of Object.values(value)) deepFreeze(v);
	}
	return value;
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

	it('an empty diff means the same items, lines of every terminal, open streams and file panel, and no messages (all pairs of steps)', () => {
		fc.assert(
			fc.property(validScenario, (s) => {
				const worlds = allStates(s);
				for (const a of worlds)
					for (const b of worlds) {
						const empty = isEmptyDiff(diff(a, b));
						const same =
							JSON.stringify(b.items) === JSON.stringify(a.items) &&
							JSON.stringify(b.terminal.lines) === JSON.stringify(a.terminal.lines) &&
							JSON.stringify(Object.values(b.terminals).map((t) => t.lines)) === JSON.stringify(Object.values(a.terminals).map((t) => t.lines)) &&
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
