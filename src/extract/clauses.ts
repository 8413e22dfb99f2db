// Clauses of a sentence: claims bind their slots inside one clause. A new clause starts after a
// semicolon or a colon, at a bracket, at a dash set off by spaces, and at a comma followed by a
// clause opener of the language ("which", "while", "nachdem", "который", "sementara").
// Pure: tokens and text in, a clause number per token out.
import type { Span } from '../types.js';
import { cuePhrasesOf, phraseAt } from './cues.js';
import { grammarOf } from './grammar.js';
import type { Token } from './tokens.js';

const HARD = /[;:()[\]]|\s[–—-]\s/u;
const SOFT = /,/u;
/** A gap that is only a dash set off by blanks. */
const DASH_ONLY = /^\s+[–—-]\s+$/u;
const CAPITAL = /^\p{Lu}/u;

/**
 * Clause number of each token (0, 1, 2 ... in order of opening). A relative clause opened by a
 * comma (asideOpener: "which", "который", "yang") is an aside that a bare comma closes: "Sugiono,
 * who took office in 2024, said ...": the words after the second comma go back to the clause the
 * aside interrupted. Other clauses ("что ...", "while ...") run on to the next boundary. `hard`, when given,
 * receives the clause numbers that start after a semicolon, colon, bracket or dash.
 */
export function clauseIds(text: string, tokens: readonly Token[], lang: string, protect: readonly Span[] = [], hard?: Set<number>): Int32Array {
  const openers = cuePhrasesOf(lang).clauseOpener;
  const asides = cuePhrasesOf(lang).asideOpener;
  const ids = new Int32Array(tokens.length);
  let next = 1;
  let id = 0;
  const stack: number[] = [];
  const spans = [...protect].sort((a, b) => a.start - b.start);
  let sp = 0;
  const copula = grammarOf(lang).copulaDash === true;
  // First token of the current clause, for the copula dash.
  let clauseStart = 0;
  for (let i = 1; i < tokens.length; i++) {
    const gapStart = tokens[i - 1]!.end;
    const gapEnd = tokens[i]!.start;
    // Most gaps are one blank: no boundary there.
    if (gapEnd - gapStart === 1 && text.charCodeAt(gapStart) === 32) {
      ids[i] = id;
      continue;
    }
    // Inside a protected span only when it runs on into the next word ("январь — октябрь"), not
    // when it merely ends in the gap ("13%, а"). Spans are walked in order with the tokens.
    while (sp < spans.length && spans[sp]!.end <= gapEnd) sp++;
    let inside = false;
    for (let k = sp; k < spans.length && spans[k]!.start < gapStart; k++) if (spans[k]!.end > gapEnd) inside = true;
    if (inside) {
      ids[i] = id;
      continue;
    }
    const gap = text.slice(gapStart, gapEnd);
    // A comma between digits ("25,6 %", "4,100") is a decimal or thousands separator, never a
    // clause break, whether or not the figure was found (and protected) before clauses were asked for.
    if (gap === ',' && isDigit(text.charCodeAt(gapStart - 1)) && isDigit(text.charCodeAt(gapEnd))) {
      ids[i] = id;
      continue;
    }
    if (HARD.test(gap)) {
      // «Россия — ведущий партнёр Киргизии»: a dash right after a capitalised name of up to three
      // words that opens the clause is the verb "is"; the words on both sides are one clause.
      if (copula && DASH_ONLY.test(gap) && i - clauseStart <= 3 && CAPITAL.test(tokens[clauseStart]!.text) && !text.slice(tokens[clauseStart]!.start, gapStart).match(/[,;:()[\]–—-]/u)) {
        ids[i] = id;
        clauseStart = -Infinity;
        continue;
      }
      stack.length = 0;
      id = next++;
      hard?.add(id);
      clauseStart = i;
    } else if (SOFT.test(gap)) {
      if (phraseAt(tokens, i, asides) > 0) {
        stack.push(id);
        id = next++;
      } else if (phraseAt(tokens, i, openers) > 0) {
        stack.length = 0;
        id = next++;
      } else if (stack.length > 0) {
        id = stack.pop()!;
      }
    }
    ids[i] = id;
  }
  return ids;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
