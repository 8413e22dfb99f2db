// Offices named interchangeably (rules/office-equivalents.json, and "sameAs" on an office
// entity of the fact set): a claim of one holds for the holder of another of the same group.
import { readFileSync } from 'node:fs';
import type { FactIndex } from '../facts/index.js';

interface Shipped {
  groups: string[][];
  exclusive: Set<string>;
  plural: Set<string>;
}

let shipped: Shipped | undefined;

function load(): Shipped {
  if (!shipped) {
    try {
      const data = JSON.parse(readFileSync(new URL('../../rules/office-equivalents.json', import.meta.url), 'utf8')) as { groups?: string[][]; exclusive?: string[]; plural?: string[] };
      shipped = { groups: data.groups ?? [], exclusive: new Set(data.exclusive ?? []), plural: new Set(data.plural ?? []) };
    } catch {
      shipped = { groups: [], exclusive: new Set(), plural: new Set() };
    }
  }
  return shipped;
}

/** Whether several people hold the office at once (a president's aides): another holder then is no contradiction. */
export function pluralOffice(office: string): boolean {
  return load().plural.has(office);
}

function shippedGroups(): string[][] {
  return load().groups;
}

/** Whether one person holding `held` of a country is evidence against holding `claimed` of it too. */
export function excludes(index: FactIndex, held: string, claimed: string): boolean {
  const ex = load().exclusive;
  return ex.has(held) && ex.has(claimed) && !equivalentOffices(index, claimed).has(held);
}

const cache = new WeakMap<FactIndex, Map<string, Set<string>>>();

/** The offices equivalent to `office` (itself included). */
export function equivalentOffices(index: FactIndex, office: string): Set<string> {
  let byOffice = cache.get(index);
  if (!byOffice) cache.set(index, (byOffice = new Map()));
  let set = byOffice.get(office);
  if (set) return set;
  set = new Set([office]);
  for (const g of shippedGroups()) if (g.includes(office)) for (const o of g) set.add(o);
  const own = index.entity(office)?.sameAs;
  if (Array.isArray(own)) for (const o of own) if (typeof o === 'string') set.add(o);
  for (const e of index.entitiesOfType('office')) {
    if (Array.isArray(e.sameAs) && e.sameAs.includes(office)) set.add(e.id);
  }
  byOffice.set(office, set);
  return set;
}
