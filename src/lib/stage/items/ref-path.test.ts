import { describe, expect, it } from 'vitest';
import { refPath } from './ref-path.ts';

describe('refPath', () => {
	it('brackets two items of one column on their right', () => {
		const d = refPath({ x: 10, y: 0, w: 100, h: 30 }, { x: 10, y: 60, w: 100, h: 30 });
		expect(d.startsWith('M104,15C')).toBe(true);
		expect(d.endsWith('104,75')).toBe(true);
	});

	it('joins the facing edges of items side by side, from the referring one', () => {
		expect(refPath({ x: 0, y: 0, w: 50, h: 20 }, { x: 100, y: 0, w: 50, h: 20 })).toBe('M50,10C75,10 75,10 100,10');
		expect(refPath({ x: 100, y: 0, w: 50, h: 20 }, { x: 0, y: 0, w: 50, h: 20 })).toBe('M100,10C75,10 75,10 50,10');
	});
});
