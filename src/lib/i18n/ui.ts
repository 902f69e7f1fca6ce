/** The interface's own words (buttons, help, errors), in both languages. */
import type { Lang } from './text.ts';

const UI = {
	appName: { zh: '板房 banfang', en: 'banfang 板房' },
	tagline: { zh: '一步一步看懂容器：Docker 架构与 Linux 隔离', en: 'How containers work, step by step: Docker architecture and Linux isolation' },
	gallery: { zh: '全部场景', en: 'All scenarios' },
	first: { zh: '开头', en: 'First' },
	prev: { zh: '上一步', en: 'Previous' },
	next: { zh: '下一步', en: 'Next' },
	last: { zh: '最后一步', en: 'Last' },
	play: { zh: '播放', en: 'Play' },
	pause: { zh: '暂停', en: 'Pause' },
	speed: { zh: '速度', en: 'Speed' },
	language: { zh: '语言', en: 'Language' },
	help: { zh: '快捷键', en: 'Keys' },
	helpTitle: { zh: '键盘快捷键', en: 'Keyboard shortcuts' },
	close: { zh: '关闭', en: 'Close' },
	progress: { zh: '进度', en: 'Progress' },
	step: { zh: '第 {n} 步', en: 'Step {n}' },
	start: { zh: '开始', en: 'Start' },
	steps: { zh: '{n} 步', en: '{n} steps' },
	open: { zh: '打开', en: 'Open' },
	stepClamped: { zh: '没有第 {asked} 步，已显示第 {n} 步。', en: 'There is no step {asked}; showing step {n}.' },
	badLang: { zh: '不支持语言“{asked}”，已改用浏览器的语言。', en: 'Language "{asked}" is not supported; using your browser\'s language.' },
	errorTitle: { zh: '出错了', en: 'Something went wrong' },
	unknownScenario: { zh: '没有这个场景', en: 'No such scenario' },
	backToGallery: { zh: '返回全部场景', en: 'Back to all scenarios' },
	stageLabel: { zh: '动画舞台：{title}，第 {n} / {count} 步', en: 'Animated stage: {title}, step {n} of {count}' },
	handout: { zh: '讲义', en: 'Handout' },
	print: { zh: '打印', en: 'Print' },
	backToPlayer: { zh: '返回播放器', en: 'Back to the player' },
	stepOf: { zh: '第 {n} / {count} 步', en: 'Step {n} / {count}' },
	notes: { zh: '讲解提示', en: 'Notes' },
	pictureLabel: { zh: '{title}：第 {n} / {count} 步的画面', en: '{title}: the stage at step {n} of {count}' }
} as const;

export type UiKey = keyof typeof UI;

export function ui(key: UiKey, lang: Lang, vars: Record<string, string | number> = {}): string {
	return UI[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
