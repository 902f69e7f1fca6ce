/** Idle-time work: laying out the steps around the current one, warming the animation code. */
/** Run `work` when the browser has nothing else to do (soon, where it cannot tell). */
export function whenIdle(work: () => void): { cancel: () => void } {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(work, { timeout: 2000 });
		return { cancel: () => cancelIdleCallback(handle) };
	}
	const handle = setTimeout(work, 200);
	return { cancel: () => clearTimeout(handle) };
}
