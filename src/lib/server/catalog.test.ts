import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCatalog } from './catalog.ts';

const text = readFileSync(new URL('../scenario/fixtures/docker-pull.json', import.meta.url), 'utf8');

describe('the catalog', () => {
	it('validates each scenario once, however many pages ask for it', () => {
		const catalog = createCatalog({ '/scenarios/docker-pull.json': text });
		const first = catalog.load('docker-pull');
		expect(first?.ok).toBe(true);
		expect(catalog.load('docker-pull')).toBe(first);
		expect(catalog.all().scenarios[0]).toBe(first?.ok ? first.scenario : undefined);
		expect(catalog.load('nope')).toBeUndefined();
	});
});
