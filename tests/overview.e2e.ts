/**
 * The overview (O): every step as a still thumbnail with its caption, in a modal dialog.
 * Arrows, Home and End move between thumbnails (never the player behind it); Enter, Space
 * or a click opens a step; Esc (or O) closes it and gives focus back.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { openPlayer, readScenario, text, waitForRest } from './helpers/player';

const ID = 'board-house';
const SHORT = 'docker-pull';

test.use({ locale: 'en-US' });
// Each test waits for transitions and draws a score of thumbnails; a loaded machine is slow.
test.describe.configure({ timeout: 120_000 });

/** The player's own stage (the overview's thumbnails are stages too). */
const playerStage = (page: Page) => page.locator('main svg.stage');

const tiles = (page: Page) => page.getByTestId('overview').locator('button[data-step]');

/** The data-step of the focused element. */
async function focusedStep(page: Page): Promise<string | null> {
	return page.evaluate(() => document.activeElement?.getAttribute('data-step') ?? null);
}

/** Thumbnails in the first row, measured from the layout. */
async function columnCount(page: Page): Promise<number> {
	return tiles(page).evaluateAll((buttons) => {
		const top = buttons[0]!.getBoundingClientRect().top;
		return buttons.filter((b) => Math.abs(b.getBoundingClientRect().top - top) < 2).length;
	});
}

/** The player behind has not moved from step n. */
async function expectPlayerAt(page: Page, n: number) {
	await expect(page.getByTestId('player')).toHaveAttribute('data-step', String(n));
	await expect(page.getByTestId('counter')).toHaveText(new RegExp(`^${n} / \\d+$`));
	await expect(playerStage(page)).toHaveAttribute('data-shown', String(n));
	await expect(page).toHaveURL(new RegExp(`[?&]step=${n}(&|$)`));
}

test('O opens the overview: one thumbnail per step with its caption, the current one marked and focused; Esc closes it', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	const scenario = readScenario(ID);
	await openPlayer(page, ID, { step: 3, lang: 'en' });
	const overview = page.getByTestId('overview');
	await expect(overview).toHaveCount(0);

	await page.keyboard.press('o');
	await expect(overview).toBeVisible();
	await expect(overview).toHaveJSProperty('open', true);
	await expect(overview.getByRole('heading')).toHaveText(`Overview ${text(scenario.title, 'en')}`);

	const count = scenario.steps.length;
	await expect(tiles(page)).toHaveCount(count + 1);
	expect(await tiles(page).evaluateAll((bs) => bs.map((b) => b.getAttribute('data-step')))).toEqual(
		Array.from({ length: count + 1 }, (_, n) => String(n))
	);
	// Step 0 is the start (the summary), then every step's caption, in order.
	const captions = [text(scenario.summary, 'en'), ...scenario.steps.map((s) => text(s.caption, 'en'))];
	await expect(overview.getByTestId('overview-caption')).toHaveText(captions);
	// Each thumbnail is the stage drawn still at its step.
	for (const n of [0, 1, count]) {
		const thumb = tiles(page).nth(n).locator('svg.stage');
		await expect(thumb).toHaveAttribute('data-shown', String(n));
		expect(await thumb.locator('[data-actor]').count()).toBeGreaterThan(0);
	}

	// The current step, and only it, is marked — with a badge, not colour alone — and focused.
	const current = overview.locator('[aria-current="step"]');
	await expect(current).toHaveCount(1);
	await expect(current).toHaveAttribute('data-step', '3');
	await expect(current).toContainText('Current');
	await expect(current).toBeFocused();
	await expect(current).toBeInViewport();

	await page.keyboard.press('Escape');
	await expect(overview).toHaveCount(0);
	expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
	await expectPlayerAt(page, 3);
	// The keys are the player's again.
	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 4);
	expect(errors).toEqual([]);
});

test('arrows, Home and End move between thumbnails and the player behind does not step; Enter opens a step', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	const count = readScenario(ID).steps.length;
	await openPlayer(page, ID, { step: 2, lang: 'en' });
	await page.keyboard.press('O');
	await expect(page.getByTestId('overview')).toBeVisible();
	await expect.poll(() => focusedStep(page)).toBe('2');
	const cols = await columnCount(page);
	expect(cols).toBeGreaterThan(1);

	await page.keyboard.press('ArrowRight');
	await expect.poll(() => focusedStep(page)).toBe('3');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect.poll(() => focusedStep(page)).toBe('1');
	await page.keyboard.press('ArrowDown');
	await expect.poll(() => focusedStep(page)).toBe(String(1 + cols));
	await page.keyboard.press('ArrowDown');
	await expect.poll(() => focusedStep(page)).toBe(String(1 + 2 * cols));
	await page.keyboard.press('ArrowUp');
	await expect.poll(() => focusedStep(page)).toBe(String(1 + cols));
	await page.keyboard.press('End');
	await expect.poll(() => focusedStep(page)).toBe(String(count));
	await expect(tiles(page).nth(count)).toBeInViewport();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => focusedStep(page)).toBe(String(count));
	await page.keyboard.press('Home');
	await expect.poll(() => focusedStep(page)).toBe('0');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowUp');
	await expect.poll(() => focusedStep(page)).toBe('0');
	// Player keys that mean nothing here do nothing either.
	for (const key of ['k', '7', 'PageDown', 'n', 'p']) await page.keyboard.press(key);
	await expect(page.getByTestId('overview')).toBeVisible();
	await expect(page.getByTestId('play')).toHaveAttribute('aria-label', 'Play');
	await expectPlayerAt(page, 2);

	// Enter opens the focused step (a jump of several steps) and closes the overview.
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowRight');
	const target = cols + 1;
	await expect.poll(() => focusedStep(page)).toBe(String(target));
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('overview')).toHaveCount(0);
	await waitForRest(page, target);
	await expectPlayerAt(page, target);
	expect(errors).toEqual([]);
});

