/**
 * Keep only the font slices a page can need. @fontsource/noto-sans-sc splits the font into
 * ~100 unicode-range slices; its CSS lists all of them (over 100 KB per weight). We keep the
 * @font-face rules whose range covers a character that appears in our own text (scenarios,
 * interface), so the CSS stays small and the browser still downloads only what it draws.
 * A kept rule's CJK part of unicode-range is narrowed to the characters we use: a CJK slice
 * lists ~200 ranges, and 56 such lists were most of the embed's CSS. A CJK character nobody
 * ships (a teacher's own text) then falls back to the system font, as it did before for the
 * slices not kept at all.
 */

/** Where the CJK blocks start (CJK Radicals Supplement): below it ranges are kept as they are. */
const CJK = 0x2e80;

export function parseUnicodeRange(range: string): [number, number][] {
	return range.split(',').flatMap((part) => {
		const m = /U\+([0-9a-f?]+)(?:-([0-9a-f]+))?/i.exec(part.trim());
		if (!m) return [];
		if (m[1]!.includes('?')) return [[parseInt(m[1]!.replaceAll('?', '0'), 16), parseInt(m[1]!.replaceAll('?', 'f'), 16)] as [number, number]];
		const lo = parseInt(m[1]!, 16);
		return [[lo, m[2] ? parseInt(m[2], 16) : lo] as [number, number]];
	});
}

export function codePointsOf(texts: Iterable<string>): Set<number> {
	const points = new Set<number>();
	for (const text of texts) for (const ch of text) points.add(ch.codePointAt(0)!);
	return points;
}

/** One @font-face rule of a sheet: its text, its woff2 file's name and the characters it covers. */
export interface FontFaceRule {
	rule: string;
	/** e.g. "noto-sans-sc-118-700-normal" (no folder, no extension) */
	file?: string;
	/** Absent: the rule covers every character. */
	ranges?: [number, number][];
}

export function fontFaceRules(css: string): FontFaceRule[] {
	return (css.match(/@font-face\s*{[^}]*}/g) ?? []).map((rule) => {
		const file = /\/([\w-]+)\.woff2/.exec(rule)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(rule)?.[1];
		return { rule, ...(file ? { file } : {}), ...(range ? { ranges: parseUnicodeRange(range) } : {}) };
	});
}

/** The @font-face rules of `css` that cover at least one of `points`, with woff2 sources only. */
export function keepNeededSlices(css: string, points: Set<number>, resolveUrl: (url: string) => string): string {
	const sorted = [...points].sort((a, b) => a - b);
	const covers = (ranges: [number, number][]) =>
		ranges.some(([lo, hi]) => {
			// Binary search for the first point >= lo.
			let a = 0;
			let b = sorted.length;
			while (a < b) {
				const mid = (a + b) >> 1;
				if (sorted[mid]! < lo) a = mid + 1;
				else b = mid;
			}
			return a < sorted.length && sorted[a]! <= hi;
		});
	return fontFaceRules(css)
		.filter(({ ranges }) => ranges === undefined || covers(ranges))
		.map(({ rule, ranges }) =>
			(ranges ? rule.replace(/unicode-range:\s*[^;]+;/, `unicode-range: ${narrowedRange(ranges, sorted)};`) : rule).replace(/src:[^;]+;/, (src) => {
				const woff2 = /url\(([^)]+\.woff2)\)/.exec(src)?.[1];
				return woff2 ? `src: url(${resolveUrl(woff2)}) format('woff2');` : src;
			})
		)
		.join('\n');
}

/** `ranges` with their CJK part cut down to the used `points` (sorted), as a unicode-range value. */
export function narrowedRange(ranges: [number, number][], points: number[]): string {
	const kept: [number, number][] = [];
	for (const [lo, hi] of ranges) {
		if (lo < CJK) kept.push([lo, Math.min(hi, CJK - 1)]);
		for (const p of points) if (p >= Math.max(lo, CJK) && p <= hi) kept.push([p, p]);
	}
	kept.sort((a, b) => a[0] - b[0]);
	// Neighbouring points join into one range.
	const runs: [number, number][] = [];
	for (const [lo, hi] of kept) {
		const last = runs.at(-1);
		if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
		else runs.push([lo, hi]);
	}
	const hex = (n: number) => n.toString(16).toUpperCase();
	return runs.map(([lo, hi]) => (lo === hi ? `U+${hex(lo)}` : `U+${hex(lo)}-${hex(hi)}`)).join(',');
}
