/**
 * Share / embed: the player's dialog offers a link to the current step, the one-line
 * script embed and a plain iframe, each copied with one click.
 */
import { expect, test } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { openPlayer } from './helpers/player';

test.use({ locale: 'en-US', permissions: ['clipboard-read', 'clipboard-write'] });

test('the share dialog copies a link to this step, the script embed and an iframe', async ({ page, baseURL }) => {
	const errors = collectConsoleErrors(page);
	await openPlayer(page, 'docker-pull', { step: 2, lang: 'en' });
	await page.getByTestId('share-button').click();
	const dialog = page.getByTestId('share');
	await expect(dialog).toBeVisible();
	await expect(dialog.getByTestId('share-link')).toHaveValue(`${baseURL}/s/docker-pull?step=2&lang=en`);
	await expect(dialog.getByTestId('share-script')).toHaveValue(
		`<div data-banfang="docker-pull" data-step="2" data-lang="en"></div>\n<script src="${baseURL}/embed.js" async></script>`
	);
	await expect(dialog.getByTestId('share-iframe')).toHaveValue(new RegExp(`^<div [^>]*><iframe src="${baseURL}/embed/docker-pull/en\\?step=2"`));

	await dialog.getByTestId('copy-script').click();
	await expect(dialog.getByTestId('copy-script')).toHaveText('Copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('data-banfang="docker-pull"');
	// Keys belong to the dialog while it is open; Esc closes it.
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
	await expect(page.getByTestId('player')).toHaveAttribute('data-step', '2');
	expect(errors).toEqual([]);
});

// The longest captions shipped (measured): board-house step 3 in English and in both languages, step 13 in Chinese.
const LONGEST = [
	{ lang: 'en', step: 3 },
	{ lang: 'zh', step: 13 },
	{ lang: 'both', step: 3 }
] as const;

for (const { lang, step } of LONGEST)
	test(`the plain iframe shows the controls and the whole caption in a 360–1200 px blog column (${lang})`, async ({ page }) => {
		const errors = collectConsoleErrors(page);
		await openPlayer(page, 'board-house', { step, lang });
		await page.getByTestId('share-button').click();
		const snippet = await page.getByTestId('share-iframe').inputValue();
		// Someone else's page (about:blank, another origin): a blog post with the snippet pasted in.
		const blog = await page.context().newPage();
		const blogErrors = collectConsoleErrors(blog);
		for (const column of [720, 360, 1200]) {
			await blog.setViewportSize({ width: column + 200, height: 1400 });
			await blog.setContent(`<body style="margin:0"><main style="width:${column}px;margin:40px auto"><p>Before.</p>${snippet}<p>After.</p></main></body>`);
			const iframe = blog.locator('iframe');
			const frame = blog.frameLocator('iframe');
			await expect(frame.getByTestId('embed')).toHaveAttribute('data-step', String(step));
			await frame.locator('body').evaluate(() => document.fonts.ready);
			const box = (await iframe.boundingBox())!;
			expect(box.width).toBeCloseTo(column, 0);
			const inside = async (what: string, el: ReturnType<typeof frame.locator>) => {
				const b = (await el.boundingBox())!;
				expect(b.height, `${what} at ${column} px`).toBeGreaterThan(0);
				expect(b.y, `${what} top at ${column} px`).toBeGreaterThanOrEqual(box.y - 0.5);
				expect(b.y + b.height, `${what} bottom at ${column} px`).toBeLessThanOrEqual(box.y + box.height + 0.5);
				expect(b.x + b.width, `${what} right at ${column} px`).toBeLessThanOrEqual(box.x + box.width + 0.5);
			};
			await inside('stage', frame.locator('svg.stage'));
			await inside('caption', frame.getByTestId('caption'));
			for (const p of await frame.getByTestId('caption').locator('p').all()) await inside('caption line', p);
			await inside('controls', frame.getByRole('toolbar'));
			await inside('next button', frame.getByRole('button', { name: lang === 'zh' ? '下一步' : 'Next' }));
		}
		expect(errors).toEqual([]);
		expect(blogErrors).toEqual([]);
	});
