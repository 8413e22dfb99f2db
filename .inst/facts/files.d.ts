export interface FactFile {
    /** Absolute path, for reading. */
    absolute: string;
    /** Path for messages: relative to cwd when inside it, with "/" separators. */
    display: string;
    /** Short name for statement ids: the path inside the folder given, or the file's basename. */
    name: string;
}
/** Path shown in messages: relative to `cwd` when the file is inside it, else absolute. */
export declare function displayPath(absolute: string, cwd: string): string;
/**
 * Expands the given paths into fact files, in order: a file as given, a folder as all
 * `*.json` below it, sorted. A file reached twice is listed once. Throws FactlintError for a
 * missing path or a folder without fact files.
 */
export declare function listFactFiles(paths: readonly string[], cwd?: string): FactFile[];
