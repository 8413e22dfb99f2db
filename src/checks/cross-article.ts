// cross-article: where the fact set is silent, articles of one run are compared with each other.
// Works on small claim records (no article text is kept), grouped by property, subjects, period
// and unit; two records of different files that cannot both be true flag both, each naming the
// other. Deterministic: records are sorted before comparing.
import type { CrossRecord, Diagnostic } from '../types.js';

export type { CrossRecord };
import { formatValue, within } from './metric.js';

/** Default relative tolerance between two articles' figures. */
const TOLERANCE = 0.03;

function compatible(a: CrossRecord, b: CrossRecord): boolean {
  // Two bounds of the same direction say little about each other; read them as values.
  const sameBounds = a.bound && a.bound === b.bound;
  const aa = sameBounds ? { ...a, bound: undefined, approx: true } : a;
  const bb = sameBounds ? { ...b, bound: undefined, approx: true } : b;
  const tol = sameBounds ? 0.1 : TOLERANCE;
  return within(aa, bb.value, tol) || within(bb, aa.value, tol);
}

/** Same entities, or one side leaves them to its article's context (names none). */
function sameSubjects(a: CrossRecord, b: CrossRecord): boolean {
  if (a.subjects.length === 0 || b.subjects.length === 0) return true;
  return a.subjects.length === b.subjects.length && a.subjects.every((s, i) => s === b.subjects[i]);
}

// Code-point order, as files are listed: the same on every machine, and no ICU collator to load.
const order = (a: CrossRecord, b: CrossRecord) =>
  (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0) || a.line - b.line || a.column - b.column;

/** Diagnostics per file path for records that conflict with a record of another file. */
export function crossCheck(records: CrossRecord[], severity: 1 | 2): Map<string, Diagnostic[]> {
  const groups = new Map<string, CrossRecord[]>();
  for (const r of records) {
    const g = groups.get(r.key);
    if (g) g.push(r);
    else groups.set(r.key, [r]);
  }
  const out = new Map<string, Diagnostic[]>();
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!.sort(order);
    for (const r of g) {
      const others = g.filter((o) => o.filePath !== r.filePath && sameSubjects(r, o) && !compatible(r, o));
      if (others.length === 0) continue;
      const first = others[0]!;
      const d: Diagnostic = {
        ruleId: 'cross-article',
        severity,
        message: `${r.property}: this article says ${r.text.trim()}, ${first.filePath}:${first.line}:${first.column} says ${first.text.trim()} (the fact set has no value to decide)`,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        actual: formatValue(r.value, r.unit),
        expected: `agreement with ${others.length} other article${others.length > 1 ? 's' : ''}`,
        related: others.map((o) => ({ filePath: o.filePath, line: o.line, column: o.column, message: o.text.trim() })),
      };
      const list = out.get(r.filePath);
      if (list) list.push(d);
      else out.set(r.filePath, [d]);
    }
  }
  return out;
}
