/** Small statistics for the benchmark (nearest-rank percentiles). */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
export const median = (values: readonly number[]) => percentile(values, 50);

/**
 * Runs fn `runs` times (after one warm-up) and returns the fastest, in milliseconds: on a
 * shared machine the other runs measure the neighbours as much as the code.
 */
export function timeBest(fn: () => unknown, runs: number): number {
	fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		times.push(performance.now() - t);
	}
	return Math.min(...times);
}

/** A Markdown table (also readable in a terminal). */
export function table(head: string[], rows: (string | number)[][]): string {
	const cells = [head, ...rows.map((r) => r.map(String))];
	const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
	return [line(cells[0]!), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...cells.slice(1).map(line)].join('\n');
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (t: number) => (Number.isFinite(t) ? `${t.toFixed(t < 10 ? 1 : 0)} ms` : '—');
export const mark = (ok: boolean) => (ok ? '✓' : '✗');
