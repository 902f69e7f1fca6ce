/** schemaAt / keysAt: walking the schema alongside the data. */
import { describe, expect, it } from 'vitest';
import { keysAt } from './schema-at.ts';
import { Action, Actor, Item, Scenario, Step } from './schema.ts';

const keys = (schema: { shape: object }) => Object.keys(schema.shape);
const data = {
	actors: [{ id: 'a' }],
	steps: [{ id: 's', actions: [{ do: 'add', item: { id: 'i', label: { zh: 'x' } } }, { do: 'send' }, { do: 'nope' }, 'text'] }]
};

describe('keysAt', () => {
	it('objects, arrays, and the scenario itself', () => {
		expect(keysAt(Scenario, data, [])).toEqual(keys(Scenario));
		expect(keysAt(Scenario, data, ['actors', 0])).toEqual(keys(Actor));
		expect(keysAt(Scenario, data, ['steps', 0])).toEqual(keys(Step));
	});

	it('a discriminated union by the data\'s "do", and what lies inside it', () => {
		const send = Action.options.find((o) => o.shape.do.value === 'send')!;
		expect(keysAt(Scenario, data, ['steps', 0, 'actions', 1])).toEqual(keys(send));
		expect(keysAt(Scenario, data, ['steps', 0, 'actions', 0, 'item'])).toEqual(keys(Item));
		// A plain union by the data's type: a translated text is an object of zh and en.
		expect(keysAt(Scenario, data, ['steps', 0, 'actions', 0, 'item', 'label'])).toEqual(['zh', 'en']);
	});

	it('undefined when it cannot tell', () => {
		expect(keysAt(Scenario, data, ['steps', 0, 'actions', 2])).toBeUndefined(); // unknown "do"
		expect(keysAt(Scenario, data, ['steps', 0, 'actions', 3])).toBeUndefined(); // not an object
		expect(keysAt(Scenario, data, ['nothing', 'here'])).toBeUndefined();
		expect(keysAt(Scenario, data, ['steps'])).toBeUndefined(); // a list, not an object
	});
});
