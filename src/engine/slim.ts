// What a run keeps of each file's result until the report, when it keeps only what the report
// needs: results of a large run are held until the cross-article check has seen every file, so
// whatever they carry beyond that grows with the run (docs/performance.md, "Memory").
import type { ClaimReport, CrossRecord, Diagnostic, LintResult } from '../types.js';
import type { ClaimSpill } from './claim-spill.js';

/**
 * A string of its own. Texts cut from an article are slices that keep the whole article alive,
 * and messages built around them are concatenations that point into it; a copy holds only its
 * own characters.
 */
function own(s: string): string {
  return (' ' + s).slice(1);
}

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
    const copy = own(s);
    this.strings.set(copy, copy);
    return copy;
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
  if (r.on) out.on = t.str(r.on);
  return out;
}

/** A claim rebuilt field by field (same keys, same order) with interned strings: reasons, slot values and figures repeat across a run. */
function compactClaim(c: ClaimReport, t: Interner): ClaimReport {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(c) as Array<keyof ClaimReport>) {
    const v = c[k];
    if (k === 'slots') {
      const slots: ClaimReport['slots'] = {};
      for (const [name, slot] of Object.entries(c.slots)) {
        const copy: Record<string, unknown> = {};
        for (const [sk, sv] of Object.entries(slot)) copy[sk] = typeof sv === 'string' ? t.str(sv) : sv;
        slots[t.str(name)] = copy as ClaimReport['slots'][string];
      }
      out[k] = slots;
    } else out[k] = typeof v === 'string' ? t.str(v) : v;
  }
  return out as unknown as ClaimReport;
}

/** A message whose texts are its own (see `own`); the fact it cites stays shared with the index. */
function compactMessage(m: Diagnostic): Diagnostic {
  const out = { ...m, message: own(m.message) };
  if (m.actual !== undefined) out.actual = own(m.actual);
  if (m.expected !== undefined) out.expected = own(m.expected);
  return out;
}

/**
 * The result as the report needs it: no claims unless the format prints them (then on disk, with
 * a spill, or with shared strings), compact records, messages that hold no article text.
 */
export function slimResult(r: LintResult, keepClaims: boolean, t: Interner, spill?: ClaimSpill): LintResult {
  // Rebuilt rather than `delete`d: a deleted property turns the object into a slow dictionary.
  const { claims, records, ...rest } = r;
  const out: LintResult = rest;
  out.messages = rest.messages.map(compactMessage);
  if (keepClaims && claims !== undefined) {
    const spilled = spill && claims.length > 0 ? spill.put(claims) : undefined;
    if (spilled) out.spilledClaims = spilled;
    else out.claims = claims.map((c) => compactClaim(c, t));
  }
  if (records?.length) out.records = records.map((x) => compactRecord(x, t));
  return out;
}
