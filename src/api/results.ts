// Internal results -> the API's results. They are made by the JSON formatter itself, so they have
// the JSON format's shape by construction, whatever that format gains later. The text each was
// linted from is kept aside (not a property: results stay plain, serialisable data) so that
// formatResults can draw code frames for texts that are no file on disk.
import { json } from '../report/json.js';
import type { RuleMeta, LintResult } from '../types.js';
import { version } from '../version.js';
import type { FactlintResult } from './types.js';

const texts = new WeakMap<FactlintResult, string>();

export function publicResults(results: LintResult[], cwd: string, rules: RuleMeta[], sources: Map<string, string | undefined>, outputs: Map<string, string>): FactlintResult[] {
  const ctx = { cwd, color: false, rules, version: version(), readSource: (f: string) => sources.get(f) };
  const out = JSON.parse(json(results, ctx)) as FactlintResult[];
  out.forEach((r, i) => {
    const internal = results[i]!.filePath;
    const fixed = outputs.get(internal);
    if (fixed !== undefined) r.output = fixed;
    const text = sources.get(internal);
    if (text !== undefined) texts.set(r, text);
  });
  return out;
}

/** The text a result was linted from (the fixed text after a fix), when the API linted it. */
export function textOf(result: FactlintResult): string | undefined {
  return texts.get(result);
}
