/**
 * One line typed at the sandbox's terminal: on the host, a docker command (or the host
 * shell's "command not found"); inside a container, the container's shell. The clock moves
 * on, and processes that end by themselves (sleep 5) end when their time is up.
 */
import { docker } from './docker-daemon.ts';
import { shellWords, visibleLine } from './shell-words.ts';
import { inShell } from './programs.ts';
import { SECONDS_PER_COMMAND } from './clock.ts';
import type { Outcome } from './outcome.ts';
import type { Container, Sandbox } from './sandbox-state.ts';

/** The host's prompt (the sandbox's learner is root on a lab machine, as in the lesson). */
export const HOST_PROMPT = 'root@docker-lab:~# ';

export function typeLine(before: Sandbox, typed: string): Outcome {
	const sandbox = tick(before);
	const line = visibleLine(typed).trim();
	if (line === '') return { sandbox, lines: [], wire: [], story: { kind: 'empty' } };
	if (sandbox.inside) return insideLine(sandbox, line);
	const words = shellWords(line);
	if (!words.ok && 'unsupported' in words)
		return { sandbox, lines: [`banfang: this simulated shell runs one command at a time (no pipes, lists, redirections, subshells or variables): ${words.unsupported}`], wire: [], story: { kind: 'unsupported', what: words.unsupported } };
	if (!words.ok) return { sandbox, lines: [`-bash: ${words.error}`, '-bash: syntax error: unexpected end of file'], wire: [], story: { kind: 'not-docker', word: line } };
	const [first = '', ...rest] = words.words[0] === 'sudo' ? words.words.slice(1) : words.words;
	if (first === 'docker') return docker(sandbox, rest);
	return { sandbox, lines: [`-bash: ${first}: command not found`], wire: [], story: { kind: 'not-docker', word: first } };
}

/** Time passes: each command takes a few seconds, and a process whose time is up ends. */
function tick(sandbox: Sandbox): Sandbox {
	const clock = sandbox.clock + SECONDS_PER_COMMAND;
	const ended = (c: Container) => c.state === 'running' && c.runsFor !== undefined && (c.startedAt ?? 0) + c.runsFor <= clock;
	const containers = sandbox.containers.flatMap((c) => (!ended(c) ? [c] : c.options.autoRemove ? [] : [{ ...c, state: 'exited' as const, exitCode: 0, finishedAt: (c.startedAt ?? 0) + c.runsFor! }]));
	return { ...sandbox, clock, containers };
}

function insideLine(sandbox: Sandbox, line: string): Outcome {
	const inside = sandbox.inside!;
	const c = sandbox.containers.find((x) => x.id === inside.container)!;
	const parsed = shellWords(line);
	if (!parsed.ok) return { sandbox, lines: ['unsupported' in parsed ? `banfang: this simulated shell runs one command at a time (no pipes, lists, redirections, subshells or variables): ${parsed.unsupported}` : `sh: syntax error: ${parsed.error}`], wire: [], story: 'unsupported' in parsed ? { kind: 'unsupported', what: parsed.unsupported } : { kind: 'inside', program: 'sh', container: c.name } };
	const words = parsed.words;
	if (words.length === 0) return { sandbox, lines: [], wire: [], story: { kind: 'inside', program: 'sh', container: c.name } };
	if (words[0] === 'exit') {
		const code = words[1] !== undefined && /^\d+$/.test(words[1]) ? Number(words[1]) % 256 : 0;
		const { inside: _left, ...out } = sandbox;
		if (inside.exec) return { sandbox: out, lines: [], wire: [], story: { kind: 'exit', container: c.name, code, stopped: false }, prompt: HOST_PROMPT };
		// The shell was the container's process: its end is the container's end.
		const containers = c.options.autoRemove ? out.containers.filter((x) => x.id !== c.id) : out.containers.map((x) => (x.id === c.id ? { ...x, state: 'exited' as const, exitCode: code, finishedAt: sandbox.clock } : x));
		return { sandbox: { ...out, containers }, lines: [], wire: [{ link: 'api', label: `200 OK: StatusCode ${code}`, reverse: true }], story: { kind: 'exit', container: c.name, code, stopped: true }, prompt: HOST_PROMPT };
	}
	const run = inShell(c, words, sandbox.clock);
	const lines = run.kind === 'exited' || run.kind === 'running' ? run.lines : [];
	return { sandbox, lines, wire: [], story: { kind: 'inside', program: words[0]!, container: c.name } };
}
