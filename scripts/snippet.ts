/**
 * The snippet `npm run export` writes beside the images: the poster, linked to the live
 * player, for places that strip iframes (RSS readers, e-mail, print), and — commented out —
 * the live embed for places that keep them. Scenario text goes into attributes, alt text
 * and comments, so every piece is escaped for where it lands.
 */
import type { Lang } from '../src/lib/i18n/text.ts';

export interface SnippetImage {
	lang: Lang;
	title: string;
	summary: string;
	/** Steps in the scenario (the player's last step). */
	steps: number;
	/** The poster's files, as the snippet should reference them. */
	png: string;
	webp: string;
	width: number;
	height: number;
}

export interface SnippetInput {
	id: string;
	/** Where the app is hosted, e.g. https://example.com/viz (no trailing slash needed). */
	base: string;
	images: SnippetImage[];
}

const PLAY = { zh: '▶ 播放动画（共 {n} 步）', en: '▶ Play the animation ({n} steps)' } as const;
const LANG_NAME = { zh: '中文', en: 'English' } as const;

export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text inside an HTML comment: with `>` escaped nothing can close the comment early. */
function commentText(text: string): string {
	return escapeHtml(text).replace(/--/g, '- -');
}

/** Markup kept inside a comment, to uncomment as it is: its own text is escaped already; `--` may not appear. */
function commentedMarkup(markup: string): string {
	return markup.replace(/--/g, '-&#45;');
}

/** The live embed: the iframe and the host script (static/embed.js). */
function embedMarkup(input: SnippetInput, image: SnippetImage): string {
	return [
		`<iframe src="${escapeHtml(embedUrl(input.base, input.id, image.lang))}" title="${escapeHtml(image.title)}" width="${image.width}" height="${image.height}"`,
		`  style="width:100%;height:auto;aspect-ratio:16/9;border:0" loading="lazy" allow="fullscreen"></iframe>`,
		`<script src="${escapeHtml(appUrl(input.base, '/embed.js'))}" async></script>`
	].join('\n');
}

/** Markdown text (alt, link text): every ASCII punctuation that could start markup escaped. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_{}[\]()<>#+!|~&]/g, (c) => `\\${c}`);
}

/** A URL inside Markdown's ( ): no spaces, no parentheses, no angle brackets. */
function markdownUrl(url: string): string {
	return url.replace(/[ ()<>]/g, (c) => encodeURIComponent(c));
}

export function appUrl(base: string, path: string): string {
	return `${base.replace(/\/+$/, '')}${path}`;
}

export const playerUrl = (base: string, id: string, lang: Lang) => appUrl(base, `/s/${encodeURIComponent(id)}?lang=${lang}`);
export const embedUrl = (base: string, id: string, lang: Lang) => appUrl(base, `/embed/${encodeURIComponent(id)}/${lang}`);

export const altText = (image: SnippetImage) => `${image.title} — ${image.summary}`;

function htmlBlock(input: SnippetInput, image: SnippetImage): string {
	const href = escapeHtml(playerUrl(input.base, input.id, image.lang));
	const play = PLAY[image.lang].replace('{n}', String(image.steps));
	return [
		`<!-- banfang · ${commentText(image.title)} (${LANG_NAME[image.lang]}): the poster links to the animated player. -->`,
		`<figure class="banfang" lang="${image.lang === 'zh' ? 'zh-CN' : 'en'}">`,
		`  <a href="${href}">`,
		`    <picture>`,
		`      <source srcset="${escapeHtml(image.webp)}" type="image/webp">`,
		`      <img src="${escapeHtml(image.png)}" width="${image.width}" height="${image.height}" alt="${escapeHtml(altText(image))}" style="max-width:100%;height:auto">`,
		`    </picture>`,
		`  </a>`,
		`  <figcaption><a href="${href}">${escapeHtml(play)}</a></figcaption>`,
		`</figure>`,
		`<!-- Where iframes are allowed, the live embed instead:`,
		commentedMarkup(embedMarkup(input, image)),
		`-->`
	].join('\n');
}

function markdownBlock(input: SnippetInput, image: SnippetImage): string {
	const href = markdownUrl(playerUrl(input.base, input.id, image.lang));
	const play = PLAY[image.lang].replace('{n}', String(image.steps));
	return [
		`<!-- banfang · ${commentText(image.title)} (${LANG_NAME[image.lang]}) -->`,
		`[![${escapeMarkdown(altText(image))}](${markdownUrl(image.png)})](${href})`,
		'',
		`[${escapeMarkdown(play)}](${href})`,
		'',
		`<!-- Where iframes are allowed (most Markdown blogs pass HTML through), the live embed instead:`,
		commentedMarkup(embedMarkup(input, image)),
		`-->`
	].join('\n');
}

export function snippetHtml(input: SnippetInput): string {
	return input.images.map((image) => htmlBlock(input, image)).join('\n\n') + '\n';
}

export function snippetMarkdown(input: SnippetInput): string {
	return input.images.map((image) => markdownBlock(input, image)).join('\n\n') + '\n';
}
