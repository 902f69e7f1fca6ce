import { expect, it } from 'vitest';
import { nextTheme, parsePreferences } from './preferences.svelte';
import { readUrlState, writeUrlState } from './url-state';

it('reads saved preferences, dropping what is malformed', () => {
	expect(parsePreferences('{"theme":"dark","reduceMotion":true,"lang":"en"}')).toEqual({ theme: 'dark', reduceMotion: true, lang: 'en' });
	expect(parsePreferences('{"theme":"neon","reduceMotion":"yes","lang":"fr"}')).toEqual({});
	for (const bad of [null, '', 'not json', '[]', '"dark"', 'null', '{"__proto__":{"theme":"dark"}}']) expect(parsePreferences(bad)).toEqual({});
});

it('cycles the themes', () => {
	expect([nextTheme('light'), nextTheme('dark'), nextTheme('projector')]).toEqual(['dark', 'projector', 'light']);
});

it('lang=both in the URL means bilingual captions, and is written back', () => {
	expect(readUrlState(new URLSearchParams('lang=both'), 4)).toEqual({ lang: 'zh', bilingual: true, notices: [] });
	const url = writeUrlState(new URL('http://x/s/a'), 2, 'zh', true);
	expect(url.search).toBe('?step=2&lang=both');
});
