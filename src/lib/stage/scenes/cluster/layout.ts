/**
 * Geometry of the cluster scene: a hub and its spokes. The first group is the control
 * plane, drawn on top with the hub (the actor of kind apiserver) in its middle band, the
 * store (kind etcd) east of it and the other components north of it; the other groups are
 * worker nodes in a row below, their actors side by side; actors in no group (kubectl)
 * stand west of the hub, outside every box. Every wire runs from a spoke to the hub, so no
 * two share a line. Pure functions of (scenario, world).
 */
import type { Actor, Scenario } from '../../../scenario/schema.ts';
import type { World } from '../../../engine/world.ts';
import { MARGIN, type Box, type LinkGeometry, type SceneLayout } from '../../geometry.ts';
import { actorsOf } from '../actors-of.ts';
import { layoutTree } from '../../items/tree-layout.ts';
import type { LayoutContext } from '../scene-module.ts';

// Kubernetes prints little at the terminal: a shorter one leaves the cluster room to breathe.
const TERMINAL_BOX: Box = { x: MARGIN, y: 690, w: 1600 - 2 * MARGIN, h: 900 - 690 - MARGIN };
const BOTTOM = TERMINAL_BOX.y - 6;
const WEST: Box = { x: MARGIN, y: 12, w: 294, h: BOTTOM - 12 };
const PLANE: Box = { x: WEST.x + WEST.w + 20, y: 12, w: 1600 - MARGIN - (WEST.x + WEST.w + 20), h: 404 };
const HUB: Box = { x: 636, y: 288, w: 299, h: 114 };
const NORTH = { x: PLANE.x + 16, y: 44, h: 200, right: 1164 };
const EAST: Box = { x: 1180, y: 44, w: PLANE.x + PLANE.w - 14 - 1180, h: PLANE.y + PLANE.h - 14 - 44 };
const NODES = { y: PLANE.y + PLANE.h + 26, gap: 16, header: 30, inset: 4, actorGap: 130 };
/** Space for an actor's title and sublabel above its items (less without a sublabel). */
const ACTOR_TOP = 62;
const ACTOR_TOP_TITLE_ONLY = 50;

interface Roles {
	hub?: Actor;
	store: Actor[];
	north: Actor[];
	west: Actor[];
	/** Per node group: its actors, left to right. */
	nodes: { group: string; actors: Actor[] }[];
}

function rolesOf(scenario: Scenario): Roles {
	const actors = actorsOf(scenario, 'cluster');
	const groups = scenario.groups ?? [];
	const plane = groups[0]?.id;
	const inPlane = actors.filter((a) => a.group !== undefined && a.group === plane);
	const hub = inPlane.find((a) => a.kind === 'apiserver') ?? inPlane[0];
	return {
		...(hub ? { hub } : {}),
		store: inPlane.filter((a) => a !== hub && a.kind === 'etcd'),
		north: inPlane.filter((a) => a !== hub && a.kind !== 'etcd'),
		west: actors.filter((a) => a.group === undefined || !groups.some((g) => g.id === a.group)),
		nodes: groups.slice(1).map((g) => ({ group: g.id, actors: actors.filter((a) => a.group === g.id) }))
	};
}

function column(count: number, area: Box, gap = 12): Box[] {
	const h = (area.h - gap * (count - 1)) / Math.max(count, 1);
	return Array.from({ length: count }, (_, i) => ({ x: area.x, y: area.y + i * (h + gap), w: area.w, h }));
}

