/**
 * Byte budgets (bytes are stable, so these may fail a build; timings live in the benchmark).
 * The embed goes into other people's posts: its JS must stay well under a blog photo.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { assetsOf, routeWeight } from '../src/lib/server/route-weight';

const BUILD = fileURLToPath(new URL('../build/', import.meta.url));
const KB = 1024;

test('the embed route loads at most 80 KB of gzipped JS, and no GSAP until it animates', () => {
	const weight = routeWeight(BUILD, 'embed/docker-pull.html');
	expect(weight.js.files, 'the modules it preloads after its first paint are counted').toBeGreaterThan(8);
	expect(weight.js.gzip).toBeLessThanOrEqual(80 * KB);
	expect(weight.css.gzip).toBeLessThanOrEqual(24 * KB);
	const html = readFileSync(join(BUILD, 'embed/docker-pull.html'), 'utf8');
	for (const file of assetsOf(html).js) expect(readFileSync(join(BUILD, 'embed', file), 'utf8'), file).not.toContain('GreenSock');
});

test('the player route loads at most 100 KB of gzipped JS', () => {
	expect(routeWeight(BUILD, 's/docker-pull.html').js.gzip).toBeLessThanOrEqual(100 * KB);
});
