import { describe, expect, it } from 'vitest';
import { readEmbedOptions } from './options';
import { acceptsFrom, parentOrigin, parseCommand, parseOrigins } from './protocol';

describe('embed options', () => {
	it('has quiet defaults: controls on, no autoplay, no loop, a frame the host does not size', () => {
		expect(readEmbedOptions(new URLSearchParams(''), 5)).toEqual({ controls: true, autoplay: false, loop: false, sized: false, origins: null, problems: [] });
	});
	it('reads every option', () => {
		const o = readEmbedOptions(new URLSearchParams('step=2&lang=en&theme=dark&controls=0&autoplay=1&loop=true&sized=1&origins=https://blog.example'), 5);
		expect(o).toEqual({ index: 2, lang: 'en', theme: 'dark', controls: false, autoplay: true, loop: true, sized: true, origins: ['https://blog.example'], problems: [] });
	});
	it('falls back on bad values and names them', () => {
		const o = readEmbedOptions(new URLSearchParams('step=99&theme=neon&autoplay=maybe&lang=fr&sized=big'), 5);
		expect(o.index).toBe(5);
		expect(o.theme).toBeUndefined();
		expect(o.autoplay).toBe(false);
		expect(o.sized).toBe(false);
		expect(o.problems.map((p) => p.option).sort()).toEqual(['autoplay', 'lang', 'sized', 'step', 'theme']);
	});
});

describe('embed protocol v1', () => {
	it('accepts well-formed commands only', () => {
		expect(parseCommand({ banfang: 1, type: 'next' })).toEqual({ banfang: 1, type: 'next' });
		expect(parseCommand({ banfang: 1, type: 'goto', step: 3 })).toEqual({ banfang: 1, type: 'goto', step: 3 });
		expect(parseCommand({ banfang: 1, type: 'setLanguage', lang: 'en' })).toEqual({ banfang: 1, type: 'setLanguage', lang: 'en' });
		for (const bad of [null, 'next', [], {}, { type: 'next' }, { banfang: 2, type: 'next' }, { banfang: '1', type: 'next' }, { banfang: 1, type: 'goto', step: -1 }, { banfang: 1, type: 'goto', step: '2' }, { banfang: 1, type: 'goto', step: 1.5 }, { banfang: 1, type: 'setLanguage', lang: 'fr' }, { banfang: 1, type: 'eval', code: 'x' }, { banfang: 1, type: 'constructor' }])
			expect(parseCommand(bad), JSON.stringify(bad)).toBeNull();
	});
	it('listens to the parent only, and to listed origins when given', () => {
		const parent = {} as Window;
		const other = {} as Window;
		expect(acceptsFrom({ source: parent, origin: 'https://a.example' }, parent, null)).toBe(true);
		expect(acceptsFrom({ source: other, origin: 'https://a.example' }, parent, null)).toBe(false);
		expect(acceptsFrom({ source: parent, origin: 'https://a.example' }, null, null)).toBe(false);
		expect(acceptsFrom({ source: parent, origin: 'https://evil.example' }, parent, ['https://a.example'])).toBe(false);
		expect(acceptsFrom({ source: parent, origin: 'https://a.example' }, parent, ['https://a.example'])).toBe(true);
	});
	it('parses origin lists, dropping what is not an http(s) origin', () => {
		expect(parseOrigins('https://a.example/path, http://b.example:8080 ,javascript:alert(1), nope')).toEqual(['https://a.example', 'http://b.example:8080']);
		expect(parseOrigins(null)).toBeNull();
		expect(parseOrigins('')).toBeNull();
	});
	it('sends events to the parent’s origin, never "*"', () => {
		expect(parentOrigin({ ancestorOrigins: ['https://blog.example'] as unknown as DOMStringList }, '')).toBe('https://blog.example');
		expect(parentOrigin(undefined, 'https://blog.example/post/1')).toBe('https://blog.example');
		expect(parentOrigin(undefined, '')).toBeNull();
		expect(parentOrigin(undefined, 'garbage')).toBeNull();
	});
});
