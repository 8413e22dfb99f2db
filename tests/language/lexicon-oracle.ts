// The word-list matcher as it was before lexicon.ts: one alternation regex per group of forms.
// Kept as the reference the trie is checked against (lexicon.test.ts), not used by factlint.
import { GAP_CLASS, formText, phraseSource, type Boundary, type FormSpec } from '../../src/language/phrase-pattern.js';
import { orderedForms, type LexiconMatch, type LexiconOptions } from '../../src/language/lexicon.js';
import { dropOverlaps } from '../../src/language/overlaps.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function before(b: Boundary): string {
  return b === 'word' ? '(?<![\\p{L}\\p{N}])' : b === 'letter' ? '(?<!\\p{L})' : '';
}
function after(b: Boundary): string {
  return b === 'word' ? '(?![\\p{L}\\p{N}])' : b === 'letter' ? '(?!\\p{L})' : '';
}
function wordStart(phrase: string): boolean {
  return LETTER_OR_DIGIT.test(phrase.trim().charAt(0));
}
function wordEnd(phrase: string): boolean {
  const p = phrase.trim();
  return p.endsWith('*') || LETTER_OR_DIGIT.test(p.charAt(p.length - 1));
}

interface Entry<T> {
  data: T;
  spec: FormSpec;
}

/** One alternation of forms sharing the same boundaries and flags; regexes built on first use. */
class Compiled<T> {
  private stickyRe: RegExp | undefined;
  private globalRe: RegExp | undefined;
  private atEndRe: RegExp | undefined;

  constructor(
    readonly entries: Entry<T>[],
    private readonly body: string,
    private readonly flags: string,
  ) {}

  get sticky(): RegExp {
    return (this.stickyRe ??= new RegExp(this.body, `y${this.flags}`));
  }
  get global(): RegExp {
    return (this.globalRe ??= new RegExp(this.body, `g${this.flags}`));
  }
  get atEnd(): RegExp {
    return (this.atEndRe ??= new RegExp(`${this.body}${GAP_CLASS}{0,3}$`, `y${this.flags}`));
  }
}

/**
 * The forms split by whether a boundary applies at their start and at their end, each group
 * one alternation (longest first) with its boundaries written once, outside: a lookaround per
 * alternative costs V8 a large Unicode table each. Groups are matched separately and the
 * longest match wins, so "Mrd." (no boundary after) still beats "Mrd".
 */
function compile<T>(entries: Entry<T>[], flags: string, opts: LexiconOptions): Compiled<T>[] {
  const lead = opts.lead ?? 'word';
  const trail = opts.trail ?? 'word';
  const out: Compiled<T>[] = [];
  for (const atStart of [true, false]) {
    for (const atEnd of [true, false]) {
      const group = entries.filter((e) => wordStart(formText(e.spec)) === atStart && wordEnd(formText(e.spec)) === atEnd);
      if (!group.length) continue;
      const alts = group.map((e) => `(${phraseSource(formText(e.spec))})`).join('|');
      const body = `${atStart ? before(lead) : ''}(?:${alts})${atEnd ? after(trail) : ''}`;
      out.push(new Compiled(group, body, flags));
    }
  }
  return out;
}

function entryOf<T>(c: Compiled<T>, m: RegExpExecArray): Entry<T> | undefined {
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return c.entries[g - 1];
  return undefined;
}

/**
 * A compiled word list: case-insensitive forms and case-sensitive ones ("M", "T") in two
 * regexes, the longer match winning.
 */
export class RegexLexicon<T> {
  private readonly parts: Compiled<T>[];
  /** Longest form in characters, bounding how far back `endingAt` looks. */
  private readonly maxLen: number;
  /** Lowercased first characters of all forms: other offsets cannot start a match. */
  private readonly firstChars: Set<string>;

  constructor(items: Array<{ spec: FormSpec; data: T }>, opts: LexiconOptions = {}) {
    const unique = orderedForms(items);
    const cs = unique.filter((i) => typeof i.spec !== 'string' && i.spec.caseSensitive);
    const ci = unique.filter((i) => typeof i.spec === 'string' || !i.spec.caseSensitive);
    this.parts = [...compile(ci, 'iu', opts), ...compile(cs, 'u', opts)];
    this.firstChars = new Set();
    for (const i of unique) {
      const c = formText(i.spec).trim().charAt(0);
      for (const v of [c, c.toLowerCase(), c.toUpperCase(), ...(/[её]/i.test(c) ? ['е', 'ё', 'Е', 'Ё'] : []), ...(/['’ʼ]/.test(c) ? ["'", '’', 'ʼ'] : []), ...(c === '-' ? ['‐', '‑'] : [])]) {
        this.firstChars.add(v);
      }
    }
    // A starred word may run 8 letters longer and each space up to 3; the window stays small.
    this.maxLen = Math.min(120, unique.reduce((m, i) => Math.max(m, formText(i.spec).length * 2 + 12), 0));
  }

  /** The longest form starting exactly at `pos`. */
  at(text: string, pos: number): LexiconMatch<T> | undefined {
    let best: LexiconMatch<T> | undefined;
    for (const part of this.parts) {
      const re = part.sticky;
      re.lastIndex = pos;
      const m = re.exec(text);
      if (!m) continue;
      const entry = entryOf(part, m);
      if (!entry) continue;
      if (!best || m[0].length > best.end - best.start) {
        best = { start: pos, end: pos + m[0].length, text: m[0], data: entry.data, spec: entry.spec };
      }
    }
    return best;
  }

  /**
   * The longest form that ends at `end`, or before it with only spaces between. Tried only at
   * word starts inside a bounded window, so the cost per call does not grow with the text.
   */
  endingAt(text: string, end: number): LexiconMatch<T> | undefined {
    const windowStart = Math.max(0, end - this.maxLen);
    const slice = text.slice(windowStart, end);
    for (let k = 0; k < slice.length; k++) {
      const ch = slice.charAt(k);
      if (!this.firstChars.has(ch)) continue;
      const prev = windowStart + k > 0 ? text.charAt(windowStart + k - 1) : '';
      if (prev !== '' && LETTER_OR_DIGIT.test(prev) && LETTER_OR_DIGIT.test(ch)) continue;
      let best: LexiconMatch<T> | undefined;
      for (const part of this.parts) {
        const re = part.atEnd;
        re.lastIndex = k;
        const m = re.exec(slice);
        if (!m) continue;
        const entry = entryOf(part, m);
        if (!entry) continue;
        const matched = m[0].replace(/[\s\u00A0\u2009\u202F]+$/u, '');
        if (!best || matched.length > best.text.length) {
          const start = windowStart + k;
          best = { start, end: start + matched.length, text: matched, data: entry.data, spec: entry.spec };
        }
      }
      if (best) return best;
    }
    return undefined;
  }

  /** All non-overlapping matches in the text, leftmost first, the longer one at a tie. */
  all(text: string): LexiconMatch<T>[] {
    const found: LexiconMatch<T>[] = [];
    for (const part of this.parts) {
      const re = part.global;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        const entry = entryOf(part, m);
        if (entry) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], data: entry.data, spec: entry.spec });
      }
    }
    return dropOverlaps(found);
  }
}

