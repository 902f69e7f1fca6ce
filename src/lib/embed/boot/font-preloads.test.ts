import { expect, it } from 'vitest';
import { keepNeededFontPreloads } from './font-preloads';

const link = (file: string) => `\t\t<link href="../../_app/immutable/assets/${file}.Ab1_-x.woff2" rel="preload" as="font" type="font/woff2" crossorigin>\n`;
const FONTS = [
	'noto-sans-sc-latin-400-normal',
	'noto-sans-sc-latin-700-normal',
	'noto-sans-sc-118-400-normal', // 客 户 (and ASCII, which the latin slice wins)
	'noto-sans-sc-118-700-normal',
	'noto-sans-sc-111-400-normal', // 宿
	'noto-sans-sc-111-700-normal',
	'jetbrains-mono-latin-400-normal',
	'jetbrains-mono-latin-700-normal'
];
const page = (body: string) => `<html><head>\n${FONTS.map(link).join('')}</head><body>${body}<script>const s = "宿 not drawn";</script></body></html>`;
const kept = (html: string) => [...keepNeededFontPreloads(html).matchAll(/assets\/([\w-]+)\./g)].map((m) => m[1]);

it('keeps the slices that draw the text, regular or bold by class', () => {
	const html = page('<svg><text class="title svelte-x1">客户</text><text class="sub svelte-x1">docker</text></svg><p>客户 only asks</p>');
	expect(kept(html)).toEqual([
		'noto-sans-sc-latin-400-normal',
		'noto-sans-sc-118-400-normal',
		'noto-sans-sc-118-700-normal',
		'jetbrains-mono-latin-400-normal'
	]);
});

it('gives ASCII to the latin slice, as the browser does, and ignores scripts and markup', () => {
	const html = page('<p class="caption">REST API</p>');
	expect(kept(html)).toEqual(['noto-sans-sc-latin-400-normal', 'jetbrains-mono-latin-400-normal']);
});

it('a class only counts as a whole word: wire-label is regular', () => {
	const html = page('<text class="wire-label">宿</text><text class="label">宿</text>');
	expect(kept(html)).toEqual(['noto-sans-sc-111-400-normal', 'noto-sans-sc-111-700-normal']);
});

it('leaves the rest of the page as it is', () => {
	const html = page('<p>x</p>');
	const out = keepNeededFontPreloads(html);
	expect(out.replace(/\t\t<link[^>]*as="font"[^>]*>\n/g, '')).toBe(html.replace(/\t\t<link[^>]*as="font"[^>]*>\n/g, ''));
});
