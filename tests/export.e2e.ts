/**
 * The still page that `npm run export` photographs (/still/<id>?step=n&lang=…), and the SVG
 * it serialises in the browser. Text that looks like markup — put into the caption and onto
 * the stage here, as a scenario could — must leave as characters, never as elements.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { readScenario, text } from './helpers/player';

interface ExportApi {
	banfangExport: {
		svg(): string;
		webp(png: string, quality: number): Promise<string>;
		svgDraws(svg: string): Promise<{ width: number; height: number }>;
	};
}

const PAYLOAD = 'Caption <img src=x onerror=alert(1)> and <script>alert(2)</script> & more';

async function openStill(page: Page, id: string, step: number, lang: 'zh' | 'en') {
	await page.goto(`/still/${id}?step=${step}&lang=${lang}`);
	await expect(page.getByTestId('still-frame')).toHaveAttribute('data-ready', `${step}-${lang}`);
	await expect(page.locator(`svg.stage[data-shown="${step}"]`)).toBeVisible();
	await page.evaluate(() => document.fonts.ready);
}

test.use({ viewport: { width: 1600, height: 900 } });

for (const lang of ['en', 'zh'] as const) {
	test(`/still shows one step with its caption, no controls (${lang})`, async ({ page }) => {
		const errors = collectConsoleErrors(page);
		const scenario = readScenario('docker-pull');
		await openStill(page, 'docker-pull', 3, lang);
		await expect(page.getByTestId('still-caption')).toHaveText(text(scenario.steps[2]!.caption, lang));
		await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
		await expect(page.locator('button')).toHaveCount(0);
		// The figure fits the window: nothing scrolls or is cut.
		const caption = await page.getByTestId('still-caption').boundingBox();
		expect(caption!.y + caption!.height).toBeLessThanOrEqual(900);
		expect(errors).toEqual([]);
	});
}

test('the exported SVG is standalone and keeps markup-like text as text', async ({ page }) => {
	await openStill(page, 'docker-pull', 4, 'en');
	await page.getByTestId('still-caption').evaluate((el, payload) => (el.textContent = payload), PAYLOAD);
	await page.locator('svg.stage text.label').first().evaluate((el, payload) => (el.textContent = payload), PAYLOAD);

	const svg = await page.evaluate(() => (window as unknown as ExportApi).banfangExport.svg());
	expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
	expect(svg).toContain('&lt;script&gt;alert(2)&lt;/script&gt; &amp; more');
	expect(svg).not.toMatch(/<img|<script|<foreignObject|<style|\sclass=|var\(--/i);

	const parsed = await page.evaluate((source) => {
		const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			elements: doc.querySelectorAll('script, img, foreignObject, a').length,
			texts: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? '')
		};
	}, svg);
	expect(parsed.error).toBeNull();
	expect(parsed.elements).toBe(0);
	expect(parsed.texts).toContain(PAYLOAD);
	// The caption is laid out on lines; together they read as the payload.
	expect(parsed.texts.join(' ')).toContain('Caption <img src=x onerror=alert(1)>');

	const drawn = await page.evaluate((source) => (window as unknown as ExportApi).banfangExport.svgDraws(source), svg);
	expect(drawn).toEqual({ width: 1600, height: 900 });
});

test('the browser re-encodes the screenshot as WebP', async ({ page }) => {
	await openStill(page, 'docker-images', 1, 'zh');
	const png = await page.screenshot({ type: 'png' });
	const webp = await page.evaluate(
		([src]) => (window as unknown as ExportApi).banfangExport.webp(src, 0.9),
		[`data:image/png;base64,${png.toString('base64')}`] as const
	);
	expect(webp.startsWith('data:image/webp;base64,')).toBe(true);
	expect(Buffer.from(webp.split(',')[1]!, 'base64').toString('latin1', 8, 12)).toBe('WEBP');
});
