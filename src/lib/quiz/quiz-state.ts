/**
 * Predict, then see: the state machine of a scenario's questions, apart from any view.
 * Stepping forward onto a step with a question asks it before the step plays; an answer
 * (or a skip) reveals and plays it. Going back never asks again, a jump past a question skips
 * it, and with questions off nothing is asked. The score counts right at first try of asked.
 * Pure: every function returns a new state and whether the step may play now.
 */
import type { Scenario } from '../scenario/schema.ts';

export type QuizPhase =
	/** Nothing asked: steps play as they come. */
	| { kind: 'idle' }
	/** The stage waits before step `step` (1-based, as the player counts) for an answer. */
	| { kind: 'asking'; step: number }
	/** Step `step` played after the answer: the picture says whether `picked` was right. */
	| { kind: 'revealed'; step: number; picked: number | null; right: boolean | null };

export interface QuizState {
	on: boolean;
	phase: QuizPhase;
	/** What was answered at each step the first time it was asked (null: skipped). */
	answers: Readonly<Record<number, { picked: number | null; right: boolean | null }>>;
}

export const QUIZ_START: QuizState = { on: true, phase: { kind: 'idle' }, answers: {} };

/** The question step n (1-based) asks before it plays, if any. */
export function questionAt(scenario: Scenario, n: number) {
	return n >= 1 ? scenario.steps[n - 1]?.question : undefined;
}

/**
 * The player asks to go from step `from` to step `to`. One step forward onto a question not
 * yet asked stops there (`play: false`: the stage stays on `from` and shows the question).
 */
export function move(state: QuizState, scenario: Scenario, from: number, to: number): { state: QuizState; play: boolean } {
	const settled: QuizState = state.phase.kind === 'idle' ? state : { ...state, phase: { kind: 'idle' } };
	if (!state.on || to !== from + 1 || !questionAt(scenario, to) || to in state.answers) return { state: settled, play: true };
	return { state: { ...settled, phase: { kind: 'asking', step: to } }, play: false };
}

function isRight(scenario: Scenario, step: number, picked: number): boolean {
	return questionAt(scenario, step)?.choices[picked]?.right === true;
}

/** The room's answer (choice index, 0-based): the step plays and the result shows. */
export function answer(state: QuizState, scenario: Scenario, picked: number): { state: QuizState; play: boolean } {
	if (state.phase.kind !== 'asking') return { state, play: false };
	const step = state.phase.step;
	const count = questionAt(scenario, step)?.choices.length ?? 0;
	if (!Number.isInteger(picked) || picked < 0 || picked >= count) return { state, play: false };
	const right = isRight(scenario, step, picked);
	return { state: { ...state, phase: { kind: 'revealed', step, picked, right }, answers: { ...state.answers, [step]: { picked, right } } }, play: true };
}

/** → while asking: no answer, the step plays and its answer is shown. */
export function skip(state: QuizState): { state: QuizState; play: boolean } {
	if (state.phase.kind !== 'asking') return { state, play: false };
	const step = state.phase.step;
	return { state: { ...state, phase: { kind: 'revealed', step, picked: null, right: null }, answers: { ...state.answers, [step]: { picked: null, right: null } } }, play: true };
}

export function setOn(state: QuizState, on: boolean): QuizState {
	return { ...state, on, phase: on ? state.phase : { kind: 'idle' } };
}

/** Right at first try, of the questions asked (skipped ones count as asked). */
export function score(state: QuizState): { right: number; asked: number } {
	const all = Object.values(state.answers);
	return { right: all.filter((a) => a.right === true).length, asked: all.length };
}
