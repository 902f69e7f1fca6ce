import { describe, expect, it } from 'vitest';
import type { World } from '../engine/world.ts';
import type { ItemBox, SceneLayout } from './geometry.ts';
import { DrawnItems } from './drawn-items.ts';
import type { Layer } from './stage-layers.ts';

const box = (id: string, x = 0): ItemBox => ({ id, x, y: 0, w: 10, h: 10, depth: 0, hasChildren: false });
const world = (ids: string[]): World => ({
	scene: 'flow',
	items: Object.fromEntries(ids.map((id) => [id, { id, kind: 'x', in: 'a', label: id }])),
	terminal: { prompt: '$ ', lines: [] },
	terminals: {},
	messages: [],
	streams: [],
	file: null,
	focus: []
});
const layout = (boxes: ItemBox[]): SceneLayout => ({ actors: new Map(), items: new Map(boxes.map((b) => [b.id, b])), links: new Map(), terminal: box('t') });

describe('DrawnItems', () => {
	it('hands out the same entry while item and box are the same objects, a new one when either changes', () => {
		const drawn = new DrawnItems();
		const w = world(['a', 'b']);
		const boxes = [box('a'), box('b')];
		const first = drawn.of({ scene: 'flow', world: w, layout: layout(boxes) });
		const again = drawn.of({ scene: 'flow', world: w, layout: layout(boxes) });
		expect(again[0]).toBe(first[0]);
		const moved = drawn.of({ scene: 'flow', world: w, layout: layout([box('a', 5), boxes[1]!]) });
		expect(moved[0]).not.toBe(first[0]);
		expect(moved[1]).toBe(first[1]);
	});

	it('draws the items leaving during a transition after the ones that stay', () => {
		const drawn = new DrawnItems();
		const before = world(['a', 'gone']);
		const after = world(['a']);
		const layer: Layer = { scene: 'flow', world: after, layout: layout([box('a')]), from: { world: before, layout: layout([box('a'), box('gone')]) } };
		expect(drawn.of(layer).map((d) => d.item.id)).toEqual(['a', 'gone']);
	});
});
