// The annotation layer: what one sentence is made of, worked out once and read by every finder
// and binder. Tokens (with their word numbers), cue classes per token (clause openers, comparison,
// refutation, decline and rise, attribution, duration, ... from rules/lang/<lang>/grammar.json),
// and clause numbers. Cue phrases are looked up through their first word, so a class costs one
// pass over the tokens; classes and clauses are computed when first asked for, so a sentence
// with no figure never pays for the figure cues.
import type { Span } from '../types.js';
import { clauseIds } from '../extract/clauses.js';
import { CUE_CLASSES, cuePhrasesOf, type CueClass } from '../extract/cues.js';
import { perLanguage } from '../language/pack.js';
import { tokenIndexAt, type Token } from '../extract/tokens.js';

/** Cue phrases of a language indexed by their first word, longest first. */
const cueIndexOf = perLanguage((lang): Record<CueClass, Map<string, string[][]>> => {
  const phrases = cuePhrasesOf(lang);
  const out = {} as Record<CueClass, Map<string, string[][]>>;
  for (const c of CUE_CLASSES) {
    const m = new Map<string, string[][]>();
    for (const ph of phrases[c]) {
      const list = m.get(ph[0]!);
      if (list) list.push(ph);
      else m.set(ph[0]!, [ph]);
    }
    out[c] = m;
  }
  return out;
});

// One bit per class, in bits 0..30: a mask is never negative, so -1 can mean "not looked up yet".
if (CUE_CLASSES.length > 31) throw new Error('more cue classes than a word mask holds');
const CLASS_BIT = new Map<CueClass, number>(CUE_CLASSES.map((c, k) => [c, 1 << k]));
const UNKNOWN = -1;

/**
 * Per language, per word of the tokenizer's word table: the classes that have a phrase starting
 * with the word, as bits (UNKNOWN until looked up). A cue table then looks a token up in the class's
 * phrase index only when its bit is set, instead of hashing every token's key for every class.
 */
const firstWordClassesOf = perLanguage((): { masks: number[] } => ({ masks: [] }));

function classesOfWord(masks: number[], index: Record<CueClass, Map<string, string[][]>>, key: string, word: number): number {
  let m = word < masks.length ? masks[word]! : UNKNOWN;
  if (m !== UNKNOWN) return m;
  m = 0;
  for (const c of CUE_CLASSES) if (index[c].has(key)) m |= CLASS_BIT.get(c)!;
  // Filled up to the word, never with holes: V8 keeps a dense array of numbers fast.
  while (masks.length <= word) masks.push(UNKNOWN);
  masks[word] = m;
  return m;
}

// The last language's phrase index and word masks: a table is built per sentence and class, and
// going through perLanguage (a lower-casing and two map lookups) each time cost about 1 % of a run.
let lastLang: string | undefined;
let lastTables: { all: Record<CueClass, Map<string, string[][]>>; masks: number[] } | undefined;

function tablesOf(lang: string): { all: Record<CueClass, Map<string, string[][]>>; masks: number[] } {
  if (lang !== lastLang || !lastTables) {
    lastTables = { all: cueIndexOf(lang), masks: firstWordClassesOf(lang).masks };
    lastLang = lang;
  }
  return lastTables;
}

export class SentenceAnnotation {
  private readonly cueTables = new Map<CueClass, Uint8Array>();
  // The class asked for last and its table: callers ask for one class token after token.
  private lastClass: CueClass | undefined;
  private lastTable: Uint8Array | undefined;
  private readonly cueClauses = new Map<CueClass, ReadonlySet<number>>();
  private protectedSpans: Span[] = [];
  private protectLater: Array<() => readonly Span[]> = [];
  private clauseCache: { ids: Int32Array; hard: Set<number> } | undefined;

  constructor(readonly text: string, readonly tokens: readonly Token[], readonly lang: string) {}

