// formatResults(): the report text of any --format for results from lintFiles/lintText (or read
// back from the JSON format), exactly as the CLI would print it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UNUSED_DIRECTIVE_META } from '../directives/apply.js';
import { FactlintError } from '../errors.js';
import { getFormatter } from '../report/index.js';
import { loadRuleMeta } from '../report/rule-meta.js';
import type { LintResult } from '../types.js';
import { version } from '../version.js';
import { textOf } from './results.js';
import type { FactlintResult, FormatOptions } from './types.js';

export { formatNames } from '../report/index.js';

export function formatResults(results: FactlintResult[], formatName = 'stylish', options: FormatOptions = {}): string {
  if (!Array.isArray(results)) throw new FactlintError('formatResults: results must be the list lintFiles or lintText returned');
  if (typeof formatName !== 'string') throw new FactlintError('formatResults: formatName must be a string');
  const format = getFormatter(formatName);
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const byPath = new Map<string, string | undefined>();
  for (const r of results) {
    const text = textOf(r);
    if (text !== undefined) byPath.set(r.filePath, text);
  }
  return format(results as LintResult[], {
    cwd,
    color: options.color ?? false,
    rules: [...loadRuleMeta(), UNUSED_DIRECTIVE_META],
    version: version(),
    readSource(filePath) {
      if (!byPath.has(filePath)) {
        try {
          byPath.set(filePath, readFileSync(path.resolve(cwd, filePath), 'utf8').replace(/^\uFEFF/, ''));
        } catch {
          byPath.set(filePath, undefined);
        }
      }
      return byPath.get(filePath);
    },
  });
}
