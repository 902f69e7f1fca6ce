/**
 * A process in the board house's room: its name and state on one row when both fit, else the
 * state gets a row of its own (the process is then taller); its detail below. Shared by the
 * layout (how tall) and the drawing (where).
 */
import { textWidth } from '../../text-metrics.ts';

export const PROCESS = { label: 32, badge: 24, detail: 24, short: 84, tall: 118 } as const;

export function badgeWidth(state: string): number {
	return state ? 1.05 * textWidth(state, PROCESS.badge) + 24 : 0;
}

/** Whether the state needs a row of its own beside a name in a room `w` wide. */
export function stateOwnRow(label: string, state: string, w: number): boolean {
	return !!state && 46 + textWidth(label, PROCESS.label, true) + 12 + badgeWidth(state) + 10 > w;
}

const IDEOGRAPH = /[\u4E00-\u9FFF]/u;
/** Breaks between two Chinese characters (inside a word, as often as not), then how uneven the lines are. */
function cost(lines: string[]): number {
	const inside = lines.slice(1).filter((l, i) => IDEOGRAPH.test(lines[i]!.at(-1) ?? '') && IDEOGRAPH.test(l[0] ?? '')).length;
	const lengths = lines.map((l) => textWidth(l, 1, true));
	return inside * 1000 + Math.max(...lengths) - Math.min(...lengths);
}

/** Lines no wider than `w`, as even as the same number of lines allows (no word left alone), broken between words where it can. */
export function evenLines(wrap: (w: number) => string[], w: number): string[] {
	const first = wrap(w);
	let best = first;
	for (let narrower = w - 8; narrower > w / 2; narrower -= 8) {
		const lines = wrap(narrower);
		if (lines.length > first.length || lines.some((l) => l.endsWith('…'))) break;
		if (cost(lines) < cost(best)) best = lines;
	}
	return best;
}
