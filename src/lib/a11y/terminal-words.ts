/**
 * What a step printed in its terminals, in words for a screen reader: each command, and each
 * run of output between them. The scenario's other terminals are named by their titles.
 */
import type { TerminalLine } from '../engine/world.ts';
import type { WorldDiff } from '../engine/diff.ts';
import { tr, type Lang } from '../i18n/text.ts';
import type { Scenario } from '../scenario/schema.ts';
import { clip, sentence, zh } from './words.ts';

function terminalText(line: TerminalLine, lang: Lang): string {
	return tr(line.text, lang);
}

/** "Output" / "输出", or for another terminal "Output in <title>" / "<title> 输出". */
const outputWord = (lang: Lang, where?: string) => (where === undefined ? (lang === 'zh' ? '输出' : 'Output') : lang === 'zh' ? `${where} 输出` : `Output in ${where}`);
const commandWord = (lang: Lang, where?: string) => (where === undefined ? (lang === 'zh' ? '命令' : 'Command') : lang === 'zh' ? `${where} 中的命令` : `Command in ${where}`);

function outputSentence(lines: TerminalLine[], lang: Lang, where?: string): string {
	const texts = lines.map((l) => terminalText(l, lang));
	const word = outputWord(lang, where);
	const firstIndex = texts.findIndex((t) => t.trim() !== '');
	if (firstIndex < 0) {
		const n = texts.length;
		return sentence(lang === 'zh' ? `${word}：${n} 个空行` : n === 1 ? `${word}: a blank line` : `${word}: ${n} blank lines`, lang);
	}
	const first = clip(texts[firstIndex]!);
	const more = texts.length - firstIndex - 1;
	if (more === 0) return sentence(lang === 'zh' ? `${word}：${first}` : `${word}: ${first}`, lang);
	if (lang === 'zh') return sentence(zh(`${word}：${first}`, `，另有 ${more} 行`), lang);
	return sentence(`${word}: ${first}, and ${more} more line${more === 1 ? '' : 's'}`, lang);
}

function commandSentence(line: TerminalLine, lang: Lang, where?: string): string {
	const text = clip(terminalText(line, lang), 120);
	return sentence(lang === 'zh' ? `${commandWord(lang, where)}：${text}` : `${commandWord(lang, where)}: ${text}`, lang);
}

/** One terminal's lines, in order: each command, and each run of output between them. */
function linesSentences(printed: TerminalLine[], lang: Lang, where?: string): { commands: string[]; outputs: string[] } {
	const commands: string[] = [];
	const outputs: string[] = [];
	let run: TerminalLine[] = [];
	const flush = () => {
		if (run.length > 0) outputs.push(outputSentence(run, lang, where));
		run = [];
	};
	for (const line of printed) {
		if (line.kind === 'command') {
			flush();
			commands.push(commandSentence(line, lang, where));
		} else run.push(line);
	}
	flush();
	return { commands, outputs };
}

/** Every terminal of the step: the main one first, then the others in the scenario's order; clears first of all. */
export function terminalSentences(scenario: Scenario, d: WorldDiff, lang: Lang): { cleared: string[]; commands: string[]; outputs: string[] } {
	const main = linesSentences(d.terminal.printed, lang);
	const cleared = d.terminal.erased.length > 0 ? [sentence(lang === 'zh' ? '终端已清屏' : 'The terminal is cleared', lang)] : [];
	const commands = [...main.commands];
	const outputs = [...main.outputs];
	for (const other of scenario.terminals ?? []) {
		const td = d.terminals[other.id];
		if (!td) continue;
		const title = tr(other.title, lang);
		if (td.erased.length > 0) cleared.push(sentence(lang === 'zh' ? `${title} 已清屏` : `${title} is cleared`, lang));
		const own = linesSentences(td.printed, lang, title);
		commands.push(...own.commands);
		outputs.push(...own.outputs);
	}
	return { cleared, commands, outputs };
}
