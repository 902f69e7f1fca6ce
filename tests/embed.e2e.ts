/**
 * The host side of embedding: static/embed.js on a blog post (static/demo/blog.html) turns
 * <div data-banfang> and <banfang-player> into iframes of /embed/<id>, sizes them from the
 * embed's own height, re-dispatches its events on the element, and drives it through
 * el.banfang. Keys stay with the page until a reader clicks an embed; messages from anyone
 * but the parent (or, with ?origins=, from other origins) are ignored; an autoplaying embed
 * below the fold waits until it is seen.
 */
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { collectConsoleErrors } from './helpers/console';

const DEMO = '/demo/blog.html';
const PULL = '[data-banfang="docker-pull"]:not([id])';
const HOUSE = 'banfang-player[scenario="board-house"]';

interface Logged {
	type: string;
	id: string;
	step?: number;
	steps?: number;
	height?: number;
	target: string;
}
declare global {
	interface Window {
		/** Every banfang:* event the host page received, in order (see logEvents). */
		banfangLog?: Logged[];
	}
}

test.use({ locale: 'en-US' });
test.describe.configure({ timeout: 90_000 });

/** Records the banfang:* events that reach the host document, before any page script runs. */
async function logEvents(page: Page): Promise<void> {
	await page.addInitScript(() => {
		if (window.parent !== window) return;
		window.banfangLog = [];
		for (const type of ['ready', 'stepchange', 'resize'])
			document.addEventListener(`banfang:${type}`, (event) => {
				const target = event.target as Element;
				window.banfangLog!.push({ type, ...(event as CustomEvent).detail, target: target.id || target.localName });
			});
	});
}

async function log(page: Page): Promise<Logged[]> {
	return page.evaluate(() => window.banfangLog ?? []);
}

function embed(page: Page, host: string): { frame: FrameLocator; root: Locator } {
	const frame = page.frameLocator(`${host} > iframe`);
	return { frame, root: frame.getByTestId('embed') };
}

/** Waits until the host element has had `ready` and a `resize` from its embed. */
async function waitSized(page: Page, host: string): Promise<void> {
	const slow = { timeout: 30_000 };
	await expect
		.poll(() => page.locator(host).evaluate((el) => !!(el as Element & { banfang?: { ready: boolean } }).banfang?.ready), slow)
		.toBe(true);
	const target = host === PULL ? 'div' : 'banfang-player';
	await expect.poll(async () => (await log(page)).some((e) => e.type === 'resize' && e.target === target), slow).toBe(true);
}

/** Opens the demo post and waits until both embeds have loaded and sized themselves. */
async function openDemo(page: Page): Promise<void> {
	await page.goto(DEMO);
	await waitSized(page, PULL);
	// The second one is far below the fold and lazy: it loads when the reader gets near.
	await page.locator(HOUSE).scrollIntoViewIfNeeded();
	await waitSized(page, HOUSE);
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
}

/** scrollY once it has stayed put for three frames in a row. */
async function settledScrollY(page: Page): Promise<number> {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let last = -1;
				let still = 0;
				const look = () => {
					still = scrollY === last ? still + 1 : 0;
					last = scrollY;
					if (still >= 3) resolve(last);
					else requestAnimationFrame(look);
				};
				requestAnimationFrame(look);
			})
	);
}

type Api = Record<string, unknown> & Record<'next' | 'prev' | 'play' | 'pause' | 'goto' | 'setLanguage', (arg?: unknown) => boolean>;

/** Calls el.banfang.<method>(arg) on the host element, as a blog's own script would. */
async function call(page: Page, host: string, method: keyof Api, arg?: unknown): Promise<unknown> {
	return page.locator(host).evaluate((el, [m, a]) => {
		const api = (el as unknown as { banfang: Api }).banfang;
		const value = api[m as string];
		return typeof value === 'function' ? (value as (x: unknown) => unknown)(a) : value;
	}, [method, arg] as const);
}

