import { expect, it } from 'vitest';
import { sameValue } from './after-paint.svelte';

it('treats a new object with the same fields as the same value (no news for the other windows)', () => {
	expect(sameValue({ index: 3, lang: 'en', langs: ['en', 'zh'] }, { index: 3, lang: 'en', langs: ['en', 'zh'] })).toBe(true);
	expect(sameValue(2, 2)).toBe(true);
});

it('sees any changed field, extra key or array item', () => {
	expect(sameValue({ index: 3, lang: 'en' }, { index: 4, lang: 'en' })).toBe(false);
	expect(sameValue({ index: 3 }, { index: 3, blackout: false })).toBe(false);
	expect(sameValue({ langs: ['en'] }, { langs: ['en', 'zh'] })).toBe(false);
	expect(sameValue({ langs: ['en', 'zh'] }, { langs: ['zh', 'en'] })).toBe(false);
	expect(sameValue(null, {})).toBe(false);
});
