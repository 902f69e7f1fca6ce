/**
 * The scenario format, version 1 — written once, here.
 * The TypeScript types (below), the runtime validator (validate.ts) and the published
 * JSON Schema (static/scenario.schema.json, via json-schema.ts) all derive from these
 * definitions. The format is generic: actors, items, links, messages and terminal lines.
 * Nothing here knows about Docker; a scene kind decides how things are drawn.
 */
import { z } from 'zod';
import { Action } from './actions-schema.ts';
import { Actor, Group, Id, Item, Link, LocalizedText, SceneKind, TerminalLine } from './schema-parts.ts';
import { Question } from './question-schema.ts';

export * from './schema-parts.ts';
export { Action, ACTION_NAMES, type ActionName, type ActionOf } from './actions-schema.ts';
export { Question, Choice } from './question-schema.ts';

export const Step = z.strictObject({
	id: Id,
	command: z.string().max(300).optional().describe('What is typed at the terminal; echoed after the prompt.'),
	terminal: Id.optional().describe("Which of the scenario's terminals the command is typed in (one of terminals[].id; default: the main terminal)."),
	caption: LocalizedText,
	notes: LocalizedText.optional().describe('Speaker notes for the teacher.'),
	question: Question.optional().describe('Asked before the step plays: the room predicts, then the step shows the answer.'),
	actions: z.array(Action).max(500)
});

export const Scenario = z.strictObject({
	$schema: z.string().optional(),
	version: z.literal(1),
	id: Id,
	title: LocalizedText,
	summary: LocalizedText,
	scene: SceneKind,
	groups: z.array(Group).max(8).optional().describe('Boxes that gather actors (a control plane, a node); an actor names its group.'),
	actors: z.array(Actor).min(1).max(12),
	links: z.array(Link).max(24),
	terminal: z
		.strictObject({
			actor: Id.describe('The actor whose terminal shows commands and output.'),
			prompt: z.string().max(80)
		})
		.optional(),
	terminals: z
		.array(
			z.strictObject({
				id: Id,
				title: LocalizedText.describe('The window title, e.g. "kubectl get pods -w".'),
				prompt: z.string().max(80)
			})
		)
		.min(1)
		.max(2)
		.optional()
		.describe('More terminals beside the main one (a watch in a second window); drawn in the band beside it. print, prompt, clear and a step\'s command name one by its id.'),
	initial: z.strictObject({
		items: z.array(Item).max(2000),
		lines: z.array(TerminalLine).max(200).optional(),
		streams: z
			.array(
				z.strictObject({
					id: Id,
					link: Id,
					label: LocalizedText.describe('The long-lived call, e.g. GET /api/v1/pods?watch=true'),
					reverse: z.boolean().optional()
				})
			)
			.max(48)
			.optional()
			.describe('Streams already open before step 1 (watches every component holds), as open-stream would open them.')
	}),
	steps: z.array(Step).min(1).max(5000)
});

export type Step = z.infer<typeof Step>;
export type Scenario = z.infer<typeof Scenario>;
