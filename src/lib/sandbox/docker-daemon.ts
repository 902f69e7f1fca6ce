/**
 * The simulated docker: a typed `docker …` line against the daemon's state. Each command
 * answers as Docker 20.10 does (docker-text.ts holds its wording), sends the REST calls the
 * real client sends (API 1.41) and, for a pull, the registry calls the real daemon makes.
 * Anything typed gets an answer; a refused command leaves the state as it was.
 */
import { findImage, type CatalogImage } from './catalog.ts';
import { commandOf, type CommandSpec } from './commands.ts';
import { flagValue, flagValues, parseCommand, type FlagValues } from './parse-command.ts';
import { newId, newName } from './names.ts';
import { runProgram } from './programs.ts';
import { isoTime, secondsSince } from './clock.ts';
import { findContainer, withTag, type Container, type LocalImage, type PortMapping, type Sandbox } from './sandbox-state.ts';
import type { Outcome, Story, Wire } from './outcome.ts';
import * as text from './docker-text.ts';

const API = '/v1.41';

type Step = Omit<Outcome, 'sandbox'> & { sandbox?: Sandbox };

function refused(sandbox: Sandbox, command: string, lines: string[], wire: Wire[] = []): Outcome {
	return { sandbox, lines, wire, story: { kind: 'refused', command } };
}

/** `docker` and what follows it, as words (the shell has split them). */
export function docker(sandbox: Sandbox, words: readonly string[]): Outcome {
	if (words.length === 0 || (words.length === 1 && (words[0] === '--help' || words[0] === '-h'))) return { sandbox, lines: text.HELP_TRIMMED['docker'] ?? [], wire: [], story: { kind: 'help', command: 'docker' } };
	if (words[0] === '--version' || words[0] === '-v') return { sandbox, lines: [text.versionLine()], wire: [], story: { kind: 'version' } };
	if (words[0]!.startsWith('-')) return refused(sandbox, 'docker', text.unknownFlag('docker', words[0]!.startsWith('--') ? words[0]!.split('=')[0]! : words[0]!));
	if (words[0] === 'help') {
		if (words.length === 1) return docker(sandbox, []);
		return commandOf(words.slice(1))?.used === words.length - 1 ? docker(sandbox, [...words.slice(1), '--help']) : refused(sandbox, 'help', text.unknownHelpTopic(words.slice(1)));
	}
	const found = commandOf(words);
	if (!found) return refused(sandbox, 'docker', text.unknownCommand(words[0]!));
	const { spec, used } = found;
	const parsed = parseCommand(spec, words.slice(used));
	const name = `docker ${spec.name}`;
	if (!parsed.ok) {
		const e = parsed.error;
		if (e.kind === 'unknown-flag') return refused(sandbox, spec.name, text.unknownFlag(name, e.flag));
		if (e.kind === 'unknown-shorthand') return refused(sandbox, spec.name, text.unknownShorthand(name, e.letter, e.arg));
		return refused(sandbox, spec.name, text.flagNeedsArgument(name, `--${e.flag.long}`, e.shorthand ? e.flag.short : undefined));
	}
	if (parsed.flags['help']) return { sandbox, lines: text.HELP_TRIMMED[spec.name] ?? [], wire: [], story: { kind: 'help', command: spec.name } };
	const wrongCount = text.argumentError(spec.name, parsed.args.length);
	if (wrongCount) return refused(sandbox, spec.name, wrongCount);
	const step = RUNNERS[spec.name]!(sandbox, parsed.flags, parsed.args, spec);
	return { sandbox: step.sandbox ?? sandbox, lines: step.lines, wire: step.wire, story: step.story, ...(step.prompt !== undefined ? { prompt: step.prompt } : {}) };
}

type Runner = (sandbox: Sandbox, flags: FlagValues, args: string[], spec: CommandSpec) => Step;

const ok = (label: string): Wire => ({ link: 'api', label, reverse: true });
const call = (label: string): Wire => ({ link: 'api', label });

/** The image a reference names in the local store: by name[:tag], or by a prefix of its ID. */
function localImage(sandbox: Sandbox, ref: string): LocalImage | undefined {
	const found = findImage(ref);
	if (found) return sandbox.images.find((i) => !i.dangling && i.name === found.image.name && i.tag === found.tag);
	const id = /^(?:sha256:)?([0-9a-f]{4,64})$/.exec(ref)?.[1];
	return id === undefined ? undefined : sandbox.images.find((i) => i.image.configDigest.slice(7).startsWith(id));
}

