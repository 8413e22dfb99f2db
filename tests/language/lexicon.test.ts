// The trie Lexicon must choose exactly the match the alternation regexes chose: same start, end
// and entry for `at`, `endingAt` and `all`, on text made of the languages' real word lists with
// their inflections, case and spacing varied.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lexicon, type LexiconMatch, type LexiconOptions } from '../../src/language/lexicon.js';
import type { FormSpec } from '../../src/language/phrase-pattern.js';
import { RegexLexicon } from './lexicon-oracle.js';

const LANG_DIR = path.resolve(__dirname, '../../rules/lang');

/** Every form in a language's data files: strings and `{ form }` objects, wherever they sit. */
function formsOf(lang: string): FormSpec[] {
  const out: FormSpec[] = [];
  const visit = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.trim() && v.length < 40) out.push(v);
    } else if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.form === 'string') out.push(o as unknown as FormSpec);
      else Object.values(o).forEach(visit);
    }
  };
  for (const f of readdirSync(path.join(LANG_DIR, lang))) visit(JSON.parse(readFileSync(path.join(LANG_DIR, lang, f), 'utf8')));
  // A form listed in two files (a qualifier that is also a cue) is one form: the union here is the
  // test's, real lexicons are built per list.
  const seen = new Set<string>();
  return out.filter((f) => {
    const k = typeof f === 'string' ? f : JSON.stringify(f);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const LANGS = readdirSync(LANG_DIR).sort();
const OPTIONS: LexiconOptions[] = [{}, { lead: 'letter', trail: 'word' }, { lead: 'none' }, { lead: 'word', trail: 'none' }];

const key = (m: LexiconMatch<unknown> | undefined) => (m ? `${m.start}-${m.end}:${JSON.stringify(m.spec)}` : '-');

/** Text of the list's forms as an article might write them, between digits, letters and marks. */
function textArb(forms: FormSpec[]) {
  const plain = forms.map((f) => (typeof f === 'string' ? f : f.form));
  const piece = fc.oneof(
    fc.constantFrom(...plain).chain((form) =>
      fc.record({ upper: fc.boolean(), cap: fc.boolean(), tail: fc.constantFrom('', 'ов', 'ами', 'en', 's', 'nya', 'ёй', 'abcdefghij') }).map(({ upper, cap, tail }) => {
        let w = form.replace(/\*$/g, '').replace(/\* /g, 'ах ');
        if (upper) w = w.toUpperCase();
        else if (cap) w = w.charAt(0).toUpperCase() + w.slice(1);
        return (form.endsWith('*') ? w + tail : w).replace(/е/g, (e) => (tail === 'ёй' ? 'ё' : e));
      }),
    ),
    fc.constantFrom(' ', '  ', '    ', '\u00A0', '\u202F', '\n', ', ', '.', '5', '12,5', '-', '‑', '’', "'", 'x', 'Ж', 'é', '😀', '\u0301', '%', '$', '€'),
  );
  return fc.array(piece, { maxLength: 12 }).map((ps) => ps.join(''));
}

describe.each(LANGS)('Lexicon trie = alternation regexes (%s word lists)', (lang) => {
  const forms = formsOf(lang);
  const items = forms.map((spec, i) => ({ spec, data: i }));

  it.each(OPTIONS.map((o) => [JSON.stringify(o), o] as const))('options %s: all, at and endingAt agree', (_name, opts) => {
    const trie = new Lexicon(items, opts);
    const regex = new RegexLexicon(items, opts);
    fc.assert(
      fc.property(textArb(forms), (text) => {
        expect(trie.all(text).map(key)).toEqual(regex.all(text).map(key));
        for (let i = 0; i <= text.length; i++) {
          expect(key(trie.at(text, i))).toBe(key(regex.at(text, i)));
          expect(key(trie.endingAt(text, i))).toBe(key(regex.endingAt(text, i)));
        }
      }),
      { numRuns: 150 },
    );
  });
});

// all() skips a position after a letter when its character starts only forms that need a boundary;
// these lists mix such forms with ones that need none, and the texts put the characters where a
// skip could go wrong: a letter that folds to an apostrophe (ʼ), marks, surrogate pairs. (Not
// invisible characters: the trie reads past them inside a word, on purpose, and the regex oracle
// does not, so "sa\u00ADsa" differs between them before and after the skip alike.)
describe('Lexicon.all skips after letters only where the regexes found nothing', () => {
  const items = ["'s", '-й', '(x', 'sa', 'x', 'года', 'г.', '–', 'yʼs', 'é'].map((spec, data) => ({ spec, data }));
  const texts = ['aʼs', "a's", 'a’s', 'ab-й', 'b(x', 'xsa', 'ysa', 'yʼs', 'e\u0301x', '😀x', '2024г.', '2020–2024', 'годагода', 'xʼsx'];
  it.each(OPTIONS.map((o) => [JSON.stringify(o), o] as const))('options %s', (_name, opts) => {
    const trie = new Lexicon(items, opts);
    const regex = new RegexLexicon(items, opts);
    for (const t of texts) {
      const text = JSON.parse(`"${t}"`) as string;
      expect(trie.all(text).map(key), t).toEqual(regex.all(text).map(key));
    }
    fc.assert(fc.property(fc.array(fc.constantFrom(...texts.map((t) => JSON.parse(`"${t}"`) as string), ' ', 'a', '5'), { maxLength: 8 }), (ps) => {
      const text = ps.join('');
      expect(trie.all(text).map(key)).toEqual(regex.all(text).map(key));
    }), { numRuns: 300 });
  });
});

describe('Lexicon matching rules', () => {
  const lex = new Lexicon([
    { spec: 'рубл*', data: 'RUB' },
    { spec: 'first half', data: 'H1' },
    { spec: { form: 'M', caseSensitive: true }, data: 'M' },
    { spec: 'Mrd.', data: 'bn' },
  ]);

  it('a starred word takes its inflection, up to 8 letters, and е matches ё', () => {
    expect(lex.all('5 рублей и 3 РУБЛЁВ').map((m) => m.text)).toEqual(['рублей', 'РУБЛЁВ']);
    expect(lex.all('рублабвгдежзи')).toEqual([]);
  });

  it('words are joined by 1 to 3 spaces of any kind, never 4', () => {
    expect(lex.at('first\u00A0 half', 0)?.data).toBe('H1');
    expect(lex.at('first    half', 0)).toBeUndefined();
  });

  it('case-sensitive forms do not match the other case; boundaries hold', () => {
    expect(lex.at('5 M', 2)?.data).toBe('M');
    expect(lex.at('5 m', 2)).toBeUndefined();
    expect(lex.all('Mrd.x').map((m) => m.text)).toEqual(['Mrd.']);
    expect(lex.all('firsthalf xfirst half')).toEqual([]);
  });

  it('endingAt finds a form that ends before an offset, across up to 3 spaces', () => {
    expect(lex.endingAt('in the first half  2024', 19)?.data).toBe('H1');
    expect(lex.endingAt('in the first half', 12)).toBeUndefined();
  });
});