test('both embeds load, and each iframe takes the height of its content', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await logEvents(page);
	await page.goto(DEMO);
	const iframe = page.locator(`${PULL} > iframe`);
	await expect(iframe).toHaveAttribute('src', /\/embed\/docker-pull\/zh\?sized=1&origins=http%3A%2F%2Flocalhost%3A\d+$/);
	await expect(iframe).toHaveAttribute('loading', 'lazy');
	await expect(iframe).toHaveAttribute('allow', 'fullscreen');
	await expect(iframe).toHaveAttribute('title', /docker pull/);
	await expect(page.locator(`${HOUSE} > iframe`)).toHaveAttribute('src', /\/embed\/board-house\/en\?/);
	await expect(page.locator(`${HOUSE} > iframe`)).toHaveAttribute('title', /board house/);

	// The second embed starts off-screen at 1280×720.
	expect((await page.locator(HOUSE).boundingBox())!.y).toBeGreaterThan(720 * 2);
	await openDemo(page);

	for (const [host, lang, id] of [
		[PULL, 'zh', 'docker-pull'],
		[HOUSE, 'en', 'board-house']
	] as const) {
		const { root } = embed(page, host);
		await expect(root).toHaveAttribute('data-lang', lang);
		await expect(root).toHaveAttribute('data-step', '0');
		const frame = page.locator(`${host} > iframe`);
		const outer = (await frame.boundingBox())!;
		const inner = await root.evaluate((el) => el.getBoundingClientRect().height);
		expect(outer.width).toBeGreaterThan(600);
		// As tall as what the embed shows (no blank band, nothing cut off)…
		expect(Math.abs(outer.height - inner), `${id}: iframe ${outer.height}px, content ${inner}px`).toBeLessThanOrEqual(2);
		// …and that came from the embed, not from the first guess (16:9 + 60 px).
		expect(Math.abs(outer.height - Math.round((outer.width * 9) / 16 + 60))).toBeGreaterThan(4);
		const ready = (await log(page)).find((e) => e.type === 'ready' && e.id === id);
		expect(ready).toMatchObject({ step: 0, steps: id === 'docker-pull' ? 4 : 21 });
	}
	// Nothing scrolls inside an embed.
	for (const host of [PULL, HOUSE]) {
		const scroll = await embed(page, host).root.evaluate(() => document.documentElement.scrollHeight - innerHeight);
		expect(scroll).toBeLessThanOrEqual(1);
	}
	expect(errors).toEqual([]);
});

test("on a phone the script embed grows to a phone's window onto the wall (words ≥ 14 px); a plain iframe keeps 16:9", async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await logEvents(page);
	await page.goto(DEMO);
	await waitSized(page, PULL);
	const { frame, root } = embed(page, PULL);
	const stage = frame.locator('svg.stage');
	await expect(stage).toHaveAttribute('data-window', /^\d+$/);
	const box = (await stage.boundingBox())!;
	expect(box.height / box.width, 'the stage is taller than 16:9').toBeGreaterThan(1.2);
	const smallest = await stage.evaluate((svg) =>
		Math.min(...[...svg.querySelectorAll('text')].filter((t) => t.textContent?.trim()).map((t) => parseFloat(getComputedStyle(t).fontSize) * Math.hypot(t.getScreenCTM()!.a, t.getScreenCTM()!.b)))
	);
	expect(smallest).toBeGreaterThanOrEqual(14);
	// The frame took the taller embed's height: the controls are inside it.
	const outer = (await page.locator(`${PULL} > iframe`).boundingBox())!;
	const inner = await root.evaluate((el) => el.getBoundingClientRect().height);
	expect(Math.abs(outer.height - inner)).toBeLessThanOrEqual(2);

	// The same page without embed.js (a plain iframe's URL): its height is the host's, so 16:9.
	await page.goto('/embed/docker-pull/en');
	await expect(page.locator('svg.stage')).toHaveAttribute('data-shown', '0');
	await expect(page.locator('svg.stage')).not.toHaveAttribute('data-window', /./);
});

// The embed reports its player's height, not the document's (which never drops below the
// iframe's own height): a shorter caption or a narrower page leaves no blank band.
test('an embed that gets shorter shrinks its iframe', async ({ page }) => {
	await logEvents(page);
	await openDemo(page);
	const frame = page.locator(`${PULL} > iframe`);
	const root = embed(page, PULL).root;
	await call(page, PULL, 'goto', 1);
	await expect(root).toHaveAttribute('data-step', '1');
	await call(page, PULL, 'goto', 0);
	await expect(root).toHaveAttribute('data-step', '0');
	await page.setViewportSize({ width: 700, height: 720 });
	await expect
		.poll(async () => Math.abs((await frame.boundingBox())!.height - (await root.evaluate((el) => el.getBoundingClientRect().height))))
		.toBeLessThanOrEqual(2);
});

