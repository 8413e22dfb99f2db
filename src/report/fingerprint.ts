// Stable identity of a finding for SARIF partialFingerprints: file + rule + the claim's text
// (whitespace-normalised), not its line, so GitHub code scanning keeps tracking an alert when
// lines are added above it. Identical claims in one file are told apart by occurrence number.
import { createHash } from '../hash.js';

export const FINGERPRINT_KEY = 'factlintClaimHash/v1';

export function normaliseClaim(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function claimHash(file: string, ruleId: string, claim: string): string {
  return createHash('sha256').update(`${file}\u0000${ruleId}\u0000${normaliseClaim(claim)}`).digest('hex').slice(0, 32);
}

/** Hands out `<hash>:<n>`, n counting repeats of the same hash within one report. */
export function fingerprinter(): (file: string, ruleId: string, claim: string) => string {
  const seen = new Map<string, number>();
  return (file, ruleId, claim) => {
    const hash = claimHash(file, ruleId, claim);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  };
}