/** The layers the store already holds (a pull downloads only the others). */
function layersHere(sandbox: Sandbox): Set<string> {
	return new Set(sandbox.images.flatMap((i) => i.image.layers.map((l) => l.digest)));
}

function repoName(ref: string): string {
	return ref.replace(/^docker\.io\//, '').replace(/^library\//, '').replace(/[:@].*$/, '');
}

/** The registry's side of a pull: manifest list, then the config and each layer blob it lacks. */
function registryWire(image: CatalogImage, tag: string, here: ReadonlySet<string> = new Set()): Wire[] {
	const repo = `library/${image.name}`;
	const wire: Wire[] = [
		{ link: 'hub', label: `GET /v2/${repo}/manifests/${tag}` },
		{ link: 'hub', label: `200 OK: manifest list ${image.digest.slice(0, 19)}…`, reverse: true }
	];
	for (const layer of image.layers.filter((l) => !here.has(l.digest))) {
		wire.push({ link: 'hub', label: `GET /v2/${repo}/blobs/${layer.digest.slice(0, 19)}…` });
		wire.push({ link: 'hub', label: `200 OK: layer ${layer.digest.slice(7, 19)} (${text.humanSize(layer.size)})`, reverse: true });
	}
	return wire;
}

/** Pulls `ref` into the store (the pull command, and a run whose image is not local). */
function pull(sandbox: Sandbox, ref: string, command: 'docker pull' | 'docker run'): { sandbox: Sandbox; lines: string[]; wire: Wire[]; had: boolean; image?: LocalImage; layers: number } | { error: string[]; wire: Wire[] } {
	const found = findImage(ref);
	const repo = repoName(ref);
	if (!found) {
		const known = findImage(repo);
		const tag = ref.includes(':') ? ref.slice(ref.lastIndexOf(':') + 1) : 'latest';
		const wire: Wire[] = [{ link: 'hub', label: `GET /v2/library/${repo}/manifests/${tag}` }, { link: 'hub', label: known ? '404 Not Found: manifest unknown' : '401 Unauthorized: denied', reverse: true }];
		const defaultTag = command === 'docker pull' && !/:[^/]+$/.test(ref) ? ['Using default tag: latest'] : [];
		return { error: [...defaultTag, ...(known ? text.manifestUnknown(repo, tag, command) : text.pullAccessDenied(repo, command))], wire };
	}
	const have = sandbox.images.find((i) => !i.dangling && i.name === found.image.name && i.tag === found.tag);
	const explicitTag = /:[^/]+$/.test(ref);
	const here = layersHere(sandbox);
	const shared = found.image.layers.filter((l) => here.has(l.digest)).map((l) => l.digest.slice(7, 19));
	const lines = text.pullLines({ name: found.image.name, tag: found.tag, explicitTag, layers: found.image.layers.map((l) => l.digest.slice(7, 19)), digest: found.image.digest, alreadyHave: have ? true : shared, upToDate: !!have });
	if (have) return { sandbox, lines, wire: [{ link: 'hub', label: `GET /v2/library/${found.image.name}/manifests/${found.tag}` }, { link: 'hub', label: '200 OK: same digest', reverse: true }], had: true, image: have, layers: 0 };
	const image: LocalImage = { name: found.image.name, tag: found.tag, image: found.image, pulledAt: sandbox.clock };
	// A <none> image of the same content gets its tag back: it is the same image.
	const images = [...sandbox.images.filter((i) => !(i.dangling && i.image === found.image)), image];
	return { sandbox: { ...sandbox, images }, lines, wire: registryWire(found.image, found.tag, here), had: false, image, layers: found.image.layers.length - shared.length };
}

const RUNNERS: Record<string, Runner> = {
	version: () => ({ lines: text.versionText(), wire: [call(`GET ${API}/version`), ok('200 OK: Docker Engine 20.10.17')], story: { kind: 'version' } }),

	pull: (sandbox, flags, [ref]) => {
		const pulled = pull(sandbox, ref!, 'docker pull');
		const asked = call(`POST ${API}/images/create?fromImage=${repoName(ref!)}&tag=${withTag(ref!).split(':').pop()}`);
		if ('error' in pulled) return { lines: pulled.error, wire: [asked, ...pulled.wire, ok('404 Not Found')], story: { kind: 'refused', command: 'pull' } };
		const lines = flags['quiet'] ? [pulled.lines[pulled.lines.length - 1]!] : pulled.lines;
		return { sandbox: pulled.sandbox, lines, wire: [asked, ...pulled.wire, ok('200 OK: progress stream')], story: { kind: 'pull', ref: `${pulled.image!.name}:${pulled.image!.tag}`, layers: pulled.layers, had: pulled.had } };
	},

	images: (sandbox, flags, [filter]) => {
		const shown = sandbox.images.filter((i) => filter === undefined || (!i.dangling && i.name === repoName(filter) && (!filter.includes(':') || withTag(filter).endsWith(`:${i.tag}`))));
		const rows = [...shown].reverse().map((i) => ({ repository: i.dangling ? '<none>' : i.name, tag: i.tag, id: i.image.configDigest.slice(7, 19), createdSecondsAgo: secondsSince(i.image.created, sandbox.clock), size: i.image.size }));
		const lines = flags['quiet'] ? text.imagesQuiet(rows.map((r) => r.id)) : text.imagesTable(rows);
		return { lines, wire: [call(`GET ${API}/images/json`), ok(`200 OK: ${rows.length} image${rows.length === 1 ? '' : 's'}`)], story: { kind: 'images', count: rows.length } };
	},

	ps: (sandbox, flags) => {
		const all = !!flags['all'];
		const shown = [...sandbox.containers].reverse().filter((c) => all || c.state === 'running');
		const lines = flags['quiet'] ? text.psQuiet(shown.map((c) => c.id.slice(0, 12))) : text.psTable(shown.map((c) => containerRow(c, sandbox.clock)));
		return { lines, wire: [call(`GET ${API}/containers/json${all ? '?all=1' : ''}`), ok(`200 OK: ${shown.length} container${shown.length === 1 ? '' : 's'}`)], story: { kind: 'ps', all, count: shown.length } };
	},

	run: (sandbox, flags, [ref, ...command]) => runContainer(sandbox, flags, ref!, command),

	start: (sandbox, _flags, refs) => lifecycle(sandbox, refs, 'start'),
	stop: (sandbox, _flags, refs) => lifecycle(sandbox, refs, 'stop'),
	kill: (sandbox, _flags, refs) => lifecycle(sandbox, refs, 'kill'),
	restart: (sandbox, _flags, refs) => lifecycle(sandbox, refs, 'restart'),

	rm: (sandbox, flags, refs) => {
		let next = sandbox;
		const lines: string[] = [];
		const errors: string[] = [];
		const wire: Wire[] = [];
		const names: string[] = [];
		for (const ref of refs) {
			const c = findContainer(next, ref);
			wire.push(call(`DELETE ${API}/containers/${ref}${flags['force'] ? '?force=1' : ''}`));
			if (!c) {
				errors.push(...text.noSuchContainer(ref, 'docker rm'));
				wire.push(ok('404 Not Found'));
			} else if (c.state === 'running' && !flags['force']) {
				errors.push(...text.removeRunning(c.id));
				wire.push(ok('409 Conflict'));
			} else {
				next = { ...next, containers: next.containers.filter((x) => x.id !== c.id) };
				lines.push(ref);
				names.push(c.name);
				wire.push(ok('204 No Content'));
			}
		}
		// Docker prints what it removed first, then what it could not.
		return { sandbox: next, lines: [...lines, ...errors], wire, story: names.length ? { kind: 'rm', names } : { kind: 'refused', command: 'rm' } };
	},

	rmi: (sandbox, flags, refs) => {
		let next = sandbox;
		const lines: string[] = [];
		const errors: string[] = [];
		const wire: Wire[] = [];
		const removed: string[] = [];
		const force = !!flags['force'];
		for (const ref of refs) {
			const image = localImage(next, ref);
			wire.push(call(`DELETE ${API}/images/${ref}${force ? '?force=1' : ''}`));
			if (!image) {
				errors.push(...text.noSuchImage(ref, 'docker rmi'));
				wire.push(ok('404 Not Found'));
				continue;
			}
			const user = next.containers.find((c) => c.image === image.image);
			const refused = user ? text.imageInUse(ref, image.image.configDigest.slice(7, 19), user.id.slice(0, 12), force, { running: user.state === 'running' }) : [];
			if (refused.length > 0) {
				errors.push(...refused);
				wire.push(ok('409 Conflict'));
				continue;
			}
			const otherTags = next.images.some((i) => i !== image && i.image === image.image && !i.dangling);
			const byTag = !/^(?:sha256:)?[0-9a-f]{4,64}$/.test(ref) || findImage(ref) !== undefined;
			next = { ...next, images: next.images.flatMap((i) => (i !== image ? [i] : user && byTag && !otherTags ? [{ ...i, tag: '<none>', dangling: true as const }] : [])) };
			// A tag another container's image still needs is only untagged: the image stays for it.
			// (Docker then also prints each layer's chain id as Deleted; the catalog has the layers'
			// compressed digests, not their chain ids, so those lines are left out rather than made up.)
			const stillNeeded = !!user || next.images.some((i) => i.image === image.image);
			lines.push(...text.rmiLines(image.dangling ? [] : [`${image.name}:${image.tag}`, `${image.name}@${image.image.digest}`], stillNeeded ? [] : [image.image.configDigest]));
			removed.push(image.dangling ? image.image.configDigest.slice(7, 19) : `${image.name}:${image.tag}`);
			wire.push(ok('200 OK'));
		}
		return { sandbox: next, lines: [...lines, ...errors], wire, story: removed.length ? { kind: 'rmi', refs: removed } : { kind: 'refused', command: 'rmi' } };
	},

	logs: (sandbox, _flags, [ref]) => {
		const c = findContainer(sandbox, ref!);
		const wire = [call(`GET ${API}/containers/${ref}/logs?stdout=1&stderr=1`)];
		if (!c) return { lines: text.noSuchContainer(ref!, 'docker logs'), wire: [...wire, ok('404 Not Found')], story: { kind: 'refused', command: 'logs' } };
		return { lines: c.logs, wire: [...wire, ok(`200 OK: ${c.logs.length} line${c.logs.length === 1 ? '' : 's'}`)], story: { kind: 'logs', name: c.name } };
	},

	exec: (sandbox, flags, [ref, ...command]) => {
		const c = findContainer(sandbox, ref!);
		const wire = [call(`POST ${API}/containers/${ref}/exec`)];
		if (!c) return { lines: text.noSuchContainer(ref!, 'docker exec'), wire: [...wire, ok('404 Not Found')], story: { kind: 'refused', command: 'exec' } };
		if (c.state !== 'running') return { lines: text.notRunning(c.id, 'docker exec'), wire: [...wire, ok('409 Conflict')], story: { kind: 'refused', command: 'exec' } };
		const interactive = !!flags['interactive'];
		const run = runProgram(c, command, interactive, sandbox.clock);
		const started = [...wire, ok('201 Created: exec id'), call(`POST ${API}/exec/…/start`)];
		if (run.kind === 'not-found') return { lines: text.execNotFound(run.program), wire: [...started, ok('500 Internal Server Error')], story: { kind: 'refused', command: 'exec' } };
		if (run.kind === 'shell') {
			const next = { ...sandbox, inside: { container: c.id, shell: run.shell, exec: true } };
			return { sandbox: next, lines: [], wire: [...started, ok('101 UPGRADED: the shell\'s stream')], story: { kind: 'exec', name: c.name, shell: true }, prompt: shellPrompt(c, run.shell) };
		}
		return { lines: run.lines, wire: [...started, ok('200 OK: output')], story: { kind: 'exec', name: c.name, shell: false } };
	},

	inspect: (sandbox, flags, refs) => {
		const found: unknown[] = [];
		const errors: string[] = [];
		const names: string[] = [];
		const format = flagValue(flags, 'format');
		for (const ref of refs) {
			const c = findContainer(sandbox, ref);
			const image = c ? undefined : localImage(sandbox, ref);
			if (c) {
				found.push(inspectContainer(c));
				names.push(c.name);
			} else if (image) {
				found.push(inspectImage(image));
				names.push(`${image.name}:${image.tag}`);
			} else errors.push(...text.noSuchObject(ref));
		}
		const lines = format !== undefined ? (found.length ? found.map((o) => applyFormat(format, o)) : ['']) : found.length ? JSON.stringify(found, null, 4).split('\n') : ['[]'];
		return { lines: [...lines, ...errors], wire: [call(`GET ${API}/containers/${refs[0]}/json`), ok(found.length ? '200 OK' : '404 Not Found')], story: names.length ? { kind: 'inspect', names } : { kind: 'refused', command: 'inspect' } };
	}
};

function containerRow(c: Container, clock: number): text.ContainerRow {
	const status =
		c.state === 'running'
			? text.statusText({ state: 'running', startedSecondsAgo: clock - (c.startedAt ?? clock) })
			: c.state === 'exited'
				? text.statusText({ state: 'exited', exitCode: c.exitCode, finishedSecondsAgo: clock - (c.finishedAt ?? clock) })
				: text.statusText({ state: 'created' });
	return {
		id: c.id.slice(0, 12),
		image: c.imageRef,
		command: c.command.join(' '),
		createdSecondsAgo: clock - c.createdAt,
		status,
		ports: text.portsText(c.state === 'running' ? c.options.ports : [], c.image.exposed),
		name: c.name
	};
}

function shellPrompt(c: Container, shell: string): string {
	return shell === 'bash' ? `root@${c.id.slice(0, 12)}:/# ` : '/ # ';
}

/** Parses -m 64m / --memory=1g (docker's RAMInBytes: b, k, m, g). */
function bytesOf(value: string): number | undefined {
	const m = /^(\d+(?:\.\d+)?)\s*([bkmg]?)b?$/i.exec(value.trim());
	if (!m) return undefined;
	const unit = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'b' | 'k' | 'm' | 'g'];
	return Math.round(Number(m[1]) * unit);
}

