/**
 * Every shipped scenario is a test (as in Learn Git Branching): it validates, folds to its
 * last step, and its final world shows what the lesson teaches. The expected final worlds
 * live in the expect-*.ts files beside this one, each exporting a record of them; a new
 * scenario file needs an entry in one of them (a new expect-*.ts file is found by itself),
 * or the suite fails.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, it, expect } from 'vitest';
import { scenarioFiles, validateFile } from '../scenario/load-dir.ts';
import type { Scenario } from '../scenario/schema.ts';
import { formatError } from '../scenario/validate.ts';
import { text, type Expectation } from './kit.ts';

const files = scenarioFiles();

function load(file: string): Scenario {
	const result = validateFile(file);
	if (!result.ok) throw new Error(result.errors.map(formatError).join('\n'));
	return result.scenario;
}

/** Every expect-*.ts module's records, merged. */
const modules = import.meta.glob<Record<string, Record<string, Expectation>>>('./expect-*.ts', { eager: true });
const expectations: Record<string, Expectation> = Object.assign({}, ...Object.values(modules).flatMap((m) => Object.values(m)));

/** Every { zh, en } object, wherever it sits in the raw JSON. */
function localized(value: unknown, path = ''): { path: string; value: Record<string, unknown> }[] {
	if (Array.isArray(value)) return value.flatMap((v, i) => localized(v, `${path}/${i}`));
	if (value === null || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	const here = 'zh' in record || 'en' in record ? [{ path, value: record }] : [];
	return [...here, ...Object.entries(record).flatMap(([k, v]) => localized(v, `${path}/${k}`))];
}

describe('shipped scenarios', () => {
	it('the scenarios directory is not empty', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	it('every scenario id has an expectation, and every expectation a scenario', () => {
		const ids = files.map((f) => basename(f, '.json'));
		expect(ids.filter((id) => !(id in expectations)), 'scenarios without an expectation entry').toEqual([]);
		expect(Object.keys(expectations).filter((id) => !ids.includes(id)), 'expectations without a scenario').toEqual([]);
	});

	describe.each(files)('%s', (file) => {
		it('validates', () => {
			const result = validateFile(file);
			expect(result.ok ? [] : result.errors.map(formatError)).toEqual([]);
		});

		it('has both languages in every localized string', () => {
			const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
			for (const { path, value } of localized(raw)) {
				for (const lang of ['zh', 'en']) {
					expect(typeof value[lang], `${path}/${lang}`).toBe('string');
					expect((value[lang] as string).trim(), `${path}/${lang}`).not.toBe('');
				}
			}
		});

		it('has short captions, speaker notes and a focus on every step', () => {
			const s = load(file);
			for (const step of s.steps) {
				const where = `${s.id}/${step.id}`;
				expect(typeof step.caption, `${where}: caption in both languages`).toBe('object');
				// Readable from the back of a classroom.
				expect(text(step.caption, 'zh').replace(/[\x00-\x7f]/g, '').length, `${where}: zh caption`).toBeLessThanOrEqual(60);
				expect(text(step.caption, 'en').length, `${where}: en caption`).toBeLessThanOrEqual(160);
				expect(step.notes, `${where}: notes`).toBeDefined();
				expect(typeof step.notes, `${where}: notes in both languages`).toBe('object');
				expect(step.actions.some((a) => a.do === 'focus' && a.ids.length > 0), `${where}: focus`).toBe(true);
			}
		});

		it('has speaker notes in both languages on every step, short enough to read at a glance', () => {
			const s = load(file);
			// Read on a laptop mid-class: a pointer, a question, a tie-back, not an essay.
			const limits = { zh: 160, en: 320 } as const;
			for (const step of s.steps) {
				const where = `${s.id}/${step.id}`;
				expect(step.notes, `${where}: notes`).toBeDefined();
				expect(typeof step.notes, `${where}: notes written per language, not one string for both`).toBe('object');
				for (const lang of ['zh', 'en'] as const) {
					const note = text(step.notes!, lang).trim();
					expect(note, `${where}: ${lang} notes`).not.toBe('');
					expect(note.length, `${where}: ${lang} notes length`).toBeLessThanOrEqual(limits[lang]);
				}
			}
		});

		it('reaches its expected final world', () => {
			const s = load(file);
			const check = expectations[s.id];
			expect(check, `no expectation for "${s.id}"`).toBeDefined();
			check!(s);
		});
	});
});
