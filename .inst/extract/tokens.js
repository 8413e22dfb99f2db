const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
export function foldWord(word) {
    // Called for every word of every article: replace only when there is something to replace.
    let w = word.toLowerCase();
    if (w.includes('ё'))
        w = w.replace(/ё/g, 'е');
    if (w.includes('’'))
        w = w.replace(/’/g, "'");
    return w;
}
export function tokenize(text, span = { start: 0, end: text.length }) {
    const out = [];
    const slice = text.slice(span.start, span.end);
    WORD.lastIndex = 0;
    for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
        const start = span.start + m.index;
        const key = foldWord(m[0]);
        out.push({ start, end: start + m[0].length, text: m[0], key, head: key.length > 3 ? key.slice(0, 3) : key });
    }
    return out;
}
/** True when only blanks (incl. NBSP and thin spaces) separate the two offsets. */
export function onlySpaceBetween(text, from, to) {
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (!(c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007))
            return false;
    }
    return true;
}
