// -f json on the command line: what directives and the baseline switched off is kept in ESLint's
// suppressedMessages, with the reason, and the text is given while a file has problems.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { factlint, requireBuilt, tempDir, write } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeAll(requireBuilt);
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

// 8 May 2023 was a Monday, 9 May a Tuesday: two wrong weekdays, the first under a directive.
const ARTICLE = [
  '---', 'date: 2023-05-08', 'lang: en', '---',
  '<!-- factlint-disable-next-line date-weekday -- quoted from the invitation -->',
  'The ministers met on Tuesday, 8 May, in the capital.',
  '',
  'They left on Wednesday, 9 May.',
  '',
].join('\n');

interface Out {
  filePath: string;
  messages: Array<{ line: number }>;
  suppressedMessages: Array<{ ruleId: string; line: number; suppressions: Array<{ kind: string; justification: string }> }>;
  errorCount: number;
  source?: string;
  usedDeprecatedRules: unknown[];
}
const run = (...args: string[]) => JSON.parse(factlint(['-f', 'json', ...args], tmp.dir).stdout) as Out[];

describe('-f json: suppressedMessages and source', () => {
  it('a directive: its problem in suppressedMessages with the text after --, the other in messages with the source', () => {
    write(tmp.dir, 'a.md', ARTICLE);
    const [r] = run('a.md');
    expect(r!.filePath).toBe(path.join(tmp.dir, 'a.md'));
    expect(r!.messages.map((m) => m.line)).toEqual([8]);
    expect(r!.suppressedMessages.map((m) => [m.ruleId, m.line, m.suppressions])).toEqual([
      ['date-weekday', 6, [{ kind: 'directive', justification: 'quoted from the invitation' }]],
    ]);
    expect(r!.errorCount).toBe(1);
    expect(r!.source).toBe(ARTICLE);
    expect(r!.usedDeprecatedRules).toEqual([]);
  });

  it('the baseline: kind file, naming the baseline; no source once nothing is reported', () => {
    write(tmp.dir, 'a.md', ARTICLE);
    expect(factlint(['--baseline', 'known.json', '--update-baseline', 'a.md'], tmp.dir).code).toBe(0);
    expect(readFileSync(path.join(tmp.dir, 'known.json'), 'utf8')).toContain('"count": 1');
    const [r] = run('--baseline', 'known.json', 'a.md');
    expect(r!.messages).toEqual([]);
    expect(r!.suppressedMessages.map((m) => [m.line, m.suppressions[0]])).toEqual([
      [6, { kind: 'directive', justification: 'quoted from the invitation' }],
      [8, { kind: 'file', justification: 'recorded in the baseline known.json' }],
    ]);
    expect(r!.errorCount).toBe(0);
    expect(r).not.toHaveProperty('source');
  });
});