function place(roles: Roles): { actors: Map<string, Box>; groups: Map<string, Box> } {
	const actors = new Map<string, Box>();
	if (roles.hub) actors.set(roles.hub.id, HUB);
	const n = roles.north.length;
	const northW = (NORTH.right - NORTH.x - 16 * (n - 1)) / Math.max(n, 1);
	roles.north.forEach((a, i) => actors.set(a.id, { x: NORTH.x + i * (northW + 16), y: NORTH.y, w: northW, h: NORTH.h }));
	column(roles.store.length, EAST).forEach((box, i) => actors.set(roles.store[i]!.id, box));
	column(roles.west.length, WEST).forEach((box, i) => actors.set(roles.west[i]!.id, box));

	const groups = new Map<string, Box>();
	const planeId = roles.hub?.group;
	if (planeId) groups.set(planeId, PLANE);
	const count = roles.nodes.length;
	const nodeW = (PLANE.w - NODES.gap * (count - 1)) / Math.max(count, 1);
	roles.nodes.forEach(({ group, actors: members }, i) => {
		const node: Box = { x: PLANE.x + i * (nodeW + NODES.gap), y: NODES.y, w: nodeW, h: BOTTOM - NODES.y };
		groups.set(group, node);
		// The first actor (the kubelet) is narrow and stands on the side facing the hub, so its
		// wire goes straight up; the rest share what is left.
		const inner = { x: node.x + 12, y: node.y + NODES.header, w: node.w - 24, h: node.h - NODES.header - NODES.inset };
		const first = Math.min(170, inner.w / Math.max(members.length, 1));
		const restW = members.length > 1 ? (inner.w - first - NODES.actorGap * (members.length - 1)) / (members.length - 1) : 0;
		const mirrored = node.x + node.w / 2 < HUB.x + HUB.w / 2 && count > 1;
		members.forEach((a, k) => {
			const slot = mirrored ? (k === 0 ? members.length - 1 : k - 1) : k;
			const x = inner.x + (mirrored ? slot * (restW + NODES.actorGap) : slot === 0 ? 0 : first + NODES.actorGap + (slot - 1) * (restW + NODES.actorGap));
			actors.set(a.id, { x, y: inner.y, w: k === 0 ? first : restW, h: inner.h });
		});
	});
	return { actors, groups };
}

const mid = (a: number, b: number) => (a + b) / 2;
const horizontal = (left: Box, right: Box, y: number) => ({ start: { x: left.x + left.w, y }, end: { x: right.x, y } });

