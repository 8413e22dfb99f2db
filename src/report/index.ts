// The reporters by name, for --format.
import { FactlintError } from '../errors.js';
import { checkstyle } from './checkstyle.js';
import { claims } from './claims.js';
import { compact, compactChunks } from './compact.js';
import { github } from './github.js';
import { html } from './html/index.js';
import { json, jsonChunks } from './json.js';
import { junit } from './junit.js';
import { rdjson } from './rdjson.js';
import { sarif } from './sarif.js';
import { stylish, stylishChunks } from './stylish.js';
import type { ChunkedFormatter, Formatter } from './types.js';

export type { ChunkedFormatter, Formatter, ReportContext } from './types.js';
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

/**
 * Formats that can be written file by file (the others build their text whole: SARIF, JUnit,
 * checkstyle and the HTML page wrap or count the run, github caps its annotations).
 */
const chunked: Record<string, ChunkedFormatter> = { stylish: stylishChunks, compact: compactChunks, json: jsonChunks };

/** The report of format `name` in pieces (a whole-run format: one piece). */
export function getChunkedFormatter(name: string): ChunkedFormatter {
  const f = Object.hasOwn(chunked, name) ? chunked[name] : undefined;
  if (f) return f;
  const whole = getFormatter(name);
  return (results, ctx) => [whole(results, ctx)];
}
