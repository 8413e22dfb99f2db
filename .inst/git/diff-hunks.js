// `git diff --unified=0` output -> the lines of each new file that were added or changed.
// Pure: the text in, ranges out. Only `+++` headers and `@@` hunk headers are read.
/** Hunk header: `@@ -a[,b] +c[,d] @@`; only the new side (+c,d) matters. */
const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
/**
 * Paths are relative to the repository root (the `b/` prefix removed). A file whose diff has
 * only deletions, or is a pure rename, maps to an empty list; a deleted file does not appear.
 */
export function parseUnifiedDiff(diff) {
    const out = new Map();
    let current;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const name = headerPath(line.slice(4).replace(/\r$/, ''));
            if (name === undefined) {
                current = undefined;
            }
            else {
                current = out.get(name) ?? [];
                out.set(name, current);
            }
            continue;
        }
        if (!current || !line.startsWith('@@'))
            continue;
        const m = HUNK.exec(line);
        if (!m)
            continue;
        const start = Number(m[1]);
        const count = m[2] === undefined ? 1 : Number(m[2]);
        if (count > 0)
            current.push([start, start + count - 1]);
    }
    return out;
}
/** `b/path`, `"b/quoted\tpath"` or `/dev/null` (deleted: undefined). */
function headerPath(raw) {
    if (raw === '/dev/null')
        return undefined;
    const name = raw.startsWith('"') ? unquoteC(raw) : raw.replace(/\t$/, '');
    return name.startsWith('b/') ? name.slice(2) : name;
}
const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
/** Undoes git's C-style quoting of a path: backslash escapes and octal bytes of UTF-8. */
export function unquoteC(quoted) {
    const body = quoted.slice(1, quoted.lastIndexOf('"') > 0 ? quoted.lastIndexOf('"') : undefined);
    const bytes = [];
    for (let i = 0; i < body.length; i++) {
        const cp = body.codePointAt(i);
        if (cp !== 0x5c /* backslash */) {
            bytes.push(...Buffer.from(String.fromCodePoint(cp), 'utf8'));
            if (cp > 0xffff)
                i++;
            continue;
        }
        const next = body[i + 1] ?? '';
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** True when any line of [from, to] lies in one of the ranges. */
export function touches(ranges, from, to) {
    return ranges.some(([a, b]) => a <= to && from <= b);
}
