/**
 * Numbered callouts: where a step tells more than one thing at once (docker-run-echo's first
 * step: the client asks, the daemon creates, busybox is already local), the stage puts ①, ②,
 * ③ on those three things in the caption's order and the caption draws the same numbers; the
 * next step, which tells one thing, has none; the caption's text keeps its "①" characters.
 */
import { expect, test } from '@playwright/test';
import { openPlayer, readScenario, text, waitForRest } from './helpers/player';
import { useTheme } from './helpers/theme';

const SCENARIO = readScenario('docker-run-echo');

test('the stage numbers what the caption numbers, on the corner of each, and only on that step', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await useTheme(page, 'projector');
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openPlayer(page, 'docker-run-echo', { step: 0, lang: 'en' });
	await expect(page.locator('[data-callout]')).toHaveCount(0);

	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 1);
	const marks = page.locator('svg.stage [data-callout]');
	await expect(marks).toHaveCount(3);
	expect(await marks.evaluateAll((els) => els.map((el) => [el.getAttribute('data-callout'), el.getAttribute('data-callout-of'), el.textContent?.trim()]))).toEqual([
		['1', 'client', '1'],
		['2', 'daemon', '2'],
		['3', 'img-busybox', '3']
	]);
	// Each disc sits on the top left corner of what it marks.
	for (const [id, selector] of [
		['client', '[data-actor="client"]'],
		['img-busybox', '[data-item="img-busybox"]']
	] as const) {
		const disc = (await page.locator(`[data-callout-of="${id}"] circle`).boundingBox())!;
		const target = (await page.locator(`svg.stage ${selector}`).first().boundingBox())!;
		const centre = { x: disc.x + disc.width / 2, y: disc.y + disc.height / 2 };
		expect(Math.abs(centre.x - target.x), `${id}: disc on the left edge`).toBeLessThan(disc.width);
		expect(Math.abs(centre.y - target.y), `${id}: disc on the top edge`).toBeLessThan(disc.height);
	}

	const caption = page.getByTestId('caption').locator('p');
	await expect(caption).toHaveText(text(SCENARIO.steps[0]!.caption, 'en'));
	expect(text(SCENARIO.steps[0]!.caption, 'en')).toMatch(/①.*②.*③/);
	await expect(caption.locator('[data-callout-ref]')).toHaveCount(3);
	expect(await caption.locator('[data-callout-ref]').evaluateAll((els) => els.map((el) => getComputedStyle(el, '::before').content))).toEqual(['"1"', '"2"', '"3"'].map((c) => expect.stringContaining(c.slice(1, -1))));

	await page.keyboard.press('ArrowRight');
	await waitForRest(page, 2);
	await expect(marks).toHaveCount(0);
	await expect(page.getByTestId('caption').locator('[data-callout-ref]')).toHaveCount(0);

	// Back: the numbers return with their step.
	await page.keyboard.press('ArrowLeft');
	await waitForRest(page, 1);
	await expect(marks).toHaveCount(3);
});
