/**
 * A phone shows a window of the stage. At 390 px the whole 1600-wide picture would write the
 * wall's 34 design px at 7.6 px; a window PHONE_WINDOW wide writes them at 15 px. The window
 * follows the step: it frames what the step is about (its focus, and the wire its newest
 * message takes), as a camera would. The terminal band is laid out at the window's width
 * and stays put; message labels rest inside the window. Pure: part of the layout.
 */
import type { World } from '../engine/world.ts';
import { DESIGN, MARGIN, type Box, type LinkGeometry, type SceneLayout } from './geometry.ts';
import { WALL_TYPE } from './type-scale.ts';

/** A picture drawn narrower than this (px) is a phone's: it gets the window. */
export const PHONE_STAGE = 560;
/**
 * The window in design px: 800 wide, so a 358 px wide stage (a 390 px phone) writes 34 at
 * 15.2 px; and taller than the stage, as a phone's box is: the wall's lane of messages gets
 * room for three lines each, and the terminal band what the lane leaves (up to 100 more).
 */
export const PHONE_WINDOW = 800;
export const PHONE_HEIGHT = 1080;
const LANE_LINES = 3;
const TERMINAL_GROWS = 100;

/**
 * The left edge of the window, in design px, for a world. It frames, in this order and as
 * much as fits: what the scene asks for (`frames`, SceneModule.frames), the step's focus in
 * the order the author gave it, and the wire of the newest message. A box wider than the
 * window (a floor, the kernel: the ground, not the subject) is passed over.
 */
export function windowX(layout: SceneLayout, world: World, width = PHONE_WINDOW, frames: readonly Box[] = []): number {
	const spans: [number, number][] = frames.map((box) => [box.x, box.x + box.w]);
	for (const id of world.focus) {
		const box = layout.items.get(id) ?? layout.actors.get(id);
		if (box) spans.push([box.x, box.x + box.w]);
	}
	// The newest message: the reader follows it from its sender to its receiver.
	const newest = world.messages[world.messages.length - 1];
	const wire = newest && layout.links.get(newest.link);
	if (wire) spans.push([Math.min(wire.start.x, wire.end.x), Math.max(wire.start.x, wire.end.x)]);
	if (spans.length === 0) {
		const first = [...layout.actors.values()].sort((a, b) => a.x - b.x)[0];
		if (first) spans.push([first.x, first.x + first.w]);
	}
	let framed: [number, number] | undefined;
	for (const [a, b] of spans) {
		const next: [number, number] = framed ? [Math.min(framed[0], a), Math.max(framed[1], b)] : [a, b];
		if (next[1] - next[0] <= width) framed = next;
	}
	// Nothing fits (only ground): the middle of the first.
	const chosen = framed ?? spans[0];
	if (!chosen) return 0;
	return Math.round(Math.min(Math.max((chosen[0] + chosen[1]) / 2 - width / 2, 0), DESIGN.width - width));
}

/** A scene's layout as a phone's window shows it: the window's place, the terminal band and message labels inside it. */
export function inWindow(layout: SceneLayout, world: World, width = PHONE_WINDOW, hasTerminal = true, frames: readonly Box[] = []): SceneLayout {
	const pan = windowX(layout, world, width, frames);
	const { line, pad } = WALL_TYPE.message;
	// The wall's lane (one line a message) wraps in the narrow window: three lines a message,
	// a request above the lane's middle and an answer below it, under the actors.
	const lanes = [...layout.links.values()].some((link) => link.maxLines === 1);
	const message = 12 + LANE_LINES * line + 2 * pad;
	const actorsBottom = Math.max(0, ...[...layout.actors.values()].map((b) => b.y + b.h));
	// The window's extra height goes to the lane, and what the lane leaves to the terminal: its rows wrap more in the narrow window.
	const bottom = layout.terminal.y + layout.terminal.h + (PHONE_HEIGHT - DESIGN.height);
	const tallest = bottom - layout.terminal.h - TERMINAL_GROWS;
	const y = Math.min(Math.max(tallest, lanes ? actorsBottom + 4 + 2 * message + 6 : 0), bottom - layout.terminal.h);
	const terminal = { x: MARGIN, y, w: width - 2 * MARGIN, h: bottom - y };
	const laneMid = Math.min(actorsBottom + 4 + message, (hasTerminal ? terminal.y : PHONE_HEIGHT) - 6 - message);
	const links = new Map<string, LinkGeometry>();
	for (const [id, link] of layout.links) {
		// A label no wider than the window, moved in just enough to be whole (the wall's lane is centred).
		const labelWidth = Math.min(link.labelWidth, width - 2 * MARGIN);
		const x = Math.min(Math.max(link.mid.x, pan + MARGIN + labelWidth / 2), pan + width - MARGIN - labelWidth / 2);
		const lane = link.maxLines === 1;
		links.set(id, { ...link, labelWidth, mid: { x, y: lane ? laneMid : link.mid.y }, ...(lane ? { maxLines: LANE_LINES } : {}) });
	}
	return { ...layout, links, pan, terminal };
}
