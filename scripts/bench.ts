/**
 * npm run bench — builds the site, then measures it in headless Chromium (Playwright + CDP)
 * and in Node, prints tables with the targets (✓/✗) and writes bench/results.json.
 *   tsx scripts/bench.ts [--only=weight,smooth,response,scale,start] [--full]
 * Expects a build in build/ (`npm run bench` makes one). `--full` steps through every step of
 * board-house instead of the first BOARD_STEPS. Timings depend on the machine: compare runs
 * on the same one. See README "Performance".
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { parse as devalueParse, stringify as devalueStringify } from 'devalue';
import { launchOptions } from './browser';
import { serve } from './bench/server';
import { installProbe } from './bench/page';
import { generateScenario } from './bench/generate';
import { kb, mark, median, ms, percentile, table, timeBest } from './bench/stats';
import { routeWeight } from '../src/lib/server/route-weight';
import { validateScenarioText } from '../src/lib/scenario/validate';
import { allStates, stateAt } from '../src/lib/engine/state-at';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const runs = (part: string) => !only || only.includes(part);
const FULL = args.includes('--full');
const BOARD_STEPS = 6;
const PRESSES = 30;
const COLD_LOADS = 9;
const JUMP_LOADS = 3;
const SIZES = [500, 1000, 2000];
const BUILD = 'build';
const PORT = 4600 + Math.floor(Math.random() * 100);
const BASE = `http://127.0.0.1:${PORT}`;

const TARGETS = {
	embedJsGzip: 80 * 1024,
	p95Frame1080: 20,
	loafAt4x: 0,
	keyToChange: 50,
	jump2000: 100,
	firstStage4x: 1000
};

if (!existsSync(`${BUILD}/embed/docker-pull/en.html`)) {
	console.error('No build: run `npm run build` first (or `npm run bench`, which builds).');
	process.exit(1);
}

// tsx (esbuild) may wrap functions in __name(); the page does not have it, so give it one.
const PROBE = `window.__name = (f) => f; (${installProbe.toString()})();`;
const results: Record<string, unknown> = {};
const lines: string[] = [];
const say = (s = '') => {
	console.log(s);
	lines.push(s);
};

async function newPage(browser: Browser, width = 1920, height = 1080): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
	const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
	await context.addInitScript({ content: PROBE });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	return { context, page, cdp };
}

async function waitForRest(page: Page, n: number, timeout = 120_000) {
	await page.waitForFunction(
		(n) => {
			const s = document.querySelector('svg.stage');
			return !!s && s.getAttribute('data-shown') === String(n) && !s.hasAttribute('data-busy');
		},
		n,
		{ polling: 50, timeout }
	);
}

// ——— 1. Weight ———————————————————————————————————————————————————————————————————————

interface Transfer {
	js: { files: number; gzip: number; raw: number };
	css: { files: number; gzip: number; raw: number };
}

/** JS and CSS the page fetched, from Resource Timing (encodedBodySize: as sent, gzip). */
async function transferred(page: Page): Promise<Transfer> {
	return page.evaluate(() => {
		const out = { js: { files: 0, gzip: 0, raw: 0 }, css: { files: 0, gzip: 0, raw: 0 } };
		for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
			const path = new URL(e.name).pathname;
			const kind = /\.m?js$/.test(path) ? out.js : /\.css$/.test(path) ? out.css : null;
			if (!kind) continue;
			kind.files++;
			kind.gzip += e.encodedBodySize;
			kind.raw += e.decodedBodySize;
		}
		return out;
	});
}

