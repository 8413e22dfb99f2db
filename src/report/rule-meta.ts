// Rule metadata from rules/rules.json (data, not code), with each rule's documentation URL.
// Resolved relative to this module so it works from src/report (tests) and dist/report (package).
import { readFileSync } from 'node:fs';
import { FactlintError } from '../errors.js';
import type { Category, RuleMeta } from '../types.js';
import { ruleDocUrl } from './project.js';

const RULES_FILE = new URL('../../rules/rules.json', import.meta.url);
const CATEGORIES: readonly Category[] = ['office', 'metric', 'share', 'date', 'place', 'cross', 'file'];
const SEVERITIES: readonly RuleMeta['defaultSeverity'][] = ['off', 'warn', 'error'];

function isString(v: unknown): v is string {
  return typeof v === 'string' && v !== '';
}

/** Checks one entry of rules.json; throws naming the entry when it is malformed. */
export function parseRuleEntry(entry: unknown, index: number): RuleMeta {
  const where = `rules/rules.json#/rules/${index}`;
  if (typeof entry !== 'object' || entry === null) throw new FactlintError(`${where}: expected an object`);
  const e = entry as Record<string, unknown>;
  if (!isString(e.id)) throw new FactlintError(`${where}: "id" must be a non-empty string`);
  if (!CATEGORIES.includes(e.category as Category)) throw new FactlintError(`${where} (${e.id}): unknown category ${JSON.stringify(e.category)}`);
  if (!SEVERITIES.includes(e.defaultSeverity as RuleMeta['defaultSeverity'])) {
    throw new FactlintError(`${where} (${e.id}): "defaultSeverity" must be one of ${SEVERITIES.join(', ')}`);
  }
  if (!isString(e.description)) throw new FactlintError(`${where} (${e.id}): "description" must be a non-empty string`);
  return {
    id: e.id,
    category: e.category as Category,
    description: e.description,
    help: isString(e.help) ? e.help : e.description,
    defaultSeverity: e.defaultSeverity as RuleMeta['defaultSeverity'],
    url: ruleDocUrl(e.id),
  };
}

export function parseRuleMeta(json: unknown): RuleMeta[] {
  const rules = (json as { rules?: unknown } | null)?.rules;
  if (!Array.isArray(rules)) throw new FactlintError('rules/rules.json: expected an object with a "rules" array');
  return rules.map(parseRuleEntry);
}

export function loadRuleMeta(): RuleMeta[] {
  let text: string;
  try {
    text = readFileSync(RULES_FILE, 'utf8');
  } catch (err) {
    throw new FactlintError(`cannot read rule metadata ${RULES_FILE.pathname}: ${(err as Error).message}`);
  }
  try {
    return parseRuleMeta(JSON.parse(text));
  } catch (err) {
    if (err instanceof FactlintError) throw err;
    throw new FactlintError(`rules/rules.json is not valid JSON: ${(err as Error).message}`);
  }
}
