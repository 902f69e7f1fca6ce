/**
 * What each action did, as the engine reports it: the trace a step leaves besides its
 * world. The stage's plan turns effects into beats (it never re-runs the actions), the
 * screen reader can read them, and a program feeding the engine can check them.
 */
import type { LocalizedText, SceneKind } from '../scenario/schema.ts';

export type Effect =
	/** The step's command was typed, as line `line` of its terminal (`terminal`: one of the scenario's terminals; absent: the main one). */
	| { kind: 'typed'; line: number; command: string; terminal?: string }
	| { kind: 'added'; id: string; itemKind: string; from?: string }
	| { kind: 'updated'; id: string }
	/** The removed item and everything inside it, in drawing order. */
	| { kind: 'removed'; ids: string[] }
	| { kind: 'moved'; id: string; from: string; to: string }
	/** Message `index` of the world's messages; `together` with the send before it. */
	| { kind: 'sent'; index: number; link: string; together: boolean }
	| { kind: 'stream-opened'; id: string; link: string }
	| { kind: 'stream-closed'; id: string; link: string }
	/** Terminal lines first … first + count - 1 were printed (in `terminal`, as for typed). */
	| { kind: 'printed'; first: number; count: number; terminal?: string }
	| { kind: 'cleared'; erased: number; terminal?: string }
	| { kind: 'prompted'; prompt: string; terminal?: string }
	| { kind: 'file-shown'; title: LocalizedText }
	| { kind: 'file-hidden' }
	| { kind: 'focused'; ids: string[] }
	| { kind: 'scene-changed'; from: SceneKind; to: SceneKind; zoom?: string };

export type EffectKind = Effect['kind'];

/** Thrown at compile time when a switch over a union misses a case (as tldraw's exhaustiveSwitchError). */
export function unreachable(value: never): never {
	throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
