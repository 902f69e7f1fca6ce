/**
 * Turns a transition plan into one GSAP timeline over the stage's elements. Every tween
 * is a fromTo towards the target world's resting state (offset 0, opacity 1), so the same
 * timeline played backwards is the reverse transition, and jumping to its end or start
 * leaves the elements exactly where the Svelte-rendered world says they are.
 */
import { gsap } from 'gsap';
import type { Box } from './geometry';
import { itemKind } from './scenes/registry.ts';
import { SCENE_AREA } from './geometry';
import { HOOKS } from './dom-hooks';
import type { TimelineInput } from './timeline-input';
import { MotionRegistry, type Point } from './svg-motion';

/** The camera move that makes `box` fill the scene area (scale about the origin, then translate). */
export function zoomInto(box: Box): { scale: number; x: number; y: number } {
	const scale = Math.min(SCENE_AREA.w / box.w, SCENE_AREA.h / box.h);
	return { scale, x: SCENE_AREA.w / 2 - scale * (box.x + box.w / 2), y: SCENE_AREA.h / 2 - scale * (box.y + box.h / 2) };
}

/** The inverse placement: the whole scene area shrunk into `box`. */
export function shrinkInto(box: Box): { scale: number; x: number; y: number } {
	const scale = Math.min(box.w / SCENE_AREA.w, box.h / SCENE_AREA.h);
	return { scale, x: box.x + (box.w - scale * SCENE_AREA.w) / 2, y: box.y + (box.h - scale * SCENE_AREA.h) / 2 };
}

const EASE = 'power2.inOut';

/** A step's timeline, and how to hand its elements back to the markup once it is finished. */
export interface StageMotion {
	timeline: gsap.core.Timeline;
	/** Removes every transform and inline opacity the timeline wrote (attributes it tweened stay). */
	clear(): void;
}

