/**
 * zod issues in words a teacher understands. zod's own messages ("Invalid input",
 * "Invalid option: expected one of …") name types, not what the author should write;
 * these name the field, the allowed values and what was found instead.
 * The list of actions is read from the schema, so a new action appears here by itself.
 */
import type { z } from 'zod';
import { keysAt } from './schema-at.ts';
import { Action } from './schema.ts';

type Issue = z.core.$ZodIssue;

/** The "do" values of a discriminated union of actions, in the order it lists them. */
export function actionNames(union: { options: readonly { shape: { do: { values: ReadonlySet<unknown> } } }[] }): string[] {
	return union.options.flatMap((option) => [...option.shape.do.values].map(String));
}

/** The action names of the schema: a new action in schema.ts appears in the messages by itself. */
export const ACTION_NAMES: readonly string[] = actionNames(Action);

/** What a JSON value is, as an author would say it. */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list [ … ]';
	switch (typeof value) {
		case 'string':
			return value === '' ? 'an empty text ""' : 'a string';
		case 'number':
			return 'a number';
		case 'boolean':
			return `${value} (true/false)`;
		case 'object':
			return 'an object { … }';
		default:
			return typeof value;
	}
}

const TEXT = 'text: a string, or { "zh": …, "en": … } with both translations';

const TYPES: Record<string, string> = {
	string: 'a string',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list [ … ]',
	object: 'an object { … }'
};

/** What a list under this key holds, for "expected a list [ … ] of steps". */
const LIST_OF: Record<string, [one: string, many: string]> = {
	actors: ['actor', 'actors'],
	links: ['link', 'links'],
	items: ['item', 'items'],
	steps: ['step', 'steps'],
	actions: ['action', 'actions'],
	lines: ['line', 'lines'],
	ids: ['id', 'ids'],
	unset: ['prop name', 'prop names']
};

const lastKey = (issue: Issue) => issue.path[issue.path.length - 1];
const quoted = (s: unknown) => JSON.stringify(typeof s === 'string' && s.length > 40 ? s.slice(0, 40) + '…' : s);
const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A union that is LocalizedText: a string branch, then a { zh, en } branch. */
function isTextUnion(issue: Issue): boolean {
	if (issue.code !== 'invalid_union' || issue.errors.length !== 2) return false;
	const [asString, asObject] = issue.errors as [Issue[], Issue[]];
	const stringBranch = asString.length === 1 && asString[0]!.code === 'invalid_type' && asString[0]!.expected === 'string' && asString[0]!.path.length === 0;
	const objectBranch = asObject.every(
		(i) => (i.path.length === 0 && (i.code === 'unrecognized_keys' || (i.code === 'invalid_type' && i.expected === 'object'))) || i.path[0] === 'zh' || i.path[0] === 'en'
	);
	return stringBranch && objectBranch && asObject.length > 0;
}

/** A union that is PropValue: number, boolean, then text. */
function isPropValueUnion(issue: Issue): boolean {
	if (issue.code !== 'invalid_union' || issue.errors.length !== 3) return false;
	const [n, b, t] = issue.errors as [Issue[], Issue[], Issue[]];
	const typed = (branch: Issue[], expected: string) => branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.expected === expected;
	return typed(n, 'number') && typed(b, 'boolean') && t.length === 1 && isTextUnion(t[0]!);
}

/** A LocalizedText that is neither a string nor a complete { zh, en }. */
function describeText(issue: z.core.$ZodIssueInvalidUnion): string {
	const input = issue.input;
	if (!isObject(input)) return `expected ${TEXT} — got ${describeValue(input)}`;
	const objectBranch = issue.errors[1] ?? [];
	const missing = (['zh', 'en'] as const).filter((k) => !(k in input));
	const parts: string[] = [];
	if (missing.length === 1) parts.push(`missing the "${missing[0]}" translation`);
	if (missing.length === 2) parts.push('missing the "zh" and "en" translations');
	for (const k of ['zh', 'en'] as const)
		if (k in input && typeof input[k] !== 'string') parts.push(`the "${k}" translation must be a string — got ${describeValue(input[k])}`);
	for (const i of objectBranch)
		if (i.code === 'unrecognized_keys') parts.push(`unknown ${i.keys.length > 1 ? 'keys' : 'key'} ${i.keys.map((k) => `"${k}"`).join(', ')} (a translated text has only "zh" and "en")`);
	if (parts.length === 0) return `expected ${TEXT}`;
	if (missing.length > 0) parts.push('write { "zh": …, "en": … } with both, or one plain string for both languages');
	return parts.join('; ');
}

