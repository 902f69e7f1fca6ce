/**
 * The screen reader's vocabulary: what kinds are called, how items and their holders are
 * named, and the small tools that join Chinese and English sentence parts.
 */
import type { ItemState } from '../engine/world.ts';
import { tr, type Lang } from '../i18n/text.ts';
import type { Actor, Scenario, SceneKind } from '../scenario/schema.ts';
import { propText } from '../stage/items/item-text.ts';
import type { KindWord } from '../stage/items/item-kind.ts';
import { meterText } from '../stage/items/meter.ts';
import { itemKind, kindWords } from '../stage/scenes/registry.ts';

export type { KindWord };

// ——— Kind words ———

/** What each item kind is called in a sentence, as the scene kinds declare it. Kinds without one get no word (just their label). */
export const KIND_WORDS: Readonly<Record<string, KindWord>> = kindWords();

/** The word for an item kind ("镜像" / "image"), or undefined for kinds without one (group, fact…). */
export function kindWord(kind: string, lang: Lang, plural = false): string | undefined {
	const word = Object.hasOwn(KIND_WORDS, kind) ? KIND_WORDS[kind] : undefined;
	if (!word) return undefined;
	return lang === 'zh' ? word.zh : plural ? word.enPlural : word.en;
}

// ——— Small text tools ———

export const MAX_TEXT = 80;
export const CJK = /[\u2e80-\u2fff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Full-width punctuation and quotes: no space next to them. */
export const CJK_PUNCT = /[\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]/;

/** Join Chinese sentence parts, with a space only where Chinese meets Latin text (as Chinese typesetting does). */
export function zh(...parts: string[]): string {
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
export function clip(text: string, max = MAX_TEXT): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** End a sentence (unless it already ends with a stop). */
export function sentence(text: string, lang: Lang): string {
	const t = text.trim();
	// A command may end in "?" (echo $?): in Chinese only a Chinese stop ends the sentence.
	if ((lang === 'zh' ? /[。！？]$/ : /[.!?。！？]$/).test(t)) return t;
	return t + (lang === 'zh' ? '。' : '.');
}

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "a, b and c" / "a、b 和 c". */
export function listJoin(parts: string[], lang: Lang): string {
	if (parts.length <= 1) return parts[0] ?? '';
	const head = parts.slice(0, -1);
	const last = parts[parts.length - 1]!;
	return lang === 'zh' ? zh(head.join('、'), '和', last) : `${head.join(', ')} and ${last}`;
}

/** Up to `cap` parts, then "and N more" / "等 N 项". */
export function cappedList(parts: string[], lang: Lang, cap: number): string {
	if (parts.length <= cap) return listJoin(parts, lang);
	const shown = parts.slice(0, cap);
	return lang === 'zh' ? zh(shown.join('、'), `等 ${parts.length} 项`) : `${shown.join(', ')} and ${parts.length - cap} more`;
}

// ——— Naming things ———

export type Items = Record<string, ItemState>;

export function actorById(scenario: Scenario, id: string): Actor | undefined {
	return scenario.actors.find((a) => a.id === id);
}

/** An item's label in one language (its id if the label is blank). */
export function labelOf(item: ItemState, lang: Lang): string {
	return clip(tr(item.label, lang)) || item.id;
}

export function actorLabel(actor: Actor, lang: Lang): string {
	return clip(tr(actor.label, lang)) || actor.id;
}

/** Whether the label already says what the kind word would ("Floor · chroot", "容器层"). */
export function labelSays(label: string, word: string, lang: Lang): boolean {
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
export function startPhrase(item: ItemState, lang: Lang): string {
	const phrase = itemPhrase(item, lang);
	return lang === 'en' && kindWord(item.kind, lang) && phrase !== labelOf(item, lang) ? capitalize(phrase) : phrase;
}

/** Kinds that only gather other items (group, "Two VMs", a metric): named by their label alone. */
export function isGroupLike(item: ItemState): boolean {
	return itemKind(item.kind).draw === 'group' || kindWord(item.kind, 'en') === undefined;
}

/** The holder of an item, named so that it can be found: "Local images in Daemon" / "守护进程的本地镜像". */
export function holderPhrase(scenario: Scenario, items: Items, id: string, lang: Lang): string {
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
export function infoParts(item: ItemState, lang: Lang): string[] {
	const parts: string[] = [];
	const state = propText(item, 'state', lang);
	if (state) parts.push(clip(state, 40));
	if (itemKind(item.kind).draw === 'meter') parts.push(meterText(item));
	const detail = propText(item, 'detail', lang);
	if (detail) parts.push(clip(detail, 60));
	const sees = propText(item, 'sees', lang);
	if (sees) parts.push(lang === 'zh' ? `看到：${clip(sees, 50)}` : `sees ${clip(sees, 50)}`);
	const writable = item.props?.writable === true;
	if (writable && !/writable|可写/i.test(detail ?? '')) parts.push(lang === 'zh' ? '可写' : 'writable');
	return parts.filter((p) => p.trim() !== '');
}

/** "(pulling; 2bd29714875d · 1.24 MB)" / "（下载中；…）", or "" when the item shows nothing more. */
export function infoSuffix(item: ItemState, lang: Lang): string {
	const parts = infoParts(item, lang);
	if (parts.length === 0) return '';
	return lang === 'zh' ? `（${parts.join('；')}）` : ` (${parts.join('; ')})`;
}

/** Items named by kind: "walls mnt namespace and uts namespace; Ceiling · cgroup" / "墙 mnt 命名空间和 uts 命名空间；天花板 · cgroup". */
export function kindList(items: ItemState[], lang: Lang, cap = 5): string {
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
export function rootActor(scenario: Scenario, items: Items, id: string): Actor | undefined {
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

export function onScene(scenario: Scenario, items: Items, id: string, scenes: SceneKind[]): boolean {
	const actor = rootActor(scenario, items, id);
	return !actor || scenes.includes(actor.scene ?? scenario.scene);
}

/** Siblings in drawing order: by rank (a process above its layers), then as added. */
export function byRank(list: ItemState[]): ItemState[] {
	return list
		.map((item, i) => ({ item, i }))
		.sort((a, b) => itemKind(a.item.kind).rank - itemKind(b.item.kind).rank || a.i - b.i)
		.map((x) => x.item);
}
