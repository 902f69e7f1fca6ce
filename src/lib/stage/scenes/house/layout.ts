/**
 * Geometry of the house scene: the host on the left, the board house on the right, the
 * shared kernel as a band underneath, the terminal below. Inside the house the pieces keep
 * fixed places — ceiling on top, walls on both sides, floor at the bottom — so building
 * the house piece by piece never moves the process living in it.
 */
import type { Scenario } from '../../../scenario/schema.ts';
import type { World } from '../../../engine/world.ts';
import { DESIGN, MARGIN, type Box, type ItemBox, type SceneLayout } from '../../geometry.ts';
import { actorsOf } from '../actors-of.ts';
import { layoutTree } from '../../items/tree-layout.ts';
import type { LayoutContext } from '../scene-module.ts';

// The house needs more height than the flow scene, its commands print less: a shorter terminal.
const HOST: Box = { x: 24, y: 24, w: 460, h: 554 };
const HOUSE: Box = { x: 512, y: 24, w: 1064, h: 554 };
const KERNEL: Box = { x: 24, y: 586, w: 1552, h: 40 };
const TERMINAL: Box = { x: MARGIN, y: 636, w: DESIGN.width - 2 * MARGIN, h: DESIGN.height - 636 - MARGIN };
const HEADER = 50;
const INSET = 16;
const CEILING_H = 104;
const FLOOR_H = 80;
const WALL_W = 262;
const GAP = 10;

function row(children: string[], area: Box, top: number, gap = 8): Map<string, Box> {
	const w = (area.w - gap * (children.length - 1)) / Math.max(children.length, 1);
	return new Map(children.map((id, i) => [id, { x: area.x + i * (w + gap), y: area.y + top, w, h: area.h - top }]));
}

export function layoutHouse(scenario: Scenario, world: World, context: LayoutContext): SceneLayout {
	const actors = new Map<string, Box>();
	const houseActors = actorsOf(scenario, 'house');
	const host = houseActors.find((a) => a.kind === 'host');
	const house = houseActors.find((a) => a.kind === 'house');
	const kernel = houseActors.find((a) => a.kind === 'kernel');
	if (host) actors.set(host.id, HOST);
	if (house) actors.set(house.id, HOUSE);
	if (kernel) actors.set(kernel.id, KERNEL);

	// The host's items are a plain tree, as in the flow scene.
	const items = host ? layoutTree([{ id: host.id, box: HOST, top: 70, inset: 14, layout: host.layout ?? 'column' }], world, context) : new Map<string, ItemBox>();
	if (!house) return { actors, items, links: new Map(), terminal: TERMINAL };

	const inHouse = Object.values(world.items).filter((i) => i.in === house.id);
	const put = (id: string, box: Box, depth = 0, hasChildren = false) => items.set(id, { id, ...box, depth, hasChildren });
	const inner: Box = { x: HOUSE.x + INSET, y: HOUSE.y + HEADER, w: HOUSE.w - 2 * INSET, h: HOUSE.h - HEADER - INSET };
	const ceiling: Box = { x: inner.x, y: inner.y, w: inner.w, h: CEILING_H };
	const floor: Box = { x: inner.x, y: inner.y + inner.h - FLOOR_H, w: inner.w, h: FLOOR_H };
	const wallTop = ceiling.y + ceiling.h + GAP;
	const wallBottom = floor.y - GAP;

	for (const part of inHouse) {
		const kids = Object.values(world.items).filter((i) => i.in === part.id).map((i) => i.id);
		if (part.kind === 'ceiling') {
			put(part.id, ceiling, 0, kids.length > 0);
			for (const [id, box] of row(kids, { x: ceiling.x + 12, y: ceiling.y, w: ceiling.w - 24, h: ceiling.h - 8 }, 38, 14)) put(id, box, 1);
		} else if (part.kind === 'floor') {
			put(part.id, floor, 0, kids.length > 0);
			for (const [id, box] of row(kids, { x: floor.x + 12, y: floor.y, w: floor.w - 24, h: floor.h - 10 }, 38, 6)) put(id, box, 1);
		}
	}
	for (const side of ['left', 'right'] as const) {
		const walls = inHouse.filter((i) => i.kind === 'wall' && (i.props?.side === 'right' ? 'right' : 'left') === side);
		const x = side === 'left' ? inner.x : inner.x + inner.w - WALL_W;
		const h = (wallBottom - wallTop - 5 * (walls.length - 1)) / Math.max(walls.length, 1);
		walls.forEach((wall, i) => put(wall.id, { x, y: wallTop + i * (h + 5), w: WALL_W, h }));
	}
	// Whatever else lives in the house (its processes) stands in the middle.
	const middle: Box = { x: inner.x + WALL_W + 24, y: wallTop, w: inner.w - 2 * (WALL_W + 24), h: wallBottom - wallTop };
	const others = inHouse.filter((i) => !['ceiling', 'floor', 'wall'].includes(i.kind));
	const othersTree = layoutTree([{ id: house.id, box: middle, top: 0, inset: 0, layout: 'column' }], world, context, (id) => {
		let cursor = world.items[id];
		while (cursor && cursor.in !== house.id) cursor = world.items[cursor.in];
		return !!cursor && others.some((o) => o.id === cursor!.id);
	});
	// Centre the middle column vertically.
	const bottom = Math.max(middle.y, ...[...othersTree.values()].filter((b) => b.depth === 0).map((b) => b.y + b.h));
	const shift = Math.max(0, (middle.y + middle.h - bottom) / 2);
	for (const [id, box] of othersTree) items.set(id, { ...box, y: box.y + shift });
	return { actors, items, links: new Map(), terminal: TERMINAL };
}
