// The reporters by name, for --format.
import { FactlintError } from '../errors.js';
import { checkstyle, checkstyleChunks } from './checkstyle.js';
import { claims } from './claims.js';
import { compact, compactChunks } from './compact.js';
import { github } from './github.js';
import { html } from './html/index.js';
import { json, jsonChunks } from './json.js';
import { junit, junitChunks } from './junit.js';
import { rdjson } from './rdjson.js';
import { sarif, sarifChunks } from './sarif.js';
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
 * Formats written in pieces as they are made: file by file, or result by result after a first
 * pass over the run for what their head says (SARIF's rules, files and cap, JUnit's totals). The
 * others build their text whole: the HTML page, rdjson, claims, and github, which caps and counts
 * its annotations.
 */
const chunked: Record<string, ChunkedFormatter> = {
  stylish: stylishChunks,
  compact: compactChunks,
  json: jsonChunks,
  sarif: sarifChunks,
  junit: junitChunks,
  checkstyle: checkstyleChunks,
};

/** The report of format `name` in pieces (a whole-run format: one piece). */
export function getChunkedFormatter(name: string): ChunkedFormatter {
  const f = Object.hasOwn(chunked, name) ? chunked[name] : undefined;
  if (f) return f;
  const whole = getFormatter(name);
  return (results, ctx) => [whole(results, ctx)];
}
