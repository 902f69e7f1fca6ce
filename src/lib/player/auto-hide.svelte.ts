/**
 * Fullscreen in front of a class: the title bar and the controls fade out after a while
 * without the pointer, and come back when it moves or the keyboard focus goes into them.
 * They stay while the pointer rests on them or a control shows a focus ring. Fading keeps
 * their room, so the stage never moves or rescales.
 */
export const IDLE_MS = 2500;

export class AutoHide {
	/** The chrome is faded out. */
	hidden = $state(false);
	#active = false;
	#hovered = false;
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** @param keep the chrome must stay (a control inside has keyboard focus) */
	constructor(
		private keep: () => boolean = () => false,
		private idle = IDLE_MS
	) {}

	/** Fullscreen on or off: hiding only happens in fullscreen. */
	set active(on: boolean) {
		this.#active = on;
		this.wake();
	}
	get active(): boolean {
		return this.#active;
	}

	/** The pointer moved, or focus arrived: show, and count the idle time again. */
	wake(): void {
		this.hidden = false;
		clearTimeout(this.#timer);
		if (this.#active) this.#timer = setTimeout(() => this.#sleep(), this.idle);
	}

	/** The pointer moved: over the chrome (true) or elsewhere. */
	hover(over: boolean): void {
		this.#hovered = over;
		this.wake();
	}

	#sleep(): void {
		if (this.#hovered || this.keep()) return this.wake();
		this.hidden = true;
	}

	destroy(): void {
		clearTimeout(this.#timer);
	}
}
