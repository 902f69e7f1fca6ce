/**
 * What one step's timeline needs, worked out from the engine's worlds, the plan and the
 * layouts — pure data (no DOM), so it is tested in Node. timeline.ts finds the elements
 * through dom-hooks.ts and tweens them.
 */
import type { TerminalLine, World } from '../engine/world.ts';
import type { WorldDiff } from '../engine/diff.ts';
import type { Lang } from '../i18n/text.ts';
import type { Box } from './geometry.ts';
import type { TransitionPlan } from './plan.ts';
import type { Layer } from './stage-layers.ts';
import type { LayoutCache } from './layout-cache.ts';
import type { MessageBox } from './wires/message-layout.ts';
import { itemKind } from './scenes/registry.ts';
import { cameraMove, type CameraMove } from './camera-move.ts';
import { meterFill, meterTrack } from './items/meter.ts';
import { drawnTerminalBox, terminalHeader, terminalScrolled, TERM } from './terminal-layout.ts';
import { typeScale } from './type-scale.ts';
import { sceneDensity } from './scenes/registry.ts';

export interface TimelineInput {
	plan: TransitionPlan;
	/** Boxes of items in the world before and after the step. */
	before: Map<string, Box>;
	after: Map<string, Box>;
	/** Messages of the previous step (they fade out) and of this step (they fly in). */
	oldMessages: number;
	messages: MessageBox[];
	/** How far each terminal's rows scroll (the main one: terminal absent), in px, before and after. */
	terminalScrolls: { terminal?: string; from: number; to: number }[];
	/** Gauges and bars whose filled width changes. */
	fills: { id: string; from: number; to: number }[];
	/** The file panel appears (true) or goes (false). */
	fileShows?: boolean;
	/** A change of scene: the camera zooms through `box` (in the outer scene's layer) into the inner one, or cross-fades; or back out. */
	camera?: CameraMove;
	/** Whether the step changes scene (the two pictures are different layers: no item fades between them). */
	sceneChange: boolean;
}

export interface TransitionWorlds {
	from: World;
	to: World;
	d: WorldDiff;
	plan: TransitionPlan;
}

export function timelineInput(t: TransitionWorlds, layers: Layer[], layouts: LayoutCache, lang: Lang): TimelineInput {
	const first = layers[0]!;
	const last = layers[layers.length - 1]!;
	const sceneChange = t.from.scene !== t.to.scene;
	const beforeLayout = first.from?.layout ?? first.layout;
	const afterLayout = last.layout;
	const fills = t.d.changed
		.filter((c) => itemKind(c.after.kind).draw === 'meter')
		.flatMap((c) => {
			const box = afterLayout.items.get(c.after.id);
			const track = box && meterTrack(box);
			return track ? [{ id: c.after.id, from: meterFill(c.before, track.w), to: meterFill(c.after, track.w) }] : [];
		});
	const camera = cameraMove(t.from, t.to, layouts);
	// In the panel's own units: it draws at the desk's metrics and is scaled as a whole.
	const terminalScale = typeScale(sceneDensity(layouts.scenario, last.scene, layouts.density)).terminalScale;
	const scroll = (lines: TerminalLine[], box: Box) => -terminalScrolled(lines, lang, drawnTerminalBox(box, terminalScale), terminalHeader(terminalScale)) * TERM.lineHeight;
	const terminalScrolls: TimelineInput['terminalScrolls'] = [{ from: scroll(t.from.terminal.lines, afterLayout.terminal), to: scroll(t.to.terminal.lines, afterLayout.terminal) }];
	for (const [id, box] of afterLayout.terminals ?? [])
		terminalScrolls.push({ terminal: id, from: scroll(t.from.terminals[id]?.lines ?? [], box), to: scroll(t.to.terminals[id]?.lines ?? [], box) });
	return {
		plan: t.plan,
		before: beforeLayout.items,
		after: afterLayout.items,
		oldMessages: sceneChange ? 0 : t.from.messages.length,
		messages: layouts.messages(last.world, lang, last.scene),
		fills,
		...(t.d.fileChanged && !!t.from.file !== !!t.to.file ? { fileShows: !!t.to.file } : {}),
		...(camera ? { camera } : {}),
		sceneChange,
		terminalScrolls
	};
}
