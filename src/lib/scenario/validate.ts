/**
 * Scenario validation: structural (the zod schema) and referential (ids, links, and every
 * action checked against the world it applies to). Every error names the file, the JSON
 * pointer and line:column in the source text.
 */
import { actionProblems } from '../engine/problems.ts';
import { applyActionTraced, beginStep } from '../engine/apply-step.ts';
import { placeProblems, sceneProblems } from './scene-problems.ts';
import { terminalProblems } from './terminal-problems.ts';
import { calloutProblems } from './callout-problems.ts';
import { questionProblems } from './question-problems.ts';
import { initialWorld } from '../engine/world.ts';
import { describeIssue } from './describe-issue.ts';
import { describeJsonSyntaxError, parseJson } from './json-syntax.ts';
import { LIMITS, nestingDepth } from './limits.ts';
import { SourcePositions, toPointer, type Path } from './positions.ts';
import { Scenario } from './schema.ts';

export interface ValidationError {
	file: string;
	pointer: string;
	line: number;
	column: number;
	message: string;
}

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; errors: ValidationError[] };

export function formatError(e: ValidationError): string {
	return `${e.file}:${e.line}:${e.column} ${e.pointer || '/'} — ${e.message}`;
}

/** Referential checks on a structurally valid scenario. */
function referentialProblems(scenario: Scenario, fileId: string | undefined): { path: Path; message: string }[] {
	const problems: { path: Path; message: string }[] = [];
	if (fileId !== undefined && scenario.id !== fileId)
		problems.push({ path: ['id'], message: `id "${scenario.id}" must match the file name "${fileId}"` });

	const duplicates = (ids: string[], where: (i: number) => Path, what: string) => {
		const seen = new Set<string>();
		ids.forEach((id, i) => {
			if (seen.has(id)) problems.push({ path: where(i), message: `duplicate ${what} id "${id}"` });
			seen.add(id);
		});
	};
	duplicates(scenario.actors.map((a) => a.id), (i) => ['actors', i, 'id'], 'actor');
	duplicates(scenario.links.map((l) => l.id), (i) => ['links', i, 'id'], 'link');
	duplicates(scenario.steps.map((s) => s.id), (i) => ['steps', i, 'id'], 'step');

	const actors = new Set(scenario.actors.map((a) => a.id));
	scenario.links.forEach((link, i) => {
		for (const end of ['from', 'to'] as const)
			if (!actors.has(link[end])) problems.push({ path: ['links', i, end], message: `unknown actor "${link[end]}"` });
		if (link.from === link.to && actors.has(link.to))
			problems.push({ path: ['links', i, 'to'], message: `link "${link.id}" goes from "${link.from}" to itself: "from" and "to" must be two different actors` });
	});
	if (scenario.terminal && !actors.has(scenario.terminal.actor))
		problems.push({ path: ['terminal', 'actor'], message: `unknown actor "${scenario.terminal.actor}"` });

	problems.push(...terminalProblems(scenario));
	problems.push(...sceneProblems(scenario));
	problems.push(...calloutProblems(scenario));
	problems.push(...questionProblems(scenario));
	const streamIds = new Set<string>();
	(scenario.initial.streams ?? []).forEach((stream, i) => {
		if (!scenario.links.some((l) => l.id === stream.link))
			problems.push({ path: ['initial', 'streams', i, 'link'], message: `no link "${stream.link}" (links: ${scenario.links.map((l) => l.id).join(', ') || 'none'})` });
		if (streamIds.has(stream.id)) problems.push({ path: ['initial', 'streams', i, 'id'], message: `duplicate stream id "${stream.id}"` });
		streamIds.add(stream.id);
	});

	// The initial items are checked as if each were added in turn.
	let world = { ...initialWorld(scenario), items: {} };
	scenario.initial.items.forEach((item, i) => {
		const add = { do: 'add' as const, item };
		for (const p of actionProblems(scenario, world, add)) problems.push({ path: ['initial', 'items', i, ...p.path.slice(1)], message: p.message });
		if (!Object.hasOwn(world.items, item.id) && !actors.has(item.id)) {
			const applied = applyActionTraced(scenario, world, add);
			world = applied.world;
			problems.push(...placeProblems(scenario, world, applied.effects, ['initial', 'items', i]));
		}
	});
	world = initialWorld(scenario);

	scenario.steps.forEach((step, s) => {
		// Check each action against the world as it stands just before that action.
		let before = beginStep(world, step).world;
		step.actions.forEach((action, a) => {
			for (const p of actionProblems(scenario, before, action)) problems.push({ path: ['steps', s, 'actions', a, ...p.path], message: p.message });
			const applied = applyActionTraced(scenario, before, action);
			before = applied.world;
			problems.push(...placeProblems(scenario, before, applied.effects, ['steps', s, 'actions', a]));
		});
		world = before;
	});
	return problems;
}

/** Validate scenario source text. fileId, when given, must equal the scenario id. */
export function validateScenarioText(source: string, file: string, fileId?: string): ValidationResult {
	// Editors on Windows may save a byte-order mark; it is not part of the JSON.
	const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
	const at = (positions: SourcePositions, path: Path, message: string): ValidationError => ({
		file,
		pointer: toPointer(path),
		...positions.lineColumn(positions.offsetOf(path)),
		message
	});
	const bytes = new TextEncoder().encode(text).length;
	if (bytes > LIMITS.bytes)
		return { ok: false, errors: [{ file, pointer: '', line: 1, column: 1, message: `file is ${bytes} bytes; the limit is ${LIMITS.bytes}` }] };
	const depth = nestingDepth(text);
	if (depth > LIMITS.depth)
		return { ok: false, errors: [{ file, pointer: '', line: 1, column: 1, message: `nesting is ${depth} deep; the limit is ${LIMITS.depth}` }] };

	const { root, error: syntax } = parseJson(text);
	const positions = new SourcePositions(text, root);
	if (syntax) {
		const where = (offset: number) => {
			const { line, column } = positions.lineColumn(offset);
			return `line ${line}, column ${column}`;
		};
		// Only the first syntax error: the ones after it are mostly its echoes.
		return { ok: false, errors: [{ file, pointer: '', ...positions.lineColumn(syntax.offset), message: describeJsonSyntaxError(text, syntax, where) }] };
	}

	const data: unknown = JSON.parse(text);
	if (data && typeof data === 'object' && Array.isArray((data as { steps?: unknown }).steps)) {
		const count = (data as { steps: unknown[] }).steps.length;
		if (count > LIMITS.steps) return { ok: false, errors: [at(positions, ['steps'], `${count} steps; the limit is ${LIMITS.steps}`)] };
	}
	const parsed = Scenario.safeParse(data, { reportInput: true }); // issue.input tells a missing field from a wrong one
	if (!parsed.success)
		return { ok: false, errors: parsed.error.issues.map((issue) => at(positions, issue.path as Path, describeIssue(issue, { root: Scenario, data }))) };

	const problems = referentialProblems(parsed.data, fileId);
	if (problems.length > 0) return { ok: false, errors: problems.map((p) => at(positions, p.path, p.message)) };
	return { ok: true, scenario: parsed.data };
}
