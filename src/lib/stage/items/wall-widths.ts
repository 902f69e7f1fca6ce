/**
 * How wide each actor (of the flow scene, or the house's host) must be on the wall to write everything it ever holds without a
 * cut: the widest label of any of its items in any step, in either language, at the wall's
 * type, with the insets of the boxes around it (a row of groups needs each column that wide).
 * The desk shares the row by weight instead; its labels are small enough to fit.
 */
import type { Scenario } from '../../scenario/schema.ts';
import type { World } from '../../engine/world.ts';
import { worldsOf } from '../../engine/frames.ts';
import { LANGS, tr } from '../../i18n/text.ts';
import { labelNeed, labelNeedWithBadgeBelow } from './badge-line.ts';
import { textWidth } from '../text-metrics.ts';
import type { LayoutContext } from '../scenes/scene-module.ts';
import { actorsOf } from '../scenes/actors-of.ts';
import { ITEM_GAP, ITEM_PAD } from './tree-layout.ts';

/** What an actor's frame leaves around its items, on each side (the flow layout's holder inset). */
export const ACTOR_INSET = 14;

export interface WallNeeds {
	/** Least width of every actor of the scene. */
	actors: Map<string, number>;
	/** Least width of every item, its widest in any step (a row of groups is shared in these proportions). */
	items: Map<string, number>;
}

const needsOf = new WeakMap<Scenario, Map<string, WallNeeds>>();

/**
 * What every actor of a scene and every item needs (memoised per scenario, scene and
 * `stacked`: it reads every step). `stacked`: actors and items that hold their members in a
 * row as authored but stack them on the wall. `badgesBelow`: measured with state badges on a
 * line of their own under the label (the wall's last resort before the desk).
 */
export function wallNeeds(scenario: Scenario, context: LayoutContext, scene = 'flow', stacked: ReadonlySet<string> = new Set(), badgesBelow = false): WallNeeds {
	let byKey = needsOf.get(scenario);
	if (!byKey) needsOf.set(scenario, (byKey = new Map()));
	const key = `${scene}:${[...stacked].sort().join(',')}:${badgesBelow}`;
	let needs = byKey.get(key);
	if (!needs) byKey.set(key, (needs = measure(scenario, context, scene, stacked, badgesBelow)));
	return needs;
}

function measure(scenario: Scenario, context: LayoutContext, scene: string, stacked: ReadonlySet<string>, badgesBelow: boolean): WallNeeds {
	const ownNeed = badgesBelow ? labelNeedWithBadgeBelow : labelNeed;
	const layoutOf = (id: string, authored: 'row' | 'column' | undefined) => (stacked.has(id) ? 'column' : (authored ?? 'column'));
	const actors = actorsOf(scenario, scene);
	const needs: WallNeeds = {
		actors: new Map(actors.map((a) => [a.id, Math.max(...LANGS.map((lang) => textWidth(tr(a.label, lang), context.type.actorTitle) + 32))])),
		items: new Map()
	};
	/** Width the children of `holder` need side by side (a row) or one above the other (a column). */
	const childrenNeed = (world: World, holder: string, layout: 'row' | 'column'): number => {
		const kids = Object.values(world.items).filter((item) => item.in === holder && item.id !== holder);
		if (kids.length === 0) return 0;
		const widths = kids.map((kid) => {
			const need = Math.max(itemNeed(world, kid.id), needs.items.get(kid.id) ?? 0);
			needs.items.set(kid.id, need);
			return need;
		});
		return layout === 'row' ? widths.reduce((a, b) => a + b, 0) + 2 * ITEM_GAP * (kids.length - 1) : Math.max(...widths);
	};
	const itemNeed = (world: World, id: string): number => {
		const item = world.items[id]!;
		const own = Math.max(...LANGS.map((lang) => ownNeed(item, lang, context.type, context.itemKind(item.kind))));
		const inner = childrenNeed(world, id, layoutOf(id, item.layout));
		return Math.max(own, inner > 0 ? inner + 2 * ITEM_PAD : 0);
	};
	for (const world of worldsOf(scenario))
		for (const actor of actors) {
			const inner = childrenNeed(world, actor.id, layoutOf(actor.id, actor.layout));
			if (inner > 0) needs.actors.set(actor.id, Math.max(needs.actors.get(actor.id)!, inner + 2 * ACTOR_INSET));
		}
	return needs;
}
