/**
 * Text for screen readers: what a step changed, and what the stage holds at rest, in
 * Chinese and English. Pure functions of the scenario and the engine's worlds (no DOM):
 * describeStep reads diff(before, after), describeWorld reads one world. Numbers and
 * props read as on stage, through the same helpers the stage draws with.
 */
import { diff, type WorldDiff } from '../engine/diff.ts';
import type { ItemState, Message, TerminalLine, World } from '../engine/world.ts';
import { tr, type Lang } from '../i18n/text.ts';
import type { Actor, Scenario, SceneKind } from '../scenario/schema.ts';
import { propText } from '../stage/item-text.ts';
import { itemStyle } from '../stage/kinds.ts';
import { meterOf, meterText } from '../stage/meter.ts';
import { actorsOf } from '../stage/scene-actors.ts';

// ——— Kind words ———

export interface KindWord {
	zh: string;
	en: string;
	/** English plural (Chinese has none). */
	enPlural: string;
}

/** What each item kind is called in a sentence. Kinds not listed get no word (just their label). */
export const KIND_WORDS: Readonly<Record<string, KindWord>> = {
	image: { zh: '镜像', en: 'image', enPlural: 'images' },
	layer: { zh: '层', en: 'layer', enPlural: 'layers' },
	container: { zh: '容器', en: 'container', enPlural: 'containers' },
	process: { zh: '进程', en: 'process', enPlural: 'processes' },
	repository: { zh: '仓库', en: 'repository', enPlural: 'repositories' },
	tag: { zh: '标签', en: 'tag', enPlural: 'tags' },
	floor: { zh: '地板', en: 'floor', enPlural: 'floors' },
	ceiling: { zh: '天花板', en: 'ceiling', enPlural: 'ceilings' },
	wall: { zh: '墙', en: 'wall', enPlural: 'walls' },
	gauge: { zh: '仪表', en: 'gauge', enPlural: 'gauges' },
	bar: { zh: '长条', en: 'bar', enPlural: 'bars' },
	dir: { zh: '目录', en: 'directory', enPlural: 'directories' },
	file: { zh: '文件', en: 'file', enPlural: 'files' },
	nic: { zh: '网卡', en: 'network interface', enPlural: 'network interfaces' },
	vm: { zh: '虚拟机', en: 'VM', enPlural: 'VMs' },
	os: { zh: '操作系统', en: 'OS', enPlural: 'OSes' },
	kernel: { zh: '内核', en: 'kernel', enPlural: 'kernels' },
	hypervisor: { zh: '虚拟机监视器', en: 'hypervisor', enPlural: 'hypervisors' },
	engine: { zh: '引擎', en: 'engine', enPlural: 'engines' },
	hardware: { zh: '硬件', en: 'hardware', enPlural: 'hardware' }
};

/** The word for an item kind ("镜像" / "image"), or undefined for kinds without one (group, fact…). */
export function kindWord(kind: string, lang: Lang, plural = false): string | undefined {
	const word = Object.hasOwn(KIND_WORDS, kind) ? KIND_WORDS[kind] : undefined;
	if (!word) return undefined;
	return lang === 'zh' ? word.zh : plural ? word.enPlural : word.en;
}

// ——— Small text tools ———

const MAX_TEXT = 80;
const CJK = /[\u2e80-\u2fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Full-width punctuation and quotes: no space next to them. */
const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]/;

/** Join Chinese sentence parts, with a space only where Chinese meets Latin text (as Chinese typesetting does). */
function zh(...parts: string[]): string {
	let out = '';
	for (const part of parts) {
		if (!part) continue;
		const a = out.at(-1);
		const b = part[0]!;
		const space = a !== undefined && !/\s/.test(a) && !/\s/.test(b) && !CJK_PUNCT.test(a) && !CJK_PUNCT.test(b) && !(CJK.test(a) && CJK.test(b));
		out += (space ? ' ' : '') + part;
	}
	return out;
}

