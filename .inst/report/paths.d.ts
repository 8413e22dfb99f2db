export declare function absolutePath(filePath: string, cwd: string): string;
/** Relative to cwd with forward slashes, so output reads the same on every OS. */
export declare function relativePath(filePath: string, cwd: string): string;
/** True when the file lies under cwd (a relative URI against %SRCROOT% can name it). */
export declare function isInside(filePath: string, cwd: string): boolean;
/** A relative URI reference: each segment percent-encoded (spaces, Cyrillic names). */
export declare function relativeUri(filePath: string, cwd: string): string;
export declare function fileUri(filePath: string, cwd: string): string;
/** file:// URI of a directory, with the trailing slash SARIF requires of a base URI. */
export declare function directoryUri(dir: string): string;
