/**
 * The stage's transition state machine: which step is at rest, which transition is under
 * way, and what a new target does to it. A step of one plays its timeline (backwards when
 * going back); a jump, a still stage or reduced motion snaps; a new target finishes the
 * running transition first, so timelines never pile up. No DOM and no GSAP here: the host
 * draws and builds the motion, so the machine is tested in Node.
 */
export interface Pair<P> {
	lo: number;
	hi: number;
	target: number;
	prepared: P;
}

/** A built timeline, as the machine drives it. */
export interface Motion {
	play(forward: boolean, done: () => void): void;
	/** Jump to the end (forward) or the start, and let go of everything it wrote. */
	finish(forward: boolean): void;
	timeScale(speed: number): void;
	kill(): void;
}

export interface TransitionHost<P> {
	/** shown or pair changed: redraw. */
	changed(): void;
	/** What the step from world lo to lo + 1 changes and how it is staged (cached by the host). */
	prepare(lo: number): P;
	/** Whether a step of one may animate now (not a still stage, not reduced motion, mounted). */
	canAnimate(): boolean;
	/** Loads what motion needs (GSAP arrives with the first animation). */
	load(): Promise<void>;
	/** Resolves once the pair is drawn; then builds its motion (null: nothing to move). */
	drawn(): Promise<void>;
	build(pair: Pair<P>): Motion | null;
	settled(index: number): void;
}

export class TransitionController<P> {
	shown: number;
	pair: Pair<P> | null = null;
	#motion: Motion | null = null;
	#speed = 1;
	/** Each call of go() takes a number; an older call still loading gives way. */
	#generation = 0;

	constructor(
		shown: number,
		private readonly host: TransitionHost<P>
	) {
		this.shown = shown;
	}

	get busy(): boolean {
		return this.pair !== null;
	}

	/** Finish a running transition at its end (never leave half-drawn elements). */
	finish(): void {
		const pair = this.pair;
		if (!pair) return;
		this.#motion?.finish(pair.target === pair.hi);
		this.#motion = null;
		this.pair = null;
		this.shown = pair.target;
		this.host.changed();
	}

	async go(target: number): Promise<void> {
		const call = ++this.#generation;
		this.finish();
		if (target === this.shown) return;
		if (Math.abs(target - this.shown) !== 1 || !this.host.canAnimate()) {
			this.shown = target;
			this.host.changed();
			this.host.settled(target);
			return;
		}
		await this.host.load();
		if (call !== this.#generation) return;
		const lo = Math.min(this.shown, target);
		const mine: Pair<P> = { lo, hi: lo + 1, target, prepared: this.host.prepare(lo) };
		this.pair = mine;
		this.host.changed();
		await this.host.drawn();
		if (this.pair !== mine) return;
		const motion = this.host.build(mine);
		if (!motion) {
			this.finish();
			this.host.settled(target);
			return;
		}
		this.#motion = motion;
		motion.timeScale(this.#speed);
		motion.play(target === mine.hi, () => {
			if (this.#motion !== motion) return;
			this.finish();
			this.host.settled(target);
		});
	}

	speed(speed: number): void {
		this.#speed = speed;
		this.#motion?.timeScale(speed);
	}

	dispose(): void {
		this.#generation++;
		this.#motion?.kill();
		this.#motion = null;
	}
}
