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

/** The plain way: splice each taken fix from the end (what applyFixes must match byte for byte). */
function spliceAll(text: string, fixed: Diagnostic[]): string {
  let out = text;
  for (const d of [...fixed].reverse()) out = out.slice(0, d.fix!.range[0]) + d.fix!.text + out.slice(d.fix!.range[1]);
  return out;
}

/** The former offset mapping (a walk over every fix), as the oracle for the binary search. */
function walkMap(fixed: Diagnostic[], offset: number, isEnd = false): number {
  let delta = 0;
  for (const m of fixed) {
    const [a, b] = m.fix!.range;
    if (isEnd && a === b && a === offset) break;
    if (b <= offset) delta += m.fix!.text.length - (b - a);
    else if (a < offset) return a + m.fix!.text.length + delta;
    else break;
  }
  return offset + delta;
}

describe('applyFixes on many fixes', () => {
  it('gives the text splicing the fixes one by one gives (property)', () => {
    fc.assert(fc.property(
      fc.string({ maxLength: 80 }),
      fc.array(fc.tuple(fc.nat(80), fc.nat(6), fc.string({ maxLength: 5 }), fc.boolean()), { maxLength: 12 }),
      (text, specs) => {
        const ds = specs.map(([a, len, t, fixable]) => {
          const s = Math.min(a, text.length);
          const e = Math.min(s + len, text.length);
          return fixable ? diag(s, e, [s, e, t]) : diag(s, e);
        });
        const out = applyFixes(text, ds);
        expect(out.output).toBe(spliceAll(text, out.fixed));
        expect(out.fixed.length + out.remaining.length).toBe(ds.length);
        const left = ds.filter((d) => !out.fixed.includes(d));
        out.remaining.forEach((m, i) => {
          const { start, end } = left[i]!.span!;
          const s = walkMap(out.fixed, start);
          expect(m.span).toEqual({ start: s, end: Math.max(s, walkMap(out.fixed, end, true)) });
        });
      },
    ));
  });

  it('applies 600 000 fixes to a 14 MB text and moves 600 000 other problems: work linear in the fixes', () => {
    // Ten times the audit's 60 000 fixes. Splicing fix by fix copies the whole text each time
    // (600 000 x 14 MB) and mapping each remaining problem past every fix is 600 000 x 600 000
    // steps: neither ends within the test timeout; one pass does.
    const unit = 'On Tuesday, 8 May, a vote. ';
    const fixedUnit = 'On Monday, 8 May, a vote. ';
    const vote = unit.indexOf('vote');
    const n = 600_000;
    const text = unit.repeat(n) + 'end';
    const ds: Diagnostic[] = [];
    for (let i = 0; i < n; i++) {
      const at = i * unit.length;
      ds.push(diag(at + 3, at + 10, [at + 3, at + 10, 'Monday']));
      ds.push(diag(at + vote, at + vote + 4));
    }
    const out = applyFixes(text, ds);
    expect(out.output).toBe(fixedUnit.repeat(n) + 'end');
    expect(out.fixed).toHaveLength(n);
    expect(out.remaining).toHaveLength(n);
    const last = out.remaining.at(-1)!;
    expect(out.output.slice(last.span!.start, last.span!.end)).toBe('vote');
    expect(last.column).toBe((n - 1) * fixedUnit.length + fixedUnit.indexOf('vote') + 1);
  });
});
