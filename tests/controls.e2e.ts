/**
 * The controls a teacher uses in front of a class: the few that matter carry words, the row
 * fits an old 1024 px projector and a 1280 px laptop on one line, and a long scenario's
 * progress is a row of numbered segments, not dots run together.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { openPlayer, readScenario, waitForRest } from './helpers/player';

const LONG = 'board-house';
const COUNT = readScenario(LONG).steps.length;

test.use({ locale: 'en-US' });
test.describe.configure({ timeout: 120_000 });

/** The toolbar's items (the progress bar aside): how many lines they take, and whether they stay inside it. */
async function rowOf(page: Page) {
	return page.getByRole('toolbar').evaluate((toolbar) => {
		const items = [...toolbar.querySelectorAll<HTMLElement>('button, select, a, [data-testid=counter]')].filter((el) => el.getClientRects().length > 0);
		const bounds = toolbar.getBoundingClientRect();
		const middles = items.map((el) => {
			const r = el.getBoundingClientRect();
			return r.top + r.height / 2;
		});
		return {
			lines: Math.round((Math.max(...middles) - Math.min(...middles)) / 10),
			inside: items.every((el) => {
				const r = el.getBoundingClientRect();
				return r.left >= bounds.left - 0.5 && r.right <= bounds.right + 0.5;
			}),
			overflow: document.documentElement.scrollWidth > innerWidth
		};
	});
}

for (const lang of ['en', 'zh'] as const)
	for (const size of [
		{ width: 1024, height: 768, words: ['prev', 'play', 'next'] },
		{ width: 1280, height: 800, words: ['prev', 'play', 'next', 'speaker', 'fullscreen'] }
	])
		test(`at ${size.width}×${size.height} (${lang}) the buttons are one line, the essential ones with words`, async ({ page }) => {
			const errors = collectConsoleErrors(page);
			await page.setViewportSize(size);
			await openPlayer(page, LONG, { step: 9, lang });
			await page.evaluate(() => document.fonts.ready);
			const toolbar = page.getByRole('toolbar');
			const word = { prev: ['Previous', '上一步'], play: ['Play', '播放'], next: ['Next', '下一步'], speaker: ['Speaker view', '演讲者视图'], fullscreen: ['Fullscreen', '全屏'] };
			for (const key of size.words) {
				const [en, zh] = word[key as keyof typeof word];
				const button = toolbar.getByRole('button', { name: lang === 'en' ? en : zh, exact: true });
				await expect(button.locator('.label').first()).toBeVisible();
				await expect(button).toContainText(lang === 'en' ? en! : zh!);
			}
			expect(await rowOf(page)).toEqual({ lines: 0, inside: true, overflow: false });
			// Play and Pause take the same room: the row does not shift when autoplay starts.
			const play = page.getByTestId('play');
			const width = (await play.boundingBox())!.width;
			await play.click();
			await expect(play).toHaveAttribute('aria-label', lang === 'en' ? 'Pause' : '暂停');
			expect((await play.boundingBox())!.width).toBeCloseTo(width, 0);
			await play.click();
			expect(errors).toEqual([]);
		});

test('on a 390 px phone the words go, every control stays inside the screen', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await page.setViewportSize({ width: 390, height: 844 });
	await openPlayer(page, LONG, { step: 9, lang: 'en' });
	const row = await rowOf(page);
	expect(row.inside).toBe(true);
	expect(row.overflow).toBe(false);
	await expect(page.getByRole('toolbar').locator('.label:visible')).toHaveCount(0);
	// Named all the same, for screen readers and tooltips.
	await expect(page.getByRole('button', { name: 'Next', exact: true })).toHaveAttribute('title', 'Next (→)');
	const bar = (await page.getByTestId('progress').boundingBox())!;
	expect(bar.x).toBeGreaterThanOrEqual(0);
	expect(bar.x + bar.width).toBeLessThanOrEqual(390);
	expect(errors).toEqual([]);
});

test(`above 12 steps the progress bar is numbered segments: click one to go there, the current one marked`, async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await page.setViewportSize({ width: 1280, height: 800 });
	await openPlayer(page, LONG, { step: 5, lang: 'en' });
	const bar = page.getByTestId('progress');
	const segments = bar.locator('[data-step-marker]');
	await expect(segments).toHaveCount(COUNT + 1);
	for (let n = 0; n <= COUNT; n++) await expect(segments.nth(n)).toHaveText(String(n));
	const marked = async (step: number) => {
		await expect(bar).toHaveAttribute('aria-valuenow', String(step));
		await expect(bar.locator('.current')).toHaveCount(1);
		await expect(bar.locator('.current')).toHaveAttribute('data-step-marker', String(step));
		await expect(bar.locator('.done')).toHaveCount(step + 1);
		// The current one stands out: taller than the others, its own colours.
		const current = (await bar.locator('.current').boundingBox())!;
		const other = (await segments.nth(step === COUNT ? 0 : COUNT).boundingBox())!;
		expect(current.height).toBeGreaterThan(other.height + 4);
	};
	await marked(5);
	// Wide enough that no two segments touch, every number readable.
	const boxes = await segments.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, width: r.width })));
	for (let n = 1; n < boxes.length; n++) expect(boxes[n]!.left).toBeGreaterThan(boxes[n - 1]!.right);
	for (const b of boxes) expect(b.width).toBeGreaterThanOrEqual(26);

	await segments.nth(17).click();
	await waitForRest(page, 17);
	await marked(17);
	await segments.nth(0).click();
	await waitForRest(page, 0);
	await marked(0);
	await segments.nth(COUNT).click();
	await waitForRest(page, COUNT);
	await marked(COUNT);

	// By keyboard: the bar takes the focus, the arrows move along it, Home goes to the start.
	await bar.focus();
	await expect(bar).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await waitForRest(page, COUNT - 1);
	await marked(COUNT - 1);
	await page.keyboard.press('Home');
	await waitForRest(page, 0);
	await marked(0);
	expect(errors).toEqual([]);
});
