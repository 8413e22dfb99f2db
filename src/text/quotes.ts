// Whether an offset lies inside a direct quotation of its paragraph. A quotation may run over
// several sentences («… l'an dernier … . Au premier semestre … », a noté Poutine), so the scan
// starts at the paragraph, not the sentence. Paired marks (« », “ ”, „ “, ‹ ›) nest by count;
// straight double quotes toggle.
const OPEN = new Set(['«', '“', '„', '‹']);
const CLOSE = new Set(['»', '”', '›']);

export function insideQuote(text: string, offset: number): boolean {
  let start = text.lastIndexOf('\n\n', offset);
  start = start < 0 ? 0 : start + 2;
  let depth = 0;
  let straight = false;
  for (let i = start; i < offset; i++) {
    const c = text[i]!;
    if (c === '"') straight = !straight;
    // „ opens and “ closes in German; “ opens and ” closes in English: “ after an open „ closes.
    else if (c === '“' && depth > 0 && text.lastIndexOf('„', i) >= start && text.lastIndexOf('„', i) > text.lastIndexOf('“', i - 1)) depth--;
    else if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c) && depth > 0) depth--;
  }
  return depth > 0 || straight;
}
