/**
 * npm run legibility -- [ids…] [--sizes=1024x768,1280x800,390x844] [--theme=projector] [--lang=en]
 * Reads every step of the scenarios (all when none are named) in the player, as a room sees
 * it: the smallest stage word, how many words are below the floor (20 px; 14 px on a phone
 * under 600 px wide), the words the layout cut with "…", and how many different stage boxes
 * the steps have (1 = the picture never rescales). Needs a build (`npm run build`). Sizes are
 * byte-stable: run it before and after a change to the stage and compare.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser';
import { serveBuild } from './serve-build';
import { scenarioFiles } from '../src/lib/scenario/load-dir';
import { authoredStrings, isCut, readStage, wordCount } from '../tests/helpers/legibility';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ids = args.filter((a) => !a.startsWith('--'));
const sizes = option('sizes', '1024x768,1280x800,390x844').split(',').map((s) => s.split('x').map(Number) as [number, number]);
const theme = option('theme', 'projector');
const lang = option('lang', 'en');
const floorFor = (width: number) => (width < 600 ? 14 : 20);

const files = scenarioFiles().filter((f) => ids.length === 0 || ids.some((id) => f.endsWith(`/${id}.json`)));
const served = await serveBuild('build');
const browser = await chromium.launch(launchOptions());
const rows: string[][] = [['scenario', 'viewport', 'steps', 'words', 'smallest', `below floor`, 'cut', 'stage boxes']];
const cutExamples = new Map<string, string[]>();
try {
	for (const [width, height] of sizes) {
		const page = await browser.newPage({ viewport: { width, height } });
		await page.emulateMedia({ reducedMotion: 'reduce' });
		// tsx (esbuild) may wrap functions in __name(); the page does not have it, so give it one.
		await page.addInitScript('window.__name = (f) => f');
		await page.addInitScript((t) => localStorage.setItem('banfang:prefs', JSON.stringify({ theme: t })), theme);
		const floor = floorFor(width);
		for (const file of files) {
			const raw = JSON.parse(readFileSync(file, 'utf8')) as { id: string; steps: unknown[] };
			const authored = authoredStrings(raw);
			let words = 0;
			let below = 0;
			let smallest = Infinity;
			const cut: string[] = [];
			const boxes = new Set<string>();
			for (let n = 0; n <= raw.steps.length; n++) {
				await page.goto(`${served.url}/s/${raw.id}?step=${n}&lang=${lang}`);
				await page.locator(`svg.stage[data-shown="${n}"]`).waitFor();
				await page.evaluate(() => document.fonts.ready);
				const reading = await readStage(page);
				boxes.add(reading.stage.join(','));
				for (const w of reading.words) {
					const count = wordCount(w.text);
					words += count;
					if (w.px < floor) below += count;
					smallest = Math.min(smallest, w.px);
					if (isCut(w.text, authored)) cut.push(`${n}: ${w.text} (${w.where})`);
				}
			}
			const pct = words ? Math.round((100 * below) / words) : 0;
			rows.push([raw.id, `${width}×${height}`, String(raw.steps.length + 1), String(words), `${smallest.toFixed(1)} px`, `${below} (${pct}% < ${floor} px)`, String(cut.length), String(boxes.size)]);
			if (cut.length) cutExamples.set(`${raw.id} ${width}×${height}`, cut.slice(0, 4));
		}
		await page.close();
	}
} finally {
	await browser.close();
	await served.close();
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const [i, r] of rows.entries()) {
	console.log(`| ${r.map((c, j) => c.padEnd(widths[j]!)).join(' | ')} |`);
	if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
}
for (const [key, cut] of cutExamples) console.log(`\ncut in ${key}:\n  ${cut.join('\n  ')}`);
