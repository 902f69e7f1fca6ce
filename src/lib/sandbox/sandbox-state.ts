/**
 * The simulated Docker's world: the daemon's local images and containers, the clock, and,
 * while the learner is inside a container's shell, which one. Plain data, never mutated:
 * every command returns a new state (a refused command returns the same one).
 */
import type { CatalogImage } from './catalog.ts';

export interface LocalImage {
	/** Repository and tag as the daemon stores them ("busybox", "latest"). */
	name: string;
	tag: string;
	image: CatalogImage;
	/** When it was pulled (the session's clock, in seconds). */
	pulledAt: number;
	/** Its last tag was removed while a container still used it: docker images lists it as <none> <none>. */
	dangling?: true;
}

export interface PortMapping {
	host: number;
	container: number;
	proto: 'tcp' | 'udp';
}

export interface Container {
	/** 64 hex; docker shows the first 12. */
	id: string;
	name: string;
	/** The image as it was asked for ("alpine", "nginx:1.23"): docker ps shows it so. */
	imageRef: string;
	image: CatalogImage;
	/** The process: what runs as PID 1, and its arguments. */
	command: string[];
	state: 'created' | 'running' | 'exited';
	exitCode: number;
	createdAt: number;
	startedAt?: number;
	finishedAt?: number;
	/** A process that ends by itself this many seconds after it starts (sleep 5), else it runs until stopped. */
	runsFor?: number;
	options: {
		detach: boolean;
		interactive: boolean;
		tty: boolean;
		autoRemove: boolean;
		env: string[];
		ports: PortMapping[];
		/** Bytes, CPUs, processes; undefined: no limit. */
		memory?: number;
		cpus?: number;
		pidsLimit?: number;
	};
	/** What the process wrote (docker logs replays it). */
	logs: string[];
}

export interface Sandbox {
	/** Seconds since the session began (each command takes a few). */
	clock: number;
	/** How many ids docker has made so far (the next id and name follow from it). */
	made: number;
	images: LocalImage[];
	containers: Container[];
	/** The container whose shell the terminal is in (docker run -it, docker exec -it), if any. */
	inside?: { container: string; shell: string; exec: boolean };
}

export const EMPTY_SANDBOX: Sandbox = { clock: 0, made: 0, images: [], containers: [] };

/** "alpine" → "alpine:latest"; keeps a tag that is given. */
export function withTag(ref: string): string {
	const slash = ref.lastIndexOf('/');
	return ref.slice(slash + 1).includes(':') ? ref : `${ref}:latest`;
}

/** The container a name, a full id or a unique id prefix names (as docker resolves them). */
export function findContainer(sandbox: Sandbox, ref: string): Container | undefined {
	if (ref === '') return undefined;
	const byName = sandbox.containers.find((c) => c.name === ref || c.name === ref.replace(/^\//, ''));
	if (byName) return byName;
	const byId = sandbox.containers.filter((c) => c.id.startsWith(ref.toLowerCase()));
	return byId.length === 1 ? byId[0] : undefined;
}

/** At most this many lines make a session (a scenario holds at most 5,000 steps; a link stays shareable). */
export const MAX_SESSION_LINES = 2000;
