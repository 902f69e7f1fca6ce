/**
 * A session as a link: the typed lines, as JSON, compressed with the platform's
 * CompressionStream (deflate-raw) and written base64url in the URL's fragment — which never
 * reaches a server. Reading a link back checks its shape: a broken or foreign fragment gives
 * an error, never a half session.
 */
import { MAX_SESSION_LINES } from './sandbox-state.ts';

/** The fragment's prefix: "#s=…" (a fragment without it is not a session). */
const PREFIX = 's=';
/** Past this, a link is too long to share everywhere (some chat apps cut at ~8 KB). */
export const MAX_LINK_CHARS = 8000;

async function through(data: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
	const out = new Response(new Blob([data as BlobPart]).stream().pipeThrough(stream));
	return new Uint8Array(await out.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
	const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
	return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function sessionFragment(lines: readonly string[]): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(lines));
	return `#${PREFIX}${toBase64Url(await through(json, new CompressionStream('deflate-raw')))}`;
}

export type ReadLink = { ok: true; lines: string[] } | { ok: false; error: 'not-a-session' | 'broken' };

export async function readSessionFragment(hash: string): Promise<ReadLink> {
	const fragment = hash.replace(/^#/, '');
	if (!fragment.startsWith(PREFIX)) return { ok: false, error: 'not-a-session' };
	try {
		const bytes = await through(fromBase64Url(fragment.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
		const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
		if (!Array.isArray(value) || !value.every((line) => typeof line === 'string') || value.length > MAX_SESSION_LINES) return { ok: false, error: 'broken' };
		return { ok: true, lines: value };
	} catch {
		return { ok: false, error: 'broken' };
	}
}
