/**
 * Text written down a standing wall panel, in columns: the wall's name and, for a wall that is
 * not raised, why. Sizes are as big as the panel's height and width allow; nothing is cut.
 */
import { textWidth } from '../../text-metrics.ts';

export interface Column {
	text: string;
	size: number;
	kind: 'label' | 'state';
	/** The column's centre line, from the panel's left edge. */
	x: number;
}

/** The biggest size ≤ max at which `text` runs no longer than `length`. */
function sizeFor(text: string, max: number, length: number): number {
	// Bold text runs wider than the metrics' estimate: leave it a twentieth more.
	const w = 1.05 * textWidth(text, max);
	return w <= length ? max : Math.max(12, Math.floor((max * length) / w));
}

/**
 * Columns of a text at the wall's least size: one when it runs whole down the panel, else
 * broken at its first space ("mnt" | "namespace"), a column each.
 */
function atFloor(text: string, floor: number, length: number, kind: Column['kind']): Omit<Column, 'x'>[] {
	if (sizeFor(text, floor, length) >= floor) return [{ text, size: floor, kind }];
	const cut = text.indexOf(' ');
	if (cut < 0) return [{ text, size: sizeFor(text, floor, length), kind }];
	return [text.slice(0, cut), text.slice(cut + 1)].map((part) => ({ text: part, size: sizeFor(part, floor, length), kind }));
}

/**
 * The columns of a wall panel. `floor` (the wall's least size): every column is written at
 * it, a name broken into two columns where it must; a state that leaves no room is not
 * written (the panel's dashed outline says the wall is not raised, the caption says why).
 */
export function wallColumns(label: string, state: string, box: { w: number; h: number }, left: number, floor?: number): Column[] {
	const length = box.h - 28;
	let out: Omit<Column, 'x'>[] = floor ? atFloor(label, floor, length, 'label') : [{ text: label, size: sizeFor(label, 32, length), kind: 'label' }];
	if (state && floor) {
		const stateColumns = atFloor(state, floor, length, 'state');
		const width = [...out, ...stateColumns].reduce((sum, c) => sum + c.size + 6, -6);
		if (width <= box.w - left - 10) out = [...out, ...stateColumns];
	} else if (state) out.push({ text: state, size: sizeFor(state, 24, length), kind: 'state' });
	// Columns side by side, 6 px apart; a panel too narrow for them scales them all down.
	const gap = 6;
	const room = box.w - left - 10;
	const need = out.reduce((sum, c) => sum + c.size, 0) + gap * (out.length - 1);
	const scale = need > room ? room / need : 1;
	let x = left + Math.max(0, (room - need) / 2);
	return out.map((c) => {
		const size = Math.floor(c.size * scale);
		const column = { ...c, size, x: x + size / 2 };
		x += size + gap * scale;
		return column;
	});
}
