// Names two entities share: "Japarov" written for two people makes every "President Japarov"
// ambiguous. Within one type and one language a name (case and accents aside) must denote one
// entity; a shared surname is left out, the full names kept. Wikidata ids must be unique too.
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
        if (first && first.entity.id !== e.id) {
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
