/**
 * Helpers for the player's end-to-end specs: which scenarios exist, how many steps a
 * player shows, waiting until the stage is at rest, and a snapshot of the stage's DOM.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';

export const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** Every scenario id shipped in scenarios/ (read when the specs are collected). */
export function scenarioIds(): string[] {
	return readdirSync(SCENARIO_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => f.replace(/\.json$/, ''));
}

type Localized = string | { zh: string; en: string };
export interface ScenarioFile {
	id: string;
	title: Localized;
	summary: Localized;
	steps: { caption: Localized; command?: string; notes?: Localized }[];
}

/** The scenario's JSON as shipped (for the texts the page should show). */
export function readScenario(id: string): ScenarioFile {
	return JSON.parse(readFileSync(join(SCENARIO_DIR, `${id}.json`), 'utf8')) as ScenarioFile;
}

export function text(value: Localized, lang: 'zh' | 'en'): string {
	return typeof value === 'string' ? value : value[lang];
}

export function playerUrl(id: string, params: { step?: number | string; lang?: string } = {}): string {
	const query = new URLSearchParams();
	if (params.step !== undefined) query.set('step', String(params.step));
	if (params.lang !== undefined) query.set('lang', params.lang);
	const search = query.toString();
	return `/s/${id}${search ? `?${search}` : ''}`;
}

/** The counter reads "N / count": returns both numbers. */
export async function readCounter(page: Page): Promise<{ step: number; count: number }> {
	const counter = page.getByTestId('counter');
	await expect(counter).toHaveText(/^\s*\d+\s*\/\s*\d+\s*$/);
	const match = /(\d+)\s*\/\s*(\d+)/.exec((await counter.textContent()) ?? '');
	if (!match) throw new Error('counter does not read "N / count"');
	return { step: Number(match[1]), count: Number(match[2]) };
}

export async function stepCount(page: Page): Promise<number> {
	return (await readCounter(page)).count;
}

/**
 * How long to wait for a transition to end. Generous on purpose: on a loaded machine GSAP's
 * lag smoothing stretches animations, and speed is measured elsewhere, not here.
 */
export const REST_TIMEOUT = 60_000;

/** Waits until the player is on step n and the stage has come to rest on it. */
export async function waitForRest(page: Page, n: number, timeout = REST_TIMEOUT): Promise<void> {
	await expect(page.getByTestId('player')).toHaveAttribute('data-step', String(n), { timeout });
	const stage = page.locator('svg.stage');
	await expect(stage).toHaveAttribute('data-shown', String(n), { timeout });
	await expect(stage).not.toHaveAttribute('data-busy', /.*/, { timeout });
}

/** Opens a player and waits for its stage to rest on the step the URL asks for. */
export async function openPlayer(page: Page, id: string, params: { step?: number; lang?: 'zh' | 'en' | 'both' } = {}): Promise<void> {
	await page.goto(playerUrl(id, params));
	await expect(page.getByTestId('player')).toBeVisible();
	await waitForRest(page, params.step ?? 0);
}

/** What the stage shows at rest, in a form two pages can be compared by. */
export interface StageSnapshot {
	/** data-item ids in document order (document order is also paint order). */
	items: string[];
	/** Each item's box on screen, rounded to whole pixels. */
	itemBoxes: Record<string, [number, number, number, number]>;
	/** data-message indices in document order. */
	messages: string[];
	/** The terminal's text, line by line (data-line index → text). */
	terminal: string[];
	/** The whole terminal panel's text (title, lines, prompt). */
	terminalText: string;
	/** Elements with an inline opacity strictly between 0 and 1 (half-drawn). */
	halfDrawn: string[];
}

export async function stageSnapshot(page: Page): Promise<StageSnapshot> {
	return page.locator('svg.stage').evaluate((svg) => {
		const describe = (el: Element) => {
			const keys = ['data-item', 'data-message', 'data-old-message', 'data-line', 'data-packet', 'data-item-flash', 'data-item-rect', 'data-actor'];
			const key = keys.find((k) => el.hasAttribute(k));
			return key ? `${el.tagName}[${key}=${el.getAttribute(key)}]` : `${el.tagName}.${el.getAttribute('class') ?? ''}`;
		};
		const items = [...svg.querySelectorAll('[data-item]')].map((el) => el.getAttribute('data-item') ?? '');
		const itemBoxes: Record<string, [number, number, number, number]> = {};
		for (const el of svg.querySelectorAll('[data-item]')) {
			const r = el.getBoundingClientRect();
			itemBoxes[el.getAttribute('data-item') ?? ''] = [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
		}
		const messages = [...svg.querySelectorAll('[data-message]')].map((el) => el.getAttribute('data-message') ?? '');
		const terminal = [...svg.querySelectorAll('[data-terminal] [data-line]')].map(
			(el) => `${el.getAttribute('data-line')}: ${el.textContent?.replace(/\s+/g, ' ').trim() ?? ''}`
		);
		const terminalText = svg.querySelector('[data-terminal]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
		const halfDrawn: string[] = [];
		for (const el of svg.querySelectorAll('*')) {
			const values = [(el as SVGElement).style?.opacity ?? '', el.getAttribute('opacity') ?? ''];
			for (const value of values) {
				if (value === '') continue;
				const o = Number(value);
				if (o > 0 && o < 1) halfDrawn.push(`${describe(el)} opacity=${value}`);
			}
		}
		return { items, itemBoxes, messages, terminal, terminalText, halfDrawn };
	});
}
