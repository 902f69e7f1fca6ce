/**
 * Geometry of the house scene: the host on the left, the board house on the right, both
 * standing on the shared kernel, the ground under everything; the terminal below. The house
 * is drawn as a house: the floor is a slab on the ground, every wall a panel standing from
 * the floor to the ceiling (the first at the outside, the next further in), the cgroup its
 * roof with the gauges on it, and the room between the walls holds the processes. Every piece
 * keeps a fixed place, so building the house piece by piece never moves the process in it.
 */
import type { Scenario } from '../../../scenario/schema.ts';
import type { World } from '../../../engine/world.ts';
import { DESIGN, MARGIN, type Box, type ItemBox, type SceneLayout } from '../../geometry.ts';
import { actorsOf } from '../actors-of.ts';
import { layoutTree } from '../../items/tree-layout.ts';
import type { LayoutContext } from '../scene-module.ts';
import { LANGS, tr } from '../../../i18n/text.ts';
import { propText } from '../../items/item-text.ts';
import { textWidth } from '../../text-metrics.ts';
import { wallItems } from '../../items/wall-items.ts';
import { wallNeeds } from '../../items/wall-widths.ts';
import { processMetrics, stateOwnRow } from './room.ts';

// The house needs more height than the flow scene, its commands print less: a shorter terminal.
const TERMINAL: Box = { x: MARGIN, y: 636, w: DESIGN.width - 2 * MARGIN, h: DESIGN.height - 636 - MARGIN };
export const GROUND: Box = { x: 24, y: 582, w: 1552, h: 48 };
const HOST: Box = { x: 24, y: 24, w: 460, h: GROUND.y - 4 - 24 };
const HOUSE: Box = { x: 512, y: 24, w: 1064, h: GROUND.y - 24 };
export const ROOF: Box = { x: HOUSE.x, y: HOUSE.y, w: HOUSE.w, h: 124 };
export const FLOOR: Box = { x: HOUSE.x, y: GROUND.y - 96, w: HOUSE.w, h: 96 };
const WALL_TOP = ROOF.y + ROOF.h + 8;
const WALL_BOTTOM = FLOOR.y - 8;
export const WALL_W = 96;
const WALL_GAP = 8;
const WALL_INSET = 12;
/** Room for four walls on the left and three on the right (Docker's six, and the user wall it leaves off). */
const SLOTS = { left: 4, right: 3 } as const;
/** The room between the walls: the house's name on top, its processes below. */
export const ROOM: Box = {
	x: HOUSE.x + WALL_INSET + SLOTS.left * (WALL_W + WALL_GAP) + 8,
	y: WALL_TOP,
	w: HOUSE.w - 2 * WALL_INSET - (SLOTS.left + SLOTS.right) * (WALL_W + WALL_GAP) - 16,
	h: WALL_BOTTOM - WALL_TOP
};
/** Height of the house's name at the top of the room (the wall writes the name only, not the container's id). */
export const NAME_H = 86;
export const WALL_NAME_H = 56;
/** Where the gauges stand on the roof, and how the floor holds its directories: the wall's gauges reach to the eaves. */
const GAUGES = { top: 42, h: 74, inset: 56, gap: 16 };
const WALL_GAUGES = { top: 38, h: 84, inset: 30, gap: 8 };
const DIRS = { top: 46, h: 42, inset: 12, gap: 6 };
/** Room a floor keeps at the end of its row for "+n", when the wall has no room for every directory. */
const MORE_W = 80;

/** Children side by side across `area`, drawn in the house's `look`. */
function row(children: string[], area: Box, gap: number, look: string): [string, ItemBox][] {
	const w = (area.w - gap * (children.length - 1)) / Math.max(children.length, 1);
	return children.map((id, i) => [id, { id, x: area.x + i * (w + gap), y: area.y, w, h: area.h, depth: 1, hasChildren: false, look }]);
}

/**
 * The wall's floor: as many directories as fit whole at the wall's type, the floor writing
 * "+n" for the rest (they are on hover, in the handout and in the screen reader's text).
 */
function wallDirs(children: string[], area: Box, world: World, context: LayoutContext): { shown: string[]; more: number } {
	const font = context.type.itemLabel ?? 15;
	const widest = Math.max(0, ...children.flatMap((id) => LANGS.map((lang) => textWidth(tr(world.items[id]!.label, lang), font, true) + 16)));
	const fits = (k: number, reserve: number) => k * widest + DIRS.gap * (k - 1) <= area.w - reserve;
	if (fits(children.length, 0)) return { shown: children, more: 0 };
	let k = children.length;
	while (k > 0 && !fits(k, MORE_W)) k--;
	return { shown: children.slice(0, k), more: children.length - k };
}

