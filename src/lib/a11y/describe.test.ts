/** Screen-reader text of a step: kind words, concrete sentences on shipped scenarios, then every step of every scenario. */
import { describe, expect, it } from 'vitest';
import { diff, isEmptyDiff } from '../engine/diff.ts';
import { allStates } from '../engine/state-at.ts';
import type { World } from '../engine/world.ts';
import { LANGS } from '../i18n/text.ts';
import { describeStep, itemPhrase, kindWord, KIND_WORDS } from './describe.ts';

import { load, one, shipped, stepText } from './describe-test-kit.ts';

describe('kind words', () => {
	it('names the kinds of the shipped scenarios in both languages', () => {
		expect(kindWord('image', 'zh')).toBe('镜像');
		expect(kindWord('image', 'en')).toBe('image');
		expect(kindWord('container', 'zh')).toBe('容器');
		expect(kindWord('process', 'en', true)).toBe('processes');
		expect(kindWord('dir', 'en', true)).toBe('directories');
		expect(kindWord('wall', 'zh')).toBe('墙');
	});

	it('gives unknown kinds, groups and prototype names no word', () => {
		for (const kind of ['group', 'fact', 'metric', 'x', 'constructor', 'toString', '__proto__']) {
			for (const lang of LANGS) expect(kindWord(kind, lang), kind).toBeUndefined();
		}
	});

	it('has a Chinese word, an English word and a plural for every kind', () => {
		for (const [kind, w] of Object.entries(KIND_WORDS)) {
			expect(w.zh, kind).toMatch(/\p{Script=Han}/u);
			expect(w.en.length, kind).toBeGreaterThan(0);
			expect(w.enPlural.length, kind).toBeGreaterThan(0);
		}
	});

	it('puts the word before the label, unless the label already says it', () => {
		const item = (kind: string, label: string | { zh: string; en: string }) => ({ id: 'x', kind, in: 'a', label });
		expect(itemPhrase(item('image', 'busybox:latest'), 'en')).toBe('image busybox:latest');
		expect(itemPhrase(item('image', 'busybox:latest'), 'zh')).toBe('镜像 busybox:latest');
		expect(itemPhrase(item('floor', { zh: '地板 · chroot', en: 'Floor · chroot' }), 'en')).toBe('Floor · chroot');
		expect(itemPhrase(item('floor', { zh: '地板 · chroot', en: 'Floor · chroot' }), 'zh')).toBe('地板 · chroot');
		expect(itemPhrase(item('layer', { zh: '容器层', en: 'container layer' }), 'zh')).toBe('容器层');
		// A Chinese label after a Chinese word is quoted so the two do not run together.
		expect(itemPhrase(item('process', { zh: '应用 A', en: 'app A' }), 'zh')).toBe('进程“应用 A”');
		expect(itemPhrase(item('group', { zh: '本地镜像', en: 'Local images' }), 'en')).toBe('Local images');
		// A blank label falls back to the id.
		expect(itemPhrase(item('image', ' '), 'en')).toBe('image x');
	});
});

