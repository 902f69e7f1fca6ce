/**
 * Item kinds a scene draws its own way: scenes/<scene>/items/<kind>.svelte, found by name
 * (an item kind declared with draw: 'own' and no such file draws as a box), and items whose
 * scene asks for a look of its own (ItemBox.look).
 */
import type { Component } from 'svelte';
import { byFileName } from './by-file-name.ts';
import type { ItemState } from '../../engine/world.ts';
import type { Lang } from '../../i18n/text.ts';
import type { ItemBox } from '../geometry.ts';

export interface OwnItemProps {
	item: ItemState;
	box: ItemBox;
	lang: Lang;
	detail?: string;
	/** The step is about it (its ring is drawn around it as well). */
	focused?: boolean;
}

const modules = import.meta.glob<{ default: Component<OwnItemProps> }>('../scenes/*/items/*.svelte', { eager: true });

export const OWN_ITEMS: ReadonlyMap<string, Component<OwnItemProps>> = byFileName(modules);
