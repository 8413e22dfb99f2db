// Property words split by other words: "Der Vertrag trat am 1. Januar 2016 in Kraft",
// "unterzeichneten die Präsidenten ... in Minsk", "signed the treaty in Minsk". A multi-word name
// of an event property ("trat in Kraft", "unterzeichnet in") is found as its first word and the
// rest, in that order, inside one clause and at most ten words apart. German separable verbs are
// the common case, but the rule is the same in every language.
import type { Entity, Property } from '../types.js';
import type { NameMatch } from './names.js';
import type { Token } from './tokens.js';
import { near } from './near.js';

const SEP = '\u0001';
const MAX_GAP = 10;

/** Pseudo-entities for the first word and the rest of each multi-word event property name. */
export function splitPropertyEntities(properties: Iterable<Property>, lang: string): Entity[] {
  const out: Entity[] = [];
  for (const p of properties) {
    if (p.kind !== 'date' && p.kind !== 'place') continue;
    (p.names?.[lang] ?? []).forEach((name, i) => {
      const words = name.split(/[\s\u00a0]+/u).filter(Boolean);
      if (words.length < 2) return;
      out.push({ id: `${p.id}${SEP}h${SEP}${i}`, type: 'split', names: { [lang]: [words[0]!] } });
      out.push({ id: `${p.id}${SEP}r${SEP}${i}`, type: 'split', names: { [lang]: [words.slice(1).join(' ')] } });
    });
  }
  return out;
}

/** A coordinator between that joins clauses, not names ("Russlands, Kasachstans und von Belarus" joins names). */
function coordinated(tokens: readonly Token[], from: number, to: number, and: ReadonlySet<string>, nameAt: (i: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (and.has(tokens[i]!.key) && !nameAt(i + 1) && !nameAt(i + 2)) return true;
  return false;
}

/** Joins first words and rests into property mentions (entityId = the property's id); `and` holds the language's coordinators. */
export function joinSplitProperties(
  parts: readonly NameMatch[], tokens: readonly Token[], clause: Int32Array, existing: readonly NameMatch[],
  and: ReadonlySet<string> = new Set(), nameAt: (i: number) => boolean = () => false,
): NameMatch[] {
  const out: NameMatch[] = [];
  // In text order, so that a first word looks only at the parts within reach after it, and the
  // contiguous names by property: each join costs its neighbourhood, not the sentence.
  const ordered = [...parts].sort((a, b) => a.tokenStart - b.tokenStart);
  const existingBy = new Map<string, NameMatch[]>();
  for (const e of existing) {
    const list = existingBy.get(e.entityId);
    if (list) list.push(e);
    else existingBy.set(e.entityId, [e]);
  }
  for (const list of existingBy.values()) list.sort((a, b) => a.span.start - b.span.start);
  for (let i = 0; i < ordered.length; i++) {
    const h = ordered[i]!;
    const [prop, role, n] = h.entityId.split(SEP);
    if (role !== 'h') continue;
    let rest: NameMatch | undefined;
    for (let j = i + 1; j < ordered.length && ordered[j]!.tokenStart - h.tokenEnd <= MAX_GAP; j++) {
      const r = ordered[j]!;
      if (r.entityId === `${prop}${SEP}r${SEP}${n}` && r.tokenStart > h.tokenEnd && clause[r.tokenStart] === clause[h.tokenStart]) {
        rest = r;
        break;
      }
    }
    if (!rest) continue;
    // A coordinated second verb between them ("unterzeichnet und später in Moskau ratifiziert")
    // takes the rest for itself.
    if (coordinated(tokens, h.tokenEnd, rest.tokenStart, and, nameAt)) continue;
    // The contiguous name was found already: nothing to add.
    const whole = { start: h.span.start, end: rest.span.end };
    if (near(existingBy.get(prop!) ?? [], whole).some((e) => e.span.start <= whole.start && e.span.end >= whole.end)) continue;
    out.push({
      ...h, entityId: prop!, entityType: h.entityType, tokenEnd: rest.tokenEnd,
      span: { start: h.span.start, end: rest.span.end }, text: '', tail: rest.tail, alternatives: [],
    });
  }
  return out;
}
