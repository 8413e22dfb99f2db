// What a run keeps of each file's result until the report, when it keeps only what the report
// needs: results of a large run are held until the cross-article check has seen every file, so
// whatever they carry beyond that grows with the run (docs/performance.md, "Memory").
import type { CrossRecord, LintResult } from '../types.js';

/**
 * One table of strings per run: the same key, property, unit, subject list and figure text recur
 * in thousands of records, and each record made by the extractor holds its own copy (often a
 * slice that keeps the whole sentence or article alive).
 */
export class Interner {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, string[]>();

  str(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    // A slice may point into its parent string; flatten it so that only the short text stays.
    const own = (' ' + s).slice(1);
    this.strings.set(own, own);
    return own;
  }

  /** A list of strings shared between records (never changed after: the check only reads them). */
  list(xs: string[]): string[] {
    const k = xs.join('\u0000');
    const known = this.lists.get(k);
    if (known) return known;
    const own = xs.map((x) => this.str(x));
    this.lists.set(own.join('\u0000'), own);
    return own;
  }
}

/**
 * A record with only the fields the cross-article check reads, its strings interned. `text` is
 * kept trimmed: the check uses it only trimmed.
 */
export function compactRecord(r: CrossRecord, t: Interner): CrossRecord {
  const out: CrossRecord = {
    key: t.str(r.key),
    property: t.str(r.property),
    subjects: t.list(r.subjects),
    value: r.value,
    unit: r.unit === undefined ? undefined : t.str(r.unit),
    halfUnit: r.halfUnit,
    approx: r.approx,
    bound: r.bound,
    text: t.str(r.text.trim()),
    filePath: r.filePath,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
  };
  if (r.source) out.source = t.list(r.source);
  if (r.named) out.named = t.list(r.named);
  return out;
}

/** The result as the report needs it: no claims unless the format prints them, compact records. */
export function slimResult(r: LintResult, keepClaims: boolean, t: Interner): LintResult {
  if ((keepClaims || r.claims === undefined) && !r.records?.length) return r;
  // Rebuilt rather than `delete`d: a deleted property turns the object into a slow dictionary.
  const { claims, records, ...rest } = r;
  const out: LintResult = rest;
  if (keepClaims && claims !== undefined) out.claims = claims;
  if (records?.length) out.records = records.map((x) => compactRecord(x, t));
  return out;
}
