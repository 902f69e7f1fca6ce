/**
 * A docker command line read against its spec (commands.ts), as pflag reads it: --long,
 * --long=value, -s, -s value, -svalue, bundled -it, "--" ends the flags; for run and exec the
 * flags stop at the image or container (what follows belongs to the command inside).
 */
import type { CommandSpec, FlagSpec } from './commands.ts';

export type FlagValues = Record<string, string[] | true>;

export type Parsed =
	| { ok: true; flags: FlagValues; args: string[] }
	| { ok: false; error: { kind: 'unknown-flag'; flag: string } | { kind: 'unknown-shorthand'; letter: string; arg: string } | { kind: 'needs-argument'; flag: FlagSpec; shorthand: boolean } };

export function parseCommand(spec: CommandSpec, argv: readonly string[]): Parsed {
	const flags: FlagValues = {};
	const args: string[] = [];
	const set = (flag: FlagSpec, value?: string) => {
		if (!flag.value) flags[flag.long] = true;
		else {
			const before = flags[flag.long];
			flags[flag.long] = flag.repeat && Array.isArray(before) ? [...before, value!] : [value!];
		}
	};
	for (let i = 0; i < argv.length; i++) {
		const word = argv[i]!;
		if (args.length > 0 && spec.stopAtArgument) {
			args.push(word);
			continue;
		}
		if (word === '--') {
			args.push(...argv.slice(i + 1));
			break;
		}
		if (word.startsWith('--') && word.length > 2) {
			const [name, inline] = splitOnce(word.slice(2), '=');
			const flag = spec.flags.find((f) => f.long === name);
			if (!flag) return { ok: false, error: { kind: 'unknown-flag', flag: `--${name}` } };
			if (!flag.value) set(flag);
			else if (inline !== undefined) set(flag, inline);
			else if (i + 1 < argv.length) set(flag, argv[++i]);
			else return { ok: false, error: { kind: 'needs-argument', flag, shorthand: false } };
			continue;
		}
		if (word.startsWith('-') && word.length > 1) {
			const letters = [...word.slice(1)];
			for (let k = 0; k < letters.length; k++) {
				const letter = letters[k]!;
				const flag = spec.flags.find((f) => f.short === letter) ?? (letter === 'h' ? spec.flags.find((f) => f.long === 'help') : undefined);
				if (!flag) return { ok: false, error: { kind: 'unknown-shorthand', letter, arg: word } };
				if (!flag.value) {
					set(flag);
					continue;
				}
				const rest = letters.slice(k + 1).join('');
				if (rest) set(flag, rest.startsWith('=') ? rest.slice(1) : rest);
				else if (i + 1 < argv.length) set(flag, argv[++i]);
				else return { ok: false, error: { kind: 'needs-argument', flag, shorthand: true } };
				break;
			}
			continue;
		}
		args.push(word);
	}
	return { ok: true, flags, args };
}

function splitOnce(text: string, sep: string): [string, string | undefined] {
	const at = text.indexOf(sep);
	return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** A flag's last value, or undefined. */
export function flagValue(flags: FlagValues, long: string): string | undefined {
	const v = flags[long];
	return Array.isArray(v) ? v[v.length - 1] : undefined;
}

export function flagValues(flags: FlagValues, long: string): string[] {
	const v = flags[long];
	return Array.isArray(v) ? v : [];
}
