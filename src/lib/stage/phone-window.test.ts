import { describe, expect, it } from 'vitest';
import { allStates } from '../engine/state-at';
import { shippedScenarios } from '../scenario/load-dir';
import { layoutScene } from './scenes/registry';
import { layoutMessages } from './wires/message-layout';
import { DESIGN } from './geometry';
import { WALL_TYPE } from './type-scale';
import { PHONE_HEIGHT, PHONE_WINDOW, windowX } from './phone-window';
import { LANGS } from '../i18n/text';
import { ROOM } from './scenes/house/layout';

const shipped = shippedScenarios();
const pull = shipped.find((s) => s.id === 'docker-pull')!;

describe("a phone's window onto the wall", () => {
	it('frames the focus of each step whenever it fits the window (the registry when the layer leaves it), the first actor at the start', () => {
		const worlds = allStates(pull);
		expect(windowX(layoutScene(pull, worlds[0]!, 'flow', 'wall'), worlds[0]!)).toBe(0);
		let framed = 0;
		for (const scenario of shipped)
			for (const world of allStates(scenario).filter((w) => w.scene === 'flow')) {
				const layout = layoutScene(scenario, world, 'flow', 'wall');
				const boxes = world.focus.flatMap((id) => layout.items.get(id) ?? layout.actors.get(id) ?? []);
				if (boxes.length === 0 || Math.max(...boxes.map((b) => b.x + b.w)) - Math.min(...boxes.map((b) => b.x)) > PHONE_WINDOW) continue;
				const x = windowX(layout, world);
				for (const box of boxes) {
					expect(box.x, `${scenario.id}: focus in the window`).toBeGreaterThanOrEqual(x - 0.5);
					expect(box.x + box.w, `${scenario.id}: focus in the window`).toBeLessThanOrEqual(x + PHONE_WINDOW + 0.5);
				}
				framed++;
			}
		expect(framed).toBeGreaterThan(20);
	});

	it('never leaves the stage, and keeps every message label and the terminal inside the window, on every step of every flow', () => {
		for (const scenario of shipped)
			for (const world of allStates(scenario).filter((w) => w.scene === 'flow')) {
				const layout = layoutScene(scenario, world, 'flow', 'wall', PHONE_WINDOW);
				const pan = layout.pan!;
				const actorsBottom = Math.max(...[...layout.actors.values()].map((b) => b.y + b.h));
				expect(pan).toBeGreaterThanOrEqual(0);
				expect(pan + PHONE_WINDOW).toBeLessThanOrEqual(DESIGN.width);
				// The terminal band is in the window's own coordinates.
				expect(layout.terminal.x).toBeGreaterThanOrEqual(0);
				expect(layout.terminal.x + layout.terminal.w).toBeLessThanOrEqual(PHONE_WINDOW);
				expect(layout.terminal.y + layout.terminal.h).toBeLessThanOrEqual(PHONE_HEIGHT);
				for (const lang of LANGS)
					for (const m of layoutMessages(world.messages, layout.links, lang, WALL_TYPE)) {
						expect(m.x, `${scenario.id} message ${m.index}`).toBeGreaterThanOrEqual(pan);
						expect(m.x + m.w, `${scenario.id} message ${m.index}`).toBeLessThanOrEqual(pan + PHONE_WINDOW);
						expect(m.y + m.h, `${scenario.id} message ${m.index} above the terminal`).toBeLessThanOrEqual(scenario.terminal ? layout.terminal.y : PHONE_HEIGHT);
						expect(m.y, `${scenario.id} message ${m.index} under the actors`).toBeGreaterThanOrEqual(actorsBottom);
					}
			}
	});

	it("frames what the house writes for a step about a wall: the wall and, in the room, what the process sees through it", () => {
		const house = shipped.find((s) => s.id === 'board-house')!;
		let framed = 0;
		for (const world of allStates(house).filter((w) => w.scene === 'house')) {
			const wall = world.focus.map((id) => world.items[id]).find((i) => i?.kind === 'wall' && i.props?.sees !== undefined);
			if (!wall) continue;
			const layout = layoutScene(house, world, 'house', 'wall', PHONE_WINDOW);
			const box = layout.items.get(wall.id)!;
			const left = Math.min(box.x, ROOM.x);
			const right = Math.max(box.x + box.w, ROOM.x + ROOM.w);
			if (right - left > PHONE_WINDOW) continue;
			expect(left, `${wall.id}: wall and room in the window`).toBeGreaterThanOrEqual(layout.pan!);
			expect(right, `${wall.id}: wall and room in the window`).toBeLessThanOrEqual(layout.pan! + PHONE_WINDOW);
			framed++;
		}
		expect(framed).toBeGreaterThanOrEqual(5);
	});

	it('is not there without a window: the layout has no pan and the terminal spans the stage', () => {
		const layout = layoutScene(pull, allStates(pull)[2]!, 'flow', 'wall');
		expect(layout.pan).toBeUndefined();
		expect(layout.terminal.w).toBeGreaterThan(PHONE_WINDOW);
	});
});
