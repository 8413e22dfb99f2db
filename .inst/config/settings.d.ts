import type { Severities } from '../engine/severity.js';
import type { Config, RuleSetting } from './load.js';
export interface CliValues {
    claims?: string[];
    format?: string;
    lang?: string;
    date?: string;
    maxWarnings?: number;
}
export interface Settings {
    /** Absolute fact paths, or undefined for the default (./claims or the bundled set). */
    claims: string[] | undefined;
    format: string;
    lang: string | undefined;
    date: string | undefined;
    /** -1: no limit. */
    maxWarnings: number;
    severities: Severities;
}
export declare function severitiesOf(rules: Record<string, RuleSetting> | undefined): Severities;
export declare function resolveSettings(cli: CliValues, config: Config | undefined, cwd: string): Settings;
