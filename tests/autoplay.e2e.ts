/**
 * Autoplay: K starts it (the play button turns into Pause), the steps advance by
 * themselves, K pauses, and it stops by itself at the last step. Speed 2 keeps it short.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { openPlayer, readScenario, waitForRest } from './helpers/player';

const ID = 'docker-pull';
const COUNT = readScenario(ID).steps.length;
/** Autoplay waits for animations and a reading pause: be generous, this is not a speed test. */
const SLOW = { timeout: 60_000 };

test.use({ locale: 'en-US' });

async function setSpeed2(page: Page) {
	const speed = page.getByTestId('speed');
	await speed.selectOption({ label: '2×' });
	await expect(speed).toHaveValue('2');
	// Give the keys back to the page (keys typed into a <select> are the select's).
	await speed.evaluate((el) => (el as HTMLElement).blur());
}

async function currentStep(page: Page): Promise<number> {
	return Number(await page.getByTestId('player').getAttribute('data-step'));
}

test('K starts autoplay, the steps advance by themselves, K pauses', async ({ page }) => {
	test.setTimeout(180_000);
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 0, lang: 'en' });
	await setSpeed2(page);
	const play = page.getByTestId('play');
	await expect(play).toHaveAttribute('aria-label', 'Play');

	await page.keyboard.press('k');
	await expect(play).toHaveAttribute('aria-label', 'Pause');
	await expect(page.getByTestId('player')).toHaveAttribute('data-step', '1', SLOW);
	await expect(page.getByTestId('player')).toHaveAttribute('data-step', '2', SLOW);
	await expect(play).toHaveAttribute('aria-label', 'Pause');

	await page.keyboard.press('K');
	await expect(play).toHaveAttribute('aria-label', 'Play');
	const paused = await currentStep(page);
	expect(paused).toBeLessThan(COUNT);
	await waitForRest(page, paused);
	// Longer than an autoplay step's animation and reading pause at speed 2: nothing moves.
	await page.waitForTimeout(4_000);
	expect(await currentStep(page)).toBe(paused);
	await expect(page.locator('svg.stage')).toHaveAttribute('data-shown', String(paused));
	await expect(play).toHaveAttribute('aria-label', 'Play');
	expect(errors).toEqual([]);
});

test('autoplay stops at the last step; played again from there, it starts over', async ({ page }) => {
	test.setTimeout(180_000);
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: COUNT - 1, lang: 'en' });
	await setSpeed2(page);
	const play = page.getByTestId('play');

	await page.keyboard.press('k');
	await expect(play).toHaveAttribute('aria-label', 'Pause');
	await expect(page.getByTestId('player')).toHaveAttribute('data-step', String(COUNT), SLOW);
	await expect(play).toHaveAttribute('aria-label', 'Play', SLOW);
	await waitForRest(page, COUNT);
	await page.waitForTimeout(4_000);
	expect(await currentStep(page)).toBe(COUNT);
	await expect(play).toHaveAttribute('aria-label', 'Play');

	// The play button, by mouse, at the end: back to the start, and on again.
	await play.click();
	await expect(play).toHaveAttribute('aria-label', 'Pause');
	await expect(page.getByTestId('player')).toHaveAttribute('data-step', '1', SLOW);
	await play.click();
	await expect(play).toHaveAttribute('aria-label', 'Play');
	expect(errors).toEqual([]);
});

test('stepping by hand during autoplay keeps it going; End stops it at the last step', async ({ page }) => {
	test.setTimeout(180_000);
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 0, lang: 'en' });
	await setSpeed2(page);
	const play = page.getByTestId('play');
	await page.keyboard.press('k');
	await expect(play).toHaveAttribute('aria-label', 'Pause');
	// Autoplay takes the first step itself (0.3 s at 2×); the reader then steps on by hand while it
	// dwells there (1.4 s). Pressing before it moved would race its timer on a loaded machine.
	await waitForRest(page, 1);
	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 2);
	// Autoplay carries on from the step reached by hand.
	await expect(page.getByTestId('player')).toHaveAttribute('data-step', '3', SLOW);
	await expect(play).toHaveAttribute('aria-label', 'Pause');

	await page.keyboard.press('End');
	await waitForRest(page, COUNT);
	// Autoplay has nowhere to go from the end: it stops.
	await expect(play).toHaveAttribute('aria-label', 'Play', SLOW);
	expect(await currentStep(page)).toBe(COUNT);
	expect(errors).toEqual([]);
});
