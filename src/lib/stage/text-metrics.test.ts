import { describe, expect, it } from 'vitest';
import { fitName, fitText, textWidth, wrapText } from './text-metrics.ts';

describe('fitName', () => {
	it('keeps a name whole when it fits', () => {
		expect(fitName('nginx:1.25', 15, 400, true)).toBe('nginx:1.25');
	});

	it('cuts in the middle and keeps the last part, so two pods stay told apart', () => {
		const [a, b] = ['nginx-5f8c9d7b46-x7kqp', 'nginx-5f8c9d7b46-m2w9r'].map((n) => fitName(n, 15, 160, true));
		expect(a).toMatch(/^nginx-.*…-x7kqp$/);
		expect(b).toMatch(/^nginx-.*…-m2w9r$/);
		expect(textWidth(a!, 15, true)).toBeLessThanOrEqual(160);
	});

	it('falls back to cutting the end when the last part is long or there is none', () => {
		expect(fitName('averyveryverylongnamewithoutparts', 15, 100, true)).toBe(fitText('averyveryverylongnamewithoutparts', 15, 100, true));
	});
});

describe('wrapText and punctuation', () => {
	it('never starts a line with a colon or a closing bracket', () => {
		for (let w = 120; w <= 400; w += 10)
			for (const line of wrapText('PID 1（宿主机: 4711）', 34, w, true, 4).slice(1)) expect(line[0], `at ${w}: ${line}`).not.toMatch(/[:：）)，。]/);
	});
});
