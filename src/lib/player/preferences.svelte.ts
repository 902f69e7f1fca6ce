/**
 * What a viewer chooses once and keeps across visits: theme, reduced motion, language.
 * Saved in localStorage (one JSON entry); the theme is also mirrored on <html data-theme>,
 * which app.html's script reads before first paint.
 */
import { isLang, type Lang } from '../i18n/text';

export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];
export const STORAGE_KEY = 'banfang:prefs';

export interface SavedPreferences {
	theme?: Theme;
	/** Absent: follow the system's prefers-reduced-motion. */
	reduceMotion?: boolean;
	/** Absent: follow the browser's language. */
	lang?: Lang;
}

/** Reads saved preferences, dropping anything malformed (storage is user-editable). */
export function parsePreferences(raw: string | null): SavedPreferences {
	let value: unknown;
	try {
		value = JSON.parse(raw ?? '{}');
	} catch {
		return {};
	}
	if (typeof value !== 'object' || value === null) return {};
	const v = value as Record<string, unknown>;
	const out: SavedPreferences = {};
	if (THEMES.includes(v.theme as Theme)) out.theme = v.theme as Theme;
	if (typeof v.reduceMotion === 'boolean') out.reduceMotion = v.reduceMotion;
	if (isLang(v.lang)) out.lang = v.lang;
	return out;
}

export function nextTheme(theme: Theme): Theme {
	return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
}

function storage(): Storage | undefined {
	try {
		return typeof localStorage === 'undefined' ? undefined : localStorage;
	} catch {
		return undefined; // storage blocked (privacy mode, sandboxed iframe)
	}
}

export class Preferences {
	theme = $state<Theme>('light');
	#reduceMotion = $state<boolean | undefined>(undefined);
	#systemReduce = $state(false);
	savedLang = $state<Lang | undefined>(undefined);

	#loaded = false;
	/** Reads storage and the system's motion setting, and follows both as they change (other tabs too). */
	load() {
		if (this.#loaded) return;
		this.#loaded = true;
		const saved = parsePreferences(storage()?.getItem(STORAGE_KEY) ?? null);
		this.theme = saved.theme ?? 'light';
		this.#reduceMotion = saved.reduceMotion;
		this.savedLang = saved.lang;
		const motion = matchMedia('(prefers-reduced-motion: reduce)');
		this.#systemReduce = motion.matches;
		motion.addEventListener('change', () => (this.#systemReduce = motion.matches));
		// handle cross-tab updates: a theme picked in the speaker view reaches the audience window
		addEventListener('storage', (event) => {
			if (event.key !== STORAGE_KEY) return;
			const next = parsePreferences(event.newValue);
			this.theme = next.theme ?? 'light';
			this.#reduceMotion = next.reduceMotion;
			this.#apply();
		});
		this.#apply();
	}

	/** Steps snap instead of travelling: the viewer's choice, else the system's. */
	get reduceMotion(): boolean {
		return this.#reduceMotion ?? this.#systemReduce;
	}

	cycleTheme() {
		this.theme = nextTheme(this.theme);
		this.#save();
	}
	toggleMotion() {
		this.#reduceMotion = !this.reduceMotion;
		this.#save();
	}
	rememberLang(lang: Lang) {
		if (this.savedLang === lang) return;
		this.savedLang = lang;
		this.#save();
	}

	#apply() {
		if (this.theme === 'light') delete document.documentElement.dataset.theme;
		else document.documentElement.dataset.theme = this.theme;
	}
	#save() {
		this.#apply();
		const saved: SavedPreferences = { theme: this.theme };
		if (this.#reduceMotion !== undefined) saved.reduceMotion = this.#reduceMotion;
		if (this.savedLang) saved.lang = this.savedLang;
		try {
			storage()?.setItem(STORAGE_KEY, JSON.stringify(saved));
		} catch {
			// full or blocked: the choice still holds for this page
		}
	}
}

/** One per page: every view (player, presenter, gallery) reads and writes the same choices. */
export const preferences = new Preferences();
