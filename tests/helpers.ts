// Test helpers: lint a text written in the test against a fixture fact set, in process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../src/document/parse.js';
import { lintDocument } from '../src/engine/lint-document.js';
import { defaultSeverities, run } from '../src/engine/run.js';
import { FactIndex, loadFactSet } from '../src/facts/index.js';
import { loadRuleMeta } from '../src/report/rule-meta.js';
import type { ClaimReport, Diagnostic } from '../src/types.js';

export const WORLD = fileURLToPath(new URL('./fixtures/claims/world.json', import.meta.url));

const indexes = new Map<string, FactIndex>();

export function factIndex(path = WORLD): FactIndex {
  let ix = indexes.get(path);
  if (!ix) indexes.set(path, (ix = new FactIndex(loadFactSet([path]))));
  return ix;
}

/** Lints `body` as an article in `lang` dated `date`; returns the diagnostics with the text they cover. */
export function lint(body: string, lang: string, date: string | undefined, claims = WORLD): Array<Diagnostic & { text: string }> {
  const fm = ['---', ...(date ? [`date: ${date}`] : []), `lang: ${lang}`, '---', ''].join('\n');
  const doc = parseDocument(`test.${lang}.md`, fm + body);
  const { diagnostics } = lintDocument(doc, factIndex(claims), { severities: defaultSeverities(loadRuleMeta()) });
  return diagnostics.map((d) => ({ ...d, text: d.span ? doc.text.slice(d.span.start, d.span.end) : '' }));
}

export const rulesOf = (ds: Array<{ ruleId: string }>) => ds.map((d) => d.ruleId);

/** The claim frames of `body` (the explain view), in text order. */
export function claimsOf(body: string, lang: string, date: string | undefined, claims = WORLD): ClaimReport[] {
  const fm = ['---', ...(date ? [`date: ${date}`] : []), `lang: ${lang}`, '---', ''].join('\n');
  const doc = parseDocument(`test.${lang}.md`, fm + body);
  return lintDocument(doc, factIndex(claims), { severities: defaultSeverities(loadRuleMeta()) }).claims;
}

/**
 * Lints articles written in the test as one run (cross-article checks included), each given as
 * [file name ending in .LANG.md, date, body], in a temporary folder removed afterwards.
 */
export function lintArticles(files: Array<[name: string, date: string, body: string]>, claims: string): ReturnType<typeof run>['results'] {
  const dir = mkdtempSync(path.join(tmpdir(), 'factlint-articles-'));
  try {
    for (const [name, date, body] of files) writeFileSync(path.join(dir, name), `---\ndate: ${date}\nlang: ${name.split('.').at(-2)}\n---\nTitle\n\n${body}\n`);
    return run({ cwd: dir, patterns: ['.'], claims: [claims] }).results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
