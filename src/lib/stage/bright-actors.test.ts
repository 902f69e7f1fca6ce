import { describe, expect, it } from 'vitest';
import type { World } from '../engine/world.ts';
import { brightActors } from './stage-layers.ts';

const links = [
	{ id: 'api', from: 'client', to: 'daemon' },
	{ id: 'hub', from: 'daemon', to: 'registry' }
];

describe('brightActors', () => {
	const world: World = {
		scene: 'flow',
		items: { images: { id: 'images', kind: 'group', in: 'daemon', label: 'Images' }, img: { id: 'img', kind: 'image', in: 'images', label: 'busybox' } },
		terminal: { prompt: '$ ', lines: [] },
		terminals: {},
		messages: [],
		streams: [],
		file: null,
		focus: ['img']
	};

	it('lights what holds the focus, up to its actor', () => {
		expect([...brightActors(world, links)].sort()).toEqual(['daemon', 'images', 'img']);
	});

	it("lights both ends of the step's messages: cause and effect", () => {
		const sending = { ...world, messages: [{ link: 'hub', label: 'GET /v2/…', reverse: true }] };
		expect(brightActors(sending, links).has('registry')).toBe(true);
		expect(brightActors(sending, links).has('client')).toBe(false);
	});

	it('lights nothing when the step has no focus (then nothing dims)', () => {
		expect(brightActors({ ...world, focus: [], messages: [{ link: 'api', label: 'x', reverse: false }] }, links).size).toBe(0);
	});
});
