/**
 * The scene kinds: one line each. The format's `scene` enum, the README's table of kinds,
 * the item and actor vocabulary and the screen reader's words all come from here.
 * Adding a kind: its folder (index.ts, and optionally Layer.svelte, items/<kind>.svelte)
 * and one line below.
 */
import type { Scenario } from '../../scenario/schema.ts';
import type { World } from '../../engine/world.ts';
import { withSidePanels, type SceneLayout } from '../geometry.ts';
import { inWindow } from '../phone-window.ts';
import { PLAIN_ACTOR, PLAIN_KIND, type ActorKind, type ItemKind, type KindWord } from '../items/item-kind.ts';
import { DESK_TYPE, WALL_TYPE, type Density } from '../type-scale.ts';
import { DEFAULT_CAMERA, type CameraEntry, type LayoutContext, type SceneModule } from './scene-module.ts';
import { flow } from './flow/index.ts';
import { house } from './house/index.ts';
import { cluster } from './cluster/index.ts';

export const SCENES = { flow, house, cluster } satisfies Record<string, SceneModule>;

export type SceneKind = keyof typeof SCENES;
export const SCENE_KINDS = Object.keys(SCENES) as [SceneKind, ...SceneKind[]];

function merged<T>(pick: (scene: SceneModule) => Readonly<Record<string, T>>): Map<string, T> {
	const out = new Map<string, T>();
	for (const scene of Object.values(SCENES) as SceneModule[]) for (const [kind, value] of Object.entries(pick(scene))) if (!out.has(kind)) out.set(kind, value);
	return out;
}
const itemKinds = new Map([...merged((s) => s.itemKinds)].map(([kind, partial]) => [kind, { ...PLAIN_KIND, ...partial }]));
const actorKinds = merged((s) => s.actorKinds);

/** How an item kind looks, whichever scene declared it; a kind nobody declares is a plain box. */
export function itemKind(kind: string): ItemKind {
	return itemKinds.get(kind) ?? PLAIN_KIND;
}

/** Every kind's word for the screen reader, by kind. */
export function kindWords(): Record<string, KindWord> {
	return Object.fromEntries([...itemKinds].flatMap(([kind, k]) => (k.word ? [[kind, k.word]] : [])));
}

export function actorKind(kind: string): ActorKind {
	return actorKinds.get(kind) ?? PLAIN_ACTOR;
}

/** How the camera enters a scene of this kind (camera-move.ts decides which scene of a move is entered). */
export function cameraEntry(scene: SceneKind): CameraEntry {
	return (SCENES[scene] as SceneModule).camera ?? DEFAULT_CAMERA;
}

export const LAYOUT_CONTEXT: LayoutContext = { itemKind, type: DESK_TYPE };
const WALL_CONTEXT: LayoutContext = { itemKind, type: WALL_TYPE };

/**
 * The density a scene draws a scenario at: the wall only where its module knows the wall's
 * type and says the scenario fits there whole; else the desk's small type, never a cut label.
 */
export function sceneDensity(scenario: Scenario, scene: SceneKind, density: Density): Density {
	const fits = (SCENES[scene] as SceneModule).fitsWall;
	return density === 'wall' && fits?.(scenario, WALL_CONTEXT) ? 'wall' : 'desk';
}

/**
 * The layout of whichever scene a world is in, at the desk's density or the wall's. `window`:
 * the width a phone shows of it (phone-window.ts).
 */
export function layoutScene(scenario: Scenario, world: World, scene: SceneKind = world.scene, density: Density = 'desk', window?: number): SceneLayout {
	const layout = SCENES[scene].layout(scenario, world, sceneDensity(scenario, scene, density) === 'wall' ? WALL_CONTEXT : LAYOUT_CONTEXT);
	return withSidePanels(window === undefined ? layout : inWindow(layout, world, window, scenario.terminal !== undefined, (SCENES[scene] as SceneModule).frames?.(layout, world)), { file: world.file !== null, terminals: Object.keys(world.terminals) });
}

export { actorsOf } from './actors-of.ts';

/** Scene kinds a scenario shows: its own, the ones its actors name, and those its scene actions switch to. */
export function scenesOf(scenario: Scenario): SceneKind[] {
	const kinds = new Set<SceneKind>([scenario.scene]);
	for (const a of scenario.actors) if (a.scene) kinds.add(a.scene);
	for (const step of scenario.steps) for (const action of step.actions) if (action.do === 'scene') kinds.add(action.scene);
	return [...kinds];
}
