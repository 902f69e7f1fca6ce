import { describe, expect, it } from 'vitest';
import { allStates } from '../engine/state-at';
import { shippedScenarios } from '../scenario/load-dir';
import type { Scenario } from '../scenario/schema';
import { LayoutCache } from './layout-cache';
import { layoutScene } from './scenes/registry';

const shipped: Scenario[] = shippedScenarios();

describe.each(shipped.map((s) => [s.id, s] as const))('layout cache of %s', (_, scenario) => {
	const worlds = allStates(scenario);

	it('gives the same layout as layoutScene at every step, and the same object for the same world', () => {
		const cache = new LayoutCache(scenario);
		for (const world of worlds) {
			const layout = cache.get(world);
			expect(layout).toEqual(layoutScene(scenario, world));
			expect(cache.get(world)).toBe(layout);
		}
	});

	it('keeps a box that did not change the same object from one step to the next, and only those', () => {
		const cache = new LayoutCache(scenario);
		let kept = 0;
		for (let n = 1; n < worlds.length; n++) {
			const before = cache.get(worlds[n - 1]!);
			const after = cache.get(worlds[n]!);
			if (before === after) continue;
			for (const [id, box] of after.items) {
				const old = before.items.get(id);
				if (!old) continue;
				expect(box === old).toBe(JSON.stringify(box) === JSON.stringify(old));
				if (box === old) kept++;
			}
			expect(after.terminal === before.terminal).toBe(JSON.stringify(after.terminal) === JSON.stringify(before.terminal));
		}
		if (worlds.some((w) => Object.keys(w.items).length > 0)) expect(kept).toBeGreaterThan(0);
	});
});
