/**
 * Every scenario says only what is true of the machine it is set on. Each machine's identity is a
 * file in identities/ (found here by itself); for each scenario it lists, every 12-hex id, full
 * id, sha256 digest, container name, host name, address, kernel, Docker, API and cgroup version in
 * the scenario's text (all of its strings, both languages, item ids included) must be that
 * machine's, and no other machine's host name may appear — except in the notes the identity
 * names as pointing at another machine, which may also use that machine's identity.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MachineIdentity } from './identities/identity.ts';

const modules = import.meta.glob<{ identity?: MachineIdentity }>('./identities/*.ts', { eager: true });
const machines: MachineIdentity[] = Object.values(modules).flatMap((m) => (m.identity ? [m.identity] : []));

/** Every string of a JSON value with its pointer ($schema left out: it is a path, not content). */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
	if (typeof value === 'string') return [{ path, text: value }];
	if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}/${i}`));
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([k, v]) => (k === '$schema' ? [] : strings(v, `${path}/${k}`)));
}

const hex = (s: string) => s.replace(/^sha256:/, '');

/** Every container has a loopback interface, whichever machine it is on. */
const LOOPBACK = ['127.0.0.1/8'];

const toInt = (ip: string) => ip.split('.').reduce((n, o) => n * 256 + Number(o), 0);
const toIp = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

/**
 * The addresses a machine's scenarios may show: its interfaces', and each container's — bare, with
 * the prefix of the host subnet it sits in (docker0's, as `ip addr` inside it prints), and that
 * subnet's broadcast address.
 */
function machineAddresses(m: MachineIdentity): string[] {
	const own = [...(m.addresses ?? []), ...(m.nics ?? []).map((n) => n.address)];
	const subnets = own.map((a) => {
		const [ip, bits] = a.split('/');
		const size = 2 ** (32 - Number(bits ?? 32));
		return { bits, base: Math.floor(toInt(ip!) / size) * size, size };
	});
	const containers = m.containers.flatMap((c) => {
		if (!c.ip) return [];
		const net = subnets.find((n) => n.bits && toInt(c.ip!) >= n.base && toInt(c.ip!) < n.base + n.size);
		return net ? [c.ip, `${c.ip}/${net.bits}`, toIp(net.base + net.size - 1)] : [c.ip];
	});
	return [...own, ...containers];
}

/** What a machine's identity allows a scenario to say. */
function allowed(ms: MachineIdentity[]) {
	const digests = ms.flatMap((m) => m.images.flatMap((i) => (i.digest ? [hex(i.digest)] : [])));
	const shortIds = new Set([
		...ms.flatMap((m) => m.containers.map((c) => c.id)),
		...ms.flatMap((m) => m.images.flatMap((i) => [i.imageId, ...(i.layers ?? [])])),
		...digests.map((d) => d.slice(0, 12))
	]);
	const fullIds = new Set([...ms.flatMap((m) => m.containers.flatMap((c) => (c.fullId ? [c.fullId] : []))), ...digests]);
	const addresses = new Set([...LOOPBACK, ...ms.flatMap(machineAddresses)].flatMap((a) => [a, a.split('/')[0]!]));
	return {
		shortIds,
		fullIds,
		/** A sha256 prefix names a digest we know, or starts with an IMAGE ID / layer id (their full digests unknown). */
		digest: (h: string) => (h.length === 64 ? fullIds.has(h) : digests.some((d) => d.startsWith(h)) || (h.length >= 12 && shortIds.has(h.slice(0, 12)))),
		names: new Set(ms.flatMap((m) => m.containers.map((c) => c.name))),
		hostnames: new Set(ms.map((m) => m.hostname)),
		addresses,
		kernel: (k: string) => ms.some((m) => m.kernel.startsWith(k)),
		docker: (v: string) => ms.some((m) => m.dockerVersion === v),
		api: (v: string) => ms.some((m) => m.apiVersion === v),
		cgroup: (v: string) => ms.some((m) => m.cgroup === v)
	};
}

/** The claims a text makes about its machine, as [kind, value] pairs. */
function claims(text: string): [string, string][] {
	const out: [string, string][] = [];
	const all = (re: RegExp, kind: string, group = 0) => {
		for (const m of text.matchAll(re)) out.push([kind, m[group]!]);
	};
	all(/sha256:([0-9a-f]+)/g, 'digest', 1);
	all(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/g, 'full id');
	for (const m of text.matchAll(/(?<![0-9a-f])[0-9a-f]{12}(?![0-9a-f])/g)) if (/\d/.test(m[0]) && text[m.index! - 1] !== ':') out.push(['12-hex id', m[0]]);
	all(/root@([\w-]+)/g, 'prompt host', 1);
	all(/(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?![\d.])/g, 'address');
	all(/(?<![\w.-])\d+\.\d+\.\d+-\d(?:[\w.-]*\w)?/g, 'kernel');
	all(/\bdocker-(\d+\.\d+\.\d+)-/g, 'docker', 1);
	all(/(?:kernel|内核)\s*(\d+\.\d+(?:\.\d+)?)/gi, 'kernel', 1);
	all(/^(\d+\.\d+) · namespaces/g, 'kernel', 1);
	all(/Docker (\d+\.\d+\.\d+)/g, 'docker', 1);
	all(/^ Version:\s+(\d+\.\d+\.\d+)$/g, 'docker', 1);
	all(/API version:\s+(\d+\.\d+)/g, 'api', 1);
	all(/\/v(\d+\.\d+)\//g, 'api', 1);
	all(/cgroup (v[12])\b/g, 'cgroup', 1);
	all(/\b[a-z]+_[a-z]+\b/g, 'name');
	return out;
}

/** The claims of `text` that `ok` refuses, with the other machines' host names it names. */
function refused(text: string, ok: ReturnType<typeof allowed>, everyName: Set<string>, otherHosts: string[]): string[] {
	const bad = claims(text).filter(([kind, v]) => {
		switch (kind) {
			case 'digest':
				return !ok.digest(v);
			case 'full id':
				return !ok.fullIds.has(v) && !text.includes(`sha256:${v}`);
			case '12-hex id':
				return !ok.shortIds.has(v);
			case 'prompt host':
				return !ok.hostnames.has(v);
			case 'address':
				return !ok.addresses.has(v);
			case 'kernel':
				return !ok.kernel(v);
			case 'docker':
				return !ok.docker(v);
			case 'api':
				return !ok.api(v);
			case 'cgroup':
				return !ok.cgroup(v);
			case 'name':
				// Only container names some machine holds are claims (pivot_root, oracle_11g are not).
				return everyName.has(v) && !ok.names.has(v);
		}
		return false;
	});
	return [...bad.map(([k, v]) => `${k} ${v}`), ...otherHosts.filter((h) => text.includes(h) && !ok.hostnames.has(h)).map((h) => `host name ${h}`)];
}

describe('machine identities', () => {
	it('are found, and no scenario is set on two machines', () => {
		expect(machines.length).toBeGreaterThan(0);
		const ids = machines.flatMap((m) => m.scenarios);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
	});

	it('give no container id two names, and no name two ids', () => {
		const all = machines.flatMap((m) => m.containers);
		for (const c of all) {
			expect(new Set(all.filter((o) => o.id === c.id).map((o) => o.name)), c.id).toEqual(new Set([c.name]));
			expect(new Set(all.filter((o) => o.name === c.name).map((o) => o.id)), c.name).toEqual(new Set([c.id]));
			if (c.fullId) expect(c.fullId.startsWith(c.id), c.name).toBe(true);
		}
	});

	it('catch a borrowed value (the check can fail)', () => {
		const lesson = machines.find((m) => m.hostname === 'iZ8vb53kklhrg4j6sviqtpZ')!;
		const ok = allowed([lesson]);
		const names = new Set(machines.flatMap((m) => m.containers.map((c) => c.name)));
		expect(refused('[root@host ~]# docker run', ok, names, [])).toEqual(['prompt host host']);
		expect(refused('Docker 24.0.7 on kernel 5.10, cgroup v2', ok, names, [])).toEqual(['kernel 5.10', 'docker 24.0.7', 'cgroup v2']);
		expect(refused('layer 729ce43e2c92, sha256:ad9bd57a3a58…, POST /v1.41/containers/create', ok, names, [])).toEqual(['digest ad9bd57a3a58', '12-hex id 729ce43e2c92', 'api 1.41']);
		expect(refused('Digest: sha256:ad9bd57a3a57cc95515c537b89aaa69d83a6df54c4050fcf2b41ad367bec0cd5 · 2bd29714875d · 172.17.0.2/16', ok, names, [])).toEqual([]);
	});

	for (const machine of machines) {
		describe(machine.machine, () => {
			const ok = allowed([machine]);
			const everyName = new Set(machines.flatMap((m) => m.containers.map((c) => c.name)));
			const otherHosts = machines.filter((m) => m !== machine).map((m) => m.hostname);

			for (const id of machine.scenarios) {
				it(`${id} says only what is true of ${machine.hostname}`, () => {
					const raw = JSON.parse(readFileSync(`scenarios/${id}.json`, 'utf8')) as { steps: { id: string }[] };
					const pointers = (machine.elsewhere ?? []).filter((e) => e.scenario === id);
					const pointing = (path: string) => pointers.find((e) => path.startsWith(`/steps/${raw.steps.findIndex((s) => s.id === e.step)}/notes/`));
					const problems = strings(raw).flatMap(({ path, text }) => {
						const to = pointing(path);
						if (!to) return refused(text, ok, everyName, otherHosts).map((p) => `${path}: ${p}`);
						const other = machines.find((m) => m.hostname === to.hostname);
						// A pointer at a machine identities/ lacks fails the test below.
						if (!other) return [];
						return refused(text, allowed([machine, other]), everyName, otherHosts).map((p) => `${path}: ${p}`);
					});
					expect(problems).toEqual([]);
					// Every container on stage is one of this machine's, by name.
					const containers = JSON.stringify(raw).match(/"kind":"container","in":"[^"]*","label":"[^"]*"/g) ?? [];
					for (const c of containers) expect(ok.names, c).toContain(c.replace(/.*"label":"([^"]*)"$/, '$1'));
				});
			}

			it('points only at machines identities/ holds', () => {
				const unknown = (machine.elsewhere ?? []).filter((e) => !machines.some((m) => m.hostname === e.hostname));
				expect(unknown.map((e) => `${e.scenario}/${e.step} → ${e.hostname}`)).toEqual([]);
			});
		});
	}
});
