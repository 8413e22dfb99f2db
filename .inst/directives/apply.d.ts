import type { Diagnostic, RuleMeta } from '../types.js';
import type { Directive } from './parse.js';
export declare const UNUSED_DIRECTIVE_RULE = "unused-disable-directive";
export declare const UNUSED_DIRECTIVE_META: RuleMeta;
export interface DirectiveFilterResult {
    kept: Diagnostic[];
    suppressed: number;
    /** Warnings for directives (or rule ids in them) that suppressed nothing. */
    unused: Diagnostic[];
}
export declare function applyDirectives(messages: Diagnostic[], directives: Directive[], lineStarts: readonly number[], reportUnused: boolean): DirectiveFilterResult;