describe('describeStep on docker-pull', () => {
	const s = load('docker-pull');

	it('says the image was added to the daemon, with its layer', () => {
		const en = stepText(s, 'download-layer', 'en');
		expect(one(en, 'busybox:latest', 'added to', 'Daemon')).toBe('Image busybox:latest (pulling) added to Local images in Daemon, with layer 729ce43e2c91.');
		const zh = stepText(s, 'download-layer', 'zh');
		expect(one(zh, 'busybox:latest', '守护进程')).toBe('镜像 busybox:latest（下载中）已加入守护进程的本地镜像，内含层 729ce43e2c91。');
	});

	it('names both ends of a message, and turns replies around', () => {
		const en = stepText(s, 'ask-daemon', 'en');
		expect(en).toContain('From Client to Daemon: POST /v1.26/images/create?fromImage=busybox&tag=latest.');
		expect(stepText(s, 'ask-daemon', 'zh')).toContain('从客户端到守护进程：POST /v1.26/images/create?fromImage=busybox&tag=latest。');
		const reply = one(stepText(s, 'fetch-manifest', 'en'), 'manifest list')!;
		expect(reply).toBe('From Registry back to Daemon: 200 OK: manifest list sha256:ad9bd57a3a57….');
		expect(stepText(s, 'fetch-manifest', 'zh')).toContain('从镜像仓库回到守护进程：200 OK：清单列表 sha256:ad9bd57a3a57…。');
	});

	it('reads the command typed and the first line of the output', () => {
		const en = stepText(s, 'ask-daemon', 'en');
		expect(en[0]).toBe('Command: docker pull busybox.');
		expect(en.at(-1)).toBe('Output: Using default tag: latest.');
		expect(stepText(s, 'ask-daemon', 'zh')[0]).toBe('命令：docker pull busybox。');
		expect(stepText(s, 'fetch-manifest', 'en')).toContain('Output: Trying to pull repository docker.io/library/busybox ..., and 1 more line.');
		expect(stepText(s, 'fetch-manifest', 'zh')).toContain('输出：Trying to pull repository docker.io/library/busybox ...，另有 1 行。');
	});

	it('says which props changed: the badge went, the detail came', () => {
		expect(stepText(s, 'image-stored', 'en')).toContain('Image busybox:latest is no longer pulling and now shows 2bd29714875d · 1.24 MB.');
		expect(stepText(s, 'image-stored', 'zh')).toContain('镜像 busybox:latest 不再是“下载中”，现显示 2bd29714875d · 1.24 MB。');
	});

	it('orders a step: command, messages, items, then output', () => {
		const en = stepText(s, 'download-layer', 'en');
		const at = (part: string) => en.findIndex((t) => t.includes(part));
		expect(at('From Daemon to Registry')).toBeLessThan(at('added to'));
		expect(at('added to')).toBeLessThan(at('Output:'));
	});
});

describe('describeStep on board-house', () => {
	const s = load('board-house');

	it('reads gauges as the stage shows them', () => {
		expect(stepText(s, 'hog-start', 'en')).toContain('Gauge memory rises from 1 / 64 MiB to 20 / 64 MiB.');
		expect(stepText(s, 'hog-start', 'zh')).toContain('仪表 memory 从 1 / 64 MiB 升到 20 / 64 MiB。');
		expect(stepText(s, 'exit-137', 'en')).toContain('Gauge memory falls from 64 / 64 MiB to 1 / 64 MiB.');
	});

	it('tells the OOM kill: the process leaves, the gauge hits its limit', () => {
		const en = stepText(s, 'oom-kill', 'en');
		expect(en).toContain('Process tail removed from Board house.');
		expect(en).toContain('Gauge memory rises from 48 / 64 MiB to 64 / 64 MiB, is now OOM-killed and is at its limit.');
		const zh = stepText(s, 'oom-kill', 'zh');
		expect(zh).toContain('进程 tail 已从板房移除。');
		expect(zh).toContain('仪表 memory 从 48 / 64 MiB 升到 64 / 64 MiB，状态变为“OOM 杀死”，已到上限。');
	});

	it('says what a new wall is for and what the process sees through it', () => {
		expect(stepText(s, 'wall-uts', 'en')).toContain('Wall uts namespace (hostname, NIS domain name; sees hostname e67bbaa8b74c) added to Board house.');
		expect(stepText(s, 'wall-uts', 'zh')).toContain('墙 uts 命名空间（主机名、NIS 域名；看到：主机名 e67bbaa8b74c）已加入板房。');
	});

	it('summarises a floor laid with many directories in one sentence', () => {
		const en = stepText(s, 'lay-floor', 'en');
		expect(en.filter((t) => t.includes('/bin'))).toEqual(["Floor · chroot / pivot_root (root directory = alpine's files) added to Board house, with directories /bin, /dev, /etc, /home, /lib and 6 more."]);
		expect(stepText(s, 'lay-floor', 'zh')).toContain('地板 · chroot / pivot_root（根目录 = alpine 的文件）已加入板房，内含目录 /bin、/dev、/etc、/home、/lib 等 11 项。');
	});

	it('tells apart two processes with one name by where they are', () => {
		// board-house never changes a process's PID, so both sh get a new detail in a copy of it.
		const t = structuredClone(s);
		t.steps.find((step) => step.id === 'cpu-hog')!.actions.push(
			{ do: 'update', id: 'host-sh', set: { detail: 'PID 4711 · cgroup docker-e67b….scope' } },
			{ do: 'update', id: 'proc-sh', set: { detail: 'PID 1 · cgroup /' } }
		);
		const en = stepText(t, 'cpu-hog', 'en');
		expect(en).toContain('Process sh in Host processes now shows PID 4711 · cgroup docker-e67b….scope.');
		expect(en).toContain('Process sh in Board house now shows PID 1 · cgroup /.');
		expect(stepText(t, 'cpu-hog', 'zh')).toContain('板房里的进程 sh 现显示 PID 1 · cgroup /。');
		// Added, each names where it goes.
		const born = stepText(s, 'docker-run', 'en');
		expect(born).toContain('Process sh (PID 1) added to Board house.');
		expect(born).toContain('Process sh (PID 4711 · PID 1 inside) added to Host processes.');
	});
});

