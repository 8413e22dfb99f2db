/** Loads and runs `bundle` (a CommonJS file) as `require` would, with a code cache when one is allowed. */
export declare function runBundle(bundle: string): void;
