/**
 * A process in the board house's room: its name and state on one row when both fit, else the
 * state gets a row of its own (the process is then taller); its detail below. Shared by the
 * layout (how tall) and the drawing (where).
 */
import { textWidth } from '../../text-metrics.ts';
import { WALL_FLOOR, type TypeScale } from '../../type-scale.ts';

export interface ProcessMetrics {
	label: number;
	badge: number;
	/** Where the name starts: past the ⚙ on the desk; the wall writes no glyph. */
	labelX: number;
	/** Written under the name (its PIDs) on the desk; not on the wall. */
	detail: boolean;
	short: number;
	tall: number;
}

export const PROCESS: ProcessMetrics = { label: 32, badge: 24, labelX: 46, detail: true, short: 84, tall: 118 };
/** On the wall every word is ≥ 34 (type-scale.ts); the PIDs are in the "sees" callout of the pid wall, the notes and the screen reader. */
export const WALL_PROCESS: ProcessMetrics = { label: WALL_FLOOR, badge: WALL_FLOOR, labelX: 16, detail: false, short: 60, tall: 108 };

export function processMetrics(type: TypeScale): ProcessMetrics {
	return type.density === 'wall' ? WALL_PROCESS : PROCESS;
}

export function badgeWidth(state: string, m: ProcessMetrics = PROCESS): number {
	return state ? 1.05 * textWidth(state, m.badge) + 24 : 0;
}

/** Whether the state needs a row of its own beside a name in a room `w` wide. */
export function stateOwnRow(label: string, state: string, w: number, m: ProcessMetrics = PROCESS): boolean {
	return !!state && m.labelX + textWidth(label, m.label, true) + 12 + badgeWidth(state, m) + 10 > w;
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
