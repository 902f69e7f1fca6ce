import { expect, it } from 'vitest';
import { formatElapsed } from './elapsed';

it('reads as m:ss, then h:mm:ss', () => {
	expect(formatElapsed(0)).toBe('0:00');
	expect(formatElapsed(59_999)).toBe('0:59');
	expect(formatElapsed(61_000)).toBe('1:01');
	expect(formatElapsed(3_600_000 + 5 * 60_000 + 7_000)).toBe('1:05:07');
	expect(formatElapsed(-5)).toBe('0:00');
});
