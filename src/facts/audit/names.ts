// Names two entities share: a name written for two entities by mistake (the same full name, or
// a country's name on a city) makes every mention of it ambiguous. Within one type and one
// language a name (case and accents aside) must denote one entity, but for a family name both
// people's full names end with: "Berdimuhamedov" for father and son, "Sargsyan" for four Armenian
// officials. Given to one of them, it names the other wrong in every article about the other's
// years; given to all, a mention is read as any of them and a claim holds if it fits one
// (names.ts gives the others as alternatives). Wikidata ids must be unique too.
import type { Entity } from '../../types.js';
import type { AuditFinding } from './finding.js';

function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('und').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

export interface EntityAt {
  entity: Entity;
  file: string;
  pointer: string;
}

/** Whether a one-word name is the last word of a longer name of both entities in the language: a surname they share. */
function familyName(name: string, lang: string, a: Entity, b: Entity): boolean {
  if (/\s/u.test(name.trim())) return false;
  const key = fold(name);
  const ends = (e: Entity) => (e.names?.[lang] ?? []).some((n) => /\s/u.test(n.trim()) && fold(n).split(' ').pop() === key);
  return ends(a) && ends(b);
}

export function checkNames(entities: readonly EntityAt[]): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const seen = new Map<string, EntityAt>();
  const wikidata = new Map<string, EntityAt>();
  for (const at of entities) {
    const e = at.entity;
    for (const [lang, names] of Object.entries(e.names ?? {})) {
      for (const [k, name] of names.entries()) {
        const key = `${e.type}|${lang}|${fold(name)}`;
        const first = seen.get(key);
        if (first && first.entity.id !== e.id && !familyName(name, lang, first.entity, e)) {
          findings.push({
            check: 'ambiguous-name',
            file: at.file,
            pointer: `${at.pointer}/names/${lang}/${k}`,
            message: `"${name}" (${lang}) names both ${first.entity.id} and ${e.id}: an article's "${name}" could be either; keep it on one of them or on neither`,
            related: [`${first.file}#${first.pointer}`],
          });
        } else if (!first) seen.set(key, at);
      }
    }
    if (typeof e.wikidata === 'string') {
      const first = wikidata.get(e.wikidata);
      if (first) {
        findings.push({ check: 'duplicate-wikidata', file: at.file, pointer: `${at.pointer}/wikidata`, message: `${e.wikidata} is the Wikidata id of both ${first.entity.id} and ${e.id}`, related: [`${first.file}#${first.pointer}`] });
      } else wikidata.set(e.wikidata, at);
    }
  }
  return findings;
}
