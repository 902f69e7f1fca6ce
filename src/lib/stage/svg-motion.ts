/**
 * What the timeline tweens instead of an SVG element: a plain object whose x, y, scale (both
 * axes), scaleY and opacity GSAP reads as numbers and writes through setters, each write
 * going straight to the element's `transform` attribute or inline opacity.
 *
 * Why not let GSAP tween the element itself: its CSS plugin reads every target's computed
 * style (getComputedStyle, the transform matrix, the SVG origin) when a tween starts, and
 * between its own writes each read forces the browser to recalculate styles. Building one
 * step's timeline cost 30–40 ms of main thread that way (150 ms with the CPU throttled 4×),
 * a long frame on every key press. Writes alone let the browser do one style pass per frame.
 */
export interface Point {
	x: number;
	y: number;
}

export class SvgMotion {
	#x = 0;
	#y = 0;
	#scaleX = 1;
	#scaleY = 1;
	#opacity = 1;

	/** `origin`: the point (in the element's own coordinates) that scaling keeps in place. */
	constructor(
		readonly element: Element,
		public origin: Point = { x: 0, y: 0 }
	) {}

	get x(): number {
		return this.#x;
	}
	set x(value: number) {
		this.#x = value;
		this.#writeTransform();
	}
	get y(): number {
		return this.#y;
	}
	set y(value: number) {
		this.#y = value;
		this.#writeTransform();
	}
	get scaleY(): number {
		return this.#scaleY;
	}
	set scaleY(value: number) {
		this.#scaleY = value;
		this.#writeTransform();
	}
	/** Both axes at once (reads as scaleX). */
	get scale(): number {
		return this.#scaleX;
	}
	set scale(value: number) {
		this.#scaleX = value;
		this.#scaleY = value;
		this.#writeTransform();
	}
	get opacity(): number {
		return this.#opacity;
	}
	set opacity(value: number) {
		this.#opacity = value;
		(this.element as SVGElement).style.opacity = String(value);
	}

	/** The transform as the element shows it: scale about `origin`, then move by (x, y). */
	transform(): string {
		const { x: ox, y: oy } = this.origin;
		const tx = this.#x + ox * (1 - this.#scaleX);
		const ty = this.#y + oy * (1 - this.#scaleY);
		return `matrix(${this.#scaleX} 0 0 ${this.#scaleY} ${tx} ${ty})`;
	}

	#writeTransform() {
		this.element.setAttribute('transform', this.transform());
	}

	/** Back to what the markup says: no transform, no inline opacity. */
	clear(): void {
		this.element.removeAttribute('transform');
		(this.element as SVGElement).style.removeProperty('opacity');
	}
}

/** One SvgMotion per element within a timeline, so tweens on the same element share its state. */
export class MotionRegistry {
	readonly #byElement = new Map<Element, SvgMotion>();

	of(element: Element, origin?: Point): SvgMotion {
		let motion = this.#byElement.get(element);
		if (!motion) {
			motion = new SvgMotion(element, origin);
			this.#byElement.set(element, motion);
		} else if (origin) motion.origin = origin;
		return motion;
	}

	clear(): void {
		for (const motion of this.#byElement.values()) motion.clear();
	}
}
