import { describe, expect, it } from 'vitest';
import type { Scenario } from '../scenario/schema.ts';
import { answer, move, QUIZ_START, score, setOn, skip } from './quiz-state.ts';

const q = { prompt: 'Who pulls?', choices: [{ text: 'the client' }, { text: 'the daemon', right: true }], explanation: 'The daemon.' };
/** Four steps; steps 2 and 3 ask. */
const scenario = { steps: [{ caption: 'a' }, { caption: 'b', question: q }, { caption: 'c', question: q }, { caption: 'd' }] } as unknown as Scenario;

describe('the quiz', () => {
	it('asks before a step with a question plays, then plays it on the answer and says if it was right', () => {
		let r = move(QUIZ_START, scenario, 0, 1);
		expect(r).toMatchObject({ play: true, state: { phase: { kind: 'idle' } } });
		r = move(r.state, scenario, 1, 2);
		expect(r).toMatchObject({ play: false, state: { phase: { kind: 'asking', step: 2 } } });
		const wrong = answer(r.state, scenario, 0);
		expect(wrong).toMatchObject({ play: true, state: { phase: { kind: 'revealed', step: 2, picked: 0, right: false } } });
		const right = answer(r.state, scenario, 1);
		expect(right.state.phase).toEqual({ kind: 'revealed', step: 2, picked: 1, right: true });
		expect(answer(r.state, scenario, 7).play).toBe(false);
	});

	it('never asks again going back, nor on a jump, nor when off; → skips', () => {
		const asked = answer(move(QUIZ_START, scenario, 1, 2).state, scenario, 1).state;
		expect(move(asked, scenario, 2, 1)).toMatchObject({ play: true, state: { phase: { kind: 'idle' } } });
		expect(move(asked, scenario, 1, 2).play).toBe(true);
		expect(move(QUIZ_START, scenario, 0, 3).play).toBe(true);
		expect(move(setOn(QUIZ_START, false), scenario, 1, 2).play).toBe(true);
		const skipped = skip(move(QUIZ_START, scenario, 2, 3).state);
		expect(skipped).toMatchObject({ play: true, state: { phase: { kind: 'revealed', step: 3, picked: null, right: null } } });
		expect(skip(QUIZ_START).play).toBe(false);
	});

	it('scores right at first try of the questions asked', () => {
		let s = answer(move(QUIZ_START, scenario, 1, 2).state, scenario, 1).state;
		s = skip(move(s, scenario, 2, 3).state).state;
		expect(score(s)).toEqual({ right: 1, asked: 2 });
		expect(score(QUIZ_START)).toEqual({ right: 0, asked: 0 });
	});
});
