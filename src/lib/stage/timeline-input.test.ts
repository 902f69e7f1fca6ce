/** The timeline's input, worked out in Node from the shipped scenarios' worlds and layouts. */
import { describe, expect, it } from 'vitest';
import { diff } from '../engine/diff.ts';
import { framesOf } from '../engine/frames.ts';
import { scenarioFiles, validateFile } from '../scenario/load-dir.ts';
import type { Scenario } from '../scenario/schema.ts';
import { LayoutCache } from './layout-cache.ts';
import { planTransition } from './plan.ts';
import { stageLayers } from './stage-layers.ts';
import { timelineInput } from './timeline-input.ts';

const load = (id: string): Scenario => {
	const result = validateFile(scenarioFiles().find((f) => f.endsWith(`/${id}.json`))!);
	if (!result.ok) throw new Error(id);
	return result.scenario;
};

function inputAt(s: Scenario, lo: number) {
	const frames = framesOf(s);
	const [from, to] = [frames[lo]!.world, frames[lo + 1]!.world];
	const layouts = new LayoutCache(s);
	const d = diff(from, to);
	const plan = planTransition(frames[lo + 1]!.effects, from, to, d);
	return timelineInput({ from, to, d, plan }, stageLayers(from, to, true, layouts), layouts, 'en');
}

describe('timelineInput', () => {
	it('zooms into the container when docker-run-alpine enters its board house, and out again', () => {
		const s = load('docker-run-alpine');
		const frames = framesOf(s);
		const into = frames.findIndex((f, n) => n > 0 && f.world.scene === 'house' && frames[n - 1]!.world.scene === 'flow');
		expect(into).toBeGreaterThan(0);
		const input = inputAt(s, into - 1);
		expect(input.camera).toMatchObject({ outer: 'flow', inner: 'house', entering: true, move: 'zoom', seconds: 1.8 });
		expect(input.oldMessages).toBe(0);
	});

	it('fills a gauge from its old value to its new one when board-house raises memory use', () => {
		const s = load('board-house');
		const frames = framesOf(s);
		const n = frames.findIndex((f, k) => k > 0 && Object.values(f.world.items).some((i) => i.kind === 'gauge' && JSON.stringify(i.props) !== JSON.stringify(frames[k - 1]!.world.items[i.id]?.props) && frames[k - 1]!.world.items[i.id]));
		const input = inputAt(s, n - 1);
		expect(input.fills.length).toBeGreaterThan(0);
		for (const f of input.fills) expect(f.from).not.toBe(f.to);
	});

	it('says when the file panel appears and goes, and scrolls the terminal by rows', () => {
		const s: Scenario = {
			version: 1,
			id: 'f',
			title: 'f',
			summary: 's',
			scene: 'flow',
			actors: [{ id: 'a', kind: 'client', label: 'A' }],
			links: [],
			terminal: { actor: 'a', prompt: '$ ' },
			initial: { items: [] },
			steps: [
				{ id: 'show', caption: 'c', actions: [{ do: 'show-file', title: 'pod.yaml', lines: ['kind: Pod'] }] },
				{ id: 'hide', command: 'kubectl apply -f pod.yaml', caption: 'c', actions: [{ do: 'hide-file' }, { do: 'print', lines: Array.from({ length: 12 }, (_, i) => `line ${i}`) }] }
			]
		};
		expect(inputAt(s, 0).fileShows).toBe(true);
		const hide = inputAt(s, 1);
		expect(hide.fileShows).toBe(false);
		expect(hide.terminalScrolls).toHaveLength(1);
		expect(hide.terminalScrolls[0]!.from === 0).toBe(true);
		expect(hide.terminalScrolls[0]!.to).toBeLessThan(0);
	});

	it("scrolls each terminal by its own lines, in its own box", () => {
		const s: Scenario = {
			version: 1,
			id: 't',
			title: 't',
			summary: 't',
			scene: 'flow',
			actors: [{ id: 'a', kind: 'client', label: 'A' }],
			links: [],
			terminal: { actor: 'a', prompt: '$ ' },
			terminals: [{ id: 'watch', title: 'watch', prompt: '$ ' }],
			initial: { items: [] },
			steps: [{ id: 'w', caption: 'c', actions: [{ do: 'print', terminal: 'watch', lines: Array.from({ length: 12 }, (_, i) => `line ${i}`) }] }]
		};
		const input = inputAt(s, 0);
		expect(input.terminalScrolls.map((t) => t.terminal)).toEqual([undefined, 'watch']);
		// (-0 for no scroll: compared with ===.)
		expect(input.terminalScrolls[0]!.from === 0 && input.terminalScrolls[0]!.to === 0, 'the main terminal does not scroll').toBe(true);
		expect(input.terminalScrolls[1]!.from === 0).toBe(true);
		expect(input.terminalScrolls[1]!.to).toBeLessThan(0);
		expect(input.plan.lines.every((l) => l.terminal === 'watch')).toBe(true);
	});
});
