import { describe, expect, it } from 'vitest';
import { codePointsOf, keepNeededSlices, narrowedRange, parseUnicodeRange } from './font-slices.ts';

const css = `
/* a */
@font-face { font-family: 'X'; src: url(./files/a.woff2) format('woff2'), url(./files/a.woff) format('woff'); unicode-range: U+4e00-4e10,U+9f99; }
/* b */
@font-face { font-family: 'X'; src: url(./files/b.woff2) format('woff2'), url(./files/b.woff) format('woff'); unicode-range: U+0000-00ff; }
/* c */
@font-face { font-family: 'X'; src: url(./files/c.woff2) format('woff2'); unicode-range: U+5000-5010; }`;

describe('font slices', () => {
	it('parses ranges, single points and wildcards', () => {
		expect(parseUnicodeRange('U+4e00-4e10, U+9f99, U+4??')).toEqual([
			[0x4e00, 0x4e10],
			[0x9f99, 0x9f99],
			[0x400, 0x4ff]
		]);
	});

	it('keeps only the slices that cover a used character, with woff2 sources only', () => {
		const kept = keepNeededSlices(css, codePointsOf(['龙 ok']), (u) => `/fonts/${u.slice(8)}`);
		expect(kept).toContain('/fonts/a.woff2');
		expect(kept).toContain('/fonts/b.woff2');
		expect(kept).not.toContain('c.woff2');
		expect(kept).not.toContain(".woff'");
		expect(kept).not.toContain('format(\'woff\')');
	});

	it('keeps nothing when no character is covered', () => {
		expect(keepNeededSlices(css, codePointsOf(['한']), (u) => u)).toBe('');
	});

	it('narrows a kept rule to the CJK characters used, and keeps its Latin ranges whole', () => {
		const kept = keepNeededSlices(css, codePointsOf(['龙 ok 一丁']), (u) => u);
		expect(kept).toContain('unicode-range: U+4E00-4E01,U+9F99;');
		expect(kept).toContain('unicode-range: U+0-FF;');
		expect(narrowedRange([[0x20, 0x3000]], [0x41, 0x2f00, 0x3000])).toBe('U+20-2E7F,U+2F00,U+3000');
	});
});
