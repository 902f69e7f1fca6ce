import { afterEach, describe, expect, it } from 'vitest';
import { joinSync, parseSyncMessage, type SyncLink, type SyncState } from './sync';

const links: SyncLink[] = [];
afterEach(() => links.splice(0).forEach((l) => l.close()));

function window(id: string, start: SyncState) {
	const seen: SyncState[] = [];
	let state = start;
	const link = joinSync(id, (s) => { state = s; seen.push(s); }, () => state);
	links.push(link);
	return {
		seen,
		get state() { return state; },
		move(s: SyncState) { state = s; link.publish(s); }
	};
}
const settle = () => new Promise((r) => setTimeout(r, 30));

describe('sync messages', () => {
	it('accepts only version-1 messages of the right shape', () => {
		expect(parseSyncMessage({ v: 1, kind: 'hello' })).toEqual({ v: 1, kind: 'hello' });
		const stamp = { seq: 4, from: 'w1' };
		expect(parseSyncMessage({ v: 1, kind: 'state', index: 3, blackout: false, ...stamp })).toEqual({ v: 1, kind: 'state', index: 3, blackout: false, ...stamp });
		for (const bad of [
			null,
			'x',
			3,
			{},
			{ v: 2, kind: 'hello' },
			{ v: 1, kind: 'state', index: -1, blackout: false, ...stamp },
			{ v: 1, kind: 'state', index: 1.5, blackout: false, ...stamp },
			{ v: 1, kind: 'state', index: '2', blackout: false, ...stamp },
			{ v: 1, kind: 'state', index: 2, ...stamp },
			{ v: 1, kind: 'state', index: 2, blackout: false },
			{ v: 1, kind: 'state', index: 2, blackout: false, seq: -1, from: 'w' },
			{ v: 1, kind: 'state', index: 2, blackout: false, seq: 1, from: '' },
			{ v: 1, kind: 'goto' }
		])
			expect(parseSyncMessage(bad)).toBeNull();
	});
});

describe('joinSync', () => {
	it('moves the other window, both ways, without echoing forever', async () => {
		const audience = window('s1', { index: 2, blackout: false });
		await settle();
		const presenter = window('s1', { index: 0, blackout: false });
		await settle();
		// The newcomer said hello and took the audience's step.
		expect(presenter.state).toEqual({ index: 2, blackout: false });
		presenter.move({ index: 3, blackout: false });
		await settle();
		expect(audience.state).toEqual({ index: 3, blackout: false });
		audience.move({ index: 3, blackout: true });
		await settle();
		expect(presenter.state).toEqual({ index: 3, blackout: true });
		const heard = presenter.seen.length + audience.seen.length;
		await settle();
		expect(presenter.seen.length + audience.seen.length).toBe(heard);
	});
	it('two windows moved at the same moment end on the same step, whichever way they went', async () => {
		for (let run = 0; run < 8; run++) {
			const player = window(`race-${run}`, { index: 2, blackout: false });
			await settle();
			const speaker = window(`race-${run}`, { index: 0, blackout: false });
			await settle();
			expect(speaker.state.index).toBe(2);
			// → in the player and ← in the speaker view, before either hears the other.
			player.move({ index: 3, blackout: false });
			speaker.move({ index: 1, blackout: false });
			await settle();
			expect(player.state, `run ${run}`).toEqual(speaker.state);
			expect([1, 3]).toContain(player.state.index);
		}
	});
	it('two windows opened together agree on one of their steps', async () => {
		for (let run = 0; run < 6; run++) {
			const a = window(`open-${run}`, { index: 4, blackout: false });
			const b = window(`open-${run}`, { index: 7, blackout: false });
			await settle();
			expect(a.state, `run ${run}`).toEqual(b.state);
		}
	});
	it('keeps scenarios apart', async () => {
		const a = window('one', { index: 1, blackout: false });
		const b = window('two', { index: 5, blackout: false });
		await settle();
		a.move({ index: 4, blackout: false });
		await settle();
		expect(b.state.index).toBe(5);
	});
});
