// A country written inside a currency's name ("US-Dollar", «долларов США», "dolar AS", "dollars
// américains") names the currency, not the country: an article quoting its figures in dollars
// does not talk about the United States. The currency forms are the language's units
// (rules/lang/<lang>/numbers.json).
import { numbersPack } from '../language/numbers.js';
import { perLanguage } from '../language/pack.js';
import { formText } from '../language/phrase-pattern.js';
import type { Span } from '../types.js';

/** The language's currency forms of more than one word, lower case, a trailing `*` dropped. */
const currencyFormsOf = perLanguage((lang): string[] => {
  const out = new Set<string>();
  for (const u of numbersPack(lang)?.units ?? []) {
    if (!u.currency) continue;
    for (const f of [...(u.before ?? []), ...(u.after ?? [])]) {
      const t = formText(f).replace(/\*$/u, '').toLowerCase();
      // A word and a country's name or abbreviation, joined by a blank or a hyphen ("US-Dollar").
      if (/[\s-]/u.test(t) && /\p{L}.*\p{L}/u.test(t)) out.add(t);
      // A country's abbreviation glued to a currency sign ("US$"), also written with a blank ("US $").
      else if (/^\p{L}{2,}\.?\p{Sc}$/u.test(t)) {
        out.add(t);
        out.add(t.replace(/(?=\p{Sc}$)/u, ' '));
      }
    }
  }
  return [...out];
});

/** Whether the name at `span` stands inside one of the language's currency names. */
export function insideCurrencyName(text: string, span: Span, lang: string): boolean {
  const name = text.slice(span.start, span.end).toLowerCase();
  for (const form of currencyFormsOf(lang)) {
    const k = form.indexOf(name);
    if (k < 0) continue;
    const start = span.start - k;
    if (start >= 0 && text.slice(start, start + form.length).toLowerCase() === form) return true;
  }
  return false;
}
