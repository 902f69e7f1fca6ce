/**
 * What a scene kind is: everything the stage needs to know about it, in its own folder
 * (as tldraw's ShapeUtil holds everything about a shape). The registry lists the modules.
 * Besides index.ts, a scene's folder may hold Backdrop.svelte (what it draws under the
 * actors and items: wires, group boxes), items/<kind>.svelte (an item kind drawn its own
 * way, or in the look its layout asks for) and actors/<kind>.svelte (an actor kind drawn
 * its own way); the stage finds those by name.
 */
import type { Scenario } from '../../scenario/schema.ts';
import type { World } from '../../engine/world.ts';
import type { Box, SceneLayout } from '../geometry.ts';
import type { ActorKind, ItemKind } from '../items/item-kind.ts';
import type { TypeScale } from '../type-scale.ts';

export interface LayoutContext {
	itemKind(kind: string): ItemKind;
	/** How big the stage writes: boxes are sized to what they hold at this scale. */
	type: TypeScale;
}

export interface ScenarioProblem {
	/** Path from the scenario's root, e.g. ['actors', 2, 'kind']. */
	path: (string | number)[];
	message: string;
}

/**
 * How the camera enters a scene of this kind (going back out plays the same move backwards):
 * `zoom` flies through the item the scene action names (a container into its board house),
 * `fade` cross-fades the two pictures (the way in when there is no item to fly through).
 */
export interface CameraEntry {
	move: 'zoom' | 'fade';
	/** How long the move takes, in seconds at 1× speed. */
	seconds: number;
}

/** A scene that says nothing of its camera is entered by zooming through the named item. */
export const DEFAULT_CAMERA: CameraEntry = { move: 'zoom', seconds: 1.8 };

export interface SceneModule {
	/** One line for the README's table of scene kinds and the published schema. */
	summary: string;
	actorKinds: Readonly<Record<string, ActorKind>>;
	itemKinds: Readonly<Record<string, Partial<ItemKind>>>;
	/** Geometry of a world on this scene: a pure function, laid out once per world. */
	layout(scenario: Scenario, world: World, context: LayoutContext): SceneLayout;
	/** What this scene needs of a scenario that shows it (e.g. the house: one house actor). */
	problems?(scenario: Scenario): ScenarioProblem[];
	/** How the camera enters this scene (default DEFAULT_CAMERA). */
	camera?: CameraEntry;
	/**
	 * Whether a scenario fits this scene at the wall's type scale (type-scale.ts) with every label
	 * whole. A scene without it, or a scenario that does not fit, is drawn at the desk's density.
	 */
	fitsWall?(scenario: Scenario, context: LayoutContext): boolean;
	/**
	 * What a phone's window (phone-window.ts) frames besides the step's focus: what the scene
	 * draws for it elsewhere (the house writes what the process sees through a wall in its room).
	 */
	frames?(layout: SceneLayout, world: World): Box[];
	/** What would be wrong with item `id` where it now stands (e.g. a second floor in the house). */
	placeProblems?(scenario: Scenario, world: World, id: string): string[];
}
