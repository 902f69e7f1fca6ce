/** What the scene kinds need of a scenario, reported by the validator with positions. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from './schema.ts';
import { validateScenarioText } from './validate.ts';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../scenarios/${name}.json`, import.meta.url), 'utf8')) as Scenario;

function errors(s: Scenario) {
	const text = JSON.stringify(s, null, '\t');
	const result = validateScenarioText(text, 'x.json');
	if (result.ok) throw new Error('expected errors');
	return { text, errors: result.errors.map((e) => ({ pointer: e.pointer, message: e.message, line: e.line, column: e.column })) };
}

describe('scene problems', () => {
	it('the house draws one board house: a second house actor is an error at its kind, with line and column', () => {
		const s = read('board-house');
		const i = s.actors.findIndex((a) => a.kind === 'host');
		s.actors[i] = { ...s.actors[i]!, kind: 'house' };
		const { text, errors: found } = errors(s);
		const first = s.actors.find((a) => a.kind === 'house')!.id;
		const second = s.actors.filter((a) => a.kind === 'house')[1]!.id;
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({
			pointer: `/actors/${s.actors.findIndex((a) => a.id === second)}/kind`,
			message: `the house scene has room for one "house" actor; "${first}" is already one, so "${second}" would not be drawn`
		});
		const line = text.slice(0, text.indexOf(`"id": "${second}"`)).split('\n').length;
		expect(found[0]!.line).toBeGreaterThanOrEqual(line);
	});

	it('a house scene without a house actor says what to add', () => {
		const s = read('board-house');
		for (const a of s.actors) if (a.kind === 'house') a.kind = 'box';
		const found = errors(s).errors;
		expect(found.some((e) => e.pointer === '/actors' && e.message.includes('give one of its actors "kind": "house"'))).toBe(true);
	});

	it('a second floor in the board house is an error at the action that adds it', () => {
		const s = read('board-house');
		const floor = [...s.initial.items, ...s.steps.flatMap((st) => st.actions.flatMap((a) => (a.do === 'add' ? [a.item] : [])))].find((i) => i.kind === 'floor')!;
		const n = s.steps.findIndex((st) => st.actions.some((a) => a.do === 'add' && a.item.id === floor.id));
		s.steps[n]!.actions.push({ do: 'add', item: { ...floor, id: 'floor-2' } });
		const found = errors(s).errors;
		expect(found).toEqual([
			expect.objectContaining({
				pointer: `/steps/${n}/actions/${s.steps[n]!.actions.length - 1}`,
				message: `the board house already has a floor, "${floor.id}": remove it first (a house has one floor)`
			})
		]);
	});
});

describe('initial streams', () => {
	it('name a link that exists, each id once', () => {
		const s = read('docker-pull');
		s.initial.streams = [
			{ id: 'w', link: 'nope', label: 'GET /watch' },
			{ id: 'w', link: s.links[0]!.id, label: 'GET /watch' }
		];
		expect(errors(s).errors.map((e) => [e.pointer, e.message])).toEqual([
			['/initial/streams/0/link', `no link "nope" (links: ${s.links.map((l) => l.id).join(', ')})`],
			['/initial/streams/1/id', 'duplicate stream id "w"']
		]);
	});
});
