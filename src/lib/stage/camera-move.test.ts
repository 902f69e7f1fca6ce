/** The camera's move between scenes: the inner scene's module decides it; back out is the same move. */
import { describe, expect, it } from 'vitest';
import { framesOf } from '../engine/frames.ts';
import { scenarioFiles, validateFile } from '../scenario/load-dir.ts';
import type { Scenario } from '../scenario/schema.ts';
import { cameraMove } from './camera-move.ts';
import { LayoutCache } from './layout-cache.ts';
import { planTransition } from './plan.ts';
import { diff } from './../engine/diff.ts';
import { SCENES } from './scenes/registry.ts';

const load = (id: string): Scenario => {
	const result = validateFile(scenarioFiles().find((f) => f.endsWith(`/${id}.json`))!);
	if (!result.ok) throw new Error(id);
	return result.scenario;
};

/** A flow scenario with a container that steps into `inner` (through the container, or with no item). */
function into(inner: 'house' | 'cluster', zoom: boolean): Scenario {
	return {
		version: 1,
		id: 'cam',
		title: 't',
		summary: 't',
		scene: 'flow',
		actors: [
			{ id: 'daemon', kind: 'daemon', label: 'daemon' },
			{ id: 'house', kind: 'house', label: 'house', scene: 'house' },
			{ id: 'apiserver', kind: 'apiserver', label: 'api', scene: 'cluster' }
		],
		links: [],
		initial: { items: [{ id: 'ctr', kind: 'container', in: 'daemon', label: 'ctr' }] },
		steps: [
			{ id: 'in', caption: 'c', actions: [{ do: 'scene', scene: inner, ...(zoom ? { zoom: 'ctr' } : {}) }] },
			{ id: 'out', caption: 'c', actions: [{ do: 'scene', scene: 'flow', ...(zoom ? { zoom: 'ctr' } : {}) }] }
		]
	};
}

const moveAt = (s: Scenario, lo: number) => {
	const frames = framesOf(s);
	return cameraMove(frames[lo]!.world, frames[lo + 1]!.world, new LayoutCache(s));
};

describe('cameraMove', () => {
	it('none within one scene', () => {
		expect(moveAt(load('docker-pull'), 0)).toBeUndefined();
	});

	it('docker-run-alpine flies through the container into its house, and back out the same way', () => {
		const s = load('docker-run-alpine');
		const frames = framesOf(s);
		const inAt = frames.findIndex((f, n) => n > 0 && f.world.scene === 'house' && frames[n - 1]!.world.scene === 'flow');
		const outAt = frames.findIndex((f, n) => n > inAt && f.world.scene === 'flow');
		expect(moveAt(s, inAt - 1)).toMatchObject({ outer: 'flow', inner: 'house', entering: true, move: 'zoom', seconds: SCENES.house.camera!.seconds });
		expect(moveAt(s, inAt - 1)!.box).toBeDefined();
		expect(moveAt(s, outAt - 1)).toMatchObject({ outer: 'flow', inner: 'house', entering: false, move: 'zoom' });
	});

	it('with no item to fly through, the pictures cross-fade', () => {
		expect(moveAt(into('house', false), 0)).toEqual({ outer: 'flow', inner: 'house', entering: true, move: 'fade', seconds: 1.8 });
		expect(moveAt(into('house', false), 1)).toMatchObject({ outer: 'house', inner: 'flow', entering: true, move: 'fade' });
	});

	it("the inner scene's module decides: the cluster cross-fades even through an item", () => {
		expect(SCENES.cluster.camera).toEqual({ move: 'fade', seconds: 0.9 });
		expect(moveAt(into('cluster', true), 0)).toEqual({ outer: 'flow', inner: 'cluster', entering: true, move: 'fade', seconds: 0.9 });
		expect(moveAt(into('house', true), 0)).toMatchObject({ move: 'zoom', entering: true });
		expect(moveAt(into('house', true), 1)).toMatchObject({ move: 'zoom', entering: false, inner: 'house' });
	});

	it("the plan gives the change of scene the move's seconds", () => {
		const s = into('cluster', true);
		const frames = framesOf(s);
		const [from, to] = [frames[0]!.world, frames[1]!.world];
		const plan = planTransition(frames[1]!.effects, from, to, diff(from, to), { drawsLink: () => true, cameraSeconds: moveAt(s, 0)!.seconds });
		expect(plan.zoom).toEqual({ at: 0, duration: 0.9 });
	});
});
