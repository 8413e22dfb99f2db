/** `relPath` is relative to where the patch is meant to be applied, with forward slashes. */
export declare function fixPatch(relPath: string, before: string, after: string): string;
