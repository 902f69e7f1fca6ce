/**
 * What a step changed, in words for a screen reader: read from diff(before, after), in
 * Chinese and English, numbers and props as the stage draws them.
 */
import { diff, type WorldDiff } from '../engine/diff.ts';
import type { ItemState, Message, World } from '../engine/world.ts';
import { tr, type Lang } from '../i18n/text.ts';
import type { Scenario, SceneKind } from '../scenario/schema.ts';
import { terminalSentences } from './terminal-words.ts';
import { meterOf, meterText } from '../stage/items/meter.ts';
import { propText } from '../stage/items/item-text.ts';
import { actorsOf, itemKind } from '../stage/scenes/registry.ts';
import { type Items, actorById, actorLabel, byRank, clip, holderPhrase, infoSuffix, itemPhrase, kindList, labelOf, listJoin, onScene, sentence, startPhrase, zh } from './words.ts';

/** Who sends a message (or opens a stream) and who receives it, by their labels. */
function ends(scenario: Scenario, message: Message, lang: Lang): [string, string] {
	const link = scenario.links.find((l) => l.id === message.link);
	const name = (id: string | undefined) => {
		const actor = id === undefined ? undefined : actorById(scenario, id);
		return actor ? actorLabel(actor, lang) : (id ?? message.link);
	};
	return message.reverse ? [name(link?.to), name(link?.from)] : [name(link?.from), name(link?.to)];
}

function messageSentence(scenario: Scenario, message: Message, lang: Lang): string {
	const [from, to] = ends(scenario, message, lang);
	const label = clip(tr(message.label, lang), 120);
	if (lang === 'zh') return sentence(message.reverse ? zh('从', from, '回到', to, `：${label}`) : zh('从', from, '到', to, `：${label}`), lang);
	return sentence(message.reverse ? `From ${from} back to ${to}: ${label}` : `From ${from} to ${to}: ${label}`, lang);
}

/** Streams opened or closed (a watch held open on a wire), and the file panel shown or put away. */
function streamAndFileSentences(scenario: Scenario, d: WorldDiff, before: World, lang: Lang): string[] {
	const z = lang === 'zh';
	const out = d.streams.opened.map((st) => {
		const [from, to] = ends(scenario, st, lang);
		const label = clip(tr(st.label, lang), 120);
		return sentence(z ? zh(from, '向', to, `打开一个一直保持的连接：${label}`) : `${from} opens a stream to ${to} and holds it open: ${label}`, lang);
	});
	for (const st of d.streams.closed) {
		const label = clip(tr(st.label, lang), 120);
		out.push(sentence(z ? `长连接关闭：${label}` : `Stream closed: ${label}`, lang));
	}
	if (d.fileChanged && d.file) {
		const title = clip(tr(d.file.title, lang), 60);
		const n = d.file.lines.length;
		out.push(sentence(z ? zh('显示文件', title, `，共 ${n} 行`) : `File ${title} is shown, ${n} line${n === 1 ? '' : 's'}`, lang));
	} else if (d.fileChanged && before.file) {
		const title = clip(tr(before.file.title, lang), 60);
		out.push(sentence(z ? zh('文件', title, '已收起') : `File ${title} is put away`, lang));
	}
	return out;
}

function sceneSentence(scenario: Scenario, before: World, after: World, lang: Lang): string | undefined {
	if (before.scene === after.scene) return undefined;
	const actors = listJoin(actorsOf(scenario, after.scene).map((a) => actorLabel(a, lang)), lang);
	const zoomId = after.zoom;
	const own = (items: Items) => (zoomId !== undefined && Object.hasOwn(items, zoomId) ? items[zoomId] : undefined);
	const zoomItem = own(after.items) ?? own(before.items);
	const zoomActor = zoomId === undefined ? undefined : actorById(scenario, zoomId);
	const through = zoomItem ? itemPhrase(zoomItem, lang) : zoomActor ? actorLabel(zoomActor, lang) : zoomId;
	// The camera goes in when what it flies through stands on the scene it leaves (a container
	// on the flow scene, into its house), and out the other way.
	const inward = zoomId !== undefined && onScene(scenario, before.items, zoomId, [before.scene]);
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

	const meter = itemKind(after.kind).draw === 'meter';
	if (meter) {
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

	if (meter && meterOf(after).full && !meterOf(before).full) {
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
	const { cleared, commands, outputs } = terminalSentences(scenario, d, lang);
	const scene = sceneSentence(scenario, before, after, lang);
	const messages = [...streamAndFileSentences(scenario, d, before, lang), ...d.messages.map((m) => messageSentence(scenario, m, lang))];

	// Items of actors in another scene are not on stage: leave them out, unless nothing else changed.
	let items = itemSentences(scenario, d, before, after, lang, [...new Set([before.scene, after.scene])]);
	const anyItems = d.entered.length + d.left.length + d.changed.length > 0;
	const others = cleared.length + commands.length + outputs.length + messages.length + (scene ? 1 : 0);
	if (items.length === 0 && anyItems && others === 0) items = itemSentences(scenario, d, before, after, lang, undefined);

	const out = [...cleared, ...commands, ...(scene ? [scene] : []), ...messages, ...items, ...outputs];
	if (out.length === 0 && d.order) out.push(sentence(lang === 'zh' ? '舞台上的内容换了顺序' : 'Items on stage are reordered', lang));
	return out;
}
