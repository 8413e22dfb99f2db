// Open terms: a statement with `to: null` says "still true", which is only as good as the last
// time someone checked. Each needs a `verified` date, and one older than the allowed age is due
// for a check (the 2026 CSTO handover was missed by a set that called itself current).
import type { IndexedStatement } from '../../types.js';
import { addDays } from '../time.js';
import type { AuditFinding } from './finding.js';

export interface OpenTermOptions {
  /** The day the check runs (YYYY-MM-DD). */
  today: string;
  /** How many days a `verified` date stays good. */
  maxAgeDays: number;
}

export function checkOpenTerms(statements: readonly IndexedStatement[], opts: OpenTermOptions): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const oldest = addDays(opts.today, -opts.maxAgeDays);
  for (const s of statements) {
    if (s.to !== null || s.rank === 'deprecated') continue;
    const at = { file: s.origin.file, pointer: s.origin.pointer };
    if (typeof s.verified !== 'string') {
      findings.push({ check: 'open-term-unverified', ...at, message: 'an open term (to: null) without a "verified" date: say when it was last checked to be still true' });
    } else if (s.verified < oldest) {
      findings.push({ check: 'open-term-stale', ...at, message: `an open term last verified on ${s.verified}, more than ${opts.maxAgeDays} days before ${opts.today}: check it is still true and update "verified"` });
    } else if (s.verified > opts.today) {
      findings.push({ check: 'open-term-stale', ...at, message: `verified ${s.verified} lies after today (${opts.today})` });
    }
  }
  return findings;
}
