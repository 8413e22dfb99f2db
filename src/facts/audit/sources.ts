// Sources: every statement names where it comes from, as a web address a fact editor can open.
import type { IndexedStatement } from '../../types.js';
import type { AuditFinding } from './finding.js';

const URL_RE = /^https?:\/\/[^\s/]+\.[^\s]+$/;

export function checkSources(statements: readonly IndexedStatement[]): AuditFinding[] {
  const findings: AuditFinding[] = [];
  for (const s of statements) {
    const at = { file: s.origin.file, pointer: `${s.origin.pointer}/source` };
    if (typeof s.source !== 'string' || s.source.trim() === '') findings.push({ check: 'source-missing', ...at, message: 'the statement has no source' });
    else if (!URL_RE.test(s.source.trim())) findings.push({ check: 'source-not-url', ...at, message: `the source "${s.source}" is not a web address (http:// or https://)` });
  }
  return findings;
}
