import type { ErrorObject } from 'ajv';
import type { Level } from '../engine/severity.js';
export declare const CONFIG_FILES: string[];
export type RuleSetting = Level | [Level] | [Level, Record<string, unknown>];
/** The config as written (paths still relative to `dir`). */
export interface Config {
    /** The config file, absolute. */
    file: string;
    /** Its folder: `claims`, `include` and `exclude` are relative to it. */
    dir: string;
    rules?: Record<string, RuleSetting>;
    claims?: string | string[];
    include?: string[];
    exclude?: string[];
    lang?: string;
    date?: string;
    format?: string;
    maxWarnings?: number;
}
/** The nearest config file in `cwd` or a folder above it (up to the filesystem root), if any. */
export declare function findConfig(cwd: string): string | undefined;
/** Reads, parses and validates a config file. `knownRules` are the rule ids a `rules` key may name. */
export declare function loadConfig(file: string, knownRules: readonly string[], display?: string): Config;
/** One line per problem: `#/pointer: what is wrong`. Alternatives (anyOf) are told as one message. */
export declare function schemaMessages(errors: ErrorObject[]): string[];
