import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fileFor } from './serve-build.ts';

it('maps URL paths to the files adapter-static writes, and never outside the folder', () => {
	const root = mkdtempSync(join(tmpdir(), 'banfang-serve-'));
	mkdirSync(join(root, 'still'));
	writeFileSync(join(root, 'index.html'), '');
	writeFileSync(join(root, 'still', 'docker-pull.html'), '');
	writeFileSync(join(root, 'app.js'), '');
	writeFileSync(join(root, '..', 'banfang-secret.txt'), '');
	expect(fileFor(root, '/')).toBe(join(root, 'index.html'));
	expect(fileFor(root, '/still/docker-pull?step=2&lang=en')).toBe(join(root, 'still', 'docker-pull.html'));
	expect(fileFor(root, '/app.js')).toBe(join(root, 'app.js'));
	expect(fileFor(root, '/../banfang-secret.txt')).toBeNull();
	expect(fileFor(root, '/%2e%2e/banfang-secret.txt')).toBeNull();
	expect(fileFor(root, '/%E0%A4%A')).toBeNull();
	expect(fileFor(root, '/nothing')).toBeNull();
});
