export declare const HOMEPAGE = "https://github.com/factlint/factlint";
export declare function ruleDocUrl(ruleId: string): string;
