/**
 * npm run export -- <id…> [--lang=zh|en|zh,en] [--out=export] [--size=1600x900]
 *                  [--base=https://example.com/viz] [--poster=n] [--images=prefix]
 * npm run posters   (= npm run export -- --posters [id…])
 *
 * Pictures of scenarios for places an iframe cannot go (RSS readers, e-mail, print). Serves
 * build/ and photographs /still/<id>?step=n&lang=… — the still stage with the step's caption
 * under it — writing, for every step n = 0…N:
 *   <out>/<id>/<lang>-<nn>.png   the screenshot
 *   <out>/<id>/<lang>-<nn>.webp  the same, re-encoded by the browser
 *   <out>/<id>/<lang>-<nn>.svg   the stage and caption as vectors, styles inlined, fonts not embedded
 * and <out>/<id>/snippet.html and snippet.md: the poster (the last step, or --poster=n)
 * linked to the live player at <base>, with the iframe embed as a commented alternative.
 * --posters instead writes static/posters/<id>-<lang>.png and .webp (last step, 1200×675,
 * WebP kept under 120 KB) for every scenario (or those named), both languages.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { launchOptions } from './browser.ts';
import { serveBuild } from './serve-build.ts';
import { snippetHtml, snippetMarkdown, type SnippetImage } from './snippet.ts';
import { scenarioFiles, validateFile } from '../src/lib/scenario/load-dir.ts';
import { formatError } from '../src/lib/scenario/validate.ts';
import type { Scenario } from '../src/lib/scenario/schema.ts';
import { isLang, tr, type Lang } from '../src/lib/i18n/text.ts';

const BUILD = 'build';
const POSTER_DIR = 'static/posters';
const POSTER_SIZE = '1200x675';
/** Posters are fetched by feed readers and link previews: keep each WebP small. */
const POSTER_WEBP_MAX_BYTES = 120 * 1024;
const DEFAULT_BASE = 'https://example.com/banfang';

