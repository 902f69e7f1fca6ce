/**
 * A picture for a room keeps still: on every step of every scenario the stage's box on screen
 * is the same, in the projector theme, from a 1024×768 projector to a phone — the caption bar
 * is as tall as the scenario's tallest caption, so neither a longer caption nor a command chip
 * rescales the picture. (Word sizes are measured by `npm run legibility`; see README.)
 */
import { expect, test } from '@playwright/test';
import { readStage } from './helpers/legibility';
import { openPlayer, readScenario, scenarioIds, waitForRest } from './helpers/player';
import { useTheme } from './helpers/theme';

const VIEWPORTS = [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
];

for (const viewport of VIEWPORTS) {
	test.describe(`${viewport.width}×${viewport.height}, projector`, () => {
		test.use({ viewport });
		for (const id of scenarioIds()) {
			test(`${id}: the stage keeps one box on every step, in both languages at once`, async ({ page }) => {
				test.setTimeout(180_000);
				await page.emulateMedia({ reducedMotion: 'reduce' });
				await useTheme(page, 'projector');
				// Both languages: the tallest caption bar a class gets.
				await page.goto(`/s/${id}?step=0&lang=both`);
				await waitForRest(page, 0);
				const steps = readScenario(id).steps.length;
				const boxes = new Map<string, number[]>();
				for (let n = 0; n <= steps; n++) {
					if (n > 0) {
						await page.keyboard.press('ArrowRight');
						await waitForRest(page, n);
					}
					const box = (await readStage(page)).stage.join(',');
					boxes.set(box, [...(boxes.get(box) ?? []), n]);
				}
				expect([...boxes].map(([box, at]) => `${box} at steps ${at.join(' ')}`)).toHaveLength(1);
			});
		}
	});
}

test('the check sees a rescale: a caption made longer moves the stage', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await openPlayer(page, 'docker-pull', { step: 1, lang: 'en' });
	const before = (await readStage(page)).stage;
	await page.getByTestId('caption').locator('p').evaluate((p) => (p.textContent = `${p.textContent} `.repeat(12)));
	await expect.poll(async () => (await readStage(page)).stage.join(',')).not.toBe(before.join(','));
});
