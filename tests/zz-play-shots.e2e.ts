import { expect, test } from '@playwright/test';
const LINES = ['docker pull busybox', 'docker images', 'docker run busybox echo hello world', 'docker ps -a', 'docker run -it -m 64m alpine sh', 'cat /etc/os-release', 'exit'];
for (const [w, h] of [[1920, 1080], [1024, 768]] as const)
	test(`shot ${w}`, async ({ page }) => {
		await page.setViewportSize({ width: w, height: h });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/play?lang=en');
		for (const [i, line] of LINES.entries()) {
			await page.getByTestId('command-input').fill(line);
			await page.getByTestId('command-input').press('Enter');
			await expect(page.locator('svg.stage')).toHaveAttribute('data-shown', String(i + 1), { timeout: 60000 });
			await expect(page.locator('svg.stage')).not.toHaveAttribute('data-busy', /.*/, { timeout: 60000 });
			await page.waitForTimeout(200);
			await page.screenshot({ path: `/tmp/shots/play-${w}-${i + 1}.png` });
		}
	});