function fail(message: string): never {
	console.error(`export: ${message}`);
	process.exit(1);
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const posters = args.includes('--posters');
const known = new Set(['lang', 'out', 'size', 'base', 'poster', 'images', 'quality']);
for (const a of args.filter((x) => x.startsWith('--') && x !== '--posters')) {
	if (!known.has(a.slice(2).split('=')[0]!) || !a.includes('=')) fail(`unknown option ${a}`);
}

const langs = (option('lang') ?? (posters ? 'zh,en' : 'zh')).split(',').map((l) => l.trim());
for (const l of langs) if (!isLang(l)) fail(`--lang=${l}: use zh or en (or zh,en)`);
const sizeText = option('size') ?? (posters ? POSTER_SIZE : '1600x900');
const sizeMatch = /^(\d{3,4})x(\d{3,4})$/.exec(sizeText);
if (!sizeMatch) fail(`--size=${sizeText}: use WIDTHxHEIGHT, e.g. 1600x900`);
const [width, height] = [Number(sizeMatch[1]), Number(sizeMatch[2])];
const out = posters ? POSTER_DIR : (option('out') ?? 'export');
const quality = Number(option('quality') ?? '0.9');
if (!(quality > 0 && quality <= 1)) fail('--quality must be between 0 and 1');
const base = option('base') ?? DEFAULT_BASE;
if (!/^https?:\/\//.test(base) && !base.startsWith('/')) fail(`--base=${base}: give the URL the app is hosted at, e.g. https://example.com/viz`);
const imagePrefix = option('images') ?? '';
const posterOption = option('poster');

if (!existsSync(BUILD) || !existsSync(join(BUILD, 'still'))) {
	fail(existsSync(BUILD) ? 'build/ has no /still pages (it is older than the exporter): run npm run build first' : 'build/ is missing: run npm run build first');
}

// The scenarios, read from scenarios/ as the build read them.
const all = new Map<string, Scenario>();
for (const file of scenarioFiles()) {
	const result = validateFile(file);
	if (!result.ok) fail(`invalid scenario:\n${result.errors.map(formatError).join('\n')}`);
	all.set(result.scenario.id, result.scenario);
}
const ids = args.filter((a) => !a.startsWith('--'));
for (const id of ids) if (!all.has(id)) fail(`no scenario "${id}"; there are: ${[...all.keys()].join(', ')}`);
const chosen = (ids.length > 0 ? ids : [...all.keys()]).map((id) => all.get(id)!);
for (const id of chosen.map((s) => s.id)) if (!existsSync(join(BUILD, 'still', `${id}.html`))) fail(`build/ has no /still/${id}: run npm run build first`);

const pad = (n: number) => String(n).padStart(2, '0');
const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

/** Opens the still page of one step and waits until it is at rest, in its language, with its fonts. */
async function showStep(page: Page, url: string, id: string, step: number, lang: Lang) {
	await page.goto(`${url}/still/${encodeURIComponent(id)}?step=${step}&lang=${lang}`);
	await page.locator(`[data-ready="${step}-${lang}"]`).waitFor();
	await page.locator(`svg.stage[data-shown="${step}"]`).waitFor();
	// Fonts for text that has just changed language start loading at the next layout.
	await page.evaluate(async () => {
		await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
		await document.fonts.ready;
	});
}

function dataUrlBytes(dataUrl: string): Buffer {
	return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
}

async function toWebp(page: Page, png: Buffer, q: number): Promise<Buffer> {
	const dataUrl = await page.evaluate(
		([src, level]) => (window as unknown as BanfangExport).banfangExport.webp(src, level),
		[`data:image/png;base64,${png.toString('base64')}`, q] as const
	);
	return dataUrlBytes(dataUrl);
}

interface BanfangExport {
	banfangExport: {
		svg(): string;
		webp(png: string, quality: number): Promise<string>;
		svgDraws(svg: string): Promise<{ width: number; height: number }>;
	};
}

const served = await serveBuild(BUILD);
const browser = await chromium.launch(launchOptions());
let written = 0;
try {
	const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
	const page = await context.newPage();
	page.on('pageerror', (error) => console.error(`export: page error: ${error.message}`));
	mkdirSync(out, { recursive: true });

	for (const scenario of chosen) {
		const count = scenario.steps.length;
		if (posters) {
			for (const lang of langs as Lang[]) {
				await showStep(page, served.url, scenario.id, count, lang);
				const png = await page.screenshot({ type: 'png' });
				// The largest quality that keeps the WebP under the limit.
				let q = quality;
				let webp = await toWebp(page, png, q);
				while (webp.length > POSTER_WEBP_MAX_BYTES && q > 0.5) webp = await toWebp(page, png, (q = Math.round((q - 0.05) * 100) / 100));
				const name = join(out, `${scenario.id}-${lang}`);
				writeFileSync(`${name}.png`, png);
				writeFileSync(`${name}.webp`, webp);
				written += 2;
				console.log(`${name}.png ${kb(png.length)} · .webp ${kb(webp.length)} (quality ${q})`);
			}
			continue;
		}

		const dir = join(out, scenario.id);
		mkdirSync(dir, { recursive: true });
		let bytes = 0;
		for (const lang of langs as Lang[]) {
			for (let n = 0; n <= count; n++) {
				await showStep(page, served.url, scenario.id, n, lang);
				const name = join(dir, `${lang}-${pad(n)}`);
				const png = await page.screenshot({ type: 'png' });
				const webp = await toWebp(page, png, quality);
				const svg = await page.evaluate(() => (window as unknown as BanfangExport).banfangExport.svg());
				// A file that would not draw standalone is an error, not a silent blank picture.
				const drawn = await page.evaluate((text) => (window as unknown as BanfangExport).banfangExport.svgDraws(text), svg).catch(() => null);
				if (!drawn || drawn.width !== width) throw new Error(`${name}.svg does not draw as an image (${drawn ? `${drawn.width}×${drawn.height}` : 'decode failed'})`);
				writeFileSync(`${name}.png`, png);
				writeFileSync(`${name}.webp`, webp);
				writeFileSync(`${name}.svg`, svg);
				bytes += png.length + webp.length + Buffer.byteLength(svg);
				written += 3;
				console.log(`${name}.png ${kb(png.length)} · .webp ${kb(webp.length)} · .svg ${kb(Buffer.byteLength(svg))}`);
			}
		}

		// The snippet names every language exported into this folder, this run or an earlier one.
		const poster = posterOption === undefined ? count : Math.min(Math.max(0, Number(posterOption) || 0), count);
		const present = (['zh', 'en'] as const).filter((l) => existsSync(join(dir, `${l}-${pad(poster)}.png`)));
		const images: SnippetImage[] = present.map((lang) => ({
			lang,
			title: tr(scenario.title, lang),
			summary: tr(scenario.summary, lang),
			steps: count,
			png: `${imagePrefix}${lang}-${pad(poster)}.png`,
			webp: `${imagePrefix}${lang}-${pad(poster)}.webp`,
			width,
			height
		}));
		writeFileSync(join(dir, 'snippet.html'), snippetHtml({ id: scenario.id, base, images }));
		writeFileSync(join(dir, 'snippet.md'), snippetMarkdown({ id: scenario.id, base, images }));
		written += 2;
		const files = readdirSync(dir).length;
		console.log(`${dir}/snippet.html, snippet.md — poster: step ${poster}; ${files} files in ${dir}, ${kb(bytes)} written this run`);
	}
	if (!posters && option('base') === undefined) console.log(`note: the snippets link to ${DEFAULT_BASE}; pass --base=<where the app is hosted>`);
	console.log(`${written} files written under ${out}/`);
} finally {
	await browser.close();
	await served.close();
}
