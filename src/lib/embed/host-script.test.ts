/**
 * static/embed.js ships as-is to other people's pages: it stays small, plain and careful.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = readFileSync(new URL('../../../static/embed.js', import.meta.url));
const text = source.toString('utf8');

describe('static/embed.js', () => {
	it('is at most 6 KB', () => {
		expect(source.byteLength).toBeLessThanOrEqual(6 * 1024);
	});

	it('is a plain script (no modules, no build step) that parses', () => {
		expect(text).not.toMatch(/^\s*(import|export)\s/m);
		expect(() => new Function(text)).not.toThrow();
	});

	it('never posts to "*"', () => {
		expect(text).not.toMatch(/postMessage\([^)]*['"]\*['"]/);
		expect(text).toMatch(/postMessage\(msg, ORIGIN\)/);
	});
});
