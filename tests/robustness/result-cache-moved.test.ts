// A --cache file restored in another checkout (CI caches are restored wherever the job's
// workspace is): entries are found by paths relative to the project, and the cross-article
// check must still see the cached files' figures under their new paths.
import { cpSync, renameSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { factlint, REPO, requireBuilt, tempDir } from '../cli/helpers.js';

const FORMS = path.join(REPO, 'tests', 'fixtures', 'forms-en-de');

describe('--cache in a moved project', () => {
  it('reports what a fresh run reports there, cross-article findings included', () => {
    requireBuilt();
    const { dir, cleanup } = tempDir('factlint-moved-');
    try {
      const before = path.join(dir, 'checkout-1');
      const after = path.join(dir, 'checkout-2');
      cpSync(path.join(FORMS, 'articles'), path.join(before, 'articles'), { recursive: true });
      cpSync(path.join(FORMS, 'facts.json'), path.join(before, 'facts.json'));
      const env = { FACTLINT_CACHE_DIR: path.join(dir, 'fc') };
      const args = ['--claims', 'facts.json', '-f', 'json', '--cache', '--cache-location', '.factlintcache', 'articles'];
      const first = factlint(args, before, env);
      const cross = (out: string) => (JSON.parse(out) as Array<{ messages: Array<{ ruleId: string }> }>).flatMap((r) => r.messages).filter((m) => m.ruleId === 'cross-article').length;
      expect(cross(first.stdout)).toBeGreaterThan(0);
      renameSync(before, after);
      const cached = factlint(args, after, env);
      const fresh = factlint(['--claims', 'facts.json', '-f', 'json', 'articles'], after, env);
      expect(cached.stdout).toBe(fresh.stdout);
      expect(cached.code).toBe(fresh.code);
      expect(cross(cached.stdout)).toBe(cross(first.stdout));
    } finally {
      cleanup();
    }
  });
});
