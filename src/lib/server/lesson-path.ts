/**
 * The path through the lesson: its chapters in the order the lesson teaches them, each with
 * its scenarios, and the step whose picture stands for a scenario on the gallery (its hero:
 * the moment that shows what it is about, so no two cards look alike). The gallery numbers
 * the scenarios along this path; a scenario not on it (a teacher's own) follows, unnumbered.
 */
import type { LocalizedText } from '../scenario/schema.ts';

export interface PathStop {
	id: string;
	/** The step the gallery draws (1-based, as the player counts). */
	hero: number;
}

export interface Chapter {
	title: LocalizedText;
	stops: PathStop[];
}

export const LESSON_PATH: Chapter[] = [
	{
		title: { zh: 'Docker 怎么用', en: 'Using Docker' },
		stops: [
			{ id: 'docker-architecture', hero: 2 },
			{ id: 'docker-pull', hero: 3 },
			{ id: 'docker-images', hero: 2 },
			{ id: 'docker-run-echo', hero: 4 },
			{ id: 'docker-ps', hero: 5 }
		]
	},
	{
		title: { zh: '容器的本质', en: 'What a container is' },
		stops: [
			{ id: 'what-is-a-container', hero: 4 },
			{ id: 'docker-run-alpine', hero: 7 }
		]
	},
	{
		title: { zh: '容器与虚拟机', en: 'Containers and virtual machines' },
		stops: [{ id: 'container-vs-vm', hero: 5 }]
	},
	{
		title: { zh: '隔离是怎么做到的', en: 'How isolation works' },
		stops: [
			{ id: 'isolation-history', hero: 6 },
			{ id: 'board-house', hero: 16 },
			{ id: 'who-builds-the-house', hero: 5 }
		]
	},
	{
		title: { zh: '下一课：Kubernetes', en: 'Next: Kubernetes' },
		stops: [{ id: 'kubectl-apply', hero: 10 }]
	}
];

/** Every scenario id on the path, in order. */
export const PATH_IDS: string[] = LESSON_PATH.flatMap((c) => c.stops.map((s) => s.id));
