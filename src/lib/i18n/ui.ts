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
	overview: { zh: '总览', en: 'Overview' },
	current: { zh: '当前', en: 'Current' },
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
	blackoutBack: { zh: '黑屏中：按任意键或点击恢复', en: 'Screen blacked out: press any key or click to come back' },
	controls: { zh: '播放控制', en: 'Player controls' },
	handout: { zh: '讲义（打印）', en: 'Handout (print)' },
	transcript: { zh: '文字稿', en: 'Transcript' },
	theme: { zh: '主题：{name}（T 切换）', en: 'Theme: {name} (T cycles)' },
	themeLight: { zh: '浅色', en: 'light' },
	themeDark: { zh: '深色', en: 'dark' },
	themeProjector: { zh: '投影高对比', en: 'projector' },
	fullscreen: { zh: '全屏', en: 'Fullscreen' },
	reduceMotion: { zh: '减少动画', en: 'Reduce motion' },
	speakerView: { zh: '演讲者视图', en: 'Speaker view' },
	captionLangs: { zh: '字幕语言：{name}（L 切换）', en: 'Caption language: {name} (L cycles)' },
	bilingual: { zh: '双语', en: 'both' },
	notes: { zh: '讲解提示', en: 'Speaker notes' },
	noNotes: { zh: '这一步没有讲解提示。', en: 'No notes for this step.' },
	nextStep: { zh: '下一步预览', en: 'Next step' },
	theEnd: { zh: '已是最后一步', en: 'This is the last step' },
	elapsed: { zh: '已用时间', en: 'Elapsed' },
	resetTimer: { zh: '计时清零', en: 'Reset the timer' },
	pauseTimer: { zh: '暂停计时', en: 'Pause the timer' },
	resumeTimer: { zh: '继续计时', en: 'Resume the timer' },
	presenterHint: {
		zh: '观众窗口用 S 打开本视图；两边同步翻页。',
		en: 'Opened from the audience window with S; both windows step together.'
	},
	audienceBlack: { zh: '观众屏幕已黑屏（按 B 恢复）', en: 'The audience screen is blacked out (B brings it back)' },
	currentStep: { zh: '当前', en: 'Now' },
	stageDescription: { zh: '舞台上：', en: 'On stage: ' },
	stageLabel: { zh: '动画舞台：{title}，第 {n} / {count} 步', en: 'Animated stage: {title}, step {n} of {count}' }
} as const;

export type UiKey = keyof typeof UI;

export function ui(key: UiKey, lang: Lang, vars: Record<string, string | number> = {}): string {
	return UI[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
