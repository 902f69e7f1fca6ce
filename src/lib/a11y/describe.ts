/**
 * Text for screen readers: what a step changed (describe-step.ts) and what the stage holds
 * at rest (describe-world.ts), in Chinese and English, with the words of words.ts.
 */
export { describeStep } from './describe-step.ts';
export { describeWorld, ITEMS_PER_ACTOR } from './describe-world.ts';
export { itemPhrase, kindWord, KIND_WORDS, type KindWord } from './words.ts';
