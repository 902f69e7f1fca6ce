/**
 * The player: one small state machine shared by every route (player, presenter, and
 * later the embed). It holds which step is shown, whether it autoplays, how fast, in
 * which language(s), and the view's transient states (help, overview, transcript,
 * blackout, spotlight). The stage reports back when a step has settled.
 * Theme and reduced motion are kept across visits, in preferences.svelte.ts.
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
	/** Autoplay starts over after the last step (an embed's `loop` option). */
	loop = $state(false);
	lang = $state<Lang>('zh');
	/** Captions in both languages at once (for bilingual classes); `lang` leads. */
	bilingual = $state(false);
	helpOpen = $state(false);
	overviewOpen = $state(false);
	shareOpen = $state(false);
	transcriptOpen = $state(false);
	/** The screen is blacked out (a presenter's B key). */
	blackout = $state(false);
	/** The actor in the spotlight: enlarged, everything else dimmed. */
	spotlight = $state<string | null>(null);
	/** How many steps there are (a sandbox session grows as the learner types). */
	count = $state(0);
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(count: number, init: { index?: number; lang?: Lang } = {}) {
		this.count = count;
		this.index = this.clamp(init.index ?? 0);
		if (init.lang) this.lang = init.lang;
	}

	clamp(n: number): number {
		return clampIndex(n, this.count);
	}

	/**
	 * Asked before every move (a step's question stops the stage before that step: quiz-state.ts);
	 * false keeps the step where it is. Null: every move goes through.
	 */
	gate: ((from: number, to: number) => boolean) | null = null;

	goto(n: number) {
		this.#cancelDwell();
		const to = this.clamp(n);
		if (to !== this.index && this.gate && !this.gate(this.index, to)) {
			this.playing = false;
			return;
		}
		this.index = to;
	}
	/** Moves without asking the gate (the question it would ask has just been answered). */
	force(n: number) {
		this.#cancelDwell();
		this.index = this.clamp(n);
	}
	/** A dialog (help, overview) has the keyboard. */
	get dialogOpen(): boolean {
		return this.helpOpen || this.overviewOpen || this.shareOpen;
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
	/** L cycles zh → en → both → zh (both leads with Chinese, the course's language). */
	cycleLang() {
		if (this.bilingual) {
			this.bilingual = false;
			this.lang = 'zh';
		} else if (this.lang === 'zh') this.lang = 'en';
		else {
			this.bilingual = true;
			this.lang = 'zh';
		}
	}
	/** The caption languages, in the order shown. */
	get captionLangs(): Lang[] {
		return this.bilingual ? [this.lang, this.lang === 'zh' ? 'en' : 'zh'] : [this.lang];
	}

	/** The stage has come to rest on a step: while playing, move on after a pause to read. */
	settled(index: number) {
		if (this.playing && index === this.index) this.#schedule(DWELL);
	}

	#schedule(seconds: number) {
		this.#cancelDwell();
		this.#timer = setTimeout(() => {
			if (!this.playing) return;
			if (this.index < this.count) this.goto(this.index + 1);
			else if (this.loop) this.index = 0;
			else this.pause();
			if (this.index >= this.count && !this.loop) this.playing = false;
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
