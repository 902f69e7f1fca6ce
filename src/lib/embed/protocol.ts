/**
 * The embed's postMessage API, version 1: what a host page may send an embedded player,
 * and what the player tells it. Every message is an object `{ banfang: 1, type, … }`;
 * anything else (other libraries' messages, other versions, wrong shapes) is ignored.
 * Documented in the README; the host script (static/embed.js) speaks it too.
 */
export const PROTOCOL = 1;

export type EmbedCommand =
	| { banfang: 1; type: 'next' }
	| { banfang: 1; type: 'prev' }
	| { banfang: 1; type: 'goto'; step: number }
	| { banfang: 1; type: 'play' }
	| { banfang: 1; type: 'pause' }
	| { banfang: 1; type: 'setLanguage'; lang: 'zh' | 'en' };

export type EmbedEvent =
	| { banfang: 1; type: 'ready'; id: string; steps: number; step: number }
	| { banfang: 1; type: 'stepchange'; id: string; step: number; steps: number }
	| { banfang: 1; type: 'resize'; id: string; height: number };

/** A command from the host, or null for anything that is not exactly one. */
export function parseCommand(data: unknown): EmbedCommand | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const m = data as Record<string, unknown>;
	if (m.banfang !== PROTOCOL || typeof m.type !== 'string') return null;
	switch (m.type) {
		case 'next':
		case 'prev':
		case 'play':
		case 'pause':
			return { banfang: 1, type: m.type };
		case 'goto':
			return Number.isInteger(m.step) && (m.step as number) >= 0 ? { banfang: 1, type: 'goto', step: m.step as number } : null;
		case 'setLanguage':
			return m.lang === 'zh' || m.lang === 'en' ? { banfang: 1, type: 'setLanguage', lang: m.lang } : null;
		default:
			return null;
	}
}

/**
 * Origins allowed to command the embed: `?origins=https://a.example,https://b.example`.
 * Absent: any origin, as long as the message comes from the parent window itself.
 */
export function parseOrigins(param: string | null): string[] | null {
	if (param === null || param.trim() === '') return null;
	const origins: string[] = [];
	for (const part of param.split(',')) {
		try {
			const url = new URL(part.trim());
			if (url.protocol === 'http:' || url.protocol === 'https:') origins.push(url.origin);
		} catch {
			// not a URL: left out (and so never allowed)
		}
	}
	return origins;
}

/** Whether a message event may command the embed. */
export function acceptsFrom(event: Pick<MessageEvent, 'source' | 'origin'>, parent: Window | null, allowed: string[] | null): boolean {
	if (!parent || event.source !== parent) return false;
	return allowed === null || allowed.includes(event.origin);
}

/**
 * Where events go: the parent's origin, never "*". It comes from ancestorOrigins where the
 * browser has it, else from the referrer; unknown means we say nothing.
 */
export function parentOrigin(location: Pick<Location, 'ancestorOrigins'> | undefined, referrer: string): string | null {
	const fromAncestors = location?.ancestorOrigins?.[0];
	if (fromAncestors && fromAncestors !== 'null') return fromAncestors;
	try {
		return referrer ? new URL(referrer).origin : null;
	} catch {
		return null;
	}
}
