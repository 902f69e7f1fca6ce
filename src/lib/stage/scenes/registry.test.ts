/** The registry of scene kinds: the README's table follows it, and the kinds keep to their folders. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Scenario } from '../../scenario/schema.ts';
import type { SceneModule } from './scene-module.ts';
import { SCENE_KINDS, SCENES, actorKind, itemKind } from './registry.ts';

const modules = SCENES as Record<string, SceneModule>;
const walk = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));

describe('scene registry', () => {
	it('is the format\'s scene enum', () => {
		expect(Scenario.shape.scene.options).toEqual(SCENE_KINDS);
	});

	it('matches the README\'s table of scene kinds, row for row', () => {
		const readme = readFileSync('README.md', 'utf8');
		const table = readme.slice(readme.indexOf('<!-- scene-kinds'), readme.indexOf('<!-- /scene-kinds -->'));
		const rows = table
			.split('\n')
			.filter((l) => l.startsWith('| `'))
			.map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
		const list = (cell: string) => cell.split(',').map((k) => k.trim());
		expect(rows.map((r) => r[0])).toEqual(SCENE_KINDS.map((k) => `\`${k}\``));
		for (const [kind, draws, actors, items] of rows) {
			const scene = modules[kind!.replaceAll('`', '')]!;
			expect(draws, kind).toBe(scene.summary);
			expect(list(actors!), kind).toEqual(Object.keys(scene.actorKinds));
			expect(list(items!), kind).toEqual(Object.keys(scene.itemKinds));
		}
	});

	it('gives every kind to one scene only, so a kind looks the same everywhere', () => {
		for (const pick of [(s: SceneModule) => s.itemKinds, (s: SceneModule) => s.actorKinds]) {
			const seen = new Map<string, string>();
			for (const [name, scene] of Object.entries(modules))
				for (const kind of Object.keys(pick(scene))) {
					expect(seen.get(kind), `${kind} is declared by ${seen.get(kind)} and ${name}`).toBeUndefined();
					seen.set(kind, name);
				}
		}
		expect(itemKind('image').word?.en).toBe('image');
		expect(itemKind('nothing-declares-this').draw).toBe('box');
		expect(actorKind('daemon').tone).toBe('daemon');
	});

	it('keeps each scene to its folder: no import from one scene folder into another', () => {
		for (const kind of SCENE_KINDS)
			for (const file of walk(join('src/lib/stage/scenes', kind))) {
				const text = readFileSync(file, 'utf8');
				for (const other of SCENE_KINDS.filter((k) => k !== kind)) expect(text, file).not.toMatch(new RegExp(`from '\\.\\./${other}/`));
			}
	});

	it('tests no scene name outside the scenes\' folders', () => {
		const names = SCENE_KINDS.join('|');
		const test = new RegExp(`[!=]==\\s*'(${names})'|'(${names})'\\s*[!=]==|case '(${names})'`);
		const files = walk('src/lib').filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.test.ts') && !f.includes('/stage/scenes/') && !f.includes('/content/') && !f.endsWith('arbitraries.ts'));
		for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(test);
	});
});
