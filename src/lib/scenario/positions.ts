/**
 * Where a JSON pointer lies in the source text, so every error can name line:column.
 * jsonc-parser keeps offsets for every node, which JSON.parse throws away.
 */
import { findNodeAtLocation, type Node } from 'jsonc-parser';

export type Path = (string | number)[];

export function toPointer(path: Path): string {
	return path.map((p) => '/' + String(p).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

export class SourcePositions {
	private lineStarts: number[] = [0];

	constructor(
		text: string,
		private root: Node | undefined
	) {
		for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
	}

	/** 1-based line and column of a character offset. */
	lineColumn(offset: number): { line: number; column: number } {
		let lo = 0;
		let hi = this.lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.lineStarts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
	}

	/** The offset of the node at path, or of its nearest existing ancestor. */
	offsetOf(path: Path): number {
		if (!this.root) return 0;
		for (let n = path.length; n >= 0; n--) {
			const node = findNodeAtLocation(this.root, path.slice(0, n));
			if (node) {
				// Point at the key of a property rather than at its value when we can.
				const property = node.parent?.type === 'property' ? node.parent : undefined;
				return n === path.length && property ? property.offset : node.offset;
			}
		}
		return this.root.offset;
	}
}
