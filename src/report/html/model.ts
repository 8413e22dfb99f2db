// What the html page shows, worked out before any markup: per file its claims with offsets
// into the text, its diagnostics each tied to the claim it reports (same rule, same place),
// and the run's totals. Keeping this apart from rendering keeps the renderers plain string
// building and lets the counting be tested without parsing HTML.
import type { ClaimReport, LintResult, RuleMeta, Verdict } from '../../types.js';
import { claimsOf } from '../../claims/claims-of.js';
import { reportMessages, sourceCache, textOf, type ReportMessage } from '../messages.js';
import { displayPath } from '../paths.js';
import { sourceLines, type SourceLines } from '../source-lines.js';
import type { ReportContext } from '../types.js';
import { snapOffset } from './nest.js';

export const VERDICTS: readonly Verdict[] = ['verified', 'contradicted', 'unverifiable'];

export interface ClaimView extends ClaimReport {
  /** Offsets into the file's text (undefined when the text could not be read again). */
  start: number;
  end: number;
  /** Index into the file's messages of the diagnostic reporting this claim, if any. */
  message?: number;
}

export interface MessageView extends ReportMessage {
  /** Index into the file's claims of the claim this diagnostic reports, if any. */
  claim?: number;
  /** Offsets of the diagnostic's range, for highlighting one that reports no claim. */
  start?: number;
  end?: number;
}

export interface FileView {
  /** Position in the run; element ids are built from it, so they are stable for one input. */
  index: number;
  path: string;
  lang: string | undefined;
  fatal: string | undefined;
  lines: SourceLines | undefined;
  claims: ClaimView[];
  messages: MessageView[];
  counts: Record<Verdict, number> & { errors: number; warnings: number };
}

export interface RuleRow {
  id: string;
  meta: RuleMeta | undefined;
  errors: number;
  warnings: number;
  claims: Record<Verdict, number>;
}

export interface RunView {
  files: FileView[];
  totals: Record<Verdict, number> & { errors: number; warnings: number; fixable: number; withProblems: number; withoutClaims: number; unread: number };
  rules: RuleRow[];
}

const samePlace = (a: { line: number; column: number; endLine: number; endColumn: number }, b: typeof a): boolean =>
  a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;

/** Offsets of a line/column range, never splitting a surrogate pair and never reversed. */
function offsets(lines: SourceLines, loc: { line: number; column: number; endLine: number; endColumn: number }): { start: number; end: number } {
  const start = snapOffset(lines.text, lines.offsetOf(loc.line, loc.column), 'back');
  let end = snapOffset(lines.text, lines.offsetOf(loc.endLine, loc.endColumn), 'forward');
  // A span ending with a line break ends, as drawn, on the line before: its icon goes there.
  while (end > start && /[\r\n]/.test(lines.text[end - 1]!)) end--;
  return { start, end: Math.max(start, end) };
}

function fileView(result: LintResult, index: number, ctx: ReportContext, lines: SourceLines | undefined): FileView {
  const claims: ClaimView[] = (claimsOf(result) ?? []).map((c) => ({ ...c, ...(lines ? offsets(lines, c) : { start: 0, end: 0 }) }));
  const messages: MessageView[] = reportMessages(result).map((m) => ({ ...m }));
  messages.forEach((m, i) => {
    // The claim a diagnostic reports sits at the same place under the same rule; failing that
    // (a rule reporting under another id) at the same place.
    let k = claims.findIndex((c) => c.message === undefined && c.ruleId === m.ruleId && samePlace(c, m));
    if (k < 0) k = claims.findIndex((c) => c.message === undefined && samePlace(c, m));
    if (k >= 0) {
      m.claim = k;
      claims[k]!.message = i;
    } else if (lines && !m.fatal) {
      Object.assign(m, offsets(lines, m));
    }
  });
  const counts = { verified: 0, contradicted: 0, unverifiable: 0, errors: 0, warnings: 0 };
  for (const c of claims) counts[c.verdict]++;
  for (const m of messages) {
    if (m.severity === 2) counts.errors++;
    else counts.warnings++;
  }
  return { index, path: displayPath(result.filePath, ctx.cwd), lang: result.lang, fatal: result.fatal, lines, claims, messages, counts };
}

export function runView(results: LintResult[], ctx: ReportContext): RunView {
  const linesOf = sourceCache(ctx.readSource, sourceLines);
  const files = results.map((r, i) => fileView(r, i, ctx, textOf(r, linesOf)));
  const totals = { verified: 0, contradicted: 0, unverifiable: 0, errors: 0, warnings: 0, fixable: 0, withProblems: 0, withoutClaims: 0, unread: 0 };
  const rules = new Map<string, RuleRow>();
  const row = (id: string): RuleRow => {
    let r = rules.get(id);
    if (!r) {
      r = { id, meta: ctx.rules.find((m) => m.id === id), errors: 0, warnings: 0, claims: { verified: 0, contradicted: 0, unverifiable: 0 } };
      rules.set(id, r);
    }
    return r;
  };
  for (const f of files) {
    for (const v of VERDICTS) totals[v] += f.counts[v];
    totals.errors += f.counts.errors;
    totals.warnings += f.counts.warnings;
    if (f.messages.length > 0) totals.withProblems++;
    if (f.claims.length === 0) totals.withoutClaims++;
    if (f.fatal !== undefined) totals.unread++;
    for (const m of f.messages) {
      if (m.fix) totals.fixable++;
      if (m.severity === 2) row(m.ruleId).errors++;
      else row(m.ruleId).warnings++;
    }
    for (const c of f.claims) row(c.ruleId).claims[c.verdict]++;
  }
  // Sorted by id: the table reads the same whatever order the files came in.
  const ruleRows = [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { files, totals, rules: ruleRows };
}