function describeSize(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
	const key = lastKey(issue);
	const small = issue.code === 'too_small';
	const bound = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
	if (issue.origin === 'string') {
		const length = typeof issue.input === 'string' ? issue.input.length : undefined;
		if (small && (key === 'zh' || key === 'en')) return `the "${key}" translation is empty`;
		if (small && bound === 1) return 'must not be empty';
		return `${small ? 'too short' : 'too long'}: at ${small ? 'least' : 'most'} ${bound} characters${length === undefined ? '' : ` (this one has ${length})`}`;
	}
	if (issue.origin === 'array') {
		const [one, many] = (typeof key === 'string' && LIST_OF[key]) || ['entry', 'entries'];
		const count = Array.isArray(issue.input) ? issue.input.length : undefined;
		return `${small ? 'needs at least' : 'at most'} ${bound} ${bound === 1 ? one : many}${count === undefined ? '' : ` — got ${count}`}`;
	}
	return issue.message;
}

function describeValueIssue(issue: z.core.$ZodIssueInvalidValue): string {
	const key = lastKey(issue);
	const input = issue.input;
	if (key === 'version') {
		if (typeof input === 'string' && Number(input) === 1) return '"version" must be the number 1, without quotes — got the string "1"';
		return `"version" must be 1 (the only version of the format) — got ${typeof input === 'number' ? input : describeValue(input)}`;
	}
	const allowed = `expected one of ${list(issue.values)}`;
	if (typeof input === 'string' && typeof key === 'string') return `unknown ${key} ${quoted(input)}: ${allowed}`;
	return `${allowed} — got ${typeof input === 'string' ? quoted(input) : describeValue(input)}`;
}

function describeType(issue: z.core.$ZodIssueInvalidType): string {
	const key = lastKey(issue);
	const got = describeValue(issue.input);
	if (issue.path.length === 0) return `a scenario file holds one JSON object { "version": 1, "id": …, … } — got ${got}`;
	if (issue.expected === 'array' && typeof key === 'string' && LIST_OF[key]) return `expected a list [ … ] of ${LIST_OF[key][1]} — got ${got}`;
	if (issue.expected === 'object' && typeof key === 'number' && issue.path[issue.path.length - 2] === 'actions')
		return `expected an action { "do": …, … } — got ${got}`;
	return `expected ${TYPES[issue.expected] ?? issue.expected} — got ${got}`;
}

/** Where the issue was found: the schema and the data it was checked against (for hints). */
export interface IssueContext {
	root: z.core.$ZodType;
	data: unknown;
}

export function describeIssue(issue: Issue, context?: IssueContext): string {
	const key = lastKey(issue);
	if ((issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value') && issue.input === undefined && issue.path.length > 0) return `missing required "${String(key)}"`;
	switch (issue.code) {
		case 'invalid_union': {
			if (isTextUnion(issue)) return describeText(issue);
			if (isPropValueUnion(issue)) {
				const text = issue.errors[2]![0] as z.core.$ZodIssueInvalidUnion;
				if (isObject(issue.input)) return describeText({ ...text, input: issue.input });
				return `a prop value is a number, true/false, or ${TEXT} — got ${describeValue(issue.input)}`;
			}
			if ('note' in issue && issue.note === 'No matching discriminator') {
				const names = ACTION_NAMES.join(', ');
				const input = isObject(issue.input) ? issue.input : undefined;
				if (input && !('do' in input)) return `missing "do": an action starts with "do", one of ${names}`;
				const value = input?.do;
				if (typeof value === 'string') return `unknown action ${quoted(value)}: "do" must be one of ${names}`;
				return `"do" must be one of ${names} — got ${describeValue(value)}`;
			}
			// Any other union: name the forms it takes when each branch failed on the type alone.
			const expected = issue.errors.map((branch) => (branch.length === 1 && branch[0]!.code === 'invalid_type' && branch[0]!.path.length === 0 ? TYPES[branch[0]!.expected] : undefined));
			if (expected.length > 0 && expected.every((e) => e !== undefined)) return `expected ${expected.join(' or ')} — got ${describeValue(issue.input)}`;
			return `this does not match any form allowed here — got ${describeValue(issue.input)}`;
		}
		case 'invalid_key':
			if (issue.origin === 'record')
				return `prop name ${quoted(issue.input)} must start with a lowercase letter and hold only letters and digits (e.g. "state", "detail")`;
			return issue.message;
		case 'unrecognized_keys': {
			const unknown = `unknown ${issue.keys.length > 1 ? 'keys' : 'key'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
			const known = isObject(issue.input) ? Object.keys(issue.input).filter((k) => !issue.keys.includes(k)) : [];
			if (known.length > 0 && known.every((k) => k === 'zh' || k === 'en')) return `${unknown} (a translated text has only "zh" and "en")`;
			const allowed = context && keysAt(context.root, context.data, issue.path);
			return allowed ? `${unknown} (allowed here: ${allowed.join(', ')})` : unknown;
		}
		case 'invalid_value':
			return describeValueIssue(issue);
		case 'invalid_type':
			return describeType(issue);
		case 'too_small':
		case 'too_big':
			return describeSize(issue);
		case 'invalid_format':
			return typeof issue.input === 'string' ? `${issue.message} — got ${quoted(issue.input)}` : issue.message;
		default:
			return issue.message;
	}
}