/** The wire of a link: its path from `from` to `to`, where its labels rest and how wide they may be. */
function wire(roles: Roles, actors: Map<string, Box>, from: string, to: string): Omit<LinkGeometry, 'id' | 'from' | 'to'> | undefined {
	const a = actors.get(from);
	const b = actors.get(to);
	if (!a || !b) return undefined;
	const hubId = roles.hub?.id;
	const roleOf = (id: string) =>
		id === hubId ? 'hub' : roles.north.some((x) => x.id === id) ? 'north' : roles.store.some((x) => x.id === id) ? 'east' : roles.west.some((x) => x.id === id) ? 'west' : 'node';
	const [ra, rb] = [roleOf(from), roleOf(to)];
	const flip = <T extends { start: { x: number; y: number }; end: { x: number; y: number } }>(g: T, reversed: boolean): T =>
		reversed ? { ...g, start: g.end, end: g.start } : g;

	if (ra === 'hub' || rb === 'hub') {
		const [other, role, reversed] = ra === 'hub' ? [b, rb, true] : [a, ra, false];
		if (role === 'west' || role === 'east') {
			// The store's wire runs low, so its labels (above it) stay clear of the north spokes' answers.
			const bottom = Math.min(other.y + other.h, HUB.y + HUB.h);
			const y = role === 'east' ? bottom - 24 : mid(Math.max(other.y, HUB.y), bottom);
			const g = role === 'west' ? horizontal(other, HUB, y) : flip(horizontal(HUB, other, y), true);
			const gap = Math.abs(g.end.x - g.start.x);
			return { path: `M${g.start.x},${y}H${g.end.x}`, ...flip(g, reversed), mid: { x: mid(g.start.x, g.end.x), y }, labelWidth: gap - 16, slots: 1, maxLines: 3 };
		}
		if (role === 'north') {
			// Straight down where the actor stands over the hub, else down and along.
			const lo = Math.max(other.x, HUB.x + 20);
			const hi = Math.min(other.x + other.w, HUB.x + HUB.w - 20);
			const top = other.y + other.h;
			const x = lo <= hi ? mid(lo, hi) : other.x + other.w / 2;
			const ax = lo <= hi ? x : Math.min(Math.max(x, HUB.x + 20), HUB.x + HUB.w - 20);
			const g = { start: { x, y: top }, end: { x: ax, y: HUB.y } };
			const path = x === ax ? `M${x},${top}V${HUB.y}` : `M${x},${top}V${mid(top, HUB.y)}H${ax}V${HUB.y}`;
			const me = ra === 'north' ? from : to;
			const first = roles.north[0]?.id === me && roles.north.length > 1;
			const last = roles.north[roles.north.length - 1]?.id === me && roles.north.length > 1;
			// The rightmost spoke's labels reach left, clear of the store's wire on the right.
			const labelWidth = Math.min(other.w + 60, 560);
			const labelX = Math.max(NORTH.x + labelWidth / 2, last ? Math.min(x, ax) + 60 - labelWidth / 2 : mid(x, ax));
			return { path, ...flip(g, reversed), mid: { x: labelX, y: mid(top, HUB.y) }, labelWidth, slots: 1, maxLines: 2, tag: { x, y: mid(top, HUB.y), side: first ? 'left' : 'right' }, labelAt: { x: x + (first ? -34 : 34), y: mid(top, HUB.y) } };
		}
		// A node's actor: straight up into the hub when it stands below it, else up, along the
		// corridor between the boxes, and up. Its labels go to the outer side, clear of the other node's.
		const corridor = mid(PLANE.y + PLANE.h, NODES.y) - 2;
		const x = other.x + other.w / 2;
		const below = x > HUB.x + 20 && x < HUB.x + HUB.w - 20;
		const ax = below ? x : Math.min(Math.max(x, HUB.x + 24), HUB.x + HUB.w - 24);
		const g = { start: { x, y: other.y }, end: { x: ax, y: HUB.y + HUB.h } };
		const labelWidth = 440;
		const side = x < PLANE.x + PLANE.w / 2 ? -1 : 1;
		return {
			path: below ? `M${x},${other.y}V${HUB.y + HUB.h}` : `M${x},${other.y}V${corridor}H${ax}V${HUB.y + HUB.h}`,
			...flip(g, reversed),
			mid: { x: x + side * (labelWidth / 2 + 8), y: corridor },
			labelWidth,
			slots: 1,
			maxLines: 1
		};
	}
	// Two actors side by side (a kubelet and its runtime), or any other pair: edge to edge. The
	// labels may spread over the kubelet (it holds nothing), not over the runtime's pods.
	const [left, right, reversed] = a.x <= b.x ? [a, b, false] : [b, a, true];
	// Low in the boxes: the labels above the wire stay clear of the titles.
	const y = Math.min(left.y + left.h, right.y + right.h) - 50;
	const g = horizontal(left, right, y);
	const agent = roles.nodes.find((n) => n.actors[0]?.id === from || n.actors[0]?.id === to)?.actors[0]?.id;
	const spread = agent === undefined ? 0 : 80;
	const toward = agent === undefined ? 0 : actors.get(agent) === left ? -1 : 1;
	return {
		path: `M${g.start.x},${y}H${g.end.x}`,
		...flip(g, reversed),
		mid: { x: mid(g.start.x, g.end.x) + (toward * spread) / 2, y },
		labelAt: { x: mid(g.start.x, g.end.x), y },
		labelWidth: Math.max(g.end.x - g.start.x - 10 + spread, 140),
		slots: 1,
		maxLines: 3
	};
}

function layoutLinks(scenario: Scenario, roles: Roles, actors: Map<string, Box>): Map<string, LinkGeometry> {
	const links = new Map<string, LinkGeometry>();
	for (const link of scenario.links) {
		const geometry = wire(roles, actors, link.from, link.to);
		if (geometry) links.set(link.id, { id: link.id, from: link.from, to: link.to, ...geometry });
	}
	return links;
}

export function layoutCluster(scenario: Scenario, world: World, context: LayoutContext): SceneLayout {
	const roles = rolesOf(scenario);
	const { actors, groups } = place(roles);
	const holders = actorsOf(scenario, 'cluster').flatMap((a) => {
		const box = actors.get(a.id);
		return box ? [{ id: a.id, box, top: a.sublabel ? ACTOR_TOP : ACTOR_TOP_TITLE_ONLY, inset: 10, layout: a.layout ?? 'column' }] : [];
	});
	// kubectl reads the file it applies: the file is drawn inside kubectl's box.
	const reader = roles.west[0];
	const readerBox = reader && actors.get(reader.id);
	const file = world.file && readerBox ? { box: { x: readerBox.x + 10, y: readerBox.y + 70, w: readerBox.w - 20, h: readerBox.h - 80 }, holder: reader.id } : undefined;
	return {
		actors,
		items: layoutTree(holders, world, context),
		links: layoutLinks(scenario, roles, actors),
		terminal: { ...TERMINAL_BOX },
		groups,
		...(file ? { file } : {})
	};
}
