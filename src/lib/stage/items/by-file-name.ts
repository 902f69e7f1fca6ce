/** Components found by import.meta.glob, keyed by their file's name without `.svelte` (scenes/<scene>/items/wall.svelte → wall). */
export function byFileName<C>(modules: Record<string, { default: C }>): ReadonlyMap<string, C> {
	return new Map(Object.entries(modules).map(([path, module]) => [path.slice(path.lastIndexOf('/') + 1, -'.svelte'.length), module.default]));
}
