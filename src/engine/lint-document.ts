// One article -> diagnostics. Pure: the document, the fact index and the settings in, findings out.
// Sentences are the unit of extraction; the paragraph and the article give context.
import { checkOfficeClaim } from '../checks/office-holder.js';
import type { Finding } from '../checks/finding.js';
import { rangeOf } from '../document/lines.js';
import { extractOfficeClaims } from '../extract/office-claims.js';
import { matcherFor } from '../extract/names.js';
import { tokenize } from '../extract/tokens.js';
import type { FactIndex } from '../facts/index.js';
import { paragraphs, sentences } from '../text/sentences.js';
import type { Diagnostic, SourceDocument, Span } from '../types.js';
import { severityNumber, type Severities } from './severity.js';

export interface LintSettings {
  severities: Severities;
}

export interface DocumentLint {
  diagnostics: Diagnostic[];
}

/** Sentences of the article body, paragraph by paragraph. */
export function sentenceSpans(doc: SourceDocument): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs(doc.text, doc.bodyStart, doc.text.length)) out.push(...sentences(doc.text, p));
  return out;
}

export function lintDocument(doc: SourceDocument, index: FactIndex, settings: LintSettings): DocumentLint {
  const findings: Finding[] = [];
  const lang = doc.lang ?? 'en';
  const matcher = matcherFor(index, () => index.entities(), lang);
  for (const sentence of sentenceSpans(doc)) {
    const tokens = tokenize(doc.text, sentence);
    if (tokens.length === 0) continue;
    const mentions = matcher.find(doc.text, tokens);
    if (mentions.length === 0) continue;
    const ctx = { text: doc.text, sentence, tokens, mentions, lang, date: doc.date };
    if (severityNumber(settings.severities['office-holder']) > 0) {
      for (const claim of extractOfficeClaims(ctx)) {
        const f = checkOfficeClaim(claim, index, doc.text);
        if (f) findings.push(f);
      }
    }
  }
  return { diagnostics: toDiagnostics(doc, findings, settings) };
}

export function toDiagnostics(doc: SourceDocument, findings: Finding[], settings: LintSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const severity = severityNumber(settings.severities[f.ruleId]);
    if (severity === 0) continue;
    const key = `${f.ruleId}\u0000${f.span.start}\u0000${f.span.end}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const d: Diagnostic = { ruleId: f.ruleId, severity, message: f.message, ...rangeOf(doc, f.span), span: f.span };
    if (f.actual !== undefined) d.actual = f.actual;
    if (f.expected !== undefined) d.expected = f.expected;
    if (f.fact) d.fact = { id: f.fact.id, source: f.fact.source, ...(f.fact.note ? { note: f.fact.note } : {}), file: f.fact.origin.file };
    if (f.fix) d.fix = f.fix;
    if (f.related) d.related = f.related;
    out.push(d);
  }
  return sortDiagnostics(out);
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn
    || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
}
