/**
 * Scenario text is shown as text, never run as markup: a caption holding an <img onerror>
 * and a <script> appears literally in the player (caption, transcript, screen-reader text)
 * and in the embed, and nothing runs. The scenario is swapped in the route data the
 * browser fetches when it navigates (shipped scenarios are clean, and the build refuses
 * nothing here: this is about rendering).
 */
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { readScenario, text, waitForRest } from './helpers/player';

const ID = 'docker-pull';
const CLEAN = text(readScenario(ID).steps[0]!.caption, 'en');
const PAYLOAD = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> & done';

test.use({ locale: 'en-US' });
test.describe.configure({ timeout: 120_000 });

/** Serves every route's data with step 1's caption replaced by the payload. */
async function poisonRouteData(page: Page) {
	await page.route('**/__data.json*', async (route) => {
		const response = await route.fetch();
		const body = (await response.text()).split(JSON.stringify(CLEAN).slice(1, -1)).join(JSON.stringify(PAYLOAD).slice(1, -1));
		await route.fulfill({ response, body });
	});
}

/** Navigates inside the app (so the route data is fetched, not prerendered HTML). */
async function navigateInApp(page: Page, path: string) {
	await page.goto('/');
	await expect(page.getByTestId('card').first()).toBeVisible();
	await page.evaluate((href) => {
		const a = document.createElement('a');
		a.href = href;
		a.id = 'go';
		a.textContent = 'go';
		document.body.append(a);
	}, path);
	await page.locator('#go').click();
}

/** Every alert/confirm/prompt the page opens (a payload that ran would open one). */
function recordDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]) {
	expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
	expect(await page.locator('img[src="x"]').count()).toBe(0);
	expect(await page.evaluate(() => [...document.scripts].some((s) => s.textContent?.includes('__pwned')))).toBe(false);
	expect(dialogs).toEqual([]);
}

test('in the player, a caption with markup shows as literal text and runs nothing', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	const dialogs = recordDialogs(page);
	await poisonRouteData(page);
	await navigateInApp(page, `/s/${ID}?step=1&lang=en`);
	await waitForRest(page, 1);
	await expect(page.getByTestId('caption').locator('p')).toHaveText(PAYLOAD);
	await expect(page.getByTestId('announcer')).toContainText(PAYLOAD);
	await page.keyboard.press('c');
	await expect(page.getByTestId('transcript')).toContainText(PAYLOAD);
	await expectNothingRan(page, dialogs);
	expect(errors).toEqual([]);
});

test('in the embed, a caption with markup shows as literal text and runs nothing', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	const dialogs = recordDialogs(page);
	await poisonRouteData(page);
	await navigateInApp(page, `/embed/${ID}?step=1&lang=en`);
	await expect(page.getByTestId('embed')).toHaveAttribute('data-step', '1');
	await expect(page.getByTestId('caption').locator('p')).toHaveText(PAYLOAD);
	await expectNothingRan(page, dialogs);
	expect(errors).toEqual([]);
});
