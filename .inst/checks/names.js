/** The entity's first name in `lang` (else English, else its id); offices in lower case. */
export function displayName(index, id, lang, lower = false) {
    const e = index.entity(id);
    const name = e?.names?.[lang]?.[0] ?? e?.names?.en?.[0] ?? id;
    return lower && e?.type === 'office' && lang === 'en' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
