/**
 * The items a layer draws, each as { item, box } — the same object as last time when
 * neither changed, so Svelte skips what did not move (an unchanged item gets the same
 * object, and keyed each-blocks compare by identity).
 */
import type { ItemState } from '../engine/world.ts';
import type { ItemBox } from './geometry.ts';
import type { Layer } from './stage-layers.ts';

export interface Drawn {
	item: ItemState;
	box: ItemBox;
}

export class DrawnItems {
	#last = new Map<string, Drawn>();

	/** A layer's world's items, plus (within a transition) those leaving it, in drawing order. */
	of(layer: Layer): Drawn[] {
		const list: Drawn[] = [];
		const next = new Map<string, Drawn>();
		const entry = (item: ItemState, box: ItemBox) => {
			const last = this.#last.get(item.id);
			const value = last && last.item === item && last.box === box ? last : { item, box };
			next.set(item.id, value);
			list.push(value);
		};
		for (const item of Object.values(layer.world.items)) {
			// Within a transition, an item the wall no longer shows stays drawn where it was: it fades out.
			const box = layer.layout.items.get(item.id) ?? layer.from?.layout.items.get(item.id);
			if (box) entry(item, box);
		}
		if (layer.from)
			for (const item of Object.values(layer.from.world.items))
				if (!(item.id in layer.world.items)) {
					const box = layer.from.layout.items.get(item.id);
					if (box) entry(item, box);
				}
		for (const [id, value] of next) this.#last.set(id, value);
		return list;
	}
}
