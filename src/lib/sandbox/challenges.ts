/**
 * Challenges, as Learn Git Branching has levels: short goals drawn from the lesson, each
 * checked against what the learner's session did (its outcomes and the sandbox after each
 * line), with a hint and the reference solution. Progress is kept in the browser only.
 */
import type { LocalizedText } from '../scenario/schema.ts';
import { HOST_KERNEL } from './programs.ts';
import type { Session } from './session.ts';

export interface Challenge {
	id: string;
	title: LocalizedText;
	goal: LocalizedText;
	hint: LocalizedText;
	/** Lines that solve it from an empty daemon. */
	solution: string[];
	solved(session: Session): boolean;
}

const printed = (session: Session, pattern: RegExp) => session.outcomes.some((o) => o.lines.some((l) => pattern.test(l)));

export const CHALLENGES: readonly Challenge[] = [
	{
		id: 'hello-and-gone',
		title: { zh: '来去无痕', en: 'Here and gone' },
		goal: { zh: '运行一个打印 hello world 的容器，并且它运行完就被删掉。', en: 'Run a container that prints hello world and is gone afterwards.' },
		hint: { zh: 'docker run 有个选项，让容器退出时自动删除。', en: 'docker run has an option that removes the container when it exits.' },
		solution: ['docker run --rm busybox echo hello world'],
		solved: (s) => s.outcomes.some((o) => o.story.kind === 'run' && o.story.removed && o.lines.includes('hello world'))
	},
	{
		id: 'which-os',
		title: { zh: '容器里是什么系统', en: 'Which OS is inside?' },
		goal: { zh: '在 alpine 容器里开一个 shell，查出它的系统版本。', en: 'Start a shell in alpine and find its OS version.' },
		hint: { zh: '-it 让你进到容器里；系统信息在 /etc/os-release。', en: '-it takes you inside; the OS is described in /etc/os-release.' },
		solution: ['docker run -it alpine sh', 'cat /etc/os-release', 'exit'],
		solved: (s) => s.outcomes.some((o, i) => o.story.kind === 'inside' && s.sandboxes[i]!.inside !== undefined && o.lines.includes('VERSION_ID=3.16.2'))
	},
	{
		id: 'image-in-use',
		title: { zh: '镜像还在用', en: 'Still in use' },
		goal: { zh: '在还有容器用着 busybox 时删除它，看它怎么拒绝；然后把问题解决，真的删掉 busybox。', en: 'Remove busybox while a container still uses it, then fix that and remove it for real.' },
		hint: { zh: '停掉的容器也算在用：先用 docker rm 删掉那个容器。', en: 'A stopped container still counts: remove it with docker rm first.' },
		solution: ['docker run --name old busybox echo hi', 'docker rmi busybox', 'docker rm old', 'docker rmi busybox'],
		solved: (s) => {
			const refused = s.outcomes.findIndex((o) => o.lines.some((l) => /conflict: unable to remove repository reference "busybox/.test(l)));
			return refused >= 0 && s.outcomes.slice(refused + 1).some((o) => o.story.kind === 'rmi' && o.story.refs.includes('busybox:latest') && o.lines.some((l) => l.startsWith('Deleted:')));
		}
	},
	{
		id: 'web-in-background',
		title: { zh: '后台的 web', en: 'A web server in the background' },
		goal: { zh: '在后台运行一个名叫 web 的 nginx 容器，用 docker ps 确认它在运行，再把它停掉。', en: 'Run nginx in the background as a container named web, see it running with docker ps, then stop it.' },
		hint: { zh: '-d 放到后台，--name 起名字，docker stop 停止。', en: '-d for the background, --name to name it, docker stop to stop it.' },
		solution: ['docker run -d --name web nginx', 'docker ps', 'docker stop web'],
		solved: (s) => {
			const seen = s.outcomes.findIndex((o) => o.story.kind === 'ps' && o.lines.some((l) => /\bUp\b.*\bweb$/.test(l)));
			return seen >= 0 && s.outcomes.slice(seen + 1).some((o) => o.story.kind === 'lifecycle' && (o.story.verb === 'stop' || o.story.verb === 'kill') && o.story.names.includes('web'));
		}
	},
	{
		id: 'exit-code',
		title: { zh: '退出码', en: 'Exit code' },
		goal: { zh: '让一个容器以退出码 3 结束，再在 docker ps -a 里找到 Exited (3)。', en: 'Make a container end with exit code 3, then find Exited (3) in docker ps -a.' },
		hint: { zh: 'sh -c "exit 3" 会以 3 退出。', en: 'sh -c "exit 3" ends with code 3.' },
		solution: ['docker run busybox sh -c "exit 3"', 'docker ps -a'],
		solved: (s) => s.outcomes.some((o) => o.story.kind === 'ps' && o.story.all && o.lines.some((l) => l.includes('Exited (3)')))
	},
	{
		id: 'same-kernel',
		title: { zh: '同一个内核', en: 'One kernel' },
		goal: { zh: '证明容器没有自己的内核：在 alpine 容器里查内核版本，它和宿主机的一样。', en: "Show that a container has no kernel of its own: ask an alpine container for its kernel version; it is the host's." },
		hint: { zh: 'uname -r 打印内核版本。', en: 'uname -r prints the kernel version.' },
		solution: ['docker run alpine uname -r'],
		solved: (s) => printed(s, new RegExp(`^${HOST_KERNEL.replace(/\./g, '\\.')}$`))
	},
	{
		id: 'find-the-id',
		title: { zh: '镜像 ID', en: 'The image ID' },
		goal: { zh: '拉取 busybox，然后只列出本地镜像的 ID。', en: 'Pull busybox, then list just the IDs of the local images.' },
		hint: { zh: 'docker images 有个只打印 ID 的选项。', en: 'docker images has an option that prints only the IDs.' },
		solution: ['docker pull busybox', 'docker images -q'],
		solved: (s) => s.outcomes.some((o) => o.story.kind === 'images' && o.lines.length > 0 && o.lines.every((l) => /^[0-9a-f]{12}$/.test(l)) && o.lines.includes('2bd29714875d'))
	}
];

const KEY = 'banfang:challenges';

export function loadSolved(): Set<string> {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
		return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && CHALLENGES.some((c) => c.id === v)) : []);
	} catch {
		return new Set();
	}
}

export function saveSolved(solved: ReadonlySet<string>): void {
	try {
		localStorage.setItem(KEY, JSON.stringify([...solved]));
	} catch {
		// storage blocked or full: progress holds for this page only
	}
}
