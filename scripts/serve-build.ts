/**
 * Serves build/ — the plain files a static host would get — on a free local port, for
 * scripts that photograph pages. Only GET of files under the folder; /a/b is a/b.html as
 * adapter-static writes it, and anything else gets its 404.html.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webp': 'image/webp',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8'
};

/** The file a URL path names inside `root`, or null (never a file outside it). */
export function fileFor(root: string, urlPath: string): string | null {
	let path: string;
	try {
		path = decodeURIComponent(urlPath.split('?')[0]!);
	} catch {
		return null;
	}
	const base = resolve(root);
	const full = resolve(base, '.' + normalize('/' + path));
	if (full !== base && !full.startsWith(base + sep)) return null;
	for (const candidate of [full, `${full}.html`, join(full, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

export interface Served {
	url: string;
	close(): Promise<void>;
}

/** Listens on the first free port of `ports` (tried in a random order). */
export async function serveBuild(root: string, ports: [number, number] = [4500, 4599]): Promise<Served> {
	const server: Server = createServer((req, res) => {
		const file = req.method === 'GET' ? fileFor(root, req.url ?? '/') : null;
		if (!file) {
			// As a static host does with adapter-static's fallback page.
			const fallback = join(root, '404.html');
			if (existsSync(fallback)) res.writeHead(404, { 'content-type': TYPES['.html']! }).end(readFileSync(fallback));
			else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
	});
	const candidates = Array.from({ length: ports[1] - ports[0] + 1 }, (_, i) => ports[0] + i).sort(() => Math.random() - 0.5);
	for (const port of candidates) {
		const ok = await new Promise<boolean>((done) => {
			server.once('error', () => done(false));
			server.listen(port, '127.0.0.1', () => done(true));
		});
		if (ok) {
			server.removeAllListeners('error');
			return { url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) };
		}
	}
	throw new Error(`no free port in ${ports[0]}–${ports[1]}`);
}