async function measureWeight(browser: Browser) {
	const gz = (path: string) => {
		const bytes = readFileSync(path);
		return { files: 1, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
	};
	const staticOf: Record<string, Transfer | null> = {
		'banfang embed (/embed/docker-pull/en)': routeWeight(BUILD, 'embed/docker-pull/en.html'),
		'banfang player (/s/docker-pull)': routeWeight(BUILD, 's/docker-pull.html'),
		'banfang try it (/play)': routeWeight(BUILD, 'play.html'),
		'reveal.js 6.0.2 (dist/reveal.js + reveal.css)': { js: gz('node_modules/reveal.js/dist/reveal.js'), css: gz('node_modules/reveal.js/dist/reveal.css') },
		'mermaid 12.3.0 (dist/mermaid.esm.min.mjs + imports)': null
	};
	const urls: Record<string, string> = {
		'banfang embed (/embed/docker-pull/en)': '/embed/docker-pull/en',
		'banfang player (/s/docker-pull)': '/s/docker-pull',
		'banfang try it (/play)': '/play',
		'reveal.js 6.0.2 (dist/reveal.js + reveal.css)': '/__bench/reveal.html',
		'mermaid 12.3.0 (dist/mermaid.esm.min.mjs + imports)': '/__bench/mermaid.html'
	};
	const rows: (string | number)[][] = [];
	const out: Record<string, unknown> = {};
	for (const [name, url] of Object.entries(urls)) {
		const { context, page } = await newPage(browser);
		await page.goto(BASE + url, { waitUntil: 'load' });
		if (url.startsWith('/__bench/')) await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
		else await page.locator('svg.stage').first().waitFor();
		await page.waitForLoadState('networkidle');
		const t = await transferred(page);
		const s = staticOf[name];
		out[name] = { browser: t, static: s };
		rows.push([name, t.js.files, kb(t.js.gzip), s ? kb(s.js.gzip) : '—', kb(t.js.raw), t.css.files, kb(t.css.gzip), kb(t.js.gzip + t.css.gzip)]);
		await context.close();
	}
	const embed = out['banfang embed (/embed/docker-pull/en)'] as { browser: Transfer; static: Transfer };
	const embedJs = Math.max(embed.browser.js.gzip, embed.static.js.gzip);
	results.weight = { pages: out, target: { embedJsGzip: TARGETS.embedJsGzip, measured: embedJs, ok: embedJs <= TARGETS.embedJsGzip } };
	say('## Weight (JS and CSS at load, gzip as transferred; "static" = route-weight.ts / gzip -9 of the files)');
	say(table(['page', 'JS files', 'JS gzip', 'JS static', 'JS raw', 'CSS files', 'CSS gzip', 'JS+CSS gzip'], rows));
	say(`${mark(embedJs <= TARGETS.embedJsGzip)} embed JS ${kb(embedJs)} gzip (target ≤ ${kb(TARGETS.embedJsGzip)})`);
	say();
}

// ——— 2. Smoothness ————————————————————————————————————————————————————————————————————

function intervals(frames: (number | null)[]): number[] {
	const out: number[] = [];
	for (let i = 1; i < frames.length; i++) {
		const a = frames[i - 1];
		const b = frames[i];
		if (a != null && b != null) out.push(b - a);
	}
	return out;
}

async function measureSmoothness(browser: Browser) {
	const rows: (string | number)[][] = [];
	const out: unknown[] = [];
	const checks: string[] = [];
	for (const id of ['docker-pull', 'board-house']) {
		for (const [width, height] of [
			[1920, 1080],
			[3840, 2160]
		] as const) {
			for (const rate of [1, 4]) {
				const { context, page, cdp } = await newPage(browser, width, height);
				await page.goto(`${BASE}/s/${id}?step=0&lang=en`);
				await waitForRest(page, 0);
				const count = Number(/\/\s*(\d+)/.exec((await page.getByTestId('counter').textContent()) ?? '')?.[1]);
				const last = id === 'board-house' && !FULL ? Math.min(count, BOARD_STEPS) : count;
				await page.evaluate(() => document.fonts.ready);
				await cdp.send('Emulation.setCPUThrottlingRate', { rate });
				const t0 = await page.evaluate(() => performance.now());
				let busy = 0;
				for (let n = 1; n <= last; n++) {
					await page.evaluate(() => {
						window.__bench.frames.push(null);
						window.__bench.recording = true;
					});
					const start = Date.now();
					await page.keyboard.press('ArrowRight');
					await waitForRest(page, n);
					busy += Date.now() - start;
					await page.evaluate(() => (window.__bench.recording = false));
				}
				await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
				const probe = await page.evaluate(() => ({ frames: window.__bench.frames, loaf: window.__bench.loaf }));
				const iv = intervals(probe.frames);
				const loaf = probe.loaf.filter((e) => e.start >= t0 && e.duration > 50);
				const blocking = loaf.filter((e) => e.blocking > 0);
				const worst = [...loaf].sort((a, b) => b.duration - a.duration)[0];
				const r = {
					scenario: id,
					viewport: `${width}×${height}`,
					cpu: `${rate}×`,
					steps: last,
					frames: iv.length,
					p50: percentile(iv, 50),
					p95: percentile(iv, 95),
					max: Math.max(...iv),
					longAnimationFrames: loaf.length,
					blockingLongAnimationFrames: blocking.length,
					longestAnimationFrame: Math.max(0, ...loaf.map((e) => e.duration)),
					longFrames: loaf,
					transitionSeconds: busy / 1000
				};
				out.push(r);
				let verdict = '';
				if (width === 1920 && rate === 1) verdict = `${mark(r.p95 <= TARGETS.p95Frame1080)} p95 ≤ ${TARGETS.p95Frame1080} ms`;
				if (rate === 4) verdict = `${mark(r.longAnimationFrames <= TARGETS.loafAt4x)} no LoAF`;
				if (verdict) checks.push(verdict[0]!);
				const where = worst ? `script ${ms(worst.script)}, style+layout ${ms(worst.styleAndLayout)}` : '—';
				rows.push([id, r.viewport, r.cpu, `1–${last}`, r.frames, ms(r.p50), ms(r.p95), ms(r.max), `${r.longAnimationFrames} (${r.blockingLongAnimationFrames})`, r.longAnimationFrames ? ms(r.longestAnimationFrame) : '—', where, verdict]);
				await context.close();
			}
		}
	}
	results.smoothness = out;
	say('## Smoothness (frame intervals during transitions, stepping → through the steps)');
	say(table(['scenario', 'viewport', 'CPU', 'steps', 'frames', 'p50', 'p95', 'max', 'LoAF > 50 ms (blocking)', 'longest LoAF', 'its time in', 'target'], rows));
	say('LoAF: long animation frames; "blocking" ones had long tasks or rendering on the main thread, the others only waited (compositor, raster threads, other processes).');
	say();
}

// ——— 3. Response ——————————————————————————————————————————————————————————————————————

async function measureResponse(browser: Browser) {
	const out: Record<string, unknown> = {};
	const rows: (string | number)[][] = [];
	for (const rate of [1]) {
		const { context, page, cdp } = await newPage(browser);
		await page.goto(`${BASE}/s/docker-pull?step=1&lang=en`);
		await waitForRest(page, 1);
		await page.evaluate(() => document.fonts.ready);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		for (let i = 0; i < PRESSES; i++) {
			const forward = i % 2 === 0;
			await page.keyboard.press(forward ? 'ArrowRight' : 'ArrowLeft');
			await waitForRest(page, forward ? 2 : 1);
		}
		const responses = await page.evaluate(() => window.__bench.responses);
		await context.close();
		const r = { presses: responses.length, p50: percentile(responses, 50), p95: percentile(responses, 95), max: Math.max(...responses) };
		out[`${rate}x`] = r;
		rows.push([`${rate}×`, r.presses, ms(r.p50), ms(r.p95), ms(r.max), rate === 1 ? `${mark(r.p95 <= TARGETS.keyToChange)} p95 ≤ ${TARGETS.keyToChange} ms` : '']);
	}
	results.response = out;
	say('## Response (keydown → first painted change of svg.stage, docker-pull 1 ↔ 2, 1920×1080)');
	say(table(['CPU', 'presses', 'p50', 'p95', 'max', 'target'], rows));
	say();
}

// ——— 4. Scale ————————————————————————————————————————————————————————————————————————

function ratios(values: number[]): string {
	return values
		.slice(1)
		.map((v, i) => `${(v / values[i]!).toFixed(2)}×`)
		.join(', ');
}

async function measureScale(browser: Browser) {
	const rows: (string | number)[][] = [];
	const out: Record<string, unknown>[] = [];
	// Build the route data the way SvelteKit serves it: node 1 (the page) holds { scenario }.
	const original = JSON.parse(readFileSync(`${BUILD}/s/docker-pull/__data.json`, 'utf8')) as { type: string; nodes: { type: string; data: unknown[] }[] };
	const pageNode = original.nodes.findIndex((n) => n?.type === 'data' && (devalueParse(JSON.stringify(n.data)) as { scenario?: unknown })?.scenario !== undefined);
	if (pageNode < 0) throw new Error('no node with { scenario } in s/docker-pull/__data.json');
	for (const steps of SIZES) {
		const scenario = generateScenario(steps, 300);
		const text = JSON.stringify(scenario, null, '\t');
		const checked = validateScenarioText(text, `bench-${steps}.json`);
		if (!checked.ok) throw new Error(`generated scenario (${steps} steps) is not valid: ${checked.errors[0]?.message}`);
		const validate = timeBest(() => validateScenarioText(text, 'bench.json'), 3);
		const last = timeBest(() => stateAt(checked.scenario, steps), 7);
		const all = timeBest(() => allStates(checked.scenario), 5);

		const data = structuredClone(original);
		data.nodes[pageNode]!.data = JSON.parse(devalueStringify({ scenario: checked.scenario })) as unknown[];
		const body = JSON.stringify(data);
		// A cold jump is what a teacher does once; one sample swings ±50 % on a loaded machine, so
		// the median of JUMP_LOADS fresh page loads.
		const opens: number[] = [];
		const jumps: number[] = [];
		let heap = { usedSize: NaN };
		for (let load = 0; load < JUMP_LOADS; load++) {
			const { context, page, cdp } = await newPage(browser);
			await page.route('**/s/docker-pull/__data.json*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
			await page.goto(`${BASE}/`);
			await page.getByTestId('card').first().waitFor();
			await page.evaluate(() => {
				const a = document.createElement('a');
				a.href = 's/docker-pull?step=0&lang=en';
				a.id = 'bench-go';
				a.textContent = 'go';
				document.body.append(a);
			});
			const loadStart = Date.now();
			await page.locator('#bench-go').click();
			await page.getByTestId('counter').filter({ hasText: new RegExp(`/\\s*${steps}\\s*$`) }).waitFor({ timeout: 120_000 });
			await waitForRest(page, 0);
			opens.push(Date.now() - loadStart);
			await page.evaluate((n) => (window.__bench.jumpTarget = String(n)), steps);
			await page.keyboard.press('End');
			await page.waitForFunction(() => window.__bench.jump !== null, undefined, { timeout: 120_000 });
			jumps.push((await page.evaluate(() => window.__bench.jump)) ?? NaN);
			await waitForRest(page, steps);
			await cdp.send('HeapProfiler.collectGarbage');
			heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
			await context.close();
		}
		const open = median(opens);
		const jump = median(jumps);
		const r = { steps, items: 300, bytes: text.length, validateMs: validate, stateAtLastMs: last, allStatesMs: all, openMs: open, jumpMs: jump, jumpSamplesMs: jumps, heapBytes: heap.usedSize };
		out.push(r);
		rows.push([steps, kb(r.bytes), ms(validate), ms(last), ms(all), ms(open), ms(jump), `${(heap.usedSize / 2 ** 20).toFixed(1)} MB`]);
	}
	const series = (k: string) => out.map((r) => r[k] as number);
	const growth: Record<string, string> = {};
	for (const k of ['validateMs', 'stateAtLastMs', 'allStatesMs', 'openMs', 'jumpMs', 'heapBytes']) growth[k] = ratios(series(k));
	rows.push(['per doubling', '', growth.validateMs!, growth.stateAtLastMs!, growth.allStatesMs!, growth.openMs!, growth.jumpMs!, growth.heapBytes!]);
	const jump2000 = (out.find((r) => r.steps === 2000)?.jumpMs as number) ?? NaN;
	results.scale = { runs: out, growthPerDoubling: growth, target: { jump2000Ms: TARGETS.jump2000, measured: jump2000, ok: jump2000 <= TARGETS.jump2000 } };
	say('## Scale (generated flow scenarios, 300 items; validate/stateAt/allStates in Node, best of 3–7, the rest in Chromium 1920×1080)');
	say(table(['steps', 'JSON', 'validate', 'stateAt(last)', 'allStates', 'open player', 'End → last shown (median of 3 loads)', 'JS heap'], rows));
	say(`${mark(jump2000 <= TARGETS.jump2000)} jump to step 2,000 ${ms(jump2000)} (target ≤ ${TARGETS.jump2000} ms); growth per doubling should be ≤ ~2×`);
	say();
}

// ——— 5. Start ————————————————————————————————————————————————————————————————————————

/** Polls the page over CDP (page.waitForFunction would inject Playwright's script into the page being measured). */
async function pollPage<T>(cdp: CDPSession, expression: string, done: (v: T) => boolean): Promise<T> {
	for (const until = Date.now() + 60_000; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
		const { result } = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value: T } };
		if (done(result.value)) return result.value;
	}
	throw new Error(`timed out waiting for ${expression}`);
}

