/**
 * What docker makes up for a new container: a 64-hex id and a name "adjective_surname", as
 * moby's pkg/namesgenerator does (a shortened list of its words, and its one exception:
 * "boring_wozniak" is never a name). Deterministic: the nth container of a session always
 * gets the same id and name, so a shared session replays to the same world.
 */

const LEFT = [
	'admiring', 'adoring', 'affectionate', 'amazing', 'awesome', 'blissful', 'bold', 'boring', 'brave', 'busy', 'charming', 'clever', 'compassionate', 'competent',
	'confident', 'cool', 'dazzling', 'determined', 'dreamy', 'eager', 'ecstatic', 'elastic', 'elegant', 'eloquent', 'epic', 'festive', 'focused', 'friendly',
	'gallant', 'gifted', 'goofy', 'gracious', 'happy', 'hopeful', 'inspiring', 'jolly', 'jovial', 'keen', 'kind', 'laughing', 'loving', 'lucid', 'magical',
	'modest', 'musing', 'nifty', 'nostalgic', 'optimistic', 'peaceful', 'pensive', 'practical', 'quirky', 'relaxed', 'serene', 'sharp', 'sleepy', 'stoic',
	'sweet', 'tender', 'trusting', 'upbeat', 'vibrant', 'vigilant', 'wizardly', 'wonderful', 'youthful', 'zealous', 'zen'
];
const RIGHT = [
	'babbage', 'bardeen', 'curie', 'darwin', 'dijkstra', 'einstein', 'euler', 'feynman', 'franklin', 'goldberg', 'goodall', 'hamilton', 'hawking', 'hopper',
	'johnson', 'kalam', 'knuth', 'lamport', 'liskov', 'lovelace', 'meitner', 'noether', 'pasteur', 'ritchie', 'shannon', 'thompson', 'torvalds', 'turing', 'wozniak'
];

/** A small fast PRNG (mulberry32): the same seed, the same numbers. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The 64-hex id of the nth object docker makes in a session. */
export function newId(n: number): string {
	const next = random(0x5eed + n * 7919);
	let hex = '';
	while (hex.length < 64) hex += Math.floor(next() * 16).toString(16);
	return hex;
}

/** The name of the nth container, different from every name in `taken`. */
export function newName(n: number, taken: ReadonlySet<string>): string {
	const next = random(0xbeef + n * 104729);
	for (let tries = 0; ; tries++) {
		const name = `${LEFT[Math.floor(next() * LEFT.length)]}_${RIGHT[Math.floor(next() * RIGHT.length)]}`;
		if (name === 'boring_wozniak') continue;
		// moby appends a digit after a clash; a session rarely gets there.
		const candidate = tries < 10 ? name : `${name}${Math.floor(next() * 10)}`;
		if (!taken.has(candidate)) return candidate;
	}
}
