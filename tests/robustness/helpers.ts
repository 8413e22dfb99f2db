// Shared by the robustness tests: the built CLI in a temp folder, with its fact cache kept there.
import path from 'node:path';
import { factlint as run, tempDir, type CliRun } from '../cli/helpers.js';

export { requireBuilt, tempDir, write, CLI, REPO } from '../cli/helpers.js';

/** Runs the built CLI in `cwd`; the compiled fact cache goes to `<cwd>/.cache` unless `env` says otherwise. */
export function factlint(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CliRun {
  return run(args, cwd, { FACTLINT_CACHE_DIR: path.join(cwd, '.cache'), ...env });
}

/** A minimal valid fact file with one person, one office and one country; `patch` edits it. */
export function factFile(patch: (f: FactJson) => void = () => {}): string {
  const f: FactJson = {
    entities: [
      { id: 'anna-ivanova', type: 'person', names: { en: ['Anna Ivanova', 'Ivanova'] } },
      { id: 'norland', type: 'country', names: { en: ['Norland'] } },
      { id: 'president', type: 'office', names: { en: ['president'] } },
    ],
    properties: [{ id: 'holds-office', kind: 'office' }],
    statements: [
      { subject: 'anna-ivanova', property: 'holds-office', object: { office: 'president', of: 'norland' }, from: '2020-01-01', to: null, source: 'https://example.org/a' },
    ],
  };
  patch(f);
  return JSON.stringify(f, null, 2) + '\n';
}

export interface FactJson {
  entities: Array<Record<string, unknown>>;
  properties: Array<Record<string, unknown>>;
  statements: Array<Record<string, unknown>>;
}

export function withTemp<T>(fn: (dir: string) => T): T {
  const { dir, cleanup } = tempDir('factlint-robust-');
  try {
    return fn(dir);
  } finally {
    cleanup();
  }
}

export type { CliRun };
