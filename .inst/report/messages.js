export const FILE_ERROR_RULE = 'file-error';
export function reportMessages(result) {
    if (result.fatal === undefined)
        return result.messages;
    // The engine may already carry the fatal error as a file-error message: mark it, don't repeat it.
    if (result.messages.some((m) => m.ruleId === FILE_ERROR_RULE)) {
        return result.messages.map((m) => (m.ruleId === FILE_ERROR_RULE ? { ...m, fatal: true } : m));
    }
    const fatal = {
        ruleId: FILE_ERROR_RULE,
        severity: 2,
        message: result.fatal,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        fatal: true,
    };
    return [fatal, ...result.messages];
}
export function severityWord(severity) {
    return severity === 2 ? 'error' : 'warning';
}
/** The fact behind a message as labelled lines: article, facts, source, note. */
export function factDetails(m) {
    const out = [];
    if (m.actual !== undefined)
        out.push({ label: 'article', value: m.actual });
    if (m.expected !== undefined)
        out.push({ label: 'facts', value: m.expected });
    if (m.fact)
        out.push({ label: 'source', value: `${m.fact.source} (${m.fact.id})` });
    if (m.fact?.note !== undefined)
        out.push({ label: 'note', value: m.fact.note });
    return out;
}
export function totals(results) {
    const t = { problems: 0, errors: 0, warnings: 0, fixable: 0 };
    for (const result of results) {
        for (const m of reportMessages(result)) {
            t.problems += 1;
            if (m.severity === 2)
                t.errors += 1;
            else
                t.warnings += 1;
            if (m.fix)
                t.fixable += 1;
        }
    }
    return t;
}
/** Collapses line breaks for formats that give each message one line. */
export function oneLine(s) {
    return s.replace(/\r\n?|\n/g, ' ');
}
/**
 * The source of a result's file, unless the file could not be linted: its bytes are no text
 * (and may be huge), so no code frame, snippet or byte column is taken from them.
 */
export function textOf(result, linesOf) {
    return result.fatal === undefined ? linesOf(result.filePath) : undefined;
}
/** Memoizes ctx.readSource per file for one report. */
export function sourceCache(read, wrap) {
    const cache = new Map();
    return (filePath) => {
        if (!cache.has(filePath)) {
            const text = read(filePath);
            cache.set(filePath, text === undefined ? undefined : wrap(text));
        }
        return cache.get(filePath);
    };
}
