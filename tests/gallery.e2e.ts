/**
 * The gallery shows one card per scenario file, with its title and a drawn thumbnail; a
 * card opens its player, and the language toggle switches the titles.
 */
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { readScenario, scenarioIds, text, waitForRest } from './helpers/player';
import { LESSON_PATH, PATH_IDS } from '../src/lib/server/lesson-path';

const IDS = scenarioIds();

test.use({ locale: 'en-US' });
// Each test waits for several transitions; a loaded machine makes them slow (this is no speed test).
test.describe.configure({ timeout: 120_000 });

test('every scenario has a card with a title and an SVG thumbnail', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await page.goto('/');
	const cards = page.getByTestId('card');
	await expect(cards).toHaveCount(IDS.length);
	expect((await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).sort()).toEqual(IDS);

	for (const id of IDS) {
		const card = page.locator(`[data-testid=card][data-id="${id}"]`);
		await expect(card).toHaveCount(1);
		const title = card.getByRole('heading');
		await expect(title).toHaveText(/\S/);
		await expect(title).toHaveText(text(readScenario(id).title, 'en'));
		await expect(card.getByRole('link')).toHaveAttribute('href', new RegExp(`/s/${id}\\?lang=en$`));

		// The thumbnail is the stage, drawn: actors and items, at rest on the step the path names as its picture.
		const thumb = card.locator('svg.stage');
		await expect(thumb).toHaveCount(1);
		await expect(thumb).toBeVisible();
		const hero = LESSON_PATH.flatMap((c) => c.stops).find((s) => s.id === id)?.hero ?? readScenario(id).steps.length;
		await expect(thumb).toHaveAttribute('data-shown', String(hero));
		expect(await thumb.locator('[data-actor]').count()).toBeGreaterThan(0);
		const box = (await thumb.boundingBox())!;
		expect(box.width).toBeGreaterThan(100);
		expect(box.height).toBeGreaterThan(50);
	}
	expect(errors).toEqual([]);
});

test('the cards follow the lesson: chapters in order, scenarios numbered 1, 2, 3… along the path', async ({ page }) => {
	await page.goto('/');
	const chapters = page.getByTestId('chapter');
	await expect(chapters).toHaveCount(LESSON_PATH.length);
	for (const [i, chapter] of LESSON_PATH.entries()) {
		await expect(chapters.nth(i).getByRole('heading', { level: 2 }).first()).toContainText(text(chapter.title, 'en'));
		await expect(chapters.nth(i).getByTestId('card')).toHaveCount(chapter.stops.length);
	}
	const cards = page.getByTestId('card');
	expect(await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-id')))).toEqual(PATH_IDS);
	await expect(page.getByTestId('card-number')).toHaveText(PATH_IDS.map((_, i) => String(i + 1)));
	await expect(cards.first()).toContainText('Start here');
});

for (const id of IDS) {
	test(`clicking the ${id} card opens its player`, async ({ page }) => {
		const errors = collectConsoleErrors(page);
		await page.goto('/');
		await page.locator(`[data-testid=card][data-id="${id}"]`).click();
		await expect(page).toHaveURL(new RegExp(`/s/${id}\\?`));
		await waitForRest(page, 0);
		const player = page.getByTestId('player');
		await expect(player).toHaveAttribute('data-lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(readScenario(id).title, 'en'));
		await expect(page.getByTestId('counter')).toHaveText(`0 / ${readScenario(id).steps.length}`);
		await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
		await expect(page).toHaveURL(/[?&]step=0(&|$)/);
		expect(errors).toEqual([]);
	});
}

test('the language toggle switches the titles, and the cards open the player in that language', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await page.goto('/');
	const titles = page.getByTestId('card').getByRole('heading');
	const expected = (lang: 'zh' | 'en') =>
		page.getByTestId('card').evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? '')).then((ids) => ids.map((id) => text(readScenario(id).title, lang)));

	await expect(titles).toHaveText(await expected('en'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const toggle = page.getByTestId('lang');
	await toggle.click();
	await expect(titles).toHaveText(await expected('zh'));
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	// The Chinese titles differ from the English ones (the toggle really switched).
	expect(await expected('zh')).not.toEqual(await expected('en'));

	const first = page.getByTestId('card').first();
	await expect(first.getByRole('link')).toHaveAttribute('href', /\?lang=zh$/);
	await first.click();
	await expect(page.getByTestId('player')).toHaveAttribute('data-lang', 'zh');
	await waitForRest(page, 0);

	await page.goBack();
	await expect(page.getByTestId('card')).toHaveCount(IDS.length);
	expect(errors).toEqual([]);
});
