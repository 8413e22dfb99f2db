// A measure written onto its number as a compound adjective ("the 182-km pipeline", "a
// 650-megawatt link", "das 77-Kilometer-Kabel") says which property the figure is: the only
// quantity property of the fact set measured in that unit. Written so, the measure is the
// attribute of the noun it stands before, never a distance to somewhere ("30 km from the border"
// has no hyphen and takes no property from its unit).
import { canonicalUnit } from '../facts/kinds.js';
import type { Quantity } from '../language/quantities.js';
import type { Property } from '../types.js';
import type { NameMatch } from './names.js';
import { tokenIndexAt, type Token } from './tokens.js';
import { near } from './near.js';

/** The quantity property of each unit, null where two share it (nothing is guessed then). */
export function propertiesByUnit(properties: readonly Property[]): ReadonlyMap<string, Property | null> {
  const m = new Map<string, Property | null>();
  for (const p of properties) {
    if (p.kind !== 'quantity' || !p.unit) continue;
    const unit = canonicalUnit(p.unit);
    m.set(unit, m.has(unit) ? null : p);
  }
  return m;
}

/**
 * The sentence's property words with one more for each hyphened measure that has none over its
 * unit, in text order. `quantities` and `tokens` in the document's offsets; `byUnit` is asked only
 * when a hyphened measure is found.
 */
export function withHyphenedMeasures(found: NameMatch[], quantities: readonly Quantity[], tokens: readonly Token[], byUnit: () => ReadonlyMap<string, Property | null>, text: string): NameMatch[] {
  let out: NameMatch[] | undefined;
  for (const q of quantities) {
    if (!q.hyphened || !q.unitSpan || q.unit === undefined) continue;
    const unit = q.unitSpan;
    if (near(found, unit).some((p) => p.span.start < unit.end && unit.start < p.span.end)) continue;
    const property = byUnit().get(q.unit);
    if (!property) continue;
    const first = tokenIndexAt(tokens, unit.start);
    let last = first;
    while (last < tokens.length && tokens[last]!.end <= unit.end) last++;
    if (first >= tokens.length || last === first) continue;
    (out ??= [...found]).push({
      entityId: property.id, entityType: `property:${property.kind}`, form: 'name', span: { ...unit }, text: text.slice(unit.start, unit.end),
      tokenStart: first, tokenEnd: last, tail: '', alternatives: [],
    });
  }
  return out ? out.sort((a, b) => a.span.start - b.span.start) : found;
}
