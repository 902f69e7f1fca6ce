/** Terminal wrapping and row-based scrolling. */
import { describe, expect, it } from 'vitest';
import type { TerminalLine } from '../engine/world';
import type { Box } from './geometry';
import { TERM, terminalCapacity, terminalRows, terminalScrolled, terminalTextWidth, wrapMono, wrapTerminalLine } from './terminal-layout';

/** Monospace: a Latin character is 0.6em, a CJK one 1em. */
const CH = 0.6 * TERM.font;
const CJK = TERM.font;
/** A box whose text area holds `chars` Latin characters (with a little slack), `rows` rows plus the prompt's. */
const boxOf = (chars: number, rows = 7): Box => ({ x: 0, y: 0, w: 2 * TERM.padding + chars * CH + 1, h: TERM.header + 12 + (rows + 1) * TERM.lineHeight });
const out = (text: TerminalLine['text']): TerminalLine => ({ kind: 'output', text });
const cmd = (text: string, prompt = '$ '): TerminalLine => ({ kind: 'command', text, prompt });

describe('wrapMono', () => {
	it('a short line is one row, as it is', () => {
		expect(wrapMono('Using default tag: latest', 30 * CH + 1)).toEqual(['Using default tag: latest']);
		expect(wrapMono('', 10 * CH)).toEqual(['']);
		expect(wrapMono('   indented', 30 * CH)).toEqual(['   indented']);
	});

	it('a long line breaks at spaces, the space it breaks at dropped', () => {
		const text = 'docker: Error response from daemon: Conflict. The container name "/web" is already in use by container 0123456789ab.';
		const rows = wrapMono(text, 40 * CH + 1);
		expect(rows).toEqual([
			'docker: Error response from daemon:',
			'Conflict. The container name "/web" is',
			'already in use by container',
			'0123456789ab.'
		]);
		for (const row of rows) expect(row.length).toBeLessThanOrEqual(40);
		expect(rows.join(' ')).toBe(text);
	});

	it('a word wider than a row is hard-broken', () => {
		const digest = 'sha256:bc41182d7ef5ffc53a40b044e725193bc10142a1243f395ee852a8d9730fc2ad';
		const rows = wrapMono(`Digest: ${digest}`, 30 * CH + 1);
		expect(rows).toEqual(['Digest:', digest.slice(0, 30), digest.slice(30, 60), digest.slice(60)]);
	});

	it('CJK text breaks between any two characters, each 1em wide', () => {
		const text = '守护进程向镜像仓库要清单和镜像层，把镜像存进本地。';
		const rows = wrapMono(text, 10 * CJK + 1);
		expect(rows).toEqual(['守护进程向镜像仓库要', '清单和镜像层，把镜像', '存进本地。']);
		// Mixed: a Latin word stays whole, CJK breaks anywhere.
		expect(wrapMono('镜像 busybox:latest 已下载完成', 12 * CJK + 1)).toEqual(['镜像 busybox:latest', '已下载完成']);
		expect(wrapMono('镜像 busybox:latest 已下载完成', 10 * CJK + 1)).toEqual(['镜像', 'busybox:latest 已', '下载完成']);
		expect(wrapMono('已下载镜像busybox:latest', 9 * CJK + 1)).toEqual(['已下载镜像', 'busybox:latest']);
	});
});

