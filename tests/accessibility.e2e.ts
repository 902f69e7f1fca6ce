/**
 * axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any view, in any theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openPlayer } from './helpers/player';
import { expectTheme, THEMES, useTheme } from './helpers/theme';

test.use({ locale: 'en-US' });
test.describe.configure({ timeout: 120_000 });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
	await page.evaluate(() => document.fonts.ready);
	const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
	expect(summary).toEqual([]);
}

for (const theme of THEMES) {
	test.describe(`${theme} theme`, () => {
		test.beforeEach(async ({ page }) => {
			await useTheme(page, theme);
		});

		test('gallery', async ({ page }) => {
			await page.goto('/');
			await expect(page.getByTestId('card').first()).toBeVisible();
			await expectTheme(page, theme);
			await expectNoViolations(page);
		});

		test('player, with the transcript open', async ({ page }) => {
			await openPlayer(page, 'docker-pull', { step: 3, lang: 'zh' });
			await expectTheme(page, theme);
			await expectNoViolations(page);
			await page.keyboard.press('c');
			await expect(page.getByTestId('transcript')).toBeVisible();
			await expectNoViolations(page);
		});

		test('player on the board house, bilingual', async ({ page }) => {
			await page.goto('/s/board-house?step=9&lang=both');
			await expect(page.locator('svg.stage')).toHaveAttribute('data-shown', '9');
			await expectNoViolations(page);
		});

		test('player on a step with numbered callouts, bilingual', async ({ page }) => {
			await page.goto('/s/board-house?step=13&lang=both');
			await expect(page.locator('svg.stage')).toHaveAttribute('data-shown', '13');
			await expect(page.getByTestId('caption').locator('[data-callout-ref]')).toHaveCount(8);
			await expectNoViolations(page);
		});

		test('try it (/play), after a command, with the challenges open', async ({ page }) => {
			await page.goto('/play?lang=en');
			const input = page.getByTestId('command-input');
			await input.fill('docker pull busybox');
			await input.press('Enter');
			await expect(page.locator('svg.stage')).toHaveAttribute('data-shown', '1', { timeout: 60_000 });
			await expectNoViolations(page);
			await page.getByTestId('challenges-button').click();
			await expect(page.getByTestId('challenges')).toBeVisible();
			await expectNoViolations(page);
		});

		test('player asking a question (?quiz=1), then its answer', async ({ page }) => {
			await page.goto('/s/docker-run-alpine?step=6&lang=en&quiz=1');
			await expect(page.locator('svg.stage')).toHaveAttribute('data-shown', '6', { timeout: 60_000 });
			await page.keyboard.press('ArrowRight');
			await expect(page.getByTestId('question')).toBeVisible();
			await expectNoViolations(page);
			await page.keyboard.press('2');
			await expect(page.getByTestId('question')).toHaveAttribute('data-result', 'right');
			await expectNoViolations(page);
		});

		test('help overlay', async ({ page }) => {
			await openPlayer(page, 'docker-pull', { step: 1, lang: 'en' });
			await page.keyboard.press('?');
			await expect(page.getByTestId('help')).toBeVisible();
			await expectNoViolations(page);
		});

		test('overview', async ({ page }) => {
			await openPlayer(page, 'board-house', { step: 4, lang: 'zh' });
			await page.keyboard.press('o');
			await expect(page.getByTestId('overview')).toBeVisible();
			await expectNoViolations(page);
		});

		test('speaker view', async ({ page }) => {
			await page.goto('/present/docker-pull?step=2&lang=en');
			await expect(page.locator('[data-testid="presenter"] .now svg.stage')).toHaveAttribute('data-shown', '2');
			await expectNoViolations(page);
		});
	});
}
