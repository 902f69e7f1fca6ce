/**
 * The `?` help: generated from KEYMAP (so it lists every key the player answers to),
 * closed by Esc, and while it is open only the keys meant for it act (see
 * src/lib/player/keyboard.ts: ?/Esc/L act; → and ← close it and step; the rest wait).
 */
import { expect, test, type Page } from '@playwright/test';
import { KEYMAP } from '../src/lib/player/keymap';
import { collectConsoleErrors } from './helpers/console';
import { openPlayer, waitForRest } from './helpers/player';

const ID = 'docker-run-alpine';

test.use({ locale: 'en-US' });
// Each test waits for several transitions; a loaded machine makes them slow (this is no speed test).
test.describe.configure({ timeout: 120_000 });

async function expectRowsMatchKeymap(page: Page, lang: 'zh' | 'en') {
	const rows = page.getByTestId('help').locator('tr[data-action]');
	await expect(rows).toHaveCount(KEYMAP.length);
	expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-action')))).toEqual(KEYMAP.map((b) => b.action));
	expect(await rows.locator('kbd').allTextContents()).toEqual(KEYMAP.map((b) => b.label));
	await expect(rows.locator('td')).toHaveText(KEYMAP.map((b) => b.help[lang]));
}

test('? opens the help, which lists every KEYMAP entry; Esc closes it and the keys work again', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 2, lang: 'en' });
	const help = page.getByTestId('help');
	await expect(help).toHaveCount(0);

	await page.keyboard.press('?');
	await expect(help).toBeVisible();
	await expect(help).toHaveJSProperty('open', true);
	await expect(help.getByRole('heading')).toHaveText('Keyboard shortcuts');
	await expectRowsMatchKeymap(page, 'en');
	// Every action of the player's type has a row: no key is left out of the table.
	expect(new Set(KEYMAP.map((b) => b.action)).size).toBe(KEYMAP.length);

	await page.keyboard.press('Escape');
	await expect(help).toHaveCount(0);
	// Focus is back on the page, not stranded in a removed dialog: the keys work again.
	expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)).toBe(true);
	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 3);
	await expect(page.getByTestId('counter')).toHaveText(/^3 \/ \d+$/);

	// ? toggles: a second ? closes it too.
	await page.keyboard.press('?');
	await expect(help).toBeVisible();
	await page.keyboard.press('?');
	await expect(help).toHaveCount(0);
	await page.keyboard.press('ArrowLeft');
	await waitForRest(page, 2);
	expect(errors).toEqual([]);
});

test('the help is in the player language, and L switches it while open', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 1, lang: 'zh' });
	await page.keyboard.press('?');
	await expect(page.getByTestId('help')).toBeVisible();
	await expect(page.getByTestId('help').getByRole('heading')).toHaveText('键盘快捷键');
	await expectRowsMatchKeymap(page, 'zh');

	await page.keyboard.press('l');
	await expect(page.getByTestId('player')).toHaveAttribute('data-lang', 'en');
	await expect(page.getByTestId('help')).toBeVisible();
	await expectRowsMatchKeymap(page, 'en');
	expect(errors).toEqual([]);
});

test('opened with the mouse and closed with Esc, the help gives focus back to its button', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 0, lang: 'en' });
	const button = page.getByRole('button', { name: 'Keys', exact: true });
	await button.click();
	const help = page.getByTestId('help');
	await expect(help).toBeVisible();
	await expectRowsMatchKeymap(page, 'en');
	await page.keyboard.press('Escape');
	await expect(help).toHaveCount(0);
	await expect(button).toBeFocused();
	expect(errors).toEqual([]);
});

test('the help\'s Close button closes it and gives focus back to the Keys button', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 0, lang: 'en' });
	const button = page.getByRole('button', { name: 'Keys', exact: true });
	await button.click();
	const help = page.getByTestId('help');
	await expect(help).toBeVisible();
	await help.getByRole('button', { name: 'Close', exact: true }).click();
	await expect(help).toHaveCount(0);
	await expect(button).toBeFocused();
	expect(errors).toEqual([]);
});

test('while the help is open, Home, End, digits and K do nothing', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 3, lang: 'en' });
	const help = page.getByTestId('help');
	await page.keyboard.press('?');
	await expect(help).toBeVisible();

	for (const key of ['Home', 'End', '5', '0', 'k', 'K']) await page.keyboard.press(key);
	// Give a wrongly handled key the time to show: the step and the play state stay as they were.
	await expect(page.getByTestId('player')).toHaveAttribute('data-step', '3');
	await expect(page.locator('svg.stage')).toHaveAttribute('data-shown', '3');
	await expect(page.getByTestId('play')).toHaveAttribute('aria-label', 'Play');
	await expect(help).toBeVisible();
	await expect(page).toHaveURL(/[?&]step=3(&|$)/);
	expect(errors).toEqual([]);
});

test('while the help is open, → and ← close it and step', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 3, lang: 'en' });
	const help = page.getByTestId('help');

	await page.keyboard.press('?');
	await expect(help).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(help).toHaveCount(0);
	await waitForRest(page, 4);

	await page.keyboard.press('?');
	await expect(help).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(help).toHaveCount(0);
	await waitForRest(page, 3);
	// The page keeps the keys afterwards.
	await page.keyboard.press('ArrowLeft');
	await waitForRest(page, 2);
	expect(errors).toEqual([]);
});
