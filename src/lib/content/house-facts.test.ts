/**
 * The board house is set on its own machine (identities/board-house-host.ts): a Debian 11 lab VM,
 * not the lesson's CentOS 7 server. Every host name, container id, limit and cgroup path its
 * scenarios show must be that machine's, and nothing of the lesson's machine may leak in.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stateAt } from '../engine/state-at.ts';
import type { LocalizedText, Scenario } from '../scenario/schema.ts';
import { validateFile } from '../scenario/load-dir.ts';
import { formatError } from '../scenario/validate.ts';
import { identity } from './identities/board-house-host.ts';
import { lines, linesOfStep, stepIndex, text } from './kit.ts';

const container = identity.containers[0]!;
const limits = container.limits!;

function load(id: string): Scenario {
	const result = validateFile(`scenarios/${id}.json`);
	if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
	return result.scenario;
}
/** What a step printed, without its command line. */
const outputOf = (s: Scenario, id: string) => {
	const i = stepIndex(s, id);
	return linesOfStep(s, i).slice(s.steps[i]!.command === undefined ? 0 : 1);
};
/** An abbreviated value ("…" for a cut) matches the full one. */
const abbreviates = (short: string, full: string) =>
	new RegExp(`^${short.split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(full);
/** -m 64m → bytes; --cpus 0.5 → quota at the default 100 ms period; --pids-limit as is. */
function flagsOf(command: string) {
	const flag = (name: string) => command.match(new RegExp(`${name} (\\S+)`))?.[1];
	const m = flag('-m')!.match(/^(\d+)([kmg])$/)!;
	const bytes = Number(m[1]) * 1024 ** ({ k: 1, m: 2, g: 3 } as const)[m[2] as 'k' | 'm' | 'g'];
	return { memoryMax: String(bytes), cpuMax: `${Number(flag('--cpus')) * 100000} 100000`, pidsMax: flag('--pids-limit')! };
}

describe('board-house-host identity', () => {
	it('is self-consistent', () => {
		expect(container.fullId!.startsWith(container.id)).toBe(true);
		expect(container.fullId).toMatch(/^[0-9a-f]{64}$/);
		expect(container.cgroupPath).toBe(`/sys/fs/cgroup/system.slice/docker-${container.fullId}.scope`);
		expect(identity.cgroup).toBe('v2');
		expect(Number(limits.memoryMax)).toBe(64 * 1024 * 1024);
		expect(limits.cpuMax).toBe('50000 100000');
		expect(limits.pidsMax).toBe('100');
	});
});

describe('board-house on its machine', () => {
	const s = load('board-house');
	const w = stateAt(s, s.steps.length);
	const item = (id: string) => w.items[id]!;
	const props = (id: string) => item(id).props ?? {};

	it('names the host, its prompt, its kernel and its network as the identity does', () => {
		expect(text(item('host-hostname').label)).toBe(identity.hostname);
		expect(outputOf(s, 'host-view')[0]).toBe(identity.hostname);
		expect(s.terminal!.prompt).toBe(`root@${identity.hostname}:~# `);
		expect(outputOf(s, 'shared-kernel')).toEqual([identity.kernel]);
		const kernel = s.actors.find((a) => a.kind === 'kernel')!;
		expect(text(kernel.sublabel!)).toMatch(new RegExp(`^${identity.kernel.split('.').slice(0, 2).join('\\.')} `));
		const host = s.actors.find((a) => a.kind === 'host')!;
		expect(text(host.sublabel!)).toBe(`Debian ${identity.os.match(/Linux (\d+)/)![1]} · Docker ${identity.dockerVersion}`);
		const nics = Object.values(w.items).filter((i) => i.in === 'host-net');
		expect(nics.map((n) => [text(n.label), n.props?.detail])).toEqual(identity.nics!.map((n) => [n.name, n.address]));
		const ip = outputOf(s, 'wall-net').join('\n');
		expect(ip).toContain(`inet ${container.ip}/16`);
		expect(identity.nics!.find((n) => n.name === 'docker0')!.address).toMatch(/^172\.17\.0\.1\/16$/);
	});

	it('names the container by its id and name, and its hostname is the short id', () => {
		const house = s.actors.find((a) => a.kind === 'house')!;
		for (const lang of ['zh', 'en'] as const) {
			expect(text(house.sublabel!, lang)).toContain(container.id);
			expect(text(house.sublabel!, lang)).toContain(container.name);
		}
		expect(outputOf(s, 'wall-uts')).toEqual([container.id]);
		expect(text(props('wall-uts').sees as LocalizedText)).toBe(`hostname ${container.id}`);
	});

	it('shows the full docker run, and the limits it sets byte for byte in the cgroup files', () => {
		const run = s.steps[stepIndex(s, 'docker-run')]!;
		expect(run.command).toBe(`docker run -it -m 64m --cpus 0.5 --pids-limit 100 ${container.image} ${container.command}`);
		expect(flagsOf(run.command!)).toEqual(limits);
		expect(outputOf(s, 'ceiling')).toEqual([limits.memoryMax, limits.cpuMax, limits.pidsMax]);
		expect(props('gauge-memory').detail).toBe(`memory.max = ${limits.memoryMax} (64M)`);
		expect(Number(props('gauge-memory').limit) * 1024 * 1024).toBe(Number(limits.memoryMax));
		expect(props('gauge-cpu').detail).toBe(`cpu.max = ${limits.cpuMax}`);
		const [quota, period] = limits.cpuMax!.split(' ').map(Number);
		expect(props('gauge-cpu').limit).toBe(quota! / period!);
		expect(props('gauge-pids').detail).toBe(`pids.max = ${limits.pidsMax}`);
		expect(String(props('gauge-pids').limit)).toBe(limits.pidsMax);
	});

	it('puts the ceiling at the container\'s cgroup path, which the cgroup namespace hides', () => {
		expect(abbreviates(String(props('ceiling').detail), container.cgroupPath!), String(props('ceiling').detail)).toBe(true);
		const caption = s.steps[stepIndex(s, 'wall-cgroup')]!.caption as { zh: string; en: string };
		for (const lang of ['zh', 'en'] as const) {
			const scope = caption[lang].match(/docker-[0-9a-f…]+\.scope/)![0];
			expect(abbreviates(scope, container.cgroupPath!.split('/').at(-1)!), scope).toBe(true);
		}
		expect(outputOf(s, 'wall-cgroup')).toEqual(['0::/']);
		expect(lines(w)).toContain('0::/');
	});
});

describe.each(identity.scenarios.filter((id) => existsSync(`scenarios/${id}.json`)))('%s borrows nothing from another machine', (id) => {
	const raw = readFileSync(`scenarios/${id}.json`, 'utf8');

	it("mentions neither the lesson's host nor its container", () => {
		for (const other of ['iZ8vb53kklhrg4j6sviqtpZ', 'keen_curie', '9e1d4b7a2c6f', '9e1d', '3.10.0-1160', '1.13.1', '172.26.']) {
			expect(raw.includes(other), `${id} mentions ${other}`).toBe(false);
		}
	});

	it('shows only hex ids this machine has', () => {
		const known = [container.fullId!, ...identity.images.flatMap((i) => [i.imageId, i.digest ?? '', ...(i.layers ?? [])])];
		const ids = raw.match(/\b(?=[0-9a-f]*[a-f])[0-9a-f]{12,64}\b/g) ?? [];
		for (const hex of ids) expect(known.some((k) => k.replace(/^sha256:/, '').startsWith(hex)), `${id}: ${hex}`).toBe(true);
	});
});
