// Detection reads each distinct word once and keeps what it learnt across articles; its verdicts
// must be exactly those of the plain reading, occurrence by occurrence, that it replaced. That
// reading is kept here as the oracle, and both read the same random texts: function words and
// close languages' words of every pack, names, letters outside an alphabet, any case.
import { describe, expect, it } from 'vitest';
import { detectProfiles, type DetectProfile } from '../../src/language/detect-pack.js';
import { detect, type Detection } from '../../src/document/detect-lang.js';
import { NEIGHBOURS, SUPPORTED, UNSUPPORTED } from './lang-samples.js';

// ---------------------------------------------------------------- the oracle (the reading before)
/** Characters looked at: enough for a verdict, bounded so huge files cost nothing extra. */
const SAMPLE = 20_000;
/** Letters below which nothing is said. */
const MIN_LETTERS = 20;
/** Function-word hits the winner needs, and the share of the lower-case words (names left out)
 *  they must make up. Running news text has 22-60% of them in its language's list; a related
 *  language's text under 15%. */
const MIN_HITS = 2;
const MIN_COVERAGE = 0.2;
/** Share of short lower-case words (one or two letters: nearly all function words in every
 *  language) the winner's list must explain, once there are enough of them to judge. Portuguese
 *  "o, e, do, em" or Polish "w, i, z, na" left unexplained rule out a language whose list shares
 *  a few of their other words. */
const MIN_SHORT = 4;
const MIN_EXPLAINED = 0.6;
/** How far ahead of the runner-up the winner must be. */
const MIN_RATIO = 1.5;
/** Lower-case words with letters outside a language's alphabet (ł, ş, ã, і, қ) that rule it
 *  out: at least this many and this share. Names are capitalised and not counted, so a few
 *  borrowed words ("café") are tolerated. */
const MAX_FOREIGN = 2;
const MAX_FOREIGN_SHARE = 0.015;
/** Words of a close language ("kerana", "não") that rule a language out: this many and share of its hits. */
const MAX_AGAINST = 2;
const MAX_AGAINST_SHARE = 0.15;

const scriptTests = new Map<string, RegExp>();
function scriptTest(name: string): RegExp {
  let re = scriptTests.get(name);
  if (!re) {
    try {
      re = new RegExp(`^\\p{Script=${name}}$`, 'u');
    } catch {
      re = /^(?!)/u; // an unknown script name matches nothing
    }
    scriptTests.set(name, re);
  }
  return re;
}

interface Sample {
  /** Every word, lower-cased. */
  words: string[];
  /** Whether each word is written with a lower-case first letter (not a name nor a sentence start). */
  isLower: boolean[];
  /** The words so written: the running text that function words are counted against. */
  lower: string[];
  /** The script most letters are in, or undefined when most are in none of the packs' scripts. */
  script: string | undefined;
  letters: number;
}

/**
 * What a character is for the sample: -2 not a letter, -1 a letter of none of `scripts`, else the
 * index of the first script it is in. Remembered per character (an article has a few dozen
 * distinct ones): testing each character of every sample against a Unicode-property regex per
 * script took a quarter of a run over articles with no language in their names.
 */
const charKinds = new Map<string, number>();
let charKindsFor = '';
const LETTER = /\p{L}/u;
function charKind(ch: string, scripts: readonly string[], key: string): number {
  if (charKindsFor !== key) {
    charKinds.clear();
    charKindsFor = key;
  }
  let kind = charKinds.get(ch);
  if (kind === undefined) {
    kind = LETTER.test(ch) ? scripts.findIndex((name) => scriptTest(name).test(ch)) : -2;
    charKinds.set(ch, kind);
  }
  return kind;
}