  /** Length in tokens of the `cls` cue phrase starting at token `i`, or 0. */
  cue(cls: CueClass, i: number): number {
    let table = cls === this.lastClass ? this.lastTable : this.cueTables.get(cls);
    if (!table) {
      table = new Uint8Array(this.tokens.length);
      const { all, masks } = tablesOf(this.lang);
      const index = all[cls];
      if (index.size) {
        const bit = CLASS_BIT.get(cls)!;
        for (let t = 0; t < this.tokens.length; t++) {
          const tok = this.tokens[t]!;
          // Words of the word table carry their classes; others (split elisions) are looked up.
          if (tok.word >= 0 && (classesOfWord(masks, all, tok.key, tok.word) & bit) === 0) continue;
          const candidates = index.get(tok.key);
          if (!candidates) continue;
          for (const ph of candidates) {
            if (t + ph.length > this.tokens.length) continue;
            let ok = true;
            for (let k = 1; k < ph.length && ok; k++) ok = this.tokens[t + k]!.key === ph[k];
            if (ok) {
              table[t] = ph.length;
              break;
            }
          }
        }
      }
      this.cueTables.set(cls, table);
    }
    this.lastClass = cls;
    this.lastTable = table;
    return i >= 0 && i < table.length ? table[i]! : 0;
  }

  /** Whether a `cls` cue starts at any token in [from, to). */
  cueIn(cls: CueClass, from: number, to: number): boolean {
    for (let i = Math.max(0, from); i < Math.min(to, this.tokens.length); i++) if (this.cue(cls, i)) return true;
    return false;
  }

  /** The clauses in which a `cls` cue starts ("a handover clause", "a clause with a pronoun"), found once per class. */
  clausesWith(cls: CueClass): ReadonlySet<number> {
    let set = this.cueClauses.get(cls);
    if (!set) {
      const found = new Set<number>();
      const { ids } = this.clauses();
      for (let i = 0; i < this.tokens.length; i++) if (this.cue(cls, i)) found.add(ids[i]!);
      this.cueClauses.set(cls, (set = found));
    }
    return set;
  }

  /** Spans no clause boundary may cut (a period "январь — октябрь", a figure, a date); before the first clauses() call. */
  protect(spans: readonly Span[]): void {
    if (this.clauseCache) throw new Error('protect() after clauses()');
    this.protectedSpans.push(...spans);
  }

  /** Spans to protect, found only if clauses are ever asked for (periods are found on demand). */
  protectLazily(spans: () => readonly Span[]): void {
    if (this.clauseCache) throw new Error('protectLazily() after clauses()');
    this.protectLater.push(spans);
  }

  /** Clause number of each token, and the clauses that start after a hard boundary (semicolon, colon, bracket, dash). */
  clauses(): { ids: Int32Array; hard: ReadonlySet<number> } {
    if (!this.clauseCache) {
      for (const f of this.protectLater) this.protectedSpans.push(...f());
      const hard = new Set<number>();
      this.clauseCache = { ids: clauseIds(this.text, this.tokens, this.lang, this.protectedSpans, hard), hard };
    }
    return this.clauseCache;
  }

  /** Index of the token covering or following `offset`. */
  tokenAt(offset: number): number {
    return tokenIndexAt(this.tokens, offset);
  }

  /** The clause of the token covering or following `offset`. */
  clauseAt(offset: number): number {
    const { ids } = this.clauses();
    return ids[Math.min(this.tokenAt(offset), this.tokens.length - 1)] ?? 0;
  }

  /** Items (dates, periods, figures, names) by the clause they start in, in input order: a finder then looks only at a clause's own. */
  byClause<T extends { span: Span }>(items: readonly T[]): Map<number, T[]> {
    const out = new Map<number, T[]>();
    for (const x of items) {
      const k = this.clauseAt(x.span.start);
      const list = out.get(k);
      if (list) list.push(x);
      else out.set(k, [x]);
    }
    return out;
  }
}
