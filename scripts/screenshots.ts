/**
 * npm run screenshots -- [ids…] [--lang=zh|en] [--size=1920x1080] [--theme=light|dark|projector] [--step=n] [--out=dir] [--format=png|jpeg]
 * Serves the build and takes a screenshot of every step of the given scenarios (all when
 * none are named), so a person can look at each one. Needs `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser';
import { scenarioFiles } from '../src/lib/scenario/load-dir';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const ids = args.filter((a) => !a.startsWith('--'));
const lang = option('lang', 'zh');
const [width, height] = option('size', '1920x1080').split('x').map(Number) as [number, number];
const out = option('out', 'test-results/screens');
const theme = option('theme', 'light');
/** JPEG (quality 80) for sets kept in the repository: a quarter of the PNG's bytes. */
const format = option('format', 'png') === 'jpeg' ? 'jpeg' : 'png';
/** Only this step, when given (for the README's pictures). */
const onlyStep = args.some((a) => a.startsWith('--step=')) ? Number(option('step', '0')) : undefined;
const port = 4300 + Math.floor(Math.random() * 500);

const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
try {
	const base = `http://localhost:${port}`;
	for (let i = 0; i < 100; i++) {
		if (await fetch(base).then((r) => r.ok, () => false)) break;
		await new Promise((r) => setTimeout(r, 200));
	}
	const browser = await chromium.launch(launchOptions());
	const page = await browser.newPage({ viewport: { width, height } });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	// The theme a returning visitor chose, saved before the page's scripts run.
	await page.addInitScript((t) => localStorage.setItem('banfang:prefs', JSON.stringify({ theme: t })), theme);
	const chosen = ids.length > 0 ? ids : scenarioFiles().map((f) => f.replace(/^.*\//, '').replace(/\.json$/, ''));
	for (const id of chosen) {
		mkdirSync(join(out, id), { recursive: true });
		await page.goto(`${base}/s/${id}?step=0&lang=${lang}`);
		const count = Number((await page.getByTestId('counter').textContent())?.split('/')[1]);
		for (let n = onlyStep ?? 0; n <= (onlyStep ?? count); n++) {
			await page.goto(`${base}/s/${id}?step=${n}&lang=${lang}`);
			await page.locator(`svg.stage[data-shown="${n}"]`).waitFor();
			await page.evaluate(() => document.fonts.ready);
			const file = join(out, id, `${lang}-${String(n).padStart(2, '0')}.${format === 'jpeg' ? 'jpg' : 'png'}`);
			await page.screenshot({ path: file, type: format, ...(format === 'jpeg' ? { quality: 80 } : {}) });
			console.log(file);
		}
	}
	await browser.close();
} finally {
	server.kill();
}
