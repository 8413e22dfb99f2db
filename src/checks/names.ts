// Names of entities for messages.
import type { FactIndex } from '../facts/index.js';

/** The entity's first name in `lang` (else English, else its id); offices in lower case. */
export function displayName(index: FactIndex, id: string, lang: string, lower = false): string {
  const e = index.entity(id);
  const name = e?.names?.[lang]?.[0] ?? e?.names?.en?.[0] ?? id;
  return lower && e?.type === 'office' && lang === 'en' ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
