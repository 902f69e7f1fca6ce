/**
 * An embed's first picture is in its HTML: /embed/<id>/<lang> is prerendered with the first
 * step drawn in that language, so a reader sees it before any script has run (on a slow
 * phone, the scripts take a second). A URL asking for another picture (a later step, ?lang=)
 * hides the prerendered one until the page is live, instead of flashing the wrong one.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
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
	for (const page of ['embed/docker-pull.html', 'embed/docker-pull/en.html', 'embed/board-house/zh.html'])
		expect(readFileSync(`${BUILD}/${page}`, 'utf8')).toContain('(window.__banfangPaintFirst || Promise.resolve()).then(() => Promise.all([');
	expect(readFileSync(`${BUILD}/s/docker-pull.html`, 'utf8')).not.toContain('__banfangPaintFirst ||');
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
