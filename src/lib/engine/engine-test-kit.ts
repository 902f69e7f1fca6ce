/** What the engine's tests share. */
import { expect } from 'vitest';
import type { World } from './world.ts';

/** Deep equality, and the same key order everywhere (items are drawn in key order). */
export function expectSameWorld(actual: World, expected: World): void {
	expect(actual).toEqual(expected);
	expect(Object.keys(actual.items)).toEqual(Object.keys(expected.items));
	expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}
