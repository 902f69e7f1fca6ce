/**
 * Go's text/tabwriter, as far as Docker 1.13 uses it for `docker ps` and `docker images`:
 * `tabwriter.NewWriter(out, 20, 1, 3, ' ', 0)` — minwidth 20, tabwidth 1, padding 3, padchar
 * ' ', no flags. A cell is text ended by a tab; the text after a line's last tab is not a cell
 * of any column and is written unpadded. A column runs over consecutive lines that have a cell
 * in it, and every cell in it is padded to max(minwidth, widest cell + padding): so an empty
 * PORTS column is still 20 wide.
 */
export interface TabwriterOptions {
	minwidth: number;
	padding: number;
}

/** Docker 1.13's table writer (cli/command/formatter): minwidth 20, padding 3, padchar ' '. */
export const DOCKER_1_13: TabwriterOptions = { minwidth: 20, padding: 3 };

/** Width as tabwriter counts it: runes (Docker's cells here are ASCII). */
const width = (s: string): number => [...s].length;

/**
 * The lines tabwriter writes for rows of cells: each row's cells but the last are
 * tab-terminated, as Docker's "table {{.A}}\t{{.B}}…" templates make them.
 */
export function tabwrite(rows: string[][], options: TabwriterOptions = DOCKER_1_13): string[] {
	const widths: number[][] = rows.map(() => []);
	// format(line0, line1, column) of text/tabwriter: a block of lines holding a cell in `column`.
	const format = (from: number, to: number, column: number) => {
		let line = from;
		while (line < to) {
			if (column >= rows[line]!.length - 1) {
				line++;
				continue;
			}
			const start = line;
			let w = options.minwidth;
			for (; line < to && column < rows[line]!.length - 1; line++) w = Math.max(w, width(rows[line]![column]!) + options.padding);
			for (let l = start; l < line; l++) widths[l]![column] = w;
			format(start, line, column + 1);
		}
	};
	format(0, rows.length, 0);
	return rows.map((cells, l) => cells.map((c, j) => (j < cells.length - 1 ? c + ' '.repeat(widths[l]![j]! - width(c)) : c)).join(''));
}

/**
 * A printed table cut back into cells at the columns its header starts (a header cell begins
 * at line start or after two or more spaces; "IMAGE ID" and "CONTAINER ID" hold one). Each cell
 * is the text from its column's start to the next one's, spaces trimmed at its end; a row's last
 * cell runs to the end of the line.
 */
export function cells(table: string[]): string[][] {
	const header = table[0]!;
	const starts = [0];
	for (const m of header.matchAll(/ {2,}(?=\S)/g)) starts.push(m.index! + m[0].length);
	return table.map((line) => starts.map((s, i) => line.slice(s, i + 1 < starts.length ? starts[i + 1] : undefined).trimEnd()));
}
