/**
 * Every `docker ps` / `docker images` table a scenario prints is what Docker 1.13's tabwriter
 * (minwidth 20, padding 3, ' ') would write for its cells.
 */
import { describe, expect, it } from 'vitest';
import { scenarioFiles, validateFile } from '../scenario/load-dir.ts';
import type { Scenario } from '../scenario/schema.ts';
import { formatError } from '../scenario/validate.ts';
import { text } from './kit.ts';
import { cells, tabwrite } from './tabwriter.ts';

const shipped: Scenario[] = scenarioFiles().map((file) => {
	const result = validateFile(file);
	if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
	return result.scenario;
});

const HEADERS = [/^CONTAINER ID {2,}IMAGE /, /^REPOSITORY {2,}TAG /];

/**
 * Each table printed: its header line and the rows after it in the same print, up to a blank
 * line; a print that only continues the last table (a later step with no command, showing the
 * rest of the rows) is checked with it, as the one table the terminal printed.
 */
function tables(s: Scenario): { where: string; lines: string[] }[] {
	const found: { where: string; lines: string[] }[] = [];
	const last: Partial<Record<'zh' | 'en', { where: string; lines: string[] }>> = {};
	s.steps.forEach((step, i) => {
		if (step.command) delete last.zh, delete last.en;
		step.actions.forEach((a, j) => {
			if (a.do !== 'print') return;
			for (const lang of ['zh', 'en'] as const) {
				const lines = a.lines.map((l) => text(l, lang));
				const open = last[lang];
				if (open && !lines.some((l) => HEADERS.some((h) => h.test(l))) && lines.every((l) => /^\S/.test(l))) {
					open.lines.push(...lines);
					continue;
				}
				delete last[lang];
				lines.forEach((line, k) => {
					if (!HEADERS.some((h) => h.test(line))) return;
					const end = lines.findIndex((l, n) => n > k && l.trim() === '');
					const table = { where: `${s.id}/${step.id} (step ${i + 1}, action ${j}, ${lang})`, lines: lines.slice(k, end < 0 ? undefined : end) };
					found.push(table);
					if (end < 0) last[lang] = table;
				});
			}
		});
	});
	return found;
}

describe('tabwriter (Go text/tabwriter, Docker 1.13: 20, 1, 3, " ")', () => {
	it('pads a column to minwidth 20, or its widest cell + 3', () => {
		expect(tabwrite([['IMAGE ID', 'CREATED', 'SIZE'], ['2bd29714875d', '4 days ago', '1.24 MB']])).toEqual([
			'IMAGE ID            CREATED             SIZE',
			'2bd29714875d        4 days ago          1.24 MB'
		]);
		expect(tabwrite([['COMMAND', 'NAMES'], ['"echo hello world"', 'x']])).toEqual(['COMMAND              NAMES', '"echo hello world"   x']);
	});

	it('keeps an empty column 20 wide: PORTS then NAMES', () => {
		expect(tabwrite([['PORTS', 'NAMES'], ['', 'eager_turing']])).toEqual(['PORTS               NAMES', '                    eager_turing']);
	});

	it('leaves the last cell of a line unpadded, and starts a new column block after a shorter line', () => {
		expect(tabwrite([['a', 'b'], ['c'], ['looooooooooooooooooooong', 'd']])).toEqual(['a                   b', 'c', 'looooooooooooooooooooong   d']);
	});

	it('re-renders the lesson\'s real docker images output byte for byte', () => {
		const lesson = [
			'REPOSITORY                                          TAG                 IMAGE ID            CREATED             SIZE',
			'docker.io/busybox                                   latest              2bd29714875d        4 days ago          1.24 MB',
			'registry.cn-shenzhen.aliyuncs.com/star7th/showdoc   latest              ffe481c085e9        9 months ago        602 MB',
			'registry.aliyuncs.com/helowin/oracle_11g            latest              3fa112fd3642        6 years ago         6.85 GB'
		];
		expect(cells(lesson)[1]).toEqual(['docker.io/busybox', 'latest', '2bd29714875d', '4 days ago', '1.24 MB']);
		expect(tabwrite(cells(lesson))).toEqual(lesson);
	});

	it('cuts the empty PORTS cell out of a row as an empty cell', () => {
		const t = ['CONTAINER ID        STATUS              PORTS               NAMES', 'a41b7e05c9d2        Up 5 seconds                            eager_turing'];
		expect(cells(t)[1]).toEqual(['a41b7e05c9d2', 'Up 5 seconds', '', 'eager_turing']);
	});

	it('tells a misaligned table from a right one', () => {
		const wrong = ['CONTAINER ID        STATUS                      PORTS       NAMES', 'a41b7e05c9d2        Exited (0) 18 seconds ago               busy_hopper'];
		expect(tabwrite(cells(wrong))).not.toEqual(wrong);
	});
});

describe('printed docker tables are tabwriter output', () => {
	it('finds the tables (docker ps, docker ps -a, docker images)', () => {
		const ids = new Set(shipped.flatMap((s) => tables(s).map(() => s.id)));
		for (const id of ['docker-ps', 'docker-images']) expect(ids, id).toContain(id);
	});

	it('checks the rest of a table printed in a later step with the table', () => {
		const images = tables(shipped.find((s) => s.id === 'docker-images')!).filter((t) => t.where.endsWith('en)'));
		expect(images).toHaveLength(1);
		expect(images[0]!.lines).toHaveLength(9);
	});

	for (const s of shipped) {
		for (const t of tables(s)) {
			it(t.where, () => {
				expect(t.lines.length, 'a header and at least one row').toBeGreaterThan(1);
				expect(t.lines).toEqual(tabwrite(cells(t.lines)));
			});
		}
	}
});
