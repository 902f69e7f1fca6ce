/**
 * The build fails on an invalid scenario with the same messages as `npm run validate`;
 * the dev server only warns, so the page can show the errors while an author edits.
 */
import type { Plugin } from 'vite';
import { formatError } from '../src/lib/scenario/validate';
import { scenarioFiles, validateFile } from '../src/lib/scenario/load-dir';

export function validateScenariosPlugin(): Plugin {
	let command: 'build' | 'serve' = 'serve';
	return {
		name: 'banfang:validate-scenarios',
		configResolved(config) {
			command = config.command;
		},
		buildStart() {
			if (command !== 'build' || process.env.VITEST) return;
			const messages = scenarioFiles().flatMap((file) => {
				const result = validateFile(file);
				return result.ok ? [] : result.errors.map(formatError);
			});
			if (messages.length > 0) this.error(`invalid scenarios:\n${messages.join('\n')}`);
		}
	};
}
