/** The plan: the engine's effects become beats, in order, without re-running any action. */
import { describe, expect, it } from 'vitest';
import type { Scenario, Step } from '../scenario/schema.ts';
import { applyStep } from '../engine/apply-step.ts';
import { diff } from '../engine/diff.ts';
import { initialWorld } from '../engine/world.ts';
import { planTransition, TIMING } from './plan.ts';

const scenario: Scenario = {
	version: 1,
	id: 't',
	title: 't',
	summary: 's',
	scene: 'flow',
	actors: [
		{ id: 'a', kind: 'client', label: 'A' },
		{ id: 'b', kind: 'daemon', label: 'B' },
		{ id: 'c', kind: 'registry', label: 'C' }
	],
	links: [
		{ id: 'ab', from: 'a', to: 'b' },
		{ id: 'bc', from: 'b', to: 'c' }
	],
	initial: { items: [{ id: 'x', kind: 'image', in: 'b', label: 'x' }] },
	steps: [{ id: 's', caption: 'c', actions: [] }]
};

function plan(step: Omit<Step, 'id' | 'caption'>, drawn = (_: string) => true) {
	const before = initialWorld(scenario);
	const { world, effects } = applyStep(scenario, before, { id: 's', caption: 'c', ...step });
	return planTransition(effects, before, world, diff(before, world), { drawsLink: drawn });
}

describe('planTransition', () => {
	it('types the command first, then plays the actions one after another', () => {
		const p = plan({ command: 'docker pull', actions: [{ do: 'send', link: 'ab', label: 'POST' }, { do: 'print', lines: ['done'] }] });
		expect(p.typing).toMatchObject({ at: 0, line: 0 });
		expect(p.messages[0]!.at).toBeCloseTo(p.typing!.duration);
		expect(p.lines[0]!.at).toBeCloseTo(p.typing!.duration + TIMING.message);
		expect(p.lines[0]!.line).toBe(1);
	});

	it('flies a send marked together at the same moment as the one before it', () => {
		const p = plan({ actions: [{ do: 'send', link: 'ab', label: 'one' }, { do: 'send', link: 'bc', label: 'two', together: true }, { do: 'send', link: 'ab', label: 'three' }] });
		expect(p.messages.map((m) => [m.index, m.at])).toEqual([
			[0, 0],
			[1, 0],
			[2, TIMING.message]
		]);
	});

	it('gives a message along a link the scene does not draw no time', () => {
		const p = plan({ actions: [{ do: 'send', link: 'bc', label: 'hidden' }, { do: 'send', link: 'ab', label: 'seen' }] }, (id) => id === 'ab');
		expect(p.messages).toEqual([{ at: 0, duration: TIMING.message, index: 1 }]);
	});

	it('slides items at the first structural change: a move waits for what came before it', () => {
		const p = plan({ actions: [{ do: 'send', link: 'ab', label: 'go' }, { do: 'move', id: 'x', to: 'c' }, { do: 'print', lines: ['moved'] }] });
		expect(p.moves.at).toBeCloseTo(TIMING.message);
		expect(p.lines[0]!.at).toBeCloseTo(TIMING.message + TIMING.move);
	});

	it('draws streams in and out, and the file panel, each on its own beat', () => {
		const p = plan({ actions: [{ do: 'open-stream', id: 'w', link: 'ab', label: 'watch' }, { do: 'show-file', title: 'f', lines: ['a'] }] });
		expect(p.streams).toEqual([{ at: 0, duration: TIMING.stream, id: 'w', open: true }]);
		expect(p.file).toEqual({ at: TIMING.stream * 0.7, duration: TIMING.file });
	});

	it('lets an item and everything inside it leave together', () => {
		const p = plan({ actions: [{ do: 'add', item: { id: 'y', kind: 'layer', in: 'x', label: 'y' } }] });
		expect(p.enters.map((e) => e.id)).toEqual(['y']);
		const gone = plan({ actions: [{ do: 'remove', id: 'x' }] });
		expect(gone.leaves.map((l) => l.id)).toEqual(['x']);
	});
});
