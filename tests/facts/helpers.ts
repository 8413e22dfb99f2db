import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FactSetError } from '../../src/errors.js';
import { loadFactSet } from '../../src/facts/load.js';

/** Repository root: fixture paths in messages are relative to it. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const VALID = 'tests/fixtures/facts/valid';
export const INVALID = 'tests/fixtures/facts/invalid';
export const DEV_FACTS = '/work/shared/eval/dev/facts.json';

export function load(...paths: string[]) {
  return loadFactSet(paths, { cwd: ROOT });
}

/** The problems a load reports as "file#pointer: message" lines; fails when the load succeeds. */
export function problemsOf(...paths: string[]): string[] {
  try {
    load(...paths);
  } catch (err) {
    if (err instanceof FactSetError) return err.problems.map((p) => `${p.file}${p.pointer ? `#${p.pointer}` : ''}: ${p.message}`);
    throw err;
  }
  throw new Error(`expected ${paths.join(', ')} to fail`);
}

/** A fresh temporary folder holding the given files (path → content). */
export function tempFacts(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'factlint-facts-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}
