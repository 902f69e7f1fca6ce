/**
 * End-to-end tests: `npm run e2e` (after `npm run build`; `npm test` does both).
 * The browser is chosen in scripts/browser.ts: BANFANG_CHROMIUM, then /usr/bin/chromium,
 * then Playwright's own download.
 * BANFANG_E2E_BUILD=1 makes the web server build first, for a tree with no build yet;
 * BANFANG_E2E_PORT serves on another port than 4173 (when 4173 is taken).
 */
import { defineConfig, devices } from '@playwright/test';
import { findChromium, launchOptions } from './scripts/browser';

const CI = !!process.env.CI;
const PORT = Number(process.env.BANFANG_E2E_PORT || 4173);
const baseURL = `http://localhost:${PORT}`;
const preview = `npm run preview -- --port ${PORT} --strictPort`;
const buildFirst = !!process.env.BANFANG_E2E_BUILD;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	outputDir: 'test-results',
	workers: 2,
	retries: 0,
	// A loaded 2-core machine (CI shares it) can take seconds to hydrate a page of 22 stages; this is no speed test.
	expect: { timeout: 15_000 },
	forbidOnly: CI,
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
	use: {
		baseURL,
		viewport: { width: 1280, height: 720 },
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1280, height: 720 },
				launchOptions: launchOptions(findChromium())
			}
		}
	],
	webServer: {
		command: buildFirst ? `npm run build && ${preview}` : preview,
		url: baseURL,
		reuseExistingServer: !CI,
		timeout: (buildFirst ? 300 : 60) * 1000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
