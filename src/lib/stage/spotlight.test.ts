import { describe, expect, it } from 'vitest';
import { DESIGN } from './geometry';
import { actorAt, nextSpotlight, spotlightCamera, spotlightOrder, veilPath } from './spotlight';

describe('spotlight', () => {
	it('centres the actor and enlarges it, at most 1.6×, never shrinking', () => {
		const box = { x: 100, y: 100, w: 400, h: 300 };
		const cam = spotlightCamera(box);
		expect(cam.scale).toBe(1.6);
		expect((box.x + box.w / 2) * cam.scale + cam.x).toBeCloseTo(DESIGN.width / 2);
		expect((box.y + box.h / 2) * cam.scale + cam.y).toBeCloseTo(DESIGN.height / 2);
		expect(spotlightCamera({ x: 0, y: 0, w: DESIGN.width, h: DESIGN.height }).scale).toBe(1);
	});
	it('keeps a tall actor on stage', () => {
		const cam = spotlightCamera({ x: 0, y: 0, w: 300, h: 800 });
		expect(800 * cam.scale).toBeLessThanOrEqual(DESIGN.height);
	});
	it('finds the innermost actor under a point', () => {
		const actors = new Map([
			['host', { x: 0, y: 0, w: 1000, h: 800 }],
			['house', { x: 100, y: 100, w: 300, h: 300 }]
		]);
		expect(actorAt(actors, 150, 150)).toBe('house');
		expect(actorAt(actors, 900, 700)).toBe('host');
		expect(actorAt(actors, 1200, 100)).toBeNull();
	});
	it('cycles through the actors, then off', () => {
		expect(nextSpotlight(['a', 'b'], null)).toBe('a');
		expect(nextSpotlight(['a', 'b'], 'a')).toBe('b');
		expect(nextSpotlight(['a', 'b'], 'b')).toBeNull();
		expect(nextSpotlight(['a', 'b'], 'gone')).toBe('a');
		expect(nextSpotlight([], null)).toBeNull();
	});
	it('draws the veil with a hole around the actor', () => {
		expect(veilPath({ x: 10, y: 20, w: 30, h: 40 }, 5)).toContain('M5,15h40v50h-40Z');
	});
});

describe('spotlightOrder', () => {
	it("puts the step's focus first, then the rest, each in drawing order", () => {
		expect(spotlightOrder(['client', 'daemon', 'registry'], new Set(['registry', 'daemon', 'layer-1']))).toEqual(['daemon', 'registry', 'client']);
		expect(spotlightOrder(['client', 'daemon'], new Set())).toEqual(['client', 'daemon']);
		expect(nextSpotlight(spotlightOrder(['client', 'daemon', 'registry'], new Set(['registry'])), null)).toBe('registry');
	});
});
