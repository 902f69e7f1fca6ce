/** Expected final worlds of the board-house scenarios (see shipped.test.ts). */
import { expect } from 'vitest';
import { allStates, stateAt } from '../engine/state-at.ts';
import type { World } from '../engine/world.ts';
import type { LocalizedText } from '../scenario/schema.ts';
import { children, expectItem, final, lines, linesOfStep, messages, ofKind, stepIndex, text, type Expectation } from './kit.ts';

const NAMESPACES = { mnt: 'left', uts: 'left', pid: 'left', net: 'left', ipc: 'right', user: 'right', cgroup: 'right' } as const;
const ALPINE_ROOT = ['/bin', '/dev', '/etc', '/home', '/lib', '/proc', '/root', '/sys', '/tmp', '/usr', '/var'];

/** Every process keeps the PID it was born with: its detail never changes while it lives. */
function expectNoPidChanges(s: Parameters<Expectation>[0]) {
	const worlds = allStates(s);
	for (const id of new Set(worlds.flatMap((world) => ofKind(world, 'process')))) {
		const seen = new Set(worlds.flatMap((world) => (world.items[id] ? [text(world.items[id]!.props?.detail as LocalizedText)] : [])));
		expect([...seen], `${id} keeps its PID`).toHaveLength(1);
	}
}

const prop = (w: World, id: string, key: string) => w.items[id]?.props?.[key];
const propText = (w: World, id: string, key: string) => text(prop(w, id, key) as LocalizedText);
/** The output a step printed, without its command line. */
const outputOf = (s: Parameters<Expectation>[0], id: string) => linesOfStep(s, stepIndex(s, id)).slice(s.steps[stepIndex(s, id)]!.command === undefined ? 0 : 1);

