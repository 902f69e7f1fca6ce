/** Server hooks (run while prerendering): embed pages paint before they start (paint-first.ts). */
import type { Handle } from '@sveltejs/kit';
import { paintFirst } from '$lib/embed/paint-first';

export const handle: Handle = ({ event, resolve }) => {
	if (!event.route.id?.startsWith('/embed/')) return resolve(event);
	return resolve(event, { transformPageChunk: ({ html }) => paintFirst(html) });
};
