/**
 * The line from an item to one it refers to. Items stacked in one column get a bracket on
 * their right, bulging out (a straight line would hide in the gap between them); items
 * side by side or apart get a line between the facing edges.
 */
import type { Box } from '../geometry.ts';

export function refPath(a: Box, b: Box): string {
	const overlapX = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
	if (overlapX > 0) {
		const x = Math.max(a.x + a.w, b.x + b.w);
		const [ya, yb] = [a.y + Math.min(a.h, 36) / 2, b.y + Math.min(b.h, 36) / 2];
		const bulge = 14 + Math.min(24, Math.abs(yb - ya) / 6);
		return `M${x - 6},${ya}C${x + bulge},${ya} ${x + bulge},${yb} ${x - 6},${yb}`;
	}
	const [left, right, flipped] = a.x < b.x ? [a, b, false] : [b, a, true];
	const y1 = left.y + Math.min(left.h, 36) / 2;
	const y2 = right.y + Math.min(right.h, 36) / 2;
	const [x1, x2] = [left.x + left.w, right.x];
	const path = `M${x1},${y1}C${(x1 + x2) / 2},${y1} ${(x1 + x2) / 2},${y2} ${x2},${y2}`;
	return flipped ? `M${x2},${y2}C${(x1 + x2) / 2},${y2} ${(x1 + x2) / 2},${y1} ${x1},${y1}` : path;
}
