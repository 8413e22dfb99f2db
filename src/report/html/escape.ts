// Escaping for the html format. Every string that reaches the page (article text, file names,
// messages, fact sources) passes through one of these, so a hostile article or fact file can
// only ever show up as text: never as markup, an attribute, a script or a link it chose.
import { printable } from '../text-width.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for element content and for quoted attribute values alike: quotes are escaped too, so
 * one function is safe in both places. Control characters and bidi overrides are shown as
 * symbols (as in the terminal formats), so a "Trojan Source" override cannot reorder the text
 * a reader checks, and a stray NUL does not turn into a parse error.
 */
export function esc(s: string | number): string {
  return printable(String(s)).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * The href for a fact's source when it is a web address, else undefined (the source is then
 * shown as plain text). Only http(s): a fact file is data from elsewhere, and a `javascript:` or
 * `data:` "source" must not become a link a reader clicks.
 */
export function webHref(source: string): string | undefined {
  const trimmed = source.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A lang attribute for a language code when it is a well-formed BCP 47 tag ("en", "pt-BR"),
 * else nothing: the code comes from the article's front matter, so it is checked, not trusted.
 */
export function langAttr(lang: string | undefined): string {
  return lang !== undefined && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(lang) ? ` lang="${lang}"` : '';
}
