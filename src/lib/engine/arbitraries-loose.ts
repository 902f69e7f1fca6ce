/** Well-typed actions with arbitrary references, for "the engine never throws" tests. */
import fc from 'fast-check';
import type { Action, Item, Step } from '../scenario/schema.ts';
import { SCENE_KINDS } from '../stage/scenes/registry.ts';
import { defined, plain, ACTOR_IDS, ITEM_IDS, localizedText, promptText, commandText, props, unsetKeys, itemBody } from './arbitrary-parts.ts';

/** Any id, valid or not, existing or not. */
export const looseId = fc.oneof(
	fc.constantFrom(...ITEM_IDS, ...ACTOR_IDS, 'link-0', 'link-1', 'nope', '__proto__', 'prototype', ''),
	fc.string({ maxLength: 6 })
);

const looseItem: fc.Arbitrary<Item> = fc
	.record({ id: looseId, in: looseId, body: itemBody, refs: fc.option(fc.array(looseId, { maxLength: 2 }), { nil: undefined }) })
	.map(({ id, in: parent, body, refs }) => defined({ id, kind: body.kind, in: parent, label: body.label, props: body.props, layout: body.layout, refs }));

/** Well-typed actions whose references may point anywhere. */
export const looseAction: fc.Arbitrary<Action> = fc.oneof(
	fc.record({ do: fc.constant('add' as const), item: looseItem, from: looseId }, { noNullPrototype: true, requiredKeys: ['do', 'item'] }),
	fc.record(
		{ do: fc.constant('update' as const), id: looseId, label: localizedText, set: props, unset: unsetKeys },
		{ noNullPrototype: true, requiredKeys: ['do', 'id'] }
	),
	fc.record({ do: fc.constant('remove' as const), id: looseId }, plain),
	fc.record({ do: fc.constant('send' as const), link: looseId, label: localizedText, reverse: fc.boolean() }, { noNullPrototype: true, requiredKeys: ['do', 'link', 'label'] }),
	fc.record({ do: fc.constant('print' as const), lines: fc.array(localizedText, { maxLength: 3 }), terminal: looseId }, { noNullPrototype: true, requiredKeys: ['do', 'lines'] }),
	fc.record({ do: fc.constant('prompt' as const), text: promptText, terminal: looseId }, { noNullPrototype: true, requiredKeys: ['do', 'text'] }),
	fc.record({ do: fc.constant('clear' as const), terminal: looseId }, { noNullPrototype: true, requiredKeys: ['do'] }),
	fc.record({ do: fc.constant('focus' as const), ids: fc.array(looseId, { maxLength: 3 }) }, plain),
	fc.record({ do: fc.constant('move' as const), id: looseId, to: looseId }, plain),
	fc.record({ do: fc.constant('open-stream' as const), id: looseId, link: looseId, label: localizedText, reverse: fc.boolean() }, { noNullPrototype: true, requiredKeys: ['do', 'id', 'link', 'label'] }),
	fc.record({ do: fc.constant('close-stream' as const), id: looseId }, plain),
	fc.record({ do: fc.constant('show-file' as const), title: localizedText, lines: fc.array(localizedText, { maxLength: 3 }) }, plain),
	fc.record({ do: fc.constant('hide-file' as const) }, plain),
	fc.record({ do: fc.constant('scene' as const), scene: fc.constantFrom(...SCENE_KINDS), zoom: looseId }, { noNullPrototype: true, requiredKeys: ['do', 'scene'] })
);

export const looseStep: fc.Arbitrary<Step> = fc.record(
	{ id: looseId, command: commandText, terminal: looseId, caption: localizedText, actions: fc.array(looseAction, { maxLength: 8 }) },
	{ noNullPrototype: true, requiredKeys: ['id', 'caption', 'actions'] }
);
