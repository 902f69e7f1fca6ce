import type { Page } from '@playwright/test';

/**
 * Collects what would show as red in the browser's console: console.error() calls and
 * uncaught exceptions. Attach before page.goto(); the returned array fills as the page runs.
 *
 *   const errors = collectConsoleErrors(page);
 *   await page.goto('/');
 *   …
 *   expect(errors).toEqual([]);
 */
export function collectConsoleErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const { url, lineNumber } = message.location();
		errors.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
	});
	page.on('pageerror', (error) => {
		errors.push(`pageerror: ${error.stack ?? error.message}`);
	});
	return errors;
}
