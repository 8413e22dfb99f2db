import { reportMessages } from './messages.js';
import { relativePath } from './paths.js';
export function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s) {
    return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
export const github = (results, ctx) => {
    const lines = [];
    for (const result of results) {
        const file = relativePath(result.filePath, ctx.cwd);
        for (const m of reportMessages(result)) {
            const command = m.severity === 2 ? 'error' : 'warning';
            const props = [
                `file=${escapeProperty(file)}`,
                `line=${m.line}`,
                `col=${m.column}`,
                `endLine=${m.endLine}`,
                `endColumn=${m.endColumn}`,
                `title=${escapeProperty(m.ruleId)}`,
            ];
            lines.push(`::${command} ${props.join(',')}::${escapeData(m.message)}`);
        }
    }
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