const FCP = "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null";

async function measureStart(browser: Browser) {
	// The stage is seen at the later of two moments: the first frame that has it laid out with its
	// fonts (the probe, main thread), and the page's first contentful paint (when a frame reaches
	// the screen, after raster and compositing).
	const shown: number[] = [];
	const frame: number[] = [];
	const fcp: number[] = [];
	for (let i = 0; i < COLD_LOADS; i++) {
		const { context, page, cdp } = await newPage(browser);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto(`${BASE}/embed/docker-pull/en`, { waitUntil: 'commit' });
		const r = await pollPage<{ frame: number | null; fcp: number | null }>(cdp, `({ frame: window.__bench?.stageShown ?? null, fcp: ${FCP} })`, (v) => !!v && v.frame !== null && v.fcp !== null);
		frame.push(r.frame!);
		fcp.push(r.fcp!);
		shown.push(Math.max(r.frame!, r.fcp!));
		await context.close();
	}
	// The same machine's floor: a page with one paragraph, no CSS, no script.
	const floor: number[] = [];
	for (let i = 0; i < COLD_LOADS; i++) {
		const { context, page, cdp } = await newPage(browser);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await page.goto('data:text/html,<!doctype html><title>floor</title><p>Hello', { waitUntil: 'commit' });
		floor.push((await pollPage<number | null>(cdp, FCP, (v) => typeof v === 'number')) as number);
		await context.close();
	}
	const m = median(shown);
	results.start = { loads: COLD_LOADS, stageShownMs: shown, stageFrameMs: frame, firstContentfulPaintMs: fcp, floorFcpMs: floor, median: m, target: { ms: TARGETS.firstStage4x, ok: m <= TARGETS.firstStage4x } };
	say('## Start (embed /embed/docker-pull/en, the page embed.js opens, cold, CPU 4×: the stage laid out with its fonts and on screen)');
	say(
		table(
			['loads', 'median', 'min', 'max', 'frame with fonts (median)', 'FCP (median)', 'blank page FCP (median)', 'target'],
			[[COLD_LOADS, ms(m), ms(Math.min(...shown)), ms(Math.max(...shown)), ms(median(frame)), ms(median(fcp)), ms(median(floor)), `${mark(m <= TARGETS.firstStage4x)} ≤ ${TARGETS.firstStage4x} ms`]]
		)
	);
	say();
}

// ——— main ———————————————————————————————————————————————————————————————————————————

const started = Date.now();
const server = await serve(BUILD, 'node_modules', PORT);
const browser = await chromium.launch(launchOptions());
try {
	const version = browser.version();
	let cpuModel = cpus()[0]?.model ?? 'unknown';
	try {
		cpuModel = execFileSync('sh', ['-c', "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], { encoding: 'utf8' }).trim() || cpuModel;
	} catch {
		/* not Linux */
	}
	results.machine = { cpu: cpuModel, cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: version, date: new Date().toISOString() };
	say(`banfang bench — ${cpuModel}, ${cpus().length} cores, Node ${process.version}, Chromium ${version} (headless, software rendering)`);
	say();
	if (runs('weight')) await measureWeight(browser);
	if (runs('smooth')) await measureSmoothness(browser);
	if (runs('response')) await measureResponse(browser);
	if (runs('scale')) await measureScale(browser);
	if (runs('start')) await measureStart(browser);
} finally {
	await browser.close();
	server.close();
}
results.seconds = (Date.now() - started) / 1000;
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify(results, null, '\t') + '\n');
say(`bench/results.json written (${results.seconds} s)`);