function portsOf(values: string[]): PortMapping[] | string {
	const out: PortMapping[] = [];
	for (const v of values) {
		const m = /^(?:(\d+):)?(\d+)(?:\/(tcp|udp))?$/.exec(v);
		if (!m) return v;
		out.push({ host: Number(m[1] ?? m[2]), container: Number(m[2]), proto: (m[3] as 'tcp' | 'udp' | undefined) ?? 'tcp' });
	}
	return out;
}

function runContainer(sandbox: Sandbox, flags: FlagValues, ref: string, command: string[]): Step {
	const env = flagValues(flags, 'env');
	const memory = flagValue(flags, 'memory');
	const cpus = flagValue(flags, 'cpus');
	const pids = flagValue(flags, 'pids-limit');
	const ports = portsOf(flagValues(flags, 'publish'));
	const bad = (flag: string, value: string, reason: string): Step => ({ lines: text.invalidArgument('docker run', flag, value, reason), wire: [], story: { kind: 'refused', command: 'run' } });
	if (memory !== undefined && bytesOf(memory) === undefined) return bad('-m, --memory', memory, `invalid size: '${memory}'`);
	if (cpus !== undefined && !(Number(cpus) >= 0)) return bad('--cpus', cpus, 'failed to parse ' + cpus + ' as a rational number');
	if (pids !== undefined && !/^-?\d+$/.test(pids)) return bad('--pids-limit', pids, `strconv.ParseInt: parsing "${pids}": invalid syntax`);
	if (typeof ports === 'string') return bad('-p, --publish', ports, `Invalid containerPort: ${ports}`);

	const name = flagValue(flags, 'name');
	const wire: Wire[] = [call(`POST ${API}/containers/create${name ? `?name=${name}` : ''}`)];
	const lines: string[] = [];
	let next = sandbox;
	const taken = next.containers.find((c) => c.name === name);
	if (name !== undefined && taken) return { lines: text.nameInUse(name, taken.id), wire: [...wire, ok('409 Conflict')], story: { kind: 'refused', command: 'run' } };

	let image = localImage(next, ref);
	let pulled = false;
	if (!image) {
		wire.push(ok('404 Not Found: no such image'));
		const got = pull(next, ref, 'docker run');
		wire.push(call(`POST ${API}/images/create?fromImage=${repoName(ref)}&tag=${withTag(ref).split(':').pop()}`));
		if ('error' in got) return { lines: [...text.unableToFindLocally(ref), ...got.error], wire: [...wire, ...got.wire, ok('404 Not Found')], story: { kind: 'refused', command: 'run' } };
		const found = got.image!;
		const here = layersHere(next);
		lines.push(...text.runPullLines({ name: found.name, tag: found.tag, layers: found.image.layers.map((l) => l.digest.slice(7, 19)), digest: found.image.digest, alreadyHave: found.image.layers.filter((l) => here.has(l.digest)).map((l) => l.digest.slice(7, 19)), upToDate: false }));
		wire.push(...got.wire, ok('200 OK: progress stream'), call(`POST ${API}/containers/create${name ? `?name=${name}` : ''}`));
		next = got.sandbox;
		image = got.image!;
		pulled = true;
	}

	const argv = command.length > 0 ? [...(image.image.entrypoint ?? []), ...command] : [...(image.image.entrypoint ?? []), ...image.image.cmd];
	const id = newId(next.made);
	const container: Container = {
		id,
		name: name ?? newName(next.made, new Set(next.containers.map((c) => c.name))),
		imageRef: ref,
		image: image.image,
		command: argv,
		state: 'created',
		exitCode: 0,
		createdAt: next.clock,
		options: {
			detach: !!flags['detach'],
			interactive: !!flags['interactive'],
			tty: !!flags['tty'],
			autoRemove: !!flags['rm'],
			env,
			ports,
			...(memory !== undefined ? { memory: bytesOf(memory)! } : {}),
			...(cpus !== undefined ? { cpus: Number(cpus) } : {}),
			...(pids !== undefined ? { pidsLimit: Number(pids) } : {})
		},
		logs: []
	};
	next = { ...next, made: next.made + 1, containers: [...next.containers, container] };
	wire.push(ok(`201 Created: ${id.slice(0, 12)}…`));
	const detach = container.options.detach;
	if (!detach) wire.push(call(`POST ${API}/containers/${id.slice(0, 12)}…/attach`), call(`POST ${API}/containers/${id.slice(0, 12)}…/wait`));
	wire.push(call(`POST ${API}/containers/${id.slice(0, 12)}…/start`), ok('204 No Content'));

	const run = runProgram(container, argv, container.options.interactive, next.clock);
	if (run.kind === 'not-found') {
		const failed = { ...container, state: 'created' as const, exitCode: 127 };
		next = { ...next, containers: next.containers.map((c) => (c.id === id ? failed : c)) };
		return { sandbox: next, lines: [...lines, ...text.executableNotFound(run.program)], wire, story: { kind: 'refused', command: 'run' } };
	}
	const startedAt = next.clock;
	const update = (c: Container) => (next = { ...next, containers: next.containers.map((x) => (x.id === c.id ? c : x)) });
	if (run.kind === 'shell') {
		update({ ...container, state: 'running', startedAt });
		if (detach) return { sandbox: next, lines: [...lines, id], wire, story: { kind: 'run', ref, name: container.name, pulled, detach, shell: false, removed: false } };
		return { sandbox: { ...next, inside: { container: id, shell: run.shell, exec: false } }, lines, wire, story: { kind: 'run', ref, name: container.name, pulled, detach, shell: true, removed: false }, prompt: shellPrompt(container, run.shell) };
	}
	if (run.kind === 'running' && (detach || run.seconds === undefined)) {
		update({ ...container, state: 'running', startedAt, logs: run.lines, ...(run.seconds !== undefined ? { runsFor: run.seconds } : {}) });
		return { sandbox: next, lines: [...lines, ...(detach ? [id] : run.lines)], wire, story: { kind: 'run', ref, name: container.name, pulled, detach, shell: false, removed: false } };
	}
	// It ran to its end while the client waited (a sleep in the foreground takes its time).
	const took = run.kind === 'running' ? run.seconds ?? 0 : 0;
	const code = run.kind === 'exited' ? run.code : 0;
	const out = run.lines;
	next = { ...next, clock: next.clock + took };
	if (container.options.autoRemove) next = { ...next, containers: next.containers.filter((c) => c.id !== id) };
	else update({ ...container, state: 'exited', exitCode: code, startedAt, finishedAt: next.clock, logs: out });
	if (!detach) wire.push(ok(`200 OK: StatusCode ${code}`));
	return { sandbox: next, lines: [...lines, ...(detach ? [id] : out)], wire, story: { kind: 'run', ref, name: container.name, pulled, detach, exitCode: code, shell: false, removed: container.options.autoRemove } };
}