test('keys on the host page move neither embed, and Space still scrolls the page', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await logEvents(page);
	await openDemo(page);
	const pull = embed(page, PULL).root;
	const house = embed(page, HOUSE).root;

	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Space');
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(200);
	// Keyboard scrolling is animated: read where Space ended, not a point on its way there.
	const afterSpace = await settledScrollY(page);
	await page.keyboard.press('PageDown');
	await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(afterSpace + 200);
	await page.keyboard.press('ArrowRight');
	await page.waitForTimeout(500);

	for (const root of [pull, house]) {
		await expect(root).toHaveAttribute('data-step', '0');
		await expect(root).toHaveAttribute('data-focused', 'false');
		await expect(root).toHaveAttribute('data-playing', 'false');
	}
	expect((await log(page)).filter((e) => e.type === 'stepchange')).toEqual([]);
	expect(errors).toEqual([]);
});

test('after a click on the first embed the keys move only that one, and the page stays put', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await logEvents(page);
	await openDemo(page);
	const pull = embed(page, PULL).root;
	const house = embed(page, HOUSE).root;

	// Click the picture (not a button): the embed takes the keyboard.
	await pull.locator('svg.stage').click({ position: { x: 30, y: 30 } });
	await expect(pull).toHaveAttribute('data-focused', 'true');
	const y = await page.evaluate(() => scrollY);

	await page.keyboard.press('ArrowRight');
	await expect(pull).toHaveAttribute('data-step', '1');
	await page.keyboard.press('ArrowRight');
	await expect(pull).toHaveAttribute('data-step', '2');
	await page.keyboard.press('ArrowLeft');
	await expect(pull).toHaveAttribute('data-step', '1');
	await page.keyboard.press('PageDown');
	await expect(pull).toHaveAttribute('data-step', '2');
	await page.keyboard.press('Space');
	await expect(pull).toHaveAttribute('data-step', '3');
	await page.waitForTimeout(300);

	expect(await page.evaluate(() => scrollY)).toBe(y);
	await expect(house).toHaveAttribute('data-step', '0');
	await expect(house).toHaveAttribute('data-focused', 'false');
	// The host heard each step.
	await expect
		.poll(async () => (await log(page)).filter((e) => e.type === 'stepchange').map((e) => `${e.id}:${e.step}`))
		.toEqual(['docker-pull:1', 'docker-pull:2', 'docker-pull:1', 'docker-pull:2', 'docker-pull:3']);
	await expect.poll(() => call(page, PULL, 'step')).toBe(3);

	// A click back on the page gives the keys back to it.
	await page.locator('.post-title').click();
	await expect(pull).toHaveAttribute('data-focused', 'false');
	await page.keyboard.press('ArrowLeft');
	await page.waitForTimeout(300);
	await expect(pull).toHaveAttribute('data-step', '3');
	expect(errors).toEqual([]);
});

test('the host drives an embed through el.banfang and hears banfang:stepchange', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await logEvents(page);
	await page.goto(DEMO);
	await waitSized(page, PULL);
	// A command to an embed that has not loaded yet (lazy, below the fold) waits for it.
	expect(await call(page, HOUSE, 'goto', 5)).toBe(true);

	const heard = page.locator(PULL).evaluate(
		(el) =>
			new Promise<{ step: number; steps: number; id: string }>((resolve) =>
				el.addEventListener('banfang:stepchange', (e) => resolve((e as CustomEvent).detail), { once: true })
			)
	);
	const sent = [await call(page, PULL, 'goto', -1), await call(page, PULL, 'goto', 1.5), await call(page, PULL, 'goto', 3)];
	expect(sent).toEqual([false, false, true]);
	expect(await heard).toMatchObject({ id: 'docker-pull', step: 3, steps: 4 });
	const pull = embed(page, PULL).root;
	await expect(pull).toHaveAttribute('data-step', '3');

	expect(await call(page, PULL, 'setLanguage', 'fr')).toBe(false);
	await call(page, PULL, 'setLanguage', 'en');
	await call(page, PULL, 'prev');
	await expect(pull).toHaveAttribute('data-lang', 'en');
	await expect(pull).toHaveAttribute('data-step', '2');
	await call(page, PULL, 'play');
	await expect(pull).toHaveAttribute('data-playing', 'true');
	await call(page, PULL, 'pause');
	await expect(pull).toHaveAttribute('data-playing', 'false');

	// The other embed is independent, and got its queued goto(5) when it loaded.
	await page.locator(HOUSE).scrollIntoViewIfNeeded();
	const house = embed(page, HOUSE).root;
	await expect(house).toHaveAttribute('data-step', '5', { timeout: 30_000 });
	await expect(house).toHaveAttribute('data-lang', 'en');
	const houseSteps = (await log(page)).filter((e) => e.type === 'stepchange' && e.id === 'board-house').map((e) => e.step);
	expect(houseSteps).toEqual([5]);
	expect(errors).toEqual([]);
});

