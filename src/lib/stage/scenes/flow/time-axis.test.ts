import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../scenario/schema.ts';
import { validateScenarioText } from '../../../scenario/validate.ts';
import { layoutActors } from './layout.ts';
import { AXIS_TOP, hasTimeAxis, timeAxis } from './time-axis.ts';

const load = (id: string): Scenario => {
	const result = validateScenarioText(readFileSync(`scenarios/${id}.json`, 'utf8'), `scenarios/${id}.json`, id);
	if (!result.ok) throw new Error(id);
	return result.scenario;
};

describe('the time axis', () => {
	const history = load('isolation-history');
	const axis = timeAxis(history, layoutActors(history))!;

	it('is drawn when every actor stands in time, and not in a scenario without years', () => {
		expect(hasTimeAxis(history)).toBe(true);
		expect(timeAxis(load('docker-pull'), layoutActors(load('docker-pull')))).toBeUndefined();
	});

	it('spaces the years to scale: 23 years four times as long as 6 (within a pixel)', () => {
		const x = Object.fromEntries(axis.ticks.map((t) => [t.year, t.x]));
		const perYear = (x[2002]! - x[1979]!) / 23;
		expect((x[2008]! - x[2002]!) / 6).toBeCloseTo(perYear, 5);
		expect((x[2013]! - x[2008]!) / 5).toBeCloseTo(perYear, 5);
		expect(axis.ticks.map((t) => t.year)).toEqual([1979, 2002, 2008, 2013]);
	});

	it('leaves the columns above it: every actor ends above the axis strip, and each leader starts at its column', () => {
		for (const [id, box] of layoutActors(history)) {
			expect(box.y + box.h, id).toBeLessThan(AXIS_TOP);
			const tick = axis.ticks.find((t) => t.actor === id)!;
			expect(tick.from).toEqual({ x: box.x + box.w / 2, y: box.y + box.h });
		}
	});
});
