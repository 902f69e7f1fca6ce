import { describe, expect, it } from 'vitest';
import { replay } from './session.ts';
import { tr } from '../i18n/text.ts';

const caption = (...lines: string[]) => {
	const { scenario } = replay(lines);
	const step = scenario.steps[scenario.steps.length - 1]!;
	return { en: tr(step.caption, 'en'), zh: tr(step.caption, 'zh') };
};

describe('sandbox captions', () => {
	it('tell what the architecture did, in both languages', () => {
		expect(caption('docker pull busybox').en).toBe("The client asks the daemon to pull busybox:latest; the daemon fetches its manifest list and 1 layer from the registry into its image store.");
		expect(caption('docker pull busybox').zh).toContain('守护进程向镜像仓库取清单列表和 1 个层');
		expect(caption('docker run -it alpine sh').en).toMatch(/^The image is not local, so the daemon pulls it first; then it creates and starts [a-z]+_[a-z]+; -it joins our terminal to the shell inside/);
	});

	it('say why a command is refused, and who refused it', () => {
		expect(caption('docker run --foo busybox').en).toBe('docker run is refused: docker run has no such flag. The client refuses it by itself, without asking the daemon, and nothing has changed.');
		expect(caption('docker run --name old busybox true', 'docker rmi busybox').en).toBe('docker rmi is refused: a container still uses the image: docker rm that container first. The daemon refuses it, and nothing has changed.');
		expect(caption('docker stop ghost').zh).toBe('docker stop 被拒绝：守护进程没有这个容器。守护进程拒绝了，什么都没有改变。');
		expect(caption('docker pull nosuch').en).toContain('the registry has no such repository');
		expect(caption('docker frobnicate').en).toContain('docker has no such command');
	});
});
