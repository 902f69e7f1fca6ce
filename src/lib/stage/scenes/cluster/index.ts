/**
 * The cluster scene (Kubernetes): the control plane on top — kube-apiserver as the hub,
 * etcd beside it, the scheduler and the controller manager above it — the worker nodes
 * below (kubelet, container runtime, their pods), kubectl outside every box. Watches are
 * streams held open along the wires.
 */
import type { Scenario } from '../../../scenario/schema.ts';
import type { SceneModule, ScenarioProblem } from '../scene-module.ts';
import { layoutCluster } from './layout.ts';

function problems(scenario: Scenario): ScenarioProblem[] {
	const shown = scenario.actors.map((a, i) => [a, i] as const).filter(([a]) => (a.scene ?? scenario.scene) === 'cluster');
	if (shown.length === 0) return [];
	const groups = scenario.groups ?? [];
	if (groups.length === 0)
		return [{ path: ['scene'], message: 'the cluster scene draws the first of "groups" as the control plane and the others as nodes: add "groups"' }];
	const plane = groups[0]!;
	const out: ScenarioProblem[] = [];
	if (!shown.some(([a]) => a.group === plane.id))
		out.push({ path: ['groups', 0], message: `the first group ("${plane.id}") is drawn as the control plane: put the apiserver actor in it ("group": "${plane.id}")` });
	const hubs = shown.filter(([a]) => a.kind === 'apiserver');
	for (const [a, i] of hubs)
		if (a.group !== plane.id) out.push({ path: ['actors', i, 'group'], message: `the apiserver "${a.id}" is the hub of the control plane: give it "group": "${plane.id}"` });
	return out;
}

export const cluster: SceneModule = {
	summary: 'a Kubernetes cluster: the control plane on top (kube-apiserver as the hub, etcd, scheduler, controller manager), worker nodes below (kubelet, runtime, pods), kubectl outside; watches drawn as open streams',
	// A cluster is not inside any one item on another scene: the pictures cross-fade.
	camera: { move: 'fade', seconds: 0.9 },
	actorKinds: {
		apiserver: { tone: 'daemon' },
		etcd: { tone: 'registry' },
		scheduler: { tone: 'house' },
		'controller-manager': { tone: 'house' },
		kubelet: { tone: 'client' },
		runtime: { tone: 'host' }
	},
	itemKinds: {
		object: { header: 32, tone: 'tag', radius: 4, mono: true, fontSize: 15, icon: '◇', word: { zh: '对象', en: 'object', enPlural: 'objects' } },
		pod: { header: 36, tone: 'layer', radius: 12, mono: true, fontSize: 15, icon: '⬡', word: { zh: '容器组', en: 'pod', enPlural: 'pods' } },
		queue: { header: 32, draw: 'group', radius: 8, fontSize: 15, word: { zh: '队列', en: 'queue', enPlural: 'queues' } }
	},
	layout: layoutCluster,
	problems
};
