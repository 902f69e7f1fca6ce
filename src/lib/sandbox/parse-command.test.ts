import { describe, expect, it } from 'vitest';
import { commandOf } from './commands.ts';
import { parseCommand } from './parse-command.ts';
import { shellWords, visibleLine } from './shell-words.ts';

const parse = (line: string) => {
	const words = shellWords(line);
	if (!words.ok) throw new Error(JSON.stringify(words));
	const found = commandOf(words.words.slice(1))!;
	return parseCommand(found.spec, words.words.slice(1 + found.used));
};

describe('shell words', () => {
	it('splits as a shell does: blanks, quotes, backslashes', () => {
		expect(shellWords(`docker run busybox echo "hello  world" 'a b' c\\ d`)).toEqual({ ok: true, words: ['docker', 'run', 'busybox', 'echo', 'hello  world', 'a b', 'c d'] });
		expect(shellWords('docker run -e "A=\\"x\\"" alpine')).toEqual({ ok: true, words: ['docker', 'run', '-e', 'A="x"', 'alpine'] });
		expect(shellWords('  ')).toEqual({ ok: true, words: [] });
		expect(shellWords('docker ps | grep x')).toEqual({ ok: false, unsupported: '|' });
		expect(shellWords('echo "$HOME"')).toEqual({ ok: false, unsupported: '$' });
		expect(shellWords("echo '$HOME' # a comment")).toEqual({ ok: true, words: ['echo', '$HOME'] });
		expect(shellWords('echo "open')).toEqual({ ok: false, error: 'unexpected EOF while looking for matching `"\'' });
	});
	it('shows control characters as ^X and never a line break', () => {
		expect(visibleLine('a\u0007b\u001b[31m\u007f')).toBe('a^Gb^[[31m^?');
		expect(visibleLine('a\nb')).toBe('a b');
	});
});

describe('docker command lines', () => {
	it('names a command by its name or an alias', () => {
		expect(commandOf(['image', 'ls'])?.spec.name).toBe('images');
		expect(commandOf(['container', 'ls', '-a'])).toMatchObject({ spec: { name: 'ps' }, used: 2 });
		expect(commandOf(['nope'])).toBeUndefined();
	});
	it('reads flags as pflag does: bundles, values inline or after, repeats, --', () => {
		expect(parse('docker run -it --rm --name web -e A=1 -e B=2 -p 8080:80 -m=64m --cpus 0.5 nginx')).toEqual({
			ok: true,
			flags: { interactive: true, tty: true, rm: true, name: ['web'], env: ['A=1', 'B=2'], publish: ['8080:80'], memory: ['64m'], cpus: ['0.5'] },
			args: ['nginx']
		});
		expect(parse('docker run -dit alpine sh')).toMatchObject({ ok: true, flags: { detach: true, interactive: true, tty: true }, args: ['alpine', 'sh'] });
		expect(parse('docker run --name=web busybox')).toMatchObject({ ok: true, flags: { name: ['web'] } });
		expect(parse('docker run -eA=1 busybox')).toMatchObject({ ok: true, flags: { env: ['A=1'] } });
		expect(parse('docker ps -- -a')).toEqual({ ok: true, flags: {}, args: ['-a'] });
	});
	it('stops at the image for run: what follows is the command inside', () => {
		expect(parse('docker run busybox ls -la /')).toEqual({ ok: true, flags: {}, args: ['busybox', 'ls', '-la', '/'] });
		expect(parse('docker exec -it web sh -c "ps -ef"')).toEqual({ ok: true, flags: { interactive: true, tty: true }, args: ['web', 'sh', '-c', 'ps -ef'] });
	});
	it('names what is wrong: an unknown flag, an unknown letter, a flag without its value', () => {
		expect(parse('docker run --foo busybox')).toEqual({ ok: false, error: { kind: 'unknown-flag', flag: '--foo' } });
		expect(parse('docker run --foo=1 busybox')).toEqual({ ok: false, error: { kind: 'unknown-flag', flag: '--foo' } });
		expect(parse('docker ps -z')).toEqual({ ok: false, error: { kind: 'unknown-shorthand', letter: 'z', arg: '-z' } });
		expect(parse('docker run -itz alpine')).toEqual({ ok: false, error: { kind: 'unknown-shorthand', letter: 'z', arg: '-itz' } });
		expect(parse('docker run --name')).toMatchObject({ ok: false, error: { kind: 'needs-argument', shorthand: false, flag: { long: 'name' } } });
		expect(parse('docker run -e')).toMatchObject({ ok: false, error: { kind: 'needs-argument', shorthand: true, flag: { long: 'env' } } });
		expect(parse('docker ps -h')).toEqual({ ok: true, flags: { help: true }, args: [] });
	});
});
