// Effective settings of a run: command-line options over the config file over defaults.
import path from 'node:path';
import type { Severities } from '../engine/severity.js';
import type { Config, RuleSetting } from './load.js';

export interface CliValues {
  claims?: string[];
  format?: string;
  lang?: string;
  date?: string;
  maxWarnings?: number;
  /** --rule: severities over the config's "rules". */
  rules?: Severities;
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

export function severitiesOf(rules: Record<string, RuleSetting> | undefined): Severities {
  const out: Severities = {};
  for (const [id, setting] of Object.entries(rules ?? {})) out[id] = Array.isArray(setting) ? setting[0] : setting;
  return out;
}

export function resolveSettings(cli: CliValues, config: Config | undefined, cwd: string): Settings {
  const configClaims = config?.claims === undefined ? undefined : ([] as string[]).concat(config.claims).map((c) => path.resolve(config.dir, c));
  return {
    claims: cli.claims ? cli.claims.map((c) => path.resolve(cwd, c)) : configClaims,
    format: cli.format ?? config?.format ?? 'stylish',
    lang: cli.lang ?? config?.lang,
    date: cli.date ?? config?.date,
    maxWarnings: cli.maxWarnings ?? config?.maxWarnings ?? -1,
    severities: { ...severitiesOf(config?.rules), ...cli.rules },
  };
}
