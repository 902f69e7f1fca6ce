/** The actions added for the open stage: what each does, what it refuses, the effects it reports. */
import { describe, expect, it } from 'vitest';
import type { Action, Scenario } from '../../scenario/schema.ts';
import { applyActionTraced, applyStep } from '../apply-step.ts';
import { actionProblems } from '../problems.ts';
import { initialWorld, type World } from '../world.ts';

const scenario: Scenario = {
	version: 1,
	id: 't',
	title: 't',
	summary: 's',
	scene: 'flow',
	actors: [
		{ id: 'a', kind: 'client', label: 'A' },
		{ id: 'b', kind: 'daemon', label: 'B' }
	],
	links: [{ id: 'ab', from: 'a', to: 'b' }],
	initial: {
		items: [
			{ id: 'img', kind: 'image', in: 'b', label: 'busybox' },
			{ id: 'box', kind: 'group', in: 'b', label: 'box' },
			{ id: 'inner', kind: 'layer', in: 'box', label: 'inner' },
			{ id: 'ctr', kind: 'container', in: 'b', label: 'c', refs: ['img'] }
		]
	},
	steps: [{ id: 's', caption: 'c', actions: [] }]
};
const w0 = initialWorld(scenario);
const run = (world: World, action: Action) => ({ problems: actionProblems(scenario, world, action), ...applyActionTraced(scenario, world, action) });

describe('move', () => {
	it('changes the holder, keeps the drawing order, reports where from and to', () => {
		const r = run(w0, { do: 'move', id: 'box', to: 'a' });
		expect(r.problems).toEqual([]);
		expect(r.world.items['box']!.in).toBe('a');
		expect(Object.keys(r.world.items)).toEqual(Object.keys(w0.items));
		expect(r.effects).toEqual([{ kind: 'moved', id: 'box', from: 'b', to: 'a' }]);
	});

	it('refuses a move into the item itself or a missing holder, and then changes nothing', () => {
		for (const [action, path] of [
			[{ do: 'move', id: 'box', to: 'inner' }, ['to']],
			[{ do: 'move', id: 'box', to: 'box' }, ['to']],
			[{ do: 'move', id: 'box', to: 'nowhere' }, ['to']],
			[{ do: 'move', id: 'ghost', to: 'a' }, ['id']]
		] as const) {
			const r = run(w0, action);
			expect(r.problems.map((p) => p.path)).toEqual([path]);
			expect(r.world).toBe(w0);
			expect(r.effects).toEqual([]);
		}
	});
});

describe('refs', () => {
	it('an item another refers to cannot be removed, nor what holds it; the referrer can', () => {
		expect(run(w0, { do: 'remove', id: 'img' }).problems[0]!.message).toBe('cannot remove item "img": "ctr" still refers to it (remove that first, or drop it from its refs)');
		const gone = run(w0, { do: 'remove', id: 'ctr' });
		expect(gone.problems).toEqual([]);
		expect(run(gone.world, { do: 'remove', id: 'img' }).problems).toEqual([]);
		expect(run(w0, { do: 'add', item: { id: 'x', kind: 'x', in: 'a', label: 'x', refs: ['ghost'] } }).problems[0]!.path).toEqual(['item', 'refs', 0]);
	});
});

describe('streams', () => {
	it('open-stream holds a stream across steps until close-stream', () => {
		const opened = applyStep(scenario, w0, { id: 'o', caption: 'c', actions: [{ do: 'open-stream', id: 'w', link: 'ab', label: 'GET /watch' }] });
		expect(opened.effects).toEqual([{ kind: 'stream-opened', id: 'w', link: 'ab' }]);
		const later = applyStep(scenario, opened.world, { id: 'n', caption: 'c', actions: [] }).world;
		expect(later.streams).toEqual([{ id: 'w', link: 'ab', label: 'GET /watch', reverse: false }]);
		expect(later.messages).toEqual([]);
		const closed = run(later, { do: 'close-stream', id: 'w' });
		expect(closed.world.streams).toEqual([]);
		expect(closed.effects).toEqual([{ kind: 'stream-closed', id: 'w', link: 'ab' }]);
	});

	it('refuses a second stream with the same id, a stream on no link, and closing one not open', () => {
		const open = run(w0, { do: 'open-stream', id: 'w', link: 'ab', label: 'x' }).world;
		expect(run(open, { do: 'open-stream', id: 'w', link: 'ab', label: 'x' }).problems[0]!.path).toEqual(['id']);
		expect(run(w0, { do: 'open-stream', id: 'v', link: 'zz', label: 'x' }).problems[0]!.path).toEqual(['link']);
		expect(run(w0, { do: 'close-stream', id: 'w' }).problems[0]!.message).toBe('no stream "w" is open at this step (open: none)');
	});
});

