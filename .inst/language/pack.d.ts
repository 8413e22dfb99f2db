/** Absolute path of the package's rules/ folder (with trailing separator). */
export declare function rulesDir(): string;
/**
 * The parsed JSON of rules/lang/<lang>/<topic>.json, read once and cached; undefined when the
 * language has no such file (or the code is not a plain language code). A malformed file is a
 * packaging bug the user cannot work around, so it throws a FactlintError naming the file.
 * Callers must treat the returned object as read-only: it is shared.
 */
export declare function loadPack<T>(lang: string, topic: string): T | undefined;
/** Language codes (sorted) that have rules/lang/<lang>/<topic>.json. */
export declare function availableLangs(topic: string): string[];
