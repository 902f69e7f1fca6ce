/**
 * Text width estimates for SVG layout without measuring the DOM (layout stays a pure
 * function, testable in Node). CJK glyphs are about 1em wide; Latin about 0.55em
 * (0.6em in monospace).
 */
const WIDE = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFF60\u3000-\u303F]/;

export function textWidth(text: string, fontSize: number, mono = false): number {
	let em = 0;
	for (const ch of text) em += WIDE.test(ch) ? 1 : mono ? 0.6 : 0.56;
	return em * fontSize;
}

/** Cut text to fit maxWidth, ending in an ellipsis when it had to be cut. */
export function fitText(text: string, fontSize: number, maxWidth: number, mono = false): string {
	if (textWidth(text, fontSize, mono) <= maxWidth) return text;
	let out = '';
	for (const ch of text) {
		if (textWidth(out + ch + '…', fontSize, mono) > maxWidth) break;
		out += ch;
	}
	return out + '…';
}

/**
 * Cut a name (a pod, an image:tag, a path) in the middle, keeping its last part: two pods
 * "nginx-5f8c9d7b46-x7kqp" and "…-m2w9r" stay told apart when their ends would be cut off.
 */
export function fitName(text: string, fontSize: number, maxWidth: number, mono = false): string {
	if (textWidth(text, fontSize, mono) <= maxWidth) return text;
	const cut = Math.max(text.lastIndexOf('-'), text.lastIndexOf(':'), text.lastIndexOf('/'));
	const tail = cut > 0 && text.length - cut <= 12 ? text.slice(cut) : '';
	if (!tail || textWidth(`…${tail}`, fontSize, mono) > maxWidth / 2) return fitText(text, fontSize, maxWidth, mono);
	return `${fitText(text.slice(0, cut), fontSize, maxWidth - textWidth(tail, fontSize, mono), mono)}${tail}`;
}

/** Whether a character is as wide as it is tall (CJK): text may break between two of them. */
export function isWide(ch: string): boolean {
	return WIDE.test(ch);
}

/** Punctuation a line may not start with (a colon, a closing bracket, a comma): it stays with the character before it. */
const NO_LINE_START = /^[，。；、：？！）」』】,.;:?!)\]]$/;
export function mayStartLine(ch: string): boolean {
	return !NO_LINE_START.test(ch);
}
function glued(chars: string[]): string[] {
	const out: string[] = [];
	for (const ch of chars) {
		if (out.length > 0 && !mayStartLine(ch)) out[out.length - 1] += ch;
		else out.push(ch);
	}
	return out;
}

/**
 * Wrap text into lines no wider than maxWidth, breaking after spaces, / ? & : or
 * between CJK characters, so an HTTP call like "GET /v2/library/busybox/manifests/latest"
 * breaks at its path separators.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, mono = false, maxLines = 4): string[] {
	const tokens = text.match(/[^\s/?&:，。；、：（）]*[\s/?&:，。；、：（）]?|./gu)?.filter((t) => t.length > 0) ?? [text];
	const pieces = tokens.flatMap((t) => (WIDE.test(t) ? glued([...t]) : [t]));
	const lines: string[] = [];
	let line = '';
	for (const piece of pieces) {
		if (line && textWidth(line + piece, fontSize, mono) > maxWidth) {
			lines.push(line.trimEnd());
			line = piece.trimStart();
		} else line += piece;
	}
	if (line) lines.push(line.trimEnd());
	if (lines.length > maxLines) {
		const kept = lines.slice(0, maxLines);
		kept[maxLines - 1] = fitText(lines.slice(maxLines - 1).join(' '), fontSize, maxWidth, mono);
		return kept;
	}
	return lines.map((l) => fitText(l, fontSize, maxWidth, mono));
}
