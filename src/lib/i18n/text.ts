import type { LocalizedText } from '../scenario/schema.ts';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
	return value === 'zh' || value === 'en';
}

/** The text of a scenario string in one language (plain strings serve both). */
export function tr(text: LocalizedText, lang: Lang): string {
	return typeof text === 'string' ? text : text[lang];
}

/** The <html lang> value for a language (screen readers and fonts pick by it). */
export function htmlLang(lang: Lang): string {
	return lang === 'zh' ? 'zh-CN' : 'en';
}
