export interface SourceLines {
    readonly text: string;
    readonly lineCount: number;
    /** Text of a 1-based line without its line break, or undefined past the end. */
    line(lineNo: number): string | undefined;
    /** Offset of a 1-based line/column, clamped to the line's end (and the text's end). */
    offsetOf(lineNo: number, column: number): number;
    /** 1-based line/column of an offset (clamped into the text). */
    positionOf(offset: number): {
        line: number;
        column: number;
    };
}
export declare function sourceLines(text: string): SourceLines;
/** Number of UTF-8 bytes of a string (reviewdog counts columns in bytes). */
export declare function utf8Length(s: string): number;
