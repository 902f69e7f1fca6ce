/**
 * The flow scene on the wall (the projector theme): every label it writes fits whole at the
 * wall's type (nothing cut with "…"), every item stays inside what holds it, and the lane's
 * messages stay between the actors and the terminal. The sizes themselves (≥ 20 px at
 * 1024×768) are read in a browser by `npm run legibility`.
 */
import { describe, expect, it } from 'vitest';
import { allStates } from '../../../engine/state-at';
import { shippedScenarios } from '../../../scenario/load-dir';
import type { Scenario } from '../../../scenario/schema';
import { LANGS, tr } from '../../../i18n/text';
import { boxInside, DESIGN, type Box } from '../../geometry';
import { itemKind, layoutScene, sceneDensity } from '../registry';
import { layoutMessages } from '../../wires/message-layout';
import { textWidth } from '../../text-metrics';
import { WALL_FLOOR, WALL_TYPE } from '../../type-scale';
import { badgeBelow, labelNeed, labelNeedWithBadgeBelow } from '../../items/badge-line';
import { labelLineCount, labelRoomIn, splitLabel } from '../../items/label-lines';

const shipped: Scenario[] = shippedScenarios();
const inside = boxInside;

const showsFlow = shipped.filter((s) => allStates(s).some((w) => w.scene === 'flow'));
const onWall = showsFlow.filter((s) => sceneDensity(s, 'flow', 'wall') === 'wall');

describe('which flows the wall draws', () => {
	it("draws the lesson's Docker flows big; a scenario too wide for it keeps the desk's layout, whole", () => {
		expect(onWall.map((s) => s.id)).toEqual(expect.arrayContaining(['docker-architecture', 'docker-images', 'docker-ps', 'docker-pull', 'docker-run-alpine', 'docker-run-echo', 'what-is-a-container', 'container-vs-vm']));
		for (const scenario of showsFlow.filter((s) => !onWall.includes(s)))
			for (const world of allStates(scenario).filter((w) => w.scene === 'flow')) expect(layoutScene(scenario, world, 'flow', 'wall')).toEqual(layoutScene(scenario, world, 'flow', 'desk'));
	});
});

describe.each(onWall.map((s) => [s.id, s] as const))('%s on the wall', (_, scenario) => {
	const worlds = allStates(scenario).filter((w) => w.scene === 'flow');

	it('writes every item label and actor title whole, each item inside its holder', () => {
		for (const [n, world] of worlds.entries()) {
			const layout = layoutScene(scenario, world, 'flow', 'wall');
			for (const actor of scenario.actors) {
				const box = layout.actors.get(actor.id);
				if (!box) continue;
				for (const lang of LANGS) expect(textWidth(tr(actor.label, lang), WALL_TYPE.actorTitle) + 32, `${actor.id} title (${lang}) at world ${n}`).toBeLessThanOrEqual(box.w + 0.01);
			}
			for (const item of Object.values(world.items)) {
				const box = layout.items.get(item.id);
				if (!box) continue;
				const holder = layout.items.get(item.in) ?? layout.actors.get(item.in);
				expect(holder && inside(box, holder), `${item.id} inside ${item.in} at world ${n}`).toBe(true);
				const kind = itemKind(item.kind);
				if (kind.draw !== 'box' && kind.draw !== 'group') continue;
				// Label and badge side by side, or the badge on its own line under the label.
				const below = badgeBelow(item, box.w, WALL_TYPE, kind);
				for (const lang of LANGS) {
					if (labelLineCount(item, box.w, WALL_TYPE, kind) === 2) {
						// A long name in two lines: each whole.
						const lines = splitLabel(tr(item.label, lang), WALL_TYPE.itemLabel!, kind.mono, labelRoomIn(item, box.w, WALL_TYPE, kind, lang));
						for (const line of lines) expect(textWidth(line, WALL_TYPE.itemLabel!, kind.mono), `${item.id} label line (${lang}) at world ${n}`).toBeLessThanOrEqual(labelRoomIn(item, box.w, WALL_TYPE, kind, lang) + 0.01);
						continue;
					}
					const need = (below ? labelNeedWithBadgeBelow : labelNeed)(item, lang, WALL_TYPE, kind);
					expect(need, `${item.id} label (${lang}) at world ${n}`).toBeLessThanOrEqual(box.w + 0.01);
				}
			}
		}
	});

	it('rests messages in the lane under the actors, above the terminal', () => {
		for (const [n, world] of worlds.entries()) {
			const layout = layoutScene(scenario, world, 'flow', 'wall');
			const actorsBottom = Math.max(...[...layout.actors.values()].map((b) => b.y + b.h));
			for (const lang of LANGS)
				for (const m of layoutMessages(world.messages, layout.links, lang, WALL_TYPE)) {
					expect(m.y, `message ${m.index} at world ${n}`).toBeGreaterThanOrEqual(actorsBottom);
					expect(m.y + m.h, `message ${m.index} at world ${n}`).toBeLessThanOrEqual(scenario.terminal ? layout.terminal.y : DESIGN.height);
					expect(m.font).toBeGreaterThanOrEqual(WALL_FLOOR);
				}
		}
	});
});

describe('what gives way on the wall', () => {
	const images = shipped.find((s) => s.id === 'docker-images')!;
	const world = allStates(images)[2]!;
	const layout = layoutScene(images, world, 'flow', 'wall');
	const inImages = Object.values(world.items).filter((i) => i.in === 'images');

	it("keeps the step's focus, and the group counts what it no longer shows", () => {
		for (const id of world.focus) if (world.items[id]?.in === 'images') expect(layout.items.has(id), `${id} in focus`).toBe(true);
		const shown = inImages.filter((i) => layout.items.has(i.id)).length;
		expect(shown).toBeLessThan(inImages.length);
		expect(shown + (layout.items.get('images')!.more ?? 0)).toBe(inImages.length);
	});

	it('lets a layer go before an image: the deepest gives way first', () => {
		const layers = Object.values(world.items).filter((i) => world.items[i.in]?.in === 'images');
		expect(layers.length).toBeGreaterThan(0);
		for (const layer of layers) expect(layout.items.has(layer.id), `${layer.id} shown while images gave way`).toBe(false);
	});

	it('draws every item on the desk', () => {
		const desk = layoutScene(images, world, 'flow', 'desk');
		for (const item of Object.values(world.items)) expect(desk.items.has(item.id), item.id).toBe(true);
	});
});
