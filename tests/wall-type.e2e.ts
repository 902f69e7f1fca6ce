/**
 * Readable from the back row: in the projector theme the stage draws the wall (type-scale.ts),
 * and on a 1024×768 projector and a 1280×800 one every word on it is at least 20 px on screen
 * (its font size times the stage's scale), on every step, in both languages, and no word is
 * cut with "…"; and on a 390×844 phone, where the stage shows a window of the wall, every
 * word is at least 14 px. Sizes, not timings: the same on every machine.
 * The scenarios listed are those the wall draws whole today; the others are in the README's
 * "Readable from the back row" section with their figures (npm run legibility).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { authoredStrings, isCut, readStage } from './helpers/legibility';
import { readScenario, SCENARIO_DIR, waitForRest } from './helpers/player';
import { useTheme } from './helpers/theme';

const FLOOR = 20;
const ON_THE_WALL = ['board-house', 'container-vs-vm', 'docker-architecture', 'docker-images', 'docker-ps', 'docker-pull', 'docker-run-alpine', 'docker-run-echo', 'isolation-history', 'what-is-a-container', 'who-builds-the-house'];
const VIEWPORTS = [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 800 }
];

/**
 * Steps through a scenario from a fresh load, checking at every step that the stage draws as
 * asked (`drawn`: an attribute of the stage and its value), and reading every stage word:
 * those below `floor` px and those cut with "…".
 */
async function everyStep(page: Page, id: string, lang: 'zh' | 'en', floor: number, drawn: [string, string | RegExp]): Promise<void> {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const authored = authoredStrings(JSON.parse(readFileSync(join(SCENARIO_DIR, `${id}.json`), 'utf8')));
	await page.goto(`/s/${id}?step=0&lang=${lang}`);
	await waitForRest(page, 0);
	await page.evaluate(() => document.fonts.ready);
	const small: string[] = [];
	const cut: string[] = [];
	for (let n = 0; n <= readScenario(id).steps.length; n++) {
		if (n > 0) {
			await page.keyboard.press('ArrowRight');
			await waitForRest(page, n);
		}
		await expect(page.locator('svg.stage')).toHaveAttribute(...drawn);
		for (const word of (await readStage(page)).words) {
			if (word.px < floor) small.push(`step ${n}: "${word.text}" ${word.px} px (${word.where})`);
			if (isCut(word.text, authored)) cut.push(`step ${n}: "${word.text}" (${word.where})`);
		}
	}
	expect(small, 'words below the floor').toEqual([]);
	expect(cut, 'words cut with …').toEqual([]);
}

for (const viewport of VIEWPORTS) {
	test.describe(`${viewport.width}×${viewport.height}, projector`, () => {
		test.use({ viewport });
		for (const id of ON_THE_WALL)
			for (const lang of ['zh', 'en'] as const)
				test(`${id} (${lang}): every stage word ≥ ${FLOOR} px, none cut, on every step`, async ({ page }) => {
					test.setTimeout(180_000);
					await useTheme(page, 'projector');
					await everyStep(page, id, lang, FLOOR, ['data-density', 'wall']);
				});
	});
}

// A phone (390×844, the default theme): the stage shows a window of the wall that follows the
// step (phone-window.ts), its words at least 14 px.
const PHONE_FLOOR = 14;
test.describe('390×844, a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	for (const id of ON_THE_WALL)
		for (const lang of ['zh', 'en'] as const)
			test(`${id} (${lang}): every stage word ≥ ${PHONE_FLOOR} px, none cut, on every step`, async ({ page }) => {
				test.setTimeout(180_000);
				await everyStep(page, id, lang, PHONE_FLOOR, ['data-window', /^\d+$/]);
			});
});

test('the check sees small type: the light theme draws the desk, its labels well under 20 px at 1024×768', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await useTheme(page, 'light');
	await page.goto('/s/docker-pull?step=3&lang=en');
	await waitForRest(page, 3);
	await expect(page.locator('svg.stage')).toHaveAttribute('data-density', 'desk');
	const sizes = (await readStage(page)).words.map((w) => w.px);
	expect(Math.min(...sizes)).toBeLessThan(FLOOR);
});
