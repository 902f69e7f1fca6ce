import { describe, expect, it } from 'vitest';
import { calloutMark, calloutMarks, captionParts } from './callout-marks.ts';

describe('callout marks', () => {
	it('reads the circled numbers a caption writes, in its order, and nothing else', () => {
		expect(calloutMarks('① the client asks ② the daemon; ③ busybox is local')).toEqual([1, 2, 3]);
		expect(calloutMarks('PID 1, 2 and 3 ⓪ ❶')).toEqual([]);
		expect(calloutMarks('⑳ ② ①')).toEqual([20, 2, 1]);
		expect([1, 2, 9].map(calloutMark).join('')).toBe('①②⑨');
	});

	it('splits a caption into text and the numbers drawn as discs, losing no character', () => {
		const caption = '①天花板：cgroup。写进了 ②memory.max、③cpu.max';
		const parts = captionParts(caption);
		expect(parts).toEqual([{ callout: 1 }, { text: '天花板：cgroup。写进了 ' }, { callout: 2 }, { text: 'memory.max、' }, { callout: 3 }, { text: 'cpu.max' }]);
		expect(parts.map((p) => ('callout' in p ? calloutMark(p.callout) : p.text)).join('')).toBe(caption);
		expect(captionParts('no numbers')).toEqual([{ text: 'no numbers' }]);
	});
});
