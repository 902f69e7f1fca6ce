/**
 * What a generated scenario must respect for a scene kind with rules of its own (the house:
 * one house actor; the cluster: groups, the hub in the first). Each such kind keeps its rule
 * for the generators in its own folder, as `scenes/<kind>/generated.ts` exporting `rules`;
 * arbitraries.ts applies every one it finds, so a new kind with rules touches only its folder.
 */
import type { Actor, Group, LocalizedText } from '../scenario/schema.ts';

export interface GeneratedActors {
	actors: Actor[];
	groups?: Group[];
}

export interface SceneRules {
	/**
	 * Given the generated actors, the indices of those on this scene, one random number per
	 * actor and two group labels, return actors (and groups) that keep the scene's rules.
	 */
	apply(generated: GeneratedActors, onScene: number[], picks: readonly number[], groupLabels: readonly LocalizedText[]): GeneratedActors;
}
