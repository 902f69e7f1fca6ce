import { describe, expect, it } from 'vitest';
import { scenarioFiles, validateFile } from '../scenario/load-dir.ts';
import type { Scenario } from '../scenario/schema.ts';
import { LESSON_PATH, PATH_IDS } from './lesson-path.ts';

const shipped = new Map<string, Scenario>(
	scenarioFiles().flatMap((file) => {
		const result = validateFile(file);
		return result.ok ? [[result.scenario.id, result.scenario] as const] : [];
	})
);

describe('the lesson path', () => {
	it('holds every shipped scenario exactly once (a new one must be given its place)', () => {
		expect([...PATH_IDS].sort()).toEqual([...shipped.keys()].sort());
		expect(new Set(PATH_IDS).size).toBe(PATH_IDS.length);
	});

	it("draws each card at one of its scenario's steps", () => {
		for (const stop of LESSON_PATH.flatMap((c) => c.stops)) {
			const steps = shipped.get(stop.id)!.steps.length;
			expect(stop.hero, stop.id).toBeGreaterThanOrEqual(1);
			expect(stop.hero, stop.id).toBeLessThanOrEqual(steps);
		}
	});

	it('names every chapter in both languages', () => {
		for (const c of LESSON_PATH) {
			expect(typeof c.title === 'string' ? c.title : c.title.zh && c.title.en).toBeTruthy();
			expect(c.stops.length).toBeGreaterThan(0);
		}
	});
});
