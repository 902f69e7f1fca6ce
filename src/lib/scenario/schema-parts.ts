/**
 * The parts the scenario format is built from: ids, texts, props, actors, links, items.
 * schema.ts puts them together; actions-schema.ts holds the verbs.
 */
import { z } from 'zod';
import { SCENE_KINDS } from '../stage/scenes/registry.ts';

/** Ids start with a letter so that object key order stays insertion order. */
export const Id = z
	.string()
	.regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/, {
		error: 'an id starts with a letter and holds only letters, digits, _ . : - (at most 64)'
	})
	.meta({ id: 'Id', description: 'An identifier, unique within the scenario.' });

/** Every user-facing string: one text for both languages, or one per language. */
export const LocalizedText = z
	.union([
		z.string(),
		z.strictObject({
			zh: z.string().min(1).describe('Chinese text'),
			en: z.string().min(1).describe('English text')
		})
	])
	.meta({ id: 'LocalizedText', description: 'A plain string shown in every language, or { "zh": …, "en": … } with both.' });

export const PropValue = z.union([z.number(), z.boolean(), LocalizedText]).meta({ id: 'PropValue' });

export const Props = z
	.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), PropValue)
	.meta({ id: 'Props', description: 'Free properties of an item. The scene shows "state" as a badge and "detail" as a second line.' });

export const SceneKind = z.enum(SCENE_KINDS).describe(`Which stage draws it: ${SCENE_KINDS.join(', ')} (see the README's table of scene kinds).`);

export const Actor = z.strictObject({
	id: Id,
	kind: z.string().min(1).max(32).describe('Picks the colour and icon, e.g. client, daemon, registry.'),
	label: LocalizedText,
	sublabel: LocalizedText.optional(),
	layout: z.enum(['column', 'row']).optional().describe('How the actor arranges its items (default column).'),
	scene: SceneKind.optional().describe('The scene that shows this actor (default: the scenario\'s scene).'),
	group: Id.optional().describe('The group (of the scenario\'s groups) this actor is drawn in, e.g. a control plane or a node.'),
	at: z
		.number()
		.int()
		.min(-9999)
		.max(9999)
		.optional()
		.describe('Where the actor stands in time (a year). When every actor of a flow scene has one, the scene draws a time axis to scale under them.')
});

export const Group = z.strictObject({
	id: Id,
	label: LocalizedText,
	sublabel: LocalizedText.optional()
});

export const Link = z.strictObject({
	id: Id,
	from: Id.describe('The actor that sends requests along this link.'),
	to: Id.describe('The actor that answers them.'),
	label: LocalizedText.optional()
});

export const Item = z
	.strictObject({
	id: Id,
	kind: z.string().min(1).max(32).describe('What the item is, e.g. image, layer, container, repository.'),
	in: Id.describe('The actor or item that holds this item.'),
	label: LocalizedText,
	props: Props.optional(),
	layout: z.enum(['column', 'row']).optional().describe('How the item arranges its children (default column).'),
	refs: z
		.array(Id)
		.max(16)
		.optional()
		.describe('Items this one refers to, drawn as a dashed line (a container → its image, a pod → its owner). A referenced item cannot be removed.')
	})
	.meta({ id: 'Item' });

export const TerminalLine = LocalizedText;

export type LocalizedText = z.infer<typeof LocalizedText>;
export type PropValue = z.infer<typeof PropValue>;
export type Props = z.infer<typeof Props>;
export type SceneKind = z.infer<typeof SceneKind>;
export type Actor = z.infer<typeof Actor>;
export type Group = z.infer<typeof Group>;
export type Link = z.infer<typeof Link>;
export type Item = z.infer<typeof Item>;
