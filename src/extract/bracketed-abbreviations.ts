// "Presiden Amerika Serikat (AS) Joe Biden", "Perdana Menteri (PM) Armenia", "Организации Договора
// о коллективной безопасности (ОДКБ) Имангали Тасмагамбетов": a name followed by its own
// abbreviation in brackets. The abbreviation is a name too, so it was a second mention of the same
// country or office standing between the office and its country or holder, and the claim was lost
// ("the presidents of the United States and the US"). The repeated mention is dropped, and the
// claim builders leave the bracketed word out of the gaps they read: one test of what such an
// abbreviation is, here, for both.
import type { NameMatch } from './names.js';
import type { Token } from './tokens.js';

const ACRONYM_IN_BRACKETS = /\([\s\u00a0]*\p{Lu}[\p{Lu}\p{N}]{1,7}[\s\u00a0]*\)/gu;

/** Whether a token is an abbreviation alone in brackets: "(AS)", "(PM)", «(ОДКБ)». */
export function bracketedAcronym(text: string, t: Token): boolean {
  if (t.end - t.start < 2 || t.end - t.start > 8 || t.text !== t.text.toUpperCase() || t.text === t.text.toLowerCase()) return false;
  let a = t.start - 1;
  while (a >= 0 && (text[a] === ' ' || text[a] === '\u00a0')) a--;
  let b = t.end;
  while (b < text.length && (text[b] === ' ' || text[b] === '\u00a0')) b++;
  return text[a] === '(' && text[b] === ')';
}

/** A stretch of text with its abbreviations in brackets taken out. */
export function withoutBracketedAcronyms(s: string): string {
  return s.replace(ACRONYM_IN_BRACKETS, '');
}

/** Whether only an opening bracket and blanks stand between two offsets. */
function openingBracket(text: string, from: number, to: number): boolean {
  return /^[\s\u00a0]*\([\s\u00a0]*$/u.test(text.slice(from, to));
}

/** The mentions without a bracketed abbreviation that repeats the mention right before it (the same array when there is none). */
export function withoutRepeatedAbbreviations(text: string, tokens: readonly Token[], mentions: NameMatch[]): NameMatch[] {
  let k = 1;
  while (k < mentions.length && !isRepeat(text, tokens, mentions[k - 1]!, mentions[k]!)) k++;
  if (k >= mentions.length) return mentions;
  return mentions.filter((m, i) => !(i > 0 && isRepeat(text, tokens, mentions[i - 1]!, m)));
}

function isRepeat(text: string, tokens: readonly Token[], prev: NameMatch, m: NameMatch): boolean {
  const same = m.entityId === prev.entityId || prev.alternatives.includes(m.entityId) || m.alternatives.includes(prev.entityId);
  return same && m.tokenEnd - m.tokenStart === 1 && openingBracket(text, prev.span.end, m.span.start) && bracketedAcronym(text, tokens[m.tokenStart]!);
}