function isLowerCase(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function readSample(text: string, scripts: readonly string[]): Sample {
  const counts = new Map<string, number>();
  let other = 0;
  let letters = 0;
  const words: string[] = [];
  const lower: string[] = [];
  const isLower: boolean[] = [];
  const key = scripts.join('\u0000');
  for (const m of text.normalize('NFC').matchAll(/\p{L}[\p{L}\p{M}]*/gu)) {
    const w = m[0];
    for (const ch of w) {
      const kind = charKind(ch, scripts, key);
      if (kind === -2) continue;
      letters++;
      if (kind >= 0) counts.set(scripts[kind]!, (counts.get(scripts[kind]!) ?? 0) + 1);
      else other++;
    }
    const low = w.toLowerCase();
    words.push(low);
    const small = isLowerCase(w[0]!);
    isLower.push(small);
    if (small) lower.push(low);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const script = ranked[0] && ranked[0][1] > other ? ranked[0][0] : undefined;
  return { words, isLower, lower, script, letters };
}

interface Score {
  lang: string;
  /** Function-word hits plus words with the language's marking letters. */
  hits: number;
  /** Share of the lower-case words that are hits: names, many in news, are left out of both. */
  coverage: number;
  /** Share of short lower-case words the list explains (1 when there are too few to judge). */
  explained: number;
}

/** The language's evidence in the sample, or undefined when its alphabet or a close language's
 *  words rule it out. */
function score(p: DetectProfile, s: Sample, inScript: (ch: string) => boolean): Score | undefined {
  let foreign = 0;
  for (const w of s.lower) {
    for (const ch of w) {
      if (!p.alphabet.has(ch) && inScript(ch)) {
        foreign++;
        break;
      }
    }
  }
  if (foreign >= MAX_FOREIGN && foreign >= s.lower.length * MAX_FOREIGN_SHARE) return undefined;
  let hits = 0;
  let against = 0;
  let lowerHits = 0;
  for (let i = 0; i < s.words.length; i++) {
    const w = s.words[i]!;
    let hit = p.words.has(w);
    if (!hit && p.against.has(w)) against++;
    else if (!hit && p.letters.size) hit = [...w].some((ch) => p.letters.has(ch));
    if (hit) {
      hits++;
      if (s.isLower[i]) lowerHits++;
    }
  }
  if (against >= MAX_AGAINST && against >= hits * MAX_AGAINST_SHARE) return undefined;
  const short = s.lower.filter((w) => [...w].length <= 2);
  const explained = short.length < MIN_SHORT ? 1 : short.filter((w) => p.words.has(w)).length / short.length;
  return { lang: p.lang, hits, coverage: s.lower.length ? lowerHits / s.lower.length : 0, explained };
}

/**
 * The language of the text among those with detection data, with the reason when there is
 * none. Answers only when one language's evidence is clear: its script, no words its alphabet
 * cannot write, enough of its function words, and well ahead of every other language.
 */
function oracleDetect(text: string, from = 0): Detection {
  const profiles = detectProfiles();
  const scripts = [...new Set(profiles.flatMap((p) => p.scripts))].sort();
  const s = readSample(text.slice(from, from + SAMPLE), scripts);
  if (s.letters === 0) return { lang: undefined, reason: 'no-text' };
  if (s.letters < MIN_LETTERS) return { lang: undefined, reason: 'too-short' };
  if (!s.script) return { lang: undefined, reason: 'no-match' };
  const script = scriptTest(s.script);
  // Per character, as in readSample: the same few dozen characters are asked about again and again.
  const seen = new Map<string, boolean>();
  const inScript = (ch: string) => {
    let yes = seen.get(ch);
    if (yes === undefined) seen.set(ch, (yes = script.test(ch)));
    return yes;
  };
  const scores = profiles
    .filter((p) => p.scripts.includes(s.script!))
    .map((p) => score(p, s, inScript))
    .filter((x): x is Score => x !== undefined)
    .sort((a, b) => b.hits - a.hits || (a.lang < b.lang ? -1 : 1));
  const [first, second] = scores;
  if (!first || first.hits < MIN_HITS || first.coverage < MIN_COVERAGE || first.explained < MIN_EXPLAINED) {
    return { lang: undefined, reason: s.words.length < 6 ? 'too-short' : 'no-match' };
  }
  if (second && first.hits < second.hits * MIN_RATIO) return { lang: undefined, reason: 'ambiguous' };
  return { lang: first.lang };
}


// ---------------------------------------------------------------- random texts

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['Japarov', 'Путин', 'Jakarta', 'Müller', 'Łukasz', 'São', 'Қазақстан', 'Ísland', 'O\u2019Brien', 'Ёлкин'];
const EXTRA = ['ł', 'ş', 'ã', 'і', 'қ', 'é', 'ß', 'ё', 'ñ', 'ç', 'ö', 'x', 'q', 'ы', 'ң', 'ү', '\u0301'];

function randomText(r: () => number, profiles: readonly DetectProfile[]): string {
  const pools = profiles.map((p) => [...p.words, ...p.against, ...[...p.letters].map((l) => `a${l}b`)]);
  const n = 1 + Math.floor(r() * (r() < 0.3 ? 12 : 300));
  const main = Math.floor(r() * pools.length);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const x = r();
    let w: string;
    if (x < 0.55) w = pools[main]![Math.floor(r() * pools[main]!.length)]!;
    else if (x < 0.75) w = pools[Math.floor(r() * pools.length)]![Math.floor(r() * 40)] ?? 'and';
    else if (x < 0.87) w = NAMES[Math.floor(r() * NAMES.length)]!;
    else w = `${pools[main]![Math.floor(r() * pools[main]!.length)]!}${EXTRA[Math.floor(r() * EXTRA.length)]!}`;
    const c = r();
    if (c < 0.12) w = w.charAt(0).toUpperCase() + w.slice(1);
    else if (c < 0.16) w = w.toUpperCase();
    out.push(w);
    if (r() < 0.08) out.push(String(Math.floor(r() * 2000)));
  }
  return out.join(r() < 0.5 ? ' ' : ', ') + '.';
}

describe('language detection reads words once, with the verdicts of reading every occurrence', () => {
  it('agrees with the plain reading on 3,000 random texts in every pack\'s words', () => {
    const profiles = detectProfiles();
    const r = rng(20261205);
    const verdicts = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      const text = randomText(r, profiles);
      const want = oracleDetect(text);
      expect(detect(text), text).toEqual(want);
      verdicts.add(want.lang ?? want.reason);
    }
    // The texts reach every kind of verdict, so the comparison covers each path.
    for (const v of ['too-short', 'no-match', 'ambiguous', 'en', 'ru', 'de', 'id']) expect(verdicts).toContain(v);
  });

  it('agrees on the sample articles, read twice (the second time from what it kept)', () => {
    for (const text of [...Object.values(SUPPORTED), ...Object.values(UNSUPPORTED), ...Object.values(NEIGHBOURS)]) {
      expect(detect(text)).toEqual(oracleDetect(text));
      expect(detect(text)).toEqual(oracleDetect(text));
      expect(detect(text, 7)).toEqual(oracleDetect(text, 7));
    }
  });
});
