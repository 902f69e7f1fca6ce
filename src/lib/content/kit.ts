/**
 * Helpers for the per-scenario expectations (shipped.test.ts and the expect-*.ts modules):
 * reading a scenario's worlds, terminal lines and messages in plain terms.
 */
import { expect } from 'vitest';
import { allStates, stateAt } from '../engine/state-at.ts';
import type { ItemState, World } from '../engine/world.ts';
import type { LocalizedText, Scenario } from '../scenario/schema.ts';

export type Expectation = (s: Scenario) => void;

export const text = (t: LocalizedText, lang: 'zh' | 'en' = 'en'): string => (typeof t === 'string' ? t : t[lang]);
export const lines = (world: World): string[] => world.terminal.lines.map((l) => text(l.text));
export const final = (s: Scenario): World => stateAt(s, s.steps.length);
export const children = (world: World, id: string): ItemState[] => Object.values(world.items).filter((i) => i.in === id);
export const ofKind = (world: World, kind: string): string[] => Object.values(world.items).filter((i) => i.kind === kind).map((i) => i.id);
export const stepIndex = (s: Scenario, id: string): number => {
	const i = s.steps.findIndex((step) => step.id === id);
	if (i < 0) throw new Error(`${s.id} has no step "${id}"`);
	return i;
};
/** Terminal lines a step added (its command line, if any, and what it printed). */
export const linesOfStep = (s: Scenario, index: number): string[] => lines(stateAt(s, index + 1)).slice(lines(stateAt(s, index)).length);
/** Every message of every step, with the step's index. */
export const messages = (s: Scenario) => allStates(s).flatMap((w, i) => w.messages.map((m) => ({ step: i - 1, link: m.link, label: text(m.label), reverse: m.reverse })));
export const indicesOf = (s: Scenario, command: string): number[] => s.steps.flatMap((step, i) => (step.command === command ? [i] : []));

export function expectItem(world: World, id: string, fields: { kind?: string; in?: string; label?: string }) {
	const item = world.items[id];
	expect(item, `item "${id}"`).toBeDefined();
	if (fields.kind) expect(item!.kind).toBe(fields.kind);
	if (fields.in) expect(item!.in).toBe(fields.in);
	if (fields.label) expect(text(item!.label)).toBe(fields.label);
}

