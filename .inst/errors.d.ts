/** A usage, config or fact-set problem: the run cannot go on (exit 2). */
export declare class FactlintError extends Error {
    readonly exitCode: number;
    constructor(message: string, exitCode?: number);
}
/** A problem in one fact file: names the file, the entry (JSON pointer) and what is wrong. */
export declare class FactSetError extends FactlintError {
    readonly problems: Array<{
        file: string;
        pointer: string;
        message: string;
    }>;
    constructor(problems: Array<{
        file: string;
        pointer: string;
        message: string;
    }>);
}
/** A problem confined to one article (binary, invalid UTF-8, broken front matter): reported for that file, the run goes on. */
export declare class DocumentError extends Error {
    constructor(message: string);
}
