// The common front matter — "key: value" lines with plain values — read without the YAML
// library, which costs more to load than linting one article. Anything else (quotes, lists,
// nesting, anchors, numbers other than whole ones, duplicate keys...) returns undefined and
// goes to the full YAML parser, so both paths give the same data for what this one accepts
// (YAML 1.2 core schema: null/true/false words, whole numbers, everything else a string).
const PAIR = /^([A-Za-z_][A-Za-z0-9_-]{0,63}):(?: (.*))?$/;
// A plain value that cannot mean anything but text: starts with a letter or digit, holds no
// character YAML gives a meaning to (: # [ ] { } & * ! | > % @ ` " and tabs).
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} .,_/()+'’-]{0,1000}$/u;
const NULL = /^(?:null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const WHOLE = /^\d{1,15}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The text without leading and trailing spaces (a loop: a regex for trailing spaces can go quadratic). */
function trimSpaces(s) {
    let a = 0;
    let b = s.length;
    while (a < b && s.charCodeAt(a) === 32)
        a++;
    while (b > a && s.charCodeAt(b - 1) === 32)
        b--;
    return s.slice(a, b);
}
function scalar(value) {
    if (value === undefined || value === '')
        return { ok: true, value: null };
    if (!PLAIN.test(value))
        return { ok: false };
    if (NULL.test(value))
        return { ok: true, value: null };
    if (TRUE.test(value))
        return { ok: true, value: true };
    if (FALSE.test(value))
        return { ok: true, value: false };
    if (WHOLE.test(value))
        return { ok: true, value: Number(value) };
    if (ISO_DAY.test(value))
        return { ok: true, value };
    // Other values starting with a digit may be floats, hex, octal, times: the YAML parser decides.
    if (/^\d/.test(value))
        return { ok: false };
    return { ok: true, value };
}
/** The keys and values of a simple front matter block (between the --- lines), or undefined. */
export function parseSimpleFrontMatter(source) {
    const data = {};
    const seen = new Set();
    for (const line of source.split(/\r?\n/)) {
        // A lone CR is not a line break to the YAML library: leave such text to it.
        if (line.includes('\r'))
            return undefined;
        if (line === '' || line.startsWith('#'))
            continue;
        const m = PAIR.exec(line);
        if (!m)
            return undefined;
        const key = m[1];
        if (seen.has(key) || key === '__proto__' || NULL.test(key) || TRUE.test(key) || FALSE.test(key))
            return undefined;
        seen.add(key);
        const v = scalar(m[2] === undefined ? undefined : trimSpaces(m[2]));
        if (!v.ok)
            return undefined;
        data[key] = v.value;
    }
    return data;
}
