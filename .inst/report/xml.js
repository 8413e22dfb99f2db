// XML 1.0 text and attribute escaping. Characters XML 1.0 cannot carry at all (C0 controls
// other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) become U+FFFD so the document stays
// well-formed; in attributes, tab/LF/CR are written as references so parsers keep them.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function clean(s) {
    return s.replace(NOT_XML, '\uFFFD');
}
export function escapeText(s) {
    return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
export function escapeAttr(s) {
    return escapeText(s)
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\t/g, '&#9;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;');
}
export function attrs(values) {
    return Object.entries(values)
        .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
        .join('');
}
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
