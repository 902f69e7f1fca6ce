/**
 * How many bytes a prerendered page makes the browser fetch before it runs: the JS its
 * HTML preloads and imports, and its stylesheets, each gzipped (as a static host serves
 * them). Fonts are left out: they load on demand, per glyph range. Used by the byte-budget
 * test and the benchmark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { modulesPreloadedAfterPaint } from '../embed/boot/paint-first';

export interface RouteWeight {
	js: { files: number; raw: number; gzip: number };
	css: { files: number; raw: number; gzip: number };
}

/** Files a page's HTML names: modulepreload and stylesheet links, the imports of its inline boot script and the modules it preloads later. */
export function assetsOf(html: string): { js: string[]; css: string[] } {
	const js = new Set<string>();
	const css = new Set<string>();
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		if (!href) continue;
		if (/rel="modulepreload"/.test(tag)) js.add(href);
		else if (/rel="stylesheet"/.test(tag)) css.add(href);
	}
	for (const m of html.matchAll(/import\(\s*"([^"]+\.js)"\s*\)/g)) js.add(m[1]!);
	for (const href of modulesPreloadedAfterPaint(html)) js.add(href);
	return { js: [...js], css: [...css] };
}

/** Weight of a built page, `page` relative to the build folder (e.g. "embed/docker-pull.html"). */
export function routeWeight(buildDir: string, page: string): RouteWeight {
	const html = readFileSync(join(buildDir, page), 'utf8');
	const pageDir = join(buildDir, page, '..');
	const { js, css } = assetsOf(html);
	const sum = (files: string[]) => {
		let raw = 0;
		let gzip = 0;
		for (const f of files) {
			const path = f.startsWith('/') ? join(buildDir, f) : join(pageDir, f);
			const bytes = readFileSync(path);
			raw += bytes.length;
			gzip += gzipSync(bytes, { level: 9 }).length;
		}
		return { files: files.length, raw, gzip };
	};
	return { js: sum(js), css: sum(css) };
}
