/**
 * Every key the player answers to, as data: the key handler and the `?` help overlay
 * are both generated from this table, so they cannot disagree.
 */
export type PlayerAction = 'next' | 'prev' | 'first' | 'last' | 'togglePlay' | 'toggleLang' | 'toggleHelp' | 'closeHelp' | 'digit' | 'toggleOverview';

export interface KeyBinding {
	/** KeyboardEvent.key values (and shift for Shift+Space). */
	keys: { key: string; shift?: boolean }[];
	/** How the help overlay writes the keys. */
	label: string;
	action: PlayerAction;
	help: { zh: string; en: string };
}

export const KEYMAP: KeyBinding[] = [
	{
		keys: [{ key: 'ArrowRight' }, { key: ' ', shift: false }, { key: 'PageDown' }, { key: 'n' }, { key: 'N' }],
		label: '→  Space  PageDown  N',
		action: 'next',
		help: { zh: '下一步', en: 'Next step' }
	},
	{
		keys: [{ key: 'ArrowLeft' }, { key: ' ', shift: true }, { key: 'PageUp' }, { key: 'p' }, { key: 'P' }],
		label: '←  Shift+Space  PageUp  P',
		action: 'prev',
		help: { zh: '上一步', en: 'Previous step' }
	},
	{ keys: [{ key: 'Home' }], label: 'Home', action: 'first', help: { zh: '回到开头', en: 'Go to the start' } },
	{ keys: [{ key: 'End' }], label: 'End', action: 'last', help: { zh: '跳到最后一步', en: 'Go to the last step' } },
	{
		keys: '0123456789'.split('').map((key) => ({ key })),
		label: '0 – 9',
		action: 'digit',
		help: { zh: '跳到第 n 步（0 为开头）', en: 'Jump to step n (0 is the start)' }
	},
	{ keys: [{ key: 'k' }, { key: 'K' }], label: 'K', action: 'togglePlay', help: { zh: '自动播放 / 暂停', en: 'Play / pause' } },
	{ keys: [{ key: 'l' }, { key: 'L' }], label: 'L', action: 'toggleLang', help: { zh: '切换语言（中文 / English）', en: 'Switch language (中文 / English)' } },
	{ keys: [{ key: 'o' }, { key: 'O' }], label: 'O', action: 'toggleOverview', help: { zh: '总览：所有步骤的缩略图', en: 'Overview: every step as a thumbnail' } },
	{ keys: [{ key: '?' }], label: '?', action: 'toggleHelp', help: { zh: '显示 / 隐藏快捷键帮助', en: 'Show / hide this help' } },
	{ keys: [{ key: 'Escape' }], label: 'Esc', action: 'closeHelp', help: { zh: '关闭帮助', en: 'Close the help' } }
];

/** The binding a key event triggers, if any. Modified keys (Ctrl, Alt, Meta) are left to the browser. */
export function bindingFor(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>): KeyBinding | undefined {
	if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
	return KEYMAP.find((b) => b.keys.some((k) => k.key === event.key && (k.shift === undefined || k.shift === event.shiftKey)));
}
