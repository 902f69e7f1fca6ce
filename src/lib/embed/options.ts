/**
 * The embed's URL options: /embed/<id>?step=2&lang=en&theme=dark&controls=0&autoplay=1&loop=1
 * &origins=https://blog.example&sized=1. Step and language read as in the player (url-state.ts);
 * a bad value falls back to the default and is reported, never fatal.
 */
import type { Lang } from '../i18n/text';
import { readUrlState } from '../player/url-state';
import { THEMES, type Theme } from '../player/preferences.svelte';
import { parseOrigins } from './protocol';

/** Caption languages an embed's path can name (/embed/<id>/<lang>). */
export const CAPTION_LANGS = ['zh', 'en', 'both'] as const;
export type CaptionLang = (typeof CAPTION_LANGS)[number];
export function isCaptionLang(value: string): value is CaptionLang {
	return (CAPTION_LANGS as readonly string[]).includes(value);
}

export interface EmbedOptions {
	index?: number;
	lang?: Lang;
	bilingual?: boolean;
	theme?: Theme;
	controls: boolean;
	autoplay: boolean;
	loop: boolean;
	/** The host sizes the frame to the embed's height (embed.js does): on a phone the stage may then be taller than 16:9. */
	sized: boolean;
	/** Origins allowed to send commands; null: the parent window, whatever its origin. */
	origins: string[] | null;
	/** What was wrong, for a short notice: the option's name and the value asked for. */
	problems: { option: string; asked: string }[];
}

function flag(params: URLSearchParams, name: string, fallback: boolean, problems: EmbedOptions['problems']): boolean {
	const value = params.get(name);
	if (value === null) return fallback;
	if (['1', 'true', 'yes', 'on', ''].includes(value)) return true;
	if (['0', 'false', 'no', 'off'].includes(value)) return false;
	problems.push({ option: name, asked: value });
	return fallback;
}

export function readEmbedOptions(params: URLSearchParams, stepCount: number): EmbedOptions {
	const url = readUrlState(params, stepCount);
	const problems: EmbedOptions['problems'] = url.notices.map((n) => ({ option: n.kind === 'step' ? 'step' : 'lang', asked: n.asked }));
	const options: EmbedOptions = {
		controls: flag(params, 'controls', true, problems),
		autoplay: flag(params, 'autoplay', false, problems),
		loop: flag(params, 'loop', false, problems),
		sized: flag(params, 'sized', false, problems),
		origins: parseOrigins(params.get('origins')),
		problems
	};
	if (url.index !== undefined) options.index = url.index;
	if (url.lang) options.lang = url.lang;
	if (url.bilingual) options.bilingual = true;
	const theme = params.get('theme');
	if (theme !== null) {
		if ((THEMES as readonly string[]).includes(theme)) options.theme = theme as Theme;
		else problems.push({ option: 'theme', asked: theme });
	}
	return options;
}
