/**
 * Server hooks (run while prerendering). Embed pages paint their first picture before anything
 * else: their fonts are preloaded (font-preloads.ts) and SvelteKit's scripts wait until that
 * picture is painted (paint-first.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { keepNeededFontPreloads } from '$lib/embed/boot/font-preloads';
import { paintFirst } from '$lib/embed/boot/paint-first';

export const handle: Handle = ({ event, resolve }) => {
	if (!event.route.id?.startsWith('/embed/')) return resolve(event);
	return resolve(event, {
		preload: ({ type }) => type === 'css' || type === 'js' || type === 'font',
		transformPageChunk: ({ html }) => paintFirst(keepNeededFontPreloads(html))
	});
};
