/**
 * Numbered callouts: a step that tells more than one thing at once numbers its focus
 * ({"do": "focus", "ids": [...], "numbered": true}) and its caption names each with the same
 * circled number, ① to ⑨, so the room can match "① the daemon asks" to the ① on the stage.
 * The caption keeps the characters (the transcript, the handout and the screen reader read
 * them as they are); the caption bar draws them as the stage's discs.
 */

/** ① is U+2460; the format numbers at most nine things on one step (more is not a picture). */
const FIRST = 0x2460;
export const MAX_CALLOUTS = 9;

export function calloutMark(n: number): string {
	return String.fromCodePoint(FIRST + n - 1);
}

/** The number a character marks (1–20 for ①–⑳), or undefined. */
export function calloutNumber(ch: string): number | undefined {
	const code = ch.codePointAt(0)!;
	return ch.length === 1 && code >= FIRST && code < FIRST + 20 ? code - FIRST + 1 : undefined;
}

/** The circled numbers a text uses, in the order it writes them. */
export function calloutMarks(text: string): number[] {
	return [...text].flatMap((ch) => calloutNumber(ch) ?? []);
}

/** A caption in parts: plain text, and the numbers it marks (drawn as discs). */
export type CaptionPart = { text: string } | { callout: number };

export function captionParts(text: string): CaptionPart[] {
	const parts: CaptionPart[] = [];
	let plain = '';
	for (const ch of text) {
		const n = calloutNumber(ch);
		if (n === undefined) plain += ch;
		else {
			if (plain) parts.push({ text: plain });
			plain = '';
			parts.push({ callout: n });
		}
	}
	if (plain) parts.push({ text: plain });
	return parts;
}
