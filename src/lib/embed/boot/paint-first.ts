/**
 * Embeds paint first, then start. An embed page is prerendered with its first picture; on a
 * slow phone, running SvelteKit's scripts (a few hundred ms) before that picture has been
 * painted with its fonts made a reader wait for it. So on /embed/ pages SvelteKit's start
 * script is rewritten to wait for `window.__banfangPaintFirst` (set in app.html: the page parsed,
 * a frame, the fonts, the frame that paints them; at most 1.5 s). The script reads
 *   Promise.all([import("…start.js"), import("…app.js")]).then(([kit, app]) => { kit.start(…) })
 * and becomes
 *   (window.__banfangPaintFirst || Promise.resolve())
 *     .then(() => ([…module urls].forEach(add a modulepreload link), Promise.all([…]))).then(…)
 * If SvelteKit ever writes it differently, the page is left as it is (it works, without the
 * wait) and paint-first.test.ts fails on the built embed page.
 */
const START = /Promise\.all\(\[(\s*import\([^)]*\),\s*import\([^)]*\)\s*)\]\)\.then\(/;

/**
 * SvelteKit also lists every module of the page as <link rel="modulepreload"> in the head. Each
 * one is fetched and compiled while the picture is still being laid out (about a quarter of a
 * second at 4× CPU throttling, measured in a trace), so they move behind the wait too: the
 * start script adds them back first, and the modules still load in parallel.
 */
const MODULE_PRELOAD = /[ \t]*<link href="([^"]+)" rel="modulepreload">\n?/g;

function addModulePreloads(hrefs: string[]): string {
	const list = JSON.stringify(hrefs);
	return `${list}.forEach((href) => document.head.append(Object.assign(document.createElement("link"), { rel: "modulepreload", href })))`;
}

/** The modules a rewritten page preloads only once it has painted (for the byte budget, route-weight.ts). */
export function modulesPreloadedAfterPaint(html: string): string[] {
	return [...html.matchAll(/\[("[^"\]]+\.js"(?:,"[^"\]]+\.js")*)\]\.forEach\(/g)].flatMap((m) => JSON.parse(`[${m[1]}]`) as string[]);
}

export function paintFirst(html: string): string {
	if (!START.test(html)) return html;
	const hrefs: string[] = [];
	const withoutPreloads = html.replace(MODULE_PRELOAD, (_, href: string) => (hrefs.push(href), ''));
	return withoutPreloads.replace(
		START,
		(_, imports: string) => `(window.__banfangPaintFirst || Promise.resolve()).then(() => (${addModulePreloads(hrefs)}, Promise.all([${imports}]))).then(`
	);
}
