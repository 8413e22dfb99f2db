// Words of a language that name one measure (rules/lang/<lang>/numbers.json `measureWords`): a
// fact set lists a few words for its trade turnover ("Warenaustausch", "Handel"), articles use
// others ("Warenverkehr", "Güteraustausch"). A quantity property with a word of a group is named
// by the group's other words too. Only where that reading is unique: a group that words of two
// properties fall in, or a word another property is named by, adds nothing.
import { numbersPack } from './numbers.js';

export interface NamedProperty {
  id: string;
  kind: string;
  names?: Record<string, string[]>;
}

const fold = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е');

/** The properties, each quantity property named in `lang` also by its groups' other words. */
export function withMeasureWords<P extends NamedProperty>(props: readonly P[], lang: string): P[] {
  const groups = numbersPack(lang)?.measureWords ?? [];
  if (groups.length === 0) return [...props];
  // Every word any property is named by in this language, with the properties naming it.
  const owners = new Map<string, Set<string>>();
  for (const p of props) {
    for (const n of p.names?.[lang] ?? []) {
      const k = fold(n);
      let set = owners.get(k);
      if (!set) owners.set(k, (set = new Set()));
      set.add(p.id);
    }
  }
  const added = new Map<string, string[]>();
  for (const group of groups) {
    const hit = new Set<string>();
    for (const w of group) for (const id of owners.get(fold(w)) ?? []) hit.add(id);
    if (hit.size !== 1) continue;
    const id = [...hit][0]!;
    if (props.find((p) => p.id === id)?.kind !== 'quantity') continue;
    const extra = group.filter((w) => !owners.has(fold(w)));
    if (extra.length) added.set(id, [...(added.get(id) ?? []), ...extra]);
  }
  if (added.size === 0) return [...props];
  return props.map((p) => {
    const extra = added.get(p.id);
    return extra ? { ...p, names: { ...p.names, [lang]: [...(p.names?.[lang] ?? []), ...extra] } } : p;
  });
}
