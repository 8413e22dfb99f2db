// Language of an article when nothing says it: file-name suffix, then a detector.
//
// Order used by parseDocument (first that gives a code wins):
//   1. front matter `lang:`   — the author's own statement about this file;
//   2. the --lang option       — the user's statement about the whole run;
//   3. file-name suffix        — "talks.ru.md", a repository convention;
//   4. detectLanguage(text)    — script, alphabet and function words of every language with a
//                                rules/lang/<lang>/detect.json.
// Detection libraries are poor on short, name-heavy news text (see DESIGN.md), so the
// detector only answers when the evidence is clear. When it does not answer the article has no
// language, and no language's rules are applied to it (unsupported-language): reading a Polish
// article with English rules would pass it as clean.
import { basename } from 'node:path';
import { availableLangs } from '../language/pack.js';
import { detectProfiles, type DetectProfile } from '../language/detect-pack.js';

// ISO 639-1 codes, so that "notes.md.txt" or "app.js.md" are not read as languages.
const ISO_639_1 = new Set(
  ('aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu '
    + 'fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn '
    + 'ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os '
    + 'pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw '
    + 'ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '),
);

/**
 * Language code from a file name like "name.ru.md" or "name.de.txt": the second-to-last
 * dot-separated part when it is an ISO 639-1 code, or a 3-letter code we have rules for.
 */
export function langFromFileName(path: string): string | undefined {
  const parts = basename(path).split('.');
  if (parts.length < 3) return undefined;
  const code = parts[parts.length - 2]!.toLowerCase();
  if (ISO_639_1.has(code)) return code;
  if (/^[a-z]{3}$/.test(code) && availableLangs('calendar').includes(code)) return code;
  return undefined;
}

/** Why detection gave no language: no words at all (an empty body: nothing to check), too
 *  little text, none of the languages fits, or more than one fits. */
export type NoLanguage = 'no-text' | 'too-short' | 'no-match' | 'ambiguous';

export type Detection = { lang: string } | { lang: undefined; reason: NoLanguage };

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

/** One spelling of a word in the sample, with how often it stands there and how it is written. */
interface SampleWord {
  /** Lower-cased. */
  low: string;
  /** Occurrences written with a lower-case first letter (not a name nor a sentence start). */
  lowerCount: number;
  /** Occurrences written otherwise. */
  otherCount: number;
  /** At most two letters: nearly all function words in every language are. */
  short: boolean;
}

