export declare const DEFAULT_EXTENSIONS: string[];
export interface DiscoverOptions {
    cwd: string;
    extensions?: string[];
    /** Extra glob patterns to leave out (config `exclude`). */
    ignore?: string[];
}
/**
 * Files named by the user. A folder means its article files (by extension), a glob is expanded,
 * a file is taken as named whatever its extension. A path that matches nothing is a usage error.
 * Symbolic links are not followed into folders, so link loops end.
 */
export declare function discoverFiles(inputs: string[], opts: DiscoverOptions): string[];
/**
 * The article files below a folder, as fast-glob lists them for the pattern above with the
 * options above (regular files only, no dot names, no node_modules or .git, symbolic links
 * neither followed nor listed, unreadable folders skipped), without loading it: a plain
 * folder walk is all that is needed, and fast-glob costs start-up time.
 */
export declare function walkFolder(root: string, exts: readonly string[]): string[];
