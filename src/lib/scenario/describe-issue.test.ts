/** describe-issue.ts: the parts that do not need a whole scenario (validate.test.ts has the rest). */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ACTION_NAMES, actionNames, describeIssue, describeValue } from './describe-issue.ts';
import { Action } from './schema.ts';

describe('action names', () => {
	it('are read from the schema, in its order, "scene" included', () => {
		expect(ACTION_NAMES).toContain('scene');
		// zod's own report of the discriminator values agrees with ours.
		const result = Action.safeParse({ do: 'nope' });
		expect(result.success).toBe(false);
		const issue = result.error!.issues[0]!;
		expect('options' in issue && issue.options).toEqual(ACTION_NAMES);
	});

	it('a newly added action appears without touching the messages', () => {
		const Extended = z.discriminatedUnion('do', [...Action.options, z.strictObject({ do: z.literal('wait'), ms: z.number() })]);
		expect(actionNames(Extended)).toEqual([...ACTION_NAMES, 'wait']);
	});

	it('the unknown-action message lists them all', () => {
		const result = z.object({ actions: z.array(Action) }).safeParse({ actions: [{ do: 'nope' }] }, { reportInput: true });
		expect(describeIssue(result.error!.issues[0]!)).toBe(`unknown action "nope": "do" must be one of ${ACTION_NAMES.join(', ')}`);
	});
});

describe('describeValue', () => {
	it.each<[unknown, string]>([
		[1, 'a number'],
		['x', 'a string'],
		['', 'an empty text ""'],
		[true, 'true (true/false)'],
		[null, 'null'],
		[[], 'a list [ … ]'],
		[{}, 'an object { … }'],
		[undefined, 'nothing']
	])('%j → %s', (value, words) => {
		expect(describeValue(value)).toBe(words);
	});
});

describe('describeIssue on other unions', () => {
	it('names the forms when each branch failed on the type', () => {
		const result = z.object({ x: z.union([z.number(), z.array(z.string())]) }).safeParse({ x: 'a' }, { reportInput: true });
		expect(describeIssue(result.error!.issues[0]!)).toBe('expected a number or a list [ … ] — got a string');
	});

	it('says so in words otherwise', () => {
		const result = z.object({ x: z.union([z.object({ a: z.number() }), z.object({ b: z.number() })]) }).safeParse({ x: { c: 1 } }, { reportInput: true });
		expect(describeIssue(result.error!.issues[0]!)).toBe('this does not match any form allowed here — got an object { … }');
	});
});
