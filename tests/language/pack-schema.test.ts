// Every language pack is checked against its topic's JSON Schema when loadPack first reads it; a
// broken pack stops the run (exit 2) naming the file, the JSON pointer and what is wrong.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { FactlintError } from '../../src/errors.js';
import { CUE_CLASSES } from '../../src/extract/grammar.js';
import { readPack } from '../../src/language/pack.js';
import { PACK_SCHEMA_DIR, packProblems } from '../../src/language/pack-schema.js';
import { CLI, requireBuilt, tempDir } from '../cli/helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LANG_DIR = path.join(ROOT, 'rules', 'lang');

/** Every pack file there is, as [lang, topic]: a new language or topic is covered by being added. */
const PACKS = readdirSync(LANG_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(path.join(LANG_DIR, d.name)).filter((f) => f.endsWith('.json')).map((f) => [d.name, f.slice(0, -'.json'.length)] as const))
  .sort();

const temps: Array<() => void> = [];
afterAll(() => temps.forEach((cleanup) => cleanup()));

function temp(): string {
  const t = tempDir('factlint-pack-');
  temps.push(t.cleanup);
  return t.dir;
}

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** A copy of one shipped pack, changed by `edit`, in a temporary folder; returns its path. */
function brokenCopy(lang: string, topic: string, edit: (pack: Record<string, unknown>) => void): string {
  const pack = readJson(path.join(LANG_DIR, lang, `${topic}.json`));
  edit(pack);
  const file = path.join(temp(), `${topic}.json`);
  writeFileSync(file, JSON.stringify(pack, null, 2));
  return file;
}

/** The FactlintError readPack throws for a file. */
function errorOf(file: string, topic: string): FactlintError {
  try {
    readPack(file, topic);
  } catch (err) {
    if (err instanceof FactlintError) return err;
    throw err;
  }
  throw new Error(`${file} was accepted`);
}

