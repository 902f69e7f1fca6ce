/**
 * When each part of a step's transition happens: the effects the engine reported for the
 * step, in their order, become beats on one timeline (the request travels, then the layer
 * streams back, then the terminal prints). Pure data; timeline.ts turns it into GSAP tweens.
 */
import type { Effect } from '../engine/effects';
import { unreachable } from '../engine/effects';
import type { World } from '../engine/world';
import type { WorldDiff } from '../engine/diff';

export interface Beat {
	at: number;
	duration: number;
}
export interface TransitionPlan {
	duration: number;
	/** The typed command line (index into its terminal's lines; `terminal`: another terminal's id, absent: the main one), revealed like typing. */
	typing?: Beat & { line: number; terminal?: string };
	/** Messages of the step, by index into world.messages. */
	messages: (Beat & { index: number })[];
	/** Streams opened (they draw in) or closed (they fade out), by id. */
	streams: (Beat & { id: string; open: boolean })[];
	enters: (Beat & { id: string; kind: string; from?: string })[];
	leaves: (Beat & { id: string })[];
	changes: (Beat & { id: string })[];
	/** Printed terminal lines, by index into the target world's lines of their terminal (`terminal` as for typing). */
	lines: (Beat & { line: number; terminal?: string })[];
	/** When items already on stage slide to their new places. */
	moves: Beat;
	/** Lines were erased (a clear): the main terminal snaps instead of animating. */
	terminalSnaps: boolean;
	/** The other terminals (by id) that snap for the same reason. */
	otherTerminalsSnap: string[];
	/** The file panel appears or goes. */
	file?: Beat;
	/** The camera moves to another scene (zooming through an item, or cross-fading). */
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
	move: 0.5,
	stream: 0.6,
	file: 0.4,
	linePerLine: 0.12,
	line: 0.25,
	zoom: 1.8
} as const;

/** What the scene on stage can draw: a message along a link it does not show takes no time; a change of scene takes as long as its camera move. */
export interface PlanContext {
	drawsLink: (linkId: string) => boolean;
	cameraSeconds?: number;
}

export function planTransition(effects: readonly Effect[], before: World, after: World, d: WorldDiff, context: PlanContext = { drawsLink: () => true }): TransitionPlan {
	const entered = new Set(d.entered.map((i) => i.id));
	const changed = new Set(d.changed.map((c) => c.after.id));
	const plan: TransitionPlan = {
		duration: 0,
		messages: [],
		streams: [],
		enters: [],
		leaves: [],
		changes: [],
		lines: [],
		moves: { at: 0, duration: TIMING.move },
		terminalSnaps: d.terminal.kept < before.terminal.lines.length,
		otherTerminalsSnap: Object.entries(d.terminals).flatMap(([id, t]) => (t.erased.length > 0 ? [id] : []))
	};
	const snaps = (terminal: string | undefined) => (terminal === undefined ? plan.terminalSnaps : plan.otherTerminalsSnap.includes(terminal));
	const tag = (terminal: string | undefined) => (terminal === undefined ? {} : { terminal });
	let t = 0;
	let firstStructural: number | undefined;
	for (const effect of effects) {
		switch (effect.kind) {
			case 'typed': {
				const duration = Math.min(TIMING.typeMax, 0.2 + TIMING.typePerChar * effect.command.length);
				if (!snaps(effect.terminal)) plan.typing = { at: 0, duration, line: effect.line, ...tag(effect.terminal) };
				t += duration;
				break;
			}
			case 'sent': {
				if (!context.drawsLink(effect.link)) break;
				const previous = plan.messages[plan.messages.length - 1];
				// Sent together with the one before: both fly at once.
				if (effect.together && previous) plan.messages.push({ at: previous.at, duration: TIMING.message, index: effect.index });
				else {
					plan.messages.push({ at: t, duration: TIMING.message, index: effect.index });
					t += TIMING.message;
				}
				break;
			}
			case 'stream-opened':
			case 'stream-closed':
				if (!context.drawsLink(effect.link)) break;
				plan.streams.push({ at: t, duration: TIMING.stream, id: effect.id, open: effect.kind === 'stream-opened' });
				t += TIMING.stream * 0.7;
				break;
			case 'added':
				if (!entered.has(effect.id)) break;
				firstStructural ??= t;
				plan.enters.push({ at: t, duration: TIMING.enter, id: effect.id, kind: effect.itemKind, ...(effect.from ? { from: effect.from } : {}) });
				t += TIMING.enterSpacing;
				break;
			case 'updated':
				if (!changed.has(effect.id)) break;
				plan.changes.push({ at: t, duration: TIMING.change, id: effect.id });
				t += TIMING.change * 0.7;
				break;
			case 'removed': {
				firstStructural ??= t;
				const gone = effect.ids.filter((id) => !(id in after.items));
				for (const id of gone) plan.leaves.push({ at: t, duration: TIMING.leave, id });
				if (gone.length > 0) t += TIMING.leave;
				break;
			}
			case 'moved':
				// The item slides to its new holder with everything else that moves.
				if (firstStructural === undefined) {
					firstStructural = t;
					t += TIMING.move;
				}
				break;
			case 'printed':
				if (!snaps(effect.terminal))
					for (let i = 0; i < effect.count; i++)
						plan.lines.push({ at: t + i * TIMING.linePerLine, duration: TIMING.line, line: effect.first + i, ...tag(effect.terminal) });
				t += effect.count * TIMING.linePerLine + TIMING.line;
				break;
			case 'file-shown':
			case 'file-hidden':
				if (!d.fileChanged || plan.file) break;
				plan.file = { at: t, duration: TIMING.file };
				t += TIMING.file;
				break;
			case 'scene-changed':
				if (before.scene !== after.scene && !plan.zoom) {
					const duration = context.cameraSeconds ?? TIMING.zoom;
					plan.zoom = { at: t, duration };
					t += duration;
				}
				break;
			case 'cleared':
			case 'prompted':
			case 'focused':
				break;
			default:
				unreachable(effect);
		}
	}
	plan.moves = { at: firstStructural ?? 0, duration: TIMING.move };
	plan.duration = Math.max(t, plan.moves.at + plan.moves.duration);
	return plan;
}
