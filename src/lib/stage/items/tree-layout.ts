/**
 * Items nested in their holders, as boxes: every holder stacks its children in a column
 * (or side by side, with layout "row"); heights come bottom-up from the children, widths
 * top-down from the holder. d3-hierarchy does the tree walks.
 */
import { hierarchy, type HierarchyNode } from 'd3';
import type { World } from '../../engine/world.ts';
import type { Box, ItemBox } from '../geometry.ts';
import type { LayoutContext } from '../scenes/scene-module.ts';
import { itemHeader } from '../type-scale.ts';

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
	detail: boolean;
	layout: 'row' | 'column';
	children: Node[];
}

/** Inside an item, around its children; between siblings (twice that between the columns of a row). */
export const ITEM_PAD = 8;
export const ITEM_GAP = 6;
const PAD = ITEM_PAD;
const GAP = ITEM_GAP;

function headerHeight(node: Node, context: LayoutContext): number {
	const kind = context.itemKind(node.kind);
	// Wide, short kinds (a floor, a ceiling) write their detail on the label's line (see ItemNode);
	// the wall writes none.
	const detailLine = node.detail && !kind.inlineDetail && context.type.itemDetail !== null;
	return itemHeader(kind, context.type) + (detailLine ? 20 : 0);
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
	const root: Node = { id: '', kind: 'root', detail: false, layout: 'row', children: [] };
	for (const h of holders) nodes.set(h.id, { id: h.id, kind: 'holder', detail: false, layout: h.layout, children: [] });
	root.children = holders.map((h) => nodes.get(h.id)!);
	const items = Object.values(world.items).filter((item) => !only || only(item.id));
	for (const item of items)
		nodes.set(item.id, { id: item.id, kind: item.kind, detail: item.props?.detail !== undefined, layout: stacked?.has(item.id) ? 'column' : (item.layout ?? 'column'), children: [] });
	for (const item of items) if (item.id !== item.in) nodes.get(item.in)?.children.push(nodes.get(item.id)!);
	for (const node of nodes.values()) node.children.sort((a, b) => context.itemKind(a.kind).rank - context.itemKind(b.kind).rank);

	type Sized = HierarchyNode<Node> & { h: number; box: Box };
	const tree = hierarchy(root) as Sized;
	tree.eachAfter((n) => {
		const node = n as Sized;
		if (node.depth <= 1) return void (node.h = 0);
		const kids = (node.children ?? []) as Sized[];
		const own = headerHeight(node.data, context);
		if (kids.length === 0) return void (node.h = own);
		const heights = kids.map((k) => k.h);
		const body = node.data.layout === 'row' ? Math.max(...heights) : heights.reduce((a, b) => a + b, 0) + GAP * (kids.length - 1);
		node.h = own + body + PAD;
	});

	const byId = new Map(holders.map((h) => [h.id, h]));
	const boxes = new Map<string, ItemBox>();
	tree.eachBefore((n) => {
		const node = n as Sized;
		if (node.depth === 0) return;
		const holder = node.depth === 1 ? byId.get(node.data.id)! : undefined;
		if (holder) node.box = { ...holder.box };
		const box = node.box;
		const kids = (node.children ?? []) as Sized[];
		const inset = holder ? holder.inset : PAD;
		const top = holder ? holder.top : headerHeight(node.data, context);
		const innerW = box.w - 2 * inset;
		if (node.data.layout === 'row') {
			// Equal columns, or (given what each needs) columns in proportion to their needs: an
			// empty group takes no more than its label.
			const room = innerW - GAP * 2 * (kids.length - 1);
			const needOf = (k: Sized) => rowNeeds?.get(k.data.id) ?? 1;
			const total = kids.reduce((sum, k) => sum + needOf(k), 0);
			let x = box.x + inset;
			for (const k of kids) {
				const w = (room * needOf(k)) / Math.max(total, 1e-9);
				k.box = { x, y: box.y + top, w, h: k.h };
				x += w + GAP * 2;
			}
		} else {
			let y = box.y + top;
			for (const k of kids) {
				k.box = { x: box.x + inset, y, w: innerW, h: k.h };
				y += k.h + GAP;
			}
		}
		if (node.depth >= 2) boxes.set(node.data.id, { id: node.data.id, ...box, depth: node.depth - 2, hasChildren: kids.length > 0 });
	});
	return boxes;
}
