/**
 * A time axis drawn to scale under a flow scene whose actors stand in time (`at`, a year):
 * each actor's tick sits where its year falls on one line from the first year to the last, so
 * 23 years look four times as long as 6, however wide the columns above are. A leader joins
 * each tick to its actor's column. Pure geometry, in design units.
 */
import type { Scenario } from '../../../scenario/schema.ts';
import { DESIGN, MARGIN, type Box } from '../../geometry.ts';
import { actorsOf } from '../actors-of.ts';

/** The strip the axis takes at the bottom of the stage, and the space above it. */
export const AXIS_TOP = DESIGN.height - MARGIN - 92;
export const AXIS_GAP = 16;
/** Where the line runs, and how far its ends reach past the first and last year. */
export const AXIS_Y = AXIS_TOP + 40;
const END_ROOM = 70;

export interface AxisTick {
	actor: string;
	year: number;
	x: number;
	/** Where its leader meets the actor's column (the column's bottom centre). */
	from: { x: number; y: number };
}

export interface TimeAxis {
	y: number;
	x1: number;
	x2: number;
	ticks: AxisTick[];
}

/** Every actor of the flow scene has a year (and there is no terminal under them). */
export function hasTimeAxis(scenario: Scenario): boolean {
	const actors = actorsOf(scenario, 'flow');
	return !scenario.terminal && actors.length > 1 && actors.every((a) => a.at !== undefined);
}

export function timeAxis(scenario: Scenario, actors: ReadonlyMap<string, Box>): TimeAxis | undefined {
	if (!hasTimeAxis(scenario)) return undefined;
	const placed = actorsOf(scenario, 'flow').flatMap((a) => {
		const box = actors.get(a.id);
		return box ? [{ id: a.id, year: a.at!, box }] : [];
	});
	const first = Math.min(...placed.map((p) => p.year));
	const last = Math.max(...placed.map((p) => p.year));
	const x1 = MARGIN + END_ROOM;
	const x2 = DESIGN.width - MARGIN - END_ROOM;
	const at = (year: number) => (last === first ? (x1 + x2) / 2 : x1 + ((year - first) / (last - first)) * (x2 - x1));
	return {
		y: AXIS_Y,
		x1: MARGIN,
		x2: DESIGN.width - MARGIN,
		ticks: placed.map((p) => ({ actor: p.id, year: p.year, x: at(p.year), from: { x: p.box.x + p.box.w / 2, y: p.box.y + p.box.h } }))
	};
}
