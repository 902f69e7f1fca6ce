import type { ActionDefinition } from './definition.ts';

export const hideFile: ActionDefinition<'hide-file'> = {
	problems: (_, world) => (world.file ? [] : [{ path: [], message: 'no file is shown at this step (show-file shows one)' }]),
	apply: (_, world) => ({ world: { ...world, file: null }, effects: [{ kind: 'file-hidden' }] })
};
