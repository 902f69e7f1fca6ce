/**
 * Geometry of the flow scene: actors in a row, their items nested inside them, links
 * between actors, and the terminal panel underneath. Pure functions of (scenario, world).
 */
import { AXIS_GAP, AXIS_TOP, hasTimeAxis } from './time-axis.ts';
import type { Scenario } from '../../../scenario/schema.ts';
import type { World } from '../../../engine/world.ts';
import { ACTOR_INSET } from '../../items/wall-widths.ts';
import { wallGap, wallRow, WALL_MIN_GAP, WALL_TIGHT_GAP } from './wall-row.ts';
import { DESIGN, MARGIN, TERMINAL, WALL_TERMINAL, type Box, type LinkGeometry, type SceneLayout } from '../../geometry.ts';
import { actorsOf } from '../actors-of.ts';
import { LANGS, tr } from '../../../i18n/text.ts';
import { textWidth } from '../../text-metrics.ts';
import { layoutTree } from '../../items/tree-layout.ts';
import { wallItems } from '../../items/wall-items.ts';
import type { LayoutContext } from '../scene-module.ts';

const ACTOR_TOP = 24;
const ACTOR_BOTTOM = 560;
/** Without a terminal, actors take the whole height. */
const ACTOR_BOTTOM_ALONE = DESIGN.height - MARGIN;
const ACTOR_HEADER = 70;
const MAX_GAP = 236;
/** The wall's lane for message labels under the actors: a request's line above an answer's. */
const WALL_LANE = 132;
const WALL_ACTOR_TOP = 16;

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

/** Where the flow's actors stand, and how much height a scene has for them (the wall keeps a lane for messages). */
function actorBottom(scenario: Scenario, wall: boolean): number {
	// A time axis, when the actors stand in time, takes the strip under them (time-axis.ts).
	if (!scenario.terminal) return (hasTimeAxis(scenario) ? AXIS_TOP - AXIS_GAP : ACTOR_BOTTOM_ALONE) - (wall ? WALL_LANE : 0);
	return wall ? WALL_TERMINAL.y - 10 - WALL_LANE : ACTOR_BOTTOM;
}

export function layoutActors(scenario: Scenario, context?: LayoutContext): Map<string, Box> {
	const flowActors = actorsOf(scenario, 'flow');
	const n = flowActors.length;
	const inner = DESIGN.width - 2 * MARGIN;
	const wall = context?.type.density === 'wall';
	const deskGap = n > 1 ? Math.min(MAX_GAP, (inner * 0.42) / (n - 1)) : 0;
	// The wall's messages rest in a lane, not between the actors: a gap only needs its wire's label.
	const needs = wall ? wallRow(scenario, context!).needs.actors : new Map<string, number>();
	const needed = [...needs.values()].reduce((a, b) => a + b, 0);
	let gaps = flowActors.slice(1).map((actor, i) => (wall ? wallGap(scenario, flowActors[i]!.id, actor.id, context!) : deskGap));
	// What the actors hold comes first: when the wires' labels leave too little room for it,
	// the wall writes no wire labels (the caption names the protocol) and the gaps close.
	if (wall && needed + gaps.reduce((a, b) => a + b, 0) > inner) {
		const tight = needed + WALL_MIN_GAP * gaps.length > inner;
		gaps = gaps.map(() => (tight ? WALL_TIGHT_GAP : WALL_MIN_GAP));
	}
	const weights = actorWeights(scenario);
	const total = [...weights.values()].reduce((a, b) => a + b, 0);
	const room = inner - gaps.reduce((a, b) => a + b, 0);
	// The desk shares the row by weight; the wall first gives every actor what its widest
	// label needs at the wall's type, then shares what is left by weight.
	const widthOf = (id: string) => {
		const share = weights.get(id)! / total;
		if (!wall) return room * share;
		if (needed > room) return (room * needs.get(id)!) / needed;
		return needs.get(id)! + (room - needed) * share;
	};
	const actors = new Map<string, Box>();
	const top = wall ? WALL_ACTOR_TOP : ACTOR_TOP;
	const bottom = actorBottom(scenario, wall);
	let x = MARGIN;
	flowActors.forEach((actor, i) => {
		const w = widthOf(actor.id);
		actors.set(actor.id, { x, y: top, w, h: bottom - top });
		x += w + (gaps[i] ?? 0);
	});
	return actors;
}

