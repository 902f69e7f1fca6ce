/**
 * frameAt(scenario, n): everything a view shows at step n — the world, the step, its
 * caption (the scenario's summary at step 0), notes and command, and the effects that led
 * there. Player, speaker view, embed, handout, still, overview and transcript all read
 * frames, so "step n → caption, or the summary at 0" is written once, here.
 */
import type { LocalizedText, Scenario, Step } from '../scenario/schema.ts';
import type { Effect } from './effects.ts';
import { allTraces, clampStep } from './state-at.ts';
import type { World } from './world.ts';

export interface Frame {
	/** 0 is the start, before step 1. */
	n: number;
	world: World;
	step?: Step;
	caption: LocalizedText;
	notes?: LocalizedText;
	command?: string;
	/** What step n did to world n - 1 (none at the start). */
	effects: readonly Effect[];
}

/** Frames are computed once per scenario object: every view of a page shares them. */
const cache = new WeakMap<Scenario, Frame[]>();

export function framesOf(scenario: Scenario): Frame[] {
	let frames = cache.get(scenario);
	if (frames) return frames;
	const { worlds, effects } = allTraces(scenario);
	frames = worlds.map((world, n) => {
		const step = n === 0 ? undefined : scenario.steps[n - 1]!;
		return {
			n,
			world,
			...(step ? { step } : {}),
			caption: step ? step.caption : scenario.summary,
			...(step?.notes !== undefined ? { notes: step.notes } : {}),
			...(step?.command !== undefined ? { command: step.command } : {}),
			effects: n === 0 ? [] : effects[n - 1]!
		};
	});
	cache.set(scenario, frames);
	return frames;
}

/** The frame of step n (clamped to 0 … steps.length). */
export function frameAt(scenario: Scenario, n: number): Frame {
	return framesOf(scenario)[clampStep(scenario, n)]!;
}

const worldLists = new WeakMap<Scenario, World[]>();

/** Every world, 0 … steps.length, shared by the views of a page (the frames' worlds). */
export function worldsOf(scenario: Scenario): World[] {
	let worlds = worldLists.get(scenario);
	if (!worlds) worldLists.set(scenario, (worlds = framesOf(scenario).map((f) => f.world)));
	return worlds;
}
