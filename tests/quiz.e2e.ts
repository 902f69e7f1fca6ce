/**
 * Predict, then see (issue 15, first part): with ?quiz=1 the player stops before a step with a
 * question and asks it; a key (1–4) or a click answers, the step plays and the picture says
 * whether the guess was right, with the explanation; → skips; going back never asks again;
 * without ?quiz=1 nothing is asked (the default while the embed and speaker view learn it).
 */
import { expect, test } from '@playwright/test';
import { readScenario, text, waitForRest } from './helpers/player';

test.use({ locale: 'en-US' });
type WithQuestions = { steps: { question?: { prompt: { en: string }; choices: { text: { en: string } | string; right?: boolean }[]; explanation: { en: string } } }[] };
const SCENARIO = readScenario('docker-pull') as unknown as WithQuestions;
const first = SCENARIO.steps.findIndex((s) => s.question) + 1;
const question = SCENARIO.steps[first - 1]!.question!;
const right = question.choices.findIndex((c) => c.right);
const wrong = question.choices.findIndex((c) => !c.right);

test('asked before its step, answered by key: wrong, then the answer and the explanation; back and forward never ask again', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`/s/docker-pull?step=${first - 1}&lang=en&quiz=1`);
	await waitForRest(page, first - 1);
	await page.keyboard.press('ArrowRight');
	const card = page.getByTestId('question');
	await expect(card).toContainText(question.prompt.en);
	await expect(page.locator('svg.stage')).toHaveAttribute('data-shown', String(first - 1));
	await expect(card.locator('[data-choice="0"]')).toBeFocused();
	await page.keyboard.press(String(wrong + 1));
	await waitForRest(page, first);
	await expect(card).toHaveAttribute('data-result', 'wrong');
	await expect(card).toContainText(text(question.choices[right]!.text as { zh: string; en: string }, 'en'));
	await expect(card).toContainText(question.explanation.en);
	await page.keyboard.press('ArrowLeft');
	await waitForRest(page, first - 1);
	await expect(card).toHaveCount(0);
	await page.keyboard.press('ArrowRight');
	await waitForRest(page, first);
	await expect(card).toHaveCount(0);
});

test('answered by a click, right; → skips a question; without ?quiz=1 nothing is asked', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`/s/docker-pull?step=${first - 1}&lang=en&quiz=1`);
	await waitForRest(page, first - 1);
	await page.keyboard.press('ArrowRight');
	await page.getByTestId('question').locator(`[data-choice="${right}"]`).click();
	await waitForRest(page, first);
	await expect(page.getByTestId('question')).toHaveAttribute('data-result', 'right');

	await page.goto(`/s/docker-pull?step=${first - 1}&lang=en&quiz=1`);
	await waitForRest(page, first - 1);
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('question')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await waitForRest(page, first);
	await expect(page.getByTestId('question')).toHaveAttribute('data-result', 'skipped');

	await page.goto(`/s/docker-pull?step=${first - 1}&lang=en`);
	await waitForRest(page, first - 1);
	await page.keyboard.press('ArrowRight');
	await waitForRest(page, first);
	await expect(page.getByTestId('question')).toHaveCount(0);
});
