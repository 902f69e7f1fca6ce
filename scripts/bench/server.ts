/**
 * The benchmark's own static server: the build as a static host serves it (gzip, like
 * Netlify, GitHub Pages or nginx with gzip on), plus two comparison pages that load
 * reveal.js and mermaid from node_modules, so every page is measured the same way.
 * (vite preview sends JS and CSS uncompressed, so transfer sizes from it would be raw.)
 *
 * Routes: /__bench/reveal.html, /__bench/mermaid.html, /__bench/nm/<reveal.js|mermaid>/dist/…,
 * and everything else from the build folder (`/s/x` → `s/x.html`, unknown → 404.html).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.png': 'image/png'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

/** Pages that load each comparison library the way its documentation says to. */
export const COMPARISON_PAGES: Record<string, string> = {
	'reveal.html': `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/__bench/nm/reveal.js/dist/reveal.css">
<script src="/__bench/nm/reveal.js/dist/reveal.js"></script></head>
<body><div class="reveal"><div class="slides"><section>x</section></div></div>
<script>window.__ready = typeof Reveal !== 'undefined';</script></body></html>`,
	'mermaid.html': `<!doctype html><html><head><meta charset="utf-8"></head><body>
<script type="module">
import mermaid from '/__bench/nm/mermaid/dist/mermaid.esm.min.mjs';
mermaid.initialize({ startOnLoad: false });
window.__ready = true;
</script></body></html>`
};

function fileFor(buildDir: string, modulesDir: string, pathname: string): { path: string; status: number } | { body: string; status: number } {
	if (pathname.startsWith('/__bench/nm/')) {
		const rest = normalize(pathname.slice('/__bench/nm/'.length));
		if (!/^(reveal\.js|mermaid)\/dist\//.test(rest)) return { path: join(buildDir, '404.html'), status: 404 };
		const path = join(modulesDir, rest);
		return existsSync(path) ? { path, status: 200 } : { path: join(buildDir, '404.html'), status: 404 };
	}
	if (pathname.startsWith('/__bench/')) {
		const page = COMPARISON_PAGES[pathname.slice('/__bench/'.length)];
		return page ? { body: page, status: 200 } : { path: join(buildDir, '404.html'), status: 404 };
	}
	const root = resolve(buildDir);
	const base = resolve(join(root, normalize(decodeURIComponent(pathname))));
	if (!base.startsWith(root)) return { path: join(root, '404.html'), status: 404 };
	for (const candidate of [base, `${base}.html`, join(base, 'index.html')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return { path: candidate, status: 200 };
	return { path: join(root, '404.html'), status: 404 };
}

/** Starts the server on the port; resolves once it listens. */
export function serve(buildDir: string, modulesDir: string, port: number): Promise<Server> {
	const gzipped = new Map<string, Buffer>();
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const found = fileFor(buildDir, modulesDir, url.pathname);
		const ext = 'body' in found ? '.html' : extname(found.path);
		const key = 'body' in found ? url.pathname : found.path;
		const raw = 'body' in found ? Buffer.from(found.body) : readFileSync(found.path);
		const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
		let body: Buffer = raw;
		if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			let z = gzipped.get(key);
			if (!z) gzipped.set(key, (z = gzipSync(raw, { level: 9 })));
			body = z;
			headers['content-encoding'] = 'gzip';
			headers.vary = 'accept-encoding';
		}
		headers['content-length'] = String(body.length);
		res.writeHead(found.status, headers);
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => ok(server));
	});
}
