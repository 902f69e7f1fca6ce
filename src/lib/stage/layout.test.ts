import { describe, expect, it } from 'vitest';
import { allStates, allTraces } from '../engine/state-at';
import { shippedScenarios } from '../scenario/load-dir';
import type { Scenario } from '../scenario/schema';
import { layoutActors } from './scenes/flow/layout';
import { boxInside, DESIGN, type Box } from './geometry';
import { layoutScene } from './scenes/registry';
import { layoutMessages } from './wires/message-layout';
import { planTransition } from './plan';
import { diff } from '../engine/diff';

const shipped: Scenario[] = shippedScenarios();

const inside = boxInside;
const stage: Box = { x: 0, y: 0, w: DESIGN.width, h: DESIGN.height };

describe.each(shipped.map((s) => [s.id, s] as const))('flow layout of %s', (_, scenario) => {
	const worlds = allStates(scenario);

	it('keeps every actor, item, link label and message on the stage, every item inside its holder', () => {
		worlds.forEach((world, n) => {
			const layout = layoutScene(scenario, world);
			for (const [id, box] of layout.actors) expect(inside(box, stage), `actor ${id} at step ${n}`).toBe(true);
			for (const item of Object.values(world.items)) {
				const box = layout.items.get(item.id);
				const holder = layout.items.get(item.in) ?? layout.actors.get(item.in);
				// Items of the other scene are not drawn in this one.
				expect(!!box, `item ${item.id} drawn iff its holder is, at step ${n}`).toBe(!!holder);
				if (box && holder) expect(inside(box, holder), `item ${item.id} inside ${item.in} at step ${n}`).toBe(true);
			}
			for (const lang of ['zh', 'en'] as const)
				for (const m of layoutMessages(world.messages, layout.links, lang)) expect(inside(m, stage), `message ${m.index} at step ${n}`).toBe(true);
			expect(inside(layout.terminal, stage)).toBe(true);
		});
	});

	it('never overlaps two actors of the flow scene and keeps them in scenario order', () => {
		const actors = layoutActors(scenario);
		const boxes = scenario.actors.flatMap((a) => (actors.has(a.id) ? [actors.get(a.id)!] : []));
		boxes.slice(1).forEach((box, i) => expect(box.x).toBeGreaterThan(boxes[i]!.x + boxes[i]!.w));
	});

	it('plans each step so that every entered item and every message has a beat', () => {
		allTraces(scenario).effects.forEach((effects, i) => {
			const d = diff(worlds[i]!, worlds[i + 1]!);
			const plan = planTransition(effects, worlds[i]!, worlds[i + 1]!, d);
			expect(new Set(plan.enters.map((e) => e.id))).toEqual(new Set(d.entered.map((e) => e.id)));
			expect(plan.messages.map((m) => m.index)).toEqual(d.messages.map((_, k) => k));
			expect(plan.leaves.map((l) => l.id).sort()).toEqual(d.left.map((l) => l.id).sort());
			for (const beat of [...plan.enters, ...plan.messages, ...plan.lines]) expect(beat.at + beat.duration).toBeLessThanOrEqual(plan.duration + 1.5);
		});
	});
});

describe('sibling items do not overlap', () => {
	it('holds for every step of every shipped scenario', () => {
		for (const scenario of shipped)
			allStates(scenario).forEach((world, n) => {
				const layout = layoutScene(scenario, world);
				const byHolder = new Map<string, Box[]>();
				for (const item of Object.values(world.items)) {
					const box = layout.items.get(item.id);
					if (box) byHolder.set(item.in, [...(byHolder.get(item.in) ?? []), box]);
				}
				for (const [holder, boxes] of byHolder)
					for (let i = 0; i < boxes.length; i++)
						for (let j = i + 1; j < boxes.length; j++) {
							const a = boxes[i]!;
							const b = boxes[j]!;
							const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
							expect(apart, `${scenario.id} step ${n}: children of ${holder} overlap`).toBe(true);
						}
			});
	});
});
