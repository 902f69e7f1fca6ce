/**
 * An embed's first picture is in its HTML: /embed/<id>/<lang> is prerendered with the first
 * step drawn in that language, so a reader sees it before any script has run (on a slow
 * phone, the scripts take a second). A URL asking for another picture (a later step, ?lang=)
 * hides the prerendered one until the page is live, instead of flashing the wrong one.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { collectConsoleErrors } from './helpers/console';

const BUILD = 'build';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const [lang, caption, label] of [
		['en', /The client only asks/, 'Registry'],
		['zh', /客户端只发出请求/, '镜像仓库']
	] as const) {
		test(`/embed/docker-pull/${lang} shows the stage and caption in ${lang}`, async ({ page }) => {
			await page.goto(`/embed/docker-pull/${lang}`);
			const stage = page.locator('svg.stage');
			await expect(stage).toBeVisible();
			await expect(stage).toHaveAttribute('data-shown', '0');
			await expect(stage.locator('text', { hasText: label }).first()).toBeVisible();
			await expect(page.getByTestId('caption')).toHaveText(caption);
		});
	}

	test('/embed/docker-pull/both shows both captions', async ({ page }) => {
		await page.goto('/embed/docker-pull/both');
		await expect(page.getByTestId('caption')).toContainText('客户端只发出请求');
		await expect(page.getByTestId('caption')).toContainText('The client only asks');
	});
});

test('the English page carries no Chinese text that would fetch CJK fonts before it is live', () => {
	const html = readFileSync(`${BUILD}/embed/docker-pull/en.html`, 'utf8');
	const body = html.slice(html.indexOf('<body'), html.indexOf('<script', html.indexOf('<body')));
	expect(body).toContain('<svg');
	expect(body).not.toMatch(/[\u4e00-\u9fff]/);
});

test('the built embed pages start only after their picture is painted (paint-first.ts found the start script)', () => {
	for (const page of ['embed/docker-pull.html', 'embed/docker-pull/en.html', 'embed/board-house/zh.html']) {
		const html = readFileSync(`${BUILD}/${page}`, 'utf8');
		expect(html).toContain('(window.__banfangPaintFirst || Promise.resolve()).then(() => ([');
		// The modules are preloaded only then, not while the picture is laid out.
		expect(html).not.toContain('rel="modulepreload"');
		expect(html).toMatch(/\["[^"\]]*_app\/immutable\/entry\/start\.[\w-]+\.js"[^\]]*\]\.forEach\(/);
	}
	const player = readFileSync(`${BUILD}/s/docker-pull.html`, 'utf8');
	expect(player).not.toContain('__banfangPaintFirst ||');
	expect(player).toContain('rel="modulepreload"');
});

/** The font files a page fetches, by name without hash ("noto-sans-sc-118-700-normal"). */
async function fontsFetched(page: Page, url: string, withoutPreloads: boolean): Promise<{ fetched: string[]; preloaded: string[] }> {
	const name = (href: string) => href.split('/').pop()!.split('.')[0]!;
	const fetched = new Set<string>();
	const listen = (request: Request) => void (request.url().endsWith('.woff2') && fetched.add(name(request.url())));
	page.on('request', listen);
	if (withoutPreloads)
		await page.route(`**${url}`, async (route) => {
			const response = await route.fetch();
			await route.fulfill({ response, body: (await response.text()).replace(/<link[^>]*as="font"[^>]*>/g, '') });
		});
	await page.goto(url);
	await page.waitForLoadState('networkidle');
	await page.evaluate(() => document.fonts.ready);
	const preloaded = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
	page.off('request', listen);
	await page.unrouteAll();
	return { fetched: [...fetched].sort(), preloaded: preloaded.map(name).sort() };
}

test.describe('font preloads (font-preloads.ts)', () => {
	test.use({ javaScriptEnabled: false });
	test.describe.configure({ timeout: 120_000 });
	const ids = readdirSync('scenarios').filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length));

	// Drawn = what the first picture fetches when nothing is preloaded. Every one of those must be
	// preloaded (or the first layout waits on it); the HTML does not say which text is monospace,
	// so one latin file may be preloaded and not drawn (13–22 KB), nothing more.
	for (const lang of ['zh', 'en'])
		test(`every embed in ${lang} preloads the fonts its first picture draws`, async ({ page }) => {
			for (const id of ids) {
				const drawn = (await fontsFetched(page, `/embed/${id}/${lang}`, true)).fetched;
				const { preloaded } = await fontsFetched(page, `/embed/${id}/${lang}`, false);
				expect(drawn.length, id).toBeGreaterThan(0);
				expect(drawn.filter((f) => !preloaded.includes(f)), `${id}: drawn, not preloaded`).toEqual([]);
				const unused = preloaded.filter((f) => !drawn.includes(f));
				expect(unused.length <= 1 && unused.every((f) => f.includes('-latin-')), `${id}: preloaded, not drawn: ${unused}`).toBe(true);
			}
		});
});

test('with ?step= the prerendered first step stays hidden, then the asked step shows', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	const seen: string[] = [];
	await page.exposeFunction('recordVisibility', (v: string) => seen.push(v));
	await page.addInitScript(() => {
		// What a reader sees at the first frames: the embed hidden while it is not yet the asked step.
		const check = () => {
			const embed = document.querySelector('.embed');
			const stage = document.querySelector('svg.stage');
			if (embed && stage) (window as unknown as { recordVisibility: (v: string) => void }).recordVisibility(`${getComputedStyle(embed).visibility}:${stage.getAttribute('data-shown')}`);
			if (!document.querySelector('svg.stage[data-shown="2"]')) requestAnimationFrame(check);
		};
		requestAnimationFrame(check);
	});
	await page.goto('/embed/docker-pull/en?step=2');
	await expect(page.locator('svg.stage')).toHaveAttribute('data-shown', '2');
	await expect(page.locator('.embed')).toBeVisible();
	await expect(page.getByTestId('caption')).toHaveText(/manifest/);
	expect(seen.length).toBeGreaterThan(0);
	expect(seen.filter((v) => v.startsWith('visible:0'))).toEqual([]);
	expect(errors).toEqual([]);
});
