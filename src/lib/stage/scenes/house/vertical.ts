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

export function wallColumns(label: string, state: string, box: { w: number; h: number }, left: number): Column[] {
	const length = box.h - 28;
	const out: Omit<Column, 'x'>[] = [{ text: label, size: sizeFor(label, 32, length), kind: 'label' }];
	if (state) out.push({ text: state, size: sizeFor(state, 24, length), kind: 'state' });
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
