/**
 * When each part of a step's transition happens: the step's actions, in their order,
 * become beats on one timeline (the request travels, then the layer streams back, then
 * the terminal prints). Pure data; timeline.ts turns it into GSAP tweens.
 */
import type { Step } from '../scenario/schema';
import { subtreeIds, type World } from '../engine/world';
import type { WorldDiff } from '../engine/diff';

export interface Beat {
	at: number;
	duration: number;
}
export interface TransitionPlan {
	duration: number;
	/** The typed command line (index into the terminal lines), revealed like typing. */
	typing?: Beat & { line: number };
	/** Messages of the step, by index into world.messages. */
	messages: (Beat & { index: number })[];
	enters: (Beat & { id: string; kind: string; from?: string })[];
	leaves: (Beat & { id: string })[];
	changes: (Beat & { id: string })[];
	/** Printed terminal lines, by index into the target world's lines. */
	lines: (Beat & { line: number })[];
	/** When items already on stage slide to their new places. */
	moves: Beat;
	/** Lines were erased (a clear): the terminal snaps instead of animating. */
	terminalSnaps: boolean;
	/** The camera moves to another scene (zooming through an item). */
	zoom?: Beat;
}

export const TIMING = {
	typePerChar: 0.03,
	typeMax: 0.9,
	message: 0.85,
	enter: 0.6,
	enterSpacing: 0.4,
	change: 0.45,
	leave: 0.4,
	linePerLine: 0.12,
	line: 0.25,
	zoom: 1.8
} as const;

/** What the scene on stage can draw: a message along a link it does not show takes no time. */
export interface PlanContext {
	drawsLink: (linkId: string) => boolean;
}

export function planTransition(step: Step, before: World, after: World, d: WorldDiff, context: PlanContext = { drawsLink: () => true }): TransitionPlan {
	const entered = new Set(d.entered.map((i) => i.id));
	const changed = new Set(d.changed.map((c) => c.after.id));
	const plan: TransitionPlan = {
		duration: 0,
		messages: [],
		enters: [],
		leaves: [],
		changes: [],
		lines: [],
		moves: { at: 0, duration: 0.5 },
		terminalSnaps: d.terminal.kept < before.terminal.lines.length
	};
	let t = 0;
	let nextLine = before.terminal.lines.length;
	let nextMessage = 0;
	let firstStructural: number | undefined;
	if (step.command !== undefined) {
		const duration = Math.min(TIMING.typeMax, 0.2 + TIMING.typePerChar * step.command.length);
		if (!plan.terminalSnaps) plan.typing = { at: 0, duration, line: nextLine };
		nextLine++;
		t += duration;
	}
	let world = before;
	for (const action of step.actions) {
		switch (action.do) {
			case 'send':
				if (context.drawsLink(action.link)) {
					plan.messages.push({ at: t, duration: TIMING.message, index: nextMessage });
					t += TIMING.message;
				}
				nextMessage++;
				break;
			case 'add':
				if (entered.has(action.item.id)) {
					firstStructural ??= t;
					plan.enters.push({ at: t, duration: TIMING.enter, id: action.item.id, kind: action.item.kind, ...(action.from ? { from: action.from } : {}) });
					t += TIMING.enterSpacing;
				}
				world = { ...world, items: { ...world.items, [action.item.id]: action.item } };
				break;
			case 'update':
				if (changed.has(action.id)) {
					plan.changes.push({ at: t, duration: TIMING.change, id: action.id });
					t += TIMING.change * 0.7;
				}
				break;
			case 'remove': {
				firstStructural ??= t;
				const gone = action.id in world.items ? subtreeIds(world.items, action.id) : [];
				for (const id of gone) if (!(id in after.items)) plan.leaves.push({ at: t, duration: TIMING.leave, id });
				if (gone.length > 0) t += TIMING.leave;
				break;
			}
			case 'print':
				if (!plan.terminalSnaps)
					action.lines.forEach((_, i) => plan.lines.push({ at: t + i * TIMING.linePerLine, duration: TIMING.line, line: nextLine + i }));
				nextLine += action.lines.length;
				t += action.lines.length * TIMING.linePerLine + TIMING.line;
				break;
			case 'clear':
				nextLine = 0;
				break;
			case 'scene':
				if (before.scene !== after.scene && !plan.zoom) {
					plan.zoom = { at: t, duration: TIMING.zoom };
					t += TIMING.zoom;
				}
				break;
			case 'prompt':
			case 'focus':
				break;
		}
	}
	plan.moves = { at: firstStructural ?? 0, duration: 0.5 };
	plan.duration = Math.max(t, plan.moves.at + plan.moves.duration);
	return plan;
}
