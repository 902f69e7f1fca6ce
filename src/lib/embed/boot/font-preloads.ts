/**
 * Preload exactly the font slices an embed's first picture draws. Without them, the browser
 * finds its fonts only while laying the page out, lays the text out once with system fallback
 * fonts (for Chinese text that first layout alone took ~450 ms at 4× CPU throttling in a
 * trace) and again when the fonts arrive. SvelteKit is asked to list every font as a preload
 * (hooks.server.ts); this keeps the links whose slice draws a character of the page's text:
 * regular for all of it, bold for the text whose class is drawn bold (below).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { codePointsOf, fontFaceRules, type FontFaceRule } from '$lib/fonts/font-slices';

// Read from the packages once (this runs while prerendering, in Node): a `?raw` import of a CSS
// file is empty under Vitest.
const faces = (name: string) => fontFaceRules(readFileSync(createRequire(import.meta.url).resolve(name), 'utf8'));
const notoRegular = faces('@fontsource/noto-sans-sc/400.css');
const notoBold = faces('@fontsource/noto-sans-sc/700.css');
const monoRegular = faces('@fontsource/jetbrains-mono/400.css');
const monoBold = faces('@fontsource/jetbrains-mono/700.css');

/**
 * The files of one family and weight (e.g. "noto-sans-sc-118-700-normal") that draw at least one
 * of `points`. Slices overlap (ASCII is in the latin slice and in several Chinese ones); as in
 * the browser, the rule declared last wins a character.
 */
function filesDrawing(rules: FontFaceRule[], points: number[]): string[] {
	const used = new Set<string>();
	for (const point of points) {
		const drawing = rules.findLast(({ ranges }) => ranges?.some(([lo, hi]) => point >= lo && point <= hi));
		if (drawing?.file) used.add(drawing.file);
	}
	return [...used];
}

const FONT_PRELOAD = /[ \t]*<link href="[^"]*\/([\w-]+)\.[\w-]+\.woff2" rel="preload" as="font"[^>]*>\n?/g;

/**
 * Classes drawn bold (font-weight 600 or more in ItemNode, ActorFrame, the house's own items and actors, TerminalPanel, Meter
 * and EmbedControls). If a component changes, the e2e test that compares these preloads with
 * the fonts a page really draws fails (embed-first-picture.e2e.ts).
 */
const BOLD = new Set(['title', 'label', 'badge-text', 'sees', 'prompt', 'command', 'value', 'counter']);

/** The page's text in two piles: what is drawn bold (by the class of its element) and the rest. */
function textByWeight(body: string): { regular: string[]; bold: string[] } {
	const regular: string[] = [];
	const bold: string[] = [];
	const visible = body.replace(/<script[\s\S]*?<\/script>/g, '');
	for (const [, tag, text] of visible.matchAll(/<([^>]*)>([^<]+)/g)) {
		const classes = /\bclass="([^"]*)"/.exec(tag!)?.[1]?.split(/\s+/) ?? [];
		const isOpening = !tag!.startsWith('/');
		(isOpening && classes.some((c) => BOLD.has(c)) ? bold : regular).push(text!);
	}
	return { regular, bold };
}

export function keepNeededFontPreloads(html: string): string {
	const { regular, bold } = textByWeight(html.slice(html.indexOf('<body')));
	const regularPoints = [...codePointsOf(regular)];
	const boldPoints = [...codePointsOf(bold)];
	const needed = new Set([
		...filesDrawing(notoRegular, regularPoints),
		...filesDrawing(monoRegular, regularPoints),
		...filesDrawing(notoBold, boldPoints),
		...filesDrawing(monoBold, boldPoints)
	]);
	return html.replace(FONT_PRELOAD, (link, file: string) => (needed.has(file) ? link : ''));
}
