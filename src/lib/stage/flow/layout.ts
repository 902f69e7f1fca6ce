/**
 * Geometry of the flow scene: actors in a row, their items nested inside them, links
 * between actors, and a terminal panel underneath. Pure functions of (scenario, world),
 * in design units (the SVG viewBox); d3-hierarchy does the tree walks.
 */
import { hierarchy, type HierarchyNode } from 'd3';
import type { Scenario } from '../../scenario/schema';
import type { World } from '../../engine/world';
import { itemStyle } from './kinds';

export const DESIGN = { width: 1600, height: 900 } as const;
const MARGIN = 24;
const ACTOR_TOP = 24;
const ACTOR_BOTTOM = 560;
const ACTOR_HEADER = 70;
const MAX_GAP = 236;
export const TERMINAL = { x: MARGIN, y: 604, w: DESIGN.width - 2 * MARGIN, h: 900 - 604 - MARGIN } as const;

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}
export interface ItemBox extends Box {
	id: string;
	depth: number;
	hasChildren: boolean;
}
export interface LinkGeometry {
	id: string;
	from: string;
	to: string;
	/** d3-path of the wire between the two actors. */
	path: string;
	start: { x: number; y: number };
	end: { x: number; y: number };
	/** Where message labels rest, and how wide they may be. */
	mid: { x: number; y: number };
	labelWidth: number;
}
export interface FlowLayout {
	actors: Map<string, Box>;
	items: Map<string, ItemBox>;
	links: Map<string, LinkGeometry>;
	terminal: Box;
}

/** Actors that ever hold items get room for them; the others stay narrow. */
function actorWeights(scenario: Scenario): Map<string, number> {
	const children = new Map<string, Set<string>>();
	const note = (holder: string, id: string) => children.set(holder, (children.get(holder) ?? new Set()).add(id));
	for (const item of scenario.initial.items) note(item.in, item.id);
	for (const step of scenario.steps) for (const a of step.actions) if (a.do === 'add') note(a.item.in, a.item.id);
	return new Map(
		scenario.actors.map((actor) => {
			const direct = children.get(actor.id)?.size ?? 0;
			const weight = direct === 0 ? 0.6 : actor.layout === 'row' ? Math.min(direct, 3) * 1.2 : 1.2;
			return [actor.id, weight];
		})
	);
}

export function layoutActors(scenario: Scenario): { actors: Map<string, Box>; gap: number } {
	const n = scenario.actors.length;
	const inner = DESIGN.width - 2 * MARGIN;
	const gap = n > 1 ? Math.min(MAX_GAP, (inner * 0.42) / (n - 1)) : 0;
	const weights = actorWeights(scenario);
	const total = [...weights.values()].reduce((a, b) => a + b, 0);
	const unit = (inner - gap * (n - 1)) / total;
	const actors = new Map<string, Box>();
	let x = MARGIN;
	for (const actor of scenario.actors) {
		const w = unit * weights.get(actor.id)!;
		actors.set(actor.id, { x, y: ACTOR_TOP, w, h: ACTOR_BOTTOM - ACTOR_TOP });
		x += w + gap;
	}
	return { actors, gap };
}

function layoutLinks(scenario: Scenario, actors: Map<string, Box>): Map<string, LinkGeometry> {
	const order = new Map(scenario.actors.map((a, i) => [a.id, i]));
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

interface Node {
	id: string;
	kind: string;
	detail: boolean;
	layout: 'row' | 'column';
	children: Node[];
}

const PAD = 8;
const GAP = 6;

function headerHeight(node: Node): number {
	const style = itemStyle(node.kind);
	return style.header + (node.detail ? 20 : 0);
}

/** Height of a node, bottom-up: its header plus its children stacked or side by side. */
function nodeHeight(node: HierarchyNode<Node>): number {
	const kids = node.children ?? [];
	const own = headerHeight(node.data);
	if (kids.length === 0) return own;
	const heights = kids.map((k) => (k as HierarchyNode<Node> & { h: number }).h);
	const body = node.data.layout === 'row' ? Math.max(...heights) : heights.reduce((a, b) => a + b, 0) + GAP * (kids.length - 1);
	return own + body + PAD;
}

export function layoutFlow(scenario: Scenario, world: World): FlowLayout {
	const { actors } = layoutActors(scenario);
	const nodes = new Map<string, Node>();
	const root: Node = { id: '', kind: 'root', detail: false, layout: 'row', children: [] };
	for (const actor of scenario.actors)
		nodes.set(actor.id, { id: actor.id, kind: 'actor', detail: false, layout: actor.layout ?? 'column', children: [] });
	root.children = scenario.actors.map((a) => nodes.get(a.id)!);
	for (const item of Object.values(world.items))
		nodes.set(item.id, { id: item.id, kind: item.kind, detail: item.props?.detail !== undefined, layout: item.layout ?? 'column', children: [] });
	for (const item of Object.values(world.items)) nodes.get(item.in)?.children.push(nodes.get(item.id)!);
	for (const node of nodes.values()) node.children.sort((a, b) => itemStyle(a.kind).rank - itemStyle(b.kind).rank);

	type Sized = HierarchyNode<Node> & { h: number; box: Box };
	const tree = hierarchy(root) as Sized;
	tree.eachAfter((n) => {
		(n as Sized).h = n.depth <= 1 ? 0 : nodeHeight(n);
	});

	const items = new Map<string, ItemBox>();
	tree.eachBefore((n) => {
		const node = n as Sized;
		if (node.depth === 0) return;
		if (node.depth === 1) node.box = { ...actors.get(node.data.id)! };
		const box = node.box;
		const kids = (node.children ?? []) as Sized[];
		const inset = node.depth === 1 ? 14 : PAD;
		const top = node.depth === 1 ? ACTOR_HEADER : headerHeight(node.data);
		const innerW = box.w - 2 * inset;
		if (node.data.layout === 'row') {
			const w = (innerW - GAP * 2 * (kids.length - 1)) / Math.max(kids.length, 1);
			kids.forEach((k, i) => (k.box = { x: box.x + inset + i * (w + GAP * 2), y: box.y + top, w, h: k.h }));
		} else {
			let y = box.y + top;
			for (const k of kids) {
				k.box = { x: box.x + inset, y, w: innerW, h: k.h };
				y += k.h + GAP;
			}
		}
		if (node.depth >= 2) items.set(node.data.id, { id: node.data.id, ...box, depth: node.depth - 2, hasChildren: kids.length > 0 });
	});

	// Groups stretch to the actor's full height so side-by-side columns line up.
	for (const item of Object.values(world.items)) {
		const box = items.get(item.id);
		const actor = actors.get(item.in);
		if (box && actor && itemStyle(item.kind).fill === 'group') box.h = Math.max(box.h, actor.y + actor.h - 14 - box.y);
	}

	return { actors, items, links: layoutLinks(scenario, actors), terminal: { ...TERMINAL } };
}
