/**
 * A sandbox session is a scenario: the lines typed, replayed from an empty daemon, each one
 * a step whose actions are what it did (the messages on the wires, the images and containers
 * that appeared, changed or went, what the terminal printed). The same engine and stage play
 * it; `npm run validate` accepts it and the player plays it as any shipped scenario.
 */
import { CATALOG } from './catalog.ts';
import { captionOf } from './captions.ts';
import { EMPTY_SANDBOX, MAX_SESSION_LINES, type Container, type LocalImage, type Sandbox } from './sandbox-state.ts';
import { HOST_PROMPT, typeLine } from './type-line.ts';
import { visibleLine } from './shell-words.ts';
import type { Action, Item, Scenario, Step } from '../scenario/schema.ts';
import type { Outcome } from './outcome.ts';
import { enterHouse, HOUSE_KERNEL_LABEL, insideFocus, leaveHouse } from './house-actions.ts';

/** The longest command a step echoes as typed (the format's limit); longer lines are printed. */
const MAX_COMMAND = 300;
const PRINT_CHUNK = 200;

const imageId = (i: { name: string; tag: string; dangling?: true }) => (i.dangling ? `img-${i.name}-none` : `img-${i.name}-${i.tag}`);
const containerId = (c: Container) => `ctr-${c.id.slice(0, 12)}`;

function imageItem(i: LocalImage): Item {
	return { id: imageId(i), kind: 'image', in: 'images', label: i.dangling ? '<none>:<none>' : `${i.name}:${i.tag}`, props: { detail: `${i.image.configDigest.slice(7, 19)}` } };
}

const STATE = {
	created: { zh: '已创建', en: 'created' },
	running: { zh: '运行中', en: 'running' },
	exited: (code: number) => ({ zh: `已退出 (${code})`, en: `exited (${code})` })
};

function containerItem(c: Container): Item {
	return { id: containerId(c), kind: 'container', in: 'containers', label: c.name, props: { state: stateOf(c), detail: c.id.slice(0, 12) } };
}

function stateOf(c: Container) {
	return c.state === 'exited' ? STATE.exited(c.exitCode) : STATE[c.state];
}

/** The stage before anything is typed: an empty daemon, and the registry's repositories. */
export function sessionBase(): Omit<Scenario, 'steps'> {
	return {
		version: 1,
		id: 'sandbox',
		title: { zh: '试一试：自己敲 docker 命令', en: 'Try it: type docker commands' },
		summary: { zh: '一个模拟的 Docker 20.10：敲命令，看客户端、守护进程和镜像仓库怎么回答。', en: 'A simulated Docker 20.10: type commands and watch the client, the daemon and the registry answer.' },
		scene: 'flow',
		actors: [
			{ id: 'client', kind: 'client', label: { zh: '客户端', en: 'Client' }, sublabel: 'docker CLI' },
			{ id: 'daemon', kind: 'daemon', label: { zh: '守护进程', en: 'Daemon' }, sublabel: 'dockerd', layout: 'row' },
			{ id: 'registry', kind: 'registry', label: { zh: '镜像仓库', en: 'Registry' }, sublabel: 'docker.io' },
			// Inside a container's shell the camera flies into its board house (house-actions.ts).
			{ id: 'host', kind: 'host', label: { zh: '宿主机', en: 'Host' }, sublabel: 'CentOS 7 · Docker 20.10', scene: 'house' },
			{ id: 'house', kind: 'house', label: { zh: '板房', en: 'Board house' }, scene: 'house' },
			{ id: 'kernel', kind: 'kernel', label: { zh: 'Linux 内核（所有进程共享）', en: 'Linux kernel (shared by every process)' }, sublabel: HOUSE_KERNEL_LABEL, scene: 'house' }
		],
		links: [
			{ id: 'api', from: 'client', to: 'daemon', label: 'REST API' },
			{ id: 'hub', from: 'daemon', to: 'registry', label: 'HTTPS' }
		],
		terminal: { actor: 'client', prompt: HOST_PROMPT },
		initial: {
			items: [
				{ id: 'images', kind: 'group', in: 'daemon', label: { zh: '本地镜像', en: 'Local images' } },
				{ id: 'containers', kind: 'group', in: 'daemon', label: { zh: '容器', en: 'Containers' } },
				...CATALOG.map((image): Item => ({ id: `repo-${image.name}`, kind: 'repository', in: 'registry', label: `library/${image.name}` })),
				{ id: 'host-procs', kind: 'group', in: 'host', label: { zh: '宿主机进程', en: 'Host processes' } }
			]
		}
	};
}

