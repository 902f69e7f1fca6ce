/**
 * For generated scenarios (tests only): a cluster has groups (a control plane and a node);
 * its first actor is the hub (kube-apiserver) in the control plane, the others in a group
 * or in none as their pick says.
 */
import type { SceneRules } from '../../../engine/generated-scene-rules.ts';

const GROUP_IDS = ['plane', 'node-a'] as const;

export const rules: SceneRules = {
	apply({ actors, groups }, onScene, picks, groupLabels) {
		if (onScene.length === 0) return { actors, ...(groups ? { groups } : {}) };
		const out = actors.slice();
		for (const i of onScene) {
			const pick = picks[i]! % (GROUP_IDS.length + 1);
			if (pick > 0) out[i] = { ...out[i]!, group: GROUP_IDS[pick - 1] };
		}
		out[onScene[0]!] = { ...out[onScene[0]!]!, kind: 'apiserver', group: 'plane' };
		return { actors: out, groups: [...(groups ?? []), ...GROUP_IDS.map((id, i) => ({ id, label: groupLabels[i]! }))] };
	}
};
