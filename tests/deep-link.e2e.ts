/**
 * The URL names the step and the language: a link opens that view, a reload keeps it, and
 * every way of moving (keys, progress bar, buttons) writes it back. Bad values fall back
 * with a notice; an unknown scenario gets an error page that offers the real ones.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { openPlayer, playerUrl, readScenario, scenarioIds, text, waitForRest } from './helpers/player';

const ID = 'docker-pull';
const scenario = readScenario(ID);
const COUNT = scenario.steps.length;

test.use({ locale: 'en-US' });
// Each test waits for several transitions; a loaded machine makes them slow (this is no speed test).
test.describe.configure({ timeout: 120_000 });

/** The caption's sentence for step n (0 is the summary). */
function captionOf(n: number, lang: 'zh' | 'en'): string {
	return n === 0 ? text(scenario.summary, lang) : text(scenario.steps[n - 1]!.caption, lang);
}

async function expectView(page: Page, step: number, lang: 'zh' | 'en') {
	const player = page.getByTestId('player');
	await expect(player).toHaveAttribute('data-step', String(step));
	await expect(player).toHaveAttribute('data-lang', lang);
	await expect(page.getByTestId('counter')).toHaveText(`${step} / ${COUNT}`);
	await expect(page.getByTestId('caption').locator('p')).toHaveText(captionOf(step, lang));
	await expect(page).toHaveURL(new RegExp(`[?&]step=${step}(&|$)`));
	await expect(page).toHaveURL(new RegExp(`[?&]lang=${lang}(&|$)`));
}

test('the scenario under test has enough steps', () => {
	expect(COUNT).toBeGreaterThanOrEqual(3);
	expect(scenarioIds()).toContain(ID);
});

test('a deep link opens at its step and language; a reload keeps it; → updates the URL', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await page.goto(playerUrl(ID, { step: 3, lang: 'en' }));
	await waitForRest(page, 3);
	await expectView(page, 3, 'en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByTestId('notice')).toHaveCount(0);

	await page.reload();
	await waitForRest(page, 3);
	await expectView(page, 3, 'en');

	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 4);
	await expectView(page, 4, 'en');

	// The URL was replaced, not pushed: a reload now opens step 4.
	await page.reload();
	await waitForRest(page, 4);
	await expectView(page, 4, 'en');

	// Chinese deep link.
	await page.goto(playerUrl(ID, { step: 1, lang: 'zh' }));
	await waitForRest(page, 1);
	await expectView(page, 1, 'zh');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	expect(errors).toEqual([]);
});

test('a link without step or lang opens at the start, in the browser language, and writes both into the URL', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await page.goto(`/s/${ID}`);
	await waitForRest(page, 0);
	await expectView(page, 0, 'en');
	await expect(page.getByTestId('notice')).toHaveCount(0);

	// The gallery links name only the language.
	await page.goto(`/s/${ID}?lang=zh`);
	await waitForRest(page, 0);
	await expectView(page, 0, 'zh');
	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 1);
	await expectView(page, 1, 'zh');
	expect(errors).toEqual([]);
});

test('an out-of-range step clamps to the last step, with a notice', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await page.goto(playerUrl(ID, { step: 99, lang: 'en' }));
	await waitForRest(page, COUNT);
	await expectView(page, COUNT, 'en');
	const notice = page.getByTestId('notice');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('99');
	await expect(notice).toContainText(`showing step ${COUNT}`);
	// The notice can be dismissed.
	await notice.getByRole('button', { name: 'Close' }).click();
	await expect(notice).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('a non-numeric step falls back to the start, with a notice', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await page.goto(playerUrl(ID, { step: 'abc', lang: 'en' }));
	await waitForRest(page, 0);
	await expectView(page, 0, 'en');
	const notice = page.getByTestId('notice');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('abc');
	await expect(notice).toContainText('showing step 0');
	expect(errors).toEqual([]);
});

test('an unsupported lang falls back to the browser language, with a notice', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await page.goto(playerUrl(ID, { step: 2, lang: 'fr' }));
	await waitForRest(page, 2);
	await expectView(page, 2, 'en');
	const notice = page.getByTestId('notice');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('"fr"');
	expect(errors).toEqual([]);
});

test.describe('with a Chinese browser', () => {
	test.use({ locale: 'zh-CN' });
	test('an unsupported lang falls back to Chinese', async ({ page }) => {
		const errors = collectConsoleErrors(page);
		await page.goto(playerUrl(ID, { step: 2, lang: 'fr' }));
		await waitForRest(page, 2);
		await expectView(page, 2, 'zh');
		await expect(page.getByTestId('notice')).toContainText('“fr”');
		expect(errors).toEqual([]);
	});
});

