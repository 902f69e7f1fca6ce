import { describe, expect, it } from 'vitest';
import { TransitionController, type Motion, type Pair, type TransitionHost } from './transition.ts';

/** A host that records what the machine asks of it; motions finish when told to. */
function host(options: { animate?: boolean } = {}) {
	const log: string[] = [];
	const motions: { pair: Pair<string>; done?: () => void; forward?: boolean; finished?: boolean; speed?: number }[] = [];
	const h: TransitionHost<string> = {
		changed: () => log.push('changed'),
		prepare: (lo) => `plan ${lo}→${lo + 1}`,
		canAnimate: () => options.animate ?? true,
		load: async () => {},
		drawn: async () => {},
		build(pair): Motion {
			const record: (typeof motions)[number] = { pair };
			motions.push(record);
			return {
				play: (forward, done) => Object.assign(record, { forward, done }),
				finish: () => (record.finished = true),
				timeScale: (speed) => (record.speed = speed),
				kill: () => (record.finished = true)
			};
		},
		settled: (n) => log.push(`settled ${n}`)
	};
	return { h, log, motions };
}

describe('TransitionController', () => {
	it('plays a step of one forward, and settles on it when the motion completes', async () => {
		const { h, log, motions } = host();
		const c = new TransitionController(2, h);
		await c.go(3);
		expect(c.pair).toMatchObject({ lo: 2, hi: 3, target: 3, prepared: 'plan 2→3' });
		expect(motions[0]!.forward).toBe(true);
		expect(c.shown).toBe(2);
		motions[0]!.done!();
		expect(c.pair).toBeNull();
		expect(c.shown).toBe(3);
		expect(log.at(-1)).toBe('settled 3');
	});

	it('plays the same transition backwards when going back', async () => {
		const { h, motions } = host();
		const c = new TransitionController(3, h);
		await c.go(2);
		expect(c.pair).toMatchObject({ lo: 2, hi: 3, target: 2, prepared: 'plan 2→3' });
		expect(motions[0]!.forward).toBe(false);
	});

	it('snaps a jump, and snaps every step when it may not animate', async () => {
		const jump = host();
		const c = new TransitionController(0, jump.h);
		await c.go(5);
		expect(c.shown).toBe(5);
		expect(jump.motions).toHaveLength(0);
		expect(jump.log).toEqual(['changed', 'settled 5']);

		const still = host({ animate: false });
		const s = new TransitionController(0, still.h);
		await s.go(1);
		expect(s.shown).toBe(1);
		expect(still.motions).toHaveLength(0);
	});

	it('finishes the running transition before the next one starts (no pile-up)', async () => {
		const { h, motions } = host();
		const c = new TransitionController(0, h);
		await c.go(1);
		await c.go(2);
		expect(motions[0]!.finished).toBe(true);
		expect(c.shown).toBe(1);
		expect(c.pair).toMatchObject({ lo: 1, hi: 2 });
		// The first motion's late completion changes nothing.
		motions[0]!.done!();
		expect(c.pair).toMatchObject({ lo: 1, hi: 2 });
	});

	it('lets an older call that is still loading give way to a newer one', async () => {
		const { h, motions } = host();
		let release!: () => void;
		h.load = () => new Promise<void>((r) => (release = r));
		const c = new TransitionController(0, h);
		const first = c.go(1);
		h.load = async () => {};
		await c.go(4);
		release();
		await first;
		expect(c.shown).toBe(4);
		expect(motions).toHaveLength(0);
	});

	it('applies the speed to the running motion and to the next', async () => {
		const { h, motions } = host();
		const c = new TransitionController(0, h);
		c.speed(2);
		await c.go(1);
		expect(motions[0]!.speed).toBe(2);
		c.speed(0.5);
		expect(motions[0]!.speed).toBe(0.5);
	});
});