export function layoutHouse(scenario: Scenario, world: World, context: LayoutContext): SceneLayout {
	const wall = context.type.density === 'wall';
	const actors = new Map<string, Box>();
	const houseActors = actorsOf(scenario, 'house');
	const host = houseActors.find((a) => a.kind === 'host');
	const house = houseActors.find((a) => a.kind === 'house');
	const kernel = houseActors.find((a) => a.kind === 'kernel');
	if (host) actors.set(host.id, HOST);
	if (house) actors.set(house.id, HOUSE);
	if (kernel) actors.set(kernel.id, GROUND);

	// The host's items are a plain tree, as in the flow scene.
	const hostHolder = host ? [{ id: host.id, box: HOST, top: wall ? context.type.actorHeader : 70, inset: 14, layout: host.layout ?? 'column' } as const] : [];
	// On the wall the host's items open only around the focus, and what does not fit gives way (wall-items.ts).
	const items = wall ? wallItems(world, context, hostHolder, wallNeeds(scenario, context, 'house').items) : layoutTree(hostHolder, world, context);
	if (!house) return { actors, items, links: new Map(), terminal: TERMINAL };

	const inHouse = Object.values(world.items).filter((i) => i.in === house.id);
	const kidsOf = (id: string) => Object.values(world.items).filter((i) => i.in === id).map((i) => i.id);
	const put = (id: string, box: Box, look: string, hasChildren = false) => items.set(id, { id, ...box, depth: 0, hasChildren, look });

	for (const part of inHouse) {
		const kids = kidsOf(part.id);
		if (part.kind === 'ceiling') {
			put(part.id, ROOF, 'roof', kids.length > 0);
			const g = wall ? WALL_GAUGES : GAUGES;
			const area = { x: ROOF.x + g.inset, y: ROOF.y + g.top, w: ROOF.w - 2 * g.inset, h: g.h };
			for (const [id, box] of row(kids, area, g.gap, 'roof')) items.set(id, box);
		} else if (part.kind === 'floor') {
			put(part.id, FLOOR, 'floor', kids.length > 0);
			const area = { x: FLOOR.x + DIRS.inset, y: FLOOR.y + DIRS.top, w: FLOOR.w - 2 * DIRS.inset, h: DIRS.h };
			const { shown, more } = wall ? wallDirs(kids, area, world, context) : { shown: kids, more: 0 };
			const dirsArea = more > 0 ? { ...area, w: area.w - MORE_W } : area;
			for (const [id, box] of row(shown, dirsArea, DIRS.gap, 'floor')) items.set(id, box);
			if (more > 0) items.get(part.id)!.more = more;
		}
	}
	for (const side of ['left', 'right'] as const) {
		const walls = inHouse.filter((i) => i.kind === 'wall' && (i.props?.side === 'right' ? 'right' : 'left') === side);
		// The first wall stands at the outside; more walls than slots share the last slot's width.
		const slots = Math.max(SLOTS[side], walls.length);
		const w = walls.length > SLOTS[side] ? (SLOTS[side] * (WALL_W + WALL_GAP) - WALL_GAP * (slots - 1)) / slots : WALL_W;
		walls.forEach((wall, i) => {
			const x = side === 'left' ? HOUSE.x + WALL_INSET + i * (w + WALL_GAP) : HOUSE.x + HOUSE.w - WALL_INSET - (i + 1) * w - i * WALL_GAP;
			put(wall.id, { x, y: WALL_TOP, w, h: WALL_BOTTOM - WALL_TOP }, 'panel');
		});
	}
	// Whatever else lives in the house (its processes) stands in the room, under the house's name,
	// one under the other from the top: a process added later never moves the ones there.
	const nameH = wall ? WALL_NAME_H : NAME_H;
	const middle: Box = { x: ROOM.x, y: ROOM.y + nameH, w: ROOM.w, h: ROOM.h - nameH };
	const m = processMetrics(context.type);
	const others = inHouse.filter((i) => !['ceiling', 'floor', 'wall'].includes(i.kind));
	// Taller when its state needs a row of its own, in either language (the layout is one for both).
	const heights = others.map((o) =>
		LANGS.some((lang) => stateOwnRow(tr(o.label, lang), propText(o, 'state', lang) ?? '', middle.w, m)) ? m.tall : m.short
	);
	if (others.every((o) => kidsOf(o.id).length === 0) && heights.reduce((sum, h) => sum + h + 8, -8) <= middle.h) {
		let y = middle.y;
		others.forEach((o, i) => {
			put(o.id, { x: middle.x, y, w: middle.w, h: heights[i]! }, 'room');
			y += heights[i]! + 8;
		});
		return { actors, items, links: new Map(), terminal: TERMINAL };
	}
	// Items holding items (or more than fit) are a plain tree, centred in the room's height.
	const othersTree = layoutTree([{ id: house.id, box: middle, top: 0, inset: 0, layout: 'column' }], world, context, (id) => {
		let cursor = world.items[id];
		while (cursor && cursor.in !== house.id) cursor = world.items[cursor.in];
		return !!cursor && others.some((o) => o.id === cursor!.id);
	});
	const bottom = Math.max(middle.y, ...[...othersTree.values()].filter((b) => b.depth === 0).map((b) => b.y + b.h));
	const shift = Math.max(0, (middle.y + middle.h - bottom) / 2);
	for (const [id, box] of othersTree) items.set(id, { ...box, y: box.y + shift });
	return { actors, items, links: new Map(), terminal: TERMINAL };
}
