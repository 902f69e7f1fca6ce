/**
 * The scenario format, version 1 — written once, here.
 * The TypeScript types (below), the runtime validator (validate.ts) and the published
 * JSON Schema (static/scenario.schema.json, via json-schema.ts) all derive from these
 * definitions. The format is generic: actors, items, links, messages and terminal lines.
 * Nothing here knows about Docker; a scene kind decides how things are drawn.
 */
import { z } from 'zod';

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

export const SceneKind = z
	.enum(['flow', 'house'])
	.describe('Which stage draws it: flow (actors in a row, linked by messages) or house (a container\'s board house on its host).');

export const Actor = z.strictObject({
	id: Id,
	kind: z.string().min(1).max(32).describe('Picks the colour and icon, e.g. client, daemon, registry.'),
	label: LocalizedText,
	sublabel: LocalizedText.optional(),
	layout: z.enum(['column', 'row']).optional().describe('How the actor arranges its items (default column).'),
	scene: SceneKind.optional().describe('The scene that shows this actor (default: the scenario\'s scene).')
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
	layout: z.enum(['column', 'row']).optional().describe('How the item arranges its children (default column).')
	})
	.meta({ id: 'Item' });

export const TerminalLine = LocalizedText;

const AddAction = z.strictObject({
	do: z.literal('add'),
	item: Item,
	from: Id.optional().describe('Actor or item the new item visibly comes from (animation only).')
});
const UpdateAction = z.strictObject({
	do: z.literal('update'),
	id: Id,
	label: LocalizedText.optional(),
	set: Props.optional(),
	unset: z.array(z.string()).optional()
});
const RemoveAction = z.strictObject({
	do: z.literal('remove'),
	id: Id.describe('Removing an item removes everything inside it.')
});
const SendAction = z.strictObject({
	do: z.literal('send'),
	link: Id,
	label: LocalizedText.describe('The real call, e.g. GET /v2/library/busybox/manifests/latest'),
	reverse: z.boolean().optional().describe('true: the answer travels back from link.to to link.from.')
});
const PrintAction = z.strictObject({
	do: z.literal('print'),
	lines: z.array(TerminalLine).min(1).max(200)
});
const PromptAction = z.strictObject({
	do: z.literal('prompt'),
	text: z.string().max(80).describe('The new prompt for commands typed from now on, e.g. "/ # ".')
});
const ClearAction = z.strictObject({ do: z.literal('clear') });
const SceneAction = z.strictObject({
	do: z.literal('scene'),
	scene: SceneKind.describe('The scene to show from now on.'),
	zoom: Id.optional().describe('Actor or item the camera zooms through (e.g. the container whose house we enter).')
});
const FocusAction = z.strictObject({
	do: z.literal('focus'),
	ids: z.array(Id).describe('Actors or items to highlight during this step.')
});

export const Action = z.discriminatedUnion('do', [
	AddAction,
	UpdateAction,
	RemoveAction,
	SendAction,
	PrintAction,
	PromptAction,
	ClearAction,
	FocusAction,
	SceneAction
]);

export const Step = z.strictObject({
	id: Id,
	command: z.string().max(300).optional().describe('What is typed at the terminal; echoed after the prompt.'),
	caption: LocalizedText,
	notes: LocalizedText.optional().describe('Speaker notes for the teacher.'),
	actions: z.array(Action).max(500)
});

export const Scenario = z.strictObject({
	$schema: z.string().optional(),
	version: z.literal(1),
	id: Id,
	title: LocalizedText,
	summary: LocalizedText,
	scene: SceneKind,
	actors: z.array(Actor).min(1).max(12),
	links: z.array(Link).max(24),
	terminal: z
		.strictObject({
			actor: Id.describe('The actor whose terminal shows commands and output.'),
			prompt: z.string().max(80)
		})
		.optional(),
	initial: z.strictObject({
		items: z.array(Item).max(2000),
		lines: z.array(TerminalLine).max(200).optional()
	}),
	steps: z.array(Step).min(1).max(5000)
});

export type LocalizedText = z.infer<typeof LocalizedText>;
export type PropValue = z.infer<typeof PropValue>;
export type Props = z.infer<typeof Props>;
export type SceneKind = z.infer<typeof SceneKind>;
export type Actor = z.infer<typeof Actor>;
export type Link = z.infer<typeof Link>;
export type Item = z.infer<typeof Item>;
export type Action = z.infer<typeof Action>;
export type Step = z.infer<typeof Step>;
export type Scenario = z.infer<typeof Scenario>;