test('messages from another origin or from a window that is not the parent are ignored', async ({ page, baseURL }) => {
	const errors = collectConsoleErrors(page);
	await logEvents(page);
	await openDemo(page);
	const origin = new URL(baseURL!).origin;

	// 1. ?origins= lists only http://allowed.example: the page's own commands are ignored
	//    (a second embed that lists this page's origin shows the command itself works).
	await page.evaluate((origin) => {
		const body = document.querySelector('.post-body')!;
		const frames: [string, string][] = [
			['restricted', 'http://allowed.example'],
			['permitted', origin]
		];
		for (const [id, allowed] of frames) {
			const frame = document.createElement('iframe');
			frame.id = id;
			frame.src = `/embed/docker-pull?origins=${encodeURIComponent(allowed)}`;
			frame.style.cssText = 'width:640px;height:460px;border:0';
			body.prepend(frame);
		}
	}, origin);
	const restricted = page.frameLocator('#restricted').getByTestId('embed');
	const permitted = page.frameLocator('#permitted').getByTestId('embed');
	await expect(restricted).toHaveAttribute('data-step', '0');
	await expect(permitted).toHaveAttribute('data-step', '0');
	await page.evaluate(() => {
		for (const id of ['restricted', 'permitted'])
			(document.getElementById(id) as HTMLIFrameElement).contentWindow!.postMessage({ banfang: 1, type: 'goto', step: 3 }, location.origin);
	});
	await expect(permitted).toHaveAttribute('data-step', '3');
	await page.waitForTimeout(300);
	await expect(restricted).toHaveAttribute('data-step', '0');

	// 2. The right origin but not the parent: a sibling iframe and a popup of this page.
	await page.evaluate(() => {
		const sibling = document.createElement('iframe');
		sibling.name = 'sibling';
		sibling.srcdoc = '<p>sibling</p>';
		document.body.append(sibling);
	});
	const sibling = page.frame({ name: 'sibling' })!;
	await expect.poll(() => sibling.evaluate(() => document.readyState)).toBe('complete');
	await sibling.evaluate(() =>
		parent.document.querySelector<HTMLIFrameElement>('[data-banfang="docker-pull"] > iframe')!.contentWindow!.postMessage({ banfang: 1, type: 'goto', step: 3 }, '*')
	);
	const [popup] = await Promise.all([page.waitForEvent('popup'), page.evaluate(() => void window.open('about:blank', 'popup'))]);
	await popup.evaluate(() =>
		(opener as Window).document
			.querySelector<HTMLIFrameElement>('[data-banfang="docker-pull"] > iframe')!
			.contentWindow!.postMessage({ banfang: 1, type: 'goto', step: 4 }, '*')
	);
	// Afterwards, one command from the parent itself: the step goes 0 → 1, never via 3 or 4.
	await call(page, PULL, 'next');
	const pull = embed(page, PULL).root;
	await expect(pull).toHaveAttribute('data-step', '1');
	await page.waitForTimeout(300);
	await expect(pull).toHaveAttribute('data-step', '1');
	expect((await log(page)).filter((e) => e.type === 'stepchange').map((e) => `${e.id}:${e.step}`)).toEqual(['docker-pull:1']);

	// 3. The host script ignores look-alike events from windows that are not its embeds…
	const height = (await page.locator(`${PULL} > iframe`).boundingBox())!.height;
	await sibling.evaluate(() => parent.postMessage({ banfang: 1, type: 'resize', id: 'docker-pull', height: 100 }, '*'));
	await sibling.evaluate(() => parent.postMessage({ banfang: 1, type: 'stepchange', id: 'docker-pull', step: 3, steps: 4 }, '*'));
	// …and from an embed on another origin (127.0.0.1 is not localhost), though they arrive.
	const foreignSrc = await page.evaluate(async () => {
		window.addEventListener('message', (e) => {
			if (e.data?.banfang === 1 && e.data.type === 'ready') document.body.dataset.foreignReady = e.origin;
		});
		const div = document.createElement('div');
		div.id = 'foreign';
		div.dataset.banfang = 'docker-pull';
		document.querySelector('.post-body')!.prepend(div);
		// embed.js has made the iframe (its MutationObserver ran first); it has not loaded yet.
		await Promise.resolve();
		const frame = div.querySelector('iframe')!;
		const url = new URL(frame.src);
		url.hostname = '127.0.0.1';
		return (frame.src = url.href);
	});
	expect(foreignSrc).toContain('127.0.0.1');
	await expect(page.locator('body')).toHaveAttribute('data-foreign-ready', /^http:\/\/127\.0\.0\.1:\d+$/, { timeout: 30_000 });
	await page.waitForTimeout(300);
	expect((await page.locator(`${PULL} > iframe`).boundingBox())!.height).toBe(height);
	const events = await log(page);
	expect(events.filter((e) => e.target === 'foreign')).toEqual([]);
	expect(events.filter((e) => e.type === 'stepchange')).toHaveLength(1);
	await popup.close();
	expect(errors).toEqual([]);
});

