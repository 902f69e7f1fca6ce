/**
 * Items as the wall lays them out (the projector theme): it has room for what the step is
 * about, so an item shows what it holds only around the focus, and what still does not fit
 * gives way. Shared by the scenes whose holders are plain trees (the flow's actors, the
 * house's host). What gives way is still in the notes, the handout and the screen reader.
 */
import type { World } from '../../engine/world.ts';
import type { Box, ItemBox } from '../geometry.ts';
import type { LayoutContext } from '../scenes/scene-module.ts';
import { layoutTree, type Holder } from './tree-layout.ts';

/**
 * Whether an item stands on the wall in this world: every item around it shows what it holds
 * only while it, something in it or something around it is in focus (a group, a frame that
 * only gathers, always shows its members). A closed item is one row. `lit`: actors lit besides
 * the focus (both ends of the step's messages: the registry a layer leaves, the daemon it reaches).
 */
export function openOnWall(world: World, id: string, context: LayoutContext, lit: ReadonlySet<string> = new Set()): boolean {
	const focus = new Set([...world.focus, ...lit]);
	const chain: string[] = [];
	for (let at = world.items[id]?.in; at !== undefined && world.items[at] && !chain.includes(at); at = world.items[at]!.in) chain.push(at);
	const holders = chain.map((h) => world.items[h]!);
	const actor = holders.length > 0 ? holders[holders.length - 1]!.in : world.items[id]?.in;
	if (actor !== undefined && focus.has(actor)) return true;
	const within = (holder: string) => [...focus].some((f) => f === holder || isInside(world, f, holder));
	return holders.every((h, i) => context.itemKind(h.kind).draw === 'group' || within(h.id) || holders.slice(i + 1).some((outer) => focus.has(outer.id)));
}

/** Whether item `id` is somewhere inside `holder`. */
export function isInside(world: World, id: string, holder: string): boolean {
	const seen = new Set<string>();
	for (let at = world.items[id]?.in; at !== undefined && !seen.has(at); at = world.items[at]?.in) {
		if (at === holder) return true;
		seen.add(at);
	}
	return false;
}

/**
 * The wall's items in `holders`: open only around the focus (openOnWall); then, while a
 * column is too tall for its holder or a row too narrow for what its members write, the
 * last item out of focus there gives way, one at a time, and its holder says how many it
 * holds besides ("+2"). `needs`: the width each item needs to write its label whole.
 */
export function wallItems(
	world: World,
	context: LayoutContext,
	holders: Holder[],
	needs: ReadonlyMap<string, number>,
	lit?: ReadonlySet<string>,
	stacked?: ReadonlySet<string>
): Map<string, ItemBox> {
	const focus = new Set(world.focus);
	const boxes = new Map<string, Box>(holders.map((h) => [h.id, h.box]));
	const hidden = new Set<string>();
	const holderOf = (id: string) => {
		let at = world.items[id]?.in;
		for (let hops = 0; at !== undefined && world.items[at] && hops < 64; hops++) at = world.items[at]!.in;
		return at;
	};
	const kept = (id: string) => {
		const item = world.items[id]!;
		return focus.has(id) || [...focus].some((f) => isInside(world, f, id)) || context.itemKind(item.kind).draw === 'group';
	};
	for (;;) {
		const items = layoutTree(holders, world, context, (id) => !hidden.has(id) && openOnWall(world, id, context, lit), needs, stacked);
		// Where something does not fit: an actor whose column runs past its foot, or a holder
		// whose row leaves a member narrower than its label.
		const crowded = new Set<string>();
		for (const box of items.values()) {
			const top = holderOf(box.id);
			const frame = top === undefined ? undefined : boxes.get(top);
			if (frame && box.y + box.h > frame.y + frame.h - 8) crowded.add(top!);
			if (box.w + 0.5 < (needs.get(box.id) ?? 0) && !box.hasChildren) crowded.add(world.items[box.id]!.in);
		}
		// The deepest goes first (a layer before the image list it hangs under), then the last added.
		const victim = Object.values(world.items)
			.filter((item) => {
				const box = items.get(item.id);
				if (!box || box.hasChildren || kept(item.id) || world.items[item.in] === undefined) return false;
				return crowded.has(item.in) || crowded.has(holderOf(item.id) ?? '');
			})
			.reduce<{ id: string; depth: number } | undefined>((best, item) => {
				const depth = items.get(item.id)!.depth;
				return !best || depth >= best.depth ? { id: item.id, depth } : best;
			}, undefined);
		if (!victim) {
			for (const id of hidden) {
				const holder = items.get(world.items[id]!.in);
				if (holder) holder.more = (holder.more ?? 0) + 1;
			}
			return items;
		}
		hidden.add(victim.id);
	}
}
