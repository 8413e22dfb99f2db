import { reportMessages, severityWord } from './messages.js';
import { absolutePath } from './paths.js';
import { XML_DECLARATION, attrs } from './xml.js';
export const checkstyle = (results, ctx) => {
    const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
    for (const result of results) {
        const errors = reportMessages(result).map((m) => `    <error${attrs({
            line: m.line,
            column: m.column,
            severity: severityWord(m.severity),
            message: `${m.message} (${m.ruleId})`,
            source: `factlint.rules.${m.ruleId}`,
        })} />`);
        const name = attrs({ name: absolutePath(result.filePath, ctx.cwd) });
        if (errors.length === 0)
            out.push(`  <file${name} />`);
        else
            out.push(`  <file${name}>`, ...errors, '  </file>');
    }
    out.push('</checkstyle>');
    return `${out.join('\n')}\n`;
};