describe('show-file / hide-file', () => {
	it('shows a file until it is hidden; hiding none is refused', () => {
		const shown = run(w0, { do: 'show-file', title: 'a.yaml', lines: ['kind: Pod'] });
		expect(shown.world.file).toEqual({ title: 'a.yaml', lines: ['kind: Pod'] });
		expect(shown.effects).toEqual([{ kind: 'file-shown', title: 'a.yaml' }]);
		expect(run(shown.world, { do: 'hide-file' }).world.file).toBeNull();
		expect(run(w0, { do: 'hide-file' }).problems).toHaveLength(1);
	});
});

describe('send together, and the trace of a step', () => {
	it('reports every action in order, with the typed command first', () => {
		const { effects } = applyStep(scenario, w0, {
			id: 's',
			command: 'docker ps',
			caption: 'c',
			actions: [
				{ do: 'send', link: 'ab', label: 'one' },
				{ do: 'send', link: 'ab', label: 'two', together: true },
				{ do: 'print', lines: ['x', 'y'] },
				{ do: 'remove', id: 'box' },
				{ do: 'focus', ids: ['a'] }
			]
		});
		expect(effects).toEqual([
			{ kind: 'typed', line: 0, command: 'docker ps' },
			{ kind: 'sent', index: 0, link: 'ab', together: false },
			{ kind: 'sent', index: 1, link: 'ab', together: true },
			{ kind: 'printed', first: 1, count: 2 },
			{ kind: 'removed', ids: ['box', 'inner'] },
			{ kind: 'focused', ids: ['a'] }
		]);
	});
});

describe('what a held-out author asked for', () => {
	it('update can change an item\'s refs, and names a missing one', () => {
		const r = run(w0, { do: 'update', id: 'ctr', refs: [] });
		expect(r.world.items['ctr']!.refs).toBeUndefined();
		expect(run(r.world, { do: 'remove', id: 'img' }).problems).toEqual([]);
		expect(run(w0, { do: 'update', id: 'ctr', refs: ['box', 'ghost'] }).problems).toEqual([{ path: ['refs', 1], message: 'refers to "ghost", which is not an item that exists at this step' }]);
	});

	it('a send marked together needs a send before it in the step', () => {
		expect(run(w0, { do: 'send', link: 'ab', label: 'x', together: true }).problems.map((p) => p.path)).toEqual([['together']]);
	});

	it('says "refer" when several items still refer to what would be removed', () => {
		const two = run(w0, { do: 'add', item: { id: 'ctr2', kind: 'container', in: 'b', label: 'c2', refs: ['img'] } }).world;
		expect(run(two, { do: 'remove', id: 'img' }).problems[0]!.message).toBe(
			'cannot remove item "img": "ctr", "ctr2" still refer to it (remove them first, or drop it from their refs)'
		);
	});

	it('streams can be open from the start (initial.streams)', () => {
		const watched: Scenario = { ...scenario, initial: { ...scenario.initial, streams: [{ id: 'w', link: 'ab', label: 'GET /watch' }] } };
		expect(initialWorld(watched).streams).toEqual([{ id: 'w', link: 'ab', label: 'GET /watch', reverse: false }]);
		expect(actionProblems(watched, initialWorld(watched), { do: 'close-stream', id: 'w' })).toEqual([]);
	});
});
