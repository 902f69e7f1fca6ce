/**
 * Driving the player as a teacher in front of a class: a presentation clicker's keys,
 * blacking the screen out, themes, fullscreen, the spotlight, bilingual captions and the
 * transcript.
 */
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { openPlayer, readScenario, text, waitForRest } from './helpers/player';
import { expectTheme } from './helpers/theme';

const ID = 'docker-pull';
const SCENARIO = readScenario(ID);
const COUNT = SCENARIO.steps.length;

test.use({ locale: 'en-US' });
test.describe.configure({ timeout: 120_000 });

test('a clicker’s PageDown and PageUp step forward and back', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 0, lang: 'en' });
	await page.keyboard.press('PageDown');
	await waitForRest(page, 1);
	await page.keyboard.press('PageDown');
	await waitForRest(page, 2);
	await page.keyboard.press('PageUp');
	await waitForRest(page, 1);
	expect(errors).toEqual([]);
});

test('B and "." black the screen out; any key or a click brings it back without stepping', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 1, lang: 'en' });
	const black = page.getByTestId('blackout');
	await expect(black).toHaveCount(0);

	await page.keyboard.press('b');
	await expect(black).toBeVisible();
	// The whole viewport is black.
	const box = (await black.boundingBox())!;
	expect(box.width).toBe(1280);
	expect(box.height).toBe(720);
	expect(await black.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
	await page.keyboard.press('B');
	await expect(black).toHaveCount(0);

	await page.keyboard.press('.');
	await expect(black).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(black).toHaveCount(0);
	await expect(page.getByTestId('player')).toHaveAttribute('data-step', '1');

	await page.keyboard.press('.');
	await black.click();
	await expect(black).toHaveCount(0);
	await expect(page.getByTestId('player')).toHaveAttribute('data-step', '1');
	expect(errors).toEqual([]);
});

test('T cycles light → dark → projector → light, and the choice survives a reload', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 2, lang: 'en' });
	await expectTheme(page, 'light');
	const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	const light = await bg();
	await page.keyboard.press('t');
	await expectTheme(page, 'dark');
	const dark = await bg();
	expect(dark).not.toBe(light);
	await page.getByTestId('theme').click();
	await expectTheme(page, 'projector');
	expect(await bg()).toBe('rgb(255, 255, 255)');
	await page.reload();
	await waitForRest(page, 2);
	await expectTheme(page, 'projector');
	await page.keyboard.press('T');
	await expectTheme(page, 'light');
	expect(errors).toEqual([]);
});

test('F and the fullscreen button enter and leave fullscreen', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 0, lang: 'en' });
	const isFull = () => page.evaluate(() => document.fullscreenElement !== null);
	await page.keyboard.press('f');
	await expect.poll(isFull).toBe(true);
	await expect(page.getByTestId('fullscreen')).toHaveAttribute('aria-pressed', 'true');
	await page.keyboard.press('F');
	await expect.poll(isFull).toBe(false);
	await page.getByTestId('fullscreen').click();
	await expect.poll(isFull).toBe(true);
	await page.getByTestId('fullscreen').click();
	await expect.poll(isFull).toBe(false);
	expect(errors).toEqual([]);
});

test('in fullscreen the title bar and controls fade when the pointer rests, the caption and the stage stay put', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 1, lang: 'en' });
	const player = page.getByTestId('player');
	const header = page.locator('header');
	const toolbar = page.getByRole('toolbar');
	const caption = page.getByTestId('caption');
	const stage = page.locator('svg.stage');
	const shown = async () => {
		await expect(player).toHaveAttribute('data-chrome', 'shown');
		await expect(header).toHaveCSS('opacity', '1');
		await expect(toolbar.locator('xpath=..')).toHaveCSS('opacity', '1');
	};
	const hidden = async (step: number) => {
		await expect(player).toHaveAttribute('data-chrome', 'hidden', { timeout: 6000 });
		await expect(header).toHaveCSS('opacity', '0');
		await expect(toolbar.locator('xpath=..')).toHaveCSS('opacity', '0');
		await expect(caption).toHaveCSS('opacity', '1');
		await expect(caption.locator('p')).toHaveText(text(SCENARIO.steps[step - 1]!.caption, 'en'));
	};
	// Out of fullscreen nothing hides.
	await page.mouse.move(640, 300);
	await page.waitForTimeout(3500);
	await shown();

	// The fullscreen button, clicked with the mouse: the chrome stays while the pointer is on it …
	await page.getByTestId('fullscreen').click();
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
	await page.waitForTimeout(3500);
	await shown();
	const before = { stage: await stage.boundingBox(), caption: await caption.boundingBox() };
	// … and fades about 2.5 s after the pointer leaves it, though the clicked button keeps the focus.
	await page.mouse.move(640, 300);
	const rested = Date.now();
	await hidden(1);
	expect(Date.now() - rested).toBeGreaterThanOrEqual(2300);
	// Faded, not removed: the stage and caption neither move nor rescale.
	expect(await stage.boundingBox()).toEqual(before.stage);
	expect(await caption.boundingBox()).toEqual(before.caption);

	// A clicker's key steps without bringing the chrome back.
	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 2);
	await expect(player).toHaveAttribute('data-chrome', 'hidden');

	// The pointer moves: back, and away again after the idle time.
	await page.mouse.move(600, 320);
	await shown();
	// (Step 2's caption may take another line: measure this step's stage.)
	const atTwo = await stage.boundingBox();
	await hidden(2);
	expect(await stage.boundingBox()).toEqual(atTwo);

	// Tab into the controls: they come back and stay while a control has the keyboard focus.
	await page.keyboard.press('Tab');
	await shown();
	await page.waitForTimeout(3500);
	await shown();
	expect(await stage.boundingBox()).toEqual(atTwo);

	await page.keyboard.press('f');
	await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
	await shown();
	expect(errors).toEqual([]);
});

