/**
 * Every scenario can be stepped through to the end and back with the arrow keys, and the
 * stage ends where a fresh page load would put it: no half-drawn or doubled elements, and
 * timelines never pile up when keys come faster than the animations.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { openPlayer, readCounter, scenarioIds, stageSnapshot, stepCount, waitForRest, type StageSnapshot } from './helpers/player';

const IDS = scenarioIds();
/**
 * The projector theme draws the wall, where items open and close around the focus and give
 * way: stepped through there too (the scenarios where most of that happens).
 */
const ON_THE_WALL = ['docker-images', 'docker-pull', 'board-house'];
const RUNS = [...IDS.map((id) => ({ id, theme: 'light' as const })), ...ON_THE_WALL.map((id) => ({ id, theme: 'projector' as const }))];

// The scenarios are independent: let both workers share them.
test.describe.configure({ mode: 'parallel' });

test('scenarios/ holds scenarios to test', () => {
	expect(IDS.length).toBeGreaterThan(0);
});

/** A fresh page's stage at step n, to compare a stepped-to stage with. */
async function freshSnapshot(page: Page, id: string, step: number): Promise<StageSnapshot> {
	const fresh = await page.context().newPage();
	const errors = collectConsoleErrors(fresh);
	await openPlayer(fresh, id, { step, lang: 'en' });
	const snapshot = await stageSnapshot(fresh);
	await fresh.close();
	expect(errors, `console errors on a fresh load of step ${step}`).toEqual([]);
	return snapshot;
}

for (const { id, theme } of RUNS) {
	test.describe(theme === 'light' ? id : `${id} on the wall`, () => {
		// Every page of the context, the fresh loads too, opens in the run's theme.
		test.beforeEach(async ({ context }) => {
			if (theme !== 'light') await context.addInitScript((t) => localStorage.setItem('banfang:prefs', JSON.stringify({ theme: t })), theme);
		});
		test('steps to the end with → and back with ←, leaving a clean stage', async ({ page }) => {
			test.setTimeout(600_000);
			const errors = collectConsoleErrors(page);
			await openPlayer(page, id, { step: 0, lang: 'en' });
			await expect(page.locator('svg.stage')).toHaveAttribute('data-density', theme === 'light' ? 'desk' : 'wall');
			// Play at 2× so the suite stays short; the transitions are the same, only faster.
			await page.getByTestId('speed').selectOption('2');
			await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
			const count = await stepCount(page);
			expect(count).toBeGreaterThan(0);
			const atStart = await stageSnapshot(page);

			for (let n = 1; n <= count; n++) {
				await page.keyboard.press('ArrowRight');
				await waitForRest(page, n);
				expect((await stageSnapshot(page)).halfDrawn, `elements left half-drawn at step ${n}`).toEqual([]);
			}
			await expect(page.getByTestId('counter')).toHaveText(`${count} / ${count}`);
			const atEnd = await stageSnapshot(page);
			const freshEnd = await freshSnapshot(page, id, count);
			expect(atEnd.items).toEqual(freshEnd.items);
			expect(atEnd.itemBoxes).toEqual(freshEnd.itemBoxes);
			expect(atEnd.messages).toEqual(freshEnd.messages);
			expect(atEnd.terminal).toEqual(freshEnd.terminal);
			// → on the last step stays there.
			await page.keyboard.press('ArrowRight');
			await waitForRest(page, count);
			expect((await readCounter(page)).step).toBe(count);

			for (let n = count - 1; n >= 0; n--) {
				await page.keyboard.press('ArrowLeft');
				await waitForRest(page, n);
				expect((await stageSnapshot(page)).halfDrawn, `elements left half-drawn at step ${n}`).toEqual([]);
			}
			await expect(page.getByTestId('counter')).toHaveText(`0 / ${count}`);

			const back = await stageSnapshot(page);
			expect(back.halfDrawn, 'elements left half-drawn').toEqual([]);
			expect(back.items.length, 'no doubled [data-item] elements').toBe(atStart.items.length);
			const fresh = await freshSnapshot(page, id, 0);
			expect(back.items).toEqual(fresh.items);
			expect(back.itemBoxes).toEqual(fresh.itemBoxes);
			expect(back.terminal).toEqual(fresh.terminal);
			expect(errors).toEqual([]);
		});

		test('keys mashed mid-animation settle on the same stage as a fresh load', async ({ page }) => {
			test.setTimeout(300_000);
			const errors = collectConsoleErrors(page);
			await openPlayer(page, id, { step: 0, lang: 'en' });
			const count = await stepCount(page);

			// → → → ← End Home →, none waiting for the stage: ends on step 1.
			for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft', 'End', 'Home', 'ArrowRight']) await page.keyboard.press(key);
			await waitForRest(page, 1);
			const mashed = await stageSnapshot(page);
			const fresh = await freshSnapshot(page, id, 1);
			expect(mashed.halfDrawn, 'elements left half-drawn').toEqual([]);
			expect(mashed.items).toEqual(fresh.items);
			expect(mashed.itemBoxes).toEqual(fresh.itemBoxes);
			expect(mashed.messages).toEqual(fresh.messages);
			expect(mashed.terminal).toEqual(fresh.terminal);
			expect(mashed.terminalText).toEqual(fresh.terminalText);

			// End ← ←, quickly: reverse transitions interrupted by reverse transitions.
			const target = Math.max(count - 2, 0);
			for (const key of ['End', 'ArrowLeft', 'ArrowLeft']) await page.keyboard.press(key);
			await waitForRest(page, target);
			const reversed = await stageSnapshot(page);
			const freshTarget = await freshSnapshot(page, id, target);
			expect(reversed.halfDrawn, 'elements left half-drawn').toEqual([]);
			expect(reversed.items).toEqual(freshTarget.items);
			expect(reversed.itemBoxes).toEqual(freshTarget.itemBoxes);
			expect(reversed.messages).toEqual(freshTarget.messages);
			expect(reversed.terminal).toEqual(freshTarget.terminal);
			expect(reversed.terminalText).toEqual(freshTarget.terminalText);
			expect(errors).toEqual([]);
		});
	});
}
