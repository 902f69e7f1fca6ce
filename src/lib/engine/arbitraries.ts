/**
 * fast-check generators for scenarios, shared by the property tests.
 *
 * `validScenario` builds scenarios that are valid by construction: a blueprint of random
 * choices is interpreted against a model of the world (which item ids exist, and inside
 * what), so that update/remove only name existing items, add uses fresh ids (or ids removed
 * earlier), `in`/`from`/focus name an actor or an existing item, and send uses real links.
 * The model is written here independently of the engine, so it doubles as an oracle:
 * `scenarioCase` also returns the item ids (in drawing order) after every step.
 *
 * `looseAction` builds well-typed actions with arbitrary references (missing ids, ids of
 * Object.prototype members, "__proto__", …) for "the engine never throws" tests.
 */
import fc from 'fast-check';
import type { Action, Item, Scenario, SceneKind, Step } from '../scenario/schema.ts';
import { SCENE_KINDS } from '../stage/scenes/registry.ts';
import type { GeneratedActors, SceneRules } from './generated-scene-rules.ts';

import { defined, plain, ACTOR_IDS, ITEM_IDS, STREAM_IDS, localizedText, promptText, commandText, kindText, layout, props, unsetKeys, itemBody } from './arbitrary-parts.ts';

export { ITEM_IDS, localizedText } from './arbitrary-parts.ts';
export { looseAction, looseId, looseStep } from './arbitraries-loose.ts';

// Blueprints: random choices (`pick`s are indexes taken modulo whatever is available).
const addSeed = fc.record(
	{ do: fc.constant('add' as const), id: fc.nat(), parent: fc.nat(), from: fc.option(fc.nat(), { nil: undefined }), refs: fc.array(fc.nat(), { maxLength: 2 }), body: itemBody },
	{ noNullPrototype: true, requiredKeys: ['do', 'id', 'parent', 'body'] }
);
const actionSeed = fc.oneof(
	{ weight: 4, arbitrary: addSeed },
	{
		weight: 2,
		arbitrary: fc.record(
			{ do: fc.constant('update' as const), pick: fc.nat(), label: localizedText, set: props, unset: unsetKeys },
			{ noNullPrototype: true, requiredKeys: ['do', 'pick'] }
		)
	},
	{ weight: 2, arbitrary: fc.record({ do: fc.constant('remove' as const), pick: fc.nat() }, plain) },
	{
		weight: 2,
		arbitrary: fc.record(
			{ do: fc.constant('send' as const), pick: fc.nat(), label: localizedText, reverse: fc.boolean(), together: fc.boolean() },
			{ noNullPrototype: true, requiredKeys: ['do', 'pick', 'label'] }
		)
	},
	// `terminal`: a pick among the main terminal (0) and the scenario's others.
	{ weight: 2, arbitrary: fc.record({ do: fc.constant('print' as const), lines: fc.array(localizedText, { minLength: 1, maxLength: 3 }), terminal: fc.nat() }, plain) },
	{ weight: 1, arbitrary: fc.record({ do: fc.constant('prompt' as const), text: promptText, terminal: fc.nat() }, plain) },
	{ weight: 1, arbitrary: fc.record({ do: fc.constant('clear' as const), terminal: fc.nat() }, plain) },
	{ weight: 1, arbitrary: fc.record({ do: fc.constant('focus' as const), picks: fc.array(fc.nat(), { maxLength: 3 }) }, plain) },
	{ weight: 1, arbitrary: fc.record({ do: fc.constant('move' as const), pick: fc.nat(), to: fc.nat() }, plain) },
	{ weight: 1, arbitrary: fc.record({ do: fc.constant('open-stream' as const), pick: fc.nat(), id: fc.nat(), label: localizedText, reverse: fc.boolean() }, plain) },
	{ weight: 1, arbitrary: fc.record({ do: fc.constant('close-stream' as const), pick: fc.nat() }, plain) },
	{ weight: 1, arbitrary: fc.record({ do: fc.constant('show-file' as const), title: localizedText, lines: fc.array(localizedText, { minLength: 1, maxLength: 4 }) }, plain) },
	{ weight: 1, arbitrary: fc.record({ do: fc.constant('hide-file' as const) }, plain) },
	{ weight: 1, arbitrary: fc.record({ do: fc.constant('scene' as const), scene: fc.constantFrom(...SCENE_KINDS), zoom: fc.option(fc.nat(), { nil: undefined }) }, plain) }
);
type AddSeed = typeof addSeed extends fc.Arbitrary<infer T> ? T : never;
type ActionSeed = typeof actionSeed extends fc.Arbitrary<infer T> ? T : never;

