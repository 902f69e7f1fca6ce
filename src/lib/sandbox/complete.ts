/**
 * Tab completion at the sandbox's prompt, as bash-completion for docker offers it: the
 * command after "docker", a command's flags after "-", image names where an image goes (the
 * registry's for pull and run, the local store's for rmi), container names where a container
 * goes, and inside a container the shell commands it knows.
 */
import { CATALOG } from './catalog.ts';
import { COMMANDS, commandOf } from './commands.ts';
import type { Sandbox } from './sandbox-state.ts';

export interface Completion {
	/** The line with the word under the cursor completed as far as every candidate agrees. */
	line: string;
	/** What the word could become (shown when there is more than one). */
	candidates: string[];
}

const IN_CONTAINER = ['cat /etc/os-release', 'hostname', 'ps', 'ls /', 'uname -r', 'exit'];
const IMAGE_FROM_REGISTRY = new Set(['pull', 'run']);
const IMAGE_LOCAL = new Set(['rmi', 'images']);
const CONTAINER = new Set(['start', 'stop', 'kill', 'restart', 'rm', 'logs', 'exec', 'inspect']);

function commonPrefix(words: string[]): string {
	if (words.length === 0) return '';
	let prefix = words[0]!;
	for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
	return prefix;
}

export function complete(line: string, sandbox: Sandbox): Completion {
	if (sandbox.inside) {
		const candidates = IN_CONTAINER.filter((c) => c.startsWith(line.trimStart()) && c !== line.trim());
		return finish(line, line.trimStart(), candidates, true);
	}
	const words = line.split(/\s+/);
	const current = words[words.length - 1]!;
	const before = words.slice(0, -1).filter(Boolean);
	let candidates: string[];
	if (before.length === 0) candidates = ['docker'];
	else if (before[0] !== 'docker') candidates = [];
	else if (before.length === 1) candidates = [...new Set(COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? []).map((a) => a.split(' ')[0]!)]))].sort();
	else {
		const found = commandOf(before.slice(1));
		if (!found) candidates = before.length === 2 && (before[1] === 'image' || before[1] === 'container') ? COMMANDS.flatMap((c) => (c.aliases ?? []).filter((a) => a.startsWith(`${before[1]} `)).map((a) => a.split(' ')[1]!)) : [];
		else if (current.startsWith('-')) candidates = found.spec.flags.flatMap((f) => [`--${f.long}`, ...(f.short ? [`-${f.short}`] : [])]);
		else {
			const name = found.spec.name;
			const args = before.slice(1 + found.used).filter((w) => !w.startsWith('-'));
			if (found.spec.stopAtArgument && args.length > 0) candidates = [];
			else if (IMAGE_FROM_REGISTRY.has(name)) candidates = CATALOG.map((i) => i.name);
			else if (IMAGE_LOCAL.has(name)) candidates = sandbox.images.map((i) => (i.tag === 'latest' ? i.name : `${i.name}:${i.tag}`));
			else if (CONTAINER.has(name)) candidates = sandbox.containers.filter((c) => (name === 'exec' || name === 'stop' || name === 'kill' ? c.state === 'running' : name === 'start' ? c.state !== 'running' : true)).map((c) => c.name);
			else candidates = [];
		}
	}
	return finish(line, current, candidates.filter((c) => c.startsWith(current)).sort(), false);
}

function finish(line: string, current: string, candidates: string[], whole: boolean): Completion {
	if (candidates.length === 0) return { line, candidates: [] };
	const head = whole ? line.slice(0, line.length - line.trimStart().length) : line.slice(0, line.length - current.length);
	if (candidates.length === 1) return { line: `${head}${candidates[0]}${whole ? '' : ' '}`, candidates: [] };
	return { line: `${head}${commonPrefix(candidates)}`, candidates };
}
