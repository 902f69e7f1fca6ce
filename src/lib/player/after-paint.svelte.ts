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
		const update = () => (this.current = latest);
		let latest = this.current;
		$effect(() => {
			latest = read();
			later(update);
			return () => queue.delete(update);
		});
	}
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
