/**
 * Layouts for a stage, each world laid out once, with boxes that keep their identity.
 *
 * Why: the stage redraws from `layoutScene` at every step, and Svelte compares props by
 * identity. Freshly computed boxes are new objects even where nothing moved, so every item,
 * actor and wire would update on every key press (and again when the transition ends). Here
 * a box equal in value to the last one handed out for the same id *is* that object, so only
 * what really changed is redrawn.
 */
import type { Scenario, SceneKind } from '../scenario/schema.ts';
import type { World } from '../engine/world.ts';
import type { SceneLayout } from './geometry.ts';
import { layoutScene, sceneDensity } from './scenes/registry.ts';
import { layoutMessages, type MessageBox } from './wires/message-layout.ts';
import type { Lang } from '../i18n/text.ts';
import { typeScale, type Density } from './type-scale.ts';

export class LayoutCache {
	readonly #byWorld = new WeakMap<World, Partial<Record<SceneKind, SceneLayout>>>();
	/** The last box handed out per key, with its value as text for comparison. */
	readonly #last = new Map<string, { text: string; value: unknown }>();
	readonly #messages = new WeakMap<World, Map<string, MessageBox[]>>();

	/** `window`: the width of a phone's window onto the stage (phone-window.ts), if it is one. */
	constructor(
		readonly scenario: Scenario,
		readonly density: Density = 'desk',
		readonly window?: number
	) {}

	get(world: World, scene: SceneKind = world.scene): SceneLayout {
		let layouts = this.#byWorld.get(world);
		if (!layouts) this.#byWorld.set(world, (layouts = {}));
		const cached = layouts[scene];
		if (cached) return cached;
		const fresh = layoutScene(this.scenario, world, scene, this.density, this.window);
		const layout: SceneLayout = {
			actors: this.#stable(`${scene}:actor`, fresh.actors),
			items: this.#stable(`${scene}:item`, fresh.items),
			links: this.#stable(`${scene}:link`, fresh.links),
			terminal: this.#same(`${scene}:terminal`, fresh.terminal),
			...(fresh.groups ? { groups: this.#stable(`${scene}:group`, fresh.groups) } : {}),
			...(fresh.terminals ? { terminals: this.#stable(`${scene}:terminals`, fresh.terminals) } : {}),
			...(fresh.file ? { file: this.#same(`${scene}:file`, fresh.file) } : {}),
			...(fresh.pan !== undefined ? { pan: fresh.pan } : {})
		};
		layouts[scene] = layout;
		return layout;
	}

	/** The message labels of a world as its scene lays them out, in one language. */
	messages(world: World, lang: Lang, scene: SceneKind = world.scene): MessageBox[] {
		let byKey = this.#messages.get(world);
		if (!byKey) this.#messages.set(world, (byKey = new Map()));
		const key = `${scene}:${lang}`;
		let boxes = byKey.get(key);
		if (!boxes) byKey.set(key, (boxes = layoutMessages(world.messages, this.get(world, scene).links, lang, typeScale(sceneDensity(this.scenario, scene, this.density)))));
		return boxes;
	}

	#stable<T>(prefix: string, map: Map<string, T>): Map<string, T> {
		const out = new Map<string, T>();
		for (const [id, value] of map) out.set(id, this.#same(`${prefix}:${id}`, value));
		return out;
	}

	#same<T>(key: string, value: T): T {
		const text = JSON.stringify(value);
		const last = this.#last.get(key);
		if (last && last.text === text) return last.value as T;
		this.#last.set(key, { text, value });
		return value;
	}
}
