/**
 * With prefers-reduced-motion, the stage snaps to each step: it never enters data-busy.
 * A MutationObserver on svg.stage records every data-busy it ever gets, so a transition
 * too short to be caught by polling is still seen.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { openPlayer, readScenario, waitForRest } from './helpers/player';

const ID = 'docker-run-alpine';
const COUNT = readScenario(ID).steps.length;

test.use({ locale: 'en-US' });
// Each test waits for several transitions; a loaded machine makes them slow (this is no speed test).
test.describe.configure({ timeout: 120_000 });

/** Starts recording every data-busy value svg.stage takes. */
async function watchBusy(page: Page) {
	await page.locator('svg.stage').evaluate((svg) => {
		const seen: string[] = [];
		(window as unknown as { __busySeen: string[] }).__busySeen = seen;
		if (svg.hasAttribute('data-busy')) seen.push(svg.getAttribute('data-busy') ?? '');
		new MutationObserver((records) => {
			for (const r of records) {
				const value = (r.target as Element).getAttribute('data-busy');
				if (value !== null) seen.push(value);
			}
		}).observe(svg, { attributes: true, attributeFilter: ['data-busy', 'data-shown'] });
	});
}

async function busySeen(page: Page): Promise<string[]> {
	return page.evaluate(() => (window as unknown as { __busySeen: string[] }).__busySeen);
}

async function stepAndExpectSnap(page: Page, key: string, to: number) {
	await page.keyboard.press(key);
	await expect.poll(() => page.locator('svg.stage').getAttribute('data-shown'), { timeout: 2_000 }).toBe(String(to));
	await waitForRest(page, to);
}

test('with reduced motion, → and ← change the step without the stage ever being busy', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openPlayer(page, ID, { step: 0, lang: 'en' });
	await watchBusy(page);

	for (let n = 1; n <= COUNT; n++) await stepAndExpectSnap(page, 'ArrowRight', n);
	await expect(page.getByTestId('counter')).toHaveText(`${COUNT} / ${COUNT}`);
	for (let n = COUNT - 1; n >= COUNT - 3; n--) await stepAndExpectSnap(page, 'ArrowLeft', n);
	await page.getByRole('button', { name: 'Next', exact: true }).click();
	await expect.poll(() => page.locator('svg.stage').getAttribute('data-shown'), { timeout: 2_000 }).toBe(String(COUNT - 2));

	expect(await busySeen(page), 'data-busy values the stage took').toEqual([]);
	expect(errors).toEqual([]);
});

test('turning reduced motion on while the page is open takes effect at once', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 2, lang: 'en' });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await expect.poll(() => page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
	await watchBusy(page);

	await stepAndExpectSnap(page, 'ArrowRight', 3);
	await stepAndExpectSnap(page, 'ArrowRight', 4);
	await stepAndExpectSnap(page, 'ArrowLeft', 3);
	expect(await busySeen(page), 'data-busy values the stage took').toEqual([]);
	expect(errors).toEqual([]);
});

test('the in-app toggle (M, or its button) makes steps snap, and is remembered', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 1, lang: 'en' });
	const toggle = page.getByTestId('motion');
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await page.keyboard.press('m');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByTestId('player')).toHaveAttribute('data-motion', 'reduced');
	await watchBusy(page);
	await stepAndExpectSnap(page, 'ArrowRight', 2);
	await stepAndExpectSnap(page, 'ArrowRight', 3);
	expect(await busySeen(page), 'data-busy values the stage took').toEqual([]);

	await page.reload();
	await waitForRest(page, 3);
	await expect(page.getByTestId('motion')).toHaveAttribute('aria-pressed', 'true');
	await page.getByTestId('motion').click();
	await expect(page.getByTestId('player')).toHaveAttribute('data-motion', 'full');
	expect(errors).toEqual([]);
});
