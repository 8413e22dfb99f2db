// cross-article: where the fact set is silent, articles of one run are compared with each other.
// Works on small claim records (no article text is kept), grouped by property, subjects, period
// and unit; two records of different files that cannot both be true flag both, each naming the
// other, unless one side has a clear majority of the run's files: then only the outliers are
// flagged. Deterministic: records are sorted before comparing.
import type { CrossRecord, Diagnostic } from '../types.js';

export type { CrossRecord };
import { formatValue, within } from '../checks/figures.js';

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

/** The same entities, named on both sides: a figure whose subjects are left to context is compared with nothing. */
function sameSubjects(a: CrossRecord, b: CrossRecord): boolean {
  if (a.subjects.length === 0 || b.subjects.length === 0) return false;
  const eq = (x: string[], y: string[]) => x.length === y.length && x.every((s, i) => s === y[i]);
  // Named by name on both sides, or by name on one and with an adjective on the other.
  return eq(a.subjects, b.subjects) || (!!b.named && eq(a.subjects, b.named)) || (!!a.named && eq(a.named, b.subjects)) || (!!a.named && !!b.named && eq(a.named, b.named));
}

// Code-point order, as files are listed: the same on every machine, and no ICU collator to load.
const order = (a: CrossRecord, b: CrossRecord) =>
  (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0) || a.line - b.line || a.column - b.column;

/** How many other places a diagnostic lists in `related` (the message counts them all). */
const MAX_RELATED = 20;

/** Records that say the same thing: compatibility depends only on these fields. */
function classKey(r: CrossRecord): string {
  return `${r.subjects.join(',')}|${r.named?.join(',') ?? ''}|${r.value}|${r.halfUnit}|${r.approx}|${r.bound ?? ''}|${r.source?.join(',') ?? ''}`;
}

/** "(by Kyrgyzstan's statistics)": a side's figures may differ from another side's, which the editor should know. */
function sourceNote(r: CrossRecord): string {
  return r.source?.length ? ` (by ${r.source.join(' and ')} statistics)` : '';
}

/** Two sides' statistics differ by design (Kyrgyz and Russian trade data): figures the text gives as different sources' are not compared. */
function sameSource(a: CrossRecord, b: CrossRecord): boolean {
  if (!a.source || !b.source) return true;
  return a.source.length === b.source.length && a.source.every((s, i) => s === b.source![i]);
}

/**
 * A count an article dates only by its own day is kept under the article's year; a group whose
 * text names a shorter period ("in May … 18 agreements") also meets those of its property whose
 * day falls in that period ("the two sides signed 28 agreements", written on 8 May).
 */
function joinDatedByArticle(groups: Map<string, CrossRecord[]>): void {
  const dated = new Map<string, CrossRecord[]>();
  for (const g of groups.values()) {
    for (const r of g) {
      if (!r.on) continue;
      const k = `${r.property}|${r.unit ?? ''}`;
      const list = dated.get(k);
      if (list) list.push(r);
      else dated.set(k, [r]);
    }
  }
  if (dated.size === 0) return;
  for (const [key, g] of groups) {
    const [property, range, unit] = key.split('|');
    const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/u.exec(range ?? '');
    // A year's group holds its dated records already.
    if (!m || (m[1]!.endsWith('-01-01') && m[2]!.endsWith('-12-31') && m[1]!.slice(0, 4) === m[2]!.slice(0, 4))) continue;
    const into = dated.get(`${property}|${unit}`);
    if (!into || g.some((r) => r.on)) continue;
    for (const r of into) if (r.on! >= m[1]! && r.on! <= m[2]!) g.push(r);
  }
}

/**
 * Diagnostics per file path for records that conflict with a record of another file.
 * Records are compared by class (same subjects, value, precision, hedge and bound): a corpus
 * repeating a figure thousands of times costs classes squared, not records squared.
 */
export function crossCheck(records: CrossRecord[], severity: 1 | 2, show: (filePath: string) => string = (f) => f): Map<string, Diagnostic[]> {
  const groups = new Map<string, CrossRecord[]>();
  for (const r of records) {
    const g = groups.get(r.key);
    if (g) g.push(r);
    else groups.set(r.key, [r]);
  }
  joinDatedByArticle(groups);
  const out = new Map<string, Diagnostic[]>();
  // A record met in two groups (its year's and a month's) is reported once.
  const reported = new Set<CrossRecord>();
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key)!.sort(order);
    const classes = new Map<string, CrossRecord[]>();
    for (const r of g) {
      const k = classKey(r);
      const c = classes.get(k);
      if (c) c.push(r);
      else classes.set(k, [r]);
    }
    const list = [...classes.values()];
    // How many files a class's figure has on its side (its own and every compatible class's).
    const support = new Map<CrossRecord[], number>();
    for (const a of list) {
      const files = new Set<string>();
      for (const b of list) if (a === b || (sameSubjects(a[0]!, b[0]!) && sameSource(a[0]!, b[0]!) && compatible(a[0]!, b[0]!))) for (const r of b) files.add(r.filePath);
      support.set(a, files.size);
    }
    // For each class, the records of every class it conflicts with, in run order, with a count per file.
    const conflicts = new Map<CrossRecord[], { records: CrossRecord[]; perFile: Map<string, number> }>();
    for (const a of list) {
      const rs: CrossRecord[] = [];
      let opposed = 0;
      for (const b of list) {
        if (a !== b && sameSubjects(a[0]!, b[0]!) && sameSource(a[0]!, b[0]!) && !compatible(a[0]!, b[0]!)) {
          rs.push(...b);
          opposed = Math.max(opposed, support.get(b)!);
        }
      }
      if (rs.length === 0) continue;
      // A figure most of the run agrees on (at least two files, twice as many as any conflicting
      // figure has) is not the one to look at: the outlier is flagged, the majority is not.
      if (support.get(a)! >= 2 && support.get(a)! >= 2 * opposed) continue;
      rs.sort(order);
      const perFile = new Map<string, number>();
      for (const r of rs) perFile.set(r.filePath, (perFile.get(r.filePath) ?? 0) + 1);
      conflicts.set(a, { records: rs, perFile });
    }
    for (const r of g) {
      const c = conflicts.get(classes.get(classKey(r))!);
      if (!c || reported.has(r)) continue;
      const total = c.records.length - (c.perFile.get(r.filePath) ?? 0);
      if (total === 0) continue;
      const others: CrossRecord[] = [];
      for (const o of c.records) {
        if (o.filePath === r.filePath) continue;
        others.push(o);
        if (others.length === MAX_RELATED) break;
      }
      const first = others[0]!;
      const d: Diagnostic = {
        ruleId: 'cross-article',
        severity,
        message: `${r.property}: this article says ${r.text.trim()}${sourceNote(r)}, ${show(first.filePath)}:${first.line}:${first.column} says ${first.text.trim()}${sourceNote(first)} (the fact set has no value to decide)`,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        actual: formatValue(r.value, r.unit),
        expected: `agreement with ${total} other article${total > 1 ? 's' : ''}`,
        related: others.map((o) => ({ filePath: o.filePath, line: o.line, column: o.column, message: o.text.trim() })),
      };
      reported.add(r);
      const list = out.get(r.filePath);
      if (list) list.push(d);
      else out.set(r.filePath, [d]);
    }
  }
  return out;
}
