// The loaded index behind each LoadedFacts that loadFactSet() handed out, found again when the
// set comes back as `claims`. Kept apart from fact-set.ts so that the public declarations
// (dist/api/fact-set.d.ts) name no internal type, and type-check without @types/node.
import type { CachedFactSet } from '../facts/compiled-cache.js';
import type { LoadedFacts } from './types.js';

const loaded = new WeakMap<LoadedFacts, CachedFactSet>();

export function remember(set: LoadedFacts, cached: CachedFactSet): void {
  loaded.set(set, cached);
}

/** The loaded set behind a LoadedFacts from loadFactSet(); undefined for anything else. */
export function loadedFactSet(value: unknown): CachedFactSet | undefined {
  return typeof value === 'object' && value !== null ? loaded.get(value as LoadedFacts) : undefined;
}