export function buildTimeline(root: Element, input: TimelineInput): StageMotion {
	const { plan, before, after } = input;
	const find = (selector: string) => root.querySelector(selector);
	// Elements move through SvgMotion stand-ins (see svg-motion.ts: no style reads); `attr`
	// tweens (widths, the typing mask) go to the element itself, which GSAP reads as attributes.
	const motions = new MotionRegistry();
	const q = (selector: string, origin?: Point) => {
		const el = find(selector);
		return el ? motions.of(el, origin) : null;
	};
	const tl = gsap.timeline({ paused: true, defaults: { ease: EASE } });
	// Sizes the markup owns (an item's rect, a meter's fill), as the markup drew them for this
	// step. Svelte writes an attribute only when its own value changes, so once the timeline is
	// done they go back to what Svelte believes is there; its next draw then corrects them.
	const markupSizes: { el: Element; name: string; value: string | null }[] = [];
	const ownedBySvelte = (el: Element, ...names: string[]) => {
		for (const name of names) markupSizes.push({ el, name, value: el.getAttribute(name) });
	};

	for (let i = 0; i < input.oldMessages; i++) {
		const el = q(HOOKS.oldMessage(i));
		if (el) tl.fromTo(el, { opacity: 1 }, { opacity: 0, duration: 0.25 }, 0);
	}

	const entering = new Set(plan.enters.map((e) => e.id));
	const leaving = new Set(plan.leaves.map((e) => e.id));
	for (const id of before.keys()) {
		if (after.has(id) || leaving.has(id) || input.sceneChange) continue;
		// Drawn before and not after, yet still in the world: the wall closed what holds it, or it gave way.
		const motion = q(HOOKS.item(id));
		if (motion) tl.fromTo(motion, { opacity: 1 }, { opacity: 0, duration: plan.moves.duration * 0.5 }, plan.moves.at);
	}
	for (const [id, box] of after) {
		const old = before.get(id);
		if (!old && !entering.has(id) && !input.sceneChange) {
			// On the scene before and after, but drawn only now: the wall opened what holds it.
			const motion = q(HOOKS.item(id));
			if (motion) tl.fromTo(motion, { opacity: 0 }, { opacity: 1, duration: plan.moves.duration * 0.6 }, plan.moves.at + plan.moves.duration * 0.4);
		}
		if (!old || entering.has(id)) continue;
		const motion = q(HOOKS.item(id));
		if (motion && (old.x !== box.x || old.y !== box.y))
			tl.fromTo(motion, { x: old.x - box.x, y: old.y - box.y }, { x: 0, y: 0, duration: plan.moves.duration }, plan.moves.at);
		const rect = find(HOOKS.itemRect(id));
		if (rect && (old.h !== box.h || old.w !== box.w)) {
			ownedBySvelte(rect, 'height', 'width');
			tl.fromTo(rect, { attr: { height: old.h, width: old.w } }, { attr: { height: box.h, width: box.w }, duration: plan.moves.duration }, plan.moves.at);
		}
	}

	for (const enter of plan.enters) {
		const box = after.get(enter.id);
		const style = itemKind(enter.kind).enter;
		// Scaling keeps a point of the item in place (item coordinates: its box starts at 0, 0):
		// growing rises from the bottom edge, the rest unfold from the top centre.
		const motion = box && q(HOOKS.item(enter.id), style === 'grow' ? { x: box.w / 2, y: box.h } : { x: box.w / 2, y: 0 });
		if (!motion || !box) continue;
		const origin = enter.from ? (before.get(enter.from) ?? after.get(enter.from)) : undefined;
		if (!origin && style === 'rise') tl.fromTo(motion, { y: 70, opacity: 0 }, { y: 0, opacity: 1, duration: enter.duration * 1.4, ease: 'power3.out' }, enter.at);
		else if (!origin && style === 'drop') tl.fromTo(motion, { y: -70, opacity: 0 }, { y: 0, opacity: 1, duration: enter.duration * 1.4, ease: 'bounce.out' }, enter.at);
		else if (!origin && style === 'grow')
			tl.fromTo(motion, { scaleY: 0 }, { scaleY: 1, duration: enter.duration * 1.2, ease: 'back.out(1.4)' }, enter.at);
		else if (origin) {
			// Fly from the origin (e.g. a registry layer) into place, as a copy of it.
			tl.fromTo(motion, { x: origin.x - box.x, y: origin.y - box.y, opacity: 0.35 }, { x: 0, y: 0, opacity: 1, duration: enter.duration * 1.6 }, enter.at);
		} else tl.fromTo(motion, { opacity: 0, scale: 0.92 }, { opacity: 1, scale: 1, duration: enter.duration }, enter.at);
	}
	for (const leave of plan.leaves) {
		const motion = q(HOOKS.item(leave.id));
		if (motion && leaving.has(leave.id)) tl.fromTo(motion, { opacity: 1 }, { opacity: 0, duration: leave.duration }, leave.at);
	}
	for (const change of plan.changes) {
		const flash = q(HOOKS.itemFlash(change.id));
		if (flash) tl.fromTo(flash, { opacity: 0 }, { opacity: 0.9, duration: change.duration / 2, yoyo: true, repeat: 1, ease: 'sine.inOut' }, change.at);
	}

	for (const m of plan.messages) {
		const box = input.messages.find((b) => b.index === m.index);
		const pill = q(HOOKS.message(m.index));
		const packet = q(HOOKS.packet(m.index));
		if (!box || !pill) continue;
		tl.fromTo(pill, { x: box.fromDx, opacity: 0 }, { x: 0, opacity: 1, duration: m.duration }, m.at);
		if (packet) {
			const from = box.reverse ? box.link.end : box.link.start;
			const to = box.reverse ? box.link.start : box.link.end;
			// Not before its turn: a later message's packet must not wait, drawn, at its start.
			tl.fromTo(packet, { x: from.x, y: from.y, opacity: 1 }, { x: to.x, y: to.y, duration: m.duration, ease: 'none', immediateRender: false }, m.at);
			tl.to(packet, { opacity: 0, duration: 0.15 }, m.at + m.duration);
		}
		// The wire lights up behind the packet, then lets go once it has arrived. Its opacity is
		// two fromTo's that both rest at 0, so the timeline run or finished either way (an
		// attribute, which clear() does not reset) leaves no trail drawn.
		const trail = find(HOOKS.trail(m.index));
		if (trail) {
			const lit = { immediateRender: false, duration: 0.05 };
			tl.fromTo(trail, { attr: { 'stroke-dashoffset': 1 } }, { attr: { 'stroke-dashoffset': 0 }, duration: m.duration, ease: 'none', immediateRender: false }, m.at);
			tl.fromTo(trail, { attr: { opacity: 0 } }, { attr: { opacity: 0.55 }, ...lit }, m.at);
			tl.fromTo(trail, { attr: { opacity: 0.55 } }, { attr: { opacity: 0 }, ...lit, duration: 0.4 }, m.at + m.duration);
		}
		if (box.replaces !== undefined) {
			const older = q(HOOKS.message(box.replaces));
			if (older) tl.fromTo(older, { opacity: 1 }, { opacity: 0, duration: 0.2, immediateRender: false }, m.at);
		}
	}

	for (const fill of input.fills) {
		const el = find(HOOKS.meterFill(fill.id));
		const at = plan.changes.find((c) => c.id === fill.id)?.at ?? 0;
		if (el) ownedBySvelte(el, 'width');
		if (el) tl.fromTo(el, { attr: { width: fill.from } }, { attr: { width: fill.to }, duration: 0.9, ease: 'power1.inOut' }, at);
	}

	for (const beat of plan.streams) {
		const stream = q(HOOKS.stream(beat.id));
		if (stream) tl.fromTo(stream, { opacity: beat.open ? 0 : 1 }, { opacity: beat.open ? 1 : 0, duration: beat.duration }, beat.at);
	}
	const file = plan.file && input.fileShows !== undefined ? q(HOOKS.file) : null;
	if (file && plan.file) {
		const [from, to] = input.fileShows ? [0, 1] : [1, 0];
		tl.fromTo(file, { opacity: from, x: input.fileShows ? -16 : 0 }, { opacity: to, x: input.fileShows ? 0 : -16, duration: plan.file.duration }, plan.file.at);
	}

	const camera = input.camera;
	const outerLayer = camera && find(HOOKS.layer(camera.outer));
	const innerLayer = camera && find(HOOKS.layer(camera.inner));
	if (camera && plan.zoom && outerLayer && innerLayer) {
		const { box, entering } = camera;
		// Layers are drawn in stage coordinates: they scale about the stage's corner.
		const outer = motions.of(outerLayer, { x: 0, y: 0 });
		const inner = motions.of(innerLayer, { x: 0, y: 0 });
		const d = plan.zoom.duration;
		const at = plan.zoom.at;
		if (camera.move === 'zoom' && box) {
			const into = zoomInto(box);
			const shrunk = shrinkInto(box);
			// Entering: the camera flies into the box, then the inner scene grows out of it.
			// Leaving is the same film run backwards, so both read as one camera move.
			const outerFrom = { x: 0, y: 0, scale: 1, opacity: 1 };
			const outerTo = { x: into.x, y: into.y, scale: into.scale, opacity: 0 };
			const innerFrom = { x: shrunk.x, y: shrunk.y, scale: shrunk.scale, opacity: 0 };
			const innerTo = { x: 0, y: 0, scale: 1, opacity: 1 };
			if (entering) {
				tl.fromTo(outer, outerFrom, { x: outerTo.x, y: outerTo.y, scale: outerTo.scale, duration: d * 0.6, ease: 'power2.in' }, at);
				tl.to(outer, { opacity: 0, duration: d * 0.2 }, at + d * 0.45);
				tl.fromTo(inner, innerFrom, { ...innerTo, duration: d * 0.5, ease: 'power2.out' }, at + d * 0.5);
			} else {
				tl.fromTo(inner, innerTo, { ...innerFrom, duration: d * 0.5, ease: 'power2.in' }, at);
				tl.fromTo(outer, outerTo, { x: 0, y: 0, scale: 1, duration: d * 0.6, ease: 'power2.out' }, at + d * 0.4);
				tl.fromTo(outer, { opacity: 0 }, { opacity: 1, duration: d * 0.2, immediateRender: false }, at + d * 0.4);
			}
		} else {
			// A cross-fade: the picture the step leaves goes, then the one it goes to comes.
			const [leaving, coming] = entering ? [outer, inner] : [inner, outer];
			tl.fromTo(leaving, { opacity: 1 }, { opacity: 0, duration: d * 0.55, ease: 'power1.in' }, at);
			tl.fromTo(coming, { opacity: 0 }, { opacity: 1, duration: d * 0.55, ease: 'power1.out' }, at + d * 0.45);
		}
	}

	for (const { terminal, from, to } of input.terminalScrolls) {
		const scroll = q(`${HOOKS.terminal(terminal)} ${HOOKS.terminalScroll}`);
		if (!scroll || from === to) continue;
		const ownLines = plan.lines.filter((l) => l.terminal === terminal);
		const typing = plan.typing?.terminal === terminal ? plan.typing : undefined;
		const firstLine = ownLines[0]?.at ?? typing?.at ?? 0;
		const lastLine = ownLines[ownLines.length - 1]?.at ?? firstLine;
		tl.fromTo(scroll, { y: from - to }, { y: 0, duration: Math.max(0.3, lastLine - firstLine + 0.25), ease: 'power1.inOut' }, firstLine);
	}
	if (plan.typing) {
		const mask = find(`${HOOKS.terminal(plan.typing.terminal)} ${HOOKS.typeMask(plan.typing.line)}`);
		const w = Number(mask?.getAttribute('width') ?? 0);
		const x = Number(mask?.getAttribute('x') ?? 0);
		if (mask) tl.fromTo(mask, { attr: { x, width: w } }, { attr: { x: x + w, width: 0 }, duration: plan.typing.duration, ease: 'steps(24)' }, plan.typing.at);
	}
	for (const line of plan.lines) {
		const el = q(`${HOOKS.terminal(line.terminal)} ${HOOKS.line(line.line)}`);
		if (el) tl.fromTo(el, { opacity: 0, x: -8 }, { opacity: 1, x: 0, duration: line.duration }, line.at);
	}
	// Hold the last frame a moment so a fast presenter still sees the step land.
	tl.to({}, { duration: 0.05 }, plan.duration);
	const clear = () => {
		motions.clear();
		for (const { el, name, value } of markupSizes) if (value === null) el.removeAttribute(name);
		else el.setAttribute(name, value);
	};
	return { timeline: tl, clear };
}

