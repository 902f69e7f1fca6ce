import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { validateScenariosPlugin } from './scripts/vite-validate-scenarios';

export default defineConfig({
	plugins: [validateScenariosPlugin(), sveltekit()],
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
