/**
 * JSON syntax errors in words a teacher understands. jsonc-parser reports codes
 * (ValueExpected, InvalidCommentToken, …) and, after the first mistake, a cascade of
 * follow-on errors; only the first one is real, so only the first one is described.
 * The words depend on what stands at the error (a trailing comma, a single quote, a
 * bracket that closes the wrong thing …), read from the text itself.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** Every name printParseErrorCode can return (the enum is a const enum, not importable here). */
export type ParseErrorName = ReturnType<typeof printParseErrorCode>;

interface Context {
	text: string;
	error: ParseError;
	/** The text of the token at the error (at most one line). */
	token: string;
	/** The last non-blank character before the error, or '' at the start. */
	before: string;
	/** The first non-blank character after the token, or ''. */
	after: string;
	/** Brackets still open at the error, innermost last. */
	open: { bracket: '{' | '['; offset: number }[];
	/** 1-based line:column of an offset, for "opened at line 3, column 5". */
	where: (offset: number) => string;
}

const quoteOf = (s: string, max = 30) => (s.length > max ? s.slice(0, max) + '…' : s);

const CLOSER = { '{': '}', '[': ']' } as const;
const WHAT = { '{': 'object', '[': 'list' } as const;

function unclosed(c: Context, bracket: '{' | '[' | undefined): string {
	const top = c.open[c.open.length - 1];
	if (!top || (bracket && top.bracket !== bracket)) return '';
	return ` (the ${WHAT[top.bracket]} "${top.bracket}" opened at ${c.where(top.offset)} is never closed)`;
}

const isWord = (s: string) => /^[A-Za-z_$][\w$-]*$/.test(s);