test('L switches the caption language and the URL', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 2, lang: 'zh' });
	await page.keyboard.press('l');
	await expectView(page, 2, 'en');
	await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeVisible();
	// en → both (bilingual captions, see classroom.e2e.ts) → zh
	await page.keyboard.press('L');
	await expect(page).toHaveURL(/[?&]lang=both(&|$)/);
	await page.keyboard.press('L');
	await expectView(page, 2, 'zh');
	await expect(page.getByRole('button', { name: '下一步', exact: true })).toBeVisible();
	// The language survives a reload.
	await page.keyboard.press('l');
	await expectView(page, 2, 'en');
	await page.reload();
	await waitForRest(page, 2);
	await expectView(page, 2, 'en');
	await page.keyboard.press('l');
	await page.keyboard.press('l');
	await expectView(page, 2, 'zh');
	await page.reload();
	await waitForRest(page, 2);
	await expectView(page, 2, 'zh');
	expect(errors).toEqual([]);
});

test('digit keys jump to their step; Home and End go to the ends', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 0, lang: 'en' });
	await page.keyboard.press('3');
	await waitForRest(page, 3);
	await expectView(page, 3, 'en');
	await page.keyboard.press('1');
	await waitForRest(page, 1);
	await expectView(page, 1, 'en');
	await page.keyboard.press('0');
	await waitForRest(page, 0);
	await expectView(page, 0, 'en');
	// A digit past the end shows the last step.
	await page.keyboard.press('9');
	await waitForRest(page, COUNT);
	await expectView(page, COUNT, 'en');

	await page.keyboard.press('Home');
	await waitForRest(page, 0);
	await expectView(page, 0, 'en');
	await page.keyboard.press('End');
	await waitForRest(page, COUNT);
	await expectView(page, COUNT, 'en');
	expect(errors).toEqual([]);
});

test('clicking the progress bar jumps to the step under the pointer', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 0, lang: 'en' });
	const bar = page.getByTestId('progress');
	await expect(bar).toHaveAttribute('aria-valuemax', String(COUNT));
	await expect(bar.locator('[data-step-marker]')).toHaveCount(COUNT + 1);

	await bar.locator('[data-step-marker="3"]').click();
	await waitForRest(page, 3);
	await expectView(page, 3, 'en');
	await expect(bar).toHaveAttribute('aria-valuenow', '3');

	await bar.locator(`[data-step-marker="${COUNT}"]`).click();
	await waitForRest(page, COUNT);
	await expectView(page, COUNT, 'en');

	await bar.locator('[data-step-marker="1"]').click();
	await waitForRest(page, 1);
	await expectView(page, 1, 'en');

	// A click between markers goes to the nearest one: just right of marker 0 is step 0.
	const box = (await bar.boundingBox())!;
	await page.mouse.click(box.x + box.width / COUNT / 4, box.y + box.height / 2);
	await waitForRest(page, 0);
	await expectView(page, 0, 'en');
	// …and just left of the last marker is the last step.
	await page.mouse.click(box.x + box.width - box.width / COUNT / 4, box.y + box.height / 2);
	await waitForRest(page, COUNT);
	await expectView(page, COUNT, 'en');
	expect(errors).toEqual([]);
});

test('the control buttons work with the mouse', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 0, lang: 'en' });
	const button = (name: string) => page.getByRole('button', { name, exact: true });

	await expect(button('First')).toBeDisabled();
	await expect(button('Previous')).toBeDisabled();
	await button('Next').click();
	await waitForRest(page, 1);
	await expectView(page, 1, 'en');
	await button('Next').click();
	await waitForRest(page, 2);
	await expectView(page, 2, 'en');
	await button('Previous').click();
	await waitForRest(page, 1);
	await expectView(page, 1, 'en');
	await button('Last').click();
	await waitForRest(page, COUNT);
	await expectView(page, COUNT, 'en');
	await expect(button('Next')).toBeDisabled();
	await expect(button('Last')).toBeDisabled();
	await button('First').click();
	await waitForRest(page, 0);
	await expectView(page, 0, 'en');

	await page.getByTestId('lang').click();
	await page.getByTestId('lang').click();
	await expectView(page, 0, 'zh');
	await expect(button('下一步')).toBeEnabled();
	await page.getByTestId('lang').click();
	await expectView(page, 0, 'en');
	expect(errors).toEqual([]);
});

test('an unknown scenario shows the error page, whose links open the real ones', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	const response = await page.goto('/s/nope');
	expect(response?.status()).toBe(404);
	const errorPage = page.getByTestId('error-page');
	await expect(errorPage).toBeVisible();
	await expect(errorPage).toContainText('nope');
	await expect(page.getByTestId('player')).toHaveCount(0);

	const ids = scenarioIds();
	for (const id of ids) await expect(errorPage.getByRole('link', { name: id, exact: true })).toBeVisible();

	await errorPage.getByRole('link', { name: ID, exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/s/${ID}(\\?|$)`));
	await waitForRest(page, 0);
	await expect(page.getByTestId('counter')).toHaveText(`0 / ${COUNT}`);
	await expect(page.getByTestId('error-page')).toHaveCount(0);
	// The browser reports the 404 of the page itself; that status is the point, not an error.
	const documentNotFound = /^console\.error: Failed to load resource: the server responded with a status of 404 .*\/s\/nope:/;
	expect(errors.filter((e) => !documentNotFound.test(e))).toEqual([]);
});