/** The actions that take the stage from one sandbox to the next: images and containers in, changed and out. */
function itemActions(before: Sandbox, after: Sandbox): Action[] {
	const actions: Action[] = [];
	const had = new Set(before.images.map(imageId));
	const has = new Set(after.images.map(imageId));
	for (const i of before.images) if (!has.has(imageId(i))) actions.push({ do: 'remove', id: imageId(i) });
	for (const i of after.images)
		if (!had.has(imageId(i))) {
			actions.push({ do: 'add', item: imageItem(i), ...(i.dangling ? {} : { from: `repo-${i.name}` }) });
			for (const layer of i.image.layers) actions.push({ do: 'add', item: { id: `${imageId(i)}-${layer.digest.slice(7, 19)}`, kind: 'layer', in: imageId(i), label: layer.digest.slice(7, 19) } });
		}
	const old = new Map(before.containers.map((c) => [c.id, c]));
	const now = new Set(after.containers.map((c) => c.id));
	for (const c of before.containers) if (!now.has(c.id)) actions.push({ do: 'remove', id: containerId(c) });
	for (const c of after.containers) {
		const was = old.get(c.id);
		const source = after.images.find((i) => i.image === c.image);
		if (!was) actions.push({ do: 'add', item: containerItem(c), ...(source ? { from: imageId(source) } : {}) });
		else if (JSON.stringify(stateOf(was)) !== JSON.stringify(stateOf(c))) actions.push({ do: 'update', id: containerId(c), set: { state: stateOf(c) } });
	}
	return actions;
}

export interface Session {
	scenario: Scenario;
	/** The sandbox after each step (worlds[0]: before anything is typed). */
	sandboxes: Sandbox[];
	outcomes: Outcome[];
}

/** Replays typed lines from an empty daemon. Never throws: anything typed gets an answer. */
export function replay(lines: readonly string[]): Session {
	const base = sessionBase();
	const steps: Step[] = [];
	const sandboxes: Sandbox[] = [EMPTY_SANDBOX];
	const outcomes: Outcome[] = [];
	let sandbox = EMPTY_SANDBOX;
	for (const [n, typed] of lines.slice(0, MAX_SESSION_LINES).entries()) {
		const outcome = typeLine(sandbox, typed);
		outcomes.push(outcome);
		steps.push(stepOf(n, typed, sandbox, outcome));
		sandbox = outcome.sandbox;
		sandboxes.push(sandbox);
	}
	return { scenario: { ...base, steps: steps.length ? steps : [] } as Scenario, sandboxes, outcomes };
}

function stepOf(n: number, typed: string, before: Sandbox, outcome: Outcome): Step {
	const shown = visibleLine(typed);
	const actions: Action[] = [];
	const focus = new Set<string>();
	const requests = outcome.wire.filter((w) => !w.reverse);
	for (const w of outcome.wire) actions.push({ do: 'send', link: w.link, label: w.label, ...(w.reverse ? { reverse: true } : {}) });
	const changes = itemActions(before, outcome.sandbox);
	const story = outcome.story;
	// Leaving a shell: the house comes down and the camera flies back out before the container stops.
	const left = before.inside && !outcome.sandbox.inside ? before.containers.find((c) => c.id === before.inside!.container) : undefined;
	if (left) actions.push(...leaveHouse(containerId(left)));
	actions.push(...changes);
	const entered = !before.inside && outcome.sandbox.inside ? outcome.sandbox.containers.find((c) => c.id === outcome.sandbox.inside!.container) : undefined;
	if (entered) actions.push(...enterHouse(entered, outcome.sandbox.inside!.shell, containerId(entered)));
	if (entered) focus.add('house-sh').add('floor').add('ceiling');
	else if (story.kind === 'inside') for (const id of insideFocus(story.program)) focus.add(id);
	for (const a of changes) if (a.do === 'add') focus.add(a.item.id);
	for (const a of changes) if (a.do === 'update') focus.add(a.id);
	const printed = shown.length > MAX_COMMAND ? [`${before.inside ? '/ # ' : HOST_PROMPT}${shown}`, ...outcome.lines] : outcome.lines;
	for (let i = 0; i < printed.length; i += PRINT_CHUNK) actions.push({ do: 'print', lines: printed.slice(i, i + PRINT_CHUNK) });
	if (outcome.prompt !== undefined) actions.push({ do: 'prompt', text: outcome.prompt });
	if (requests.some((w) => w.link === 'api') && !entered) focus.add('daemon');
	if (requests.some((w) => w.link === 'hub') && !entered) focus.add('registry');
	if (focus.size === 0) focus.add('client');
	actions.push({ do: 'focus', ids: [...focus].filter((id) => !changes.some((a) => a.do === 'remove' && a.id === id)) });
	return {
		id: `line-${n + 1}`,
		...(shown.length > 0 && shown.length <= MAX_COMMAND ? { command: shown } : {}),
		caption: captionOf(outcome),
		...(outcome.wire.length > 0 ? { notes: notesOf(outcome) } : {}),
		actions
	};
}

/** The speaker notes of a line: every message on the wires, in order (the stage shows them one at a time). */
function notesOf(outcome: Outcome): Step['notes'] {
	const side = { api: { zh: ['客户端 → 守护进程', '守护进程 → 客户端'], en: ['client → daemon', 'daemon → client'] }, hub: { zh: ['守护进程 → 镜像仓库', '镜像仓库 → 守护进程'], en: ['daemon → registry', 'registry → daemon'] } };
	const lines = (lang: 'zh' | 'en') => outcome.wire.map((w) => `${side[w.link][lang][w.reverse ? 1 : 0]}: ${w.label}`).join('\n');
	return { zh: `线上的消息：\n${lines('zh')}`, en: `On the wires:\n${lines('en')}` };
}
