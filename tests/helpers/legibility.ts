/**
 * What a room can read on the stage: every visible word's rendered size (its font size times
 * the stage's scale on screen), the words cut with "…", and the stage's box. Byte-stable: it
 * reads sizes, not timings. Used by tests/legibility.e2e.ts and `npm run legibility`.
 */
import type { Page } from '@playwright/test';

export interface StageWord {
	/** The text element's content, whitespace collapsed. */
	text: string;
	/** Its rendered font size in CSS px. */
	px: number;
	/** What it is, for a message: the nearest data-item / data-actor / data-line / panel hook. */
	where: string;
}

export interface StageReading {
	words: StageWord[];
	/** The stage's box on screen, rounded to whole px. */
	stage: [number, number, number, number];
}

/** Reads every text element of svg.stage that a viewer sees: drawn, not transparent, on screen. */
export async function readStage(page: Page): Promise<StageReading> {
	return page.locator('svg.stage').evaluate((svg) => {
		const stageBox = svg.getBoundingClientRect();
		const hooks = ['data-item', 'data-actor', 'data-line', 'data-message', 'data-terminal', 'data-other-terminal', 'data-link', 'data-stream'];
		const where = (el: Element) => {
			for (let e: Element | null = el; e && e !== svg; e = e.parentElement) {
				const hook = hooks.find((h) => e!.hasAttribute(h));
				if (hook) return `${hook}=${e.getAttribute(hook)}`;
			}
			return 'stage';
		};
		const seen = (el: Element) => {
			for (let e: Element | null = el; e && e !== svg.parentElement; e = e.parentElement) {
				const style = getComputedStyle(e);
				if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
			}
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.height === 0) return false;
			// Outside the stage's own box (clipped by the viewBox or scrolled away) is not seen.
			return r.right > stageBox.left && r.left < stageBox.right && r.bottom > stageBox.top && r.top < stageBox.bottom;
		};
		const words: { text: string; px: number; where: string }[] = [];
		for (const el of svg.querySelectorAll('text')) {
			const text = el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
			if (text === '' || !seen(el)) continue;
			const m = (el as SVGTextElement).getScreenCTM();
			const scale = m ? Math.hypot(m.a, m.b) : 1;
			const px = parseFloat(getComputedStyle(el).fontSize) * scale;
			words.push({ text, px: Math.round(px * 10) / 10, where: where(el) });
		}
		return { words, stage: [stageBox.x, stageBox.y, stageBox.width, stageBox.height].map(Math.round) as [number, number, number, number] };
	});
}

/** Words of a reading, as a room counts them: space-separated tokens, each CJK character one word. */
export function wordCount(text: string): number {
	return text.split(/\s+/).reduce((n, token) => {
		const cjk = [...token].filter((ch) => /\p{Script=Han}/u.test(ch)).length;
		const rest = token.replace(/\p{Script=Han}/gu, '').replace(/[\p{P}\p{S}]/gu, '');
		return n + cjk + (rest.length > 0 ? 1 : 0);
	}, 0);
}

/** Every string of a scenario file (both languages, terminal lines, labels), where an author may write "…" on purpose. */
export function authoredStrings(value: unknown): string[] {
	if (typeof value === 'string') return [value.replace(/\s+/g, ' ')];
	if (Array.isArray(value)) return value.flatMap(authoredStrings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(authoredStrings);
	return [];
}

/** A text the layout cut short: it shows an ellipsis that no authored string has there. */
export function isCut(text: string, authored: readonly string[]): boolean {
	// A stream's tag starts with its glyph, which no authored string has.
	const written = text.replace(/^⟳ /, '');
	return written.includes('…') && !authored.some((a) => a.includes(written));
}
