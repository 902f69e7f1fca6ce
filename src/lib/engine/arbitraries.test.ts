/** Keeps the generators honest: what they call valid, the validator accepts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatError, validateScenarioText } from '../scenario/validate.ts';
import { stateAt } from './state-at.ts';
import { ITEM_IDS, scenarioCase, validScenario } from './arbitraries.ts';
import { ACTION_NAMES } from '../scenario/schema.ts';
import { SCENE_KINDS } from '../stage/scenes/registry.ts';

describe('validScenario', () => {
	it('only generates scenarios the validator accepts', () => {
		fc.assert(
			fc.property(validScenario, (s) => {
				const result = validateScenarioText(JSON.stringify(s, null, 2), 'gen.json', 'gen');
				expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
				// The validator hands back the same scenario it was given (JSON also compares key order).
				if (result.ok) {
					expect(result.scenario).toEqual(s);
					expect(JSON.stringify(result.scenario)).toBe(JSON.stringify(s));
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('stays within the requested sizes', () => {
		fc.assert(
			fc.property(validScenario, (s) => {
				expect(s.actors.length).toBeLessThanOrEqual(4);
				expect(s.steps.length).toBeGreaterThanOrEqual(1);
				expect(s.steps.length).toBeLessThanOrEqual(25);
				for (const step of s.steps) expect(step.actions.length).toBeLessThanOrEqual(6);
			})
		);
	});

	it('exercises every kind of action, removal and re-adding, and nesting', () => {
		const seen = new Set<string>();
		const scenes = new Set<string>();
		fc.assert(
			fc.property(scenarioCase, ({ scenario, itemIds }) => {
				for (const step of scenario.steps) for (const a of step.actions) seen.add(a.do);
				scenes.add(scenario.scene);
				if (scenario.steps.some((st) => st.actions.some((a) => a.do === 'send' && a.together))) seen.add('(together)');
				if ([...scenario.initial.items, ...scenario.steps.flatMap((st) => st.actions.flatMap((a) => (a.do === 'add' ? [a.item] : [])))].some((i) => i.refs))
					seen.add('(refs)');
				const everyId = itemIds.flat();
				if (itemIds.some((ids, n) => n > 0 && itemIds[n - 1]!.some((id) => !ids.includes(id)))) seen.add('(removal)');
				const added = scenario.steps.flatMap((st) => st.actions.flatMap((a) => (a.do === 'add' ? [a.item.id] : [])));
				if (new Set(added).size < added.length) seen.add('(re-add)');
				const items = [...scenario.initial.items, ...scenario.steps.flatMap((st) => st.actions.flatMap((a) => (a.do === 'add' ? [a.item] : [])))];
				if (items.some((i) => (ITEM_IDS as readonly string[]).includes(i.in))) seen.add('(nested)');
				if (everyId.includes('constructor')) seen.add('(prototype name)');
				const toOther = (a: { terminal?: string }) => a.terminal !== undefined;
				if (scenario.steps.some((st) => toOther(st) || st.actions.some((a) => 'terminal' in a && toOther(a)))) seen.add('(other terminal)');
			}),
			{ numRuns: 300 }
		);
		// Every action of the schema, so a new one cannot go untested by the property tests.
		expect([...seen].sort()).toEqual(['(nested)', '(other terminal)', '(prototype name)', '(re-add)', '(refs)', '(removal)', '(together)', ...ACTION_NAMES].sort());
		expect([...scenes].sort(), 'every scene kind').toEqual([...SCENE_KINDS].sort());
	});

	it('tracks the same item ids, in the same order, as the engine', () => {
		fc.assert(
			fc.property(scenarioCase, ({ scenario, itemIds }) => {
				itemIds.forEach((ids, n) => expect(Object.keys(stateAt(scenario, n).items)).toEqual(ids));
			}),
			{ numRuns: 200 }
		);
	});
});
