// The Node API's option checks: a caller's mistake is a FactlintError that names the option, as
// the CLI names its flag, and is thrown before anything is read.
import { FactlintError } from '../errors.js';
import { isValidDate } from '../facts/time.js';
import type { LintTextOptions } from './types.js';

const KNOWN: ReadonlySet<string> = new Set<keyof LintTextOptions>([
  'cwd', 'claims', 'config', 'lang', 'date', 'rules', 'fix', 'ignore', 'ignorePatterns', 'reportUnusedDisableDirectives', 'filePath',
]);

/** Refuses what TypeScript would, for callers in plain JavaScript: unknown keys and wrong types. */
export function checkOptions(options: unknown, allowed: readonly string[], fn: string): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new FactlintError(`${fn}: options must be an object`);
  for (const key of Object.keys(options)) {
    if (!KNOWN.has(key) || !allowed.includes(key)) throw new FactlintError(`${fn}: unknown option "${key}"; options: ${allowed.join(', ')}`);
  }
  const o = options as Record<string, unknown>;
  const str = (k: string) => {
    if (o[k] !== undefined && (typeof o[k] !== 'string' || o[k] === '')) throw new FactlintError(`${fn}: ${k} must be a non-empty string`);
  };
  ['cwd', 'filePath', 'lang', 'date'].forEach(str);
  for (const k of ['fix', 'ignore', 'reportUnusedDisableDirectives']) {
    if (o[k] !== undefined && typeof o[k] !== 'boolean') throw new FactlintError(`${fn}: ${k} must be true or false`);
  }
  if (o.config !== undefined && o.config !== false && (typeof o.config !== 'string' || o.config === '')) throw new FactlintError(`${fn}: config must be a file name or false`);
  if (o.ignorePatterns !== undefined && !(Array.isArray(o.ignorePatterns) && o.ignorePatterns.every((p) => typeof p === 'string' && p.trim() !== ''))) {
    throw new FactlintError(`${fn}: ignorePatterns must be a list of patterns`);
  }
  if (o.rules !== undefined && (typeof o.rules !== 'object' || o.rules === null || Array.isArray(o.rules))) throw new FactlintError(`${fn}: rules must be an object of rule id to severity`);
  if (typeof o.date === 'string' && !(/^\d{4}-\d{2}-\d{2}$/.test(o.date) && isValidDate(o.date))) throw new FactlintError(`${fn}: date must be a calendar date YYYY-MM-DD, got "${o.date}"`);
  if (typeof o.lang === 'string' && !/^[a-z]{2,3}$/.test(o.lang)) throw new FactlintError(`${fn}: lang must be a language code such as en, ru, de, id; got "${o.lang}"`);
}

/** A list of strings from a string or a list (patterns, fact paths). */
export function stringList(value: unknown, what: string): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((v) => typeof v === 'string' && v !== '')) throw new FactlintError(`${what} must be a path or a list of paths`);
  return list as string[];
}
