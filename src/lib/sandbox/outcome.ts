/**
 * What one typed line did: the new state, what the terminal prints, the messages on the
 * wires (client ⇄ daemon over the REST API, daemon ⇄ registry over HTTPS) and a story the
 * captions are written from. A refused command keeps the state it was given.
 */
import type { Sandbox } from './sandbox-state.ts';

export interface Wire {
	link: 'api' | 'hub';
	label: string;
	/** An answer, travelling back. */
	reverse?: true;
}

export type Story =
	| { kind: 'refused'; command: string }
	| { kind: 'help'; command: string }
	| { kind: 'version' }
	| { kind: 'pull'; ref: string; layers: number; had: boolean }
	| { kind: 'images'; count: number }
	| { kind: 'run'; ref: string; name: string; pulled: boolean; detach: boolean; exitCode?: number; shell: boolean; removed: boolean }
	| { kind: 'ps'; all: boolean; count: number }
	| { kind: 'lifecycle'; verb: 'start' | 'stop' | 'kill' | 'restart'; names: string[] }
	| { kind: 'rm'; names: string[] }
	| { kind: 'rmi'; refs: string[] }
	| { kind: 'logs'; name: string }
	| { kind: 'exec'; name: string; shell: boolean }
	| { kind: 'inspect'; names: string[] }
	| { kind: 'inside'; program: string; container: string }
	| { kind: 'exit'; container: string; code: number; stopped: boolean }
	| { kind: 'not-docker'; word: string }
	| { kind: 'unsupported'; what: string }
	| { kind: 'empty' };

export interface Outcome {
	sandbox: Sandbox;
	lines: string[];
	wire: Wire[];
	story: Story;
	/** The prompt from now on (entering or leaving a container's shell). */
	prompt?: string;
}