function layoutLinks(scenario: Scenario, actors: Map<string, Box>, context: LayoutContext): Map<string, LinkGeometry> {
	const wall = context.type.density === 'wall';
	const order = new Map(actorsOf(scenario, 'flow').map((a, i) => [a.id, i]));
	const links = new Map<string, LinkGeometry>();
	for (const link of scenario.links) {
		const a = actors.get(link.from);
		const b = actors.get(link.to);
		if (!a || !b) continue;
		const leftToRight = order.get(link.from)! < order.get(link.to)!;
		const [left, right] = leftToRight ? [a, b] : [b, a];
		const adjacent = Math.abs(order.get(link.from)! - order.get(link.to)!) === 1;
		const y = wall ? WALL_ACTOR_TOP + 170 : ACTOR_TOP + 250;
		// Under the actors, above the terminal: where a wire between two far actors runs.
		const band = (wall ? actorBottom(scenario, wall) : ACTOR_BOTTOM) + 22;
		let start = { x: left.x + left.w, y };
		let end = { x: right.x, y };
		let path = `M${start.x},${y}H${end.x}`;
		if (!adjacent) {
			// Route below the actors in between, through the band above the terminal.
			start = { x: left.x + left.w / 2, y: band - 22 };
			end = { x: right.x + right.w / 2, y: band - 22 };
			path = `M${start.x},${start.y}V${band}H${end.x}V${end.y}`;
		}
		if (!leftToRight) [start, end] = [end, start];
		const mid = adjacent ? { x: (left.x + left.w + right.x) / 2, y } : { x: (start.x + end.x) / 2, y: band };
		if (wall) {
			// The wall's messages are too big for the gap between two actors: they rest in a lane
			// across the stage under the actors, one line each, requests above answers; the wire
			// keeps its own label and the packet still runs along it.
			// layoutMessages rests a request 12 above `mid` and an answer 12 below: one 58-high line each.
			const lane = actorBottom(scenario, wall) + 70;
			const room = adjacent ? right.x - (left.x + left.w) : Infinity;
			const fits = !link.label || LANGS.every((lang) => textWidth(tr(link.label!, lang), context.type.wireLabel, true) + 16 <= room);
			links.set(link.id, {
				id: link.id,
				from: link.from,
				to: link.to,
				path,
				start,
				end,
				mid: { x: DESIGN.width / 2, y: lane },
				labelWidth: DESIGN.width - 2 * MARGIN,
				slots: 1,
				maxLines: 1,
				labelAt: { x: mid.x, y: mid.y - 6 },
				...(fits ? {} : { unlabelled: true })
			});
			continue;
		}
		links.set(link.id, { id: link.id, from: link.from, to: link.to, path, start, end, mid, labelWidth: adjacent ? right.x - (left.x + left.w) - 14 : 320 });
	}
	return links;
}

export function layoutFlow(scenario: Scenario, world: World, context: LayoutContext): SceneLayout {
	const wall = context.type.density === 'wall';
	const actors = layoutActors(scenario, context);
	const top = wall ? context.type.actorHeader : ACTOR_HEADER;
	const stacked = wall ? wallRow(scenario, context).stacked : new Set<string>();
	const holders = actorsOf(scenario, 'flow').map((a) => ({ id: a.id, box: actors.get(a.id)!, top, inset: ACTOR_INSET, layout: stacked.has(a.id) ? ('column' as const) : (a.layout ?? 'column') }));
	// The actors at both ends of the step's messages open on the wall too: where a layer leaves and where it lands.
	const ends = new Set(world.messages.flatMap((m) => scenario.links.filter((l) => l.id === m.link).flatMap((l) => [l.from, l.to])));
	const items = wall ? wallItems(world, context, holders, wallRow(scenario, context).needs.items, ends, stacked) : layoutTree(holders, world, context);

	// Groups stretch to the actor's full height so side-by-side columns line up — down to
	// the next sibling below them when a narrow actor stacks its groups instead.
	const siblings = Object.values(world.items);
	for (const item of siblings) {
		const box = items.get(item.id);
		const actor = actors.get(item.in);
		if (!box || !actor || !context.itemKind(item.kind).stretch) continue;
		const below = siblings.flatMap((s) => {
			const other = s.in === item.in && s.id !== item.id ? items.get(s.id) : undefined;
			return other && other.y > box.y && other.x < box.x + box.w && box.x < other.x + other.w ? [other.y] : [];
		});
		const floor = below.length > 0 ? Math.min(...below) - 8 : actor.y + actor.h - 14;
		box.h = Math.max(box.h, floor - box.y);
	}
	return { actors, items, links: layoutLinks(scenario, actors, context), terminal: wall ? { ...WALL_TERMINAL } : { ...TERMINAL } };
}
