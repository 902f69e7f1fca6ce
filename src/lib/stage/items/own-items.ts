/**
 * What an item a scene draws its own way is given: scenes/<scene>/items/<kind>.svelte, found
 * by name (scene-parts.ts; an item kind declared with draw: 'own' and no such file draws as a
 * box), and items whose scene asks for a look of its own (ItemBox.look).
 */
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
