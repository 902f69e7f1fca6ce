/**
 * The actions a step may hold — the format's verbs. Each one's meaning (its referential
 * problems, how it changes the world, the effects it reports) is defined once, in
 * src/lib/engine/actions/<name>.ts; that table must name every action listed here, or it
 * does not compile.
 */
import { z } from 'zod';
import { Id, Item, LocalizedText, Props, SceneKind, TerminalLine } from './schema-parts.ts';

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
	unset: z.array(z.string()).optional(),
	refs: z.array(Id).max(16).optional().describe('The items it refers to from now on (replaces its refs; [] drops them).')
});
const RemoveAction = z.strictObject({
	do: z.literal('remove'),
	id: Id.describe('Removing an item removes everything inside it. An item another item refers to (refs) cannot be removed.')
});
const MoveAction = z.strictObject({
	do: z.literal('move'),
	id: Id.describe('The item to move, with everything inside it.'),
	to: Id.describe('The actor or item that holds it from now on.')
});
const SendAction = z.strictObject({
	do: z.literal('send'),
	link: Id,
	label: LocalizedText.describe('The real call, e.g. GET /v2/library/busybox/manifests/latest'),
	reverse: z.boolean().optional().describe('true: the answer travels back from link.to to link.from.'),
	together: z.boolean().optional().describe('true: travels at the same moment as the send before it in this step.')
});
const OpenStreamAction = z.strictObject({
	do: z.literal('open-stream'),
	id: Id.describe('Names the stream, so that close-stream can end it.'),
	link: Id,
	label: LocalizedText.describe('The long-lived call, e.g. GET /api/v1/pods?watch=true'),
	reverse: z.boolean().optional().describe('true: the stream was opened by link.to.')
});
const CloseStreamAction = z.strictObject({
	do: z.literal('close-stream'),
	id: Id
});
/** Which terminal an action writes to: one of the scenario's `terminals`, or (absent) the main one. */
const TerminalRef = Id.optional().describe("One of the scenario's terminals[].id (default: the main terminal).");
const PrintAction = z.strictObject({
	do: z.literal('print'),
	lines: z.array(TerminalLine).min(1).max(200),
	terminal: TerminalRef
});
const PromptAction = z.strictObject({
	do: z.literal('prompt'),
	text: z.string().max(80).describe('The new prompt for commands typed from now on, e.g. "/ # ".'),
	terminal: TerminalRef
});
const ClearAction = z.strictObject({ do: z.literal('clear'), terminal: TerminalRef });
const ShowFileAction = z.strictObject({
	do: z.literal('show-file'),
	title: LocalizedText.describe('The file name shown on the panel, e.g. nginx-deploy.yaml'),
	lines: z.array(TerminalLine).min(1).max(200).describe("The file's lines, shown beside the terminal until hide-file.")
});
const HideFileAction = z.strictObject({ do: z.literal('hide-file') });
const SceneAction = z.strictObject({
	do: z.literal('scene'),
	scene: SceneKind.describe('The scene to show from now on.'),
	zoom: Id.optional().describe('Actor or item the camera zooms through (e.g. the container whose house we enter).')
});
const FocusAction = z.strictObject({
	do: z.literal('focus'),
	ids: z.array(Id).describe('Actors or items to highlight during this step.'),
	numbered: z
		.boolean()
		.optional()
		.describe('Number the ids ①, ②, ③… on the stage, in this order: the caption names each with its number, where the step tells more than one thing at once.')
});

export const Action = z.discriminatedUnion('do', [
	AddAction,
	UpdateAction,
	RemoveAction,
	MoveAction,
	SendAction,
	OpenStreamAction,
	CloseStreamAction,
	PrintAction,
	PromptAction,
	ClearAction,
	ShowFileAction,
	HideFileAction,
	FocusAction,
	SceneAction
]);

export type Action = z.infer<typeof Action>;
export type ActionName = Action['do'];
export type ActionOf<K extends ActionName> = Extract<Action, { do: K }>;

/** Every action's name, read from the schema (messages list them; nothing hard-codes them). */
export const ACTION_NAMES: readonly ActionName[] = Action.options.map((o) => o.shape.do.value);
