import { reportMessages, sourceCache, textOf } from './messages.js';
import { relativePath } from './paths.js';
import { HOMEPAGE } from './project.js';
import { sourceLines, utf8Length } from './source-lines.js';
/** UTF-16 column on a line -> UTF-8 byte column on that line. */
function byteColumn(lines, line, column) {
    const text = lines?.line(line);
    if (text === undefined)
        return column;
    return utf8Length(text.slice(0, Math.max(column - 1, 0))) + 1;
}
function position(lines, line, column) {
    return { line, column: byteColumn(lines, line, column) };
}
function fixRange(lines, m) {
    if (!m.fix || !lines)
        return undefined;
    const start = lines.positionOf(m.fix.range[0]);
    const end = lines.positionOf(m.fix.range[1]);
    return { start: position(lines, start.line, start.column), end: position(lines, end.line, end.column) };
}
export const rdjson = (results, ctx) => {
    const linesOf = sourceCache(ctx.readSource, sourceLines);
    const urls = new Map(ctx.rules.map((r) => [r.id, r.url]));
    const diagnostics = [];
    for (const result of results) {
        const path = relativePath(result.filePath, ctx.cwd);
        const lines = textOf(result, linesOf);
        for (const m of reportMessages(result)) {
            const url = urls.get(m.ruleId);
            const suggestion = fixRange(lines, m);
            const related = (m.related ?? []).map((r) => ({
                ...(r.message !== undefined ? { message: r.message } : {}),
                location: {
                    path: relativePath(r.filePath, ctx.cwd),
                    range: { start: position(linesOf(r.filePath), r.line, r.column) },
                },
            }));
            diagnostics.push({
                message: m.message,
                location: {
                    path,
                    range: { start: position(lines, m.line, m.column), end: position(lines, m.endLine, m.endColumn) },
                },
                severity: m.severity === 2 ? 'ERROR' : 'WARNING',
                code: url === undefined ? { value: m.ruleId } : { value: m.ruleId, url },
                ...(suggestion && m.fix ? { suggestions: [{ range: suggestion, text: m.fix.text }] } : {}),
                ...(related.length > 0 ? { related_locations: related } : {}),
            });
        }
    }
    return `${JSON.stringify({ source: { name: 'factlint', url: HOMEPAGE }, diagnostics })}\n`;
};
