/**
 * The flow scene's row of actors on the wall (the projector theme): how wide each actor must
 * be to write what it holds whole at the wall's type, which rows stack to make the actors fit
 * side by side, the gaps between them, and whether a scenario fits the wall at all.
 */
import type { Scenario } from '../../../scenario/schema.ts';
import { DESIGN, MARGIN } from '../../geometry.ts';
import { LANGS, tr } from '../../../i18n/text.ts';
import { textWidth } from '../../text-metrics.ts';
import { wallNeeds, type WallNeeds } from '../../items/wall-widths.ts';
import type { LayoutContext } from '../scene-module.ts';
import { actorsOf } from '../actors-of.ts';

/** Room for a wire's arrowheads between two wall actors. */
export const WALL_MIN_GAP = 60;
/** The least the wall closes a gap to when the actors need it: the two arrowheads and a stub of wire. */
export const WALL_TIGHT_GAP = 46;

interface WallRow {
	needs: WallNeeds;
	/** Actors and items laid out as a column on the wall though authored as a row. */
	stacked: Set<string>;
}
const wallRowsOf = new WeakMap<Scenario, WallRow>();

/**
 * The wall's widths: each actor as wide as what it holds needs; and while the row of actors
 * is still too wide, what holds its members in a row stacks them instead, the widest first
 * (a server's two containers, two virtual machines: one above the other), until it fits;
 * and if it still does not, each state badge goes under its label (badge-line.ts).
 */
export function wallRow(scenario: Scenario, context: LayoutContext): WallRow {
	let row = wallRowsOf.get(scenario);
	if (row) return row;
	const stacked = new Set<string>();
	let needs = wallNeeds(scenario, context);
	const total = () => [...needs.actors.values()].reduce((a, b) => a + b, 0) + WALL_TIGHT_GAP * Math.max(0, needs.actors.size - 1);
	const rows = [
		...actorsOf(scenario, 'flow').filter((a) => a.layout === 'row'),
		...[...scenario.initial.items, ...scenario.steps.flatMap((s) => s.actions.flatMap((a) => (a.do === 'add' ? [a.item] : [])))].filter((i) => i.layout === 'row')
	].map((r) => r.id);
	const widest = (ids: string[]) => ids.sort((a, b) => (needs.actors.get(b) ?? needs.items.get(b) ?? 0) - (needs.actors.get(a) ?? needs.items.get(a) ?? 0));
	const room = DESIGN.width - 2 * MARGIN;
	for (const id of widest(rows)) {
		if (total() <= room) break;
		stacked.add(id);
		needs = wallNeeds(scenario, context, 'flow', stacked);
	}
	// Last before the desk: state badges under their labels instead of beside them.
	if (total() > room) needs = wallNeeds(scenario, context, 'flow', stacked, true);
	wallRowsOf.set(scenario, (row = { needs, stacked }));
	return row;
}

const fitsOf = new WeakMap<Scenario, boolean>();

/** Whether the scenario's actors, each as wide as its widest label at the wall's type, fit side by side. */
export function fitsFlowWall(scenario: Scenario, context: LayoutContext): boolean {
	let fits = fitsOf.get(scenario);
	if (fits === undefined) {
		const n = actorsOf(scenario, 'flow').length;
		const needed = [...wallRow(scenario, context).needs.actors.values()].reduce((a, b) => a + b, 0);
		fitsOf.set(scenario, (fits = needed + WALL_TIGHT_GAP * Math.max(0, n - 1) <= DESIGN.width - 2 * MARGIN));
	}
	return fits;
}

/** The wall's gap between two neighbours: room for the label of a wire between them, or for an arrow. */
export function wallGap(scenario: Scenario, a: string, b: string, context: LayoutContext): number {
	const labels = scenario.links.filter((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a)).flatMap((l) => (l.label ? [l.label] : []));
	const widest = Math.max(0, ...labels.flatMap((label) => LANGS.map((lang) => textWidth(tr(label, lang), context.type.wireLabel, true))));
	return Math.max(WALL_MIN_GAP, widest + 24);
}
