export interface JsonSyntaxError {
    line: number;
    column: number;
    reason: string;
}
export type JsonParseResult = {
    ok: true;
    value: unknown;
} | {
    ok: false;
    error: JsonSyntaxError;
};
/** Parses JSON text (BOM already removed); on failure says the 1-based line and column and why. */
export declare function parseJson(text: string): JsonParseResult;
/** 1-based line and UTF-16 column of an offset (\r\n, \n and \r end lines). */
export declare function lineColumn(text: string, offset: number): {
    line: number;
    column: number;
};
/** Offset and reason of the first syntax error in `text`, or undefined when it is valid JSON. */
export declare function locateJsonError(text: string): {
    offset: number;
    reason: string;
} | undefined;
