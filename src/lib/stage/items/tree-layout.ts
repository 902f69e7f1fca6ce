/**
 * Items nested in their holders, as boxes: every holder stacks its children in a column
 * (or side by side, with layout "row"); widths come top-down from the holder, then heights
 * bottom-up from the children (a header is taller where its badge goes under the label),
 * then places top-down. d3-hierarchy does the tree walks.
 */
import { hierarchy, type HierarchyNode } from 'd3';
import type { ItemState, World } from '../../engine/world.ts';
import type { Box, ItemBox } from '../geometry.ts';
import type { LayoutContext } from '../scenes/scene-module.ts';
import { itemHeader } from '../type-scale.ts';
import { badgeBelow, badgeLineHeight } from './badge-line.ts';
import { labelLineCount, labelLineHeight } from './label-lines.ts';

export interface Holder {
	id: string;
	box: Box;
	/** Space above the first child (an actor's title), and at the sides. */
	top: number;
	inset: number;
	layout: 'row' | 'column';
}

interface Node {
	id: string;
	kind: string;
	item?: ItemState;
	layout: 'row' | 'column';
	children: Node[];
}

/** Inside an item, around its children; between siblings (twice that between the columns of a row). */
export const ITEM_PAD = 8;
export const ITEM_GAP = 6;
const PAD = ITEM_PAD;
const GAP = ITEM_GAP;

/** The height above an item's children: its label row (two on the wall for a long name), and the detail or badge line under it. */
export function headerHeight(item: ItemState | undefined, kindName: string, width: number, context: LayoutContext): number {
	const kind = context.itemKind(kindName);
	// Wide, short kinds (a floor, a ceiling) write their detail on the label's line (see ItemNode);
	// the wall writes none.
	const detailLine = item?.props?.detail !== undefined && !kind.inlineDetail && context.type.itemDetail !== null;
	const badgeLine = item !== undefined && badgeBelow(item, width, context.type, kind);
	const secondLine = item !== undefined && labelLineCount(item, width, context.type, kind) === 2;
	return itemHeader(kind, context.type) + (secondLine ? labelLineHeight(context.type) : 0) + (detailLine ? 20 : 0) + (badgeLine ? badgeLineHeight(context.type) : 0);
}

/** The holder each item hangs in, for items whose chain of holders ends at one of `holders`. */
export function layoutTree(
	holders: Holder[],
	world: World,
	context: LayoutContext,
	only?: (itemId: string) => boolean,
	rowNeeds?: ReadonlyMap<string, number>,
	/** Items laid out as a column though authored as a row (the wall stacks a row too wide for it). */
	stacked?: ReadonlySet<string>
): Map<string, ItemBox> {
	const nodes = new Map<string, Node>();
	const root: Node = { id: '', kind: 'root', layout: 'row', children: [] };
	for (const h of holders) nodes.set(h.id, { id: h.id, kind: 'holder', layout: h.layout, children: [] });
	root.children = holders.map((h) => nodes.get(h.id)!);
	const items = Object.values(world.items).filter((item) => !only || only(item.id));
	for (const item of items)
		nodes.set(item.id, { id: item.id, kind: item.kind, item, layout: stacked?.has(item.id) ? 'column' : (item.layout ?? 'column'), children: [] });
	for (const item of items) if (item.id !== item.in) nodes.get(item.in)?.children.push(nodes.get(item.id)!);
	for (const node of nodes.values()) node.children.sort((a, b) => context.itemKind(a.kind).rank - context.itemKind(b.kind).rank);

	type Sized = HierarchyNode<Node> & { w: number; h: number; box: Box };
	const tree = hierarchy(root) as Sized;
	const byId = new Map(holders.map((h) => [h.id, h]));
	const insetOf = (node: Sized) => (node.depth === 1 ? byId.get(node.data.id)!.inset : PAD);

	// Widths, top-down: a holder's width never depends on what it holds.
	tree.eachBefore((n) => {
		const node = n as Sized;
		if (node.depth === 0) return;
		if (node.depth === 1) node.w = byId.get(node.data.id)!.box.w;
		const kids = (node.children ?? []) as Sized[];
		const innerW = node.w - 2 * insetOf(node);
		if (node.data.layout === 'row') {
			// Equal columns, or (given what each needs) columns in proportion to their needs: an
			// empty group takes no more than its label.
			const room = innerW - GAP * 2 * (kids.length - 1);
			const needOf = (k: Sized) => rowNeeds?.get(k.data.id) ?? 1;
			const total = kids.reduce((sum, k) => sum + needOf(k), 0);
			for (const k of kids) k.w = (room * needOf(k)) / Math.max(total, 1e-9);
		} else for (const k of kids) k.w = innerW;
	});

	const headerOf = (node: Sized) => headerHeight(node.data.item, node.data.kind, node.w, context);
	tree.eachAfter((n) => {
		const node = n as Sized;
		if (node.depth <= 1) return void (node.h = 0);
		const kids = (node.children ?? []) as Sized[];
		const own = headerOf(node);
		if (kids.length === 0) return void (node.h = own);
		const heights = kids.map((k) => k.h);
		const body = node.data.layout === 'row' ? Math.max(...heights) : heights.reduce((a, b) => a + b, 0) + GAP * (kids.length - 1);
		node.h = own + body + PAD;
	});

	const boxes = new Map<string, ItemBox>();
	tree.eachBefore((n) => {
		const node = n as Sized;
		if (node.depth === 0) return;
		const holder = node.depth === 1 ? byId.get(node.data.id)! : undefined;
		if (holder) node.box = { ...holder.box };
		const box = node.box;
		const kids = (node.children ?? []) as Sized[];
		const inset = insetOf(node);
		const top = holder ? holder.top : headerOf(node);
		let x = box.x + inset;
		let y = box.y + top;
		for (const k of kids) {
			k.box = { x, y, w: k.w, h: k.h };
			if (node.data.layout === 'row') x += k.w + GAP * 2;
			else y += k.h + GAP;
		}
		if (node.depth >= 2) boxes.set(node.data.id, { id: node.data.id, ...box, depth: node.depth - 2, hasChildren: kids.length > 0 });
	});
	return boxes;
}
