// --print-config FILE: the settings a run would use for FILE, as JSON (ESLint's --print-config).
// Every rule is listed with its effective level (defaults, then the config file, then --rule),
// in id order, so the output can be diffed between runs and machines.
import path from 'node:path';
import type { Config } from '../config/load.js';
import type { Settings } from '../config/settings.js';
import { defaultClaims, defaultSeverities } from '../engine/run.js';
import type { RuleMeta } from '../types.js';

export interface ResolvedConfig {
  filePath: string;
  /** The config file in use, or null when none was found. */
  configFile: string | null;
  /** True when .factlintignore, the config's "exclude" or --ignore-pattern leaves the file out. */
  ignored: boolean;
  claims: string[];
  lang: string | null;
  date: string | null;
  format: string;
  maxWarnings: number | null;
  rules: Record<string, string>;
}

export function resolvedConfig(file: string, cwd: string, config: Config | undefined, settings: Settings, rules: RuleMeta[], ignored: (abs: string) => boolean): ResolvedConfig {
  const abs = path.resolve(cwd, file);
  const levels = { ...defaultSeverities(rules), ...settings.severities };
  return {
    filePath: abs,
    configFile: config?.file ?? null,
    ignored: ignored(abs),
    claims: settings.claims ?? defaultClaims(cwd),
    lang: settings.lang ?? null,
    date: settings.date ?? null,
    format: settings.format,
    maxWarnings: settings.maxWarnings < 0 ? null : settings.maxWarnings,
    rules: Object.fromEntries(Object.keys(levels).sort().map((id) => [id, levels[id]!])),
  };
}
