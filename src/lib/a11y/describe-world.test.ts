/** Screen-reader text of a whole picture (describeWorld), on generated scenarios, and streams, files and terminals in words. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validScenario } from '../engine/arbitraries.ts';
import { diff, isEmptyDiff } from '../engine/diff.ts';
import { allStates, stateAt } from '../engine/state-at.ts';
import { LANGS, tr } from '../i18n/text.ts';
import { actorsOf } from '../stage/scenes/registry.ts';
import { describeStep, describeWorld, ITEMS_PER_ACTOR } from './describe.ts';

import { load, one, shipped, stepText } from './describe-test-kit.ts';

describe('describeWorld', () => {
	it('names every actor of the scene on every step of every shipped scenario', () => {
		for (const s of shipped) {
			allStates(s).forEach((w, n) => {
				for (const lang of LANGS) {
					const text = describeWorld(s, w, lang);
					const where = `${s.id} step ${n} (${lang})`;
					for (const actor of actorsOf(s, w.scene)) expect(text, where).toContain(tr(actor.label, lang));
					expect(text, where).not.toMatch(/undefined|\[object Object\]|NaN|\{/);
					// Bounded: per actor at most ITEMS_PER_ACTOR items are named.
					expect(text.length, where).toBeLessThanOrEqual(2000);
				}
			});
		}
	});

	it('reads docker-pull at rest: what the daemon and the registry hold', () => {
		const s = load('docker-pull');
		const end = stateAt(s, s.steps.length);
		expect(describeWorld(s, end, 'en')).toBe(
			'Client (docker CLI): empty. ' +
				'Daemon (dockerd): Local images: image busybox:latest (2bd29714875d · 1.24 MB; with layer 729ce43e2c91); Containers: empty. ' +
				'Registry (docker.io): repository library/busybox (with tag latest (sha256:ad9bd57a3a57…), layer 729ce43e2c91); ' +
				'repository library/alpine (with tag latest (sha256:bc41182d7ef5…), layer 213ec9aee27d). ' +
				'Terminal, last line: Status: Downloaded newer image for docker.io/busybox:latest.'
		);
		expect(describeWorld(s, end, 'zh')).toContain('守护进程（dockerd）：本地镜像：镜像 busybox:latest（2bd29714875d · 1.24 MB；内含层 729ce43e2c91）；容器：空。');
		// Before the pull the store is empty.
		expect(describeWorld(s, stateAt(s, 0), 'en')).toContain('Daemon (dockerd): Local images: empty; Containers: empty.');
	});

	it('caps what it lists per actor and says how many more there are', () => {
		const s = load('board-house');
		const en = describeWorld(s, stateAt(s, 0), 'en');
		// Host holds 10 items besides its groups (2 processes, a hostname, 2 NICs, 5 directories): 2 are cut.
		expect(ITEMS_PER_ACTOR).toBe(8);
		expect(en).toContain('Host processes: process systemd (PID 1), process bash (PID 4620); Hostname: debian-lab;');
		expect(en).toContain('Root filesystem /: directories /boot, /etc, /home and 2 more.');
		expect(en).not.toContain('/usr');
		expect(describeWorld(s, stateAt(s, 0), 'zh')).toContain('根文件系统 /：目录 /boot、/etc、/home，另有 2 项。');
		// Breadth first: the house's walls are named before the floor's directories.
		const full = describeWorld(s, stateAt(s, s.steps.length), 'en');
		expect(full).toContain("Floor · chroot / pivot_root (root directory = alpine's files; with 11 items)");
		expect(full).toContain('wall mnt namespace (mount points; sees its own, overlay on /)');
		expect(full).not.toContain('/bin');
		expect(full).toMatch(/Board house \(container e67bbaa8b74c · brave_lamport\): .* and 3 more\./);
	});

	it('shows the house scene when the camera is inside', () => {
		const s = load('docker-run-alpine');
		const i = s.steps.findIndex((step) => step.id === 'enter-house');
		const inside = describeWorld(s, stateAt(s, i + 1), 'en');
		expect(inside).toContain('Board house (container keen_curie):');
		expect(inside).toContain('wall mnt namespace');
		expect(inside).not.toContain('Registry (docker.io)');
	});
});

describe('on generated scenarios', () => {
	it('never throws, and tells every step that changes something', () => {
		fc.assert(
			fc.property(validScenario, (s) => {
				const worlds = allStates(s);
				for (let i = 1; i < worlds.length; i++) {
					for (const lang of LANGS) {
						const sentences = describeStep(s, worlds[i - 1]!, worlds[i]!, lang);
						if (!isEmptyDiff(diff(worlds[i - 1]!, worlds[i]!))) expect(sentences.length).toBeGreaterThan(0);
						for (const t of sentences) expect(t.trim()).not.toBe('');
						expect(typeof describeWorld(s, worlds[i]!, lang)).toBe('string');
					}
				}
			}),
			{ numRuns: 100 }
		);
	});
});

describe('streams and files in words (kubectl-apply)', () => {
	const s = shipped.find((x) => x.id === 'kubectl-apply')!;

	it('tells who holds a watch open, and on what, in both languages', () => {
		expect(stepText(s, 'watches', 'en')).toContain('kube-scheduler opens a stream to kube-apiserver and holds it open: GET /api/v1/pods?fieldSelector=status.phase%21%3DSucceeded…&watch=true.');
		expect(one(stepText(s, 'watches', 'zh'), 'kubelet', '打开一个一直保持的连接', 'spec.nodeName%3Dnode-1')).toBeDefined();
	});

	it('tells the file shown and put away, and the stage at rest lists the open streams', () => {
		const lines = s.steps.flatMap((st) => st.actions.flatMap((a) => (a.do === 'show-file' ? [a.lines.length] : [])))[0]!;
		expect(stepText(s, 'manifest', 'en')).toContain(`File nginx-deploy.yaml is shown, ${lines} lines.`);
		expect(one(stepText(s, 'admit-and-store', 'zh'), '文件', 'nginx-deploy.yaml', '已收起')).toBeDefined();
		expect(describeWorld(s, stateAt(s, 2), 'en')).toContain('File shown: nginx-deploy.yaml.');
		expect(describeWorld(s, stateAt(s, 1), 'en')).toContain('Streams held open: GET /apis/apps/v1/deployments?watch=true;');
	});
});
