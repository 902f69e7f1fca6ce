/**
 * The board house of a container whose shell the learner enters (docker run -it, docker exec
 * -it): the camera flies into the container, and its house stands there as the lesson draws
 * it — the process inside, the floor of the image's files (pivot_root), five namespace walls
 * (the lesson's host is CentOS 7, kernel 3.10: no cgroup namespace, and Docker leaves the user
 * namespace out) and the cgroup ceiling with the limits the run was given. exit takes it down.
 */
import type { Action, Item, LocalizedText } from '../scenario/schema.ts';
import { HOST_KERNEL } from './programs.ts';
import type { Container } from './sandbox-state.ts';

/** The host's pid of the nth container's process (the house's PID 1). */
function hostPid(container: Container): number {
	return 4700 + (parseInt(container.id.slice(0, 4), 16) % 300);
}

function limits(c: Container): LocalizedText {
	const o = c.options;
	const set = [o.memory !== undefined ? `-m ${o.memory / 1024 / 1024}m` : '', o.cpus !== undefined ? `--cpus ${o.cpus}` : '', o.pidsLimit !== undefined ? `--pids-limit ${o.pidsLimit}` : ''].filter(Boolean).join(' · ');
	return set ? { zh: `上限：${set}`, en: `limits: ${set}` } : { zh: '没加 -m、--cpus、--pids-limit：不设上限', en: 'no -m, --cpus or --pids-limit: no limits set' };
}

/** The floor shows the directories the lesson talks about first, at most eleven (the rest are in `ls /`). */
const FIRST = ['bin', 'dev', 'etc', 'home', 'lib', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'];
function floorEntries(entries: readonly string[]): string[] {
	const known = entries.filter((e) => FIRST.includes(e));
	return [...known, ...entries.filter((e) => !FIRST.includes(e))].slice(0, 11).sort();
}

export const HOUSE_ITEMS = ['house-sh', 'host-sh', 'floor', 'wall-mnt', 'wall-uts', 'wall-pid', 'wall-net', 'wall-ipc', 'ceiling'];

export function houseItems(c: Container, shell: string): Item[] {
	const id = c.id.slice(0, 12);
	const pid = hostPid(c);
	const wall = (ns: string, side: 'left' | 'right', detail: LocalizedText, sees: LocalizedText): Item => ({ id: `wall-${ns}`, kind: 'wall', in: 'house', label: { zh: `${ns} 命名空间`, en: `${ns} namespace` }, props: { side, detail, sees } });
	return [
		{ id: 'floor', kind: 'floor', in: 'house', label: { zh: '地板 · chroot / pivot_root', en: 'Floor · chroot / pivot_root' }, props: { detail: { zh: `根目录 = ${c.image.name} 的文件`, en: `root directory = ${c.image.name}'s files` } } },
		...floorEntries(c.image.rootEntries).map((entry): Item => ({ id: `floor-${entry.replace(/[^A-Za-z0-9_.-]/g, '-')}`, kind: 'dir', in: 'floor', label: `/${entry}` })),
		wall('mnt', 'left', { zh: '挂载点', en: 'mount points' }, { zh: '自己的：overlay 在 /', en: 'its own: overlay on /' }),
		wall('uts', 'left', { zh: '主机名、NIS 域名', en: 'hostname, NIS domain name' }, { zh: `主机名 ${id}`, en: `hostname ${id}` }),
		wall('pid', 'left', { zh: '进程号', en: 'process IDs' }, { zh: `PID 1（宿主机：${pid}）`, en: `PID 1 (host: ${pid})` }),
		wall('net', 'left', { zh: '网卡、IP、端口、路由', en: 'devices, IPs, ports, routes' }, { zh: 'lo、eth0 172.17.0.2/16', en: 'lo, eth0 172.17.0.2/16' }),
		wall('ipc', 'right', { zh: 'System V IPC、POSIX 消息队列', en: 'System V IPC, POSIX mqueues' }, { zh: '自己的，空的', en: 'its own, empty' }),
		{ id: 'ceiling', kind: 'ceiling', in: 'house', label: { zh: '天花板 · cgroup', en: 'Ceiling · cgroup' }, props: { detail: limits(c) } },
		{ id: 'house-sh', kind: 'process', in: 'house', label: shell, props: { detail: 'PID 1', state: { zh: '运行中', en: 'running' } } },
		{ id: 'host-sh', kind: 'process', in: 'host-procs', label: shell, props: { detail: { zh: `PID ${pid} · 房里是 PID 1`, en: `PID ${pid} · PID 1 inside` } } }
	];
}

export function enterHouse(c: Container, shell: string, ctr: string): Action[] {
	return [...houseItems(c, shell).map((item): Action => ({ do: 'add', item })), { do: 'scene', scene: 'house', zoom: ctr }];
}

export function leaveHouse(ctr: string): Action[] {
	return [...HOUSE_ITEMS.map((id): Action => ({ do: 'remove', id })), { do: 'scene', scene: 'flow', zoom: ctr }];
}

/** What a command typed inside is about, in the house: the floor for files, a wall for what it isolates. */
export function insideFocus(program: string): string[] {
	if (program === 'cat' || program === 'ls' || program === 'pwd') return ['house-sh', 'floor'];
	if (program === 'hostname') return ['house-sh', 'wall-uts'];
	if (program === 'ps') return ['house-sh', 'wall-pid'];
	if (program === 'uname') return ['house-sh', 'kernel'];
	return ['house-sh'];
}

export const HOUSE_KERNEL_LABEL = `${HOST_KERNEL.split('-')[0]} · namespaces · cgroups`;
