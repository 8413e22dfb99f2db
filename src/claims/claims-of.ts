// A result's claims wherever the run keeps them: in the result, or on disk for a large run
// (engine/claim-spill.ts). Every reader of a result's claims goes through here.
import type { ClaimReport, SpilledClaims } from '../types.js';

/** The claims, from memory or read back from the spill (undefined: none kept). */
export function claimsOf(r: { claims?: ClaimReport[]; spilledClaims?: SpilledClaims }): ClaimReport[] | undefined {
  return r.claims ?? r.spilledClaims?.read();
}
