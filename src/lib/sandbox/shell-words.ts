/**
 * A typed line split into words the way a POSIX shell splits it before docker sees them:
 * blanks separate words, '…' keeps everything literally, "…" keeps blanks and lets \ escape
 * " \ $ and `, and a bare \ escapes the next character, and # starts a comment. The sandbox
 * runs one command at a time: a pipe, a list, a redirection, a subshell or an expansion is
 * named as unsupported rather than half done. An unclosed quote is the shell's error.
 */

export type Words = { ok: true; words: string[] } | { ok: false; error: string } | { ok: false; unsupported: string };

/** What the sandbox's shell does not do: pipes, lists, redirections, subshells, expansions. */
const METACHARACTERS = '|&;<>()$`';

export function shellWords(line: string): Words {
	const words: string[] = [];
	let word = '';
	let inWord = false;
	let quote: '"' | "'" | null = null;
	const chars = [...line];
	for (let i = 0; i < chars.length; i++) {
		const ch = chars[i]!;
		if (quote === "'") {
			if (ch === "'") quote = null;
			else word += ch;
		} else if (quote === '"') {
			if (ch === '"') quote = null;
			else if (ch === '$' || ch === '`') return { ok: false, unsupported: ch };
			else if (ch === '\\' && i + 1 < chars.length && '"\\$`'.includes(chars[i + 1]!)) word += chars[++i];
			else word += ch;
		} else if (METACHARACTERS.includes(ch) || (ch === '#' && !inWord)) {
			if (ch === '#') break;
			return { ok: false, unsupported: ch };
		} else if (ch === "'" || ch === '"') {
			quote = ch;
			inWord = true;
		} else if (ch === '\\') {
			if (i + 1 < chars.length) word += chars[++i];
			inWord = true;
		} else if (ch === ' ' || ch === '\t') {
			if (inWord) words.push(word);
			word = '';
			inWord = false;
		} else {
			word += ch;
			inWord = true;
		}
	}
	if (quote) return { ok: false, error: `unexpected EOF while looking for matching \`${quote}'` };
	if (inWord) words.push(word);
	return { ok: true, words };
}

/**
 * What a terminal shows for a typed line: control characters as ^X (as readline echoes them),
 * everything else as it is. The sandbox never interprets what it shows.
 */
export function visibleLine(line: string): string {
	return line.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => (c === '\u007f' ? '^?' : `^${String.fromCharCode(c.charCodeAt(0) + 64)}`)).replace(/[\n\r]/g, ' ');
}
