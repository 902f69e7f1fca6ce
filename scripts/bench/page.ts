/**
 * What the benchmark installs in every page (an init script, before the app runs):
 *   - a requestAnimationFrame loop that records frame timestamps while `recording`;
 *   - a buffered PerformanceObserver for long animation frames (> 50 ms);
 *   - key → first visual change: on keydown, a MutationObserver on svg.stage; the next
 *     animation frame after its first mutation is when the change is painted (measured with
 *     performance.now() inside that frame's callback: a frame's own timestamp is when it
 *     began, which can be before the key event);
 *   - jump: on keydown, the next frame after svg.stage shows data-shown = `jumpTarget`;
 *   - start: the first frame after svg.stage exists, has been laid out and its fonts have loaded.
 * Everything is in the page's own clock (performance.now / event.timeStamp).
 */
/** A long animation frame and where its time went (script vs style/layout vs the rest of rendering). */
export interface LongFrame {
	start: number;
	duration: number;
	/** Of which the main thread was blocked (long tasks beyond 50 ms, plus rendering); 0 when the
	 *  frame was long only because it waited (for the compositor, the raster threads, the OS). */
	blocking: number;
	/** Time in scripts (callbacks, event handlers, promise jobs) during the frame. */
	script: number;
	/** Style and layout forced or done in the frame's rendering step. */
	styleAndLayout: number;
	/** The frame's rendering step (rAF callbacks, style, layout, paint), from renderStart to the end. */
	render: number;
	/** The three longest scripts: "invoker (source function @ file)" and their duration. */
	top: { what: string; duration: number }[];
}

export interface BenchProbe {
	recording: boolean;
	frames: (number | null)[];
	loaf: LongFrame[];
	responses: number[];
	jumpTarget: string | null;
	jump: number | null;
	stageShown: number | null;
}

declare global {
	interface Window {
		__bench: BenchProbe;
	}
}

export function installProbe(): void {
	const probe: BenchProbe = { recording: false, frames: [], loaf: [], responses: [], jumpTarget: null, jump: null, stageShown: null };
	window.__bench = probe;
	const loop = (t: number) => {
		if (probe.recording) probe.frames.push(t);
		requestAnimationFrame(loop);
	};
	requestAnimationFrame(loop);
	try {
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				// PerformanceLongAnimationFrameTiming is not in TypeScript's DOM library yet.
				const e = entry as PerformanceEntry & {
					blockingDuration: number;
					renderStart: number;
					styleAndLayoutStart: number;
					scripts: { duration: number; invoker: string; sourceFunctionName: string; sourceURL: string; forcedStyleAndLayoutDuration: number }[];
				};
				const end = e.startTime + e.duration;
				const scripts = [...e.scripts].sort((a, b) => b.duration - a.duration);
				probe.loaf.push({
					start: e.startTime,
					duration: e.duration,
					blocking: e.blockingDuration ?? 0,
					script: scripts.reduce((t, s) => t + s.duration, 0),
					styleAndLayout: (e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0) + scripts.reduce((t, s) => t + s.forcedStyleAndLayoutDuration, 0),
					render: e.renderStart ? end - e.renderStart : 0,
					top: scripts.slice(0, 3).map((s) => ({
						what: `${s.invoker} (${s.sourceFunctionName || '?'} @ ${s.sourceURL.split('/').pop() ?? ''})`,
						duration: Math.round(s.duration)
					}))
				});
			}
		}).observe({ type: 'long-animation-frame', buffered: true });
	} catch {
		// Not supported: the count stays 0 and the report says so via `loafSupported`.
	}
	addEventListener(
		'keydown',
		(event) => {
			const stage = document.querySelector('svg.stage');
			if (!stage) return;
			const t0 = event.timeStamp;
			const target = probe.jumpTarget;
			if (target !== null) {
				const watch = new MutationObserver(() => {
					if (stage.getAttribute('data-shown') !== target) return;
					watch.disconnect();
					requestAnimationFrame(() => (probe.jump = performance.now() - t0));
				});
				watch.observe(stage, { attributes: true, attributeFilter: ['data-shown'] });
				return;
			}
			const first = new MutationObserver(() => {
				first.disconnect();
				requestAnimationFrame(() => probe.responses.push(performance.now() - t0));
			});
			first.observe(stage, { attributes: true, childList: true, subtree: true, characterData: true });
		},
		{ capture: true }
	);
	const whenStage = () => {
		if (!document.querySelector('svg.stage')) return false;
		// The first frame whose paint has the stage with its fonts. Laying the stage out is what
		// starts its fonts loading (before that, fonts.ready is already resolved), so: the frame
		// that lays it out, then at the next frame's start, if the fonts were there, that paint
		// had them; if not, the frame after they arrive.
		const shown = () => (probe.stageShown ??= performance.now());
		requestAnimationFrame(() =>
			requestAnimationFrame(() => {
				if (document.fonts.status === 'loaded') shown();
				else void document.fonts.ready.then(() => requestAnimationFrame(shown));
			})
		);
		return true;
	};
	if (!whenStage()) {
		const watch = new MutationObserver(() => {
			if (whenStage()) watch.disconnect();
		});
		watch.observe(document, { childList: true, subtree: true });
	}
}
