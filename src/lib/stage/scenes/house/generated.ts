/** For generated scenarios (tests only): the house scene draws one board house, so one actor on it is of kind house. */
import type { SceneRules } from '../../../engine/generated-scene-rules.ts';

export const rules: SceneRules = {
	apply({ actors, groups }, onScene) {
		const first = onScene[0];
		if (first === undefined) return { actors, ...(groups ? { groups } : {}) };
		const out = actors.slice();
		out[first] = { ...out[first]!, kind: 'house' };
		return { actors: out, ...(groups ? { groups } : {}) };
	}
};
