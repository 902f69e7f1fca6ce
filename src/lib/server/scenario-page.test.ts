import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCatalog } from './catalog.ts';
import { scenarioPage } from './scenario-page.ts';

const good = readFileSync('scenarios/docker-pull.json', 'utf8');
const broken = good.replace('"link": "hub", "label": "GET /v2/library/busybox/blobs', '"link": "nowhere", "label": "GET /v2/library/busybox/blobs');
const catalog = createCatalog({ '/scenarios/docker-pull.json': good, '/scenarios/docker-pull-broken.json': broken.replace('"id": "docker-pull"', '"id": "docker-pull-broken"') });

describe('the player page for an id', () => {
	it('gets the validated scenario', () => {
		const page = scenarioPage(catalog, 'docker-pull');
		expect(page.ok && page.scenario.steps.length).toBe(4);
	});

	it('is a 404 naming the available scenarios when the id is unknown', () => {
		const page = scenarioPage(catalog, 'nope');
		expect(page).toMatchObject({ ok: false, status: 404 });
		expect(!page.ok && page.error.details).toEqual(['available: docker-pull', 'available: docker-pull-broken']);
	});

	it('is a 500 with every validation message (file:line:column, pointer) when the scenario is broken', () => {
		const page = scenarioPage(catalog, 'docker-pull-broken');
		expect(page).toMatchObject({ ok: false, status: 500 });
		const details = page.ok ? [] : page.error.details;
		expect(details).toHaveLength(1);
		expect(details[0]).toMatch(/^scenarios\/docker-pull-broken\.json:\d+:\d+ \/steps\/2\/actions\/2\/link — no link "nowhere"/);
	});

	it('lists scenarios in the lesson order', () => {
		expect(catalog.ids()).toEqual(['docker-pull', 'docker-pull-broken']);
	});
});
