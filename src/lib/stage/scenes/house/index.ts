/**
 * The house scene: a container's board house on its host. Actors of kind host (left),
 * house (right) and kernel (the shared band underneath); in the house one floor, walls,
 * one ceiling with gauges, and the processes living inside.
 */
import type { Actor, Scenario } from '../../../scenario/schema.ts';
import type { World } from '../../../engine/world.ts';
import type { SceneModule, ScenarioProblem } from '../scene-module.ts';
import { layoutHouse, ROOM } from './layout.ts';

/** The actors this scene shows: those that name it, or (naming none) the scenario's own scene. */
const houseActors = (scenario: Scenario): [Actor, number][] =>
	scenario.actors.flatMap((a, i): [Actor, number][] => ((a.scene ?? scenario.scene) === 'house' ? [[a, i]] : []));

function problems(scenario: Scenario): ScenarioProblem[] {
	const actors = houseActors(scenario);
	if (actors.length === 0) return [];
	const out: ScenarioProblem[] = [];
	for (const kind of ['house', 'host', 'kernel']) {
		const ofKind = actors.filter(([a]) => a.kind === kind);
		if (kind === 'house' && ofKind.length === 0)
			out.push({ path: ['actors'], message: 'the house scene draws a board house: give one of its actors "kind": "house"' });
		for (const [a, i] of ofKind.slice(1))
			out.push({ path: ['actors', i, 'kind'], message: `the house scene has room for one "${kind}" actor; "${ofKind[0]![0].id}" is already one, so "${a.id}" would not be drawn` });
	}
	return out;
}

/** The house holds one floor and one ceiling: a second one would be drawn over the first. */
function placeProblems(scenario: Scenario, world: World, id: string): string[] {
	const item = world.items[id]!;
	if (item.kind !== 'floor' && item.kind !== 'ceiling') return [];
	const house = houseActors(scenario).find(([a]) => a.kind === 'house')?.[0];
	if (!house || item.in !== house.id) return [];
	const other = Object.values(world.items).find((i) => i.id !== id && i.in === house.id && i.kind === item.kind);
	return other ? [`the board house already has a ${item.kind}, "${other.id}": remove it first (a house has one ${item.kind})`] : [];
}

export const house: SceneModule = {
	summary: "a container's board house on its host: host (left), house (right), both standing on the kernel (the ground underneath); a floor, namespace walls standing on it and a cgroup ceiling as the roof",
	// The camera flies through the container into its board house: the lesson's best moment.
	camera: { move: 'zoom', seconds: 1.8 },
	actorKinds: {
		host: { tone: 'host' },
		// The house is drawn by what is built of it; the kernel is the ground (actors/*.svelte).
		house: { tone: 'house', inlineTitle: true, draw: 'own' },
		kernel: { tone: 'kernel', fill: 'kernel-fill', draw: 'own' }
	},
	itemKinds: {
		floor: { header: 40, tone: 'floor', radius: 4, enter: 'rise', inlineDetail: true, word: { zh: '地板', en: 'floor', enPlural: 'floors' } },
		ceiling: { header: 36, tone: 'ceiling', radius: 4, enter: 'drop', inlineDetail: true, word: { zh: '天花板', en: 'ceiling', enPlural: 'ceilings' } },
		wall: { header: 34, draw: 'own', radius: 3, fontSize: 17, enter: 'grow', word: { zh: '墙', en: 'wall', enPlural: 'walls' } },
		gauge: { header: 52, draw: 'meter', mono: true, fontSize: 15, word: { zh: '仪表', en: 'gauge', enPlural: 'gauges' } },
		dir: { header: 30, tone: 'floor', fill: 'panel', radius: 4, mono: true, fontSize: 15, word: { zh: '目录', en: 'directory', enPlural: 'directories' } },
		nic: { header: 34, radius: 4, mono: true, fontSize: 16, icon: '⇄', word: { zh: '网卡', en: 'network interface', enPlural: 'network interfaces' } }
	},
	layout: layoutHouse,
	// Its pieces keep fixed places and write at sizes that fit them (vertical.ts, room.ts): it fits the wall.
	fitsWall: () => true,
	// While a step is about a wall, what the process sees through it is written in the room (Backdrop.svelte).
	frames: (_, world) => (world.focus.some((id) => world.items[id]?.kind === 'wall' && world.items[id]?.props?.sees !== undefined) ? [ROOM] : []),
	problems,
	placeProblems
};
