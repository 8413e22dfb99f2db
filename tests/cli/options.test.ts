// Usage errors: exit 2 and a short message on stderr, no stack trace, nothing on stdout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factlint, requireBuilt, tempDir } from './helpers.js';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  requireBuilt();
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('option errors', () => {
  it.each([
    [['--no-such-option'], /^factlint: Unknown option '--no-such-option'\n/],
    [['--format', 'yaml'], /^factlint: unknown format "yaml"; valid formats: stylish, /],
    [['--date', '2023-13-01'], /^factlint: --date must be a calendar date YYYY-MM-DD, got "2023-13-01"\n$/],
    [['--max-warnings', 'many'], /^factlint: --max-warnings must be a whole number, got "many"\n$/],
    [['--changed-since'], /^factlint: Option '--changed-since <value>' argument missing/],
    [['--changed-since', ''], /^factlint: --changed-since needs a git revision \(a commit, branch or tag\)\n$/],
    [['--changed-since', '--staged'], /^factlint: --changed-since: "--staged" is not a git revision\n$|argument is ambiguous/],
    [['--baseline', ''], /^factlint: --baseline needs a file name\n$/],
    [['--update-baseline', '--baseline', 'b.json', '--changed-since', 'HEAD'], /^factlint: --update-baseline records every problem: do not combine it with --changed-since or --staged\n$/],
    [['--fix', '--staged'], /^factlint: --fix cannot be combined with --staged/],
  ])('%j', (args, message) => {
    const r = factlint(args, tmp.dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack
  });

  it('--help lists the workflow options', () => {
    const r = factlint(['--help'], tmp.dir);
    expect(r.code).toBe(0);
    for (const o of ['--changed-since REF', '--staged', '--fix', '--fix-dry-run', '--baseline FILE', '--update-baseline', '--report-unused-disable-directives', '--config FILE', '--output-file FILE']) {
      expect(r.stdout).toContain(o);
    }
  });
});
