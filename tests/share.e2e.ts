/**
 * Share / embed: the player's dialog offers a link to the current step, the one-line
 * script embed and a plain iframe, each copied with one click.
 */
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { openPlayer } from './helpers/player';

test.use({ locale: 'en-US', permissions: ['clipboard-read', 'clipboard-write'] });

test('the share dialog copies a link to this step, the script embed and an iframe', async ({ page, baseURL }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, 'docker-pull', { step: 2, lang: 'en' });
	await page.getByTestId('share-button').click();
	const dialog = page.getByTestId('share');
	await expect(dialog).toBeVisible();
	await expect(dialog.getByTestId('share-link')).toHaveValue(`${baseURL}/s/docker-pull?step=2&lang=en`);
	await expect(dialog.getByTestId('share-script')).toHaveValue(
		`<div data-banfang="docker-pull" data-step="2" data-lang="en"></div>\n<script src="${baseURL}/embed.js" async></script>`
	);
	await expect(dialog.getByTestId('share-iframe')).toHaveValue(new RegExp(`^<iframe src="${baseURL}/embed/docker-pull/en\\?step=2"`));

	await dialog.getByTestId('copy-script').click();
	await expect(dialog.getByTestId('copy-script')).toHaveText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('data-banfang="docker-pull"');
	// Keys belong to the dialog while it is open; Esc closes it.
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	await expect(page.getByTestId('player')).toHaveAttribute('data-step', '2');
	expect(errors).toEqual([]);
});
