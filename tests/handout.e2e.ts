/**
 * The handout (/handout/<id>): one page per step, plus one for the start, each with a still
 * picture of the stage, the command, the caption and the speaker notes. On paper each page
 * is one A4 landscape sheet and the interface's buttons are gone.
 */
import { expect, test, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';
import { openPlayer, readScenario, text } from './helpers/player';

type Lang = 'zh' | 'en';
const IDS = ['docker-pull', 'board-house'];

test.use({ locale: 'en-US' });
// board-house draws 22 stages and prints 22 sheets; a loaded machine makes that slow.
test.describe.configure({ timeout: 120_000 });

/** Opens a handout and waits until it has read its language from the URL (after hydration). */
async function openHandout(page: Page, id: string, lang: Lang): Promise<void> {
	await page.goto(`/handout/${id}?lang=${lang}`);
	await expect(page.getByTestId('handout-route')).toHaveAttribute('data-lang', lang, { timeout: 30_000 });
	await page.evaluate(() => document.fonts.ready);
}

/** The number of pages in a PDF: its /Type /Page objects (not the /Type /Pages tree nodes). */
function pdfPageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

for (const id of IDS) {
	for (const lang of ['en', 'zh'] as const) {
		test(`${id} (${lang}): one page per step with its picture, command, caption and notes`, async ({ page }) => {
			const errors = collectConsoleErrors(page);
			const scenario = readScenario(id);
			const count = scenario.steps.length;
			await openHandout(page, id, lang);
			await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');

			const pages = page.locator('.handout-page');
			await expect(pages).toHaveCount(count + 1);
			// Page 0 is the start: the title, and the summary as its caption.
			await expect(pages.nth(0).getByRole('heading', { level: 1 })).toHaveText(text(scenario.title, lang));

			// Read every page in one pass (22 pages × many round trips is slow on a loaded machine).
			const seen = await pages.evaluateAll((els) =>
				els.map((el) => {
					const textOf = (selector: string) => el.querySelector(selector)?.textContent?.trim() ?? null;
					const stage = el.querySelectorAll('svg.stage');
					return {
						stages: stage.length,
						shown: stage[0]?.getAttribute('data-shown') ?? null,
						drawn: (stage[0]?.querySelectorAll('[data-actor]').length ?? 0) > 0,
						counter: textOf('h2'),
						command: textOf('[data-testid=handout-command]'),
						caption: textOf('[data-testid=handout-caption]'),
						notesHeading: textOf('[data-testid=handout-notes] h3'),
						notes: textOf('[data-testid=handout-notes] p')
					};
				})
			);
			const expected = [undefined, ...scenario.steps].map((step, n) => ({
				stages: 1,
				shown: String(n),
				drawn: true,
				counter: lang === 'en' ? `Step ${n} / ${count}` : `第 ${n} / ${count} 步`,
				command: step?.command ?? null,
				caption: text(step ? step.caption : scenario.summary, lang),
				notesHeading: step?.notes ? (lang === 'en' ? 'Speaker notes' : '讲解提示') : null,
				notes: step?.notes ? text(step.notes, lang) : null
			}));
			expect(seen).toEqual(expected);
			expect(errors).toEqual([]);
		});
	}
}

test('the Print button prints, and the back link opens the player in the same language', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await openHandout(page, 'docker-pull', 'zh');
	// A real print dialog would block the page: count the calls instead.
	await page.evaluate(() => {
		(window as unknown as { printed: number }).printed = 0;
		window.print = () => void (window as unknown as { printed: number }).printed++;
	});
	await page.getByRole('button', { name: '打印' }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
	await expect(page.getByTestId('back-to-player')).toHaveAttribute('href', /\/s\/docker-pull\?lang=zh$/);
	await page.getByTestId('back-to-player').click();
	await expect(page.getByTestId('player')).toHaveAttribute('data-lang', 'zh');
	expect(errors).toEqual([]);
});

test('with print media, the chrome is hidden and every page fits its sheet in black on white', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	// 1032 px = 273 mm, the printable width of A4 landscape with 12 mm margins.
	await page.setViewportSize({ width: 1032, height: 703 });
	await openHandout(page, 'board-house', 'en');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByTestId('print')).toBeHidden();
	await expect(page.getByTestId('back-to-player')).toBeHidden();

	const pages = await page.locator('.handout-page').evaluateAll((els) =>
		els.map((el) => {
			const caption = getComputedStyle(el.querySelector('[data-testid=handout-caption]')!);
			const svg = el.querySelector('svg.stage')!.getBoundingClientRect();
			return {
				overflow: el.scrollHeight - el.clientHeight,
				captionPt: (parseFloat(caption.fontSize) * 72) / 96,
				colour: caption.color,
				background: getComputedStyle(el).backgroundColor,
				terminal: getComputedStyle(el.querySelector('[data-terminal] .panel')!).fill,
				svg: { w: svg.width, h: svg.height }
			};
		})
	);
	expect(pages).toHaveLength(readScenario('board-house').steps.length + 1);
	for (const [n, p] of pages.entries()) {
		expect(p.overflow, `page ${n} overflows its sheet`).toBeLessThanOrEqual(1);
		expect(p.captionPt).toBeGreaterThanOrEqual(14);
		expect(p.colour).toBe('rgb(0, 0, 0)');
		expect(p.background).toBe('rgb(255, 255, 255)');
		// A light terminal on paper, not a black panel on every sheet.
		expect(p.terminal).toBe('rgb(255, 255, 255)');
		expect(p.svg.w).toBeLessThanOrEqual(1032);
		expect(p.svg.h).toBeGreaterThan(200);
	}
	expect(errors).toEqual([]);
});

for (const id of IDS) {
	test(`${id}: the PDF has exactly one A4 landscape sheet per page`, async ({ page }) => {
		const errors = collectConsoleErrors(page);
		await openHandout(page, id, 'en');
		// preferCSSPageSize: the sheet is what @page asks for, as in the browser's print dialog.
		const pdf = await page.pdf({ preferCSSPageSize: true });
		expect(pdfPageCount(pdf)).toBe(readScenario(id).steps.length + 1);
		const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
		expect(box).not.toBeNull();
		// A4 landscape is 842 × 595 pt.
		expect(Math.round(Number(box![1]))).toBe(842);
		expect(Math.round(Number(box![2]))).toBe(595);
		expect(errors).toEqual([]);
	});
}

test('printing the player itself gives the handout, and its Handout button opens it', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	const id = 'docker-pull';
	await openPlayer(page, id, { step: 2, lang: 'en' });
	const pdf = await page.pdf({ preferCSSPageSize: true });
	expect(pdfPageCount(pdf)).toBe(readScenario(id).steps.length + 1);
	// Once printed, the page is the player again.
	await expect(page.locator('.handout-page')).toHaveCount(0);
	await expect(page.getByTestId('caption')).toBeVisible();

	await page.getByTestId('handout-link').click();
	await expect(page).toHaveURL(new RegExp(`/handout/${id}\\?lang=en$`));
	await expect(page.locator('.handout-page')).toHaveCount(readScenario(id).steps.length + 1);
	expect(errors).toEqual([]);
});
