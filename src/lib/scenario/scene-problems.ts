/**
 * What the scene kinds need of a scenario: the groups its actors name, each scene's own
 * rules (the house draws one board house; the cluster's first group holds the hub), and
 * where an item may stand (one floor in a house). Positioned like every other error.
 */
import type { Effect } from '../engine/effects.ts';
import type { World } from '../engine/world.ts';
import { SCENES, scenesOf } from '../stage/scenes/registry.ts';
import type { SceneModule } from '../stage/scenes/scene-module.ts';
import type { Path } from './positions.ts';
import type { Scenario } from './schema.ts';

export interface Problem {
	path: Path;
	message: string;
}

export function sceneProblems(scenario: Scenario): Problem[] {
	const problems: Problem[] = [];
	const groups = scenario.groups ?? [];
	const seen = new Set<string>();
	groups.forEach((g, i) => {
		if (seen.has(g.id)) problems.push({ path: ['groups', i, 'id'], message: `duplicate group id "${g.id}"` });
		seen.add(g.id);
	});
	scenario.actors.forEach((actor, i) => {
		if (actor.group !== undefined && !seen.has(actor.group))
			problems.push({
				path: ['actors', i, 'group'],
				message: `unknown group "${actor.group}" (${groups.length > 0 ? `groups: ${groups.map((g) => g.id).join(', ')}` : 'the scenario has no "groups"'})`
			});
	});
	for (const kind of scenesOf(scenario)) problems.push(...((SCENES[kind] as SceneModule).problems?.(scenario) ?? []));
	return problems;
}

/** Problems with where the items an action added or moved now stand, at that action's path. */
export function placeProblems(scenario: Scenario, world: World, effects: readonly Effect[], path: Path): Problem[] {
	const placed = effects.flatMap((e) => (e.kind === 'added' || e.kind === 'moved' ? [e.id] : []));
	if (placed.length === 0) return [];
	const modules = scenesOf(scenario).map((kind) => SCENES[kind] as SceneModule);
	return placed.flatMap((id) => modules.flatMap((m) => (m.placeProblems?.(scenario, world, id) ?? []).map((message) => ({ path, message }))));
}
