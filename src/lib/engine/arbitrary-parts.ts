/** The small generators the scenario generators are built from: texts, ids, props, item bodies. */
import fc from 'fast-check';
import type { LocalizedText, Props, PropValue } from '../scenario/schema.ts';

/** Copy of o without the keys whose value is undefined (optional fields are omitted, not undefined). */
export function defined<T extends object>(o: T): T {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Plain objects, like JSON.parse makes (fast-check defaults to null-prototype records). */
export const plain = { noNullPrototype: true } as const;

export const ACTOR_IDS = ['client', 'daemon', 'registry', 'host'] as const;
/** Item ids: a small pool so that ids get removed and re-added; includes Object.prototype names. */
export const ITEM_IDS = [
	'images',
	'img-busybox',
	'layer-729ce43e2c91',
	'img.alpine:3.20',
	'c1',
	'c2',
	'v1',
	'x',
	'constructor',
	'toString',
	'valueOf',
	'hasOwnProperty'
] as const;
export const PROP_KEYS = ['state', 'detail', 'size', 'n', 'constructor', 'toString'] as const;
export const STREAM_IDS = ['watch-a', 'watch-b', 'w.c'] as const;

export const plainText = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.string({ unit: 'grapheme', maxLength: 4 }),
	fc.constantFrom('', '你好', 'a/b~c', '"quoted" \\ back', 'two\nlines', 'POST /images/create?fromImage=busybox')
);
export const nonEmptyText = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('客户端', 'Client', '拉取中'));

export const localizedText: fc.Arbitrary<LocalizedText> = fc.oneof(
	{ arbitrary: plainText, weight: 3 },
	{ arbitrary: fc.record({ zh: nonEmptyText, en: nonEmptyText }, plain), weight: 1 }
);
/** At most 80 UTF-16 units, as the schema wants for prompts. */
export const promptText = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('$ ', '/ # ', '[root@host ~]# ', '', 'C:\\> '));
export const commandText = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('docker pull busybox', 'docker run -it busybox sh', 'ls', ''));
export const kindText = fc.constantFrom('image', 'layer', 'group', 'container', 'tag', 'repository', 'x');
export const layout = fc.constantFrom<'column' | 'row'>('column', 'row');

export const propValue: fc.Arbitrary<PropValue> = fc.oneof(
	fc.integer({ min: -1000, max: 1000 }),
	// -0 is left out: JSON.stringify writes it as 0, and the worlds are compared as JSON.
	fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d)),
	fc.boolean(),
	localizedText
);
export const props: fc.Arbitrary<Props> = fc.dictionary(fc.constantFrom(...PROP_KEYS), propValue, { maxKeys: 3, noNullPrototype: true });
export const unsetKeys = fc.array(fc.oneof(fc.constantFrom(...PROP_KEYS), fc.string({ maxLength: 5 })), { maxLength: 3 });

/** The parts of an item that do not depend on the world. */
export const itemBody = fc.record(
	{ kind: kindText, label: localizedText, props, layout },
	{ noNullPrototype: true, requiredKeys: ['kind', 'label'] }
);
