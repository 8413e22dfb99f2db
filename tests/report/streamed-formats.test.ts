// SARIF, JUnit and checkstyle are written in pieces as they are made (a large run holds one
// result's text at a time), and the pieces must make exactly the document the format describes:
// for SARIF, the text JSON.stringify(log, null, 2) gives, which reading it back and writing it
// again shows; for the XML formats, the same text as before, file by file.
import { describe, expect, it } from 'vitest';
import { checkstyle, checkstyleChunks } from '../../src/report/checkstyle.js';
import { junit, junitChunks } from '../../src/report/junit.js';
import { reportMessages } from '../../src/report/messages.js';
import { sarif, sarifChunksWith } from '../../src/report/sarif.js';
import type { Diagnostic, LintResult } from '../../src/types.js';
import { context, fixtureResults, result } from './fixtures.js';

const canonical = (text: string) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;
const problem = (line: number, severity: 1 | 2, extra: Partial<Diagnostic> = {}): Diagnostic => ({ ruleId: 'place', severity, message: `problem ${line}\nwith a "line break"`, line, column: 1, endLine: line, endColumn: 2, ...extra });

/** A run with what makes a SARIF result long: related locations in other files, a fix, an unknown rule, a clean file. */
function run(): LintResult[] {
  return [
    ...fixtureResults(),
    result('news/cross.md', [problem(2, 1, { related: [{ filePath: 'news/other.md', line: 4, column: 2, message: 'the other figure' }] }), problem(3, 2, { ruleId: 'no-such-rule' })]),
    result('news/clean.md', []),
    result('news/other.md', [problem(4, 1)]),
  ];
}

describe('streamed SARIF', () => {
  it('is the canonical JSON text of its log, written in several pieces', () => {
    const ctx = context();
    const pieces = [...sarifChunksWith(25_000)(run(), ctx)];
    const text = pieces.join('');
    expect(pieces.length).toBeGreaterThan(3);
    expect(text).toBe(canonical(text));
    expect(text).toBe(sarif(run(), ctx));
    const log = JSON.parse(text);
    const results = log.runs[0].results;
    expect(results.length).toBeGreaterThan(7);
    // Every result's rule index points at its rule, the unknown one included.
    for (const r of results) expect(log.runs[0].tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    // Files named only by related locations are artifacts too.
    expect(log.runs[0].artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toContain('news/other.md');
  });

  it('keeps its shape when the cap leaves results out, and when there are none', () => {
    const ctx = context();
    const capped = [...sarifChunksWith(2)(run(), ctx)].join('');
    expect(capped).toBe(canonical(capped));
    const log = JSON.parse(capped);
    expect(log.runs[0].results).toHaveLength(2);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/were left out/);
    const none = [...sarifChunksWith(25_000)([result('news/clean.md', [])], ctx)].join('');
    expect(none).toBe(canonical(none));
    expect(JSON.parse(none).runs[0].results).toEqual([]);
  });
});

describe('streamed XML formats', () => {
  it('JUnit: totals in the head, one piece per file', () => {
    const ctx = context();
    const pieces = [...junitChunks(run(), ctx)];
    expect(pieces).toHaveLength(run().length + 2);
    const text = pieces.join('');
    expect(text).toBe(junit(run(), ctx));
    const failures = run().reduce((n, r) => n + reportMessages(r).filter((m) => !m.fatal).length, 0);
    expect(pieces[0]).toContain(`failures="${failures}"`);
    expect(text.split('<testsuite ').length - 1).toBe(run().length);
  });

  it('checkstyle: one piece per file', () => {
    const ctx = context();
    const pieces = [...checkstyleChunks(run(), ctx)];
    expect(pieces).toHaveLength(run().length + 2);
    expect(pieces.join('')).toBe(checkstyle(run(), ctx));
    expect(pieces[pieces.length - 1]).toBe('</checkstyle>\n');
  });
});