interface Sample {
  /** The distinct lower-cased words, in order of first appearance, with their counts: the
   *  scores add up per word what they counted per occurrence, words repeat. */
  words: SampleWord[];
  /** Occurrences in all, and those written lower-case: the running text that function words
   *  are counted against. */
  total: number;
  lowerTotal: number;
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
function charKind(ch: string, scripts: readonly string[]): number {
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

/** A word as the sample reads it: its letters by script, lower-cased form and case. */
interface WordShape {
  low: string;
  small: boolean;
  short: boolean;
  letters: number;
  /** Letters in none of the scripts. */
  other: number;
  /** Pairs of script index and letters in it. */
  byScript: number[];
}

/**
 * Shapes by word as written, kept across articles: a run over an archive meets the same words in
 * every article, and a word's shape is a pure function of its letters (and the scripts, which
 * clear the table when they change). Bounded, so an archive of rare words cannot grow it for ever.
 */
const shapes = new Map<string, WordShape>();
const MAX_SHAPES = 100_000;

function shapeOf(w: string, scripts: readonly string[]): WordShape {
  let shape = shapes.get(w);
  if (shape) return shape;
  let letters = 0;
  let other = 0;
  const byScript: number[] = [];
  for (const ch of w) {
    const kind = charKind(ch, scripts);
    if (kind === -2) continue;
    letters++;
    if (kind < 0) {
      other++;
      continue;
    }
    // Pairs: even slots hold script indexes, odd ones counts (indexOf could meet a count equal
    // to an index, so look at even slots only).
    let slot = -1;
    for (let k = 0; k < byScript.length; k += 2) if (byScript[k] === kind) slot = k;
    if (slot < 0) byScript.push(kind, 1);
    else byScript[slot + 1]!++;
  }
  const low = w.toLowerCase();
  shape = { low, small: isLowerCase(w[0]!), short: [...low].length <= 2, letters, other, byScript };
  if (shapes.size >= MAX_SHAPES) shapes.clear();
  shapes.set(w, shape);
  return shape;
}

function readSample(text: string, scripts: readonly string[]): Sample {
  const key = scripts.join('\u0000');
  if (charKindsFor !== key) {
    charKinds.clear();
    shapes.clear();
    charKindsFor = key;
  }
  const counts = new Array<number>(scripts.length).fill(0);
  let other = 0;
  let letters = 0;
  const byLow = new Map<string, SampleWord>();
  const words: SampleWord[] = [];
  let total = 0;
  let lowerTotal = 0;
  for (const m of text.normalize('NFC').matchAll(/\p{L}[\p{L}\p{M}]*/gu)) {
    const shape = shapeOf(m[0], scripts);
    letters += shape.letters;
    other += shape.other;
    for (let k = 0; k < shape.byScript.length; k += 2) counts[shape.byScript[k]!]! += shape.byScript[k + 1]!;
    let word = byLow.get(shape.low);
    if (!word) {
      byLow.set(shape.low, (word = { low: shape.low, lowerCount: 0, otherCount: 0, short: shape.short }));
      words.push(word);
    }
    total++;
    if (shape.small) {
      word.lowerCount++;
      lowerTotal++;
    } else word.otherCount++;
  }
  // The script with most letters, the first name in code-point order at a tie.
  let best = -1;
  for (let k = 0; k < scripts.length; k++) {
    if (counts[k]! === 0) continue;
    if (best < 0 || counts[k]! > counts[best]! || (counts[k] === counts[best] && scripts[k]! < scripts[best]!)) best = k;
  }
  const script = best >= 0 && counts[best]! > other ? scripts[best] : undefined;
  return { words, total, lowerTotal, script, letters };
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

/** What a lower-cased word is to one language: a hit, a close language's word, foreign letters. */
const HIT = 1;
const AGAINST = 2;
const FOREIGN = 4;
/** Per language and script, kept across articles like the word shapes (and bounded the same way). */
const verdicts = new WeakMap<DetectProfile, Map<string, Map<string, number>>>();

function verdictsFor(p: DetectProfile, script: string): Map<string, number> {
  let byScript = verdicts.get(p);
  if (!byScript) verdicts.set(p, (byScript = new Map()));
  let table = byScript.get(script);
  if (!table) byScript.set(script, (table = new Map()));
  if (table.size >= MAX_SHAPES) table.clear();
  return table;
}

function verdictOf(p: DetectProfile, w: string, inScript: (ch: string) => boolean): number {
  let v = 0;
  for (const ch of w) {
    if (!p.alphabet.has(ch) && inScript(ch)) {
      v |= FOREIGN;
      break;
    }
  }
  let hit = p.words.has(w);
  if (!hit && p.against.has(w)) v |= AGAINST;
  else if (!hit && p.letters.size) hit = [...w].some((ch) => p.letters.has(ch));
  return hit ? v | HIT : v;
}

/** The language's evidence in the sample, or undefined when its alphabet or a close language's
 *  words rule it out. */
function score(p: DetectProfile, s: Sample, script: string, inScript: (ch: string) => boolean): Score | undefined {
  const table = verdictsFor(p, script);
  let foreign = 0;
  let hits = 0;
  let against = 0;
  let lowerHits = 0;
  let short = 0;
  let shortKnown = 0;
  for (const word of s.words) {
    let v = table.get(word.low);
    if (v === undefined) table.set(word.low, (v = verdictOf(p, word.low, inScript)));
    // Foreign letters count in lower-case words only: names are capitalised.
    if (v & FOREIGN) foreign += word.lowerCount;
    const n = word.lowerCount + word.otherCount;
    if (v & HIT) {
      hits += n;
      lowerHits += word.lowerCount;
    } else if (v & AGAINST) against += n;
    if (word.short) {
      short += word.lowerCount;
      if (p.words.has(word.low)) shortKnown += word.lowerCount;
    }
  }
  if (foreign >= MAX_FOREIGN && foreign >= s.lowerTotal * MAX_FOREIGN_SHARE) return undefined;
  if (against >= MAX_AGAINST && against >= hits * MAX_AGAINST_SHARE) return undefined;
  const explained = short < MIN_SHORT ? 1 : shortKnown / short;
  return { lang: p.lang, hits, coverage: s.lowerTotal ? lowerHits / s.lowerTotal : 0, explained };
}

/**
 * The language of the text among those with detection data, with the reason when there is
 * none. Answers only when one language's evidence is clear: its script, no words its alphabet
 * cannot write, enough of its function words, and well ahead of every other language.
 */
export function detect(text: string, from = 0): Detection {
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
    .map((p) => score(p, s, s.script!, inScript))
    .filter((x): x is Score => x !== undefined)
    .sort((a, b) => b.hits - a.hits || (a.lang < b.lang ? -1 : 1));
  const [first, second] = scores;
  if (!first || first.hits < MIN_HITS || first.coverage < MIN_COVERAGE || first.explained < MIN_EXPLAINED) {
    return { lang: undefined, reason: s.total < 6 ? 'too-short' : 'no-match' };
  }
  if (second && first.hits < second.hits * MIN_RATIO) return { lang: undefined, reason: 'ambiguous' };
  return { lang: first.lang };
}

/** The detected language code, or undefined when detection does not answer. */
export function detectLanguage(text: string, from = 0): string | undefined {
  return detect(text, from).lang;
}
