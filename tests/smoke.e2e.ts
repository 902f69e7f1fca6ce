import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';

test('home page loads with a title and no console errors', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await page.goto('/');
	await page.waitForLoadState('networkidle');
	await expect(page).toHaveTitle(/\S/);
	expect(errors).toEqual([]);
});
