// loadFactSet(): a fact set loaded and validated once, to lint many texts against (an editor,
// a CMS hook) without reading it again. The object handed out is plain data; the loaded index
// behind it stays internal (fact-set-registry.ts), found again when the set comes back as `claims`.
import path from 'node:path';
import { cacheDir, privateDir } from '../cache-dir.js';
import { loadFactSetCached } from '../facts/compiled-cache.js';
import { checkOptions, stringList } from './check-options.js';
import { remember } from './fact-set-registry.js';
import type { LoadedFacts } from './types.js';

/** Loads fact files or folders (relative to `cwd`); throws FactSetError listing every problem. */
export async function loadFactSet(paths: string | string[], options: { cwd?: string } = {}): Promise<LoadedFacts> {
  checkOptions(options, ['cwd'], 'loadFactSet');
  const list = stringList(paths, 'loadFactSet: paths');
  const cwd = path.resolve(options.cwd ?? process.cwd());
  // The same compiled cache as the CLI's, so a set loaded here costs what a run's does.
  const cached = loadFactSetCached(list.map((p) => path.resolve(cwd, p)), { cwd: process.cwd(), dir: privateDir(cacheDir(cwd)) });
  // Handed out as plain data: every entity and statement is read (a run through `claims` uses the lazy index).
  const { facts, files, hash } = cached.loaded();
  const set: LoadedFacts = Object.freeze({ files: files.map((f) => path.resolve(process.cwd(), f)), hash, entities: facts.entities, properties: facts.properties, statements: facts.statements });
  remember(set, cached);
  return set;
}
