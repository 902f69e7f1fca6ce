/**
 * The caption of a typed command, in both languages, from what it did (outcome.ts): what the
 * client asked, what the daemon did and, for a refusal, why — so the learner reads the
 * architecture's answer under the terminal's.
 */
import type { LocalizedText } from '../scenario/schema.ts';
import type { Outcome, Story } from './outcome.ts';

const list = (names: string[], lang: 'zh' | 'en') => (lang === 'zh' ? names.join('、') : names.join(', '));

export function captionOf(outcome: Outcome): LocalizedText {
	const story = outcome.story;
	switch (story.kind) {
		case 'empty':
			return { zh: '空行：什么也没发生。', en: 'An empty line: nothing happens.' };
		case 'not-docker':
			return { zh: `宿主机的 shell 不认识 ${story.word}：这里只模拟 docker 命令。`, en: `The host's shell has no ${story.word}: this sandbox simulates docker commands only.` };
		case 'unsupported':
			return { zh: `这个模拟的 shell 一次只运行一条命令，不支持 ${story.what}：管道、重定向、子 shell 和变量都没有模拟。`, en: `This simulated shell runs one command at a time and has no ${story.what}: pipes, redirections, subshells and variables are not simulated.` };
		case 'refused':
			return refusedCaption(story.command, outcome);
		case 'help':
			return { zh: `${story.command === 'docker' ? 'docker' : `docker ${story.command}`} 的帮助：客户端自己打印，不用问守护进程。`, en: `Help for ${story.command === 'docker' ? 'docker' : `docker ${story.command}`}: the client prints it itself, without asking the daemon.` };
		case 'version':
			return { zh: 'docker version：客户端先报自己的版本，再通过 REST API 问守护进程要 Server 部分。', en: "docker version: the client reports its own version, then asks the daemon over the REST API for the Server part." };
		case 'pull':
			return story.had
				? { zh: `${story.ref} 已在本地：守护进程问过镜像仓库，摘要没变，不用下载。`, en: `${story.ref} is already local: the daemon asks the registry, the digest is the same, nothing is downloaded.` }
				: {
						zh: `客户端请守护进程拉取 ${story.ref}；守护进程向镜像仓库取清单列表和 ${story.layers} 个层，存进本地镜像库。`,
						en: `The client asks the daemon to pull ${story.ref}; the daemon fetches its manifest list and ${story.layers} layer${story.layers === 1 ? '' : 's'} from the registry into its image store.`
					};
		case 'images':
			return { zh: `docker images 只问守护进程的本地镜像库（${story.count} 个），从不联系镜像仓库。`, en: `docker images asks only the daemon's local store (${story.count} image${story.count === 1 ? '' : 's'}); it never contacts the registry.` };
		case 'run': {
			const pulled = story.pulled ? { zh: '本地没有镜像，守护进程先拉取；然后', en: 'The image is not local, so the daemon pulls it first; then it ' } : { zh: '守护进程', en: 'The daemon ' };
			if (story.shell)
				return { zh: `${pulled.zh}创建并启动 ${story.name}，-it 把我们的终端接到容器里的 shell：提示符变了。`, en: `${pulled.en}creates and starts ${story.name}; -it joins our terminal to the shell inside: the prompt has changed.` };
			if (story.detach) return { zh: `${pulled.zh}创建并在后台启动 ${story.name}（-d），客户端只打印它的完整 ID。`, en: `${pulled.en}creates ${story.name} and starts it in the background (-d); the client prints its full ID.` };
			if (story.exitCode === undefined) return { zh: `${pulled.zh}创建并启动 ${story.name}，它一直在运行。`, en: `${pulled.en}creates and starts ${story.name}, and it keeps running.` };
			return {
				zh: `${pulled.zh}创建并启动 ${story.name}；进程结束，退出码 ${story.exitCode}${story.removed ? '，--rm 把容器删掉了' : '，容器停下但还在'}。`,
				en: `${pulled.en}creates and starts ${story.name}; its process ends with code ${story.exitCode}${story.removed ? ' and --rm removes the container' : ', and the stopped container stays'}.`
			};
		}
		case 'ps':
			return story.all
				? { zh: `docker ps -a 列出所有容器（${story.count} 个），包括已经退出的。`, en: `docker ps -a lists every container (${story.count}), the exited ones too.` }
				: { zh: `docker ps 只列出正在运行的容器（${story.count} 个）。`, en: `docker ps lists only running containers (${story.count}).` };
		case 'lifecycle': {
			const verbs = { start: ['启动', 'starts'], stop: ['停止（先 SIGTERM，10 秒后 SIGKILL）', 'stops (SIGTERM, then SIGKILL after 10 s)'], kill: ['用 SIGKILL 杀掉', 'kills with SIGKILL'], restart: ['重启', 'restarts'] }[story.verb];
			return { zh: `守护进程${verbs[0]} ${list(story.names, 'zh')}。`, en: `The daemon ${verbs[1]} ${list(story.names, 'en')}.` };
		}
		case 'rm':
			return { zh: `守护进程删除容器 ${list(story.names, 'zh')}：它的可写层也没了。`, en: `The daemon removes ${list(story.names, 'en')}, its writable layer with it.` };
		case 'rmi':
			return { zh: `守护进程从本地镜像库删除 ${list(story.refs, 'zh')}。`, en: `The daemon deletes ${list(story.refs, 'en')} from its local store.` };
		case 'logs':
			return { zh: `docker logs：守护进程保存了 ${story.name} 进程的输出，重放给客户端。`, en: `docker logs: the daemon kept what ${story.name}'s process wrote and replays it to the client.` };
		case 'exec':
			return story.shell
				? { zh: `docker exec 在正在运行的 ${story.name} 里再启动一个 shell，终端接进去了。`, en: `docker exec starts another shell inside the running ${story.name}, and our terminal is joined to it.` }
				: { zh: `docker exec 在正在运行的 ${story.name} 里执行一条命令，输出传回客户端。`, en: `docker exec runs one command inside the running ${story.name}; its output comes back to the client.` };
		case 'inspect':
			return { zh: `docker inspect 要守护进程的底层信息：${list(story.names, 'zh')}。`, en: `docker inspect asks the daemon for low-level details of ${list(story.names, 'en')}.` };
		case 'inside':
			return insideCaption(story.program, story.container);
		case 'exit':
			return story.stopped
				? { zh: `exit 结束了 shell，也就是 ${story.container} 唯一的进程：容器停止，退出码 ${story.code}，回到宿主机。`, en: `exit ends the shell, ${story.container}'s only process: the container stops with code ${story.code}, and we are back on the host.` }
				: { zh: `exit 结束了 docker exec 的 shell；${story.container} 还在运行。`, en: `exit ends the docker exec shell; ${story.container} keeps running.` };
	}
}