describe('wrapTerminalLine', () => {
	it('a command: the prompt on its first row, its continuation rows indented past the prompt', () => {
		const prompt = '[root@host ~]# '; // 15 characters
		const line = cmd('docker run --name web -p 8080:80 -v /srv/site:/usr/share/nginx/html:ro nginx', prompt);
		const wrapped = wrapTerminalLine(line, 'en', 45 * CH + 1);
		expect(wrapped.prompt).toBe(prompt);
		expect(wrapped.indent).toBeCloseTo(15 * CH);
		expect(wrapped.width).toBeCloseTo(30 * CH + 1);
		expect(wrapped.rows).toEqual(['docker run --name web -p', '8080:80 -v', '/srv/site:/usr/share/nginx/htm', 'l:ro nginx']);
	});

	it('output has no prompt and no indent; a short line is one row', () => {
		expect(wrapTerminalLine(out('ok'), 'en', 40 * CH)).toEqual({ prompt: '', indent: 0, width: 40 * CH, rows: ['ok'] });
	});

	it('wraps the text of the language shown', () => {
		const line = out({ zh: '镜像仓库返回了清单', en: 'The registry answers with the manifest' });
		expect(wrapTerminalLine(line, 'zh', 20 * CH + 1).rows).toEqual(['镜像仓库返回了清单']);
		expect(wrapTerminalLine(line, 'en', 20 * CH + 1).rows).toEqual(['The registry answers', 'with the manifest']);
	});

	it('a prompt wider than half the panel: the rows start under it, the first after it', () => {
		const prompt = 'p'.repeat(30);
		const wrapped = wrapTerminalLine(cmd('aaa bbb ccc ddd eee fff ggg hhh', prompt), 'en', 40 * CH + 1);
		expect(wrapped.indent).toBe(0);
		expect(wrapped.rows).toEqual(['aaa bbb', 'ccc ddd eee fff ggg hhh']);
	});

	it('is memoised: the same text and width give the same object', () => {
		const a = wrapTerminalLine(out('a line that is long enough to wrap at some point'), 'en', 20 * CH);
		expect(wrapTerminalLine(out('a line that is long enough to wrap at some point'), 'en', 20 * CH)).toBe(a);
		expect(wrapTerminalLine(out('a line that is long enough to wrap at some point'), 'en', 30 * CH)).not.toBe(a);
	});
});

describe('terminalRows and terminalScrolled', () => {
	it('count visual rows, not lines', () => {
		const box = boxOf(20, 7);
		expect(terminalCapacity(box)).toBe(7);
		expect(terminalTextWidth(box)).toBeCloseTo(20 * CH + 1);
		const lines = [cmd('docker pull busybox'), out('a'.repeat(50)), out('short')];
		// "$ docker pull busybox" is 21 wide: two rows; 50 a's in 20: three rows; one more.
		expect(terminalRows(lines, 'en', box)).toBe(2 + 3 + 1);
		expect(terminalScrolled(lines, 'en', box)).toBe(0);
		const more = [...lines, out('x'.repeat(41)), out('y')];
		expect(terminalRows(more, 'en', box)).toBe(6 + 3 + 1);
		expect(terminalScrolled(more, 'en', box)).toBe(10 - 7);
		expect(terminalRows([], 'en', box)).toBe(0);
	});

	it('depend on the language', () => {
		const lines = [out({ zh: '短', en: 'a longer English text that wraps' })];
		expect(terminalRows(lines, 'zh', boxOf(20))).toBe(1);
		expect(terminalRows(lines, 'en', boxOf(20))).toBe(2);
	});

	// How fast is measured by the benchmark (npm run bench, scale), not by a clock in a unit test.
	it('count a long history: 4,000 lines of output, and every prefix of it scrolls', () => {
		const lines = Array.from({ length: 4000 }, (_, i) => out(`${i}: layer ${'f'.repeat(i % 200)} pulled from docker.io/library/busybox`));
		const box = boxOf(140);
		const rows = terminalRows(lines, 'en', box);
		expect(rows).toBeGreaterThan(4000);
		const scrolled = Array.from({ length: 20 }, (_, i) => terminalScrolled(lines.slice(0, i * 200), 'en', box));
		// The more history, the further it has scrolled, never less.
		scrolled.slice(1).forEach((s, i) => expect(s).toBeGreaterThanOrEqual(scrolled[i]!));
		expect(scrolled.at(-1)).toBeGreaterThan(0);
	});
});