/** A caption with no circled number: ①, ②… name a numbered focus, which generated steps do not have. */
const captionText = localizedText.filter((t) => !/[\u2460-\u2473]/.test(typeof t === 'string' ? t : t.zh + t.en));

const stepSeed = fc.record(
	{
		command: commandText,
		terminal: fc.nat(),
		caption: captionText,
		notes: localizedText,
		actions: fc.array(actionSeed, { maxLength: 6 })
	},
	{ noNullPrototype: true, requiredKeys: ['caption', 'actions'] }
);

const blueprint = fc.record({
	actorCount: fc.integer({ min: 1, max: ACTOR_IDS.length }),
	actors: fc.array(
		fc.record({ kind: kindText, label: localizedText, sublabel: localizedText, layout }, { noNullPrototype: true, requiredKeys: ['kind', 'label'] }),
		{ minLength: ACTOR_IDS.length, maxLength: ACTOR_IDS.length }
	),
	links: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), label: localizedText }, { noNullPrototype: true, requiredKeys: ['from', 'to'] }), { maxLength: 4 }),
	terminal: fc.option(fc.record({ actor: fc.nat(), prompt: promptText }, plain), { nil: undefined }),
	otherTerminals: fc.array(fc.record({ title: localizedText, prompt: promptText }, plain), { maxLength: 2 }),
	initialItems: fc.array(addSeed, { maxLength: 6 }),
	initialLines: fc.option(fc.array(localizedText, { maxLength: 3 }), { nil: undefined }),
	title: localizedText,
	summary: localizedText,
	schemaRef: fc.option(fc.constant('../static/scenario.schema.json'), { nil: undefined }),
	steps: fc.array(stepSeed, { minLength: 1, maxLength: 25 }),
	scene: fc.constantFrom(...SCENE_KINDS),
	/** Per actor: the scene it names (undefined: the scenario's), and its group (a pick; 0 = none). */
	actorScenes: fc.array(fc.option(fc.constantFrom(...SCENE_KINDS), { nil: undefined }), { minLength: ACTOR_IDS.length, maxLength: ACTOR_IDS.length }),
	actorGroups: fc.array(fc.nat({ max: 2 }), { minLength: ACTOR_IDS.length, maxLength: ACTOR_IDS.length }),
	groupLabels: fc.array(localizedText, { minLength: 2, maxLength: 2 })
});

/** Each scene kind's rules for generated scenarios, from its folder (scenes/<kind>/generated.ts). */
const SCENE_RULES = import.meta.glob<{ rules: SceneRules }>('../stage/scenes/*/generated.ts', { eager: true });

/** Actors that keep each scene kind's own rules (see generated-scene-rules.ts). */
function sceneActors(b: typeof blueprint extends fc.Arbitrary<infer T> ? T : never, actorIds: readonly string[]) {
	const sceneOf = (i: number): SceneKind => b.actorScenes[i] ?? b.scene;
	let generated: GeneratedActors = { actors: actorIds.map((id, i) => defined({ id, ...b.actors[i]!, scene: b.actorScenes[i] })) };
	for (const [path, { rules }] of Object.entries(SCENE_RULES)) {
		const kind = path.split('/').at(-2) as SceneKind;
		const onScene = actorIds.flatMap((_, i) => (sceneOf(i) === kind ? [i] : []));
		generated = rules.apply(generated, onScene, b.actorGroups, b.groupLabels);
	}
	return { actors: generated.actors, groups: generated.groups };
}

