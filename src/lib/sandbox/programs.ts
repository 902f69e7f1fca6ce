/**
 * The programs a container of the catalog's images can run, simulated: what they print and
 * how they end. Busybox and Alpine answer as BusyBox's applets do, Ubuntu as coreutils and
 * bash; nginx and redis run until they are stopped (their startup logs are abridged).
 */
import type { Container } from './sandbox-state.ts';
import { dateText, redisTime } from './clock.ts';
import { shellWords } from './shell-words.ts';

/** The host kernel every container shares (the lesson's host: a CentOS 7 box). */
export const HOST_KERNEL = '3.10.0-1160.el7.x86_64';

export type Run =
	/** The program printed this and exited. */
	| { kind: 'exited'; lines: string[]; code: number; seconds?: number }
	/** It keeps running (a server, a sleep, a shell waiting on stdin); `seconds`: it ends by itself then. */
	| { kind: 'running'; lines: string[]; seconds?: number }
	/** An interactive shell: the terminal is now inside. */
	| { kind: 'shell'; shell: string }
	/** No such executable in the image (docker reports it, exit 127). */
	| { kind: 'not-found'; program: string };

const SHELLS = new Set(['sh', '/bin/sh', 'ash', '/bin/ash', 'bash', '/bin/bash']);

function hasBash(c: Container): boolean {
	return c.image.name === 'ubuntu' || c.image.name === 'nginx' || c.image.name === 'redis';
}

