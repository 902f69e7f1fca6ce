/** Input limits: oversized input gets an error instead of a hang. */
export const LIMITS = {
	bytes: 4 * 1024 * 1024,
	depth: 32,
	steps: 5000
} as const;

/** The deepest nesting of arrays and objects, found by a linear scan (no recursion). */
export function nestingDepth(text: string): number {
	let depth = 0;
	let deepest = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (inString) {
			if (c === 92 /* \ */) i++;
			else if (c === 34 /* " */) inString = false;
		} else if (c === 34) inString = true;
		else if (c === 123 || c === 91 /* { [ */) deepest = Math.max(deepest, ++depth);
		else if (c === 125 || c === 93 /* } ] */) depth--;
	}
	return deepest;
}