/** The words for each code; every code jsonc-parser knows has an entry (the type checks it). */
const WORDS: Record<ParseErrorName, (c: Context) => string> = {
	InvalidSymbol: (c) => {
		if (c.token.startsWith("'")) return `use double quotes in JSON: write "${quoteOf(c.token.replace(/^'|'$/g, ''))}", not ${quoteOf(c.token)}`;
		if (/^(True|False|Null|TRUE|FALSE|NULL|None|nil|undefined|NaN|Infinity)$/.test(c.token))
			return `${c.token} is not a JSON value: write true, false or null in lower case, and text in double quotes`;
		const inKeyPlace = c.open[c.open.length - 1]?.bracket === '{' && (c.before === '{' || c.before === ',');
		if (isWord(c.token) && inKeyPlace) return `a property name must be in double quotes: write "${quoteOf(c.token)}"`;
		if (isWord(c.token)) {
			// The whole unquoted run, e.g. busybox:latest, up to the next , } ] or line end.
			const run = (c.text.slice(c.error.offset).match(/^[^,}\]\n"]*/)?.[0] ?? c.token).trim() || c.token;
			return `text must be in double quotes: write "${quoteOf(run)}" — is a quote missing?`;
		}
		if (c.token.startsWith('=')) return 'write ":" between a property name and its value, not "="';
		return `unexpected character "${quoteOf(c.token, 10)}" — is a quote, a comma or a bracket missing?`;
	},
	InvalidNumberFormat: (c) => `"${quoteOf(c.token)}" is not a number JSON can read (write e.g. 12, -3 or 0.5)`,
	PropertyNameExpected: (c) => {
		if ((c.token === '}' || c.token === ']') && c.before === ',') return 'a trailing comma before } or ] is not allowed in JSON (remove the last comma)';
		if (c.token === ',') return 'two commas in a row: remove one';
		return 'a property name in double quotes was expected here, e.g. "id" — is a quote or a bracket missing?';
	},
	ValueExpected: (c) => {
		if (c.error.offset >= c.text.length) {
			if (c.text.trim() === '') return 'the file is empty: a scenario is one JSON object { "version": 1, … }';
			return 'the file ends too early: a value was expected — is the end of the file missing?';
		}
		if ((c.token === '}' || c.token === ']') && c.before === ',') return 'a trailing comma before } or ] is not allowed in JSON (remove the last comma)';
		if (c.token === ',' && (c.before === ',' || c.before === '[')) return 'an empty entry: two commas in a row, or a comma with nothing before it';
		if (c.before === ':') return 'a value is missing after the ":" — write a text in double quotes, a number, true, false, a list [ … ] or an object { … }';
		return 'a value was expected here — is a quote, a comma or a bracket missing?';
	},
	ColonExpected: () => 'a ":" is missing between the property name and its value',
	CommaExpected: (c) => {
		const top = c.open[c.open.length - 1];
		if (top && (c.token === '}' || c.token === ']') && CLOSER[top.bracket] !== c.token)
			return `this "${c.token}" does not match: the ${WHAT[top.bracket]} "${top.bracket}" opened at ${c.where(top.offset)} needs a "${CLOSER[top.bracket]}" first`;
		return 'a comma is missing before this (between two entries of an object or a list)';
	},
	CloseBraceExpected: (c) => `a closing "}" is missing${unclosed(c, '{')}`,
	CloseBracketExpected: (c) => `a closing "]" is missing${unclosed(c, '[')}`,
	EndOfFileExpected: () => 'more text after the end of the scenario: its outer { … } is already closed — is there one "}" or "]" too many?',
	InvalidCommentToken: (c) =>
		c.token.startsWith('/*') ? 'comments are not allowed in JSON (remove the /* … */ comment)' : 'comments are not allowed in JSON (remove the // … line)',
	UnexpectedEndOfComment: () => 'a /* comment is never closed with */ (and comments are not allowed in JSON: remove it)',
	UnexpectedEndOfString: () => 'unterminated string: a closing " is missing',
	UnexpectedEndOfNumber: (c) => `"${quoteOf(c.token)}" is an unfinished number: write digits after the "." or the "e"`,
	InvalidUnicode: () => 'a \\u escape needs four hexadecimal digits, e.g. \\u00e9',
	InvalidEscapeCharacter: () => 'unknown escape in a text: after a backslash only " \\ / b f n r t or u may follow (write \\\\ for a backslash itself)',
	InvalidCharacter: () => 'a text in double quotes cannot hold a tab or a line break as is: write \\t or \\n, or end the text with " on the same line',
	'<unknown ParseErrorCode>': () => 'this is not valid JSON here'
};

/** The brackets open at offset, in text whose prefix up to offset is valid so far. */
function openBrackets(text: string, offset: number): Context['open'] {
	const open: Context['open'] = [];
	let inString = false;
	for (let i = 0; i < offset && i < text.length; i++) {
		const ch = text[i]!;
		if (inString) {
			if (ch === '\\') i++;
			else if (ch === '"' || ch === '\n') inString = false;
		} else if (ch === '"') inString = true;
		else if (ch === '{' || ch === '[') open.push({ bracket: ch, offset: i });
		else if (ch === '}' || ch === ']') open.pop();
	}
	return open;
}

/** The words for one parse error. */
export function describeJsonSyntaxError(text: string, error: ParseError, where: (offset: number) => string): string {
	let b = error.offset - 1;
	while (b >= 0 && /\s/.test(text[b]!)) b--;
	const token = text.slice(error.offset, error.offset + Math.max(error.length, 1)).split('\n')[0]!;
	let a = error.offset + Math.max(error.length, 0);
	while (a < text.length && /\s/.test(text[a]!)) a++;
	const context: Context = {
		text,
		error,
		token,
		before: b >= 0 ? text[b]! : '',
		after: text[a] ?? '',
		open: openBrackets(text, error.offset),
		where
	};
	return `JSON syntax: ${WORDS[printParseErrorCode(error.error)](context)}`;
}

/**
 * Parse text as strict JSON (no comments, no trailing commas). Returns the tree, and the
 * first syntax error when there is one (the errors after it are mostly its echoes).
 */
export function parseJson(text: string): { root: Node | undefined; error?: ParseError } {
	const errors: ParseError[] = [];
	const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
	const first = errors.reduce<ParseError | undefined>((a, e) => (a === undefined || e.offset < a.offset ? e : a), undefined);
	return first ? { root, error: first } : { root };
}