test('Space opens a neighbouring step (animated) and O closes the overview again', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, SHORT, { step: 1, lang: 'en' });
	const overview = page.getByTestId('overview');
	await page.keyboard.press('o');
	await expect(overview).toBeVisible();
	await page.keyboard.press('o');
	await expect(overview).toHaveCount(0);
	await expectPlayerAt(page, 1);

	await page.keyboard.press('o');
	await expect(overview).toBeVisible();
	await expect.poll(() => focusedStep(page)).toBe('1');
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => focusedStep(page)).toBe('2');
	await page.keyboard.press(' ');
	await expect(overview).toHaveCount(0);
	await waitForRest(page, 2);
	await expectPlayerAt(page, 2);
	expect(errors).toEqual([]);
});

test('the Overview button opens it; Esc gives focus back to the button; a click on a thumbnail opens that step', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, SHORT, { step: 0, lang: 'en' });
	const button = page.getByRole('button', { name: 'Overview', exact: true });
	const overview = page.getByTestId('overview');
	await button.click();
	await expect(overview).toBeVisible();
	await expect(overview.locator('[aria-current="step"]')).toHaveAttribute('data-step', '0');
	await page.keyboard.press('Escape');
	await expect(overview).toHaveCount(0);
	await expect(button).toBeFocused();

	await button.click();
	await expect(overview).toBeVisible();
	await tiles(page).nth(3).click();
	await expect(overview).toHaveCount(0);
	await waitForRest(page, 3);
	await expectPlayerAt(page, 3);
	await expect(button).toBeFocused();

	// Its Close button closes it too.
	await button.click();
	await expect(overview.locator('[aria-current="step"]')).toHaveAttribute('data-step', '3');
	await overview.getByRole('button', { name: 'Close', exact: true }).click();
	await expect(overview).toHaveCount(0);
	await expect(button).toBeFocused();
	await expectPlayerAt(page, 3);
	expect(errors).toEqual([]);
});

test('the overview speaks the player language, and L switches it while open', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	const scenario = readScenario(SHORT);
	await openPlayer(page, SHORT, { step: 1, lang: 'zh' });
	await page.keyboard.press('o');
	const overview = page.getByTestId('overview');
	await expect(overview.getByRole('heading')).toHaveText(`总览 ${text(scenario.title, 'zh')}`);
	await expect(overview.getByTestId('overview-caption')).toHaveText([text(scenario.summary, 'zh'), ...scenario.steps.map((s) => text(s.caption, 'zh'))]);
	await expect(overview.locator('[aria-current="step"]')).toContainText('当前');

	await page.keyboard.press('l');
	await expect(page.getByTestId('player')).toHaveAttribute('data-lang', 'en');
	await expect(overview).toBeVisible();
	await expect(overview.getByRole('heading')).toHaveText(`Overview ${text(scenario.title, 'en')}`);
	await expect(overview.getByTestId('overview-caption').first()).toHaveText(text(scenario.summary, 'en'));
	expect(errors).toEqual([]);
});

for (const { width, height, cols } of [
	{ width: 1920, height: 1080, cols: 4 },
	{ width: 1280, height: 720, cols: 4 },
	{ width: 768, height: 1024, cols: 2 }
])
	test(`at ${width}×${height} the overview shows ${cols} thumbnails a row, captions legible`, async ({ page }) => {
		const errors = collectConsoleErrors(page);
		await page.setViewportSize({ width, height });
		await openPlayer(page, ID, { step: 0, lang: 'en' });
		await page.keyboard.press('o');
		await expect(page.getByTestId('overview')).toBeVisible();
		expect(await columnCount(page)).toBe(cols);
		const size = await page.getByTestId('overview-caption').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size).toBeGreaterThanOrEqual(16);
		// Nothing sticks out sideways: the dialog fits the window and the grid does not scroll across.
		const box = (await page.getByTestId('overview').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(width);
		expect(await page.getByTestId('overview').locator('ol').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
		expect(errors).toEqual([]);
	});
