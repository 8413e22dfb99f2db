// Applying the fixes diagnostics carry to a document's text. Pure.
// Fixes are taken in order of position; one that overlaps a fix already taken is skipped (its
// problem stays in the report), and they are spliced in from the end so offsets stay valid.
import { lineStarts, positionAt } from '../document/lines.js';
function validFix(m, length) {
    if (!m.fix)
        return false;
    const [a, b] = m.fix.range;
    return Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b <= length;
}
export function applyFixes(text, messages) {
    const candidates = messages.filter((m) => validFix(m, text.length))
        .sort((x, y) => x.fix.range[0] - y.fix.range[0] || x.fix.range[1] - y.fix.range[1]);
    const taken = [];
    let lastEnd = -1;
    for (const m of candidates) {
        const [a, b] = m.fix.range;
        // Touching ranges are fine, except two insertions at one point (their order would be a guess).
        if (a < lastEnd || (a === lastEnd && a === b && taken.at(-1)?.fix.range[0] === a))
            continue;
        taken.push(m);
        lastEnd = b;
    }
    if (taken.length === 0)
        return { output: text, fixed: [], remaining: messages };
    let output = text;
    for (let i = taken.length - 1; i >= 0; i--) {
        const { range: [a, b], text: insert } = taken[i].fix;
        output = output.slice(0, a) + insert + output.slice(b);
    }
    const fixedSet = new Set(taken);
    const shift = offsetMapper(taken);
    const oldStarts = lineStarts(text);
    const fixedDoc = { text: output, lineStarts: lineStarts(output) };
    const remaining = messages.filter((m) => !fixedSet.has(m)).map((m) => moved(m, shift, oldStarts, fixedDoc));
    return { output, fixed: taken, remaining };
}
/**
 * Maps an offset in the old text to the new text: shifted by the length change of fixes before it.
 * An end offset (`isEnd`) stays before an insertion made exactly there, a start offset after it.
 */
function offsetMapper(taken) {
    return (offset, isEnd = false) => {
        let delta = 0;
        for (const m of taken) {
            const [a, b] = m.fix.range;
            if (isEnd && a === b && a === offset)
                break;
            if (b <= offset)
                delta += m.fix.text.length - (b - a);
            else if (a < offset)
                return a + m.fix.text.length + delta; // inside a replaced range: its end
            else
                break;
        }
        return offset + delta;
    };
}
/** A remaining diagnostic re-positioned in the fixed text (spans and fixes moved with it). */
function moved(m, shift, oldStarts, fixedDoc) {
    const start = m.span?.start ?? (oldStarts[m.line - 1] ?? 0) + m.column - 1;
    const end = m.span?.end ?? (oldStarts[m.endLine - 1] ?? 0) + m.endColumn - 1;
    const s = shift(start);
    const e = Math.max(s, shift(end, true));
    const from = positionAt(fixedDoc, s);
    const to = positionAt(fixedDoc, e);
    const out = { ...m, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    if (m.span)
        out.span = { start: s, end: e };
    if (m.fix)
        out.fix = { range: [shift(m.fix.range[0]), Math.max(shift(m.fix.range[0]), shift(m.fix.range[1], true))], text: m.fix.text };
    return out;
}
