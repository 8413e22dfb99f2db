// Stable identity of a finding for SARIF partialFingerprints: file + rule + the claim's text
// (whitespace-normalised), not its line, so GitHub code scanning keeps tracking an alert when
// lines are added above it. Identical claims in one file are told apart by occurrence number.
import { createHash } from 'node:crypto';
export const FINGERPRINT_KEY = 'factlintClaimHash/v1';
export function normaliseClaim(text) {
    return text.replace(/\s+/g, ' ').trim();
}
export function claimHash(file, ruleId, claim) {
    return createHash('sha256').update(`${file}\u0000${ruleId}\u0000${normaliseClaim(claim)}`).digest('hex').slice(0, 32);
}
/** Hands out `<hash>:<n>`, n counting repeats of the same hash within one report. */
export function fingerprinter() {
    const seen = new Map();
    return (file, ruleId, claim) => {
        const hash = claimHash(file, ruleId, claim);
        const n = (seen.get(hash) ?? 0) + 1;
        seen.set(hash, n);
        return `${hash}:${n}`;
    };
}