function lifecycle(sandbox: Sandbox, refs: string[], verb: 'start' | 'stop' | 'kill' | 'restart'): Step {
	let next = sandbox;
	const lines: string[] = [];
	const errors: string[] = [];
	const wire: Wire[] = [];
	const names: string[] = [];
	for (const ref of refs) {
		const c = findContainer(next, ref);
		wire.push(call(`POST ${API}/containers/${ref}/${verb}`));
		if (!c) {
			errors.push(...text.noSuchContainer(ref, `docker ${verb}`));
			wire.push(ok('404 Not Found'));
			continue;
		}
		if (verb === 'kill' && c.state !== 'running') {
			errors.push(...text.notRunning(c.id, 'docker kill', ref));
			wire.push(ok('409 Conflict'));
			continue;
		}
		const stopped: Container = { ...c, state: 'exited', exitCode: verb === 'kill' ? 137 : c.state === 'running' ? (c.options.tty || c.image.name === 'nginx' ? 0 : 137) : c.exitCode, finishedAt: c.state === 'running' ? next.clock : c.finishedAt };
		const restart = (from: Container): Container => {
			const { finishedAt: _f, ...rest } = from;
			return { ...rest, state: 'running', startedAt: next.clock };
		};
		const after = verb === 'stop' || verb === 'kill' ? (c.state === 'running' ? stopped : c) : verb === 'start' ? (c.state === 'running' ? c : restart(c)) : restart(stopped);
		if (after.state === 'exited' && after.options.autoRemove && c.state === 'running') next = { ...next, containers: next.containers.filter((x) => x.id !== c.id) };
		else next = { ...next, containers: next.containers.map((x) => (x.id === c.id ? after : x)) };
		lines.push(ref);
		names.push(c.name);
		wire.push(ok('204 No Content'));
	}
	const story: Story = names.length ? { kind: 'lifecycle', verb, names } : { kind: 'refused', command: verb };
	return { sandbox: next, lines: [...lines, ...errors], wire, story };
}

