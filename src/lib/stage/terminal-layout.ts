/** Terminal panel metrics: how many lines fit, and how far the text is scrolled. */
import type { Box } from './geometry';

export const TERM = { lineHeight: 25, font: 18, header: 36 } as const;

/** Lines that fit, keeping one row for the waiting prompt. */
export function terminalCapacity(box: Box): number {
	return Math.floor((box.h - TERM.header - 12) / TERM.lineHeight) - 1;
}

/** Lines scrolled out of view at the top. */
export function terminalScrolled(lineCount: number, box: Box): number {
	return Math.max(0, lineCount - terminalCapacity(box));
}
