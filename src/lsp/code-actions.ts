// Quick fixes: a diagnostic published with a fix (DiagnosticData) becomes a code action whose
// WorkspaceEdit replaces the span, as `factlint --fix` would. Pure. The edit is the one computed
// when the diagnostic was published; the client sends back the diagnostics it shows, so an
// action is offered only for the text it was computed for (a newer lint replaces them).
import { CodeActionKind, type CodeAction, type Diagnostic as LspDiagnostic, type Range } from 'vscode-languageserver';
import { SOURCE, type DiagnosticData } from './to-lsp.js';

function overlaps(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

function fixOf(d: LspDiagnostic): DiagnosticData['fix'] {
  const data = d.data as DiagnosticData | undefined;
  const fix = data?.fix;
  return d.source === SOURCE && fix && typeof fix.newText === 'string' && fix.range ? fix : undefined;
}

export function quickFixes(uri: string, range: Range, diagnostics: readonly LspDiagnostic[], text: (r: Range) => string): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const fix = fixOf(d);
    if (!fix || !overlaps(d.range, range)) continue;
    out.push({
      title: `Replace “${text(fix.range)}” with “${fix.newText}” (factlint ${String(d.code ?? '')})`.replace(/ \)$/, ')'),
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [uri]: [fix] } },
    });
  }
  return out;
}
