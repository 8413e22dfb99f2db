export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
export interface Directive {
    kind: DirectiveKind;
    /** Rule ids named; empty means every rule. */
    rules: string[];
    /** Offsets of the whole comment in the text. */
    start: number;
    end: number;
}
/** Directives in document order. `markdown` turns on skipping of fenced code blocks. */
export declare function parseDirectives(text: string, markdown: boolean): Directive[];
/** `a, b c -- why`: rule ids split on commas and spaces; ` -- ` starts a free-text reason. */
export declare function ruleList(rest: string): string[];
/** Offset ranges of ``` and ~~~ fenced code blocks (CommonMark: up to 3 spaces of indent). */
export declare function fencedBlocks(text: string): Array<[number, number]>;
