/**
 * A session is a scenario: the lesson's commands typed in order answer as Docker does and
 * build the world they should; any sequence of lines, garbage included, never throws, and
 * the session's scenario validates and replays to the same world.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { replay } from './session.ts';
import { validateScenarioText } from '../scenario/validate.ts';
import { stateAt } from '../engine/state-at.ts';

const LESSON = ['docker pull busybox', 'docker images', 'docker run busybox echo hello world', 'docker ps -a', 'docker run -it alpine sh', 'cat /etc/os-release', 'exit'];

function valid(lines: string[]) {
	const { scenario } = replay(lines);
	const text = JSON.stringify(scenario, null, '\t');
	const result = validateScenarioText(text, 'sandbox.json');
	if (!result.ok) throw new Error(result.errors.map((e) => `${e.pointer}: ${e.message}`).join('\n'));
	return result.scenario;
}

describe('a sandbox session', () => {
	it('the lesson, typed in order: each command answers and changes the daemon as it should', () => {
		const { outcomes, sandboxes } = replay(LESSON);
		expect(outcomes.map((o) => o.story.kind)).toEqual(['pull', 'images', 'run', 'ps', 'run', 'inside', 'exit']);
		expect(outcomes[0]!.lines).toContain('729ce43e2c91: Pull complete');
		expect(outcomes[0]!.lines).toContain('Digest: sha256:ad9bd57a3a57cc95515c537b89aaa69d83a6df54c4050fcf2b41ad367bec0cd5');
		expect(outcomes[1]!.lines[1]).toMatch(/^busybox\s+latest\s+2bd29714875d\s+.+\s+1\.24MB$/);
		expect(outcomes[2]!.lines).toEqual(['hello world']);
		expect(outcomes[3]!.lines).toHaveLength(2);
		expect(outcomes[3]!.lines[1]).toMatch(/Exited \(0\)/);
		expect(outcomes[4]!.lines[0]).toBe("Unable to find image 'alpine:latest' locally");
		expect(outcomes[4]!.prompt).toBe('/ # ');
		expect(outcomes[5]!.lines).toContain('PRETTY_NAME="Alpine Linux v3.16"');
		expect(outcomes[6]!.prompt).toBe('root@docker-lab:~# ');
		const end = sandboxes[sandboxes.length - 1]!;
		expect(end.images.map((i) => `${i.name}:${i.tag}`)).toEqual(['busybox:latest', 'alpine:latest']);
		expect(end.containers.map((c) => [c.image.name, c.state, c.exitCode])).toEqual([
			['busybox', 'exited', 0],
			['alpine', 'exited', 0]
		]);
		expect(end.inside).toBeUndefined();
	});

	it('its scenario validates, and the engine reaches the items the sandbox holds', () => {
		const scenario = valid(LESSON);
		const world = stateAt(scenario, scenario.steps.length);
		const { sandboxes } = replay(LESSON);
		const end = sandboxes[sandboxes.length - 1]!;
		const shown = Object.values(world.items).filter((i) => i.in === 'containers').map((i) => i.label);
		expect(shown).toEqual(end.containers.map((c) => c.name));
		expect(world.terminal.lines.some((l) => l.text === 'hello world')).toBe(true);
	});

	it('a refused command changes nothing', () => {
		for (const bad of ['docker run --foo busybox', 'docker rmi nope', 'docker pull nosuchimage', 'docker stop ghost', 'dockr ps', 'docker frobnicate']) {
			const { sandboxes } = replay(['docker pull busybox', bad]);
			expect(sandboxes[2], bad).toEqual({ ...sandboxes[1], clock: sandboxes[2]!.clock });
		}
	});

	it('any lines at all, garbage included, never throw; the session validates and replays to the same world', () => {
		const line = fc.oneof(
			fc.constantFrom(...LESSON, 'docker ps', 'docker rm -f $(x)', 'docker rmi busybox', 'docker rmi -f busybox', 'docker pull alpine:3.16', 'docker run -d nginx', 'docker stop web', 'docker run --name web -d nginx', 'docker exec -it web sh', 'exit', 'docker logs web', 'docker inspect web', 'docker kill web', 'docker restart web', 'docker start web', 'docker rm web', 'docker --help', 'docker run --rm hello-world'),
			fc.string({ maxLength: 60 }),
			fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `docker ${s}`)
		);
		fc.assert(
			fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
				const first = replay(lines);
				if (lines.length === 0) return;
				const scenario = valid(lines);
				const again = replay(lines);
				expect(again.sandboxes).toEqual(first.sandboxes);
				// The engine's world after the last step holds what the sandbox holds.
				const world = stateAt(scenario, scenario.steps.length);
				const end = first.sandboxes[first.sandboxes.length - 1]!;
				const on = (group: string) => Object.values(world.items).filter((i) => i.in === group).map((i) => i.label).sort();
				expect(on('containers')).toEqual(end.containers.map((c) => c.name).sort());
				expect(on('images')).toEqual(end.images.map((i) => (i.dangling ? '<none>:<none>' : `${i.name}:${i.tag}`)).sort());
				expect(world.scene).toBe(end.inside ? 'house' : 'flow');
			}),
			{ numRuns: 60 }
		);
	});

	it('a 10,000-character line, control characters and markup are answered as text', () => {
		const long = 'x'.repeat(10_000);
		const lines = [long, 'docker \u0007\u001b[31m', '<script>alert(1)</script>', `docker run busybox echo ${long}`];
		const { outcomes } = replay(lines);
		expect(outcomes[0]!.lines).toEqual([`-bash: ${long}: command not found`]);
		expect(outcomes[1]!.lines[0]).toContain('^G');
		expect(outcomes[2]!.lines[0]).toMatch(/^banfang: this simulated shell runs one command at a time .*: <$/);
		valid(lines);
	});
});
