import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import { codePointsOf, keepNeededSlices } from './src/lib/fonts/font-slices.ts';
import { scenarioFiles, validateFile } from './src/lib/scenario/load-dir.ts';
import { formatError } from './src/lib/scenario/validate.ts';
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
			const messages = scenarioFiles().flatMap((file) => {
				const result = validateFile(file);
				return result.ok ? [] : result.errors.map(formatError);
			});
			if (messages.length > 0) this.error(`invalid scenarios:\n${messages.join('\n')}`);
		}
	};
}

/** Every file whose text the app draws: scenarios and the interface's own words (tests draw nothing). */
function textSources(): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? walk(join(dir, e.name)) : /\.(json|ts|svelte)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []
		);
	return [...walk('scenarios'), ...walk('src')];
}

/**
 * `import 'virtual:banfang-fonts.css'` gives the self-hosted fonts (a classroom may be
 * offline), trimmed to the Noto Sans SC slices our text uses (see font-slices.ts).
 */
function trimmedFonts(): Plugin {
	const id = 'virtual:banfang-fonts.css';
	const sheets = ['@fontsource/noto-sans-sc/400.css', '@fontsource/noto-sans-sc/700.css', '@fontsource/jetbrains-mono/400.css', '@fontsource/jetbrains-mono/700.css'];
	return {
		name: 'banfang:trimmed-fonts',
		resolveId: (source) => (source === id ? '\0' + id + '.css' : undefined),
		async load(resolved) {
			if (resolved !== '\0' + id + '.css') return;
			const sources = textSources();
			for (const file of sources) this.addWatchFile(file);
			const points = codePointsOf(sources.map((f) => readFileSync(f, 'utf8')));
			return sheets
				.map((sheet) => {
					const dir = dirname(`/node_modules/${sheet}`);
					return keepNeededSlices(readFileSync(`node_modules/${sheet}`, 'utf8'), points, (url) => `${dir}/${url.replace(/^\.\//, '')}`);
				})
				.join('\n');
		}
	};
}

export default defineConfig({
	plugins: [validateScenarios(), trimmedFonts(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Property tests run hundreds of cases; on a loaded 2-core machine 5 s is not enough (no speed is tested here).
		testTimeout: 60_000
	}
});
