// Finding and reading the config file. Problems are usage errors (exit 2) that name the file and
// the JSON pointer of the offending entry.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { FactlintError } from '../errors.js';
import type { Level } from '../engine/severity.js';
import { isValidDate } from '../facts/time.js';
import { readJsonFile } from '../json-file.js';
import { pointerToken } from '../json.js';
import { configSchema } from './schema.js';

export const CONFIG_FILES = ['factlint.config.json', '.factlintrc.json'];

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
export function findConfig(cwd: string, home: string | undefined = homedir()): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    const here = CONFIG_FILES.map((name) => path.join(dir, name)).filter((f) => existsSync(f));
    if (here.length > 1) throw new FactlintError(`both ${CONFIG_FILES.join(' and ')} in ${dir}: keep one`);
    if (here[0]) return here[0];
    // The search ends at the repository root and at the home folder: a stray config above them
    // (say "exclude": ["**"] in a parent folder) must not decide what a project's CI checks.
    if (existsSync(path.join(dir, '.git')) || (home !== undefined && dir === path.resolve(home))) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

let compiled: ValidateFunction | undefined;
function validator(): ValidateFunction {
  if (!compiled) {
    // ajv is loaded only when a config file exists, so plain runs do not pay for it. strictTuples
    // is off because [level] and [level, options] are both allowed.
    const require = createRequire(import.meta.url);
    const Ajv2020 = (require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')).default;
    compiled = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTuples: false }).compile(configSchema());
  }
  return compiled;
}

/** Reads, parses and validates a config file. `knownRules` are the rule ids a `rules` key may name. */
export function loadConfig(file: string, knownRules: readonly string[], display = file): Config {
  const data = readJsonFile(file, 'config', display);
  const validate = validator();
  const problems: string[] = [];
  // Options first: the schema would only say the setting has none of the allowed forms.
  const rules = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { rules?: unknown }).rules : undefined;
  const withOptions = rules && typeof rules === 'object' ? Object.entries(rules).filter(([, v]) => Array.isArray(v) && v[1] && typeof v[1] === 'object' && !Array.isArray(v[1]) && Object.keys(v[1]).length > 0) : [];
  for (const [id, v] of withOptions) {
    problems.push(`#/rules/${pointerToken(id)}/1: rule "${id}" takes no options (got ${Object.keys((v as [unknown, object])[1]).map((k) => `"${k}"`).join(', ')})`);
  }
  if (withOptions.length === 0) {
    if (!validate(data)) problems.push(...schemaMessages(validate.errors ?? []));
    else {
      const c = data as Omit<Config, 'file' | 'dir'>;
      for (const id of Object.keys(c.rules ?? {})) {
        if (!knownRules.includes(id)) problems.push(`#/rules/${pointerToken(id)}: unknown rule "${id}"; known rules: ${knownRules.join(', ')}`);
      }
      if (c.date !== undefined && !isValidDate(c.date)) problems.push(`#/date: "${c.date}" is not a calendar date`);
    }
  }
  if (problems.length > 0) {
    throw new FactlintError(problems.length === 1
      ? `invalid config ${display}${problems[0]}`
      : [`invalid config ${display}:`, ...problems.map((p) => `  ${display}${p}`)]);
  }
  return { ...(data as Omit<Config, 'file' | 'dir'>), file, dir: path.dirname(file) };
}

/** One line per problem: `#/pointer: what is wrong`. Alternatives (anyOf) are told as one message. */
export function schemaMessages(errors: ErrorObject[]): string[] {
  const alternatives = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const lines = new Set<string>();
  for (const e of errors) {
    const at = e.instancePath;
    // Inside a failed anyOf only the anyOf's own message is worth reading.
    if (e.keyword !== 'anyOf' && [...alternatives].some((p) => at === p || at.startsWith(`${p}/`))) continue;
    lines.add(`#${at}: ${message(e)}`);
  }
  return [...lines];
}

/** What each anyOf in the schema allows, by the key it validates (ajv's schemaPath is relative to a $ref). */
function alternatives(instancePath: string): string {
  if (instancePath === '/claims') return 'a path or a non-empty list of paths';
  if (instancePath.startsWith('/rules/')) return '"off", "warn", "error", or a list [level, options]';
  return 'one of the allowed forms';
}

function message(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': return `unknown key "${String(p.additionalProperty)}"`;
    case 'enum': return `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type': return `must be ${p.type === 'integer' ? 'a whole number' : `of type ${String(p.type)}`}`;
    case 'pattern': return `${JSON.stringify(e.data)} has the wrong form`;
    case 'anyOf': return `must be ${alternatives(e.instancePath)}`;
    default: return e.message ?? 'invalid';
  }
}