describe('describeStep on scene changes (docker-run-alpine)', () => {
	const s = load('docker-run-alpine');

	it('zooms into the container, naming what is now on stage', () => {
		expect(stepText(s, 'enter-house', 'en')).toEqual(['Zooming into container keen_curie: now showing Host, Board house and Linux kernel (shared by every process).']);
		expect(stepText(s, 'enter-house', 'zh')).toEqual(['镜头推进到容器 keen_curie 里，现在显示：宿主机、板房和 Linux 内核（所有进程共享）。']);
	});

	it('zooms back out, and sums up the house taken down', () => {
		const en = stepText(s, 'exit-shell', 'en');
		expect(en).toContain('Zooming out of container keen_curie: now showing Client, Daemon and Registry.');
		const removed = one(en, 'Removed from Board house')!;
		expect(removed).toContain('walls mnt namespace, uts namespace, pid namespace, net namespace and ipc namespace');
		expect(en).toContain('Container keen_curie is now exited (0).');
		expect(stepText(s, 'exit-shell', 'zh')).toContain('镜头从容器 keen_curie 退出，现在显示：客户端、守护进程和镜像仓库。');
	});

	it('leaves out items added to a scene that is not on stage', () => {
		// start-shell builds the house while the flow scene is shown: only the flow side is told.
		const en = stepText(s, 'start-shell', 'en');
		expect(en).toContain('Process sh (running; PID 1) added to container keen_curie.');
		expect(en.some((t) => t.includes('namespace') || t.includes('Floor'))).toBe(false);
	});
});

describe('describeStep on every step of every shipped scenario', () => {
	it.each(shipped.map((s) => [s.id, s] as const))('%s', (_, s) => {
		const worlds = allStates(s);
		for (let i = 1; i < worlds.length; i++) {
			const d = diff(worlds[i - 1]!, worlds[i]!);
			for (const lang of LANGS) {
				const where = `${s.id}/${s.steps[i - 1]!.id} (${lang})`;
				const sentences = describeStep(s, worlds[i - 1]!, worlds[i]!, lang);
				if (!isEmptyDiff(d)) expect(sentences.length, `${where}: a step that changes something is told`).toBeGreaterThan(0);
				for (const t of sentences) {
					expect(t.trim(), where).not.toBe('');
					expect(t, where).not.toMatch(/undefined|\[object Object\]|NaN|\{/);
					expect(t, `${where}: ends like a sentence`).toMatch(lang === 'zh' ? /[。？！]$/ : /[.?!]$/);
					expect(t.length, where).toBeLessThanOrEqual(400);
				}
				if (lang === 'zh') for (const t of sentences) expect(t, `${where}: Chinese punctuation`).not.toMatch(/\p{Script=Han}[.,;]/u);
			}
		}
	});

	it('is empty when nothing changed', () => {
		for (const s of shipped) {
			for (const w of allStates(s)) {
				const still: World = { ...w, messages: [] };
				for (const lang of LANGS) expect(describeStep(s, still, still, lang), s.id).toEqual([]);
			}
		}
	});
});
