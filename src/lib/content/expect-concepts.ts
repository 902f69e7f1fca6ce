/** Expected final worlds of the concept scenarios (see shipped.test.ts). */
import { expect } from 'vitest';
import { allStates } from '../engine/state-at.ts';
import { subtreeIds, type ItemState, type World } from '../engine/world.ts';
import type { LocalizedText, Scenario } from '../scenario/schema.ts';
import { children, expectItem, final, messages, text, type Expectation } from './kit.ts';

/** Everything nested inside an actor or item (not the holder itself), in drawing order. */
const inside = (w: World, holder: string): ItemState[] =>
	children(w, holder).flatMap((c) => subtreeIds(w.items, c.id).map((id) => w.items[id]!));
const kinds = (items: ItemState[], kind: string) => items.filter((i) => i.kind === kind);
/** Where an item was added from (the `from` of its add action), if anywhere. */
const addedFrom = (s: Scenario, id: string): string | undefined => {
	for (const step of s.steps) for (const a of step.actions) if (a.do === 'add' && a.item.id === id) return a.from;
	return undefined;
};
/** Kind and English label of each child, in drawing order: what a box holds. */
const contents = (w: World, id: string) => children(w, id).map((c) => `${c.kind}:${text(c.label)}`);

export const conceptExpectations: Record<string, Expectation> = {
	'container-vs-vm': (s) => {
		const w = final(s);
		// Both stacks read top-down: what runs on top, hardware at the bottom.
		const vmStack = children(w, 'vm').map((i) => i.kind);
		const ctrStack = children(w, 'containers').map((i) => i.kind);
		expect(vmStack).toEqual(['vms', 'hypervisor', 'hardware']);
		expect(ctrStack).toEqual(['ctrs', 'engine', 'os', 'hardware']);

		// Every VM carries its own guest OS with its own kernel, under its app.
		const vms = children(w, 'vms');
		expect(vms.length).toBeGreaterThanOrEqual(2);
		for (const vm of vms) {
			expect(vm.kind).toBe('vm');
			const own = inside(w, vm.id);
			expect(kinds(own, 'process'), `${vm.id} runs one app`).toHaveLength(1);
			expect(kinds(own, 'os'), `${vm.id} has one guest OS`).toHaveLength(1);
			expect(kinds(own, 'kernel'), `${vm.id} has one kernel`).toHaveLength(1);
		}
		expect(kinds(inside(w, 'vm'), 'kernel')).toHaveLength(vms.length);
		expect(kinds(inside(w, 'vm'), 'hypervisor')).toHaveLength(1);

		// Containers: one kernel on the whole side, the host's, and none inside any container.
		const containers = children(w, 'ctrs');
		expect(containers.length).toBe(vms.length);
		for (const c of containers) {
			expect(c.kind).toBe('container');
			expect(kinds(inside(w, c.id), 'process')).toHaveLength(1);
			expect(kinds(inside(w, c.id), 'kernel'), `no kernel inside ${c.id}`).toEqual([]);
			expect(kinds(inside(w, c.id), 'os'), `no OS inside ${c.id}`).toEqual([]);
		}
		const kernels = kinds(inside(w, 'containers'), 'kernel');
		expect(kernels).toHaveLength(1);
		expect(w.items[kernels[0]!.id]!.in).toBe('host-os');
		expect(kinds(inside(w, 'containers'), 'hypervisor')).toEqual([]);

		// The costs: one pair of bars per metric, on one scale, the container's far smaller.
		const bars = kinds(inside(w, 'cost'), 'bar');
		const metrics = [...new Set(bars.map((b) => b.props?.metric))];
		expect(metrics).toEqual(['start', 'memory', 'disk']);
		for (const metric of metrics) {
			const pair = bars.filter((b) => b.props?.metric === metric);
			const vm = pair.find((b) => b.props?.side === 'vm')!;
			const ctr = pair.find((b) => b.props?.side === 'container')!;
			expect(pair).toHaveLength(2);
			expect(ctr.props?.max, `${metric}: same scale`).toBe(vm.props?.max);
			expect(ctr.props?.unit, `${metric}: same unit`).toBe(vm.props?.unit);
			expect(ctr.props?.value as number, `${metric}: the container costs less`).toBeLessThan((vm.props?.value as number) / 10);
			expect(vm.props?.value as number).toBeLessThanOrEqual(vm.props?.max as number);
			// The VM bar sits on the left, the container's on the right, like the actors.
			expect(children(w, vm.in).map((b) => b.id)).toEqual([vm.id, ctr.id]);
			// The numbers are approximate: the group or the bar says so.
			const said = `${text(w.items[vm.in]!.label)} ${text(vm.props!.detail as LocalizedText)}`;
			expect(said, `${metric} is marked typical`).toMatch(/typical/i);
		}
		const start = (side: string) => bars.find((b) => b.props?.metric === 'start' && b.props?.side === side)!;
		expect(start('vm').props?.unit).toBe('s');
		expect(start('vm').props?.value as number).toBeGreaterThanOrEqual(10);
		expect(start('container').props?.value as number).toBeLessThan(1);
		const disk = bars.find((b) => b.props?.metric === 'disk' && b.props?.side === 'container')!;
		expect(disk.props?.value, 'the lesson\'s busybox image').toBe(1.24);

		// The close: what both share, and the trade-off each side makes.
		expect(text(w.items['common']!.props!.detail as never, 'zh')).toContain('隔离资源');
		expect(text(w.items['common']!.props!.detail as never, 'zh')).toContain('提高利用率');
		expect(text(w.items['vms']!.props!.state as never, 'zh')).toContain('隔离最强');
		expect(text(w.items['ctrs']!.props!.state as never, 'zh')).toContain('轻');
	},

	'isolation-history': (s) => {
		const w = final(s);
		// Four eras, left to right, each with its year.
		expect(s.actors.map((a) => a.id)).toEqual(['chroot', 'namespace', 'cgroup', 'docker']);
		const eras: [string, number, string][] = [
			['chroot', 1979, 'Version 7 Unix'],
			['namespace', 2002, 'Linux 2.4.19'],
			['cgroup', 2008, 'Linux 2.6.24'],
			['docker', 2013, 'dotCloud']
		];
		for (const [actor, year, where] of eras) {
			const facts = children(w, actor).filter((i) => i.props?.year !== undefined);
			expect(facts, `${actor}: one year`).toHaveLength(1);
			expect(facts[0]!.props!.year).toBe(year);
			expect(text(facts[0]!.label)).toBe(String(year));
			expect(facts[0]!.props!.detail).toBe(where);
			const actorOf = s.actors.find((a) => a.id === actor)!;
			expect(text(actorOf.sublabel!)).toBe(`${where === 'Version 7 Unix' ? 'UNIX V7' : where} · ${year}`);
		}
		// Links join consecutive eras, and every message travels forward in time.
		expect(s.links.map((l) => [l.from, l.to])).toEqual([
			['chroot', 'namespace'],
			['namespace', 'cgroup'],
			['cgroup', 'docker']
		]);
		const sent = messages(s);
		expect(new Set(sent.map((m) => m.link)).size).toBe(3);
		expect(sent.every((m) => !m.reverse)).toBe(true);

		// Each era's part of the board house: chroot the floor, namespaces the walls, cgroups the ceiling.
		expectItem(w, 'floor', { kind: 'floor', in: 'chroot' });
		expectItem(w, 'walls', { in: 'namespace' });
		expectItem(w, 'ceiling', { kind: 'ceiling', in: 'cgroup' });
		const walls = children(w, 'walls');
		expect(walls.every((i) => i.kind === 'wall')).toBe(true);
		expect(text(walls[0]!.label), 'mount came first').toBe('mnt · 2.4.19');
		expect(walls.map((i) => text(i.label).split(' · ')[1])).toEqual(['2.4.19', '2.6.19', '2.6.24', '2.6.29', '3.8']);
		// The first namespace arrived with 2002, the walls were complete only with Linux 3.8 (2013).
		const wallsAt = (n: number) => allStates(s)[n]!.items;
		const stepOf = (id: string) => s.steps.findIndex((step) => step.actions.some((a) => a.do === 'add' && a.item.id === id));
		expect(stepOf('wall-mnt')).toBe(stepOf('ns-year'));
		expect(Object.hasOwn(wallsAt(stepOf('ns-year') + 1), 'wall-user')).toBe(false);

		// 2.6.24 brought the cgroup core with CPU controllers; the memory controller came in 2.6.25.
		const cgroupStep = s.steps.find((step) => step.id === 'cgroup-2008')!;
		for (const lang of ['zh', 'en'] as const) {
			expect(text(cgroupStep.caption, lang), `cgroup-2008 ${lang}`).toContain('2.6.25');
			expect(text(cgroupStep.notes!, lang), `cgroup-2008 ${lang} notes`).toMatch(/cpu, cpuset|cpu、cpuset/);
		}
		// Both languages carry the same facts.
		const walls2 = s.steps.find((step) => step.id === 'more-walls')!;
		for (const lang of ['zh', 'en'] as const) expect(text(walls2.notes!, lang)).toMatch(/cgroup[^0-9]*4\.6.*time[^0-9]*5\.6/);
		const ns = s.steps.find((step) => step.id === 'namespace-2002')!;
		for (const lang of ['zh', 'en'] as const) expect(text(ns.notes!, lang)).toContain('CLONE_NEWNS');

		// Docker, the builder, puts the three parts together: ceiling on top, floor at the bottom.
		expectItem(w, 'house', { kind: 'container', in: 'docker' });
		expect(children(w, 'house').map((i) => i.kind)).toEqual(['ceiling', 'wall', 'floor']);
		expect(children(w, 'house').map((i) => addedFrom(s, i.id))).toEqual(['ceiling', 'walls', 'floor']);
		expect(stepOf('house')).toBe(s.steps.length - 1);
	},

	'what-is-a-container': (s) => {
		const w = final(s);
		// Software containers, drawn as the shipping containers they are named after.
		const onLaptop = children(w, 'laptop').filter((i) => i.kind === 'shipping-container');
		const onServer = children(w, 'server').filter((i) => i.kind === 'shipping-container');
		expect(onLaptop.map((i) => i.id)).toEqual(['box-laptop']);
		expect(onServer.map((i) => i.id)).toEqual(['redis', 'box-server']);
		// The box arrives unchanged: the same process and the same files, in the same order.
		const packed = contents(w, 'box-laptop');
		expect(packed[0]).toBe('process:python app.py');
		expect(packed).toContain('layer:Python 3.10');
		expect(contents(w, 'box-server')).toEqual(packed);
		expect(text(w.items['box-server']!.label)).toBe(text(w.items['box-laptop']!.label));
		// Nothing of it is left loose on the laptop.
		expect(children(w, 'laptop')).toEqual([w.items['box-laptop']]);

		// In transit it is an image: the files, sealed, and no process (processes do not travel).
		expectItem(w, 'img-myapp', { kind: 'image', in: 'registry' });
		expect(contents(w, 'img-myapp')).toEqual(packed.filter((c) => c.startsWith('layer:')));
		// It visibly travels: laptop → registry → server, layer by layer.
		expect(addedFrom(s, 'img-myapp')).toBe('box-laptop');
		expect(addedFrom(s, 'box-server')).toBe('img-myapp');
		for (const layer of children(w, 'box-server').filter((i) => i.kind === 'layer')) {
			const via = addedFrom(s, layer.id);
			expect(w.items[via!]?.in, `${layer.id} came from the image`).toBe('img-myapp');
			expect(addedFrom(s, via!), `${via} came from the laptop's box`).toMatch(/^box-laptop-/);
		}
		expect(messages(s).some((m) => m.link === 'push' && m.label.startsWith('docker push'))).toBe(true);
		expect(messages(s).some((m) => m.link === 'pull' && m.label.startsWith('docker pull') && !m.reverse)).toBe(true);
		// A bare myapp:1.0 would mean docker.io/library/myapp, where a push is denied: the name carries a user.
		const ref = text(w.items['img-myapp']!.label);
		expect(ref).toMatch(/^[a-z0-9]+\/myapp:1\.0$/);
		expect(messages(s).filter((m) => m.label.startsWith('docker p')).map((m) => m.label)).toEqual([`docker push ${ref}`, `docker pull ${ref}`]);
		// Not seeing each other is not the same as not disturbing each other: that takes limits.
		const neighbours = s.steps.find((step) => step.id === 'neighbours')!;
		expect(text(neighbours.caption, 'zh')).toContain('限额');
		expect(text(neighbours.caption, 'en')).toMatch(/limits/);
		expect(text(s.summary!, 'zh')).toContain('限额');
		expect(text(s.summary!, 'en')).toMatch(/limits/);

		// The neighbour is untouched: same contents as at the start, still running.
		const initially = s.initial.items.filter((i) => i.in === 'redis').map((i) => `${i.kind}:${text(i.label)}`);
		expect(contents(w, 'redis')).toEqual(initially);
		expect(text(w.items['redis']!.props!.state as LocalizedText)).toBe('running');
		expect(text(w.items['box-server']!.props!.state as LocalizedText)).toBe('running');
	}
};
