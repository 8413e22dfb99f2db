// ESLint's JSON format (ESLint 9's LintResult), so that tools written for `eslint -f json`
// (eslint-formatter-*, reviewdog's rdjson formatter, SonarQube, GitLab Code Quality) read factlint.
// The ESLint fields come first and in ESLint's order; factlint's own (fatal, claims) follow.
// Counts are worked out here from the messages written, as ESLint's calculateStatsPerFile does,
// so they always agree with the array beside them.
import type { Diagnostic, LintResult, SuppressedMessage } from '../types.js';
import { claimsOf } from '../claims/claims-of.js';
import { reportMessages, textOf, type ReportMessage } from './messages.js';
import { absolutePath } from './paths.js';
import type { Formatter, ReportContext } from './types.js';

type Json = Record<string, unknown>;

function publicMessage<M extends Diagnostic>(m: M, cwd: string): Omit<M, 'span'> {
  const { span: _span, ...rest } = m;
  if (rest.related) rest.related = rest.related.map((r) => ({ ...r, filePath: absolutePath(r.filePath, cwd) }));
  return rest;
}

/** ESLint's per-file statistics over the messages reported. */
export function eslintCounts(messages: readonly ReportMessage[]) {
  const c = { errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const m of messages) {
    if (m.fatal) c.fatalErrorCount++;
    if (m.severity === 2) {
      c.errorCount++;
      if (m.fix) c.fixableErrorCount++;
    } else {
      c.warningCount++;
      if (m.fix) c.fixableWarningCount++;
    }
  }
  return c;
}

/** One result as ESLint 9 writes it, with factlint's extra fields after ESLint's. */
export function eslintResult(result: LintResult, ctx: ReportContext): Json {
  const messages = reportMessages(result);
  const counts = eslintCounts(messages);
  const out: Json = {
    filePath: absolutePath(result.filePath, ctx.cwd),
    messages: messages.map((m) => publicMessage(m, ctx.cwd)),
    suppressedMessages: (result.suppressedMessages ?? []).map((m: SuppressedMessage) => publicMessage(m, ctx.cwd)),
    ...counts,
  };
  // ESLint includes the text when the file has problems: formatters draw code frames from it and
  // eslint-formatter-rdjson turns fix offsets and UTF-16 columns into reviewdog's positions with it.
  // Not for a file that could not be linted: its bytes are no text (binary, unreadable).
  if (counts.errorCount + counts.warningCount > 0) {
    const source = textOf(result, ctx.readSource);
    if (source !== undefined) out.source = source;
  }
  // factlint has no deprecated rules; ESLint always writes the array.
  out.usedDeprecatedRules = [];
  if (result.fatal !== undefined) out.fatal = result.fatal;
  const claims = claimsOf(result);
  if (claims !== undefined) out.claims = claims;
  return out;
}

/**
 * The array in pieces, one per file: JSON.stringify of an array is its elements' texts joined by
 * commas in brackets, so the pieces make the same bytes, and a large run never holds every
 * file's text (ESLint's `source`) at once.
 */
export function* jsonChunks(results: LintResult[], ctx: ReportContext): Generator<string> {
  if (results.length === 0) {
    yield '[]\n';
    return;
  }
  for (let i = 0; i < results.length; i++) yield (i === 0 ? '[' : ',') + JSON.stringify(eslintResult(results[i]!, ctx));
  yield ']\n';
}

export const json: Formatter = (results: LintResult[], ctx: ReportContext): string => [...jsonChunks(results, ctx)].join('');
