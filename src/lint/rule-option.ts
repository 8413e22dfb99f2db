// --rule 'id: severity' (ESLint's form, repeatable; several settings may share one value,
// separated by commas): rule severities that override the config file.
import type { Level, Severities } from '../engine/severity.js';
import { FactlintError } from '../errors.js';

const LEVELS: Record<string, Level> = { off: 'off', warn: 'warn', error: 'error', 0: 'off', 1: 'warn', 2: 'error' };

/** One level by its word or ESLint's number; `what` names the setting in the error. */
export function parseLevel(value: unknown, what: string): Level {
  const key = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().toLowerCase() : '';
  const level = Object.hasOwn(LEVELS, key) ? LEVELS[key] : undefined;
  if (!level) throw new FactlintError(`${what}: severity must be off, warn, error, 0, 1 or 2; got ${JSON.stringify(value)}`);
  return level;
}

/** The severities that --rule values set, in order (a later value wins); unknown ids are usage errors. */
export function parseRuleOptions(values: readonly string[], knownRules: readonly string[]): Severities {
  const out: Severities = {};
  for (const value of values) {
    // A bracketed form (`[warn]`) is ESLint's way to pass options; no rule takes any, but the
    // level alone in brackets means the same thing.
    for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
      const m = /^([^:\s]+)\s*:\s*(?:\[\s*)?([^\]\s]+)\s*\]?$/.exec(part);
      if (!m) throw new FactlintError(`--rule must be "rule-id: severity" (e.g. --rule 'office-holder: off'), got ${JSON.stringify(value)}`);
      const id = m[1]!;
      if (!knownRules.includes(id)) throw new FactlintError(`--rule: unknown rule "${id}"; known rules: ${knownRules.join(', ')}`);
      out[id] = parseLevel(m[2], `--rule ${id}`);
    }
  }
  return out;
}

/** The same overrides given as an object (the API's `rules`): `{ 'office-holder': 'off' }`. */
export function ruleOverrides(rules: Record<string, unknown> | undefined, knownRules: readonly string[]): Severities {
  const out: Severities = {};
  for (const [id, value] of Object.entries(rules ?? {})) {
    if (!knownRules.includes(id)) throw new FactlintError(`rules: unknown rule "${id}"; known rules: ${knownRules.join(', ')}`);
    out[id] = parseLevel(Array.isArray(value) ? value[0] : value, `rules["${id}"]`);
  }
  return out;
}
