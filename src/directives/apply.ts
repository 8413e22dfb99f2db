// Directives as a filter over one file's diagnostics, as ESLint applies its comments:
// `disable`/`enable` switch rules off and on from the comment onwards, `disable-line` covers the
// comment's own lines and `disable-next-line` the line after the comment.
import { lineOfOffset } from '../document/lines.js';
import { ruleDocUrl } from '../report/project.js';
import type { Diagnostic, RuleMeta, SuppressedMessage } from '../types.js';
import type { Directive } from './parse.js';

export const UNUSED_DIRECTIVE_RULE = 'unused-disable-directive';

export const UNUSED_DIRECTIVE_META: RuleMeta = {
  id: UNUSED_DIRECTIVE_RULE,
  category: 'file',
  description: 'A factlint-disable directive that suppressed no problem (with --report-unused-disable-directives).',
  help: 'Remove the comment, or name the rule it is meant for. A directive that suppresses nothing hides the next real problem on its lines.',
  defaultSeverity: 'off',
  url: ruleDocUrl(UNUSED_DIRECTIVE_RULE),
};

interface Located extends Directive {
  line: number;
  endLine: number;
  column: number;
  endColumn: number;
}

export interface DirectiveFilterResult {
  kept: Diagnostic[];
  suppressed: number;
  /** The suppressed diagnostics with the directive's justification (ESLint's suppressedMessages). */
  suppressedMessages: SuppressedMessage[];
  /** Warnings for directives (or rule ids in them) that suppressed nothing. */
  unused: Diagnostic[];
}


function locate(d: Directive, lineStarts: readonly number[]): Located {
  const line = lineOfOffset(lineStarts, d.start);
  const endLine = lineOfOffset(lineStarts, Math.max(d.start, d.end - 1));
  return { ...d, line, endLine, column: d.start - lineStarts[line - 1]! + 1, endColumn: d.end - lineStarts[endLine - 1]! + 1 };
}

/** Offset where a diagnostic starts: its span, else its line and column. */
function startOffset(m: Diagnostic, lineStarts: readonly number[]): number {
  if (m.span) return m.span.start;
  return (lineStarts[m.line - 1] ?? 0) + m.column - 1;
}

const covers = (d: Directive, ruleId: string): boolean => d.rules.length === 0 || d.rules.includes(ruleId);

export function applyDirectives(
  messages: Diagnostic[],
  directives: Directive[],
  lineStarts: readonly number[],
  reportUnused: boolean,
): DirectiveFilterResult {
  if (directives.length === 0) return { kept: messages, suppressed: 0, suppressedMessages: [], unused: [] };
  const located = directives.map((d) => locate(d, lineStarts));
  // Which rule names of which directive did some work ('*' for a directive naming no rule).
  const used = new Map<Located, Set<string>>();
  const markUsed = (d: Located, ruleId: string) => {
    const set = used.get(d) ?? new Set<string>();
    set.add(d.rules.length === 0 ? '*' : ruleId);
    used.set(d, set);
  };
  const kept: Diagnostic[] = [];
  const suppressedMessages: SuppressedMessage[] = [];
  for (const m of messages) {
    const by = suppressor(m, located, lineStarts);
    if (by) {
      markUsed(by, m.ruleId);
      suppressedMessages.push({ ...m, suppressions: [{ kind: 'directive', justification: by.justification }] });
    } else kept.push(m);
  }
  const unused: Diagnostic[] = [];
  if (reportUnused) {
    for (const d of located) {
      if (d.kind === 'enable') continue;
      const did = used.get(d);
      const idle = d.rules.length === 0 ? (did ? [] : ['*']) : d.rules.filter((r) => !did?.has(r));
      for (const rule of idle) {
        unused.push({
          ruleId: UNUSED_DIRECTIVE_RULE,
          severity: 1,
          message: rule === '*'
            ? `Unused factlint-${d.kind} directive (no problems were reported)`
            : `Unused factlint-${d.kind} directive (no problems were reported from '${rule}')`,
          line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn,
          span: { start: d.start, end: d.end },
        });
      }
    }
  }
  return { kept, suppressed: suppressedMessages.length, suppressedMessages, unused };
}

/** The directive that switches this diagnostic off, if any. */
function suppressor(m: Diagnostic, directives: Located[], lineStarts: readonly number[]): Located | undefined {
  for (const d of directives) {
    if (d.kind === 'disable-line' && m.line >= d.line && m.line <= d.endLine && covers(d, m.ruleId)) return d;
    if (d.kind === 'disable-next-line' && m.line === d.endLine + 1 && covers(d, m.ruleId)) return d;
  }
  // Block directives: the last disable/enable before the diagnostic that names its rule decides.
  const at = startOffset(m, lineStarts);
  let state: Located | undefined;
  for (const d of directives) {
    if (d.end > at) break;
    if (d.kind === 'disable' && covers(d, m.ruleId)) state = d;
    else if (d.kind === 'enable' && covers(d, m.ruleId)) state = undefined;
  }
  return state;
}
