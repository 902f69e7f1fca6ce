/**
 * Terminal panel metrics. A long line wraps onto extra visual rows (monospace: at a space
 * when it can, else mid-word; CJK between any two characters), and the panel scrolls by
 * rows, so the latest rows stay in view. A command's continuation rows are indented past
 * its prompt. Wrapping is memoised per text and width: a scenario can have 2,000 steps.
 */
import type { TerminalLine } from '../engine/world';
import { tr, type Lang } from '../i18n/text';
import type { Box } from './geometry';
import { textWidth } from './text-metrics';

export const TERM = { lineHeight: 25, font: 18, header: 36, padding: 18 } as const;

/** One logical line laid out: its prompt (commands only), where its text starts, its rows. */
export interface WrappedLine {
	prompt: string;
	/** x of every row's text: the prompt width for a command, 0 for output. */
	indent: number;
	/** Width each row's text may take (the panel's text width minus the indent). */
	width: number;
	/** At least one row; an empty line is one empty row. */
	rows: string[];
}

/**
 * The box a panel draws in at its desk metrics, scaled by `scale` to fill `box` on the
 * stage: the wall's bigger terminal wraps and scrolls exactly as the desk's, only larger.
 */
export function drawnTerminalBox(box: Box, scale: number): Box {
	return scale === 1 ? box : { x: box.x, y: box.y, w: box.w / scale, h: box.h / scale };
}

/** The title bar's height: a scaled (wall) panel has no title, only a strip (the title is desk detail). */
export function terminalHeader(scale: number): number {
	return scale === 1 ? TERM.header : 10;
}

/** Rows that fit, keeping one row for the waiting prompt. */
export function terminalCapacity(box: Box, header: number = TERM.header): number {
	return Math.floor((box.h - header - 12) / TERM.lineHeight) - 1;
}

/** Width of the text area (the panel minus its padding on both sides). */
export function terminalTextWidth(box: Box): number {
	return box.w - 2 * TERM.padding;
}

/** The characters text-metrics.ts counts as 1em wide (its WIDE class). */
const WIDE_RANGES = '\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFF60\u3000-\u303F';
const TOKEN = new RegExp(` +|[${WIDE_RANGES}]|[^ ${WIDE_RANGES}]+`, 'gu');
const mono = (s: string) => textWidth(s, TERM.font, true);

/**
 * Wrap one text into rows no wider than width (monospace): break at spaces when possible,
 * between CJK characters, and mid-word only when a word is wider than a whole row.
 * Spaces at the start of the text are kept (tables, indented output); the space a row
 * breaks at is dropped.
 */
export function wrapMono(text: string, width: number): string[] {
	if (mono(text) <= width) return [text];
	// Tokens: runs of spaces, single CJK characters, and runs of anything else.
	const tokens = text.match(TOKEN) ?? [];
	const rows: string[] = [];
	let row = '';
	let rowWidth = 0;
	const push = () => {
		rows.push(row.trimEnd());
		row = '';
		rowWidth = 0;
	};
	for (const token of tokens) {
		const w = mono(token);
		if (rowWidth + w <= width) {
			row += token;
			rowWidth += w;
		} else if (token.startsWith(' ')) {
			// Break at these spaces; they are not carried over.
			push();
		} else {
			// The word goes to a new row (like CSS overflow-wrap: break-word), and only when it
			// is wider than a whole row is it hard-broken, character by character.
			if (row.trim() !== '') push();
			if (w <= width) {
				row = token;
				rowWidth = w;
				continue;
			}
			for (const ch of token) {
				const c = mono(ch);
				if (rowWidth + c > width && row !== '') push();
				row += ch;
				rowWidth += c;
			}
		}
	}
	if (row !== '' || rows.length === 0) rows.push(row.trimEnd());
	return rows;
}

const wrapped = new Map<string, WrappedLine>();
const MEMO_LIMIT = 20_000;

/** One logical line wrapped to the panel's text width (memoised). */
export function wrapTerminalLine(line: TerminalLine, lang: Lang, textAreaWidth: number): WrappedLine {
	// The worlds of successive steps share their line objects: look those up first.
	const byLine = perLine.get(line);
	const own = byLine?.get(lang)?.get(textAreaWidth);
	if (own) return own;
	const result = wrapText(line, lang, textAreaWidth);
	let byLang = byLine?.get(lang);
	if (!byLang) {
		const map = byLine ?? new Map<Lang, Map<number, WrappedLine>>();
		if (!byLine) perLine.set(line, map);
		map.set(lang, (byLang = new Map()));
	}
	byLang.set(textAreaWidth, result);
	return result;
}

const perLine = new WeakMap<TerminalLine, Map<Lang, Map<number, WrappedLine>>>();

function wrapText(line: TerminalLine, lang: Lang, textAreaWidth: number): WrappedLine {
	const text = tr(line.text, lang);
	const prompt = line.kind === 'command' ? (line.prompt ?? '') : '';
	const key = `${textAreaWidth}\u0000${line.kind}\u0000${prompt}\u0000${text}`;
	const hit = wrapped.get(key);
	if (hit) return hit;
	// A prompt wider than half the panel would leave a sliver: then the rows start under it.
	const promptWidth = mono(prompt);
	const indent = promptWidth <= textAreaWidth / 2 ? promptWidth : 0;
	const width = textAreaWidth - indent;
	const rows = indent === promptWidth ? wrapMono(text, width) : wrapFirstAfter(text, promptWidth, textAreaWidth);
	const result: WrappedLine = { prompt, indent, width, rows };
	if (wrapped.size >= MEMO_LIMIT) wrapped.clear();
	wrapped.set(key, result);
	return result;
}

/** A command after a very long prompt: the first row holds what fits after the prompt. */
function wrapFirstAfter(text: string, promptWidth: number, width: number): string[] {
	const first = wrapMono(text, Math.max(mono('x'), width - promptWidth))[0]!;
	const rest = text.slice(first.length).trimStart();
	return rest === '' ? [first] : [first, ...wrapMono(rest, width)];
}

const totals = new WeakMap<readonly TerminalLine[], Map<string, number>>();

/** Visual rows of all lines (not counting the waiting prompt's row). */
export function terminalRows(lines: readonly TerminalLine[], lang: Lang, box: Box): number {
	const width = terminalTextWidth(box);
	const key = `${lang}\u0000${width}`;
	let byKey = totals.get(lines);
	const known = byKey?.get(key);
	if (known !== undefined) return known;
	let rows = 0;
	for (const line of lines) rows += wrapTerminalLine(line, lang, width).rows.length;
	if (!byKey) totals.set(lines, (byKey = new Map()));
	byKey.set(key, rows);
	return rows;
}

/** Rows scrolled out of view at the top. */
export function terminalScrolled(lines: readonly TerminalLine[], lang: Lang, box: Box, header: number = TERM.header): number {
	return Math.max(0, terminalRows(lines, lang, box) - terminalCapacity(box, header));
}
