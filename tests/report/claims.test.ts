// --format claims, the explain view: every claim of every article, with ✓ ✗ ? and why.
import { describe, expect, it } from 'vitest';
import { claims } from '../../src/report/claims.js';
import type { ClaimReport, LintResult } from '../../src/types.js';

const claim = (verdict: ClaimReport['verdict'], line: number, text: string, reason: string): ClaimReport => ({
  kind: 'office', ruleId: 'office-holder', line, column: 1, endLine: line, endColumn: 1 + text.length, text,
  slots: { person: { value: 'sadyr-japarov', text: 'Sadyr Japarov', bound: 'text' }, time: { value: 'current: 2023-05-08', bound: 'article-date' } },
  verdict, reason,
});

const result = (filePath: string, cs: ClaimReport[], fatal?: string): LintResult => ({
  filePath, messages: [], errorCount: 0, warningCount: 0, fatalErrorCount: fatal ? 1 : 0, fixableErrorCount: 0, fixableWarningCount: 0,
  claims: cs, ...(fatal ? { fatal } : {}),
});

const ctx = { cwd: '/desk', color: false, rules: [], version: '0', readSource: () => undefined };

describe('--format claims', () => {
  it('lists each claim with its mark, place, verdict, reason and slots, and counts them', () => {
    const out = claims([result('/desk/a.md', [
      claim('verified', 7, 'Kyrgyz President Sadyr Japarov', 'president of Kyrgyzstan since 2021-01-28'),
      claim('contradicted', 9, 'President of Russia Sadyr Japarov', 'held posts of another country'),
      claim('unverifiable', 11, 'Defence Minister Sadyr Japarov', 'the fact set does not say who was defence minister then'),
    ])], ctx);
    const lines = out.split('\n');
    expect(lines[0]).toBe('a.md');
    expect(lines[1]).toBe('  ✓ 7:1  office  "Kyrgyz President Sadyr Japarov"  verified: president of Kyrgyzstan since 2021-01-28');
    expect(lines[2]).toBe('      person=sadyr-japarov  time=current: 2023-05-08 (article-date)');
    expect(out).toContain('  ✗ 9:1  office');
    expect(out).toContain('  ? 11:1  office');
    expect(out.trimEnd().split('\n').at(-1)).toBe('1 verified, 1 contradicted, 1 unverifiable');
  });

  it('says when an article has no claims or could not be read, and escapes control characters', () => {
    const out = claims([result('/desk/empty.md', []), result('/desk/bin.md', [], 'binary file'), result('/desk/x.md', [claim('verified', 1, 'A\u001b[31mB', 'ok')])], ctx);
    expect(out).toContain('empty.md\n  (no claims found)');
    expect(out).toContain('bin.md  (not read: binary file)');
    expect(out).not.toContain('\u001b');
  });
});
