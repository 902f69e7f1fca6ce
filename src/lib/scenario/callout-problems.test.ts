/**
 * Numbered callouts (callouts/callout-marks.ts): a numbered focus and its caption's ①, ②…
 * must agree in both languages; each mistake at its pointer and line:column.
 */
import { describe, expect, it } from 'vitest';
import { validateScenarioText } from './validate.ts';
import { FILE, edit, expectErrors } from './validate-test-kit.ts';

const ZH = '"zh": "输入 docker pull busybox。客户端自己不下载任何东西，它通过 REST API 请守护进程去拉取；没写标签，就用 latest。"';
const EN = '"en": "docker pull busybox: the client downloads nothing itself; it asks the daemon over the REST API. With no tag given, latest is used."';
const FOCUS = '{ "do": "focus", "ids": ["client", "daemon"] }';
const NUMBERED = '{ "do": "focus", "ids": ["client", "daemon"], "numbered": true }';
const ZH_MARKED = '"zh": "输入 docker pull busybox。①客户端自己不下载任何东西，它通过 REST API 请②守护进程去拉取；没写标签，就用 latest。"';
const EN_MARKED = '"en": "docker pull busybox: ① the client downloads nothing itself; it asks ② the daemon over the REST API. With no tag given, latest is used."';

function marked(zh = ZH_MARKED, en = EN_MARKED, focus = NUMBERED): string {
	return edit(FOCUS, focus, edit(EN, en, edit(ZH, zh)));
}

describe('numbered callouts', () => {
	it('a numbered focus whose captions write ① and ② in order validates', () => {
		expect(validateScenarioText(marked(), FILE).ok).toBe(true);
	});

	it('a caption that misses a number, or writes them out of order: at that language', () => {
		expectErrors(marked(ZH_MARKED, EN_MARKED.replace('② ', '')), [
			{ pointer: '/steps/0/caption/en', at: EN_MARKED.replace('② ', ''), message: 'the step numbers 2 things: its caption writes ① ②, once each and in that order (it writes ①)' }
		]);
		const swapped = ZH_MARKED.replace('①', 'X').replace('②', '①').replace('X', '②');
		expectErrors(marked(swapped), [{ pointer: '/steps/0/caption/zh', at: swapped, message: /it writes ② ①\)$/ }]);
	});

	it('circled numbers in a caption whose step does not number its focus', () => {
		expectErrors(marked(ZH_MARKED, EN, FOCUS), [
			{ pointer: '/steps/0/caption/zh', at: ZH_MARKED, message: /^the caption writes ① ②, and the step's focus is not numbered/ }
		]);
	});

	it('a numbered focus with nothing in it', () => {
		const text = marked(ZH, EN, '{ "do": "focus", "ids": [], "numbered": true }');
		expectErrors(text, [{ pointer: '/steps/0/actions/2/ids', at: '"ids": []', message: 'a numbered focus names 1 to 9 things (this one names 0)' }]);
	});
});
