/** Expected final worlds of the Kubernetes cluster scenarios (see shipped.test.ts). */
import { expect } from 'vitest';
import { allStates } from '../engine/state-at.ts';
import type { ItemState, World } from '../engine/world.ts';
import type { LocalizedText, Scenario } from '../scenario/schema.ts';
import { children, final, lines, linesOfStep, messages, ofKind, stepIndex, text, type Expectation } from './kit.ts';

/*
 * The cluster scene adds groups, actor groups, item refs and the open-stream / close-stream /
 * show-file / hide-file / move actions. The checks below read them from the scenario as plain
 * data, so they do not depend on how the engine or the schema types spell them.
 */
type Raw = Record<string, unknown>;
const raw = (value: unknown): Raw => value as Raw;
const rawActions = (s: Scenario, i: number): Raw[] => s.steps[i]!.actions.map(raw);
const allRawActions = (s: Scenario) => s.steps.flatMap((_, i) => rawActions(s, i).map((a) => ({ step: i, a })));
const refsOf = (item: ItemState | undefined): string[] => (item === undefined ? [] : ((raw(item).refs as string[] | undefined) ?? []));
const groupOf = (s: Scenario, actor: string): string | undefined => raw(s.actors.find((a) => a.id === actor) ?? {}).group as string | undefined;
const actorOfKind = (s: Scenario, kind: string): string[] => s.actors.filter((a) => a.kind === kind).map((a) => a.id);
const prop = (w: World, id: string, key: string): string => text(w.items[id]!.props![key] as LocalizedText);
const labelText = (value: unknown): string => text(value as LocalizedText);

/**
 * Kubernetes names. The pod-template-hash is rand.SafeEncodeString of a decimal uint32
 * (apimachinery/pkg/util/rand): each digit c becomes alphanums[c % 27], so only
 * 4 5 6 7 8 9 b c d f can appear, and it decodes back to a number below 2^32.
 * Pod name suffixes are rand.String(5): any 5 of the 27 safe characters.
 */
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';
const decodeHash = (hash: string): number => Number([...hash].map((ch) => [...'0123456789'].find((d) => SAFE[d.charCodeAt(0) % SAFE.length] === ch) ?? 'x').join(''));
function expectPodTemplateHash(hash: string) {
	expect(hash, 'pod-template-hash').toMatch(/^[4-9bcdf]{10}$/);
	const n = decodeHash(hash);
	expect(n, `${hash} decodes to a 10-digit uint32`).toBeGreaterThanOrEqual(1e9);
	expect(n).toBeLessThanOrEqual(4294967295);
}
const POD_NAME = /^nginx-([a-z0-9]{10})-([a-z0-9]{5})$/;

/** kubectl's table printer: text/tabwriter with minwidth 6, padding 3 (cli-runtime printers/tabwriter.go). */
function kubectlTable(rows: string[][]): string[] {
	const widths = rows[0]!.map((_, c) => Math.max(6, ...rows.map((r) => r[c]!.length + 3)));
	return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join(''));
}

/**
 * kubectl get -w: each watch event is one row, flushed as it comes, through the same
 * tabwriter with RememberWidths (cli-runtime's printers): a column widens for a longer cell
 * and never narrows again, so rows printed before a wider one keep their old alignment.
 */
function kubectlWatch(header: string[], events: string[][]): string[] {
	let widths = header.map(() => 0);
	const out: string[] = [];
	for (const flush of [[header, events[0]!], ...events.slice(1).map((e) => [e])]) {
		widths = widths.map((w, c) => Math.max(w, 6, ...flush.map((r) => r[c]!.length + 3)));
		out.push(...flush.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('')));
	}
	return out;
}

