/**
 * Try it (/play): a learner types the lesson's commands at the sandbox's prompt and each one
 * becomes a step the stage plays; back and forward step through them; the share link reopens
 * the same session; the downloaded JSON validates; garbage is answered as text.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { validateScenarioText } from '../src/lib/scenario/validate';

test.use({ locale: 'en-US', permissions: ['clipboard-read', 'clipboard-write'] });

const LESSON = ['docker pull busybox', 'docker images', 'docker run busybox echo hello world', 'docker ps -a', 'docker run -it alpine sh', 'cat /etc/os-release', 'exit'];

const stage = (page: Page) => page.locator('svg.stage');
const terminal = (page: Page) => stage(page).locator('[data-terminal]');

async function type(page: Page, line: string, n: number) {
	const input = page.getByTestId('command-input');
	await input.fill(line);
	await input.press('Enter');
	await expect(page.getByTestId('play')).toHaveAttribute('data-lines', String(n));
	await expect(stage(page)).toHaveAttribute('data-shown', String(n), { timeout: 60_000 });
	await expect(stage(page)).not.toHaveAttribute('data-busy', /.*/, { timeout: 60_000 });
}

test('the lesson typed in order: each command answers on the terminal and on the stage', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/play?lang=en');
	await expect(page.getByTestId('command-input')).toBeFocused();
	await expect(page.getByTestId('suggestion')).toContainText('docker pull busybox');

	await type(page, LESSON[0]!, 1);
	await expect(terminal(page)).toContainText('729ce43e2c91: Pull complete');
	await expect(stage(page).locator('[data-item="img-busybox-latest"]')).toBeVisible();
	await expect(page.getByTestId('caption')).toContainText('pull busybox:latest');
	await expect(page.getByTestId('suggestion')).toContainText('docker images');

	await type(page, LESSON[1]!, 2);
	await expect(terminal(page)).toContainText('2bd29714875d');
	await type(page, LESSON[2]!, 3);
	await expect(terminal(page)).toContainText('hello world');
	await expect(stage(page).locator('[data-item^="ctr-"]')).toHaveCount(1);
	await type(page, LESSON[3]!, 4);
	await expect(terminal(page)).toContainText('Exited (0)');
	await type(page, LESSON[4]!, 5);
	await expect(terminal(page)).toContainText("Unable to find image 'alpine:latest' locally");
	await expect(page.locator('label.prompt')).toHaveText('/ #');
	await type(page, LESSON[5]!, 6);
	await expect(terminal(page)).toContainText('PRETTY_NAME="Alpine Linux v3.16"');
	await type(page, LESSON[6]!, 7);
	await expect(page.locator('label.prompt')).toHaveText('root@docker-lab:~#');
	await expect(page.getByTestId('counter')).toHaveText('7 / 7');

	// Back and forward, by keyboard (the prompt is empty) and by the buttons.
	await page.keyboard.press('ArrowLeft');
	await expect(stage(page)).toHaveAttribute('data-shown', '6', { timeout: 60_000 });
	await page.keyboard.press('ArrowLeft');
	await expect(stage(page)).toHaveAttribute('data-shown', '5', { timeout: 60_000 });
	await expect(page.getByTestId('counter')).toHaveText('5 / 7');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(stage(page)).toHaveAttribute('data-shown', '6', { timeout: 60_000 });
	// ↑ brings back what was typed; Tab completes.
	const input = page.getByTestId('command-input');
	await input.focus();
	await input.press('ArrowUp');
	await expect(input).toHaveValue('exit');
	await input.fill('docker ru');
	await input.press('Tab');
	await expect(input).toHaveValue('docker run ');
	await input.fill('docker rmi b');
	await input.press('Tab');
	await expect(input).toHaveValue('docker rmi busybox ');
	expect(errors).toEqual([]);
});

