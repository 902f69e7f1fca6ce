/**
 * Actor kinds a scene draws its own way: scenes/<scene>/actors/<kind>.svelte, found by name
 * (an actor kind declared with draw: 'own' and no such file draws as a frame).
 */
import type { Actor } from '../../scenario/schema.ts';
import type { Lang } from '../../i18n/text.ts';
import type { Box } from '../geometry.ts';

export interface OwnActorProps {
	actor: Actor;
	box: Box;
	lang: Lang;
	focused: boolean;
	empty: boolean;
}
