/**
 * The stage at rest, in words: each actor of the current scene and what it holds, then the
 * terminal's last line — the text alternative of the drawing.
 */
import type { ItemState, World } from '../engine/world.ts';
import { tr, type Lang } from '../i18n/text.ts';
import type { Actor, Scenario } from '../scenario/schema.ts';
import { actorsOf } from '../stage/scenes/registry.ts';
import { actorLabel, byRank, clip, infoParts, infoSuffix, isGroupLike, itemPhrase, kindWord, labelOf, labelSays, listJoin, sentence, zh } from './words.ts';

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
	if (world.streams.length > 0) {
		const open = world.streams.map((st) => clip(tr(st.label, lang), 60));
		parts.push(sentence(lang === 'zh' ? `保持着的连接：${open.join('；')}` : `Streams held open: ${open.join('; ')}`, lang));
	}
	if (world.file) parts.push(sentence(lang === 'zh' ? `显示的文件：${clip(tr(world.file.title, lang), 60)}` : `File shown: ${clip(tr(world.file.title, lang), 60)}`, lang));
	const lastLine = (lines: World['terminal']['lines']) => [...lines].reverse().find((l) => tr(l.text, lang).trim() !== '');
	const last = lastLine(world.terminal.lines);
	if (scenario.terminal && last) {
		const text = clip(tr(last.text, lang));
		parts.push(sentence(lang === 'zh' ? `终端最后一行：${text}` : `Terminal, last line: ${text}`, lang));
	}
	for (const other of scenario.terminals ?? []) {
		const line = lastLine(world.terminals[other.id]?.lines ?? []);
		if (!line) continue;
		const [title, text] = [clip(tr(other.title, lang), 60), clip(tr(line.text, lang))];
		parts.push(sentence(lang === 'zh' ? `${title} 最后一行：${text}` : `${title}, last line: ${text}`, lang));
	}
	return parts.join(lang === 'zh' ? '' : ' ');
}
