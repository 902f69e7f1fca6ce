/**
 * The schema that describes the value at a JSON path, walked alongside the data (a
 * discriminated union is resolved by the data's discriminator, another union by the
 * data's type). Used for hints like the keys an object may hold; undefined when the walk
 * cannot tell.
 */
import type { z } from 'zod';

type Def = { type: string; [k: string]: unknown };
const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Unwrap optional, nullable, default, readonly, and pipes (their input side). */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
	for (let i = 0; i < 20; i++) {
		const def = defOf(schema);
		if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch'].includes(def.type)) schema = def.innerType as z.core.$ZodType;
		else if (def.type === 'pipe') schema = def.in as z.core.$ZodType;
		else return schema;
	}
	return schema;
}

/** The option of a union that the data belongs to, as far as can be told. */
function pick(schema: z.core.$ZodType, data: unknown): z.core.$ZodType | undefined {
	schema = unwrap(schema);
	const def = defOf(schema);
	if (def.type !== 'union') return schema;
	const options = (def.options as z.core.$ZodType[]).map(unwrap);
	const discriminator = def.discriminator as string | undefined;
	if (discriminator !== undefined) {
		if (!isObject(data)) return undefined;
		const match = options.find((o) => {
			const field = defOf(o).type === 'object' ? (defOf(o).shape as Record<string, z.core.$ZodType>)[discriminator] : undefined;
			return field !== undefined && (field._zod.values?.has(data[discriminator] as never) ?? false);
		});
		return match && pick(match, data);
	}
	const kind = Array.isArray(data) ? 'array' : isObject(data) ? ['object', 'record'] : typeof data;
	const match = options.filter((o) => (Array.isArray(kind) ? kind : [kind]).includes(defOf(o).type));
	return match.length === 1 ? pick(match[0]!, data) : undefined;
}

export function schemaAt(root: z.core.$ZodType, data: unknown, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
	let schema: z.core.$ZodType | undefined = root;
	let value = data;
	for (const segment of path) {
		schema = pick(schema, value);
		if (!schema) return undefined;
		const def = defOf(schema);
		if (def.type === 'object') schema = (def.shape as Record<string, z.core.$ZodType>)[String(segment)];
		else if (def.type === 'array') schema = def.element as z.core.$ZodType;
		else if (def.type === 'record') schema = def.valueType as z.core.$ZodType;
		else return undefined;
		if (!schema) return undefined;
		value = isObject(value) || Array.isArray(value) ? (value as Record<string, unknown>)[String(segment)] : undefined;
	}
	return pick(schema, value);
}

/** The keys an object at path may hold, in the schema's order, or undefined. */
export function keysAt(root: z.core.$ZodType, data: unknown, path: readonly PropertyKey[]): string[] | undefined {
	const schema = schemaAt(root, data, path);
	if (!schema) return undefined;
	const def = defOf(schema);
	return def.type === 'object' ? Object.keys(def.shape as object) : undefined;
}
