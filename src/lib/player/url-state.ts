/**
 * The URL names the current step and caption language (?step=3&lang=en, or lang=both for
 * bilingual captions), so a link or a reload opens the same view. Bad values fall back,
 * and say so.
 */
import { isLang, type Lang } from '../i18n/text';

/** The lang= value for bilingual captions. */
const BOTH = 'both';

export interface UrlState {
	index?: number;
	lang?: Lang;
	bilingual?: boolean;
	/** What was wrong with the URL, for a visible notice. */
	notices: ({ kind: 'step'; asked: string; shown: number } | { kind: 'lang'; asked: string })[];
}

export function readUrlState(params: URLSearchParams, stepCount: number): UrlState {
	const state: UrlState = { notices: [] };
	const step = params.get('step');
	if (step !== null) {
		const n = /^\d+$/.test(step.trim()) ? Number(step) : NaN;
		const shown = Number.isFinite(n) ? Math.min(n, stepCount) : 0;
		state.index = shown;
		if (!Number.isFinite(n) || n > stepCount) state.notices.push({ kind: 'step', asked: step, shown });
	}
	const lang = params.get('lang');
	if (lang !== null) {
		if (isLang(lang)) state.lang = lang;
		else if (lang === BOTH) {
			state.lang = 'zh';
			state.bilingual = true;
		} else state.notices.push({ kind: 'lang', asked: lang });
	}
	return state;
}

export function writeUrlState(url: URL, index: number, lang: Lang, bilingual = false): URL {
	const next = new URL(url);
	next.searchParams.set('step', String(index));
	next.searchParams.set('lang', bilingual ? BOTH : lang);
	return next;
}

/** The browser's preferred language among ours (zh for any Chinese, else en). */
export function preferredLang(languages: readonly string[]): Lang {
	return languages.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}
