// Every regex factlint uses — literals in src/ and patterns built at run time from rules/ data —
// is checked for nested quantifiers over overlapping characters, then run on adversarial text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkRegex } from './regex-check.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

interface Found {
  source: string;
  flags: string;
  where: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

/** Regex literals in the TypeScript sources, by parsing them (no string matching of code). */
function literals(): Found[] {
  const out: Found[] = [];
  for (const file of sourceFiles(SRC)) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${path.relative(SRC, file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Texts that make the pipeline build its data-driven regexes in every language. */
const TEXTS: Record<string, string> = {
  en: 'On Tuesday, 8 May 2024, President Vladimir Putin said trade grew 13.6% to $4.1bn in the first half of 2024, about two thirds more than last year, at 10:30 Moscow time.',
  ru: 'Во вторник, 8 мая 2024 года, президент Владимир Путин сообщил, что товарооборот вырос на 13,6 % до 4,1 млрд долларов за январь–сентябрь 2025 года, примерно на треть больше, чем в прошлом году, в 10:30 по московскому времени.',
  de: 'Am Dienstag, dem 8. Mai 2024, sagte Präsident Wladimir Putin, der Handelsumsatz sei im ersten Halbjahr 2024 um 13,6 Prozent auf 4,1 Mrd. US-Dollar gestiegen, rund ein Drittel mehr als im Vorjahr, um 10.30 Uhr Moskauer Zeit.',
  id: 'Pada Selasa (8/5/2024), Presiden Vladimir Putin mengatakan omzet perdagangan meningkat 13,6 persen menjadi 4,1 miliar dolar AS pada semester pertama 2024, sekitar sepertiga lebih banyak dari tahun lalu, pukul 10.30 waktu Moskow.',
};

/** Regexes constructed while the pipeline runs (module-level ones included: modules load after the hook). */
async function constructed(): Promise<Found[]> {
  const seen = new Map<string, Found>();
  const Original = RegExp;
  const hook = new Proxy(Original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      seen.set(`${re.source}/${re.flags}`, { source: re.source, flags: re.flags, where: 'built at run time' });
      return re;
    },
  });
  globalThis.RegExp = hook;
  try {
    const { parseDocument } = await import('../../src/document/parse.js');
    const { lintDocument } = await import('../../src/engine/lint-document.js');
    const { defaultSeverities } = await import('../../src/engine/run.js');
    const { FactIndex, loadFactSet } = await import('../../src/facts/index.js');
    const { loadRuleMeta } = await import('../../src/report/rule-meta.js');
    const { numberRules } = await import('../../src/language/numbers.js');
    const index = new FactIndex(loadFactSet([fileURLToPath(new URL('../../claims/', import.meta.url))]));
    const severities = defaultSeverities(loadRuleMeta());
    for (const [lang, text] of Object.entries(TEXTS)) {
      const doc = parseDocument(`t.${lang}.md`, `---\ndate: 2024-05-09\nlang: ${lang}\n---\n${text}\n\n${text.toUpperCase()}\n`);
      lintDocument(doc, index, { severities });
      // Regexes built lazily (on first use) are reached through the rules objects: touch them all.
      touchRegexes(numberRules(lang));
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return [...seen.values()];
}

/** Reads every RegExp-valued property (own or getter) below an object, so lazy ones get built. */
function touchRegexes(root: unknown, depth = 0, seen = new Set<unknown>()): void {
  if (depth > 6 || root === null || typeof root !== 'object' || seen.has(root) || root instanceof RegExp) return;
  seen.add(root);
  const names = new Set<string>(Object.getOwnPropertyNames(root));
  for (let p = Object.getPrototypeOf(root); p && p !== Object.prototype && p !== Array.prototype && p !== Map.prototype && p !== Set.prototype; p = Object.getPrototypeOf(p)) {
    for (const [k, d] of Object.entries(Object.getOwnPropertyDescriptors(p))) if (d.get) names.add(k);
  }
  for (const k of names) {
    let v: unknown;
    try {
      v = (root as Record<string, unknown>)[k];
    } catch {
      continue;
    }
    touchRegexes(v, depth + 1, seen);
  }
  if (root instanceof Map || root instanceof Set) for (const v of root.values()) touchRegexes(v, depth + 1, seen);
}

const ADVERSARIAL = [
  '7'.repeat(20_000),
  '1,'.repeat(10_000),
  '1 '.repeat(10_000),
  'a'.repeat(20_000),
  'я'.repeat(20_000),
  '.,;:!?-–—'.repeat(2_000),
  ' '.repeat(20_000) + 'x',
  'Mr. '.repeat(5_000),
  'a b '.repeat(5_000) + '!',
  '1.2.3.'.repeat(3_000),
];

describe('regex lint', () => {
  it('the checker flags the classic catastrophic shapes and passes safe ones', () => {
    for (const bad of ['(a+)+$', '(\\w+\\s?)*$', '(?:\\d|\\d\\d)*x', '([a-z]*)*b', '(?:\\s*\\d+)+;']) expect(checkRegex(bad, 'u'), bad).not.toEqual([]);
    for (const ok of ["[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}]+)*", '\\d{1,3}(?:,\\d{3})*', '(?:\\s*,\\s*\\d+)*', '(?:ab){2,}', 'x{1,3}(?:-x{1,3}){0,3}']) {
      expect(checkRegex(ok, 'u'), ok).toEqual([]);
    }
  });

  it('no regex literal in src/ nests quantifiers over overlapping characters', () => {
    const found = literals();
    expect(found.length).toBeGreaterThan(50);
    const problems = found.flatMap((f) => checkRegex(f.source, f.flags).map((p) => `${f.where} /${f.source}/${f.flags}: ${p.message}`));
    expect(problems).toEqual([]);
  });

  it('no regex built from rules/ data does either, and every regex ends on adversarial text', async () => {
    const built = await constructed();
    // The pipeline builds its word lists into alternations for four languages.
    expect(built.length).toBeGreaterThan(20);
    const problems = built.flatMap((f) => checkRegex(f.source, f.flags).map((p) => `/${f.source.slice(0, 120)}…/${f.flags}: ${p.message}`));
    expect(problems).toEqual([]);
    // A catastrophic regex would not end here (the test would time out); no timing assertion.
    for (const f of [...literals(), ...built]) {
      let re: RegExp;
      try {
        re = new RegExp(f.source, f.flags);
      } catch {
        continue; // e.g. a literal fragment of a larger pattern
      }
      for (const s of ADVERSARIAL) {
        re.lastIndex = 0;
        re.exec(s);
      }
    }
  });
});
