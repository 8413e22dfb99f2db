// The reporters by name, for --format.
import { FactlintError } from '../errors.js';
import { checkstyle } from './checkstyle.js';
import { claims } from './claims.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { html } from './html/index.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { rdjson } from './rdjson.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, ReportContext } from './types.js';
export { loadRuleMeta } from './rule-meta.js';

export const DEFAULT_FORMAT = 'stylish';

export const formatters: Record<string, Formatter> = {
  stylish,
  compact,
  json,
  sarif,
  github,
  junit,
  checkstyle,
  rdjson,
  claims,
  html,
};

export const formatNames: readonly string[] = Object.keys(formatters);

export function getFormatter(name: string): Formatter {
  const formatter = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
  if (!formatter) throw new FactlintError(`unknown format "${name}"; valid formats: ${formatNames.join(', ')}`);
  return formatter;
}
