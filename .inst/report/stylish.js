// Default, human format: one block per message with a clickable path:line:col, a code frame
// and the fact behind it; a summary line at the end. Empty output when there is nothing to say.
import pc from 'picocolors';
import { codeFrame } from './code-frame.js';
import { factDetails, reportMessages, severityWord, sourceCache, totals, textOf } from './messages.js';
import { relativePath } from './paths.js';
import { sourceLines } from './source-lines.js';
import { printable } from './text-width.js';
const LABEL_WIDTH = 10; // "see also: " is the longest label
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function label(name, value, c) {
    return `  ${c.dim(`${name}:`.padEnd(LABEL_WIDTH))}${printable(value)}`;
}
function renderFrame(frame, m, c) {
    const mark = m.severity === 2 ? c.red : c.yellow;
    return frame.rows.map((row) => {
        const num = row.lineNo === undefined ? ' '.repeat(frame.gutterWidth) : String(row.lineNo).padStart(frame.gutterWidth);
        if (row.kind === 'target')
            return `  ${mark('>')} ${c.dim(`${num} |`)} ${row.text}`;
        if (row.kind === 'underline')
            return `    ${c.dim(`${num} |`)} ${mark(row.text)}`;
        return `    ${c.dim(`${num} |`)}${row.text === '' ? '' : ` ${row.text}`}`;
    });
}
function renderMessage(rel, m, lines, ctx, c) {
    const sev = m.severity === 2 ? c.red(severityWord(2)) : c.yellow(severityWord(1));
    // A multi-line message keeps the rule id on the header line; the rest follows indented.
    const [first = '', ...more] = m.message.split(/\r?\n/).map(printable);
    const out = [`${c.bold(`${rel}:${m.line}:${m.column}`)}  ${sev}  ${first}  ${c.dim(m.ruleId)}`];
    for (const line of more)
        out.push(`  ${line}`);
    if (!m.fatal && lines) {
        const frame = codeFrame(lines, m);
        if (frame)
            out.push(...renderFrame(frame, m, c));
    }
    for (const d of factDetails(m))
        out.push(label(d.label, d.value, c));
    for (const r of m.related ?? []) {
        const where = `${relativePath(r.filePath, ctx.cwd)}:${r.line}:${r.column}`;
        out.push(label('see also', r.message ? `${where}  ${r.message}` : where, c));
    }
    return out.join('\n');
}
export const stylish = (results, ctx) => {
    const c = pc.createColors(ctx.color);
    const linesOf = sourceCache(ctx.readSource, sourceLines);
    const blocks = [];
    for (const result of results) {
        const messages = reportMessages(result);
        if (messages.length === 0)
            continue;
        const rel = relativePath(result.filePath, ctx.cwd);
        const lines = textOf(result, linesOf);
        for (const m of messages)
            blocks.push(renderMessage(rel, m, lines, ctx, c));
    }
    if (blocks.length === 0)
        return '';
    const t = totals(results);
    const paint = t.errors > 0 ? c.red : c.yellow;
    const summary = [
        c.bold(paint(`✖ ${plural(t.problems, 'problem')} (${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')})`)),
    ];
    if (t.fixable > 0)
        summary.push(`  ${t.fixable} fixable with --fix`);
    return `${blocks.join('\n\n')}\n\n${summary.join('\n')}\n`;
};