export const houseExpectations: Record<string, Expectation> = {
	'board-house': (s) => {
		const w = final(s);
		expect(s.scene).toBe('house');
		expect(s.actors.map((a) => a.kind).sort()).toEqual(['host', 'house', 'kernel']);
		const kernel = s.actors.find((a) => a.kind === 'kernel')!;
		expect(children(w, kernel.id), 'the kernel holds no items').toEqual([]);
		const house = s.actors.find((a) => a.kind === 'house')!.id;
		const host = s.actors.find((a) => a.kind === 'host')!.id;
		const inHouse = children(w, house);

		// The floor: alpine's root directory; the metaphor stays beside the technical name.
		const floors = inHouse.filter((i) => i.kind === 'floor');
		expect(floors).toHaveLength(1);
		const floor = floors[0]!;
		expect(text(floor.label, 'en')).toMatch(/^Floor · .*chroot/);
		expect(text(floor.label, 'zh')).toMatch(/^地板 · .*chroot/);
		expect(children(w, floor.id).map((d) => text(d.label))).toEqual(ALPINE_ROOT);
		expect(children(w, floor.id).every((d) => d.kind === 'dir')).toBe(true);

		// Seven walls, one per namespace kind, each saying what it isolates and what sh sees.
		const walls = inHouse.filter((i) => i.kind === 'wall');
		expect(walls).toHaveLength(7);
		for (const [ns, side] of Object.entries(NAMESPACES)) {
			const wall = walls.find((i) => text(i.label, 'en') === `${ns} namespace`);
			expect(wall, `${ns} wall`).toBeDefined();
			expect(text(wall!.label, 'zh')).toBe(`${ns} 命名空间`);
			expect(wall!.props?.side, `${ns} side`).toBe(side);
			for (const key of ['detail', 'sees']) {
				expect(text(wall!.props![key] as LocalizedText, 'en').length, `${ns} ${key}`).toBeLessThanOrEqual(28);
				expect(text(wall!.props![key] as LocalizedText, 'zh').length, `${ns} ${key}`).toBeGreaterThan(0);
			}
		}
		// Honest about Docker's default: six walls are raised; the user wall is available but not used, and comes last.
		const user = walls.find((i) => text(i.label) === 'user namespace')!;
		expect(text(user.props!.state as LocalizedText)).toBe('off by default');
		expect(walls.filter((i) => i.props?.state === undefined)).toHaveLength(6);
		expect(walls.at(-1), 'the wall Docker leaves out is shown last').toBe(user);

		// The ceiling: the cgroup with its three gauges and the limits from docker run.
		const ceilings = inHouse.filter((i) => i.kind === 'ceiling');
		expect(ceilings).toHaveLength(1);
		const ceiling = ceilings[0]!;
		expect(text(ceiling.label, 'en')).toBe('Ceiling · cgroup');
		expect(text(ceiling.label, 'zh')).toBe('天花板 · cgroup');
		const gauges = children(w, ceiling.id);
		expect(gauges.map((g) => g.kind)).toEqual(['gauge', 'gauge', 'gauge']);
		const gauge = (label: string) => gauges.find((g) => text(g.label) === label)!;
		expect(gauge('memory').props).toMatchObject({ limit: 64, unit: 'MiB' });
		expect(gauge('cpu').props).toMatchObject({ limit: 0.5, used: 0.5, unit: 'CPU', detail: 'cpu.max = 50000 100000' });
		expect(gauge('pids').props).toMatchObject({ limit: 100, detail: 'pids.max = 100' });
		for (const g of gauges) expect(typeof g.props?.used, `${text(g.label)} used`).toBe('number');
		expect(text(gauge('memory').props!.state as LocalizedText)).toBe('OOM-killed');
		expect(text(gauge('cpu').props!.state as LocalizedText)).toBe('throttled');

		// Shown in teaching order (floor, walls, ceiling), all after the one docker run that made them.
		const run = stepIndex(s, 'docker-run');
		expect(s.steps[run]!.command).toBe('docker run -it -m 64m --cpus 0.5 --pids-limit 100 alpine sh');
		expect(s.terminal!.prompt).toBe('root@debian-lab:~# ');
		expect(stateAt(s, run + 1).items['proc-sh']?.in, 'sh is born in the house').toBe(house);
		expect(stateAt(s, run).items['proc-sh'], 'no sh before docker run').toBeUndefined();
		const added = (id: string) => allStates(s).findIndex((world) => world.items[id] !== undefined);
		const floorAt = added(floor.id);
		const wallsAt = walls.map((wall) => added(wall.id));
		expect(floorAt).toBeGreaterThan(run + 1);
		expect(Math.min(...wallsAt)).toBeGreaterThan(floorAt);
		expect(added(ceiling.id)).toBeGreaterThan(Math.max(...wallsAt));

		// Before docker run, a host shell sees the host; after it, sh sees only its own.
		expect(outputOf(s, 'host-root').join(' ')).toMatch(/\bboot\b/);
		const [hostname, count] = outputOf(s, 'host-view');
		expect(hostname).toBe('debian-lab');
		expect(Number(count)).toBeGreaterThan(100);
		// A process never changes its PID.
		expectNoPidChanges(s);
		const alpineLs = outputOf(s, 'lay-floor').join(' ').split(/\s+/).sort();
		expect(alpineLs).toEqual(['bin', 'dev', 'etc', 'home', 'lib', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var']);
		expect(outputOf(s, 'floor-holds')).toEqual(['ls: /boot: No such file or directory']);
		expect(outputOf(s, 'wall-mnt')[0]).toMatch(/^overlay \/ overlay /);
		expect(outputOf(s, 'wall-uts')).toEqual(['e67bbaa8b74c']);
		expect(text(w.items['host-hostname']!.label), 'the host keeps its name').toBe('debian-lab');
		const ps = outputOf(s, 'wall-pid');
		expect(ps.slice(1).map((l) => l.trim().split(/\s+/)[0])).toEqual(['1', '7']);
		expect(ps[1]).toMatch(/ sh$/);
		expect(prop(w, 'proc-sh', 'detail')).toBe('PID 1');
		expect(propText(w, 'host-sh', 'detail')).toMatch(/^PID 4711\b/);
		const ip = outputOf(s, 'wall-net').join('\n');
		expect(ip).toContain('inet 172.17.0.2/16');
		expect(ip).not.toContain('172.26.');
		expect(ip.match(/^\d+: (\w+)/gm)!.map((l) => l.split(' ')[1])).toEqual(['lo', 'eth0']);
		// busybox ipcs: a blank line, then queues, shared memory, semaphores, each followed by one.
		const ipcs = outputOf(s, 'wall-ipc');
		expect(ipcs.some((l) => l.startsWith('0x')), 'ipcs lists nothing').toBe(false);
		expect(ipcs.map((l) => (l.startsWith('------') ? l : l === '' ? '' : l.split(/\s+/)[1]))).toEqual(
			['', '------ Message Queues --------', 'msqid', '', '------ Shared Memory Segments --------', 'shmid', '', '------ Semaphore Arrays --------', 'semid', '']
		);
		expect(outputOf(s, 'wall-user')).toContain('         0          0 4294967295');
		expect(outputOf(s, 'wall-cgroup')).toEqual(['0::/']);
		expect(outputOf(s, 'ceiling')).toEqual(['67108864', '50000 100000', '100']);
		expect(outputOf(s, 'shared-kernel')).toEqual(['5.10.0-23-amd64']);

		// The memory hog climbs to the ceiling and is OOM-killed: exit status 137.
		const memoryAt = (id: string) => stateAt(s, stepIndex(s, id) + 1).items[gauge('memory').id]!.props!.used as number;
		const climb = ['hog-start', 'hog-grows', 'oom-kill'].map(memoryAt);
		expect(climb).toEqual([20, 48, 64]);
		expect(stateAt(s, stepIndex(s, 'hog-grows') + 1).items['proc-tail']?.in).toBe(house);
		expect(w.items['proc-tail'], 'the hog is gone').toBeUndefined();
		expect(ofKind(w, 'process').filter((id) => text(w.items[id]!.label) === 'tail')).toEqual([]);
		expect(outputOf(s, 'oom-kill')).toEqual(['Killed']);
		expect(linesOfStep(s, stepIndex(s, 'exit-137'))).toEqual(['echo $?', '137']);
		expect(lines(w)).toContain('oom_kill 1');
		expect(memoryAt('exit-137'), 'the memory is freed').toBeLessThan(64);

		// The CPU hog is throttled, not killed: nr_throttled keeps rising.
		expectItem(w, 'proc-yes', { kind: 'process', in: house, label: 'yes' });
		const throttled = outputOf(s, 'cpu-throttled').filter((l) => l.startsWith('nr_throttled ')).map((l) => Number(l.split(' ')[1]));
		expect(throttled).toHaveLength(2);
		expect(throttled[1]!).toBeGreaterThan(throttled[0]!);

		// The house's processes keep their host numbers too.
		expect(children(w, 'host-procs').map((p) => text(p.label))).toEqual(['systemd', 'bash', 'sh']);
		expect(propText(w, 'proc-yes', 'detail')).toMatch(/^PID \d+ · host \d+$/);
		expect(children(w, 'host-net').map((n) => text(n.label))).toEqual(['enp0s3', 'docker0']);
		expect(children(w, host).every((g) => g.kind === 'group')).toBe(true);
		expect(w.terminal.prompt).toBe('/ # ');
	},

	'who-builds-the-house': (s) => {
		const w = final(s);
		// From the flow scene into the house, zooming through the container dockerd created.
		expect(s.scene).toBe('flow');
		const into = s.steps.findIndex((step) => step.actions.some((a) => a.do === 'scene'));
		const zoom = s.steps[into]!.actions.find((a) => a.do === 'scene')!;
		expect(zoom).toMatchObject({ scene: 'house', zoom: 'ctr-e67bbaa8b74c' });
		expect(s.steps[into]!.id).toBe('runc-create');
		expectItem(w, 'ctr-e67bbaa8b74c', { kind: 'container', in: 'containers', label: 'brave_lamport' });
		expect(s.steps[0]!.command).toBe('docker run -it -m 64m --cpus 0.5 --pids-limit 100 alpine sh');

		// The job handed down: REST to dockerd (create, attach before start), gRPC to containerd, ttrpc to the shim.
		const sent = messages(s).filter((m) => !m.reverse);
		expect(sent.map((m) => m.link)).toEqual(['api', 'api', 'api', 'api', 'grpc', 'grpc', 'ttrpc']);
		expect(sent.map((m) => m.label.replace(/\?.*$/, ''))).toEqual([
			'POST /v1.43/containers/create',
			'POST /v1.43/containers/e67bbaa8b74c…/attach',
			'POST /v1.43/containers/e67bbaa8b74c…/wait',
			'POST /v1.43/containers/e67bbaa8b74c…/start',
			'Containers/Create',
			'Tasks/Create',
			'Task/Create'
		]);
		expect(s.links.map((l) => [l.from, l.to])).toEqual([
			['client', 'daemon'],
			['daemon', 'containerd'],
			['containerd', 'shim']
		]);

		// runc appears, builds, and is gone; the shim stays as sh's parent.
		const worlds = allStates(s);
		const runcAt = worlds.findIndex((world) => world.items['host-runc'] !== undefined);
		expect(runcAt - 1).toBe(into);
		expect(w.items['host-runc'], 'runc has exited').toBeUndefined();
		expect(children(w, 'host-procs').map((p) => text(p.label))).toEqual(['containerd', 'containerd-shim-runc-v2', 'sh']);
		expect(Object.values(w.items).filter((i) => /^runc\b/.test(text(i.label)) && i.kind === 'process')).toEqual([]);

		// The real order: cgroup and namespaces first (at clone), then the rootfs and pivot_root inside the new mnt namespace.
		const added = (id: string) => worlds.findIndex((world) => world.items[id] !== undefined);
		expect(added('ceiling')).toBe(added('wall-mnt'));
		expect(added('floor')).toBe(added('wall-mnt') + 1);
		expect(added('wall-mnt')).toBeGreaterThan(runcAt);
		const walls = children(w, 'house').filter((i) => i.kind === 'wall');
		expect(walls.map((i) => text(i.label))).toEqual(Object.keys(NAMESPACES).filter((n) => n !== 'user').concat('user').map((n) => `${n} namespace`));
		expect(walls.filter((i) => i.props?.state !== undefined).map((i) => text(i.label))).toEqual(['user namespace']);
		expect(children(w, 'floor').map((d) => text(d.label))).toEqual(ALPINE_ROOT);
		const gauges = children(w, 'ceiling');
		expect(gauges.map((g) => [text(g.label), g.props?.limit])).toEqual([
			['cpu', 0.5],
			['memory', 64],
			['pids', 100]
		]);

		// The child is PID 1 from birth and stays the same process when it execs sh.
		expectNoPidChanges(s);
		const born = added('proc-sh');
		expect(text(worlds[born]!.items['proc-sh']!.label)).toBe('runc init');
		expectItem(w, 'proc-sh', { kind: 'process', in: 'house', label: 'sh' });
		expect(prop(w, 'proc-sh', 'detail')).toBe('PID 1');
		expect(propText(w, 'host-sh', 'detail')).toMatch(/^PID 4711\b/);
		expect(text(w.items['host-sh']!.label)).toBe('sh');
		expect(w.terminal.prompt).toBe('/ # ');
	}
};
