/**
 * Geometry of the flow scene: actors in a row, their items nested inside them, links
 * between actors, and the terminal panel underneath. Pure functions of (scenario, world).
 */
import type { Scenario } from '../../../scenario/schema.ts';
import type { World } from '../../../engine/world.ts';
import { DESIGN, MARGIN, TERMINAL, type Box, type LinkGeometry, type SceneLayout } from '../../geometry.ts';
import { actorsOf } from '../actors-of.ts';
import { layoutTree } from '../../items/tree-layout.ts';
import type { LayoutContext } from '../scene-module.ts';

const ACTOR_TOP = 24;
const ACTOR_BOTTOM = 560;
/** Without a terminal, actors take the whole height. */
const ACTOR_BOTTOM_ALONE = DESIGN.height - MARGIN;
const ACTOR_HEADER = 70;
const MAX_GAP = 236;

/** Weights per scenario: they read every step, and the layout of every world needs them. */
const weightsOf = new WeakMap<Scenario, Map<string, number>>();

/** Actors that ever hold items get room for them; the others stay narrow. */
function actorWeights(scenario: Scenario): Map<string, number> {
	let weights = weightsOf.get(scenario);
	if (!weights) weightsOf.set(scenario, (weights = countWeights(scenario)));
	return weights;
}

function countWeights(scenario: Scenario): Map<string, number> {
	const children = new Map<string, Set<string>>();
	const note = (holder: string, id: string) => children.set(holder, (children.get(holder) ?? new Set()).add(id));
	for (const item of scenario.initial.items) note(item.in, item.id);
	for (const step of scenario.steps) for (const a of step.actions) if (a.do === 'add') note(a.item.in, a.item.id);
	return new Map(
		actorsOf(scenario, 'flow').map((actor) => {
			const direct = children.get(actor.id)?.size ?? 0;
			const weight = direct === 0 ? 0.6 : actor.layout === 'row' ? Math.min(direct, 3) * 1.2 : 1.2;
			return [actor.id, weight];
		})
	);
}

export function layoutActors(scenario: Scenario): Map<string, Box> {
	const flowActors = actorsOf(scenario, 'flow');
	const n = flowActors.length;
	const inner = DESIGN.width - 2 * MARGIN;
	const gap = n > 1 ? Math.min(MAX_GAP, (inner * 0.42) / (n - 1)) : 0;
	const weights = actorWeights(scenario);
	const total = [...weights.values()].reduce((a, b) => a + b, 0);
	const unit = (inner - gap * (n - 1)) / total;
	const actors = new Map<string, Box>();
	const bottom = scenario.terminal ? ACTOR_BOTTOM : ACTOR_BOTTOM_ALONE;
	let x = MARGIN;
	for (const actor of flowActors) {
		const w = unit * weights.get(actor.id)!;
		actors.set(actor.id, { x, y: ACTOR_TOP, w, h: bottom - ACTOR_TOP });
		x += w + gap;
	}
	return actors;
}

function layoutLinks(scenario: Scenario, actors: Map<string, Box>): Map<string, LinkGeometry> {
	const order = new Map(actorsOf(scenario, 'flow').map((a, i) => [a.id, i]));
	const links = new Map<string, LinkGeometry>();
	for (const link of scenario.links) {
		const a = actors.get(link.from);
		const b = actors.get(link.to);
		if (!a || !b) continue;
		const leftToRight = order.get(link.from)! < order.get(link.to)!;
		const [left, right] = leftToRight ? [a, b] : [b, a];
		const adjacent = Math.abs(order.get(link.from)! - order.get(link.to)!) === 1;
		const y = ACTOR_TOP + 250;
		let start = { x: left.x + left.w, y };
		let end = { x: right.x, y };
		let path = `M${start.x},${y}H${end.x}`;
		if (!adjacent) {
			// Route below the actors in between, through the band above the terminal.
			const band = ACTOR_BOTTOM + 22;
			start = { x: left.x + left.w / 2, y: ACTOR_BOTTOM };
			end = { x: right.x + right.w / 2, y: ACTOR_BOTTOM };
			path = `M${start.x},${start.y}V${band}H${end.x}V${end.y}`;
		}
		if (!leftToRight) [start, end] = [end, start];
		const mid = adjacent ? { x: (left.x + left.w + right.x) / 2, y } : { x: (start.x + end.x) / 2, y: ACTOR_BOTTOM + 22 };
		links.set(link.id, { id: link.id, from: link.from, to: link.to, path, start, end, mid, labelWidth: adjacent ? right.x - (left.x + left.w) - 14 : 320 });
	}
	return links;
}

export function layoutFlow(scenario: Scenario, world: World, context: LayoutContext): SceneLayout {
	const actors = layoutActors(scenario);
	const holders = actorsOf(scenario, 'flow').map((a) => ({ id: a.id, box: actors.get(a.id)!, top: ACTOR_HEADER, inset: 14, layout: a.layout ?? 'column' }));
	const items = layoutTree(holders, world, context);

	// Groups stretch to the actor's full height so side-by-side columns line up; in a column,
	// only the lowest does (stretching one with a sibling under it would cover that sibling).
	const all = Object.values(world.items);
	for (const item of all) {
		const box = items.get(item.id);
		const actor = actors.get(item.in);
		if (!box || !actor || !context.itemKind(item.kind).stretch) continue;
		const under = all.some((o) => o.in === item.in && o.id !== item.id && (items.get(o.id)?.y ?? -Infinity) > box.y);
		if (!under) box.h = Math.max(box.h, actor.y + actor.h - 14 - box.y);
	}
	return { actors, items, links: layoutLinks(scenario, actors), terminal: { ...TERMINAL } };
}
