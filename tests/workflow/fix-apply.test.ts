import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/fix/apply.js';
import type { Diagnostic } from '../../src/types.js';

function diag(start: number, end: number, fix?: [number, number, string]): Diagnostic {
  return {
    ruleId: 'r', severity: 2, message: `at ${start}`, line: 1, column: start + 1, endLine: 1, endColumn: end + 1,
    span: { start, end }, ...(fix ? { fix: { range: [fix[0], fix[1]] as [number, number], text: fix[2] } } : {}),
  };
}

describe('applyFixes', () => {
  it('applies non-overlapping fixes and skips one that overlaps a fix taken earlier', () => {
    const text = 'aaa bbb ccc';
    const out = applyFixes(text, [diag(8, 11, [8, 11, 'C']), diag(0, 3, [0, 3, 'AAAA']), diag(1, 5, [1, 5, 'x'])]);
    expect(out.output).toBe('AAAA bbb C');
    expect(out.fixed.map((d) => d.message)).toEqual(['at 0', 'at 8']);
    expect(out.remaining.map((d) => d.message)).toEqual(['at 1']);
  });

  it('moves remaining problems to their place in the fixed text, across lines', () => {
    const text = 'ab\r\ncd efg\nhij';
    const out = applyFixes(text, [diag(0, 2, [0, 2, 'x\ny']), diag(7, 10), diag(11, 14)]);
    expect(out.output).toBe('x\ny\r\ncd efg\nhij');
    const [a, b] = out.remaining;
    expect(out.output.slice(a!.span!.start, a!.span!.end)).toBe('efg');
    expect([a!.line, a!.column, b!.line, b!.column]).toEqual([3, 4, 4, 1]);
  });

  it('two insertions at one point are not both applied (their order would be a guess)', () => {
    const out = applyFixes('ab', [diag(1, 1, [1, 1, 'X']), diag(1, 1, [1, 1, 'Y'])]);
    expect(out.output).toBe('aXb');
  });

  it('a remaining span keeps its text whatever fixes are applied elsewhere (property)', () => {
    fc.assert(fc.property(
      fc.string({ minLength: 20, maxLength: 60 }),
      fc.array(fc.tuple(fc.nat(59), fc.nat(5), fc.string({ maxLength: 4 })), { maxLength: 5 }),
      fc.nat(55),
      (text, fixes, probe) => {
        const start = Math.min(probe, text.length - 3);
        const target = diag(start, start + 3);
        const ds = fixes.map(([a, len, t]) => {
          const s = Math.min(a, text.length);
          const e = Math.min(s + len, text.length);
          return diag(s, e, [s, e, t]);
        }).filter((d) => d.fix!.range[1] <= start || d.fix!.range[0] >= start + 3);
        const out = applyFixes(text, [...ds, target]);
        const moved = out.remaining.find((d) => d.message === target.message && !d.fix)!;
        expect(out.output.slice(moved.span!.start, moved.span!.end)).toBe(text.slice(start, start + 3));
      },
    ));
  });
});
