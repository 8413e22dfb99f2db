// A compiled word list, matched by walking a character trie instead of running one alternation
// regex per list. The rules are those of `phraseSource` (phrase-pattern.ts), which documents them:
// words joined by 1–3 spaces of any kind, `word*` taking up to 8 more letters, е = ё, any
// apostrophe = any other, a hyphen = the Unicode hyphens, case folded unless `caseSensitive`.
//
// Why not the regexes: V8 compiles a large case-insensitive Unicode alternation on first use
// (tens of ms per language, paid by every one-article pre-commit run), and a global scan tries the
// whole alternation at every offset. The trie costs one table lookup per character and needs no
// compilation. The match chosen is the one the alternation regexes chose, alternative for
// alternative (tests/language/lexicon.test.ts checks the two against each other on random text).
import { classOf, codePointBefore, codePointIn, isInvisible, LETTER, NUMBER, SPACE, unitsOf } from '../text/char-class.js';
import { dropOverlaps } from './overlaps.js';
import { formText, type Boundary, type FormSpec } from './phrase-pattern.js';

export interface LexiconMatch<T> {
  start: number;
  end: number;
  text: string;
  data: T;
  spec: FormSpec;
}

export interface LexiconOptions {
  /** What may not stand right before a match (default: letters and digits). */
  lead?: Boundary;
  /** What may not stand right after a match (default: letters and digits). */
  trail?: Boundary;
}

// ---------------------------------------------------------------- characters

// What `word*` may not take: spaces, ASCII digits, punctuation.
const STAR_EXCLUDED = new Set('.,;:!?()[]{}"\'«»„“”‘’-–—/\\<>|@#$%^&*+=~`');
const starStops = new Uint8Array(0x10000); // 0 not yet known, 1 taken, 2 stops

function computeStopsStar(cp: number): boolean {
  return (classOf(cp) & SPACE) !== 0 || (cp >= 0x30 && cp <= 0x39) || STAR_EXCLUDED.has(String.fromCodePoint(cp));
}

function stopsStar(cp: number): boolean {
  if (cp > 0xffff) return computeStopsStar(cp);
  let v = starStops[cp]!;
  if (v === 0) starStops[cp] = v = computeStopsStar(cp) ? 2 : 1;
  return v === 2;
}

/** The classes a boundary refuses beside a match, as class bits (0: none). */
function maskOf(boundary: Boundary): number {
  return boundary === 'word' ? LETTER | NUMBER : boundary === 'letter' ? LETTER : 0;
}

/** Whether the code point (-1: the text's edge) is one the boundary mask refuses. */
function blocks(mask: number, cp: number): boolean {
  return cp >= 0 && (classOf(cp) & mask) !== 0;
}

const WORD_MASK = LETTER | NUMBER;

// Folding: what the regexes treated as the same character. `i`-flag matching uses Unicode
// simple case folding; lower-casing agrees with it for the scripts of our languages, plus the
// two folds that lower-casing misses.
const APOSTROPHES = new Set([0x2019, 0x02bc]); // ’ ʼ → '
const HYPHENS = new Set([0x2010, 0x2011]); // ‐ ‑ → -
const FOLD_EXTRA = new Map([[0x03c2, 0x03c3], [0x017f, 0x73]]); // ς → σ, ſ → s
const foldedCi = new Int32Array(0x10000).fill(-1);
const foldedCs = new Int32Array(0x10000).fill(-1);

function foldCodePoint(cp: number, caseInsensitive: boolean): number {
  if (APOSTROPHES.has(cp)) return 0x27;
  if (HYPHENS.has(cp)) return 0x2d;
  let f = cp;
  if (caseInsensitive) {
    f = FOLD_EXTRA.get(cp) ?? cp;
    if (f === cp) {
      const lower = String.fromCodePoint(cp).toLowerCase();
      const lcp = lower.codePointAt(0)!;
      if (lower.length === unitsOf(lcp)) f = lcp;
    }
  }
  if (f === 0x451) return 0x435; // ё → е
  if (f === 0x401) return 0x415; // Ё → Е
  return f;
}

function fold(cp: number, caseInsensitive: boolean): number {
  if (cp > 0xffff) return foldCodePoint(cp, caseInsensitive);
  const table = caseInsensitive ? foldedCi : foldedCs;
  let f = table[cp]!;
  if (f < 0) table[cp] = f = foldCodePoint(cp, caseInsensitive);
  return f;
}

// ---------------------------------------------------------------- the trie