/** A command typed in a container's shell, told as the part of the board house it meets. */
function insideCaption(program: string, container: string): LocalizedText {
	switch (program) {
		case 'cat':
		case 'ls':
			return { zh: `${program} 读到的是地板：镜像的文件成了 ${container} 的根目录，宿主机的文件在外面。`, en: `${program} reads the floor: the image's files are ${container}'s root directory; the host's files are outside it.` };
		case 'hostname':
			return { zh: `uts 这面墙：${container} 有自己的主机名，就是容器 ID 的前 12 位。`, en: `The uts wall: ${container} has a hostname of its own, the first 12 characters of its ID.` };
		case 'ps':
			return { zh: `pid 这面墙：房里只看得到自己的进程，shell 是 1 号进程。`, en: 'The pid wall: inside, only the house\'s own processes show, and the shell is PID 1.' };
		case 'uname':
			return { zh: '板房没有自己的内核：uname 报的是宿主机的内核。', en: "A board house has no kernel of its own: uname reports the host's kernel." };
		default:
			return { zh: `在 ${container} 的 shell 里运行 ${program}：它只看得到容器自己的文件、主机名和进程。`, en: `${program} runs in ${container}'s shell: it sees only the container's own files, hostname and processes.` };
	}
}

/** Why a command was refused, read from Docker's own error, and who refused it (the client alone, or the daemon). */
function refusedCaption(command: string, outcome: Outcome): LocalizedText {
	const error = outcome.lines.join('\n');
	const cmd = command === 'docker' ? 'docker' : `docker ${command}`;
	const byClient = outcome.wire.length === 0;
	const who = byClient ? { zh: '客户端自己就拒绝了，没有去问守护进程', en: 'the client refuses it by itself, without asking the daemon' } : { zh: '守护进程拒绝了', en: 'the daemon refuses it' };
	type Both = { zh: string; en: string };
	const reasons: [RegExp, Both][] = [
		[/is not a docker command/, { zh: 'docker 没有这个命令', en: 'docker has no such command' }],
		[/unknown (shorthand )?flag/, { zh: `${cmd} 没有这个选项`, en: `${cmd} has no such flag` }],
		[/flag needs an argument/, { zh: '这个选项后面要跟一个值', en: 'that flag needs a value after it' }],
		[/invalid argument/, { zh: '选项的值不对', en: "a flag's value is not valid" }],
		[/requires|accepts no arguments|unknown help topic/, { zh: '参数的个数不对', en: 'it has the wrong number of arguments' }],
		[/pull access denied/, { zh: '镜像仓库里没有这个仓库（或者要先 docker login）', en: 'the registry has no such repository (or it needs docker login)' }],
		[/manifest unknown/, { zh: '镜像仓库有这个仓库，但没有这个标签', en: 'the registry has the repository but not that tag' }],
		[/conflict: unable to (remove|delete)/, { zh: '还有容器在用这个镜像：先 docker rm 那个容器', en: 'a container still uses the image: docker rm that container first' }],
		[/cannot remove a running container/, { zh: '容器还在运行：先 docker stop，或者用 rm -f', en: 'the container is running: docker stop it first, or use rm -f' }],
		[/is not running/, { zh: '容器没有在运行', en: 'the container is not running' }],
		[/is already in use/, { zh: '这个名字已经被另一个容器用了', en: 'another container already has that name' }],
		[/executable file not found/, { zh: '镜像里没有这个程序：容器创建了，但启动失败（退出码 127）', en: 'the image has no such program: the container is created but cannot start (exit code 127)' }],
		[/No such container/, { zh: '守护进程没有这个容器', en: 'the daemon has no such container' }],
		[/No such image|No such object/, { zh: '本地没有这个镜像或对象', en: 'there is no such image or object here' }]
	];
	const reason: Both = reasons.find(([pattern]) => pattern.test(error))?.[1] ?? { zh: '终端里是 Docker 自己的错误信息', en: "the terminal shows Docker's own error" };
	const changed = /executable file not found/.test(error);
	return {
		zh: `${cmd} 被拒绝：${reason.zh}。${who.zh}${changed ? '。' : '，什么都没有改变。'}`,
		en: `${cmd} is refused: ${reason.en}. ${who.en[0]!.toUpperCase()}${who.en.slice(1)}${changed ? '.' : ', and nothing has changed.'}`
	};
}
