import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeScenarioBytes } from './decode-file.ts';
import { validateFile } from './load-dir.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('a scenario file is UTF-8, decoded strictly', () => {
	it('takes UTF-8, with or without a byte-order mark', () => {
		expect(decodeScenarioBytes(utf8('{"a": "中文 ✓"}'))).toEqual({ ok: true, text: '{"a": "中文 ✓"}' });
		expect(decodeScenarioBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{}')]))).toEqual({ ok: true, text: '{}' });
	});
	it('says a Latin-1 or GBK file is not UTF-8, at the first bad byte', () => {
		const latin1 = new Uint8Array([...utf8('{\n  "title": "caf'), 0xe9, ...utf8('"\n}')]);
		expect(decodeScenarioBytes(latin1)).toEqual({ ok: false, line: 2, column: 16, message: 'byte 0xE9 is not UTF-8 (the file was saved in another encoding, e.g. Latin-1 or GBK): save the file as UTF-8' });
		const gbk = new Uint8Array([...utf8('{"t": "'), 0xd6, 0xd0, 0xce, 0xc4, ...utf8('"}')]);
		expect(decodeScenarioBytes(gbk)).toMatchObject({ ok: false, line: 1, column: 8 });
	});
	it('says a UTF-16 file is UTF-16, with or without its mark', () => {
		const le = (text: string) => new Uint8Array([...text].flatMap((c) => [c.charCodeAt(0), 0]));
		expect(decodeScenarioBytes(new Uint8Array([0xff, 0xfe, ...le('{}')]))).toMatchObject({ ok: false, message: expect.stringMatching(/^the file is UTF-16 .*: save the file as UTF-8$/) });
		expect(decodeScenarioBytes(le('{ "version": 1 }'))).toMatchObject({ ok: false, message: expect.stringContaining('looks like UTF-16') });
	});
	it('npm run validate reports it as one error at the file, not a page of syntax errors', () => {
		const dir = mkdtempSync(join(tmpdir(), 'banfang-'));
		const file = join(dir, 'x.json');
		writeFileSync(file, Buffer.from([0xff, 0xfe, ...[...'{"version": 1}'].flatMap((c) => [c.charCodeAt(0), 0])]));
		const result = validateFile(file);
		expect(result.ok ? [] : result.errors).toEqual([{ file, pointer: '', line: 1, column: 1, message: 'the file is UTF-16 (it starts with a UTF-16 byte-order mark): save the file as UTF-8' }]);
	});
});
