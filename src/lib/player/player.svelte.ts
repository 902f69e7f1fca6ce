/**
 * The player: one small state machine shared by every route (player, and later the
 * embed and presenter views). It holds which step is shown, whether it autoplays, how
 * fast, and in which language. The stage reports back when a step has settled.
 */
import type { Lang } from '../i18n/text';
import { clampIndex } from '../engine/state-at';

export const SPEEDS = [0.5, 0.75, 1, 1.5, 2] as const;
/** Seconds an autoplayed step stays on screen after its animation, at speed 1. */
const DWELL = 2.8;

export class Player {
	index = $state(0);
	playing = $state(false);
	speed = $state(1);
	lang = $state<Lang>('zh');
	helpOpen = $state(false);
	overviewOpen = $state(false);
	readonly count: number;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(count: number, init: { index?: number; lang?: Lang } = {}) {
		this.count = count;
		this.index = this.clamp(init.index ?? 0);
		if (init.lang) this.lang = init.lang;
	}

	clamp(n: number): number {
		return clampIndex(n, this.count);
	}

	goto(n: number) {
		this.#cancelDwell();
		this.index = this.clamp(n);
	}
	next() {
		if (this.index < this.count) this.goto(this.index + 1);
		else this.pause();
	}
	prev() {
		this.goto(this.index - 1);
	}
	first() {
		this.goto(0);
	}
	last() {
		this.goto(this.count);
	}

	play() {
		if (this.index >= this.count) this.goto(0);
		this.playing = true;
		this.#schedule(0.6);
	}
	pause() {
		this.playing = false;
		this.#cancelDwell();
	}
	togglePlay() {
		if (this.playing) this.pause();
		else this.play();
	}
	toggleLang() {
		this.lang = this.lang === 'zh' ? 'en' : 'zh';
	}

	/** The stage has come to rest on a step: while playing, move on after a pause to read. */
	settled(index: number) {
		if (this.playing && index === this.index) this.#schedule(DWELL);
	}

	#schedule(seconds: number) {
		this.#cancelDwell();
		this.#timer = setTimeout(() => {
			if (!this.playing) return;
			if (this.index >= this.count) this.pause();
			else this.index = this.index + 1;
			if (this.index >= this.count) this.playing = false;
		}, (seconds * 1000) / this.speed);
	}
	#cancelDwell() {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}
	dispose() {
		this.#cancelDwell();
	}
}
