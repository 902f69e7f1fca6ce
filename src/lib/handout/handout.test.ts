/**
 * Handout.svelte rendered on the server, as the prerendered page is. No shipped step lacks
 * notes today, so the "no notes, no Notes block" rule is checked on an edited copy.
 */
import { render } from 'svelte/server';
import { expect, it } from 'vitest';
import { validateFile } from '../scenario/load-dir.ts';
import type { Scenario } from '../scenario/schema.ts';
import Handout from './Handout.svelte';

function dockerPull(): Scenario {
	const result = validateFile('scenarios/docker-pull.json');
	if (!result.ok) throw new Error('docker-pull.json is not valid');
	return result.scenario;
}

const count = (html: string, needle: string) => html.split(needle).length - 1;

it('renders one page per step plus the start, each with a still stage', () => {
	const scenario = dockerPull();
	const { body } = render(Handout, { props: { scenario, lang: 'en' } });
	expect(count(body, 'class="handout-page')).toBe(scenario.steps.length + 1);
	expect(count(body, '<svg')).toBeGreaterThanOrEqual(scenario.steps.length + 1);
	expect(body).toContain(`Step ${scenario.steps.length} / ${scenario.steps.length}`);
});

it('omits the notes block of a step that has none, and the command of a step that types none', () => {
	const scenario = dockerPull();
	const withNotes = scenario.steps.filter((s) => s.notes).length;
	delete scenario.steps[1]!.notes;
	const { body } = render(Handout, { props: { scenario, lang: 'zh' } });
	// Page 0 (the start) has no notes either.
	expect(count(body, 'data-testid="handout-notes"')).toBe(withNotes - 1);
	expect(count(body, '讲解提示')).toBe(withNotes - 1);
	expect(count(body, 'data-testid="handout-command"')).toBe(scenario.steps.filter((s) => s.command).length);
});

it('renders scenario text as text, not markup', () => {
	const scenario = dockerPull();
	scenario.steps[0]!.caption = '<b>bold</b> & co';
	const { body } = render(Handout, { props: { scenario, lang: 'en' } });
	expect(body).toContain('&lt;b>bold&lt;/b> &amp; co');
	expect(body).not.toContain('<b>bold</b>');
});
