import type { FactIndex } from '../facts/index.js';
import type { PlaceClaim } from '../extract/place-claims.js';
import type { Finding } from './finding.js';
export declare function checkPlaceClaim(claim: PlaceClaim, index: FactIndex): Finding | undefined;
