// Default, human format: one block per message with a clickable path:line:col, a code frame
// and the fact behind it; a summary line at the end. Empty output when there is nothing to say.
import type pc from 'picocolors';
import { onDemand } from '../on-demand.js';
import type { LintResult } from '../types.js';
import { codeFrame, type CodeFrame } from './code-frame.js';
import { factDetails, oneLine, reportMessages, severityWord, sourceCache, totals, textOf, type ReportMessage } from './messages.js';
import { displayPath } from './paths.js';
import { sourceLines, type SourceLines } from './source-lines.js';
import { printable } from './text-width.js';
import type { Formatter, ReportContext } from './types.js';
import { plural } from '../text/plural.js';

/** The formatters stylish uses. */
type Colors = Pick<ReturnType<typeof pc.createColors>, 'bold' | 'dim' | 'red' | 'yellow'>;

// picocolors is loaded only for colour: its import reads process.stdout.isTTY, and setting up
// process.stdout costs a one-article run 2–5 ms that plain output does not need.
const picocolors = onDemand<typeof pc>('picocolors');
const plain = (s: string | number | null | undefined): string => String(s);
const PLAIN: Colors = { bold: plain, dim: plain, red: plain, yellow: plain };

const LABEL_WIDTH = 10; // "see also: " is the longest label

function label(name: string, value: string, c: Colors): string {
  return `  ${c.dim(`${name}:`.padEnd(LABEL_WIDTH))}${printable(oneLine(value))}`;
}

function renderFrame(frame: CodeFrame, m: ReportMessage, c: Colors): string[] {
  const mark = m.severity === 2 ? c.red : c.yellow;
  return frame.rows.map((row) => {
    const num = row.lineNo === undefined ? ' '.repeat(frame.gutterWidth) : String(row.lineNo).padStart(frame.gutterWidth);
    if (row.kind === 'target') return `  ${mark('>')} ${c.dim(`${num} |`)} ${row.text}`;
    if (row.kind === 'underline') return `    ${c.dim(`${num} |`)} ${mark(row.text)}`;
    return `    ${c.dim(`${num} |`)}${row.text === '' ? '' : ` ${row.text}`}`;
  });
}

function renderMessage(rel: string, m: ReportMessage, lines: SourceLines | undefined, ctx: ReportContext, c: Colors): string {
  const sev = m.severity === 2 ? c.red(severityWord(2)) : c.yellow(severityWord(1));
  // A multi-line message keeps the rule id on the header line; the rest follows indented.
  const [first = '', ...more] = m.message.split(/\r?\n/).map(printable);
  const out = [`${c.bold(`${rel}:${m.line}:${m.column}`)}  ${sev}  ${first}  ${c.dim(m.ruleId)}`];
  for (const line of more) out.push(`  ${line}`);
  if (!m.fatal && lines) {
    const frame = codeFrame(lines, m);
    if (frame) out.push(...renderFrame(frame, m, c));
  }
  for (const d of factDetails(m)) out.push(label(d.label, d.value, c));
  for (const r of m.related ?? []) {
    const where = `${displayPath(r.filePath, ctx.cwd)}:${r.line}:${r.column}`;
    out.push(label('see also', r.message ? `${where}  ${r.message}` : where, c));
  }
  return out.join('\n');
}

/**
 * The report in pieces, one per file and the summary: the command line writes each as it comes,
 * so a large run never holds the whole report (nor every file's text) at once.
 */
export function* stylishChunks(results: LintResult[], ctx: ReportContext): Generator<string> {
  const c = ctx.color ? picocolors().createColors(true) : PLAIN;
  const linesOf = sourceCache(ctx.readSource, sourceLines);
  let any = false;
  for (const result of results) {
    const messages = reportMessages(result);
    if (messages.length === 0) continue;
    const rel = displayPath(result.filePath, ctx.cwd);
    const lines = textOf(result, linesOf);
    const blocks = messages.map((m) => renderMessage(rel, m, lines, ctx, c));
    yield (any ? '\n\n' : '') + blocks.join('\n\n');
    any = true;
  }
  if (!any) return;

  const t = totals(results);
  const paint = t.errors > 0 ? c.red : c.yellow;
  const summary = [
    c.bold(paint(`✖ ${plural(t.problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')})`)),
  ];
  if (t.fixable > 0) summary.push(`  ${t.fixable} fixable with --fix`);
  yield `\n\n${summary.join('\n')}\n`;
}

export const stylish: Formatter = (results: LintResult[], ctx: ReportContext): string => [...stylishChunks(results, ctx)].join('');