/** The model: item id → id of what holds it, in insertion (= drawing) order. */
class Model {
	readonly parents = new Map<string, string>();
	/** Item id → the items it refers to. */
	readonly refs = new Map<string, string[]>();
	readonly streams: string[] = [];
	file = false;
	/** Sends so far in the step being built (a send can go "together" only with one before it). */
	sends = 0;
	/** The scenario's other terminals' ids (print, prompt, clear and commands pick among them and the main one). */
	terminals: string[] = [];
	constructor(readonly actors: readonly string[]) {}

	terminal(pick: number): string | undefined {
		return pick % (this.terminals.length + 1) === 0 ? undefined : this.terminals[(pick % (this.terminals.length + 1)) - 1];
	}

	/** The item and everything inside it. */
	subtree(id: string): Set<string> {
		const ids = new Set([id]);
		let grew = true;
		while (grew) {
			grew = false;
			for (const [child, parent] of this.parents)
				if (ids.has(parent) && !ids.has(child)) {
					ids.add(child);
					grew = true;
				}
		}
		return ids;
	}

	/** Whether removing `id` would leave an item outside it referring to something inside. */
	referenced(id: string): boolean {
		const gone = this.subtree(id);
		return [...this.refs].some(([from, to]) => !gone.has(from) && to.some((t) => gone.has(t)));
	}

	holders(): string[] {
		return [...this.actors, ...this.parents.keys()];
	}

	/** The item, and everything inside it, recursively. */
	remove(id: string): void {
		for (const d of this.subtree(id)) {
			this.parents.delete(d);
			this.refs.delete(d);
		}
	}

	/** Builds a valid add action from a seed, or undefined when every pool id is taken. */
	add(seed: AddSeed): Extract<Action, { do: 'add' }> | undefined {
		let id: string | undefined;
		for (let k = 0; k < ITEM_IDS.length && id === undefined; k++) {
			const candidate = ITEM_IDS[(seed.id + k) % ITEM_IDS.length]!;
			if (!this.parents.has(candidate)) id = candidate;
		}
		if (id === undefined) return undefined;
		const holders = this.holders();
		const parent = holders[seed.parent % holders.length]!;
		const from = seed.from === undefined ? undefined : holders[seed.from % holders.length];
		const { kind, label, props, layout } = seed.body;
		const existing = [...this.parents.keys()];
		const refs = existing.length === 0 ? [] : [...new Set((seed.refs ?? []).map((r) => existing[r % existing.length]!))];
		// Keys in schema order: the validator returns them in that order.
		const item: Item = defined({ id, kind, in: parent, label, props, layout, refs: refs.length > 0 ? refs : undefined });
		this.parents.set(id, parent);
		if (refs.length > 0) this.refs.set(id, refs);
		return defined({ do: 'add' as const, item, from });
	}

