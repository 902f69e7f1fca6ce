/**
 * The line under the prompt: what to try next, from where the session stands. It follows the
 * lesson's path (pull, images, run, ps -a, run -it, cat /etc/os-release, exit) and then opens
 * up the rest.
 */
import type { LocalizedText } from '../scenario/schema.ts';
import type { Sandbox } from './sandbox-state.ts';

export function suggestion(sandbox: Sandbox, typed: readonly string[]): { command: string; why: LocalizedText } {
	const did = (pattern: RegExp) => typed.some((line) => pattern.test(line.trim()));
	if (sandbox.inside) {
		if (!did(/^cat \/etc\/os-release$/)) return { command: 'cat /etc/os-release', why: { zh: '看看容器里是什么系统', en: 'see which OS the container thinks it is' } };
		if (!did(/^hostname$/)) return { command: 'hostname', why: { zh: '容器有自己的主机名', en: 'the container has a hostname of its own' } };
		return { command: 'exit', why: { zh: '结束 shell，回到宿主机', en: 'end the shell and go back to the host' } };
	}
	const has = (name: string) => sandbox.images.some((i) => i.name === name);
	if (!has('busybox')) return { command: 'docker pull busybox', why: { zh: '让守护进程从镜像仓库拉一个镜像', en: 'have the daemon pull an image from the registry' } };
	if (!did(/^docker (images|image ls)\b/)) return { command: 'docker images', why: { zh: '看看本地镜像库', en: 'list the local image store' } };
	if (!did(/^docker run .*busybox echo/)) return { command: 'docker run busybox echo hello world', why: { zh: '用镜像创建并运行一个容器', en: 'create and run a container from the image' } };
	if (!did(/^docker (ps|container ls)\b.*-a/)) return { command: 'docker ps -a', why: { zh: '列出所有容器，包括已退出的', en: 'list every container, the exited ones too' } };
	if (!did(/^docker run .*-it.* alpine/)) return { command: 'docker run -it alpine sh', why: { zh: '进入一个 alpine 容器', en: 'step inside an alpine container' } };
	if (!did(/^docker run .*-d/)) return { command: 'docker run -d --name web -p 8080:80 nginx', why: { zh: '在后台运行一个 nginx', en: 'run nginx in the background' } };
	if (!did(/^docker rmi/)) return { command: 'docker rmi busybox', why: { zh: '还有容器在用它时删镜像，会怎样？', en: 'what if a container still uses the image?' } };
	return { command: 'docker --help', why: { zh: '看看还有哪些命令', en: 'see what else there is' } };
}
