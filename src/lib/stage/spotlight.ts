/**
 * The spotlight: a teacher clicks an actor (or presses Z) and the camera enlarges it,
 * centred, while a veil dims everything else. Pure geometry, in design units.
 */
import { DESIGN, type Box } from './geometry.ts';

export interface Camera {
	scale: number;
	x: number;
	y: number;
}
export const NO_CAMERA: Camera = { scale: 1, x: 0, y: 0 };
/** Enlarged, but never so much that a big actor leaves the stage or text turns blurry. */
const MAX_SCALE = 1.6;
const FILL = 0.92;

export function spotlightCamera(box: Box): Camera {
	const scale = Math.max(1, Math.min(MAX_SCALE, (FILL * DESIGN.width) / box.w, (FILL * DESIGN.height) / box.h));
	return { scale, x: DESIGN.width / 2 - (box.x + box.w / 2) * scale, y: DESIGN.height / 2 - (box.y + box.h / 2) * scale };
}

/** The veil: a huge rectangle with a hole where the actor is (even-odd fill). */
export function veilPath(box: Box, pad = 10): string {
	const far = 10 * DESIGN.width;
	const [x, y, w, h] = [box.x - pad, box.y - pad, box.w + 2 * pad, box.h + 2 * pad];
	return `M${-far},${-far}H${far}V${far}H${-far}Z M${x},${y}h${w}v${h}h${-w}Z`;
}

/** The smallest actor box under a point (actors may nest: the house sits in the host). */
export function actorAt(actors: Map<string, Box>, x: number, y: number): string | null {
	let best: { id: string; area: number } | null = null;
	for (const [id, b] of actors) {
		if (x < b.x || x > b.x + b.w || y < b.y || y > b.y + b.h) continue;
		const area = b.w * b.h;
		if (!best || area < best.area) best = { id, area };
	}
	return best?.id ?? null;
}

/**
 * The order Z visits the actors in: first those the step is about (in focus, or holding
 * what is), then the rest, each group in drawing order.
 */
export function spotlightOrder(actorIds: readonly string[], bright: ReadonlySet<string>): string[] {
	return [...actorIds.filter((id) => bright.has(id)), ...actorIds.filter((id) => !bright.has(id))];
}

/** The actor after `current` in the given order, or none after the last (Z cycles). */
export function nextSpotlight(ids: string[], current: string | null): string | null {
	if (ids.length === 0) return null;
	if (current === null) return ids[0]!;
	const i = ids.indexOf(current);
	return i < 0 ? ids[0]! : i + 1 < ids.length ? ids[i + 1]! : null;
}
