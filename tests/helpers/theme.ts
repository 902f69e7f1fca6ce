/** Opening a page in a given theme, as a returning visitor who chose it would. */
import { expect, type Page } from '@playwright/test';

export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];

/** Saves the theme before any page script runs (as preferences.svelte.ts would have). */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
	await page.addInitScript((t) => {
		const saved = JSON.parse(localStorage.getItem('banfang:prefs') ?? '{}') as Record<string, unknown>;
		if (!saved.theme) localStorage.setItem('banfang:prefs', JSON.stringify({ ...saved, theme: t }));
	}, theme);
}

/** The theme the page shows: <html data-theme>, absent for light. */
export async function expectTheme(page: Page, theme: Theme): Promise<void> {
	if (theme === 'light') await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.*/);
	else await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}