/** One line of text, at most MAX_TEXT characters. */
function clip(text: string, max = MAX_TEXT): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** End a sentence (unless it already ends with a stop). */
function sentence(text: string, lang: Lang): string {
	const t = text.trim();
	// A command may end in "?" (echo $?): in Chinese only a Chinese stop ends the sentence.
	if ((lang === 'zh' ? /[。！？]$/ : /[.!?。！？]$/).test(t)) return t;
	return t + (lang === 'zh' ? '。' : '.');
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "a, b and c" / "a、b 和 c". */
function listJoin(parts: string[], lang: Lang): string {
	if (parts.length <= 1) return parts[0] ?? '';
	const head = parts.slice(0, -1);
	const last = parts[parts.length - 1]!;
	return lang === 'zh' ? zh(head.join('、'), '和', last) : `${head.join(', ')} and ${last}`;
}

/** Up to `cap` parts, then "and N more" / "等 N 项". */
function cappedList(parts: string[], lang: Lang, cap: number): string {
	if (parts.length <= cap) return listJoin(parts, lang);
	const shown = parts.slice(0, cap);
	return lang === 'zh' ? zh(shown.join('、'), `等 ${parts.length} 项`) : `${shown.join(', ')} and ${parts.length - cap} more`;
}

// ——— Naming things ———

type Items = Record<string, ItemState>;

function actorById(scenario: Scenario, id: string): Actor | undefined {
	return scenario.actors.find((a) => a.id === id);
}

/** An item's label in one language (its id if the label is blank). */
function labelOf(item: ItemState, lang: Lang): string {
	return clip(tr(item.label, lang)) || item.id;
}

function actorLabel(actor: Actor, lang: Lang): string {
	return clip(tr(actor.label, lang)) || actor.id;
}

/** Whether the label already says what the kind word would ("Floor · chroot", "容器层"). */
function labelSays(label: string, word: string, lang: Lang): boolean {
	if (lang === 'zh') return label.includes(word);
	return new RegExp(`(^|[^A-Za-z])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i').test(label);
}

/** "image busybox:latest" / "镜像 busybox:latest"; just the label for kinds without a word. */
export function itemPhrase(item: ItemState, lang: Lang): string {
	const label = labelOf(item, lang);
	const word = kindWord(item.kind, lang);
	if (!word || labelSays(label, word, lang)) return label;
	if (lang === 'en') return `${word} ${label}`;
	// A Chinese label right after a Chinese word would run together: quote it.
	return CJK.test(label[0] ?? '') ? `${word}“${label}”` : `${word} ${label}`;
}

/** The same phrase at the start of a sentence. */
function startPhrase(item: ItemState, lang: Lang): string {
	const phrase = itemPhrase(item, lang);
	return lang === 'en' && kindWord(item.kind, lang) && phrase !== labelOf(item, lang) ? capitalize(phrase) : phrase;
}

/** Kinds that only gather other items (group, "Two VMs", a metric): named by their label alone. */
function isGroupLike(item: ItemState): boolean {
	return item.kind === 'group' || kindWord(item.kind, 'en') === undefined;
}

/** The holder of an item, named so that it can be found: "Local images in Daemon" / "守护进程的本地镜像". */
function holderPhrase(scenario: Scenario, items: Items, id: string, lang: Lang): string {
	const actor = actorById(scenario, id);
	if (actor) return actorLabel(actor, lang);
	const item = Object.hasOwn(items, id) ? items[id] : undefined;
	if (!item) return id;
	if (!isGroupLike(item)) return itemPhrase(item, lang);
	const label = labelOf(item, lang);
	const parentActor = actorById(scenario, item.in);
	const parentItem = Object.hasOwn(items, item.in) ? items[item.in] : undefined;
	const parent = parentActor ? actorLabel(parentActor, lang) : parentItem ? itemPhrase(parentItem, lang) : undefined;
	// "Host processes" is already known to be the host's.
	if (!parent || label.toLowerCase().includes(parent.toLowerCase())) return label;
	return lang === 'zh' ? zh(parent, '的', label) : `${label} in ${parent}`;
}

/** What the stage shows on an item besides its label: state badge, meter, detail, what a wall sees. */
function infoParts(item: ItemState, lang: Lang): string[] {
	const parts: string[] = [];
	const state = propText(item, 'state', lang);
	if (state) parts.push(clip(state, 40));
	const style = itemStyle(item.kind);
	if (style.fill === 'meter') parts.push(meterText(item));
	const detail = propText(item, 'detail', lang);
	if (detail) parts.push(clip(detail, 60));
	const sees = propText(item, 'sees', lang);
	if (sees) parts.push(lang === 'zh' ? `看到：${clip(sees, 50)}` : `sees ${clip(sees, 50)}`);
	const writable = item.props?.writable === true;
	if (writable && !/writable|可写/i.test(detail ?? '')) parts.push(lang === 'zh' ? '可写' : 'writable');
	return parts.filter((p) => p.trim() !== '');
}

/** "(pulling; 2bd29714875d · 1.24 MB)" / "（下载中；…）", or "" when the item shows nothing more. */
function infoSuffix(item: ItemState, lang: Lang): string {
	const parts = infoParts(item, lang);
	if (parts.length === 0) return '';
	return lang === 'zh' ? `（${parts.join('；')}）` : ` (${parts.join('; ')})`;
}

/** Items named by kind: "walls mnt namespace and uts namespace; Ceiling · cgroup" / "墙 mnt 命名空间和 uts 命名空间；天花板 · cgroup". */
function kindList(items: ItemState[], lang: Lang, cap = 5): string {
	const groups = new Map<string, ItemState[]>();
	for (const item of items) groups.set(item.kind, [...(groups.get(item.kind) ?? []), item]);
	const parts: string[] = [];
	for (const [kind, members] of groups) {
		if (members.length === 1) {
			parts.push(itemPhrase(members[0]!, lang));
			continue;
		}
		const word = kindWord(kind, lang);
		if (!word) {
			parts.push(cappedList(members.map((m) => labelOf(m, lang)), lang, cap));
			continue;
		}
		// "layers a and b"; a label that names the kind itself ("container layer", "base OS files") stands alone.
		const says = members.filter((m) => labelSays(labelOf(m, lang), word, lang));
		const plain = members.filter((m) => !says.includes(m));
		if (plain.length <= 1) {
			parts.push(cappedList(members.map((m) => itemPhrase(m, lang)), lang, cap));
			continue;
		}
		const list = cappedList(plain.map((m) => labelOf(m, lang)), lang, cap);
		const group = lang === 'zh' ? zh(word, list) : `${kindWord(kind, lang, true)!} ${list}`;
		if (says.length === 0) parts.push(group);
		else {
			const rest = listJoin(says.map((m) => labelOf(m, lang)), lang);
			parts.push(lang === 'zh' ? zh(group, '，以及', rest) : `${group}, plus ${rest}`);
		}
	}
	return parts.join(lang === 'zh' ? '；' : '; ');
}

// ——— Where items are, and which are on stage ———

/** The actor an item finally sits in (undefined if the chain is broken). */
function rootActor(scenario: Scenario, items: Items, id: string): Actor | undefined {
	let current = id;
	for (let hops = 0; hops < 256; hops++) {
		const actor = actorById(scenario, current);
		if (actor) return actor;
		const item = Object.hasOwn(items, current) ? items[current] : undefined;
		if (!item) return undefined;
		current = item.in;
	}
	return undefined;
}

function onScene(scenario: Scenario, items: Items, id: string, scenes: SceneKind[]): boolean {
	const actor = rootActor(scenario, items, id);
	return !actor || scenes.includes(actor.scene ?? scenario.scene);
}

// ——— describeStep ———

function terminalText(line: TerminalLine, lang: Lang): string {
	return tr(line.text, lang);
}

function outputSentence(lines: TerminalLine[], lang: Lang): string {
	const texts = lines.map((l) => terminalText(l, lang));
	const firstIndex = texts.findIndex((t) => t.trim() !== '');
	if (firstIndex < 0) {
		const n = texts.length;
		return sentence(lang === 'zh' ? `输出：${n} 个空行` : n === 1 ? 'Output: a blank line' : `Output: ${n} blank lines`, lang);
	}
	const first = clip(texts[firstIndex]!);
	const more = texts.length - firstIndex - 1;
	if (more === 0) return sentence(lang === 'zh' ? `输出：${first}` : `Output: ${first}`, lang);
	if (lang === 'zh') return sentence(zh(`输出：${first}`, `，另有 ${more} 行`), lang);
	return sentence(`Output: ${first}, and ${more} more line${more === 1 ? '' : 's'}`, lang);
}

function commandSentence(line: TerminalLine, lang: Lang): string {
	const text = clip(terminalText(line, lang), 120);
	return sentence(lang === 'zh' ? `命令：${text}` : `Command: ${text}`, lang);
}

/** Terminal lines, in order: each command, and each run of output between them. */
function terminalSentences(printed: TerminalLine[], lang: Lang): { commands: string[]; outputs: string[] } {
	const commands: string[] = [];
	const outputs: string[] = [];
	let run: TerminalLine[] = [];
	const flush = () => {
		if (run.length > 0) outputs.push(outputSentence(run, lang));
		run = [];
	};
	for (const line of printed) {
		if (line.kind === 'command') {
			flush();
			commands.push(commandSentence(line, lang));
		} else run.push(line);
	}
	flush();
	return { commands, outputs };
}

function messageSentence(scenario: Scenario, message: Message, lang: Lang): string {
	const link = scenario.links.find((l) => l.id === message.link);
	const name = (id: string | undefined) => {
		const actor = id === undefined ? undefined : actorById(scenario, id);
		return actor ? actorLabel(actor, lang) : (id ?? message.link);
	};
	const [from, to] = message.reverse ? [name(link?.to), name(link?.from)] : [name(link?.from), name(link?.to)];
	const label = clip(tr(message.label, lang), 120);
	if (lang === 'zh') return sentence(message.reverse ? zh('从', from, '回到', to, `：${label}`) : zh('从', from, '到', to, `：${label}`), lang);
	return sentence(message.reverse ? `From ${from} back to ${to}: ${label}` : `From ${from} to ${to}: ${label}`, lang);
}

function sceneSentence(scenario: Scenario, before: World, after: World, lang: Lang): string | undefined {
	if (before.scene === after.scene) return undefined;
	const actors = listJoin(actorsOf(scenario, after.scene).map((a) => actorLabel(a, lang)), lang);
	const zoomId = after.zoom;
	const own = (items: Items) => (zoomId !== undefined && Object.hasOwn(items, zoomId) ? items[zoomId] : undefined);
	const zoomItem = own(after.items) ?? own(before.items);
	const zoomActor = zoomId === undefined ? undefined : actorById(scenario, zoomId);
	const through = zoomItem ? itemPhrase(zoomItem, lang) : zoomActor ? actorLabel(zoomActor, lang) : zoomId;
	// The house is the inside of a container: going there zooms in, leaving it zooms out.
	const inward = after.scene === 'house';
	if (lang === 'zh') {
		const lead = through === undefined ? '切换场景' : inward ? zh('镜头推进到', through, '里') : zh('镜头从', through, '退出');
		return sentence(zh(lead, `，现在显示：${actors}`), lang);
	}
	const lead = through === undefined ? 'The scene changes' : inward ? `Zooming into ${through}` : `Zooming out of ${through}`;
	return sentence(`${lead}: now showing ${actors}`, lang);
}

/** Items whose holder did not also enter (or leave): the tops of what moved. */
function roots(list: ItemState[]): ItemState[] {
	const ids = new Set(list.map((i) => i.id));
	return list.filter((i) => !ids.has(i.in));
}

function byHolder(list: ItemState[]): Map<string, ItemState[]> {
	const map = new Map<string, ItemState[]>();
	for (const item of list) map.set(item.in, [...(map.get(item.in) ?? []), item]);
	return map;
}

/** Siblings in drawing order: by rank (a process above its layers), then as added. */
function byRank(list: ItemState[]): ItemState[] {
	return list
		.map((item, i) => ({ item, i }))
		.sort((a, b) => itemStyle(a.item.kind).rank - itemStyle(b.item.kind).rank || a.i - b.i)
		.map((x) => x.item);
}

/** More than this many tops in one holder are told in one sentence. */
const SEPARATE = 3;

function enteredSentences(scenario: Scenario, entered: ItemState[], world: World, lang: Lang): string[] {
	const out: string[] = [];
	for (const [holderId, tops] of byHolder(roots(entered))) {
		const holder = holderPhrase(scenario, world.items, holderId, lang);
		if (tops.length > SEPARATE) {
			out.push(sentence(lang === 'zh' ? zh(holder, `新增：${kindList(tops, lang)}`) : `Added to ${holder}: ${kindList(tops, lang)}`, lang));
			continue;
		}
		for (const top of tops) {
			const kids = byRank(entered.filter((i) => i.in === top.id));
			const head = startPhrase(top, lang) + infoSuffix(top, lang);
			if (lang === 'zh') {
				const with_ = kids.length > 0 ? zh('，内含', kindList(kids, lang)) : '';
				out.push(sentence(zh(head, '已加入', holder) + with_, lang));
			} else {
				const with_ = kids.length > 0 ? `, with ${kindList(kids, lang)}` : '';
				out.push(sentence(`${head} added to ${holder}${with_}`, lang));
			}
		}
	}
	return out;
}

function leftSentences(scenario: Scenario, left: ItemState[], world: World, lang: Lang): string[] {
	const out: string[] = [];
	for (const [holderId, tops] of byHolder(roots(left))) {
		const holder = holderPhrase(scenario, world.items, holderId, lang);
		if (tops.length > SEPARATE) {
			out.push(sentence(lang === 'zh' ? zh(holder, `移除了：${kindList(tops, lang)}`) : `Removed from ${holder}: ${kindList(tops, lang)}`, lang));
			continue;
		}
		for (const top of tops) {
			out.push(sentence(lang === 'zh' ? zh(itemPhrase(top, lang), '已从', holder, '移除') : `${startPhrase(top, lang)} removed from ${holder}`, lang));
		}
	}
	return out;
}

/** What visibly changed on one item, as clauses: "is now running", "rises from 1 / 64 MiB to 20 / 64 MiB". */
function changeClauses(scenario: Scenario, before: ItemState, after: ItemState, world: World, lang: Lang): string[] {
	const z = lang === 'zh';
	const clauses: string[] = [];
	const q = (s: string) => (z ? `“${clip(s, 40)}”` : clip(s, 40));

	const labelBefore = labelOf(before, lang);
	const labelAfter = labelOf(after, lang);
	if (labelBefore !== labelAfter) clauses.push(z ? zh('改名为', labelAfter) : `is renamed ${labelAfter}`);

	if (before.in !== after.in) {
		const to = holderPhrase(scenario, world.items, after.in, lang);
		clauses.push(z ? zh('移到', to) : `moves to ${to}`);
	}

	const style = itemStyle(after.kind);
	if (style.fill === 'meter') {
		const [a, b] = [meterText(before), meterText(after)];
		if (a !== b) {
			const [va, vb] = [meterOf(before).value, meterOf(after).value];
			const verb = vb > va ? (z ? '升到' : 'rises') : vb < va ? (z ? '降到' : 'falls') : z ? '变为' : 'changes';
			clauses.push(z ? zh('从', a, verb, b) : `${verb} from ${a} to ${b}`);
		}
	}

	const stateA = propText(before, 'state', lang);
	const stateB = propText(after, 'state', lang);
	if (stateA !== stateB) {
		if (stateB) clauses.push(z ? `状态变为${q(stateB)}` : `is now ${q(stateB)}`);
		else if (stateA) clauses.push(z ? `不再是${q(stateA)}` : `is no longer ${q(stateA)}`);
	}

	const detailA = propText(before, 'detail', lang);
	const detailB = propText(after, 'detail', lang);
	if (detailA !== detailB) {
		if (detailB) clauses.push(z ? zh('现显示', clip(detailB, 60)) : `now shows ${clip(detailB, 60)}`);
		else if (detailA) clauses.push(z ? zh('不再显示', clip(detailA, 60)) : `no longer shows ${clip(detailA, 60)}`);
	}

	const seesA = propText(before, 'sees', lang);
	const seesB = propText(after, 'sees', lang);
	if (seesA !== seesB && seesB) clauses.push(z ? `现在看到：${clip(seesB, 50)}` : `now sees ${clip(seesB, 50)}`);

	const writableA = before.props?.writable === true;
	const writableB = after.props?.writable === true;
	if (writableA !== writableB) clauses.push(z ? (writableB ? '变为可写' : '变为只读') : writableB ? 'is now writable' : 'is now read-only');

	if (style.fill === 'meter' && after.kind === 'gauge' && meterOf(after).full && !meterOf(before).full) {
		clauses.push(z ? '已到上限' : 'is at its limit');
	}
	return clauses;
}

/** "process sh", or "process sh in Board house" when another item on stage reads the same. */
function distinctPhrase(scenario: Scenario, item: ItemState, world: World, lang: Lang, start: boolean): string {
	const phrase = start ? startPhrase(item, lang) : itemPhrase(item, lang);
	const label = labelOf(item, lang);
	const twin = Object.values(world.items).some((other) => other.id !== item.id && other.kind === item.kind && labelOf(other, lang) === label);
	if (!twin) return phrase;
	const holder = holderPhrase(scenario, world.items, item.in, lang);
	return lang === 'zh' ? zh(holder, '里的', itemPhrase(item, lang)) : `${phrase} in ${holder}`;
}

function changedSentence(scenario: Scenario, before: ItemState, after: ItemState, world: World, lang: Lang, always: boolean): string | undefined {
	const clauses = changeClauses(scenario, before, after, world, lang);
	const name = distinctPhrase(scenario, { ...after, label: before.label }, world, lang, lang === 'en');
	if (clauses.length === 0) {
		if (!always) return undefined;
		return sentence(lang === 'zh' ? zh(name, '有变化') : `${name} changed`, lang);
	}
	if (lang === 'zh') return sentence(zh(name, clauses.join('，')), lang);
	return sentence(`${name} ${listJoin(clauses, lang)}`, lang);
}

function itemSentences(scenario: Scenario, d: WorldDiff, before: World, after: World, lang: Lang, scenes: SceneKind[] | undefined): string[] {
	const visible = (items: Items) => (item: ItemState) => scenes === undefined || onScene(scenario, items, item.id, scenes);
	const left = d.left.filter(visible(before.items));
	const entered = d.entered.filter(visible(after.items));
	const changed = d.changed.filter((c) => visible(after.items)(c.after));
	return [
		...leftSentences(scenario, left, before, lang),
		...enteredSentences(scenario, entered, after, lang),
		...changed.flatMap((c) => changedSentence(scenario, c.before, c.after, after, lang, scenes === undefined) ?? [])
	];
}

/**
 * Sentences saying what changed between two adjacent worlds, in reading order: the command
 * typed, a change of scene, the messages sent, the items that left, entered and changed,
 * then what the terminal printed. [] when nothing changed.
 */
export function describeStep(scenario: Scenario, before: World, after: World, lang: Lang): string[] {
	const d = diff(before, after);
	const { commands, outputs } = terminalSentences(d.terminal.printed, lang);
	const cleared = d.terminal.erased.length > 0 ? [sentence(lang === 'zh' ? '终端已清屏' : 'The terminal is cleared', lang)] : [];
	const scene = sceneSentence(scenario, before, after, lang);
	const messages = d.messages.map((m) => messageSentence(scenario, m, lang));

	// Items of actors in another scene are not on stage: leave them out, unless nothing else changed.
	let items = itemSentences(scenario, d, before, after, lang, [...new Set([before.scene, after.scene])]);
	const anyItems = d.entered.length + d.left.length + d.changed.length > 0;
	const others = cleared.length + commands.length + outputs.length + messages.length + (scene ? 1 : 0);
	if (items.length === 0 && anyItems && others === 0) items = itemSentences(scenario, d, before, after, lang, undefined);

	const out = [...cleared, ...commands, ...(scene ? [scene] : []), ...messages, ...items, ...outputs];
	if (out.length === 0 && d.order) out.push(sentence(lang === 'zh' ? '舞台上的内容换了顺序' : 'Items on stage are reordered', lang));
	return out;
}

// ——— describeWorld ———

/** At most this many items are named per actor (groups do not count); the rest are "N more". */
export const ITEMS_PER_ACTOR = 8;

function childrenIndex(world: World): Map<string, ItemState[]> {
	const map = new Map<string, ItemState[]>();
	for (const item of Object.values(world.items)) map.set(item.in, [...(map.get(item.in) ?? []), item]);
	for (const [id, list] of map) map.set(id, byRank(list));
	return map;
}

/** What is on stage for one actor: the children of each item, and the items that get named. */
interface Tree {
	kids: Map<string, ItemState[]>;
	named: Set<string>;
}

/**
 * The items named for an actor: breadth first (what the actor holds before what those hold),
 * at most ITEMS_PER_ACTOR of them. Groups holding something cost nothing: they only gather.
 */
function namedItems(actorId: string, kids: Map<string, ItemState[]>): Set<string> {
	const named = new Set<string>();
	const queue = [...(kids.get(actorId) ?? [])];
	let budget = ITEMS_PER_ACTOR;
	while (queue.length > 0 && budget > 0) {
		const item = queue.shift()!;
		if (named.has(item.id)) continue;
		named.add(item.id);
		const children = kids.get(item.id) ?? [];
		if (!(isGroupLike(item) && children.length > 0)) budget--;
		queue.push(...children);
	}
	return named;
}

/**
 * A leaf that shows nothing but its label, and whose label does not name its kind:
 * runs of these are named together ("directories /boot, /etc").
 */
function plainLeaf(item: ItemState, kids: Map<string, ItemState[]>, lang: Lang): boolean {
	const word = kindWord(item.kind, lang);
	return word !== undefined && !labelSays(labelOf(item, lang), word, lang) && !kids.get(item.id)?.length && infoParts(item, lang).length === 0;
}

/** A list of siblings with what they hold; those not named are counted ("and 3 more"). */
function renderList(list: ItemState[], tree: Tree, lang: Lang, depth: number): string {
	const parts: string[] = [];
	const shown = list.filter((item) => tree.named.has(item.id));
	let i = 0;
	while (i < shown.length) {
		const item = shown[i]!;
		if (!plainLeaf(item, tree.kids, lang)) {
			parts.push(renderItem(item, tree, lang, depth));
			i++;
			continue;
		}
		// A run of plain leaves of one kind.
		let j = i;
		while (j < shown.length && shown[j]!.kind === item.kind && plainLeaf(shown[j]!, tree.kids, lang)) j++;
		const run = shown.slice(i, j);
		i = j;
		if (run.length === 1) {
			parts.push(itemPhrase(item, lang));
			continue;
		}
		// "a, b and c" when the run is whole; "a, b" when "and N more" follows.
		const labels = run.map((m) => labelOf(m, lang));
		const cut = j === shown.length && shown.length < list.length;
		const names = cut ? labels.join(lang === 'zh' ? '、' : ', ') : listJoin(labels, lang);
		parts.push(lang === 'zh' ? zh(kindWord(item.kind, lang)!, names) : `${kindWord(item.kind, lang, true)!} ${names}`);
	}
	const more = list.length - shown.length;
	if (parts.length === 0) return lang === 'zh' ? `${more} 项` : `${more} item${more === 1 ? '' : 's'}`;
	const sep = depth === 0 ? (lang === 'zh' ? '；' : '; ') : lang === 'zh' ? '、' : ', ';
	if (more > 0) return lang === 'zh' ? `${parts.join(sep)}，另有 ${more} 项` : `${parts.join(sep)} and ${more} more`;
	return parts.join(sep);
}

function renderItem(item: ItemState, tree: Tree, lang: Lang, depth: number): string {
	const group = isGroupLike(item);
	const phrase = itemPhrase(item, lang);
	const info = infoParts(item, lang);
	const children = tree.kids.get(item.id) ?? [];
	if (children.length === 0) {
		if (item.kind === 'group' && info.length === 0) return lang === 'zh' ? `${phrase}：空` : `${phrase}: empty`;
		return phrase + infoSuffix(item, lang);
	}
	const inner = renderList(children, tree, lang, depth + 1);
	// A group at the top reads as a heading: "Local images: image busybox:latest …".
	if (group && depth === 0) return lang === 'zh' ? `${phrase}${infoSuffix(item, lang)}：${inner}` : `${phrase}${infoSuffix(item, lang)}: ${inner}`;
	// Otherwise what it shows and what it holds share one pair of parentheses.
	if (lang === 'zh') return `${phrase}（${[...info, zh('内含', inner)].join('；')}）`;
	return `${phrase} (${[...info, `with ${inner}`].join('; ')})`;
}

function describeActor(actor: Actor, kids: Map<string, ItemState[]>, lang: Lang): string {
	const sub = actor.sublabel ? clip(tr(actor.sublabel, lang), 60) : '';
	const label = actorLabel(actor, lang);
	// "Linux kernel (shared by every process), 5.10 · …" rather than two parentheses in a row.
	const paren = /[)）]$/.test(label);
	const name = label + (!sub ? '' : paren ? (lang === 'zh' ? `，${sub}` : `, ${sub}`) : lang === 'zh' ? `（${sub}）` : ` (${sub})`);
	const top = kids.get(actor.id) ?? [];
	if (top.length === 0) return sentence(lang === 'zh' ? `${name}：空` : `${name}: empty`, lang);
	return sentence(`${name}${lang === 'zh' ? '：' : ': '}${renderList(top, { kids, named: namedItems(actor.id, kids) }, lang, 0)}`, lang);
}

/**
 * A text alternative for the whole stage at rest: each actor of the current scene and what
 * it holds (at most ITEMS_PER_ACTOR items each), then the terminal's last line.
 */
export function describeWorld(scenario: Scenario, world: World, lang: Lang): string {
	const kids = childrenIndex(world);
	const parts = actorsOf(scenario, world.scene).map((actor) => describeActor(actor, kids, lang));
	const last = [...world.terminal.lines].reverse().find((l) => tr(l.text, lang).trim() !== '');
	if (scenario.terminal && last) {
		const text = clip(tr(last.text, lang));
		parts.push(sentence(lang === 'zh' ? `终端最后一行：${text}` : `Terminal, last line: ${text}`, lang));
	}
	return parts.join(lang === 'zh' ? '' : ' ');
}
