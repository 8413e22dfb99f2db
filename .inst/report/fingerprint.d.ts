export declare const FINGERPRINT_KEY = "factlintClaimHash/v1";
export declare function normaliseClaim(text: string): string;
export declare function claimHash(file: string, ruleId: string, claim: string): string;
/** Hands out `<hash>:<n>`, n counting repeats of the same hash within one report. */
export declare function fingerprinter(): (file: string, ruleId: string, claim: string) => string;
