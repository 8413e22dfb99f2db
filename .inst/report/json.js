import { reportMessages } from './messages.js';
import { absolutePath } from './paths.js';
function publicMessage(m, cwd) {
    const { span: _span, ...rest } = m;
    if (rest.related)
        rest.related = rest.related.map((r) => ({ ...r, filePath: absolutePath(r.filePath, cwd) }));
    return rest;
}
export const json = (results, ctx) => {
    const out = results.map((result) => ({
        ...result,
        filePath: absolutePath(result.filePath, ctx.cwd),
        messages: reportMessages(result).map((m) => publicMessage(m, ctx.cwd)),
    }));
    return `${JSON.stringify(out)}\n`;
};