test('clicking an actor spotlights it (enlarged, the rest veiled); Esc resets; Z cycles', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 4, lang: 'en' });
	const camera = page.locator('svg.stage g.camera');
	const daemon = page.locator('[data-actor="daemon"]');
	const before = (await daemon.boundingBox())!;

	await daemon.locator('.frame').click({ position: { x: 40, y: 200 } });
	await expect(camera).toHaveAttribute('data-spotlight', 'daemon');
	await expect(page.locator('svg.stage .veil')).toHaveCount(1);
	await expect.poll(async () => (await daemon.boundingBox())!.width).toBeGreaterThan(before.width * 1.2);

	await page.keyboard.press('Escape');
	await expect(camera).not.toHaveAttribute('data-spotlight', /.*/);
	await expect(page.locator('svg.stage .veil')).toHaveCount(0);
	await expect.poll(async () => Math.round((await daemon.boundingBox())!.width)).toBe(Math.round(before.width));

	await page.keyboard.press('z');
	await expect(camera).toHaveAttribute('data-spotlight', 'client');
	await page.keyboard.press('z');
	await expect(camera).toHaveAttribute('data-spotlight', 'daemon');
	// The spotlight stays on while the lesson moves on.
	await page.keyboard.press('ArrowLeft');
	await waitForRest(page, 3);
	await expect(camera).toHaveAttribute('data-spotlight', 'daemon');
	expect(errors).toEqual([]);
});

test("Z starts at the step's focus: the actors it is about first, then the others", async ({ page }) => {
	// kubectl-apply step 7: the replicaset controller (focused) writes two pods into etcd (focused items).
	await openPlayer(page, 'kubectl-apply', { step: 7, lang: 'en' });
	const camera = page.locator('svg.stage g.camera');
	for (const actor of ['etcd', 'controller-manager', 'kubectl']) {
		await page.keyboard.press('z');
		await expect(camera).toHaveAttribute('data-spotlight', actor);
	}
});

test('L cycles the captions zh → en → both, and lang=both opens bilingual', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 2, lang: 'zh' });
	const caption = page.getByTestId('caption');
	const zh = text(SCENARIO.steps[1]!.caption, 'zh');
	const en = text(SCENARIO.steps[1]!.caption, 'en');
	await expect(caption).toContainText(zh);
	await expect(caption).not.toContainText(en);
	await page.keyboard.press('l');
	await expect(caption).toContainText(en);
	await expect(caption).not.toContainText(zh);
	await page.keyboard.press('l');
	await expect(page.getByTestId('player')).toHaveAttribute('data-captions', 'both');
	await expect(caption.locator('[data-caption-lang="zh"]')).toHaveText(zh);
	await expect(caption.locator('[data-caption-lang="en"]')).toHaveText(en);
	await expect(page).toHaveURL(/lang=both/);
	await page.reload();
	await waitForRest(page, 2);
	await expect(caption.locator('p')).toHaveCount(2);
	await page.keyboard.press('l');
	await expect(page.getByTestId('player')).toHaveAttribute('data-captions', 'zh');
	expect(errors).toEqual([]);
});

test('the transcript lists every caption, marks the current step, and jumps', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 1, lang: 'en' });
	await page.keyboard.press('c');
	const transcript = page.getByTestId('transcript');
	await expect(transcript).toBeVisible();
	const items = transcript.locator('li');
	await expect(items).toHaveCount(COUNT + 1);
	for (let n = 1; n <= COUNT; n++) await expect(items.nth(n)).toContainText(text(SCENARIO.steps[n - 1]!.caption, 'en'));
	await expect(items.nth(1)).toHaveAttribute('aria-current', 'step');
	await items.nth(3).getByRole('button').click();
	await waitForRest(page, 3);
	await expect(items.nth(3)).toHaveAttribute('aria-current', 'step');
	await page.getByTestId('transcript-toggle').click();
	await expect(transcript).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('each step is announced: step, caption and what changed on stage', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, ID, { step: 0, lang: 'en' });
	const announcer = page.getByTestId('announcer');
	await expect(announcer).toHaveAttribute('aria-live', 'polite');
	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 1);
	await expect(announcer).toContainText('Step 1');
	await expect(announcer).toContainText(text(SCENARIO.steps[0]!.caption, 'en'));
	// The stage's text alternative names what is on it.
	const described = await page.locator('svg.stage').getAttribute('aria-describedby');
	expect(described).toBeTruthy();
	await expect(page.locator(`[id="${described}"]`)).toContainText('Daemon');
	expect(errors).toEqual([]);
});

test.describe('on a Chinese browser', () => {
	test.use({ locale: 'zh-CN' });
	test('the first visit follows the browser’s language; the next one the language chosen', async ({ page }) => {
		const errors = collectConsoleErrors(page);
		await page.goto(`/s/${ID}`);
		await waitForRest(page, 0);
		await expect(page.getByTestId('player')).toHaveAttribute('data-lang', 'zh');
		await expect(page.getByRole('button', { name: '下一步', exact: true })).toBeVisible();
		await page.keyboard.press('l');
		await expect(page.getByTestId('player')).toHaveAttribute('data-lang', 'en');
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await page.goto(`/s/${ID}`);
		await waitForRest(page, 0);
		await expect(page.getByTestId('player')).toHaveAttribute('data-lang', 'en');
		await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeVisible();
		expect(errors).toEqual([]);
	});
});