export const clusterExpectations: Record<string, Expectation> = {
	'kubectl-apply': (s) => {
		const w = final(s);
		expect(s.scene as string).toBe('cluster');

		// The stage: a control plane box and two worker nodes, each with a kubelet and containerd.
		const groups = (raw(s).groups as { id: string }[] | undefined) ?? [];
		expect(groups.map((g) => g.id)).toEqual(['control-plane', 'node-1', 'node-2']);
		const [apiserver] = actorOfKind(s, 'apiserver');
		const [etcd] = actorOfKind(s, 'etcd');
		const [scheduler] = actorOfKind(s, 'scheduler');
		const [cm] = actorOfKind(s, 'controller-manager');
		const [kubectl] = actorOfKind(s, 'client');
		for (const id of [apiserver, etcd, scheduler, cm]) expect(groupOf(s, id!), `${id} is on the control plane`).toBe('control-plane');
		expect(groupOf(s, kubectl!), 'kubectl stands outside the cluster').toBeUndefined();
		const nodes = ['node-1', 'node-2'];
		const kubeletOn = (node: string) => actorOfKind(s, 'kubelet').find((a) => groupOf(s, a) === node)!;
		const runtimeOn = (node: string) => actorOfKind(s, 'runtime').find((a) => groupOf(s, a) === node)!;
		for (const node of nodes) {
			expect(kubeletOn(node), `a kubelet on ${node}`).toBeDefined();
			expect(runtimeOn(node), `containerd on ${node}`).toBeDefined();
		}
		expect(s.terminal?.actor).toBe(kubectl);
		expect(s.terminal?.prompt).toBe('root@k8s-master:~# ');
		const linkBetween = (from: string, to: string) => s.links.find((l) => l.from === from && l.to === to)?.id;
		const criLink = (node: string) => linkBetween(kubeletOn(node), runtimeOn(node))!;
		const kubeletLink = (node: string) => linkBetween(kubeletOn(node), apiserver!)!;
		expect(s.links.find((l) => l.id === criLink('node-1'))?.label).toBe('CRI (gRPC)');

		// Only the API server talks to etcd: every link touching etcd runs from it.
		const etcdLinks = s.links.filter((l) => l.from === etcd || l.to === etcd);
		expect(etcdLinks.map((l) => [l.from, l.to])).toEqual([[apiserver, etcd]]);
		// Everything else is a spoke to the API server, or a kubelet's CRI link to its own containerd.
		for (const l of s.links) {
			if (l.to === apiserver) continue;
			if (l.from === apiserver && l.to === etcd) continue;
			expect(actorOfKind(s, 'kubelet'), `link ${l.id}`).toContain(l.from);
			expect(actorOfKind(s, 'runtime'), `link ${l.id}`).toContain(l.to);
		}
		const sent = messages(s);
		const etcdWrites = sent.filter((m) => m.link === etcdLinks[0]!.id && !m.reverse).map((m) => m.label);
		expect(etcdWrites).toContain('Txn: put /registry/deployments/default/nginx');

		// Long-lived watches, opened as streams in the first step and never closed.
		const streams = allRawActions(s).filter(({ a }) => a.do === 'open-stream');
		expect(streams.map(({ step }) => step).every((i) => i === 0), 'the watches open in step 1').toBe(true);
		expect(allRawActions(s).filter(({ a }) => a.do === 'close-stream'), 'the watches stay open').toEqual([]);
		const openAtEnd = ((raw(w).streams as { id: string }[] | undefined) ?? []).map((st) => st.id);
		expect(openAtEnd.sort(), 'still open in the final world').toEqual(streams.map(({ a }) => a.id as string).sort());
		const streamOn = (link: string) => streams.filter(({ a }) => a.link === link).map(({ a }) => labelText(a.label));
		for (const node of nodes) expect(streamOn(kubeletLink(node))).toEqual([`GET /api/v1/pods?fieldSelector=spec.nodeName%3D${node}&watch=true`]);
		const cmLink = linkBetween(cm!, apiserver!)!;
		const schedLink = linkBetween(scheduler!, apiserver!)!;
		expect(streamOn(cmLink)).toEqual(['GET /apis/apps/v1/deployments?watch=true', 'GET /apis/apps/v1/replicasets?watch=true']);
		// The scheduler watches every non-terminal pod (scheduler.go newPodInformer), not only unscheduled ones.
		expect(streamOn(schedLink)).toHaveLength(1);
		expect(streamOn(schedLink)[0]).toMatch(/^GET \/api\/v1\/pods\?fieldSelector=status\.phase%21%3DSucceeded.*&watch=true$/);
		expect(new Set(streams.map(({ a }) => a.id)).size, 'stream ids are unique').toBe(streams.length);
		// Watch events only come back over a link that holds an open watch.
		const watched = new Set(streams.map(({ a }) => a.link as string));
		for (const m of sent.filter((m) => /^(ADDED|MODIFIED|DELETED) /.test(m.label))) {
			expect(m.reverse, m.label).toBe(true);
			expect(watched, `${m.label} arrives on a watch`).toContain(m.link);
		}

		// The manifest, shown while it is explained.
		const files = allRawActions(s).filter(({ a }) => a.do === 'show-file');
		expect(files).toHaveLength(1);
		expect(files[0]!.a.title).toBe('nginx-deploy.yaml');
		const yaml = (files[0]!.a.lines as string[]).map((l) => l.trim());
		for (const l of ['apiVersion: apps/v1', 'kind: Deployment', 'name: nginx', 'replicas: 2', 'app: nginx', 'image: nginx:1.25', '- containerPort: 80']) expect(yaml).toContain(l);
		expect(allRawActions(s).some(({ a, step }) => a.do === 'hide-file' && step > files[0]!.step)).toBe(true);

		// kubectl apply, client-side: GET (404), then POST with its field manager.
		const apply = stepIndex(s, 'get-then-post');
		expect(s.steps[apply]!.command).toBe('kubectl apply -f nginx-deploy.yaml');
		const kubectlLink = linkBetween(kubectl!, apiserver!)!;
		const applied = sent.filter((m) => m.step === apply && m.link === kubectlLink).map((m) => `${m.reverse ? '<' : '>'} ${m.label}`);
		expect(applied).toEqual([
			'> GET /apis/apps/v1/namespaces/default/deployments/nginx',
			'< 404 Not Found',
			'> POST /apis/apps/v1/namespaces/default/deployments?fieldManager=…'
		]);
		expect(lines(w)).toContain('deployment.apps/nginx created');
		expect(lines(w).indexOf('deployment.apps/nginx created')).toBe(lines(w).indexOf('kubectl apply -f nginx-deploy.yaml') + 1);

		// etcd: the Deployment, its ReplicaSet, and two pods bound to the two nodes.
		const objects = children(w, etcd!).filter((i) => i.kind === 'object');
		const byLabel = (prefix: string) => objects.filter((o) => text(o.label).startsWith(prefix));
		const [deploy] = byLabel('deployment/');
		expect(text(deploy!.label)).toBe('deployment/nginx');
		expect(prop(w, deploy!.id, 'detail')).toBe('replicas: 2');
		const rss = byLabel('replicaset/');
		expect(rss).toHaveLength(1);
		const rs = rss[0]!;
		const hash = text(rs.label).replace(/^replicaset\/nginx-/, '');
		expectPodTemplateHash(hash);
		expect(refsOf(rs), 'the ReplicaSet is owned by the Deployment').toEqual([deploy!.id]);
		const podObjects = byLabel('pod/');
		expect(podObjects).toHaveLength(2);
		const podNames = podObjects.map((o) => text(o.label).replace(/^pod\//, ''));
		for (const name of podNames) {
			const [, h, suffix] = POD_NAME.exec(name) ?? [];
			expect(h, `${name}: nginx-<hash>-<suffix>`).toBe(hash);
			expect(suffix).toMatch(new RegExp(`^[${SAFE}]{5}$`));
		}
		expect(new Set(podNames).size).toBe(2);
		for (const o of podObjects) {
			expect(refsOf(o), `${text(o.label)} is owned by the ReplicaSet`).toEqual([rs.id]);
			expect(prop(w, o.id, 'state')).toBe('Running');
		}
		expect(podObjects.map((o) => prop(w, o.id, 'detail')).sort()).toEqual(['nodeName: node-1', 'nodeName: node-2']);
		// The control-plane node is there, with the taint that filters it out for these pods.
		expect(objects.some((o) => text(o.label) === 'node/k8s-master' && prop(w, o.id, 'detail') === 'taint control-plane:NoSchedule')).toBe(true);
		// The pods were created with no nodeName: Pending until bound.
		const created = stepIndex(s, 'replicaset-controller');
		const afterCreate = allStates(s)[created + 1]!;
		for (const o of podObjects) {
			expect(prop(afterCreate, o.id, 'state')).toBe('Pending');
			expect(prop(afterCreate, o.id, 'detail')).not.toMatch(/node-\d/);
		}
		expect(sent.filter((m) => m.link === cmLink && m.label === 'POST /api/v1/namespaces/default/pods')).toHaveLength(2);
		expect(sent.some((m) => m.link === cmLink && m.label === 'POST /apis/apps/v1/namespaces/default/replicasets')).toBe(true);

		// The scheduler binds each pod through its binding subresource, on its own link only.
		const bindings = sent.filter((m) => m.label.endsWith('/binding'));
		expect(bindings.map((m) => m.link)).toEqual([schedLink, schedLink]);
		expect(bindings.map((m) => m.label).sort()).toEqual(podNames.map((n) => `POST /api/v1/namespaces/default/pods/${n}/binding`).sort());
		for (const n of podNames) expect(etcdWrites.filter((l) => l === `Txn: put /registry/pods/default/${n}`).length, n).toBeGreaterThanOrEqual(3);
		const bound = Math.max(...bindings.map((m) => m.step));

		// On each node: the pod the API server bound there, its nginx container, the image it refers to.
		const pods = ofKind(w, 'pod').map((id) => w.items[id]!);
		expect(pods).toHaveLength(2);
		for (const node of nodes) {
			const here = pods.filter((p) => p.in === runtimeOn(node));
			expect(here, `one pod on ${node}`).toHaveLength(1);
			const pod = here[0]!;
			expect(prop(w, pod.id, 'state')).toBe('Running');
			const object = podObjects.find((o) => text(o.label) === `pod/${text(pod.label)}`);
			expect(object, `${text(pod.label)} is stored in etcd`).toBeDefined();
			expect(prop(w, object!.id, 'detail')).toBe(`nodeName: ${node}`);
			const containers = children(w, pod.id);
			expect(containers.map((c) => [c.kind, text(c.label)])).toEqual([['container', 'nginx']]);
			expect(prop(w, containers[0]!.id, 'state')).toBe('Running');
			const [image] = refsOf(containers[0]);
			expect(w.items[image!]?.in, 'the container refers to the image on its own node').toBe(runtimeOn(node));
			expect(text(w.items[image!]!.label)).toBe('nginx:1.25');
			// Started only after the binding, over CRI in kubelet order, and reported back as status.
			expect(allStates(s).findIndex((world) => world.items[pod.id] !== undefined) - 1).toBeGreaterThan(bound);
			const cri = sent.filter((m) => m.link === criLink(node) && !m.reverse).map((m) => m.label);
			// CRI v1 (k8s.io/cri-api runtime/v1): RuntimeService and ImageService, in the kubelet's order.
			expect(cri).toEqual(['RuntimeService/RunPodSandbox', 'ImageService/PullImage', 'RuntimeService/CreateContainer', 'RuntimeService/StartContainer']);
			const fromApi = sent.filter((m) => m.link === kubeletLink(node));
			expect(fromApi.filter((m) => m.reverse && m.label.startsWith('ADDED ')).map((m) => m.label)).toEqual([`ADDED pod/${text(pod.label)}`]);
			const requests = fromApi.filter((m) => !m.reverse && !m.label.includes('watch=true'));
			expect(requests.map((m) => m.label)).toEqual([`PATCH …/pods/${text(pod.label)}/status`]);
		}
		// Both nodes act at once: each node-2 call starts together with node-1's.
		const start = rawActions(s, stepIndex(s, 'kubelets-start'));
		start.forEach((a, i) => {
			if (a.do === 'send' && a.link === criLink('node-2')) {
				expect(a.together, `${labelText(a.label)} on node-2`).toBe(true);
				expect(start[i - 1]!.link).toBe(criLink('node-1'));
				expect(start[i - 1]!.label).toEqual(a.label);
			}
		});
		// Nothing left waiting in the scheduler.
		for (const queue of children(w, scheduler!)) expect(children(w, queue.id), `${queue.id} is empty`).toEqual([]);

		// kubectl get pods: the table exactly as kubectl prints it, one row per pod, sorted by name.
		const table = kubectlTable([['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], ...[...podNames].sort().map((n) => [n, '1/1', 'Running', '0', '24s'])]);
		expect(table[0]).toBe('NAME                     READY   STATUS    RESTARTS   AGE');
		expect(linesOfStep(s, stepIndex(s, 'get-pods'))).toEqual(['kubectl get pods', ...table]);
		expect(lines(w).slice(-2)).toEqual(['nginx-5f8c9d7b46-m2w9r   1/1     Running   0          24s', 'nginx-5f8c9d7b46-x7kqp   1/1     Running   0          24s']);
		expect(sent.some((m) => m.link === kubectlLink && m.label === 'GET /api/v1/namespaces/default/pods?limit=500')).toBe(true);

		// kubectl get pods -w in the second window: silent until the pods exist, then one row per event.
		expect(s.steps[0]!.command).toBe('kubectl get pods -w');
		expect(s.steps[0]!.terminal).toBe('watch');
		expect(streamOn(kubectlLink)).toContain('GET /api/v1/namespaces/default/pods?watch=true');
		// Events come in the order the pods were made (x7kqp first, as etcd stores them).
		const made = ['nginx-5f8c9d7b46-x7kqp', 'nginx-5f8c9d7b46-m2w9r'];
		expect([...podNames].sort()).toEqual([...made].sort());
		const event = (ready: string, status: string, ages: string[]) => made.map((n, i) => [n, ready, status, '0', ages[i]!]);
		const watch = kubectlWatch(['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], [
			...event('0/1', 'Pending', ['0s', '0s']), // created by the replicaset controller
			...event('0/1', 'Pending', ['0s', '0s']), // bound: spec.nodeName set
			...event('0/1', 'ContainerCreating', ['0s', '0s']),
			...event('1/1', 'Running', ['5s', '6s'])
		]);
		expect(w.terminals.watch!.lines.map((l) => text(l.text))).toEqual(['kubectl get pods -w', ...watch]);
		expect(watch.at(-1)).toBe('nginx-5f8c9d7b46-m2w9r   1/1     Running             0          6s');
		// While the watch runs, no prompt waits in its window.
		expect(w.terminals.watch!.prompt).toBe('');
		expect(linesOfStep(s, stepIndex(s, 'replicaset-controller')), 'the main terminal prints nothing while the pods are made').toEqual([]);

		// Every ref points at something on stage.
		for (const item of Object.values(w.items)) for (const ref of refsOf(item)) expect(w.items[ref], `${item.id} → ${ref}`).toBeDefined();
	}
};
