/**
 * A large scenario for the scale benchmark: a flow scene (client, daemon, registry) where
 * `items` items are added over the first steps (two per step, in groups of 30), and the
 * remaining steps update them, send messages and print lines — all valid by construction
 * (the benchmark still runs it through the validator).
 */
import type { Action, Item, Scenario, Step } from '../../src/lib/scenario/schema.ts';

export function generateScenario(steps: number, items = 300, id = 'docker-pull'): Scenario {
	const all: Item[] = [];
	const perGroup = 30;
	const groups = Math.ceil(items / perGroup);
	for (let g = 0; g < groups && all.length < items; g++) {
		all.push({ id: `g${g}`, kind: 'group', in: g % 3 === 2 ? 'registry' : 'daemon', label: `group ${g}` });
		for (let i = 0; i < perGroup - 1 && all.length < items; i++)
			all.push({ id: `g${g}-i${i}`, kind: i % 2 ? 'layer' : 'image', in: `g${g}`, label: `item ${g}.${i}`, props: { n: 0 } });
	}
	const leaves = all.filter((item) => item.id.includes('-'));
	const list: Step[] = [];
	let added = 0;
	for (let s = 0; s < steps; s++) {
		const actions: Action[] = [];
		// Adds first (enough per step to place every item within the first half of the steps).
		const perStep = Math.max(2, Math.ceil(all.length / Math.max(1, Math.floor(steps / 2))));
		for (let k = 0; k < perStep && added < all.length; k++) actions.push({ do: 'add', item: all[added++]! });
		if (actions.length === 0) {
			const target = leaves[s % leaves.length]!;
			actions.push({ do: 'update', id: target.id, set: { n: s, state: s % 2 ? 'ready' : 'busy' } });
		}
		if (s % 4 === 0) actions.push({ do: 'send', link: s % 8 === 0 ? 'api' : 'hub', label: `request ${s}` });
		if (s % 10 === 0) actions.push({ do: 'print', lines: [`line ${s}`] });
		list.push({ id: `s${s}`, caption: { zh: `第 ${s + 1} 步`, en: `Step ${s + 1}` }, ...(s % 10 === 0 ? { command: `docker step ${s}` } : {}), actions });
	}
	return {
		version: 1,
		id,
		title: { zh: `生成的场景（${steps} 步）`, en: `Generated scenario (${steps} steps)` },
		summary: 'Benchmark input.',
		scene: 'flow',
		actors: [
			{ id: 'client', kind: 'client', label: 'Client' },
			{ id: 'daemon', kind: 'daemon', label: 'Daemon' },
			{ id: 'registry', kind: 'registry', label: 'Registry' }
		],
		links: [
			{ id: 'api', from: 'client', to: 'daemon', label: 'REST API' },
			{ id: 'hub', from: 'daemon', to: 'registry', label: 'HTTPS' }
		],
		terminal: { actor: 'client', prompt: '$ ' },
		initial: { items: [] },
		steps: list
	};
}