describe('language pack schemas', () => {
  it('finds the packs of every language', () => {
    expect(PACKS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(PACKS.map(([, topic]) => topic))).toEqual(new Set(['abbreviations', 'calendar', 'detect', 'grammar', 'numbers', 'offices', 'periods']));
  });

  it.each(PACKS)('rules/lang/%s/%s.json has a schema and passes it', (lang, topic) => {
    const file = path.join(LANG_DIR, lang, `${topic}.json`);
    expect(packProblems(readJson(file), topic)).toEqual([]);
    expect(() => readPack(file, topic)).not.toThrow();
  });

  it('every pack names its schema for editors', () => {
    for (const [lang, topic] of PACKS) expect(readJson(path.join(LANG_DIR, lang, `${topic}.json`)).$schema, `${lang}/${topic}`).toBe(`../../schema/${topic}.schema.json`);
  });

  it('every schema is draft 2020-12', () => {
    for (const f of readdirSync(PACK_SCHEMA_DIR)) expect(readJson(path.join(PACK_SCHEMA_DIR, f)).$schema, f).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('the grammar schema lists exactly the cue classes the code reads', () => {
    const cues = (readJson(path.join(PACK_SCHEMA_DIR, 'grammar.schema.json')).properties as Record<string, { properties: object }>).cues!;
    expect(Object.keys(cues.properties).sort()).toEqual([...CUE_CLASSES].sort());
  });

  it('the schemas ship with the package, beside the packs', () => {
    expect((readJson(path.join(ROOT, 'package.json')).files as string[])).toEqual(expect.arrayContaining(['rules', 'dist']));
  });

  it('a topic without a schema is refused', () => {
    expect(packProblems({}, 'stopwords')).toEqual([{ pointer: '', message: expect.stringMatching(/^no schema for "stopwords" packs \(.*stopwords\.schema\.json is missing\)$/) }]);
  });
});

describe('a broken pack', () => {
  it('names the file, the pointer and what is wrong', () => {
    const file = brokenCopy('en', 'grammar', (g) => {
      (g.cues as Record<string, unknown>).clauseOpenr = ['which'];
      (g.qualifiers as Record<string, unknown>).former = 'former';
      delete g.articles;
      g.headPosition = 'middle';
    });
    const err = errorOf(file, 'grammar');
    expect(err.exitCode).toBe(2);
    expect(err.lines).toEqual([
      `invalid language pack ${file}:`,
      `  ${file}#: missing "articles"`,
      `  ${file}#/qualifiers/former: "former" must be a list, got "former"`,
      `  ${file}#/headPosition: "headPosition" must be one of "first", "last" (got "middle")`,
      `  ${file}#/cues/clauseOpenr: unknown key "clauseOpenr"`,
    ]);
  });

  it('says which list item is wrong', () => {
    let n = 0;
    const file = brokenCopy('ru', 'offices', (o) => {
      ((o.institutions as Array<Record<string, unknown>>)[0]!).office = 'Foreign Minister';
      n = (o.headBefore as string[]).push(' глава') - 1;
    });
    expect(errorOf(file, 'offices').lines.slice(1)).toEqual([
      `  ${file}#/institutions/0/office: "office" "Foreign Minister" does not match ^[a-z0-9]+(?:[-_.][a-z0-9]+)*$`,
      `  ${file}#/headBefore/${n}: item ${n} of "headBefore" must not start or end with a space (got " глава")`,
    ]);
  });

  it('tells a form that is neither a string nor a form object as one problem', () => {
    const file = brokenCopy('de', 'numbers', (n) => {
      ((n.scales as Array<{ forms: unknown[] }>)[0]!).forms.push(5, { form: 'Tsd.', glued: true });
    });
    const lines = errorOf(file, 'numbers').lines.slice(1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/#\/scales\/0\/forms\/\d+: item \d+ of "forms" must be a string or an object, got 5$/);
    expect(lines[1]).toMatch(/#\/scales\/0\/forms\/\d+\/glued: unknown key "glued"$/);
  });

  it('refuses an anniversary pattern that does not compile or has no count', () => {
    const file = brokenCopy('id', 'grammar', (g) => {
      g.anniversaries = ['HUT ke-(\\d{1,3}', 'HUT ke-\\d+'];
    });
    expect(errorOf(file, 'grammar').lines.slice(1)).toEqual([
      expect.stringMatching(new RegExp(`^  ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#/anniversaries/0: not a regular expression: `)),
      `  ${file}#/anniversaries/1: has no capturing group for the count`,
    ]);
  });

  it('refuses a key that is not allowed in an open map', () => {
    const file = brokenCopy('en', 'calendar', (c) => {
      (c.relative as Record<string, string[]>)['+1'] = ['tomorrow'];
    });
    expect(errorOf(file, 'calendar').lines.slice(1)).toEqual([
      `  ${file}#/relative/+1: key "+1" is not allowed here: must be a key matching ^(0|-?[1-9][0-9]*)$`,
    ]);
  });

  /** A copy of the built package whose English grammar `edit` changed; the CLI's result on one article. */
  function runEdited(edit: (grammarText: string) => string): { code: number | null; stdout: string; stderr: string; grammar: string } {
    requireBuilt();
    // A copy of the package whose English grammar is broken: the bin finds rules/ two folders up.
    const pkg = temp();
    mkdirSync(path.join(pkg, 'dist'));
    cpSync(path.dirname(CLI), path.join(pkg, 'dist', 'bundle'), { recursive: true });
    cpSync(path.join(ROOT, 'rules'), path.join(pkg, 'rules'), { recursive: true });
    cpSync(path.join(ROOT, 'claims'), path.join(pkg, 'claims'), { recursive: true });
    copyFileSync(path.join(ROOT, 'package.json'), path.join(pkg, 'package.json'));
    // The build's list of the packs it validated comes along: an edited pack is no longer on it.
    for (const name of ['verified-packs.json', 'verified-packs.bin']) copyFileSync(path.join(ROOT, 'dist', name), path.join(pkg, 'dist', name));
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(pkg, 'node_modules'), 'dir');
    const grammar = path.join(pkg, 'rules', 'lang', 'en', 'grammar.json');
    writeFileSync(grammar, edit(readFileSync(grammar, 'utf8')));

    const work = temp();
    writeFileSync(path.join(work, 'a.md'), '---\nlang: en\ndate: 2025-01-10\n---\nSadyr Japarov became president of Kyrgyzstan.\n');
    const cli = path.join(pkg, 'dist', 'bundle', path.basename(CLI));
    const run = spawnSync(process.execPath, [cli, 'a.md'], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr, grammar };
  }

  it('stops the built CLI with exit 2, naming the file and the pointer', () => {
    const r = runEdited((text) => {
      const g = JSON.parse(text) as Record<string, unknown>;
      g.predicateCues = 'became';
      return JSON.stringify(g);
    });
    expect(r.code, r.stderr + r.stdout).toBe(2);
    expect(r.stderr).toContain(`${r.grammar}#/predicateCues: "predicateCues" must be a list, got "became"`);
  });

  it("sees an edit that keeps the pack's size (the build's list holds the bytes, not sizes or times)", () => {
    const r = runEdited((text) => {
      const edited = text.replace('"minStem": 3', '"minStem":[]');
      expect(edited).not.toBe(text);
      expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
      return edited;
    });
    expect(r.code, r.stderr + r.stdout).toBe(2);
    expect(r.stderr).toContain(`${r.grammar}#/inflection/minStem`);
  });
});