/** Whether an image has a program (what its rootfs holds, as far as the sandbox knows). */
function exists(c: Container, program: string): boolean {
	const name = program.replace(/^\/(usr\/)?s?bin\//, '');
	if (c.image.name === 'hello-world') return program === '/hello';
	if (name === 'bash') return hasBash(c);
	return KNOWN.has(name) || (c.image.name === 'nginx' && name === 'nginx') || (c.image.name === 'redis' && name === 'redis-server') || program === '/docker-entrypoint.sh';
}

const KNOWN = new Set(['sh', 'ash', 'echo', 'cat', 'ls', 'hostname', 'ps', 'uname', 'whoami', 'pwd', 'env', 'sleep', 'true', 'false', 'exit', 'date', 'id']);

/** What `argv` does in container `c` (not yet inside a shell: docker run or docker exec). */
export function runProgram(c: Container, argv: readonly string[], interactive: boolean, clock: number): Run {
	const [program = '', ...args] = argv;
	if (!exists(c, program)) return { kind: 'not-found', program };
	const name = program.replace(/^\/(usr\/)?s?bin\//, '');
	if (SHELLS.has(program) || name === 'sh' || name === 'bash' || name === 'ash') {
		if (args[0] === '-c' && args[1] !== undefined) {
			const words = shellWords(args[1]);
			return words.ok ? inShell(c, words.words, clock) : { kind: 'exited', lines: [`sh: syntax error: ${'error' in words ? words.error : `unsupported ${words.unsupported}`}`], code: 2 };
		}
		return interactive ? { kind: 'shell', shell: name } : { kind: 'exited', lines: [], code: 0 };
	}
	if (program === '/hello') return { kind: 'exited', lines: c.image.output ?? [], code: 0 };
	if (name === 'nginx' || program === '/docker-entrypoint.sh') return { kind: 'running', lines: NGINX_START };
	if (name === 'redis-server') return { kind: 'running', lines: redisStart(clock) };
	return command(c, name, args, clock);
}

/** A line typed at a shell inside container `c`. */
export function inShell(c: Container, words: readonly string[], clock: number): Run {
	if (words.length === 0) return { kind: 'exited', lines: [], code: 0 };
	const [first, ...rest] = words;
	const name = first!.replace(/^\/(usr\/)?s?bin\//, '');
	if (!KNOWN.has(name) && !(name === 'bash' && hasBash(c))) return { kind: 'exited', lines: [notFound(c, first!)], code: 127 };
	return command(c, name, rest, clock);
}

function notFound(c: Container, word: string): string {
	return hasBash(c) ? `bash: ${word}: command not found` : `sh: ${word}: not found`;
}

function command(c: Container, name: string, args: string[], clock: number): Run {
	const coreutils = hasBash(c);
	switch (name) {
		case 'echo':
			return { kind: 'exited', lines: [args.join(' ')], code: 0 };
		case 'true':
			return { kind: 'exited', lines: [], code: 0 };
		case 'exit':
			return { kind: 'exited', lines: [], code: /^\d+$/.test(args[0] ?? '') ? Number(args[0]) % 256 : 0 };
		case 'false':
			return { kind: 'exited', lines: [], code: 1 };
		case 'hostname':
			return { kind: 'exited', lines: [c.id.slice(0, 12)], code: 0 };
		case 'whoami':
			return { kind: 'exited', lines: ['root'], code: 0 };
		case 'pwd':
			return { kind: 'exited', lines: [c.image.workdir || '/'], code: 0 };
		case 'date':
			return { kind: 'exited', lines: [dateText(clock)], code: 0 };
		case 'uname':
			return { kind: 'exited', lines: [args.includes('-r') ? HOST_KERNEL : args.includes('-a') ? `Linux ${c.id.slice(0, 12)} ${HOST_KERNEL} #1 SMP x86_64 Linux` : 'Linux'], code: 0 };
		case 'env':
			return { kind: 'exited', lines: envOf(c), code: 0 };
		case 'sleep': {
			const seconds = Number(args[0]);
			if (!Number.isFinite(seconds) || seconds < 0) return { kind: 'exited', lines: [coreutils ? `sleep: invalid time interval '${args[0] ?? ''}'` : `sleep: invalid number '${args[0] ?? ''}'`], code: 1 };
			return { kind: 'running', lines: [], seconds };
		}
		case 'cat': {
			const out: string[] = [];
			let code = 0;
			for (const path of args) {
				const file = c.image.files[path];
				if (file === undefined) {
					out.push(coreutils ? `cat: ${path}: No such file or directory` : `cat: can't open '${path}': No such file or directory`);
					code = 1;
				} else out.push(...file.replace(/\n$/, '').split('\n'));
			}
			return { kind: 'exited', lines: out, code };
		}
		case 'ls': {
			const path = args.find((a) => !a.startsWith('-')) ?? c.image.workdir ?? '/';
			if (path !== '/' && path !== '') return { kind: 'exited', lines: [coreutils ? `ls: cannot access '${path}': No such file or directory` : `ls: ${path}: No such file or directory`], code: coreutils ? 2 : 1 };
			const entries = c.image.rootEntries;
			if (!c.options.tty) return { kind: 'exited', lines: [...entries], code: 0 };
			const width = Math.max(...entries.map((e) => e.length)) + 2;
			return { kind: 'exited', lines: [entries.map((e) => e.padEnd(width)).join('').trimEnd()], code: 0 };
		}
		case 'ps':
			return { kind: 'exited', lines: psLines(c, coreutils), code: 0 };
		case 'id':
			return { kind: 'exited', lines: ['uid=0(root) gid=0(root) groups=0(root)'], code: 0 };
		default:
			return { kind: 'exited', lines: [notFound(c, name)], code: 127 };
	}
}

function envOf(c: Container): string[] {
	return [`HOSTNAME=${c.id.slice(0, 12)}`, ...c.image.env, ...c.options.env, ...(c.options.tty ? ['TERM=xterm'] : []), 'HOME=/root'];
}

function psLines(c: Container, procps: boolean): string[] {
	const first = c.command.join(' ');
	if (procps) return ['    PID TTY          TIME CMD', `      1 pts/0    00:00:00 ${c.command[0]?.replace(/^.*\//, '') ?? 'bash'}`, '      9 pts/0    00:00:00 ps'];
	return ['PID   USER     TIME  COMMAND', `    1 root      0:00 ${first}`, '    7 root      0:00 ps'];
}

// The first lines nginx 1.23's entrypoint prints (abridged: the server's own notices follow).
const NGINX_START = [
	'/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
	'/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
	'/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
	'10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
	'10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
	'/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
	'/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
	'/docker-entrypoint.sh: Configuration complete; ready for start up'
];

// redis 7.0's first and last startup lines (abridged).
function redisStart(clock: number): string[] {
	return [`1:C ${redisTime(clock)} # oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`, `1:M ${redisTime(clock)} * Ready to accept connections`];
}
