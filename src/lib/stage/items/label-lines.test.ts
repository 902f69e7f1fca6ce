import { describe, expect, it } from 'vitest';
import { textWidth } from '../text-metrics';
import { splitLabel } from './label-lines';

describe('splitLabel', () => {
	it('keeps a label that fits on one line', () => {
		expect(splitLabel('runc init', 34, true, 400)).toEqual(['runc init']);
	});
	it('breaks a long name after a hyphen, the first line as long as fits', () => {
		const lines = splitLabel('containerd-shim-runc-v2', 34, true, 420);
		expect(lines).toEqual(['containerd-shim-', 'runc-v2']);
		for (const line of lines) expect(textWidth(line, 34, true)).toBeLessThanOrEqual(420);
	});
	it('breaks Chinese between characters and Latin after a space', () => {
		expect(splitLabel('容器运行时的垫片进程', 34, false, 200)).toEqual(['容器运行时', '的垫片进程']);
		expect(splitLabel('Memory overhead (typical)', 34, false, 300)).toEqual(['Memory overhead', '(typical)']);
	});
	it('leaves one line (to be cut by the drawing) when no break gives two that fit', () => {
		expect(splitLabel('supercalifragilistic', 34, true, 200)).toEqual(['supercalifragilistic']);
		expect(splitLabel('a-b-cccccccccccccccccccccccc', 34, true, 300)).toEqual(['a-b-cccccccccccccccccccccccc']);
	});
});
