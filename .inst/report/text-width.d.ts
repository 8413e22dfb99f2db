export declare const TAB_WIDTH = 4;
export interface Cell {
    /** UTF-16 offsets of the code point within the line. */
    start: number;
    end: number;
    /** What is printed for it. */
    text: string;
    /** Columns it takes on screen. */
    width: number;
}
/** Replaces control characters (all but line feed and tab) with visible stand-ins, for terminal output. */
export declare function printable(s: string): string;
/** Splits a line (no line break) into display cells. */
export declare function layoutLine(line: string): Cell[];
/** Display width of a string (tabs expanded from column 0). */
export declare function displayWidth(s: string): number;