function inspectContainer(c: Container): Record<string, unknown> {
	return {
		Id: c.id,
		Created: isoTime(c.createdAt),
		Path: c.command[0] ?? '',
		Args: c.command.slice(1),
		State: {
			Status: c.state,
			Running: c.state === 'running',
			Paused: false,
			Restarting: false,
			OOMKilled: false,
			Dead: false,
			Pid: c.state === 'running' ? 4711 : 0,
			ExitCode: c.exitCode,
			Error: '',
			StartedAt: c.startedAt !== undefined ? isoTime(c.startedAt) : '0001-01-01T00:00:00Z',
			FinishedAt: c.finishedAt !== undefined ? isoTime(c.finishedAt) : '0001-01-01T00:00:00Z'
		},
		Image: c.image.configDigest,
		Name: `/${c.name}`,
		HostConfig: { Memory: c.options.memory ?? 0, NanoCpus: Math.round((c.options.cpus ?? 0) * 1e9), PidsLimit: c.options.pidsLimit ?? null, AutoRemove: c.options.autoRemove },
		Config: { Hostname: c.id.slice(0, 12), Tty: c.options.tty, OpenStdin: c.options.interactive, Env: [...c.options.env, ...c.image.env], Cmd: c.command, Image: c.imageRef },
		NetworkSettings: { IPAddress: c.state === 'running' ? '172.17.0.2' : '' }
	};
}

function inspectImage(i: LocalImage): Record<string, unknown> {
	return {
		Id: i.image.configDigest,
		RepoTags: [`${i.name}:${i.tag}`],
		RepoDigests: [`${i.name}@${i.image.digest}`],
		Created: i.image.created,
		Config: { Env: i.image.env, Cmd: i.image.cmd, Entrypoint: i.image.entrypoint, WorkingDir: i.image.workdir },
		Architecture: 'amd64',
		Os: 'linux',
		Size: i.image.size,
		RootFS: { Type: 'layers', Layers: i.image.layers.map((l) => l.digest) }
	};
}

/** `--format '{{.State.Status}}'`: the subset of Go templates that picks a field by path. */
function applyFormat(format: string, object: unknown): string {
	return format.replace(/\{\{\s*(?:json\s+)?\.([\w.]*)\s*\}\}/g, (_, path: string) => {
		let value: unknown = object;
		for (const key of path.split('.').filter(Boolean)) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
		if (value === undefined) return '<no value>';
		return typeof value === 'object' ? JSON.stringify(value) : String(value);
	});
}
