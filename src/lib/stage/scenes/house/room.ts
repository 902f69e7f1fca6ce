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

/** Lines no wider than `w`, as even as the same number of lines allows (no word left alone). */
export function evenLines(wrap: (w: number) => string[], w: number): string[] {
	let best = wrap(w);
	for (let narrower = w - 8; narrower > w / 2; narrower -= 8) {
		const lines = wrap(narrower);
		if (lines.length > best.length || lines.some((l) => l.endsWith('…'))) break;
		best = lines;
	}
	return best;
}
