/** The house scene's geometry, on the shipped board-house scenarios: a house built as the captions say. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario } from '../../../scenario/schema.ts';
import { allStates } from '../../../engine/state-at.ts';
import { tr } from '../../../i18n/text.ts';
import { propText } from '../../items/item-text.ts';
import { textWidth } from '../../text-metrics.ts';
import { layoutScene } from '../registry.ts';
import { FLOOR, GROUND, ROOF, ROOM } from './layout.ts';
import { evenLines } from './room.ts';
import { wallColumns } from './vertical.ts';
import { wrapText } from '../../text-metrics.ts';

const read = (id: string) => Scenario.parse(JSON.parse(readFileSync(new URL(`../../../../../scenarios/${id}.json`, import.meta.url), 'utf8')));
const board = read('board-house');
const worlds = allStates(board);

describe('house scene', () => {
	it('shows nothing of the house before its first piece: the host, the ground and the process', () => {
		for (const n of [0, 1, 2, 3]) {
			const layout = layoutScene(board, worlds[n]!);
			const looks = [...layout.items.values()].map((b) => b.look).filter(Boolean);
			expect(looks, `step ${n}`).toEqual(n === 3 ? ['room'] : []);
		}
	});

	it('stands on the ground: floor on the kernel, walls from the floor to the roof, the roof on top', () => {
		const layout = layoutScene(board, worlds.at(-1)!);
		const floor = layout.items.get('floor')!;
		expect(floor.y + floor.h).toBe(GROUND.y);
		expect(layout.actors.get('kernel')).toEqual(GROUND);
		const walls = Object.values(worlds.at(-1)!.items).filter((i) => i.kind === 'wall');
		expect(walls).toHaveLength(7);
		for (const wall of walls) {
			const box = layout.items.get(wall.id)!;
			expect(box.look).toBe('panel');
			expect(box.y).toBe(ROOF.y + ROOF.h + 8);
			expect(box.y + box.h).toBe(FLOOR.y - 8);
			expect(box.x + box.w <= ROOM.x || box.x >= ROOM.x + ROOM.w, wall.id).toBe(true);
		}
		for (const id of ['gauge-cpu', 'gauge-memory', 'gauge-pids']) expect(layout.items.get(id)!.look).toBe('roof');
	});

	it('never moves the process while the house goes up around it', () => {
		const boxes = worlds.slice(3).map((w) => JSON.stringify(layoutScene(board, w).items.get('proc-sh')));
		expect(new Set(boxes).size).toBe(1);
	});

	it('writes every wall\'s name whole, as big as its panel allows (≥ 24 px)', () => {
		const layout = layoutScene(board, worlds.at(-1)!);
		for (const lang of ['zh', 'en'] as const)
			for (const wall of Object.values(worlds.at(-1)!.items).filter((i) => i.kind === 'wall')) {
				const box = layout.items.get(wall.id)!;
				const columns = wallColumns(tr(wall.label, lang), propText(wall, 'state', lang) ?? '', box, 6);
				for (const c of columns) {
					expect(c.text).not.toContain('…');
					expect(1.05 * textWidth(c.text, c.size), `${wall.id} ${lang}`).toBeLessThanOrEqual(box.h - 28);
					expect(c.x + c.size / 2, `${wall.id} ${lang}`).toBeLessThanOrEqual(box.w);
				}
				expect(columns[0]!.size, `${wall.id} ${lang}`).toBeGreaterThanOrEqual(24);
			}
	});

	it('wraps what the process sees evenly and whole: no word left alone, no "…"', () => {
		for (const lang of ['zh', 'en'] as const)
			for (const wall of Object.values(worlds.at(-1)!.items).filter((i) => i.kind === 'wall')) {
				const sees = propText(wall, 'sees', lang)!;
				const lines = evenLines((w) => wrapText(sees, 26, w, true, 3), ROOM.w - 24);
				expect(lines.join(''), `${wall.id} ${lang}`).not.toContain('…');
				if (lines.length > 1) expect(Math.min(...lines.map((l) => [...l].length)), `${wall.id} ${lang}: ${lines.join(' / ')}`).toBeGreaterThan(1);
			}
	});
});