/**
 * Runs GSAP through the kinds of tween a step uses, on detached elements nobody sees.
 * Why: the first step otherwise pays for compiling GSAP's code paths (about 15 ms on a
 * laptop, 60 ms on a slow one) inside the key press. Done once, while the reader is still
 * looking at the first step.
 */
export function warmUp(): void {
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
	const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	rect.setAttribute('width', '10');
	group.append(rect);
	svg.append(group);
	const motions = new MotionRegistry();
	const motion = motions.of(group, { x: 5, y: 5 });
	const tl = gsap.timeline({ paused: true, defaults: { ease: EASE } });
	tl.fromTo(motion, { x: -8, y: 70, opacity: 0 }, { x: 0, y: 0, opacity: 1, duration: 0.3, ease: 'power3.out' }, 0);
	tl.fromTo(motion, { scaleY: 0 }, { scaleY: 1, duration: 0.3, ease: 'back.out(1.4)' }, 0.1);
	tl.fromTo(motion, { scale: 0.92 }, { scale: 1, duration: 0.3, ease: 'bounce.out' }, 0.2);
	tl.fromTo(rect, { attr: { width: 10 } }, { attr: { width: 20 }, duration: 0.3, ease: 'steps(24)' }, 0.1);
	tl.to(motion, { opacity: 0, duration: 0.1, immediateRender: false }, 0.4);
	tl.to({}, { duration: 0.05 }, 0.5);
	for (const p of [0.25, 0.5, 0.75, 1, 0.5, 0]) tl.progress(p);
	tl.kill();
	motions.clear();
}

