import { oneLine, reportMessages, severityWord } from './messages.js';
import { relativePath } from './paths.js';
import { printable } from './text-width.js';
export const compact = (results, ctx) => {
    const lines = [];
    for (const result of results) {
        const rel = relativePath(result.filePath, ctx.cwd);
        for (const m of reportMessages(result)) {
            lines.push(`${rel}:${m.line}:${m.column}: ${severityWord(m.severity)} ${printable(oneLine(m.message))} [${m.ruleId}]`);
        }
    }
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
