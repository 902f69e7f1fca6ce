/**
 * Embeds paint first, then start. An embed page is prerendered with its first picture; on a
 * slow phone, running SvelteKit's scripts (a few hundred ms) before that picture has been
 * painted with its fonts made a reader wait for it. So on /embed/ pages SvelteKit's start
 * script is rewritten to wait for `window.__banfangPaintFirst` (set in app.html: a frame, then
 * the fonts, at most 1.5 s). The script reads
 *   Promise.all([import("…start.js"), import("…app.js")]).then(([kit, app]) => { kit.start(…) })
 * and becomes
 *   (window.__banfangPaintFirst || Promise.resolve()).then(() => Promise.all([…])).then(…)
 * If SvelteKit ever writes it differently, the page is left as it is (it works, without the
 * wait) and paint-first.test.ts fails on the built embed page.
 */
const START = /Promise\.all\(\[(\s*import\([^)]*\),\s*import\([^)]*\)\s*)\]\)\.then\(/;

export function paintFirst(html: string): string {
	return html.replace(START, (_, imports: string) => `(window.__banfangPaintFirst || Promise.resolve()).then(() => Promise.all([${imports}])).then(`);
}
