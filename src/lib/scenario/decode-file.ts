/**
 * A scenario file's bytes as text: UTF-8 only, decoded strictly. A file saved as UTF-16 (a
 * byte-order mark, or a NUL in every other byte) or in another encoding (Latin-1, GBK) is an
 * error that says so and where, instead of a page of replacement characters or of JSON syntax
 * errors about symbols that are really the encoding's.
 */

export type Decoded = { ok: true; text: string } | { ok: false; line: number; column: number; message: string };

const SAVE_AS = 'save the file as UTF-8';

export function decodeScenarioBytes(bytes: Uint8Array): Decoded {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
		return { ok: false, line: 1, column: 1, message: `the file is UTF-16 (it starts with a UTF-16 byte-order mark): ${SAVE_AS}` };
	const head = bytes.subarray(0, 64);
	if (head.length >= 4 && head.filter((b) => b === 0).length >= head.length / 4)
		return { ok: false, line: 1, column: 1, message: `the file looks like UTF-16 or UTF-32 (NUL bytes between its characters): ${SAVE_AS}` };
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		const at = firstInvalid(bytes);
		const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at)).split('\n');
		const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
		return { ok: false, line: before.length, column: before[before.length - 1]!.length + 1, message: `byte 0x${byte} is not UTF-8 (the file was saved in another encoding, e.g. Latin-1 or GBK): ${SAVE_AS}` };
	}
}

/** The offset of the first byte that does not begin or continue a well-formed UTF-8 sequence. */
function firstInvalid(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i]!;
		const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		if (length === 0) return i;
		for (let k = 1; k < length; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
		// Overlong or surrogate encodings TextDecoder refuses too: good enough to point at the lead byte.
		const second = bytes[i + 1] ?? 0;
		if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second >= 0xa0) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second >= 0x90)) return i;
		i += length;
	}
	return bytes.length - 1;
}
