/**
 * Every scenario has its posters — the picture a reader gets where the embed's iframe is
 * stripped (RSS, e-mail, print): static/posters/<id>-<lang>.png and .webp, written by
 * `npm run posters` (then committed). A new scenario fails here until they are made.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioFiles } from '../src/lib/scenario/load-dir.ts';

const WEBP_MAX_BYTES = 120 * 1024;

function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Width and height from a WebP's first chunk (lossy VP8, lossless VP8L or extended VP8X). */
function webpSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.toString('latin1', 0, 4)).toBe('RIFF');
	expect(bytes.toString('latin1', 8, 12)).toBe('WEBP');
	const chunk = bytes.toString('latin1', 12, 16);
	if (chunk === 'VP8 ') return { width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
	if (chunk === 'VP8L') {
		const bits = bytes.readUInt32LE(21);
		return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
	}
	if (chunk === 'VP8X') return { width: bytes.readUIntLE(24, 3) + 1, height: bytes.readUIntLE(27, 3) + 1 };
	throw new Error(`unknown WebP chunk ${chunk}`);
}

describe('posters', () => {
	for (const file of scenarioFiles()) {
		const id = basename(file, '.json');
		for (const lang of ['zh', 'en']) {
			it(`${id} has a ${lang} poster, PNG and WebP, 1200×675`, () => {
				const png = `static/posters/${id}-${lang}.png`;
				const webp = `static/posters/${id}-${lang}.webp`;
				const hint = 'run npm run build && npm run posters';
				expect(existsSync(png), `${png} is missing: ${hint}`).toBe(true);
				expect(existsSync(webp), `${webp} is missing: ${hint}`).toBe(true);
				expect(pngSize(readFileSync(png))).toEqual({ width: 1200, height: 675 });
				const bytes = readFileSync(webp);
				expect(webpSize(bytes)).toEqual({ width: 1200, height: 675 });
				expect(bytes.length, `${webp} is over 120 KB`).toBeLessThanOrEqual(WEBP_MAX_BYTES);
			});
		}
	}
});
