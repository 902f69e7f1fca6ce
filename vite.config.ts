import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * The build fails on an invalid scenario with the same messages as `npm run validate`.
 * (The dev server does not: there the page shows the errors while an author edits.)
 */
function validateScenarios(): Plugin {
	return {
		name: 'banfang:validate-scenarios',
		apply: 'build',
		async buildStart() {
			if (process.env.VITEST) return;
			const { scenarioFiles, validateFile } = await import('./src/lib/scenario/load-dir');
			const { formatError } = await import('./src/lib/scenario/validate');
			const messages = scenarioFiles().flatMap((file) => {
				const result = validateFile(file);
				return result.ok ? [] : result.errors.map(formatError);
			});
			if (messages.length > 0) this.error(`invalid scenarios:\n${messages.join('\n')}`);
		}
	};
}

export default defineConfig({
	plugins: [validateScenarios(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
