// factlint diagnostics -> LSP diagnostics. Pure: everything outside the message (where a fact
// file's statement is, which rules have a doc page, how a path becomes a URI) comes in through
// `DiagnosticContext`.
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation, type Location, type TextEdit } from 'vscode-languageserver';
import type { Diagnostic } from '../types.js';
import { positionOfLineColumn, rangeOfDiagnostic, rangeOfSpan, type TextIndex } from './positions.js';

/** What a published diagnostic carries back to the server in a code action request. */
export interface DiagnosticData {
  /** The fix as an edit of the text the diagnostic was published for. */
  fix?: TextEdit;
}

export interface DiagnosticContext {
  /** The rule's documentation page, when it has one. */
  ruleUrl(ruleId: string): string | undefined;
  /** The statement a fact id names, in its fact file, when it can be found. */
  factLocation(fact: NonNullable<Diagnostic['fact']>): Location | undefined;
  /** The URI of an article path a cross-article diagnostic names. */
  fileUri(filePath: string): string;
}

export const SOURCE = 'factlint';

export function toLspDiagnostic(d: Diagnostic, ix: TextIndex, ctx: DiagnosticContext): LspDiagnostic {
  const out: LspDiagnostic = {
    range: rangeOfDiagnostic(ix, d),
    severity: d.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.ruleId,
    source: SOURCE,
    message: d.message,
  };
  const href = ctx.ruleUrl(d.ruleId);
  if (href) out.codeDescription = { href };
  const related = relatedOf(d, ctx);
  if (related.length) out.relatedInformation = related;
  if (d.fix) {
    const data: DiagnosticData = { fix: { range: rangeOfSpan(ix, { start: d.fix.range[0], end: d.fix.range[1] }), newText: d.fix.text } };
    out.data = data;
  }
  return out;
}

function relatedOf(d: Diagnostic, ctx: DiagnosticContext): DiagnosticRelatedInformation[] {
  const out: DiagnosticRelatedInformation[] = [];
  if (d.fact) {
    const location = ctx.factLocation(d.fact);
    // The source is a URL (or a citation) an editor cannot open as a location: it goes in the text.
    const words = [`fact ${d.fact.id}`, d.expected !== undefined ? `says ${d.expected}` : '', `source: ${d.fact.source}`, d.fact.note ? `note: ${d.fact.note}` : ''];
    if (location) out.push({ location, message: words.filter(Boolean).join('; ') });
  }
  for (const r of d.related ?? []) {
    const at = positionOfLineColumn({ text: '', lineStarts: [0], shift: 0 }, r.line, r.column);
    out.push({ location: { uri: ctx.fileUri(r.filePath), range: { start: at, end: at } }, message: r.message ?? 'the other article' });
  }
  return out;
}
