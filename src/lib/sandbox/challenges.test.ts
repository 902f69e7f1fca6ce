import { describe, expect, it } from 'vitest';
import { CHALLENGES } from './challenges.ts';
import { replay } from './session.ts';

describe('challenges', () => {
	it.each(CHALLENGES.map((c) => [c.id, c] as const))('%s: its solution solves it, and an empty session does not', (_, challenge) => {
		expect(challenge.solved(replay(challenge.solution))).toBe(true);
		expect(challenge.solved(replay([]))).toBe(false);
	});

	it('each is solved by its own solution only, not by every other one (the checks tell them apart)', () => {
		for (const c of CHALLENGES) {
			const others = CHALLENGES.filter((o) => o !== c && o.solved(replay(c.solution))).map((o) => o.id);
			expect(others, c.id).toEqual([]);
		}
	});

	it('a near miss is not a solution', () => {
		const byId = Object.fromEntries(CHALLENGES.map((c) => [c.id, c]));
		expect(byId['hello-and-gone']!.solved(replay(['docker run busybox echo hello world']))).toBe(false);
		expect(byId['image-in-use']!.solved(replay(['docker pull busybox', 'docker rmi busybox']))).toBe(false);
		expect(byId['exit-code']!.solved(replay(['docker run busybox sh -c "exit 3"']))).toBe(false);
		expect(byId['which-os']!.solved(replay(['docker run alpine cat /etc/os-release']))).toBe(false);
	});
});
