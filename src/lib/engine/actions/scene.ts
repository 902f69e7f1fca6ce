import type { ActionDefinition } from './definition.ts';
import { isHolder, notAHolder } from './definition.ts';

export const scene: ActionDefinition<'scene'> = {
	problems: (context, world, action) =>
		action.zoom === undefined || isHolder(context, world, action.zoom) ? [] : [{ path: ['zoom'], message: notAHolder(action.zoom) }],
	apply(_, world, action) {
		const { zoom: _zoom, ...rest } = world;
		const next = action.zoom === undefined ? { ...rest, scene: action.scene } : { ...rest, scene: action.scene, zoom: action.zoom };
		return {
			world: next,
			effects: [{ kind: 'scene-changed', from: world.scene, to: action.scene, ...(action.zoom !== undefined ? { zoom: action.zoom } : {}) }]
		};
	}
};