	action(seed: ActionSeed, links: readonly string[]): Action {
		const items = [...this.parents.keys()];
		const fallback: Action = { do: 'print', lines: [`(no ${seed.do} possible)`] };
		switch (seed.do) {
			case 'add':
				return this.add(seed) ?? fallback;
			case 'update': {
				const id = items[seed.pick % Math.max(items.length, 1)];
				if (id === undefined) return fallback;
				return defined({ do: 'update' as const, id, label: seed.label, set: seed.set, unset: seed.unset });
			}
			case 'remove': {
				const id = items[seed.pick % Math.max(items.length, 1)];
				if (id === undefined || this.referenced(id)) return fallback;
				this.remove(id);
				return { do: 'remove', id };
			}
			case 'move': {
				const id = items[seed.pick % Math.max(items.length, 1)];
				if (id === undefined) return fallback;
				const inside = this.subtree(id);
				const targets = this.holders().filter((h) => !inside.has(h));
				const to = targets[seed.to % targets.length]!;
				this.parents.set(id, to);
				return { do: 'move', id, to };
			}
			case 'open-stream': {
				const link = links[seed.pick % Math.max(links.length, 1)];
				const id = STREAM_IDS[seed.id % STREAM_IDS.length]!;
				if (link === undefined || this.streams.includes(id)) return fallback;
				this.streams.push(id);
				return defined({ do: 'open-stream' as const, id, link, label: seed.label, reverse: seed.reverse });
			}
			case 'close-stream': {
				const id = this.streams[seed.pick % Math.max(this.streams.length, 1)];
				if (id === undefined) return fallback;
				this.streams.splice(this.streams.indexOf(id), 1);
				return { do: 'close-stream', id };
			}
			case 'show-file':
				this.file = true;
				return seed;
			case 'hide-file':
				if (!this.file) return fallback;
				this.file = false;
				return seed;
			case 'scene': {
				const holders = this.holders();
				return defined({ do: 'scene' as const, scene: seed.scene, zoom: seed.zoom === undefined ? undefined : holders[seed.zoom % holders.length] });
			}
			case 'send': {
				const link = links[seed.pick % Math.max(links.length, 1)];
				if (link === undefined) return fallback;
				const together = seed.together && this.sends > 0 ? true : undefined;
				this.sends++;
				return defined({ do: 'send' as const, link, label: seed.label, reverse: seed.reverse, together });
			}
			case 'focus': {
				const holders = this.holders();
				return { do: 'focus', ids: seed.picks.map((p) => holders[p % holders.length]!) };
			}
			case 'print':
			case 'prompt':
			case 'clear': {
				const { terminal, ...action } = seed;
				return defined({ ...action, terminal: this.terminal(terminal) });
			}
		}
	}
}

export interface ScenarioCase {
	scenario: Scenario;
	/** itemIds[n]: the ids of the items after n steps, in drawing order. */
	itemIds: string[][];
}

export const scenarioCase: fc.Arbitrary<ScenarioCase> = blueprint.map((b) => {
	const actorIds = ACTOR_IDS.slice(0, b.actorCount);
	const { actors, groups } = sceneActors(b, actorIds);
	const links = b.links
		.filter((l) => l.from % actorIds.length !== l.to % actorIds.length) // a link joins two different actors
		.map((l, i) => defined({ id: `link-${i}`, from: actorIds[l.from % actorIds.length]!, to: actorIds[l.to % actorIds.length]!, label: l.label }));
	const linkIds = links.map((l) => l.id);
	const model = new Model(actorIds);
	// Other terminals only beside a main one (the format's rule).
	const terminals = b.terminal ? b.otherTerminals.map((t, i) => ({ id: `term-${i}`, ...t })) : [];
	model.terminals = terminals.map((t) => t.id);

	const items: Item[] = [];
	for (const seed of b.initialItems) {
		const action = model.add(seed);
		if (action) items.push(action.item);
	}
	const itemIds = [[...model.parents.keys()]];
	const steps: Step[] = b.steps.map((seed, i) => {
		model.sends = 0;
		const actions = seed.actions.map((a) => model.action(a, linkIds));
		itemIds.push([...model.parents.keys()]);
		const terminal = seed.command === undefined ? undefined : model.terminal(seed.terminal ?? 0);
		return defined({ id: `step-${i}`, command: seed.command, terminal, caption: seed.caption, notes: seed.notes, actions });
	});

	const scenario: Scenario = defined({
		$schema: b.schemaRef,
		version: 1 as const,
		id: 'gen',
		title: b.title,
		summary: b.summary,
		scene: b.scene,
		groups,
		actors,
		links,
		terminal: b.terminal && { actor: actorIds[b.terminal.actor % actorIds.length]!, prompt: b.terminal.prompt },
		terminals: terminals.length > 0 ? terminals : undefined,
		initial: defined({ items, lines: b.initialLines }),
		steps
	});
	return { scenario, itemIds };
});

export const validScenario: fc.Arbitrary<Scenario> = scenarioCase.map((c) => c.scenario);
