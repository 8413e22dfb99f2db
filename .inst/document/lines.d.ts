import type { Position, SourceDocument, Span } from '../types.js';
type Indexed = Pick<SourceDocument, 'text' | 'lineStarts'>;
/** Offsets of the first character of every line; line 1 starts at 0. */
export declare function lineStarts(text: string): number[];
/**
 * 1-based line and column of an offset. Offsets outside the text are clamped to it, so a
 * span ending at text.length maps to the column just past the last character.
 */
export declare function positionAt(doc: Indexed, offset: number): Position;
/** ESLint range of a span: 1-based lines and columns, endColumn exclusive. */
export declare function rangeOf(doc: Indexed, span: Span): {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
};
/** Offset of the first character of a 1-based line and column (inverse of positionAt), clamped. */
export declare function offsetAt(doc: Indexed, pos: Position): number;
/** Text of a 1-based line without its line break; '' for lines outside the document. */
export declare function lineText(doc: Indexed, line: number): string;
export {};
