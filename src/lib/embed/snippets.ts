/**
 * What the Share / embed dialog offers to copy: a link to this step, an iframe, and the
 * one-line script embed (static/embed.js). Attribute values are escaped: an id or a base
 * URL can never break out of the snippet's HTML.
 */
import type { Lang } from '../i18n/text';

export interface ShareTarget {
	/** Absolute URLs of the player and embed pages of one scenario, and of embed.js. */
	playerUrl: string;
	embedUrl: string;
	scriptUrl: string;
	id: string;
	title: string;
	step: number;
	lang: Lang | 'both';
}

function attr(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function withQuery(url: string, step: number, lang: string): string {
	const u = new URL(url);
	u.searchParams.set('step', String(step));
	u.searchParams.set('lang', lang);
	return u.href;
}

export function shareLink(t: ShareTarget): string {
	return withQuery(t.playerUrl, t.step, t.lang);
}

/** The embed's address: the language in the path (a page prerendered in it), the step in the query. */
export function embedSrc(t: ShareTarget): string {
	const u = new URL(`${t.embedUrl.replace(/\/$/, '')}/${t.lang}`);
	if (t.step !== 0) u.searchParams.set('step', String(t.step));
	return u.href;
}

/**
 * Room the plain iframe keeps under its 16:9 stage for the caption and the controls. Nothing
 * resizes a plain iframe, so this covers the longest caption shipped (measured over every
 * step of every scenario at 360–1200 px: at most 185 px in one language, 237 px in both).
 */
export const IFRAME_ROOM = { single: 200, both: 260 } as const;

export function iframeSnippet(t: ShareTarget): string {
	const src = embedSrc(t);
	const room = t.lang === 'both' ? IFRAME_ROOM.both : IFRAME_ROOM.single;
	// Height = 9/16 of the column's width + the room: a percentage padding is one of the width.
	return (
		`<div style="position:relative;width:100%;padding-top:calc(56.25% + ${room}px)">` +
		`<iframe src="${attr(src)}" title="${attr(t.title)}" loading="lazy" allow="fullscreen" style="position:absolute;inset:0;width:100%;height:100%;border:0"></iframe>` +
		`</div>`
	);
}

export function scriptSnippet(t: ShareTarget): string {
	return `<div data-banfang="${attr(t.id)}" data-step="${t.step}" data-lang="${attr(t.lang)}"></div>\n<script src="${attr(t.scriptUrl)}" async></script>`;
}
