/**
 * The speaker view: S opens it in a new window; it shows the current step, a preview of
 * the next, the notes and a clock; the two windows step together, either way, with no
 * server between them.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { openPlayer, readScenario, text, waitForRest } from './helpers/player';

const ID = 'docker-pull';
const SCENARIO = readScenario(ID) as ReturnType<typeof readScenario> & { steps: { notes?: { zh: string; en: string } }[] };
const COUNT = SCENARIO.steps.length;

test.use({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
test.describe.configure({ timeout: 120_000 });

async function presenterAt(page: Page, n: number) {
	await expect(page.getByTestId('presenter')).toHaveAttribute('data-step', String(n), { timeout: 30_000 });
	await expect(page.locator('[data-testid="presenter"] .now svg.stage')).toHaveAttribute('data-shown', String(n), { timeout: 60_000 });
}

test('S opens the speaker view at the same step, with the notes and the next step', async ({ page, context }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 1, lang: 'en' });
	const opened = context.waitForEvent('page');
	await page.keyboard.press('s');
	const presenter = await opened;
	const presenterErrors = collectConsoleErrors(presenter);
	await presenter.waitForLoadState();
	expect(new URL(presenter.url()).pathname).toBe(`/present/${ID}`);
	await presenterAt(presenter, 1);

	await expect(presenter.getByTestId('notes')).toContainText(text(SCENARIO.steps[0]!.notes!, 'en'));
	const next = presenter.getByTestId('next-preview');
	await expect(next.locator('svg.stage')).toHaveAttribute('data-shown', '2');
	await expect(next).toContainText(text(SCENARIO.steps[1]!.caption, 'en'));
	// The whole caption is shown, not cut to a line or two.
	const caption = next.locator('.next-caption');
	expect(await caption.evaluate((el) => el.scrollHeight <= el.clientHeight + 1 && getComputedStyle(el).overflow !== 'hidden')).toBe(true);
	const clock = presenter.getByTestId('timer').locator('time');
	await expect(clock).toHaveText(/^\d+:\d\d$/);
	const t0 = await clock.textContent();
	await expect.poll(() => clock.textContent(), { timeout: 5_000 }).not.toBe(t0);
	expect(errors).toEqual([]);
	expect(presenterErrors).toEqual([]);
});

test('audience and speaker view stay in sync, stepping from either one, and blackout reaches the audience', async ({ page, context }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 0, lang: 'en' });
	const presenter = await context.newPage();
	const presenterErrors = collectConsoleErrors(presenter);
	await presenter.goto(`/present/${ID}?step=0&lang=en`);
	await presenterAt(presenter, 0);

	// From the speaker view (a clicker plugged into the teacher's laptop) …
	await presenter.keyboard.press('PageDown');
	await presenterAt(presenter, 1);
	await waitForRest(page, 1);
	await presenter.keyboard.press('ArrowRight');
	await waitForRest(page, 2);
	// … and from the audience window.
	await page.keyboard.press('ArrowLeft');
	await waitForRest(page, 1);
	await presenterAt(presenter, 1);
	await page.getByRole('button', { name: 'Last', exact: true }).click();
	await presenterAt(presenter, COUNT);
	await expect(presenter.getByTestId('next-preview')).toContainText('last step');

	await presenter.keyboard.press('b');
	await expect(page.getByTestId('blackout')).toBeVisible();
	await expect(presenter.getByTestId('audience-black')).toBeVisible();
	await presenter.keyboard.press('b');
	await expect(page.getByTestId('blackout')).toHaveCount(0);
	expect(errors).toEqual([]);
	expect(presenterErrors).toEqual([]);
});

test('a speaker view opened on its own joins the audience’s step', async ({ page, context }) => {
	await openPlayer(page, ID, { step: 3, lang: 'en' });
	const presenter = await context.newPage();
	await presenter.goto(`/present/${ID}?lang=zh`);
	await presenterAt(presenter, 3);
	await expect(presenter.getByTestId('notes')).toContainText(text(SCENARIO.steps[2]!.notes!, 'zh'));
	// Opening it did not move the audience.
	await waitForRest(page, 3);
});

test('→ in the player and ← in the speaker view at the same moment: both come to rest on the same step', async ({ page, context }) => {
	await openPlayer(page, ID, { step: 2, lang: 'en' });
	const opened = context.waitForEvent('page');
	await page.keyboard.press('s');
	const presenter = await opened;
	await presenter.waitForLoadState();
	await presenterAt(presenter, 2);
	for (let run = 0; run < 3; run++) {
		await Promise.all([page.keyboard.press('ArrowRight'), presenter.keyboard.press('ArrowLeft')]);
		await expect.poll(async () => (await page.getByTestId('player').getAttribute('data-step')) === (await presenter.getByTestId('presenter').getAttribute('data-step')), { timeout: 30_000 }).toBe(true);
		const step = Number(await page.getByTestId('player').getAttribute('data-step'));
		await waitForRest(page, step);
		await presenterAt(presenter, step);
		// Back to step 2 for the next run, from one window.
		await page.keyboard.press(step > 2 ? 'ArrowLeft' : 'ArrowRight');
		await waitForRest(page, 2);
		await presenterAt(presenter, 2);
	}
});
