// Cross-article findings are added after every file is linted; directives and baselines still apply to them.
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEV, HAVE_DEV, factlint, messagesOf, requireBuilt, tempDir, write } from '../cli/helpers.js';

describe.skipIf(!HAVE_DEV)('cross-article findings and the per-file steps', () => {
  let tmp: ReturnType<typeof tempDir>;
  const facts = path.join(DEV, 'facts.json');
  beforeAll(requireBuilt);
  beforeEach(() => {
    tmp = tempDir();
    for (const a of readdirSync(path.join(DEV, 'articles'))) copyFileSync(path.join(DEV, 'articles', a), path.join(tmp.dir, a));
  });
  afterEach(() => tmp.cleanup());

  const cross = (args: string[]) => messagesOf(factlint(['--claims', facts, '-f', 'json', ...args, '.'], tmp.dir))
    .flatMap((f) => f.messages.filter((m) => m.ruleId === 'cross-article').map((m) => ({ file: path.basename(f.filePath), line: m.line })));

  it('a disable-next-line directive above a cross-article finding suppresses it on that side only', () => {
    const found = cross([]);
    expect(found.length).toBeGreaterThanOrEqual(2);
    const target = found[0]!;
    const lines = readFileSync(path.join(tmp.dir, target.file), 'utf8').split('\n');
    lines.splice(target.line - 1, 0, '<!-- factlint-disable-next-line cross-article -- figures differ by source -->');
    write(tmp.dir, target.file, lines.join('\n'));
    const after = cross(['--report-unused-disable-directives']);
    expect(after.some((f) => f.file === target.file && f.line === target.line + 1)).toBe(false);
    expect(after).toHaveLength(found.length - 1);
  });

  it('a baseline records cross-article findings too', () => {
    expect(factlint(['--claims', facts, '--baseline', 'b.json', '--update-baseline', '.'], tmp.dir).code).toBe(0);
    const baseline = JSON.parse(readFileSync(path.join(tmp.dir, 'b.json'), 'utf8')) as { entries: Array<{ ruleId: string }> };
    expect(baseline.entries.some((e) => e.ruleId === 'cross-article')).toBe(true);
    expect(cross(['--baseline', 'b.json'])).toEqual([]);
  });
});