/** One form of the list with where it stands among the alternatives the regexes had. */
interface Entry<T> {
  data: T;
  spec: FormSpec;
  /** Which alternation the regexes put it in (case, then boundary at start and end). */
  part: number;
  /** Its position within that alternation: longest form first. */
  order: number;
  lead: boolean;
  trail: boolean;
}

interface Node {
  next: Map<number, Node> | undefined;
  /** One to FEW_CHILDREN children (most nodes of a phrase have one): their keys, scanned in a
   *  row, faster than a map lookup. */
  fewKeys: Int32Array | undefined;
  few: Node[] | undefined;
  /** Many children (a root): those below DENSE_BELOW by index, the rest in `next`. */
  dense: Array<Node | undefined> | undefined;
  /** After the 1–3 spaces between two words. */
  gap: Node | undefined;
  /** After the up to 8 letters a `word*` may take. */
  star: Node | undefined;
  /** Entries whose form ends here. */
  ends: number[];
}

function newNode(): Node {
  return { next: undefined, fewKeys: undefined, few: undefined, dense: undefined, gap: undefined, star: undefined, ends: [] };
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** Does the phrase start (end) with a letter or digit, so that a boundary applies there? */
function wordStart(phrase: string): boolean {
  return LETTER_OR_DIGIT.test(phrase.trim());
}
function wordEnd(phrase: string): boolean {
  const p = phrase.trim();
  return p.endsWith('*') || LETTER_OR_DIGIT.test(p.slice(-1));
}

/**
 * The list's forms without duplicates or blanks, longest first, ties in code-point order: the
 * order of the alternatives (deterministic, and the longer phrase wins).
 */
export function orderedForms<I extends { spec: FormSpec }>(items: readonly I[]): I[] {
  const seen = new Set<string>();
  const unique = items.filter((i) => {
    const key = `${formText(i.spec)}\u0000${typeof i.spec === 'string' ? '' : JSON.stringify(i.spec)}`;
    if (seen.has(key) || formText(i.spec).trim() === '') return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => {
    const ta = formText(a.spec);
    const tb = formText(b.spec);
    return tb.length - ta.length || (ta < tb ? -1 : ta > tb ? 1 : 0);
  });
}

/** A match in progress: the entries found at one start, each with the end of its first path. */
interface Search {
  ends: Int32Array;
  stamp: Int32Array;
  /** Entries found, the first `count` slots (reused between calls: no array is shrunk or grown). */
  found: Int32Array;
  count: number;
  call: number;
}

/**
 * A compiled word list: forms matched at an offset (after a number), ending at an offset
 * (before a number) or over a whole text.
 */
export class Lexicon<T> {
  private readonly entries: Entry<T>[] = [];
  private readonly roots: Array<{ root: Node; ci: boolean }>;
  /** Longest form in characters, bounding how far back `endingAt` looks. */
  private readonly maxLen: number;
  private readonly parts: number;
  private readonly leadMask: number;
  private readonly trailMask: number;
  private readonly search: Search;
  /** Whether every form needs the lead boundary (starts with a letter or digit). */
  private readonly allLead: boolean;
  private readonly resume: Int32Array;
  private readonly firstOfPart: Int32Array;
  private startTable: Uint8Array | undefined;

  constructor(items: Array<{ spec: FormSpec; data: T }>, opts: LexiconOptions = {}) {
    this.leadMask = maskOf(opts.lead ?? 'word');
    this.trailMask = maskOf(opts.trail ?? 'word');
    const unique = orderedForms(items);
    const ciRoot = newNode();
    const csRoot = newNode();
    // The regexes' alternations: case-insensitive forms first, each split by whether a boundary
    // applies at the start and at the end; the order within one alternation is `unique`'s.
    // Each form's text, case and boundaries, worked out once rather than in each of the 8 passes.
    const forms = unique.map((item) => {
      const text = formText(item.spec);
      return { item, text, cs: typeof item.spec !== 'string' && item.spec.caseSensitive === true, atStart: wordStart(text), atEnd: wordEnd(text) };
    });
    let part = 0;
    for (const caseSensitive of [false, true]) {
      for (const atStart of [true, false]) {
        for (const atEnd of [true, false]) {
          let order = 0;
          for (const { item, text, cs, atStart: s0, atEnd: e0 } of forms) {
            if (cs !== caseSensitive || s0 !== atStart || e0 !== atEnd) continue;
            const idx = this.entries.length;
            this.entries.push({ data: item.data, spec: item.spec, part, order: order++, lead: atStart, trail: atEnd });
            insert(caseSensitive ? csRoot : ciRoot, text, !caseSensitive).ends.push(idx);
          }
          if (order > 0) part++;
        }
      }
    }
    this.parts = part;
    indexChildren(ciRoot);
    indexChildren(csRoot);
    this.resume = new Int32Array(part);
    this.firstOfPart = new Int32Array(part);
    this.allLead = this.entries.every((e) => e.lead);
    this.roots = [{ root: ciRoot, ci: true }, { root: csRoot, ci: false }].filter((r) => r.root.next);
    const n = this.entries.length;
    this.search = { ends: new Int32Array(n), stamp: new Int32Array(n), found: new Int32Array(n), count: 0, call: 0 };
    // A starred word may run 8 letters longer and each space up to 3; the window stays small.
    this.maxLen = Math.min(120, forms.reduce((m, f) => Math.max(m, f.text.length * 2 + 12), 0));
  }

  /** The longest form starting exactly at `pos`. */
  at(text: string, pos: number): LexiconMatch<T> | undefined {
    if (pos > text.length) return undefined;
    return this.bestAt(text, Math.max(0, pos), text.length, false, 0);
  }

  /**
   * The longest form that ends at `end`, or before it with only spaces between. Tried only at
   * word starts inside a bounded window, so the cost per call does not grow with the text.
   */
  endingAt(text: string, end: number): LexiconMatch<T> | undefined {
    const windowStart = Math.max(0, end - this.maxLen);
    for (let k = windowStart; k < end; k++) {
      const prev = k > 0 ? text.charCodeAt(k - 1) : -1;
      const cur = text.charCodeAt(k);
      if (blocks(WORD_MASK, prev) && blocks(WORD_MASK, cur)) continue;
      const best = this.bestAt(text, k, end, true, windowStart);
      if (best) return best;
    }
    return undefined;
  }

  /** All non-overlapping matches in the text, leftmost first, the longer one at a tie. */
  all(text: string): LexiconMatch<T>[] {
    // Each alternation regex scanned the text on its own, resuming after its last match; the
    // alternations' matches were then merged. `resume` keeps each one's place.
    const resume = this.resume.fill(0);
    const first = this.firstOfPart;
    const found: LexiconMatch<T>[] = [];
    const s = this.search;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      // Most offsets end here: one table lookup, and none inside a word for lists that need a boundary.
      if (!this.mayStartAt(text, i)) continue;
      // After a letter (for most lists), only a form that needs no boundary before it may start:
      // none does when all need one, nor when this character starts only forms that do (a
      // letter, in a list whose other forms start with a dash or a bracket).
      if (i > 0 && (this.allLead || (this.startTable !== undefined && this.startTable[text.charCodeAt(i)] === LEAD_ONLY)) && blocks(this.leadMask, codePointBefore(text, i))) continue;
      if (!this.maySecondAt(text, i, n)) continue;
      this.collect(text, i, n, false, 0);
      if (s.count === 0) continue;
      this.firstPerPart(i, resume);
      for (let p = 0; p < this.parts; p++) {
        const e = first[p]!;
        if (e < 0) continue;
        const end = s.ends[e]!;
        if (end === i) continue; // an empty match: the regex stepped past it
        resume[p] = end;
        found.push(this.match(text, i, end, e));
      }
    }
    return found.length < 2 ? found : dropOverlaps(found);
  }

  /** Can some form start at `i`? A table per list, filled on demand: most offsets end here. */
  private mayStartAt(text: string, i: number): boolean {
    const cu = text.charCodeAt(i);
    if (cu >= 0xd800 && cu <= 0xdfff) return this.startsWith(codePointIn(text, i));
    const table = (this.startTable ??= new Uint8Array(0x10000));
    let v = table[cu]!;
    if (v === 0) table[cu] = v = !this.startsWith(cu) ? NO_START : this.startsFree(cu) ? FREE_START : LEAD_ONLY;
    return v !== NO_START;
  }

  /** Whether some form that needs no boundary before it (not starting with a letter or digit) starts with `cp`. */
  private startsFree(cp: number): boolean {
    // A walk reads past an invisible character inside a word: what follows it decides.
    if (isInvisible(cp)) return true;
    for (const { root, ci } of this.roots) {
      const child = childOf(root, fold(cp, ci));
      if (child && this.hasFree(child)) return true;
    }
    return false;
  }

  private hasFree(node: Node): boolean {
    for (const e of node.ends) if (!this.entries[e]!.lead) return true;
    for (const child of node.next?.values() ?? []) if (this.hasFree(child)) return true;
    return (node.gap !== undefined && this.hasFree(node.gap)) || (node.star !== undefined && this.hasFree(node.star));
  }

  /**
   * Can the first two characters at `i` begin a path? Most word starts that pass the first-letter
   * table die at the second letter; this screen spares them a full `collect` (two trie walks with
   * their bookkeeping). Anything it cannot judge cheaply (an invisible character, a form ending,
   * going on by spaces or a `*` after one letter, the text's end) passes to the full walk.
   */
  private maySecondAt(text: string, i: number, n: number): boolean {
    const cp = codePointIn(text, i);
    if (isInvisible(cp)) return true;
    const j = i + unitsOf(cp);
    if (j >= n) return true;
    const cp2 = codePointIn(text, j);
    if (isInvisible(cp2)) return true;
    for (const { root, ci } of this.roots) {
      const child = childOf(root, fold(cp, ci));
      if (!child) continue;
      if (child.ends.length > 0 || child.gap || child.star || !child.next) return true;
      if (childOf(child, fold(cp2, ci))) return true;
    }
    return false;
  }

  private startsWith(cp: number): boolean {
    for (const { root, ci } of this.roots) if (root.next?.has(fold(cp, ci))) return true;
    return false;
  }

  private match(text: string, start: number, end: number, e: number): LexiconMatch<T> {
    const entry = this.entries[e]!;
    return { start, end, text: text.slice(start, end), data: entry.data, spec: entry.spec };
  }

  /**
   * The match at `start` the regexes returned: in each alternation the first alternative that
   * matches, then the longest of those (the earlier alternation at a tie). With `toLimit`, a
   * match must reach `limit` but for up to 3 spaces, as `endingAt` needs.
   */
  private bestAt(text: string, start: number, limit: number, toLimit: boolean, textStart: number): LexiconMatch<T> | undefined {
    if (!this.mayStartAt(text, start)) return undefined;
    this.collect(text, start, limit, toLimit, textStart);
    const s = this.search;
    if (s.count === 0) return undefined;
    const first = this.firstPerPart();
    let best = -1;
    for (const e of first) if (e >= 0 && (best < 0 || s.ends[e]! > s.ends[best]!)) best = e;
    return this.match(text, start, s.ends[best]!, best);
  }

  /**
   * Of the entries `collect` found, the one each alternation chose: its first alternative that
   * matched, even when a later one is longer (-1: none). With `resume`, an alternation whose
   * scan resumes after `at` takes no part.
   */
  private firstPerPart(at = 0, resume?: Int32Array): Int32Array {
    const s = this.search;
    const first = this.firstOfPart.fill(-1);
    for (let k = 0; k < s.count; k++) {
      const e = s.found[k]!;
      const entry = this.entries[e]!;
      if (resume && at < resume[entry.part]!) continue;
      const cur = first[entry.part]!;
      if (cur < 0 || entry.order < this.entries[cur]!.order) first[entry.part] = e;
    }
    return first;
  }

  /** Every entry that matches at `start`, with the end of its first path in regex order. */
  private collect(text: string, start: number, limit: number, toLimit: boolean, textStart: number): void {
    const s = this.search;
    s.call++;
    s.count = 0;
    const leadOk = start === textStart || !blocks(this.leadMask, codePointBefore(text, start));
    for (const { root, ci } of this.roots) this.walk(root, text, start, limit, toLimit, leadOk, ci);
  }

  private walk(node: Node, text: string, i: number, limit: number, toLimit: boolean, leadOk: boolean, ci: boolean): void {
    const s = this.search;
    // A loop along the letters, recursing only where a form may go on by spaces or a `*`:
    // each entry's path runs through one branch, so the order of branches does not matter.
    for (;;) {
      const ends = node.ends;
      for (let x = 0; x < ends.length; x++) {
        const e = ends[x]!;
        if (s.stamp[e] === s.call) continue; // this entry's first path was found already
        const entry = this.entries[e]!;
        if (entry.lead && !leadOk) continue;
        if (entry.trail && i < limit && blocks(this.trailMask, visibleAt(text, i, limit))) continue;
        if (toLimit && !onlySpacesTo(text, i, limit)) continue;
        s.stamp[e] = s.call;
        s.ends[e] = i;
        s.found[s.count++] = e;
      }
      if (node.gap) {
        // The next word starts with a letter, never a space: only the longest run can go on.
        let j = i;
        let n = 0;
        while (j < limit && n < 4 && classOf(codePointIn(text, j)) & SPACE) {
          j += unitsOf(codePointIn(text, j));
          n++;
        }
        if (n >= 1 && n <= 3) this.walk(node.gap, text, j, limit, toLimit, leadOk, ci);
      }
      if (node.star) {
        // Greedy, giving back one letter at a time, as `{0,8}` does.
        const stops = [i];
        let j = i;
        while (stops.length <= 8 && j < limit) {
          const c = codePointIn(text, j);
          if (stopsStar(c)) break;
          // A limit inside a surrogate pair (endingAt an arbitrary offset) ends the text there.
          j += Math.min(unitsOf(c), limit - j);
          stops.push(j);
        }
        for (let k = stops.length - 1; k >= 0; k--) this.walk(node.star, text, stops[k]!, limit, toLimit, leadOk, ci);
      }
      if (!node.next || i >= limit) return;
      let cp = codePointIn(text, i);
      // An invisible character inside a word ("Tues\u00adday", "Japa\u200brov") is read past, as a reader does.
      while (isInvisible(cp) && i + 1 < limit && i > 0 && classOf(codePointBefore(text, i)) & LETTER) {
        i += 1;
        cp = codePointIn(text, i);
      }
      const f = fold(cp, ci);
      let child: Node | undefined;
      if (node.fewKeys) {
        const keys = node.fewKeys;
        for (let k = 0; k < keys.length; k++) {
          if (keys[k] === f) {
            child = node.few![k];
            break;
          }
        }
      } else if (f < DENSE_BELOW) child = node.dense![f];
      else child = node.next.get(f);
      if (!child) return;
      node = child;
      i += unitsOf(cp);
    }
  }
}

/** The child of `node` under folded character `f`, read as `walk` reads it. */
function childOf(node: Node, f: number): Node | undefined {
  if (!node.next) return undefined;
  if (node.fewKeys) {
    const keys = node.fewKeys;
    for (let k = 0; k < keys.length; k++) if (keys[k] === f) return node.few![k];
    return undefined;
  }
  return f < DENSE_BELOW ? node.dense![f] : node.next.get(f);
}

/** The first character at or after `i` that is not invisible (what a reader sees next). */
function visibleAt(text: string, i: number, limit: number): number {
  let cp = codePointIn(text, i);
  while (isInvisible(cp) && i + 1 < limit) cp = codePointIn(text, ++i);
  return cp;
}

function onlySpacesTo(text: string, i: number, limit: number): boolean {
  let n = 0;
  for (let j = i; j < limit; j++) {
    if (!(classOf(text.charCodeAt(j)) & SPACE) || ++n > 3) return false;
  }
  return true;
}

/** Adds a data phrase to the trie; returns the node where it ends. */
function insert(root: Node, phrase: string, ci: boolean): Node {
  let node = root;
  const words = phrase.trim().split(/\s+/);
  words.forEach((word, w) => {
    if (w > 0) node = node.gap ??= newNode();
    const star = word.length > 1 && word.endsWith('*');
    const body = star ? word.slice(0, -1) : word;
    for (const ch of body) {
      const f = fold(ch.codePointAt(0)!, ci);
      node.next ??= new Map();
      let child = node.next.get(f);
      if (!child) node.next.set(f, (child = newNode()));
      node = child;
    }
    if (star) node = node.star ??= newNode();
  });
  return node;
}

// What the start table says of a code unit: no form starts with it, only forms that need a
// boundary before them do, or some form that needs none does.
const NO_START = 2;
const LEAD_ONLY = 1;
const FREE_START = 3;

const FEW_CHILDREN = 8;
/** Latin, Greek and Cyrillic letters (folded) index a many-children node's array directly. */
const DENSE_BELOW = 0x530;

/**
 * Gives every node from `node` down the index of children a walk reads instead of the map: a
 * row of keys for a few children, an array for many.
 */
function indexChildren(node: Node): void {
  if (node.next && node.next.size <= FEW_CHILDREN) {
    node.fewKeys = Int32Array.from(node.next.keys());
    node.few = [...node.next.values()];
  } else if (node.next) {
    const dense: Array<Node | undefined> = new Array<Node | undefined>(DENSE_BELOW).fill(undefined);
    for (const [key, child] of node.next) if (key < DENSE_BELOW) dense[key] = child;
    node.dense = dense;
  }
  for (const child of node.next?.values() ?? []) indexChildren(child);
  if (node.gap) indexChildren(node.gap);
  if (node.star) indexChildren(node.star);
}