test('the share link reopens the same session, and the downloaded scenario validates', async ({ page, context }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/play?lang=en');
	for (const [i, line] of LESSON.slice(0, 3).entries()) await type(page, line, i + 1);
	await page.getByTestId('share-session').click();
	const link = await page.getByTestId('session-link').inputValue();
	expect(link).toMatch(/\/play#s=[A-Za-z0-9_-]+$/);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-session').click()]);
	const text = readFileSync((await download.path())!, 'utf8');
	const result = validateScenarioText(text, 'sandbox.json', 'sandbox');
	expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([]);
	expect(JSON.parse(text).steps.map((s: { command?: string }) => s.command)).toEqual(LESSON.slice(0, 3));

	const again = await context.newPage();
	await again.goto(link);
	await expect(again.getByTestId('play')).toHaveAttribute('data-lines', '3');
	await expect(again.locator('svg.stage')).toHaveAttribute('data-shown', '3', { timeout: 60_000 });
	await expect(again.locator('svg.stage [data-terminal]')).toContainText('hello world');
});

test('a broken link and an unknown ?from= fall back to an empty session and say so; ?from= a scenario starts from its commands', async ({ page }) => {
	await page.goto('/play?lang=en#s=broken!!');
	await expect(page.getByTestId('notice')).toContainText('cannot be read');
	await expect(page.getByTestId('play')).toHaveAttribute('data-lines', '0');
	await page.goto('/play?lang=en&from=nope');
	await expect(page.getByTestId('notice')).toContainText('There is no scenario "nope"');
	await page.goto('/play?lang=en&from=docker-run-alpine');
	await expect(page.getByTestId('play')).toHaveAttribute('data-lines', '4');
	await expect(page.locator('svg.stage [data-terminal]')).toContainText('Alpine Linux v3.16', { timeout: 60_000 });
});

test('garbage is answered as text: 10,000 characters, control characters, markup', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/play?lang=en');
	await type(page, 'x'.repeat(10_000), 1);
	await expect(terminal(page)).toContainText('command not found');
	await type(page, 'docker \u0007ps', 2);
	await expect(terminal(page)).toContainText("docker: '^Gps' is not a docker command.");
	await type(page, '<img src=x onerror=alert(1)>', 3);
	await expect(terminal(page)).toContainText('runs one command at a time');
	await type(page, 'docker run busybox echo "<b>bold</b>"', 4);
	await expect(terminal(page)).toContainText('<b>bold</b>');
	expect(await page.locator('b, img[src="x"]').count()).toBe(0);
	expect(errors).toEqual([]);
});

test('a challenge: picked, solved by typing, marked done, and still done after a reload', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/play?lang=en');
	await page.getByTestId('challenges-button').click();
	const panel = page.getByTestId('challenges');
	const challenge = panel.locator('[data-challenge="hello-and-gone"]');
	await challenge.getByTestId('start-challenge').click();
	await expect(page.getByTestId('current-challenge')).toHaveText('Run a container that prints hello world and is gone afterwards.');
	await challenge.getByRole('button', { name: 'Hint' }).click();
	await expect(challenge.getByTestId('hint')).toContainText('removes the container when it exits');
	// Not yet: a container that stays does not count.
	await type(page, 'docker run busybox echo hello world', 1);
	await expect(challenge).not.toHaveAttribute('data-solved', 'true');
	await type(page, 'docker run --rm busybox echo hello world', 2);
	await expect(challenge).toHaveAttribute('data-solved', 'true');
	await expect(page.getByTestId('notice')).toHaveText('Challenge done: Here and gone ✓');
	await expect(page.getByTestId('challenges-button')).toContainText('(1/7)');
	await page.reload();
	await expect(page.getByTestId('challenges-button')).toContainText('(1/7)');
});

test("a docker scenario's player opens the sandbox with its commands typed; the gallery opens it empty", async ({ page }) => {
	await page.goto('/s/docker-run-echo?lang=en');
	await page.getByTestId('try-it').click();
	await expect(page).toHaveURL(/\/play\?from=docker-run-echo&lang=en$/);
	await expect(page.getByTestId('play')).toHaveAttribute('data-lines', '1');
	await expect(page.locator('svg.stage [data-terminal]')).toContainText('hello world', { timeout: 60_000 });
	await page.goto('/?lang=en');
	await page.getByTestId('try-it').click();
	await expect(page.getByTestId('play')).toHaveAttribute('data-lines', '0');
});
