/**
 * Every action, defined once: the schema lists the verbs (actions-schema.ts), this table
 * gives each its meaning. A verb added to the schema without a definition here, or a
 * definition missing a part, does not compile.
 */
import type { ActionName } from '../../scenario/schema.ts';
import type { ActionDefinition } from './definition.ts';
import { add } from './add.ts';
import { update } from './update.ts';
import { remove } from './remove.ts';
import { move } from './move.ts';
import { send } from './send.ts';
import { openStream } from './open-stream.ts';
import { closeStream } from './close-stream.ts';
import { print } from './print.ts';
import { prompt } from './prompt.ts';
import { clear } from './clear.ts';
import { showFile } from './show-file.ts';
import { hideFile } from './hide-file.ts';
import { focus } from './focus.ts';
import { scene } from './scene.ts';

export const ACTIONS = {
	add,
	update,
	remove,
	move,
	send,
	'open-stream': openStream,
	'close-stream': closeStream,
	print,
	prompt,
	clear,
	'show-file': showFile,
	'hide-file': hideFile,
	focus,
	scene
} satisfies { [K in ActionName]: ActionDefinition<K> };

export { contextOf, type ActionContext, type ActionProblem, type Applied } from './definition.ts';
