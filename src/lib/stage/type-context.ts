/**
 * The stage's type scale, handed to every drawing inside it (actor frames, items, wires,
 * terminals) without threading a prop through each. A getter, so a theme switched with T
 * redraws at the new density.
 */
import { createContext } from 'svelte';
import { DESK_TYPE, type TypeScale } from './type-scale.ts';

const [getType, setType, hasType] = createContext<() => TypeScale>();

export function provideStageType(current: () => TypeScale): void {
	setType(current);
}

/** The scale of the stage this drawing is in (the desk outside any stage). */
export function stageType(): () => TypeScale {
	return hasType() ? getType() : () => DESK_TYPE;
}
