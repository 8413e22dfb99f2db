// Offices named by the institution their holder heads: "head of the Russian Foreign Ministry",
// "глава МИД России", "Chef des Außenministeriums", "Kremlin chief". The words are language data
// (rules/lang/<lang>/offices.json); an institution counts as its office only with a head word
// before it (country adjectives, articles and "of" may stand between) or right after it, so
// "Foreign Ministry spokeswoman X" or "the Kremlin said" make no office claim.
import type { Entity } from '../types.js';
import { loadPack, perLanguage } from '../language/pack.js';
import { articleWordsOf, joinerWordsOf } from './grammar.js';
import type { NameMatch } from './names.js';
import { foldWord, type Token } from './tokens.js';

/** Shape of rules/lang/<lang>/offices.json (schema: rules/schema/offices.schema.json). */
export interface OfficesPack {
  /** Institutions whose head holds `office` (a fact-set office id); `of` is the country the name implies. */
  institutions?: Array<{ office: string; of?: string; names: string[] }>;
  /** Head phrases before an institution ("head of the") and head words right after it ("chief"). */
  headBefore?: string[];
  headAfter?: string[];
}

const SEP = '@';

/** The institutions of a language as entities for the name matcher (id "office@of"). */
export const institutionEntities = perLanguage((lang): Entity[] =>
  (loadPack<OfficesPack>(lang, 'offices')?.institutions ?? []).map((i) => ({
    id: `${i.office}${SEP}${i.of ?? ''}`, type: 'institution', names: { [lang]: i.names },
  })));

const headsOf = perLanguage((lang) => {
  const pack = loadPack<OfficesPack>(lang, 'offices');
  const words = (list: string[] | undefined) => (list ?? []).map((p) => foldWord(p).split(/\s+/u)).sort((a, b) => b.length - a.length);
  return {
    before: words(pack?.headBefore),
    after: words(pack?.headAfter),
    fillers: new Set([...articleWordsOf(lang), ...joinerWordsOf(lang)]),
  };
});

function endsWith(tokens: readonly Token[], end: number, phrase: string[]): boolean {
  const start = end - phrase.length;
  if (start < 0) return false;
  return phrase.every((w, i) => tokens[start + i]!.key === w);
}

/**
 * Office mentions for the institutions of a sentence that have a head word; the mention covers
 * the head word and the institution, and carries the country the institution implies.
 */
export function institutionOffices(tokens: readonly Token[], mentions: readonly NameMatch[], institutions: readonly NameMatch[], lang: string): NameMatch[] {
  if (institutions.length === 0) return [];
  const h = headsOf(lang);
  const out: NameMatch[] = [];
  // Countries by the token they end at, and in order of their start: found once, not per institution.
  const countryEnding = new Map<number, NameMatch>();
  const countries = mentions.filter((x) => x.entityType === 'country').sort((a, b) => a.tokenStart - b.tokenStart);
  for (const x of countries) if (!countryEnding.has(x.tokenEnd)) countryEnding.set(x.tokenEnd, x);
  /** Whether a country mention lies within tokens from..to (both ends of the mention). */
  const countryWithin = (from: number, to: number): boolean => {
    let lo = 0;
    let hi = countries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (countries[mid]!.tokenStart < from) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < countries.length && countries[i]!.tokenStart < to; i++) if (countries[i]!.tokenEnd <= to) return true;
    return false;
  };
  for (const m of institutions) {
    const [office, of] = m.entityId.split(SEP) as [string, string];
    // Before: walk left over fillers and country mentions to a head phrase.
    let at = m.tokenStart;
    let headStart: number | undefined;
    for (let guard = 0; guard < 6 && at > 0; guard++) {
      const phrase = h.before.find((p) => endsWith(tokens, at, p));
      if (phrase) {
        headStart = at - phrase.length;
        break;
      }
      const country = countryEnding.get(at);
      if (country) at = country.tokenStart;
      else if (h.fillers.has(tokens[at - 1]!.key)) at--;
      else break;
    }
    let headEnd = m.tokenEnd;
    if (headStart === undefined) {
      const phrase = h.after.find((p) => p.every((w, i) => tokens[m.tokenEnd + i]?.key === w));
      if (!phrase) continue;
      headEnd = m.tokenEnd + phrase.length;
    }
    // The office mention is the institution itself when a country stands between head and
    // institution ("head of the Russian Foreign Ministry"): the office phrase then reads the
    // country adjective before it, as it does for "Russian Foreign Minister".
    const between = headStart !== undefined && countryWithin(headStart, m.tokenStart);
    const startTok = headStart === undefined || between ? m.tokenStart : headStart;
    out.push({
      ...m,
      entityId: office,
      entityType: 'office',
      form: 'name',
      tokenStart: startTok,
      tokenEnd: headEnd,
      span: { start: tokens[startTok]!.start, end: tokens[headEnd - 1]!.end },
      text: '',
      tail: '',
      alternatives: [],
      ...(of ? { impliedOf: of } : {}),
    });
  }
  return out;
}
