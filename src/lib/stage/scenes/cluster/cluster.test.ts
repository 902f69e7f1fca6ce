/** The cluster scene's own rules and geometry, on scenarios/kubectl-apply.json. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../scenario/schema.ts';
import { validateScenarioText } from '../../../scenario/validate.ts';
import { framesOf } from '../../../engine/frames.ts';
import { layoutScene } from '../registry.ts';

const read = () => JSON.parse(readFileSync(new URL('../../../../../scenarios/kubectl-apply.json', import.meta.url), 'utf8')) as Scenario;

function errors(s: Scenario) {
	const result = validateScenarioText(JSON.stringify(s, null, '\t'), 'x.json');
	if (result.ok) throw new Error('expected errors');
	return { errors: result.errors.map((e) => ({ pointer: e.pointer, message: e.message })) };
}

describe('cluster scene', () => {
	it('an actor naming a group that does not exist, and a cluster without groups', () => {
		const s = read();
		s.actors[1] = { ...s.actors[1]!, group: 'nowhere' };
		expect(errors(s).errors[0]).toMatchObject({ pointer: '/actors/1/group', message: expect.stringMatching(/^unknown group "nowhere" \(groups: control-plane, node-1, node-2\)$/) });

		const bare = read();
		delete bare.groups;
		expect(errors(bare).errors.map((e) => e.pointer)).toContain('/scene');
	});

	it('the cluster\'s hub belongs in its first group', () => {
		const s = read();
		const i = s.actors.findIndex((a) => a.kind === 'apiserver');
		s.actors[i] = { ...s.actors[i]!, group: 'node-1' };
		const found = errors(s).errors;
		expect(found.map((e) => e.pointer)).toContain(`/actors/${i}/group`);
	});
	it('draws every wire from a spoke to the hub: no two links share a path, kubectl stays outside every group box', () => {
		const s = read();
		for (const { world } of framesOf(s)) {
			const layout = layoutScene(s, world);
			const paths = [...layout.links.values()].map((l) => l.path);
			expect(new Set(paths).size).toBe(paths.length);
			const kubectl = layout.actors.get('kubectl')!;
			for (const box of layout.groups!.values()) expect(kubectl.x + kubectl.w <= box.x || kubectl.x >= box.x + box.w).toBe(true);
		}
	});

	it('puts the file kubectl reads inside kubectl\'s box while it is shown', () => {
		const s = read();
		const shown = framesOf(s).find((f) => f.world.file)!;
		const layout = layoutScene(s, shown.world);
		const box = layout.actors.get('kubectl')!;
		expect(layout.file?.holder).toBe('kubectl');
		expect(layout.file!.box.x).toBeGreaterThanOrEqual(box.x);
		expect(layout.file!.box.y + layout.file!.box.h).toBeLessThanOrEqual(box.y + box.h);
	});
});
