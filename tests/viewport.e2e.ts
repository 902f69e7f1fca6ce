/**
 * The player fits the screen, from an old 1024×768 projector to a 4K one, in every theme:
 * stage, caption and controls inside the viewport, no scrollbars, the drawing's content
 * within view, and a caption large enough to read from the back of a classroom.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { openPlayer } from './helpers/player';
import { expectTheme, THEMES, useTheme } from './helpers/theme';

const ID = 'docker-run-alpine';
const STEP = 6;
const SIZES = [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 720 },
	{ width: 1920, height: 1080 },
	{ width: 2560, height: 1440 },
	{ width: 3840, height: 2160 }
];
// Each test waits for several transitions; a loaded machine makes them slow (this is no speed test).
test.describe.configure({ timeout: 120_000 });

/** Sub-pixel rounding of layout boxes. */
const SLACK = 0.5;

interface Rect {
	x: number;
	y: number;
	width: number;
	height: number;
}

function expectInside(what: string, box: Rect | null, frame: Rect) {
	expect(box, `${what} has a box`).not.toBeNull();
	const b = box!;
	expect(b.width, `${what} has a width`).toBeGreaterThan(0);
	expect(b.height, `${what} has a height`).toBeGreaterThan(0);
	expect(b.x, `${what} left edge`).toBeGreaterThanOrEqual(frame.x - SLACK);
	expect(b.y, `${what} top edge`).toBeGreaterThanOrEqual(frame.y - SLACK);
	expect(b.x + b.width, `${what} right edge`).toBeLessThanOrEqual(frame.x + frame.width + SLACK);
	expect(b.y + b.height, `${what} bottom edge`).toBeLessThanOrEqual(frame.y + frame.height + SLACK);
}

async function clientRect(locator: Locator): Promise<Rect> {
	return locator.evaluate((el) => {
		const r = el.getBoundingClientRect();
		return { x: r.x, y: r.y, width: r.width, height: r.height };
	});
}

async function openAt(page: Page, size: { width: number; height: number }, theme: (typeof THEMES)[number] = 'light') {
	await page.setViewportSize(size);
	await useTheme(page, theme);
	await openPlayer(page, ID, { step: STEP, lang: 'en' });
	await page.evaluate(() => document.fonts.ready);
}

for (const size of SIZES)
	for (const theme of THEMES)
	test(`at ${size.width}×${size.height} in the ${theme} theme the player fits the viewport with no scrollbars`, async ({ page }) => {
		const errors = collectConsoleErrors(page);
		await openAt(page, size, theme);
		await expectTheme(page, theme);
		const viewport = { x: 0, y: 0, ...size };

		const stage = page.locator('svg.stage');
		const stageBox = await stage.boundingBox();
		expectInside('svg.stage', stageBox, viewport);
		expectInside('caption', await page.getByTestId('caption').boundingBox(), viewport);
		expectInside('controls toolbar', await page.getByRole('toolbar').boundingBox(), viewport);
		// The stage does not run under the caption.
		const captionBox = (await page.getByTestId('caption').boundingBox())!;
		expect(stageBox!.y + stageBox!.height).toBeLessThanOrEqual(captionBox.y + SLACK);

		const scroll = await page.evaluate(() => ({
			scrollHeight: document.documentElement.scrollHeight,
			scrollWidth: document.documentElement.scrollWidth,
			innerHeight: window.innerHeight,
			innerWidth: window.innerWidth
		}));
		expect(scroll.scrollHeight, 'no vertical scrollbar').toBeLessThanOrEqual(scroll.innerHeight);
		expect(scroll.scrollWidth, 'no horizontal scrollbar').toBeLessThanOrEqual(scroll.innerWidth);

		// The drawing's content: the terminal and every actor, within view and within the stage.
		const terminal = stage.locator('[data-terminal]');
		await expect(terminal).toHaveCount(1);
		const terminalRect = await clientRect(terminal);
		expectInside('[data-terminal]', terminalRect, viewport);
		expectInside('[data-terminal] in the stage', terminalRect, stageBox!);
		const actors = stage.locator('[data-actor]');
		expect(await actors.count()).toBeGreaterThan(0);
		for (const actor of await actors.all()) {
			const name = `[data-actor=${await actor.getAttribute('data-actor')}]`;
			const rect = await clientRect(actor);
			expectInside(name, rect, viewport);
			expectInside(`${name} in the stage`, rect, stageBox!);
		}
		expect(errors).toEqual([]);
	});

test('at 1920×1080 the caption is at least 28px', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openAt(page, { width: 1920, height: 1080 });
	const caption = page.getByTestId('caption').locator('p');
	await expect(caption).not.toBeEmpty();
	const px = await caption.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(px).toBeGreaterThanOrEqual(28);
	expect(errors).toEqual([]);
});
