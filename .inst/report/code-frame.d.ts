import type { SourceLines } from './source-lines.js';
export interface FrameLocation {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
export interface FrameRow {
    kind: 'context' | 'target' | 'underline';
    /** Line number shown in the gutter (none on the underline row). */
    lineNo?: number;
    text: string;
}
export interface CodeFrame {
    rows: FrameRow[];
    /** Width of the widest line number, for the gutter. */
    gutterWidth: number;
}
/** Display columns shown of a long line; the rest is cropped with an ellipsis. */
export declare const FRAME_WIDTH = 100;
export declare function codeFrame(lines: SourceLines, loc: FrameLocation, maxWidth?: number): CodeFrame | undefined;
