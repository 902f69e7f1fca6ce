/**
 * Every key the player answers to, as data: the key handler and the `?` help overlay
 * are both generated from this table, so they cannot disagree.
 * Presentation clickers send PageDown/PageUp for next/previous and B or "." for their
 * blank-screen button; they are listed here like any other key.
 */
export type PlayerAction =
	| 'next'
	| 'prev'
	| 'first'
	| 'last'
	| 'digit'
	| 'togglePlay'
	| 'cycleLang'
	| 'cycleTheme'
	| 'fullscreen'
	| 'blackout'
	| 'overview'
	| 'transcript'
	| 'spotlight'
	| 'motion'
	| 'speakerView'
	| 'toggleHelp'
	| 'escape';

export interface KeyBinding {
	/** KeyboardEvent.key values (and shift for Shift+Space). */
	keys: { key: string; shift?: boolean }[];
	/** How the help overlay writes the keys. */
	label: string;
	action: PlayerAction;
	help: { zh: string; en: string };
}

/** A letter key in either case (Caps Lock must not break a lecture). */
function letter(l: string): { key: string }[] {
	return [{ key: l.toLowerCase() }, { key: l.toUpperCase() }];
}

export const KEYMAP: KeyBinding[] = [
	{
		keys: [{ key: 'ArrowRight' }, { key: ' ', shift: false }, { key: 'PageDown' }, ...letter('n')],
		label: '→  Space  PageDown  N',
		action: 'next',
		help: { zh: '下一步（翻页笔的“下一页”）', en: 'Next step (a clicker\'s "next")' }
	},
	{
		keys: [{ key: 'ArrowLeft' }, { key: ' ', shift: true }, { key: 'PageUp' }, ...letter('p')],
		label: '←  Shift+Space  PageUp  P',
		action: 'prev',
		help: { zh: '上一步（翻页笔的“上一页”）', en: 'Previous step (a clicker\'s "back")' }
	},
	{ keys: [{ key: 'Home' }], label: 'Home', action: 'first', help: { zh: '回到开头', en: 'Go to the start' } },
	{ keys: [{ key: 'End' }], label: 'End', action: 'last', help: { zh: '跳到最后一步', en: 'Go to the last step' } },
	{
		keys: '0123456789'.split('').map((key) => ({ key })),
		label: '0 – 9',
		action: 'digit',
		help: { zh: '跳到第 n 步（0 为开头）', en: 'Jump to step n (0 is the start)' }
	},
	{ keys: letter('k'), label: 'K', action: 'togglePlay', help: { zh: '自动播放 / 暂停', en: 'Play / pause' } },
	{ keys: letter('l'), label: 'L', action: 'cycleLang', help: { zh: '字幕语言：中文 → English → 双语', en: 'Caption language: 中文 → English → both' } },
	{ keys: letter('t'), label: 'T', action: 'cycleTheme', help: { zh: '主题：浅色 → 深色 → 投影高对比', en: 'Theme: light → dark → projector (high contrast)' } },
	{ keys: letter('f'), label: 'F', action: 'fullscreen', help: { zh: '全屏 / 退出全屏', en: 'Fullscreen on / off' } },
	{ keys: [...letter('b'), { key: '.' }], label: 'B  .', action: 'blackout', help: { zh: '黑屏 / 恢复（翻页笔的黑屏键）', en: 'Black out the screen / back (a clicker\'s blank key)' } },
	{ keys: letter('o'), label: 'O', action: 'overview', help: { zh: '总览：所有步骤的缩略图', en: 'Overview: every step as a thumbnail' } },
	{ keys: letter('c'), label: 'C', action: 'transcript', help: { zh: '文字稿：每一步的字幕', en: 'Transcript: every step\'s caption' } },
	{ keys: letter('z'), label: 'Z', action: 'spotlight', help: { zh: '聚光灯：依次放大一个角色（也可点击）', en: 'Spotlight: enlarge one actor after another (or click one)' } },
	{ keys: letter('m'), label: 'M', action: 'motion', help: { zh: '减少动画：直接切换，不做移动', en: 'Reduce motion: steps snap, nothing travels' } },
	{ keys: letter('s'), label: 'S', action: 'speakerView', help: { zh: '在新窗口打开演讲者视图', en: 'Open the speaker view in a new window' } },
	{ keys: [{ key: '?' }], label: '?', action: 'toggleHelp', help: { zh: '显示 / 隐藏快捷键帮助', en: 'Show / hide this help' } },
	{
		keys: [{ key: 'Escape' }],
		label: 'Esc',
		action: 'escape',
		help: { zh: '关闭帮助或总览，结束聚光灯或黑屏', en: 'Close the help or overview; end the spotlight or blackout' }
	}
];

/** The binding a key event triggers, if any. Modified keys (Ctrl, Alt, Meta) are left to the browser. */
export function bindingFor(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>): KeyBinding | undefined {
	if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
	return KEYMAP.find((b) => b.keys.some((k) => k.key === event.key && (k.shift === undefined || k.shift === event.shiftKey)));
}
