/** JSON pointers and source positions. */
import fc from 'fast-check';
import { parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { SourcePositions, toPointer, type Path } from './positions.ts';

/** RFC 6901 decoding, written independently: ~1 → /, then ~0 → ~. */
const decode = (pointer: string): string[] => (pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~')));

const positionsOf = (text: string) => new SourcePositions(text, parseTree(text));

describe('toPointer', () => {
	it.each<[Path, string]>([
		[[], ''],
		[['steps'], '/steps'],
		[['steps', 0, 'actions', 12], '/steps/0/actions/12'],
		[[''], '/'],
		[['a/b'], '/a~1b'],
		[['~'], '/~0'],
		[['~1'], '/~01'],
		[['~0'], '/~00'],
		[['/~'], '/~1~0'],
		[['a~/b', 'c//d'], '/a~0~1b/c~1~1d']
	])('%j → %s', (path, pointer) => {
		expect(toPointer(path)).toBe(pointer);
	});

	it('decodes back to the same path (any strings, any numbers)', () => {
		fc.assert(
			fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('~', '/', '~1', '~0', '/~'), fc.nat())), (path) => {
				expect(decode(toPointer(path))).toEqual(path.map(String));
			}),
			{ numRuns: 200 }
		);
	});
});

describe('SourcePositions.lineColumn', () => {
	const text = 'ab\ncd\n\nef';
	const positions = positionsOf(text);
	it.each([
		[0, 1, 1], // start of the text
		[1, 1, 2],
		[2, 1, 3], // the newline ends line 1
		[3, 2, 1], // a line start
		[5, 2, 3],
		[6, 3, 1], // an empty line
		[7, 4, 1],
		[8, 4, 2],
		[9, 4, 3] // the end of the text
	])('offset %d is %d:%d', (offset, line, column) => {
		expect(positions.lineColumn(offset)).toEqual({ line, column });
	});

	it('handles text that starts or ends with newlines, and an empty text', () => {
		expect(positionsOf('\n\nx').lineColumn(0)).toEqual({ line: 1, column: 1 });
		expect(positionsOf('\n\nx').lineColumn(2)).toEqual({ line: 3, column: 1 });
		expect(positionsOf('x\n').lineColumn(2)).toEqual({ line: 2, column: 1 });
		expect(positionsOf('').lineColumn(0)).toEqual({ line: 1, column: 1 });
	});

	it('agrees with counting by hand, for any text and offset', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: fc.constantFrom('a', '\n', '\r', '板', ' ') }),
				fc.nat(),
				(t, k) => {
					const offset = k % (t.length + 1);
					const before = t.slice(0, offset).split('\n');
					expect(positionsOf(t).lineColumn(offset)).toEqual({ line: before.length, column: before[before.length - 1]!.length + 1 });
				}
			),
			{ numRuns: 200 }
		);
	});
});

describe('SourcePositions.offsetOf', () => {
	const text = '  {\n  "a": { "b": 1, "list": [10, {"x/y": true}] },\n  "c": "d"\n}';
	const positions = positionsOf(text);
	const at = (needle: string) => text.indexOf(needle);

	it('points at the key of a property', () => {
		expect(positions.offsetOf(['a'])).toBe(at('"a"'));
		expect(positions.offsetOf(['a', 'b'])).toBe(at('"b"'));
		expect(positions.offsetOf(['c'])).toBe(at('"c"'));
		expect(positions.offsetOf(['a', 'list', 1, 'x/y'])).toBe(at('"x/y"'));
	});

	it('points at an array element itself', () => {
		expect(positions.offsetOf(['a', 'list', 0])).toBe(at('10'));
		expect(positions.offsetOf(['a', 'list', 1])).toBe(at('{"x/y"'));
	});

	it('points at the whole document for the empty path', () => {
		expect(positions.offsetOf([])).toBe(at('{'));
	});

	it('falls back to the value of the nearest existing ancestor for a missing path', () => {
		expect(positions.offsetOf(['a', 'missing'])).toBe(at('{ "b"'));
		expect(positions.offsetOf(['a', 'b', 'deeper', 'still'])).toBe(at('1,'));
		expect(positions.offsetOf(['a', 'list', 7])).toBe(at('[10'));
		expect(positions.offsetOf(['a', 'list', 1, 'x'])).toBe(at('{"x/y"'));
		expect(positions.offsetOf(['nope', 'nothing'])).toBe(at('{'));
	});

	it('is 0 when there is no tree (unparseable text)', () => {
		expect(new SourcePositions('', undefined).offsetOf(['a'])).toBe(0);
	});
});
