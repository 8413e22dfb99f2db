// `factlint facts check`: what the loader cannot say of a set that loads. The loader already
// rejects bad JSON, schema and reference errors; these checks find what makes a valid set wrong
// or stale: gaps and overlaps in a post's history, open terms nobody re-checked, statements
// without a usable source, names and Wikidata ids two entities share.
import { FactIndex, type LoadedFactSet } from '../index.js';
import { sortProblems } from '../problem.js';
import { checkContinuity } from './continuity.js';
import type { AuditFinding } from './finding.js';
import { checkNames, type EntityAt } from './names.js';
import { checkOpenTerms, type OpenTermOptions } from './open-terms.js';
import { checkSources } from './sources.js';

export type { AuditFinding } from './finding.js';

export interface AuditSummary {
  entities: number;
  statements: number;
  withWikidata: number;
  posts: number;
}

export function auditFactSet(loaded: LoadedFactSet, opts: OpenTermOptions): { findings: AuditFinding[]; summary: AuditSummary } {
  const index = new FactIndex(loaded);
  const entities: EntityAt[] = loaded.facts.entities.map((entity) => ({ entity, ...(loaded.entityOrigins?.get(entity.id) ?? { file: '?', pointer: '' }) }));
  const findings = [
    ...checkContinuity(index),
    ...checkOpenTerms(loaded.statements, opts),
    ...checkSources(loaded.statements),
    ...checkNames(entities),
  ];
  const sorted = sortProblems(findings, loaded.files);
  const posts = new Set(index.statementsOf('holds-office').map((s) => (typeof s.object === 'object' && s.object ? `${s.object.office}|${s.object.of}` : '')));
  return {
    findings: sorted,
    summary: {
      entities: loaded.facts.entities.length,
      statements: loaded.statements.length,
      withWikidata: loaded.facts.entities.filter((e) => typeof e.wikidata === 'string').length,
      posts: posts.size,
    },
  };
}