test('an autoplaying embed below the fold waits until it is scrolled into view', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await logEvents(page);
	await page.goto(DEMO);
	await waitSized(page, PULL);
	// Added by a script after load (embed.js finds it), just below the fold: near enough to
	// load (lazy loading fetches what is close), not near enough to be seen.
	await page.evaluate(() => {
		const div = document.createElement('div');
		div.id = 'auto';
		div.dataset.banfang = 'docker-pull';
		div.dataset.autoplay = '1';
		div.dataset.lang = 'en';
		document.querySelector('.figcaption')!.after(div);
	});
	expect((await page.locator('#auto').boundingBox())!.y).toBeGreaterThan(720);
	await expect.poll(async () => (await log(page)).some((e) => e.type === 'ready' && e.target === 'auto'), { timeout: 30_000 }).toBe(true);
	const auto = embed(page, '#auto').root;
	await expect(auto).toHaveAttribute('data-visible', 'false');
	await page.waitForTimeout(1000);
	await expect(auto).toHaveAttribute('data-playing', 'false');
	await expect(auto).toHaveAttribute('data-step', '0');

	await page.locator('#auto').scrollIntoViewIfNeeded();
	await expect(auto).toHaveAttribute('data-visible', 'true', { timeout: 15_000 });
	await expect(auto).toHaveAttribute('data-playing', 'true', { timeout: 15_000 });
	await expect(auto).not.toHaveAttribute('data-step', '0', { timeout: 30_000 });
	// Scrolled away again, it pauses.
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await expect(auto).toHaveAttribute('data-visible', 'false');
	await expect(auto).toHaveAttribute('data-playing', 'false');
	// The page's own embed never played.
	await expect(embed(page, PULL).root).toHaveAttribute('data-playing', 'false');
	expect(errors).toEqual([]);
});

test('embed.js included twice makes one iframe per embed', async ({ page }) => {
	const errors = collectConsoleErrors(page);
	await page.goto(DEMO);
	await waitSizedOnce(page);
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const again = document.createElement('script');
				again.src = '../embed.js?again';
				again.onload = () => resolve();
				document.body.append(again);
			})
	);
	await page.waitForTimeout(200);
	await expect(page.locator(`${PULL} > iframe`)).toHaveCount(1);
	await expect(page.locator(`${HOUSE} > iframe`)).toHaveCount(1);
	expect(errors).toEqual([]);
});

async function waitSizedOnce(page: Page): Promise<void> {
	await expect(page.locator(`${PULL} > iframe`)).toHaveCount(1);
	await expect(embed(page, PULL).root).toBeVisible();
}
