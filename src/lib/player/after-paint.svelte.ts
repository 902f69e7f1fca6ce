/**
 * A value that follows another once the next frame has been painted.
 *
 * Why: a key press must put the next step on screen within a frame. Work nobody sees in that
 * frame (the address bar, the other windows of a presentation, the words a screen reader
 * announces) follows afterwards instead of making the first frame long: one follower per
 * frame, so two of them do not add up to a long frame either. Changes that come faster
 * than frames collapse into the last one.
 * Construct while a component initialises (it uses an effect).
 */
export class AfterPaint<T> {
	current: T = $state() as T;

	constructor(read: () => T) {
		this.current = read();
		// Only a different value is news: the same one again (a new object with equal fields) must
		// not look like a change to whoever watches (sync.ts would publish it to the other windows).
		const update = () => {
			if (!sameValue(this.current, latest)) this.current = latest;
		};
		let latest = this.current;
		$effect(() => {
			latest = read();
			later(update);
			return () => queue.delete(update);
		});
	}
}

/** Equal as values: identical, or objects with the same keys whose fields are identical (or arrays of identical items). */
export function sameValue(a: unknown, b: unknown): boolean {
	if (Object.is(a, b)) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	const keys = Object.keys(x);
	return keys.length === Object.keys(y).length && keys.every((k) => Object.hasOwn(y, k) && sameField(x[k], y[k]));
}

function sameField(x: unknown, y: unknown): boolean {
	return Object.is(x, y) || (Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => Object.is(v, y[i])));
}

/** Updates waiting for a frame, oldest first; an update already waiting keeps its place. */
const queue = new Set<() => void>();
let pumping = false;

function later(update: () => void) {
	queue.add(update);
	if (pumping) return;
	pumping = true;
	pump();
}

function pump() {
	let done = false;
	const run = () => {
		if (done) return;
		done = true;
		const [next] = queue;
		if (next) {
			queue.delete(next);
			next();
		}
		if (queue.size > 0) pump();
		else pumping = false;
	};
	// A frame callback runs before that frame paints; the timeout runs after it has. A hidden
	// window paints no frames, yet its address bar and the other windows must still follow.
	requestAnimationFrame(() => setTimeout(run, 0));
	setTimeout(run, 250);
}
