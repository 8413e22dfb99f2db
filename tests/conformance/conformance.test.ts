// The conformance kit (issue 14): every language in rules/lang reads every claim form and trap of
// forms.json, with one case each in tests/conformance/<lang>.json, against the bundled fact set.
// A new language pack is complete when its file covers every form and passes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../helpers.js';

const HERE = new URL('./', import.meta.url);
const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
// Every language factlint reads: a folder of rules/lang with a grammar pack (calendar or detection data alone do not make one).
const LANGS = readdirSync(new URL('../../rules/lang/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(new URL(`../../rules/lang/${d.name}/grammar.json`, import.meta.url))).map((d) => d.name).sort();
const forms = Object.keys((JSON.parse(readFileSync(new URL('forms.json', HERE), 'utf8')) as { forms: Record<string, string> }).forms);

/** `gap`: what the language model cannot yet express for this case; the case is skipped, and listed, until it can. */
interface Case { form: string; date: string; text: string; expect: string[]; gap?: string }

describe.each(LANGS)('language %s', (lang) => {
  const file = new URL(`${lang}.json`, HERE);
  const cases = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] }).cases : [];
  it('has one case for every form of the kit', () => {
    expect(cases.map((c) => c.form).sort()).toEqual([...forms].sort());
  });
  it('names a reason for every case it cannot pass yet', () => {
    for (const c of cases.filter((x) => x.gap !== undefined)) expect(c.gap!.length, c.form).toBeGreaterThan(20);
  });
  it.each(cases.filter((c) => c.gap === undefined).map((c) => [c.form, c] as const))('%s', (_, c) => {
    const found = lint(c.text, lang, c.date, BUNDLED).map((d) => d.ruleId).filter((r) => r !== 'cross-article');
    expect(found).toEqual(c.expect);
  });
  it.skip.each(cases.filter((c) => c.gap !== undefined).map((c) => [c.form, c.gap] as const))('%s: model gap: %s', () => {});
});
