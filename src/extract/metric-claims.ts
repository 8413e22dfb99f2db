// Metric claims: a figure tied to a fact-set property by the property's own words in the
// article's language (trade turnover, growth, share of foreign trade, companies ...), with its
// period (explicit or relative to the article date) and its subjects (the countries or
// currency the sentence names, else those of the article). New metrics need only data.
import type { Lang, Property, Span } from '../types.js';
import type { Quantity } from '../language/quantities.js';
import type { PeriodMention } from '../language/periods.js';
import { perLanguage } from '../language/pack.js';
import { numbersPack } from '../language/numbers.js';
import { monthIndex } from '../language/calendar.js';
import { andWordsOf, articleWordsOf, grammarOf, weekdayKeysOf } from './grammar.js';
import type { NameMatch } from './names.js';
import { foldWord, onlySpaceBetween, tokenIndexAt, type Token } from './tokens.js';
import { inTextOrder, near } from './near.js';
import { insideQuote } from '../text/quotes.js';
import { cuePhrasesOf, prepositionWordsOf } from './cues.js';
import { CONTEXT_TYPES, MEASURES, PLACE_TYPES, TIME_UNITS, unitFits } from '../facts/kinds.js';
import { SentenceAnnotation } from '../annotate/sentence.js';
import { isValidPeriod, periodRange } from '../facts/time.js';

export interface MetricClaim {
  kind: 'metric';
  property: string;
  propertyKind: 'quantity' | 'change' | 'share';
  /** Entities the sentence names (countries, currencies, organisations), before matching statements. */
  named: string[];
  /**
   * The event (a thing with dates: an election round, a summit) the sentences before named last:
   * "Su rival … obtuvo el 44,8 %" after a sentence on the run-off speaks of the run-off.
   */
  lastEvent?: string;
  /** The entities the sentence names by name (not adjectives: "Russian investment" is not a subject). */
  namedByName: string[];
  /** Entities of the paragraph and the article, to fill subjects the sentence leaves implicit. */
  context: string[];
  /** Whether the sentence says the figure is between two parties ("both countries", "bilateral"). */
  bilateral: boolean;
  value: number;
  unit: string | undefined;
  /** Precision given: the value is known to +- halfUnit. */
  halfUnit: number;
  approx: boolean;
  bound: 'lower' | 'upper' | undefined;
  /** "159 of the 400 seats": a part of a whole, never the whole's own total. */
  part?: boolean;
  /** The whole a part is of, when written ("dos de los cuatro escaños"): no total above it is this part's. */
  wholeValue?: number;
  /** "nearly", "almost", «почти», «вплотную приблизился к»: the value lies a little under the figure. */
  nearly?: boolean;
  period: string | undefined;
  periodExplicit: boolean;
  /** The period comes from an earlier sentence's figures (the article's reference time). */
  periodCarried?: boolean;
  /** A share with no period of its own in a sentence that writes none: the period the article wrote before, tried first (checks/figures.ts). */
  periodInContext?: string;
  /** The period of a share in the sentence right before, tried after periodInContext: its event is this share's too. */
  periodBefore?: string;
  /** The period was taken from the share of the sentence before (checks/figures.ts pins its event). */
  periodFromShare?: boolean;
  /** The figure is the base of a comparison ("up 12.5% from $19.4 billion in 2022"). */
  comparisonBase?: boolean;
  /** A count with no period written: the article's date, the day the text speaks of ("the two sides signed 28 agreements"). */
  articleDate?: string;
  /** Where the period is written, when it is. */
  periodSpan?: Span;
  /**
   * The period is relative ("last year") and stands inside a quotation: the speaker may have said
   * it on an earlier day than the article's, so the year before counts too.
   */
  periodQuoted?: boolean;
  /** Why the claim cannot be checked (a slot guessed, a target, a refuted claim); unset when checkable. */
  abstain?: string;
  /** The sentence calls the figure preliminary ("according to preliminary data"): a final one may differ. */
  preliminary?: boolean;
  /** Whose statistics the clause says the figure is ("по данным киргизской стороны"). */
  source?: string[];
  /** The property's words ("trade turnover", "вырос"). */
  propertySpan: Span;
  span: Span;
  sentence: Span;
  lang: Lang;
}

const ENTITY_TYPES = CONTEXT_TYPES;
/** Entity types that are no thing a figure may measure on its own: places figures are in, people, posts, bodies. */
const NOT_THINGS: ReadonlySet<string> = new Set([...PLACE_TYPES, ...CONTEXT_TYPES, 'person', 'office', 'party', 'organisation']);
const CAPITALISED = /^\p{Lu}/u;
/** How many words a relative clause of a person may run before its figure ("Japarov yang meraih 89,2 persen"). */
const RELATIVE_REACH = 8;
/** How many words before a figure a rival's name the set does not know may stand. */
const UNKNOWN_REACH = 16;
/** One-word kinds of place (cues.placeKind), for a possessive form the cue does not match ("region's"). */
const placeKindWords = perLanguage((lang) => new Set(cuePhrasesOf(lang).placeKind.filter((p) => p.length === 1).map((p) => p[0]!)));

/** Who may win a share of the vote. */
const RIVALS: ReadonlySet<string> = new Set(['person', 'party', 'organization', 'organisation']);

/** Whether a duration word ends right before the figure (a hedge may stand between: "for about 15 years"). */
function durationBefore(ann: SentenceAnnotation, q: Quantity): boolean {
  const at = ann.tokenAt((q.hedgeSpan ?? q.span).start);
  for (let i = Math.max(0, at - 4); i < at; i++) if (ann.cue('duration', i) === at - i) return true;
  return false;
}

export interface MetricContext {
  text: string;
  sentence: Span;
  tokens: Token[];
  mentions: NameMatch[];
  /** Property-name mentions (entityId = property id). */
  properties: NameMatch[];
  quantities: Quantity[];
  periods: PeriodMention[];
  context: string[];
  /** The country named last before this sentence: what "the country", "в стране" refer to. */
  lastCountry?: string;
  /**
   * The period the article's figures last spoke of ("last year" in the lead): the reference time
   * of a later figure whose sentence writes none ("Trade with Tajikistan grew 2.7 percent").
   */
  carriedPeriod?: PeriodMention;
  /** The period of a share the sentence right before wrote: a share here with none of its own is tried with it first. */
  sharePeriod?: PeriodMention;
  /** The previous sentence's quantity words and names: what "it", "er", "он" stand for ("lag er 2023 bei ..."). */
  previous?: { properties: NameMatch[]; mentions: NameMatch[] };
  /** A change word opens the sentence and measures what the sentence before did (withCarriedProperty). */
  changeOfPrevious?: boolean;
  /** The article's own pair of countries: what "both countries", "двух стран", "beider Länder" refer to. */
  lastPair?: string[];
  /** The person named last before this sentence: what "he", "он", "er", "ia" refer to. */
  lastPerson?: string;
  /** The sentence's annotation layer (cue classes, clauses); made here when absent. */
  annotation?: SentenceAnnotation;
  /** Head nouns resolved to things the article names ("the agreement", "соглашение"): subjects where a property's statements are about such things. */
  heads?: NameMatch[];
  /** Entities the article names anywhere by name: a head noun binds a figure to a thing only among them. */
  namedInArticle?: ReadonlySet<string>;
  /** The entity types a property's statements have as subjects or wholes (countries for trade, people and elections for votes). */
  subjectTypes?: (propertyId: string) => ReadonlySet<string>;
  lang: Lang;
  date: string | undefined;
  property: (id: string) => Property | undefined;
  /** Quantity properties that some change property is the growth of. */
  changeOf: (quantityProperty: string) => Property | undefined;
}

/** A language's part-of phrases ("of the", "der"), as folded words, longest first. */
const partOfWholeOf = perLanguage((lang): string[][] =>
  (numbersPack(lang)?.partOfWhole ?? []).map((p) => foldWord(p).split(/\s+/u)).sort((a, b) => b.length - a.length));

/** The grammar's cue words of a language, folded, built once per language. */
const cues = perLanguage((lang) => {
  const g = grammarOf(lang);
  return {
    change: new Set((g.changeCues ?? []).map(foldWord)),
    bilateral: (g.bilateralCues ?? []).map((p) => foldWord(p).split(/\s+/u)),
    // Split as the tokenizer splits words: at spaces and hyphens ("masing-masing").
    respectively: (g.respectively ?? []).map((p) => foldWord(p).split(/[\s\u2010-\u2015-]+/u).filter(Boolean)),
    target: new Set((g.targetCues ?? []).map(foldWord)),
    partner: new Set((g.partnerWords ?? []).map(foldWord)),
    otherWholes: new Set((g.otherWholes ?? []).map(foldWord)),
    counted: new Set((g.countedWords ?? []).map(foldWord)),
    approval: new Set((g.approvalWords ?? []).map(foldWord)),
    rival: new Set((g.rivalWords ?? []).map(foldWord)),
    part: new Set((g.partWords ?? []).map(foldWord)),
    preliminary: (g.preliminaryWords ?? []).map((p) => foldWord(p).split(/\s+/u)),
    previous: new Set((g.previousWords ?? []).map(foldWord)),
    changeAfter: new Set((g.changeAfter ?? []).map(foldWord)),
    and: andWordsOf(lang),
    articles: articleWordsOf(lang),
    when: (g.whenWords ?? []).map((p) => foldWord(p).split(/\s+/u)),
  };
});

/** A filter for mentions sorted by start (longest first) that drops one inside an earlier one of its entity. */
function withinOwnName(): (m: NameMatch) => boolean {
  const furthest = new Map<string, number>();
  return (m) => {
    const end = furthest.get(m.entityId);
    if (end !== undefined && m.span.end <= end) return false;
    furthest.set(m.entityId, m.span.end);
    return true;
  };
}

function distance(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** Whether a comma or semicolon stands in text[from, to), a decimal comma ("3,5") not counted. */
function commaIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 59 || (ch === 44 && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))))) return true;
  }
  return false;
}

function inside(s: Span, outer: Span): boolean {
  return s.start >= outer.start && s.end <= outer.end;
}

/**
 * "9 миллиардов 279 миллионов долларов", "9 billion 279 million dollars": a unitless amount with a
 * larger scale right before an amount with its unit is one figure.
 */
/**
 * The sentence's quantity words, a word that two properties share read as the quantity too: in
 * Russian the genitive «торгового оборота» names the whole of a share («доля … торгового
 * оборота») and is also trade turnover in another case («объем торгового оборота», «18,5 млрд
 * долларов торгового оборота»). The matcher keeps one property per span with the others as
 * alternatives; an amount of money or a growth binds to the quantity reading, a share to its own.
 */
function quantityReadings(props: readonly NameMatch[], kinds: (p: NameMatch) => string | undefined, property: (id: string) => Property | undefined): NameMatch[] {
  const out: NameMatch[] = [];
  for (const p of props) {
    if (kinds(p) === 'quantity') {
      out.push(p);
      continue;
    }
    const alt = p.alternatives.find((id) => property(id)?.kind === 'quantity');
    if (alt) out.push({ ...p, entityId: alt, alternatives: [] });
  }
  return out;
}

function joinCompoundAmounts(ctx: MetricContext): MetricContext {
  const qs = ctx.quantities;
  if (qs.length < 2) return ctx;
  const out: Quantity[] = [];
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i]!;
    const b = qs[i + 1];
    if (b && a.unit === undefined && b.unit !== undefined && a.scale > b.scale && b.scale > 1 && !a.range && !b.range
      && /^[\s\u00a0]+$/u.test(ctx.text.slice(a.span.end, b.span.start))) {
      out.push({ ...b, value: a.value + b.value, span: { start: a.span.start, end: b.span.end }, raw: `${a.raw} ${b.raw}`, scale: b.scale, decimals: 0, approx: a.approx || b.approx, ...(a.hedgeSpan ? { hedgeSpan: a.hedgeSpan } : {}) });
      i++;
    } else out.push(a);
  }
  return out.length === qs.length ? ctx : { ...ctx, quantities: out };
}

export function extractMetricClaims(ctx0: MetricContext): MetricClaim[] {
  const ctx = withCarriedProperty(joinCompoundAmounts(ctx0));
  if (ctx.properties.length === 0 || ctx.quantities.length === 0) return [];
  const c = cues(ctx.lang);
  const cp = cuePhrasesOf(ctx.lang);
  // The sentence's annotation (lintDocument's, with dates, periods and figures protected from
  // clause breaks), or one made here when the extractor is called alone.
  const ann = ctx.annotation ?? annotate(ctx);
  const tokens = ctx.tokens;
  const keys = tokens.map((t) => t.key);
  // No clause boundary inside a period, a date or a figure ("январь — октябрь", "3–4 July").
  const clause = ann.clauses().ids;
  const hardClauses = ann.clauses().hard;
  // Per token, where its run of one clause starts; per clause, its first token (found once: a
  // run-on sentence of thousands of figures must not walk back per figure).
  const runStart = new Int32Array(clause.length);
  const clauseFirst = new Map<number, number>();
  for (let i = 0; i < clause.length; i++) {
    runStart[i] = i > 0 && clause[i - 1] === clause[i] ? runStart[i - 1]! : i;
    if (!clauseFirst.has(clause[i]!)) clauseFirst.set(clause[i]!, i);
  }
  // Per clause, the first clause of its part of the sentence (parts end at a colon, a semicolon,
  // a bracket or a dash) and of its statement (after a colon or a semicolon only; a dash or a
  // bracket opens an apposition): one pass over the clauses, not a walk back per figure.
  let clauseCount = 0;
  for (let i = 0; i < clause.length; i++) if (clause[i]! >= clauseCount) clauseCount = clause[i]! + 1;
  const segmentOf = new Int32Array(clauseCount);
  const statementOf = new Int32Array(clauseCount);
  for (let c = 1; c < clauseCount; c++) {
    const hard = hardClauses.has(c);
    segmentOf[c] = hard ? c : segmentOf[c - 1]!;
    const t = clauseFirst.get(c) ?? -1;
    statementOf[c] = hard && t > 0 && /[:;]/u.test(ctx.text.slice(tokens[t - 1]!.end, tokens[t]!.start)) ? c : statementOf[c - 1]!;
  }
  const segmentStart = (c: number) => segmentOf[c] ?? 0;
  /** The clause an aside interrupts, where clause `c` is one ("perdagangan China dan Iran yang berkisar 16 miliar"). */
  const asideParent = (c: number): number | undefined => {
    const s0 = clauseFirst.get(c) ?? -1;
    return s0 > 0 && ann.cue('asideOpener', s0) > 0 ? clause[s0 - 1] : undefined;
  };
  /** The first clause after the last colon or semicolon before clause `c` (0: none). */
  const statementStart = (c: number) => statementOf[c] ?? 0;
  const clauseOf = (s: Span) => ann.clauseAt(s.start);
  // A name inside a property's words is part of that name ("companies with Russian capital"),
  // except in a share, whose words take the whole's owner inside ("des usbekischen Außenhandels").
  // Property words and figures in text order, so that "is this name inside one?" looks only nearby.
  const propsInOrder = inTextOrder(ctx.properties);
  const quantitiesInOrder = inTextOrder(ctx.quantities);
  const inFigure = (m: NameMatch) => near(quantitiesInOrder, m.span).some((q) => inside(m.span, q.span));
  const partOfName = (m: NameMatch) => near(propsInOrder, m.span).some((p) => inside(m.span, p.span) && ctx.property(p.entityId)?.kind !== 'share');
  const subjectMentions = ctx.mentions
    .filter((m) => ENTITY_TYPES.has(m.entityType) && !partOfName(m) && !inFigure(m));
  /**
   * The subjects of a figure: the entities its clause names, else those of the sentence. A partner
   * ("trade with Uzbekistan", "товарооборот с Киргизией") names one side; the countries after it
   * in the clause ("behind Kazakhstan") are not the pair's.
   */
  const sourcedCache = new Map<NameMatch, boolean>();
  // Per-sentence tables, so that each figure's binding costs what its clause holds, not the sentence.
  const bilateralClauses = new Set<number>();
  // One pass over the tokens, a phrase tried only where its first word stands (this ran a closure
  // per token and phrase, twice); the sentence is bilateral when some clause is.
  for (let i = 0; i < keys.length; i++) {
    for (const ph of c.bilateral) {
      if (keys[i] !== ph[0]) continue;
      let k = 1;
      while (k < ph.length && keys[i + k] === ph[k]) k++;
      if (k === ph.length) {
        bilateralClauses.add(clause[i]!);
        break;
      }
    }
  }
  const bilateral = bilateralClauses.size > 0;
  // Clauses that pair names with figures in order ("A and B took 27.2% and 25.8% respectively").
  const respectivelyClauses = new Set<number>();
  for (let i = 0; i < keys.length; i++) {
    for (const ph of c.respectively) {
      let k = 0;
      while (k < ph.length && keys[i + k] === ph[k]) k++;
      if (k === ph.length) respectivelyClauses.add(clause[i]!);
    }
  }
  const anaphorIn = new Map<number, number>();
  const pronounIn = ann.clausesWith('personPronoun');
  for (let i = 0; i < tokens.length; i++) if (ann.cue('countryAnaphor', i) && !anaphorIn.has(clause[i]!)) anaphorIn.set(clause[i]!, i);
  const inProperty = new Uint8Array(tokens.length);
  for (const p of ctx.properties) for (let i = tokenIndexAt(tokens, p.span.start); i < tokens.length && tokens[i]!.end <= p.span.end; i++) inProperty[i] = 1;
  // The mentions that may be a property's subjects, by the entity types its statements have: once
  // per set of types, not once per figure (a sentence of a thousand figures stays linear).
  const candidateCache = new Map<ReadonlySet<string>, NameMatch[]>();
  const clauseGroups = new Map<NameMatch[], Map<number, NameMatch[]>>();
  const byClause = (list: NameMatch[]) => {
    let g = clauseGroups.get(list);
    if (!g) clauseGroups.set(list, (g = ann.byClause(list)));
    return g;
  };
  // Head nouns read as mentions of what they stand for ("head:event" → "event"), made once.
  let asMentions: NameMatch[] | undefined;
  const headMentions = () => (asMentions ??= (ctx.heads ?? []).map((h) => ({ ...h, entityType: h.entityType.replace(/^head:/u, '') })));
  const candidatesOf = (types: ReadonlySet<string>) => {
    let list = candidateCache.get(types);
    if (!list) {
      list = [...ctx.mentions, ...headMentions()]
        .filter((m) => types.has(m.entityType) && !partOfName(m) && !inFigure(m))
        .sort((a, b) => a.span.start - b.span.start);
      candidateCache.set(types, list);
    }
    return list;
  };
  // The country that opens the sentence, when its clause has a partner word: found once per sentence.
  let opener: { m: NameMatch; partners: Set<string> } | null | undefined;
  const sentenceOpener = (figurePartner: string): NameMatch | undefined => {
    if (opener === undefined) {
      let first = 0;
      while (first < keys.length && c.articles.has(keys[first]!)) first++;
      const m = subjectMentions.find((x) => x.tokenStart >= first);
      const isOpener = m && m.tokenStart === first && m.entityType === 'country' && m.form === 'name';
      // The countries the opener trades with in its clause ("… with Uzbekistan").
      const partners = new Set<string>();
      if (isOpener) {
        for (const x of subjectMentions) {
          if (x.tokenStart <= m.tokenStart || clause[x.tokenStart] !== clause[m.tokenStart]) continue;
          let i = x.tokenStart - 1;
          while (i > m.tokenEnd && c.articles.has(keys[i]!)) i--;
          if (x.entityType === 'country' && (c.partner.has(keys[i]!) || c.partner.has(keys[i - 1] ?? ''))) partners.add(x.entityId);
        }
      }
      opener = isOpener && partners.size > 0 ? { m, partners } : null;
    }
    // Only when it trades with another partner than the figure's: "Kazakhstan …, and trade with
    // Russia reached …" names no partner of Kazakhstan's own.
    return opener && [...opener.partners].some((e) => e !== figurePartner) ? opener.m : undefined;
  };
  // Things and events named or called by their head noun, for figures of properties with no
  // statements (below): a place only where no preposition puts the figure in it ("in Bishkek").
  let things: NameMatch[] | undefined;
  const thingsOf = () => (things ??= [...ctx.mentions, ...headMentions()]
    // A head noun only for a thing the article names: "the talks" near the article's date may be
    // another pair's, which the article never names.
    .filter((m) => !NOT_THINGS.has(m.entityType) && !partOfName(m) && !inFigure(m) && !(m.entityType === 'place' && afterPreposition(m.tokenStart))
      && (ctx.mentions.includes(m) || ctx.namedInArticle?.has(m.entityId) === true))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end)
    // A head inside its own entity's name ("forum" of "Astana Energy Forum") is that name: in this
    // order the name comes first, so one pass keeps the furthest end per entity.
    .filter(withinOwnName()));
  const prepositions = prepositionWordsOf(ctx.lang);
  const afterPreposition = (i: number) => {
    let k = i - 1;
    while (k >= 0 && c.articles.has(keys[k]!)) k--;
    return k >= 0 && prepositions.has(keys[k]!);
  };
  // "где продолжение «Турецкого потока» имеет длину 474 км", "the Bulgarian section of TurkStream
  // is 474 km long": a thing named after a word for a part of it (up to three words between, no
  // comma) is not what the figure measures; the part is, and the set names no part.
  const partGoverned = (m: NameMatch) => {
    if (c.part.size === 0) return false;
    // From the start of the thing's whole phrase: its name before its head noun ("the first unit
    // of the Kambar-Ata-1 hydropower plant").
    let start = m.tokenStart;
    for (let moved = true; moved;) {
      moved = false;
      for (const list of [near(ctx.mentions, m.span), near(headMentions(), m.span)]) {
        for (const x of list) {
          if (x.entityId === m.entityId && x.tokenStart < start && x.tokenEnd >= start - 1) {
            start = x.tokenStart;
            moved = true;
          }
        }
      }
    }
    for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
      if (/[,;:()]/u.test(ctx.text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
      if (c.part.has(keys[k]!)) return true;
    }
    return false;
  };
  /** The one thing the figure's clause names, else the one its statement names before it. */
  const thingOf = (q: Quantity, cl: number): string | undefined => {
    const list = thingsOf();
    if (list.length === 0) return undefined;
    const one = (ms: readonly NameMatch[]) => {
      const ids = new Set(ms.map((m) => m.entityId));
      return ids.size === 1 ? [...ids][0] : undefined;
    };
    const inClause = near(byClause(list).get(cl) ?? [], q.span).filter((m) => !partGoverned(m));
    // The nearest before the figure ("На полях саммита … строительство железной дороги …
    // протяжённостью 454 км": the railway), unless another is joined to it ("the summit and the
    // forum brought together 9 heads of state"); with none before, the one after.
    const before = inClause.filter((m) => m.span.end <= q.span.start);
    if (before.length) {
      const last = before[before.length - 1]!;
      const joined = before.some((m) => m.entityId !== last.entityId && m.tokenEnd <= last.tokenStart && last.tokenStart - m.tokenEnd <= 2
        && keys.slice(m.tokenEnd, last.tokenStart).some((k) => c.and.has(k)));
      return joined ? undefined : last.entityId;
    }
    if (inClause.length) return one(inClause);
    const segment = statementStart(cl);
    return one(near(list, q.span).filter((m) => m.span.end <= q.span.start && clause[m.tokenStart]! >= segment && !partGoverned(m)));
  };
  /**
   * A name the set does not know after a word for a rival, before the figure in its clause: two
   * capitalised words in a row right after the rival word (articles between): the first one's token (-1: none).
   */
  const unknownNameBefore = (q: Quantity, cl: number): number => {
    const qi = tokenIndexAt(tokens, q.span.start);
    // "his rival", "son principal rival, le nationaliste": up to three words between.
    const rivalBefore = (i: number) => {
      for (let k = i - 1; k >= 0 && k >= i - 4 && clause[k] === cl; k--) if (c.rival.has(keys[k]!)) return true;
      return false;
    };
    // A day or a month is no name ("pemilihan cepat Hari Minggu").
    const known = (i: number) => near(ctx.mentions, tokens[i]!).some((m) => m.tokenStart <= i && m.tokenEnd > i)
      || monthIndex(ctx.lang, tokens[i]!.text) !== undefined || weekdayKeysOf(ctx.lang).has(keys[i]!);
    for (let i = qi - 2; i >= 0 && i >= qi - UNKNOWN_REACH && clause[i] === cl; i--) {
      if (clause[i + 1] !== cl || clause[i] === undefined) continue;
      if (i === 0 || clause[i - 1] !== cl) break; // a clause's first word is capitalised for its own sake
      if (CAPITALISED.test(tokens[i]!.text) && CAPITALISED.test(tokens[i + 1]!.text) && /^\p{L}/u.test(tokens[i + 1]!.text)
        && onlySpaceBetween(ctx.text, tokens[i]!.end, tokens[i + 1]!.start) && !known(i) && !known(i + 1) && rivalBefore(i)) return i;
    }
    return -1;
  };
  /** A rival's share ("contre 47,38 % pour son rival X") and the rival named after it. */
  const rivals = new Map<Quantity, NameMatch>();
  /** Property, unit, thing and clause of each figure bound to a thing so far (a second one is a part). */
  const thingMeasures = new Set<string>();
  const subjectsOf = (q: Quantity, prop: Property, wholeEnd?: number) => {
    const cl = clauseOf(q.span);
    const types = ctx.subjectTypes?.(prop.id);
    const candidates = types?.size ? candidatesOf(types) : subjectMentions;
    // The source of a figure is not its subject: "по данным Минэкономразвития России", "according to
    // Kyrgyz statistics", "nach Angaben des russischen Wirtschaftsministeriums".
    const sourced = (m: NameMatch) => {
      const known = sourcedCache.get(m);
      if (known !== undefined) return known;
      const v = isSourced(m);
      sourcedCache.set(m, v);
      return v;
    };
    const isSourced = (m: NameMatch) => {
      for (let i = Math.max(0, m.tokenStart - 6); i < m.tokenStart; i++) {
        const n = ann.cue('attribution', i);
        // "Menurut Kementerian … Rusia, perdagangan Rusia–Kirgizstan …": the source phrase ends at
        // its comma; a name after it is a subject again.
        if (n && i + n <= m.tokenStart && clause[i] === clause[m.tokenStart] && !ctx.text.slice(tokens[i + n - 1]!.end, m.span.start).includes(',')) return true;
      }
      // "Кыргызстандын Улуттук статистика комитетинин маалыматы боюнча": the source's genitive
      // noun phrase, then the postposition, within four words.
      for (let i = m.tokenEnd; i < m.tokenEnd + 4 && i < tokens.length; i++) {
        if (clause[i] === clause[m.tokenStart] && ann.cue('attributionAfter', i)) return true;
      }
      // The name inside the phrase: "nach kirgisischen Angaben", "according to Russian data".
      return cp.attribution.some((ph) => ph.some((_, k) => k > 0 && k < ph.length
        && ph.slice(0, k).every((w, j) => keys[m.tokenStart - k + j] === w) && ph.slice(k).every((w, j) => keys[m.tokenEnd + j] === w)));
    };
    let ms = near(byClause(candidates).get(cl) ?? [], q.span).filter((m) => !(m.tokenEnd > 0 && sourced(m)) && (wholeEnd === undefined || m.span.start <= wholeEnd)
      && !(q.unit !== '%' && partGoverned(m)));
    // "memberi selamat kepada Sadyr Japarov yang meraih 89,2 persen": a relative word right after a
    // person, no comma between (Indonesian writes none), opens that person's clause; the figure in
    // it, with no other person between, is theirs.
    if (ms.length > 1) {
      const qi = tokenIndexAt(tokens, q.span.start);
      const head = ms.filter((m) => RIVALS.has(m.entityType) && m.span.end <= q.span.start && m.tokenEnd < qi && qi - m.tokenEnd <= RELATIVE_REACH
        && ann.cue('asideOpener', m.tokenEnd) > 0 && !c.articles.has(keys[m.tokenEnd]!)).at(-1);
      if (head && !ms.some((m) => m !== head && RIVALS.has(m.entityType) && m.span.start > head.span.end && m.span.end <= q.span.start)) {
        ms = ms.filter((m) => m.entityId === head.entityId || !RIVALS.has(m.entityType));
      }
    }
    // "Serdar Berdimuhamedov, son of outgoing president Gurbanguly Berdimuhamedov, won 62.97%": a
    // person named in an aside right after another person's name is not the figure's.
    if (q.span.start > 0 && ms.length > 1) {
      const people = ms.filter((m) => m.entityType === 'person' && m.span.end <= q.span.start);
      if (people.length > 1) {
        const inAside = (m: NameMatch) => people.some((h) => {
          if (h.entityId === m.entityId || h.span.end > m.span.start) return false;
          const gap = ctx.text.slice(h.span.end, m.span.start);
          const open = gap.indexOf(',');
          if (open < 0 || gap.slice(0, open).trim() !== '' || gap.slice(open + 1).includes(',')) return false;
          return ctx.text.slice(m.span.end, q.span.start).includes(',');
        });
        const kept = ms.filter((m) => !inAside(m));
        if (kept.length < ms.length) ms = kept;
      }
    }
    // "con 73 diputados, cinco más que los moderados": a name after a word of comparison is the
    // base the figure is set against, not its subject.
    if (ms.some((m) => m.span.start >= q.span.end)) {
      const from = tokenIndexAt(tokens, q.span.end);
      ms = ms.filter((m) => m.span.start < q.span.end || !ann.cueIn('comparison', from, m.tokenStart));
    }
    // A figure in an aside is of the noun the aside follows: "…, jauh di atas perdagangan China
    // dan Iran, yang berkisar 16 miliar dolar AS".
    // Not after a name the set does not know: "su principal rival, el también nacionalista Akram
    // Madumarov, que logra casi un 6,7 %" is that rival's share, not the winner's named earlier.
    const parentClause = ms.length === 0 ? asideParent(cl) : undefined;
    let asideOfUnknown = false;
    if (parentClause !== undefined) {
      const opener = clauseFirst.get(cl) ?? 0;
      const before = tokens[opener - 1];
      asideOfUnknown = before !== undefined && CAPITALISED.test(before.text) && /^\s*,\s*$/u.test(ctx.text.slice(before.end, tokens[opener]!.start))
        && !near(ctx.mentions, before).some((m) => m.tokenStart < opener && m.tokenEnd >= opener);
      ms = asideOfUnknown ? [] : near(byClause(candidates).get(parentClause) ?? [], q.span).filter((m) => m.span.end <= q.span.start && !(m.tokenEnd > 0 && sourced(m)));
      // "Mirziyoyev congratulated Japarov, who won 89.2%": the aside is of the person right before
      // it, not of the one before that.
      const antecedent = !asideOfUnknown ? ms.find((m) => m.tokenEnd === opener && RIVALS.has(m.entityType)) : undefined;
      if (antecedent) ms = ms.filter((m) => m.entityId === antecedent.entityId || !RIVALS.has(m.entityType));
    }
    // A second amount of the clause with names of its own: "trade of China with Saudi Arabia
    // reached $116 billion, far above China–Iran trade of about $16 billion": the names between
    // the amount before it and it are its.
    if (q.unit !== undefined && (/^[A-Z]{3}$/u.test(q.unit) || MEASURES.has(q.unit))) {
      const before = near(figuresInOrder, q.span).filter((f) => f !== q && f.span.end <= q.span.start && f.unit === q.unit && clauseOf(f.span) === cl).at(-1);
      const own = before ? ms.filter((m) => m.span.start >= before.span.end && m.span.end <= q.span.start) : [];
      if (own.length > 0) ms = own;
      // "the 130 km line, whose heart is the 33 km Koralm tunnel": a name after the clause's next
      // length is that one's.
      if (MEASURES.has(q.unit)) {
        const next = near(figuresInOrder, q.span).find((f) => f !== q && f.span.start >= q.span.end && f.unit === q.unit && clauseOf(f.span) === cl);
        if (next) ms = ms.filter((m) => m.span.start < next.span.start);
      }
    }
    // A list of results, "El Likud …, con 32 escaños, seguido por Yesh Atid, …, con 24": with a
    // later figure of the same kind in the clause, a party or person named between the two is the
    // later one's, when the figure has one of its own before it.
    if (ms.length > 0) {
      // The later figure may be a bare number ("con 24"), which the figure finder leaves alone.
      // Within twenty words, past commas but not a semicolon or a colon.
      let nextStart: number | undefined;
      const from = tokenIndexAt(tokens, q.span.end);
      for (let i = from; i < tokens.length && i < from + 20; i++) {
        if (i > from && /[;:]/u.test(ctx.text.slice(tokens[i - 1]!.end, tokens[i]!.start))) break;
        if (/^\d{1,3}$/u.test(tokens[i]!.text) && tokens[i]!.start >= q.span.end) { nextStart = tokens[i]!.start; break; }
      }
      if (nextStart !== undefined) {
        const before = nextStart;
        const resultName = (m: NameMatch) => m.entityType === 'person' || m.entityType === 'organization' || m.entityType === 'party';
        const between = (m: NameMatch) => resultName(m) && m.span.start >= q.span.end && m.span.end <= before;
        // Those left are the figure's; with none left, the names before it in the sentence are (below).
        // Names past the next figure are later ones' too ("… suma 91 diputados, Chega 60 y el PS 58").
        const later = (m: NameMatch) => resultName(m) && m.span.start >= before;
        if (ms.some(between)) ms = ms.filter((m) => !between(m) && !later(m));
      }
    }
    // "won 51.6% of the vote against 47.4% for Haavisto": the rival named after the next share is
    // that share's, not this one's.
    if (q.unit === '%' && ms.length > 1) {
      const next = near(figuresInOrder, q.span).find((f) => f.span.start >= q.span.end && f.unit === '%');
      const rival = next && clauseOf(next.span) === cl && inComparison(next.span, 3, true) ? rivalAfter(next) : undefined;
      if (rival && ms.some((m) => m !== rival && RIVALS.has(m.entityType) && m.span.end <= q.span.start)) ms = ms.filter((m) => m.entityId !== rival.entityId || m.span.end <= q.span.start);
    }
    // "Stubb and Haavisto took 27.2% and 25.8% respectively": the clause's names before its figures
    // pair with them in order; a count that does not pair leaves the figures to no name.
    let paired = false;
    if (respectivelyClauses.has(cl) && q.unit !== undefined) {
      const figs = near(figuresInOrder, q.span).filter((f) => f.unit === q.unit && clauseOf(f.span) === cl);
      if (figs.length >= 2) {
        paired = true;
        const first = figs[0]!.span.start;
        // People and parties only: countries in such a list often share a side ("Russia's trade with
        // A and B: X and Y respectively").
        const names = [...new Set(ms.filter((m) => m.span.end <= first && RIVALS.has(m.entityType)).map((m) => m.entityId))];
        const own = names.length === figs.length ? names[figs.indexOf(q)] : undefined;
        ms = ms.filter((m) => !RIVALS.has(m.entityType) || m.entityId === own);
      }
    }
    const pi = ms.findIndex((m) => m.entityType === 'country' && m.tokenStart > 0 && c.partner.has(keys[m.tokenStart - 1]!));
    const partner = ms[pi];
    let bare = false;
    let otherSideUnknown = false;
    if (partner) {
      // "between Russia and Kazakhstan": the country coordinated with the partner is the other side.
      const next = ms[pi + 1];
      const joined = next && next.entityType === 'country' && next.tokenStart - partner.tokenEnd === 1 && c.and.has(keys[partner.tokenEnd]!);
      // The other side stands in the noun phrase: before the property's words ("Russia's trade with
      // X") or between them and the partner ("торговля России с X"). Nothing there: the article's
      // own side ("Turnover with Uzbekistan"); unknown words there ("trade of the Central Asian
      // states with Russia"): a side the fact set does not know.
      const word = nearest(near(ctx.properties, partner.span).filter((p) => p.span.end <= partner.span.start), partner.span);
      const from = word ? Math.max(0, tokenIndexAt(tokens, word.span.start) - 3) : partner.tokenStart;
      ms = ms.filter((m) => m === partner || (joined && m === next) || (m.tokenStart >= from && m.tokenEnd <= partner.tokenStart));
      if (word) {
        let unknown = false;
        for (let i = tokenIndexAt(tokens, word.span.end); i < partner.tokenStart - 1; i++) {
          if (!c.articles.has(keys[i]!) && !ms.some((m) => m.tokenStart <= i && m.tokenEnd > i)) unknown = true;
        }
        // "the region's trade with China", «товарооборот региона с Китаем»: a kind of place right
        // before the property's words, no name of the set's, is the side: not the article's own.
        let k = tokenIndexAt(tokens, word.span.start) - 1;
        while (k >= 0 && c.articles.has(keys[k]!)) k--;
        const after = tokenIndexAt(tokens, word.span.end);
        if (!unknown && ((k >= 0 && (ann.cue('placeKind', k) > 0 || placeKindWords(ctx.lang).has(keys[k]!.replace(/['’]s$/u, ''))) && !ms.some((m) => m.tokenStart <= k && m.tokenEnd > k))
          || (after < partner.tokenStart && ann.cue('placeKind', after) > 0 && !ms.some((m) => m.tokenStart <= after && m.tokenEnd > after)))) unknown = true;
        if (unknown) ms = ms.filter((m) => m === partner || (joined && m === next));
        otherSideUnknown = unknown && !joined;
        bare = !unknown && !ms.some((m) => m !== partner && m !== next);
      }
      // "Tajikistan conducted … trade with Uzbekistan …, and trade turnover with Kyrgyzstan
      // declined …": the country that opens the sentence as the subject of a clause of trade
      // with a partner is the other side of a partner with no other side of its own, not the
      // article's pair or context ("Kazakhstan hosted the forum, where … trade with Russia …" is not).
      if (bare && !joined) {
        const first = sentenceOpener(partner.entityId);
        if (first && first.entityId !== partner.entityId && !ms.includes(first)) {
          ms = [first, ...ms];
          bare = false;
        }
      }
    }
    // Else the names before the figure in the sentence (never those of a later clause: "…; тогда Россия обошла Китай").
    // Those of the figure's statement first: after a colon or a semicolon, the names of the part
    // before it are another statement's ("Georgien profitiert …: Ein Teil des Handels
    // zwischen der Türkei und Aserbaidschan …"); with none there, a lead before a colon names them
    // ("Russland und Kasachstan: …").
    // "his rival Adakhan Madumarov came second with 6.7%", «Son rival Adakhan Madumarov … avec
    // 6,7 %»: a figure of people whose clause names someone the set does not know before it, and
    // no one it knows, is that one's; neither a name of another clause nor a pronoun's takes it.
    // So with a person it knows named before that one ("Japarov won, and his rival Adakhan
    // Madumarov came second with 6.7%"): the nearer name is the figure's.
    const unknownAt = !asideOfUnknown && types?.has('person') === true ? unknownNameBefore(q, cl) : -1;
    const unknownSubject = unknownAt >= 0 && ms.every((m) => m.tokenEnd <= unknownAt && !ms.some((o) => o.span.start >= q.span.end));
    if (unknownSubject) ms = [];
    if (ms.length === 0 && !asideOfUnknown && !unknownSubject) {
      const before = near(candidates, q.span).filter((m) => m.span.end <= q.span.start && !(m.tokenEnd > 0 && sourced(m))
        && !(paired && RIVALS.has(m.entityType)) && !(q.unit !== '%' && partGoverned(m)));
      const segment = statementStart(cl);
      const own = segment > 0 ? before.filter((m) => clause[m.tokenStart]! >= segment) : [];
      ms = own.length ? own : before;
    }
    // "Nilai perdagangan Indonesia dan Rusia", "trade between Indonesia and Russia": a country
    // joined by "and" to a capitalised word the fact set does not know has an unknown other side
    // (else the article's pair or context would stand in for it).
    if (!otherSideUnknown) {
      const unknownName = (i: number, m: NameMatch) => i >= 0 && i < tokens.length && clause[i] === clause[m.tokenStart]
        && CAPITALISED.test(tokens[i]!.text) && !near(ctx.mentions, tokens[i]!).some((x) => x.tokenStart <= i && x.tokenEnd > i);
      // "zwischen China und der Region": an article may stand before the unknown word.
      const afterArticles = (i: number) => {
        while (i < tokens.length && c.articles.has(keys[i]!)) i++;
        return i;
      };
      otherSideUnknown = ms.some((m) => m.entityType === 'country' && m.form === 'name' && (
        (m.tokenStart >= 2 && c.and.has(keys[m.tokenStart - 1]!) && unknownName(m.tokenStart - 2, m))
        || (m.tokenEnd + 1 < tokens.length && c.and.has(keys[m.tokenEnd]!) && unknownName(afterArticles(m.tokenEnd + 1), m))));
    }
    // "el referéndum …, aprobado por más del 90% de votos": a proposal's share, no candidate's.
    if (q.unit === '%') {
      const qi = tokenIndexAt(tokens, q.span.start);
      for (let i = Math.max(0, qi - 4); i < qi; i++) {
        if (clause[i] === clause[qi] && c.approval.has(keys[i]!)) {
          ms = ms.filter((m) => !RIVALS.has(m.entityType));
          break;
        }
      }
    }
    const named = [...new Set(ms.map((m) => m.entityId))];
    const byName = [...new Set(ms.filter((m) => m.form === 'name').map((m) => m.entityId))];
    // "Turnover with Russia" in an article about Uzbekistan and Russia: the other side is the
    // article's own, the other country of its pair.
    if (bare && partner && ctx.lastPair?.includes(partner.entityId)) {
      const home = ctx.lastPair.find((e) => e !== partner.entityId);
      if (home && !named.includes(home) && named.filter((e) => ctx.mentions.some((m) => m.entityId === e && m.entityType === 'country')).length === 1) {
        named.push(home);
        byName.push(home);
      }
    }
    // "both countries", "двух стран", "kedua negara": the article's pair (its two most named
    // countries), where the clause names fewer than two itself and none outside that pair.
    const pair = ctx.lastPair;
    const bilateralHere = bilateralClauses.has(cl);
    if (bilateralHere && pair?.length === 2 && named.filter((e) => pair.includes(e) || ctx.mentions.some((m) => m.entityId === e && m.entityType === 'country')).length < 2) {
      const countries = named.filter((e) => ctx.mentions.some((m) => m.entityId === e && m.entityType === 'country'));
      if (countries.every((e) => pair.includes(e))) for (const e of pair) if (!named.includes(e)) { named.push(e); byName.push(e); }
    }
    // "…Египет — крупнейший партнёр России в Африке: товарооборот двух стран вырос на 35 %": the
    // two countries are the figure's sides, a region or body named beside them is not a third.
    if (bilateralHere && pair?.length === 2 && pair.every((e) => named.includes(e)) && named.length > 2) {
      const region = (e: string) => ctx.mentions.some((m) => m.entityId === e && (m.entityType === 'region' || m.entityType === 'organization'));
      for (let k = named.length - 1; k >= 0; k--) if (!pair.includes(named[k]!) && region(named[k]!)) named.splice(k, 1);
      for (let k = byName.length - 1; k >= 0; k--) if (!named.includes(byName[k]!)) byName.splice(k, 1);
    }
    // "active in the country": a definite description of the country named before.
    // It means the country named before it in this sentence when there is one, else the one named last before.
    const anaphorAt = anaphorIn.get(cl) ?? -1;
    const before = anaphorAt >= 0 ? near(ctx.mentions, tokens[anaphorAt]!).filter((m) => m.entityType === 'country' && m.form === 'name' && m.tokenEnd > 0 && m.tokenEnd <= anaphorAt
      && !partOfName(m) && !sourced(m)).at(-1)?.entityId : undefined;
    const a = before ?? ctx.lastCountry;
    if (a && !named.includes(a) && anaphorAt >= 0) {
      named.push(a);
      byName.push(a);
      // "Der Handel mit dem nördlichen Nachbarn": the country the description stands for is a
      // partner ("trade with"), the other side the article's own, as for a partner named.
      // The partner word may be the description's own first word («с северным соседом», "con el vecino").
      if (!partner && ((anaphorAt >= 1 && c.partner.has(keys[anaphorAt - 1]!)) || c.partner.has(keys[anaphorAt]!)) && named.length === 1) bare = true;
    }
    // "He won … with about 31 million votes, more than double the tally of his rival X": a
    // pronoun before the figure is its subject; people named only after it are others.
    let pronounBefore = false;
    if (types?.has('person') && pronounIn.has(cl)) {
      const qi = tokenIndexAt(tokens, q.span.start);
      for (let i = qi - 1; i >= 0 && clause[i] === cl && !pronounBefore; i--) pronounBefore = ann.cue('personPronoun', i) > 0;
      const people = ms.filter((m) => m.entityType === 'person');
      if (pronounBefore && people.length > 0 && people.every((m) => m.span.start >= q.span.end)) {
        ms = ms.filter((m) => m.entityType !== 'person');
        for (let k = named.length - 1; k >= 0; k--) if (people.some((m) => m.entityId === named[k])) named.splice(k, 1);
        for (let k = byName.length - 1; k >= 0; k--) if (people.some((m) => m.entityId === byName[k])) byName.splice(k, 1);
      }
    }
    // "he won 79 percent of the vote": a pronoun for the person named before, where people are
    // subjects. A pronoun after the figure is another's ("le PAS a obtenu 56,2 %, ce qui lui assure …").
    const lastPerson = pronounBefore && !unknownSubject
      ? near(ctx.mentions, q.span).findLast((m) => m.entityType === 'person' && m.span.end <= q.span.start)?.entityId ?? ctx.lastPerson : undefined;
    if (lastPerson && !ms.some((m) => m.entityType === 'person')) {
      named.push(lastPerson);
      byName.push(lastPerson);
    }
    // A figure the fact set gives no value of, with no country or body to be of: the one thing or
    // event its clause names or calls by its head noun ("17 heads of state attended the summit",
    // "the railway, 454 km long", «в мероприятии участвуют»), so that articles on it compare.
    // A rival's share is the rival's: no other person or party of the clause is its subject.
    const rival = rivals.get(q);
    if (rival) {
      const other = (e: string) => e !== rival.entityId && ctx.mentions.some((m) => m.entityId === e && RIVALS.has(m.entityType));
      for (const list of [named, byName]) {
        for (let k = list.length - 1; k >= 0; k--) if (other(list[k]!)) list.splice(k, 1);
        if (!list.includes(rival.entityId)) list.push(rival.entityId);
      }
    }
    // A length, a capacity or a weight is a thing's, never a country's: the countries named with it
    // are where the thing is ("the China–Kyrgyzstan–Uzbekistan railway, 454 km long").
    let thing: string | undefined;
    const measure = q.unit !== undefined && MEASURES.has(q.unit);
    if (q.hyphened && q.unitSpan) {
      // "the 77-kilometre Balticconnector pipeline": a measure hyphened onto its number is the
      // attribute of the noun right after it, whatever else the clause names; of a noun the set
      // does not name ("a 30-km section of the railway", "a 500-megawatt unit") it is no thing's.
      const next = tokenIndexAt(tokens, q.unitSpan.end);
      thing = [...thingsOf(), ...candidates].find((m) => m.tokenStart === next)?.entityId;
      named.length = 0;
      byName.length = 0;
      if (thing) {
        named.push(thing);
        byName.push(thing);
      }
    } else if ((named.length === 0 || measure) && !types?.size) {
      thing = thingOf(q, cl);
      if (measure) {
        named.length = 0;
        byName.length = 0;
      }
      if (thing) {
        named.push(thing);
        byName.push(thing);
      }
    }
    // The source the clause names ("по данным киргизской стороны"): figures of different sources differ.
    const source = [...new Set(near(byClause(candidates).get(cl) ?? [], q.span).filter((m) => m.tokenEnd > 0 && sourced(m)).map((m) => m.entityId))].sort();
    return { named, byName, partner: bare, otherSideUnknown, source, thing };
  };
  // "Trade with China grew 20%": a partner the fact set does not know. The figure is not the
  // article's pair, and without knowing whose it is it cannot be compared across articles either.
  const countriesNamed = subjectMentions.filter((m) => m.entityType === 'country').length;
  const unknownPartner = countriesNamed < 2 && tokens.some((t, i) => {
    const next = tokens[i + 1];
    if (!c.partner.has(t.key) || !next || !/^\p{Lu}/u.test(next.text)) return false;
    return !ctx.mentions.some((m) => m.tokenStart <= i + 1 && m.tokenEnd > i + 1);
  });
  if (unknownPartner) return [];
  // A sentence that reports a claim as false ("claims that ... are not borne out") asserts none of its figures.
  const refuted = ann.cueIn('refutation', 0, tokens.length);
  // Periods inside a comparison phrase ("than in the same months of 2023", "по сравнению с тем же
  // периодом 2021 года") are the base of a change, never the period of a figure.
  // A comparison phrase ("than in the same months of 2023", "по сравнению с тем же периодом 2021
  // года", "compared with $3.4 billion in 2022") holds the base of a change: its period is never
  // the period of a figure outside it, and a figure inside it takes only a period inside it.
  // A head-final language puts the comparison after its base ("2023-жылга салыштырмалуу"):
  // a postposition within three words after the period or figure makes it the base.
  const inComparison = (s: Span, reach: number, figure = false) => {
    const at = tokenIndexAt(tokens, s.start);
    for (let i = Math.max(0, at - reach); i <= at && i < tokens.length; i++) {
      if (clause[i] !== clause[at] || !ann.cue('comparison', i)) continue;
      // "more than $21.5 billion in 2023": a hedge's "than" is part of the figure, no comparison.
      const t = tokens[i]!;
      if (near(quantitiesInOrder, t).some((f) => f.span.start <= t.start && f.span.end >= t.end)) continue;
      // "dibandingkan 2023 menjadi 4,1 miliar": the phrase's base is the period between the cue and
      // the figure, so the figure after it is the result, not a second base.
      const cueEnd = tokens[i]!.end;
      if (figure && ctx.periods.some((p) => p.span.start >= cueEnd && p.span.end <= s.start)) continue;
      return true;
    }
    const end = tokenIndexAt(tokens, s.end);
    for (let i = end; i < end + 3 && i < tokens.length; i++) {
      if (clause[i] === clause[at] && ann.cue('comparisonAfter', i)) return true;
    }
    return false;
  };
  const basePeriods = new Set(ctx.periods.filter((p) => inComparison(p.span, 8)));
  /** A period of a comparison phrase after the figure, in its clause: the base's own time. */
  const basePeriodAfter = (q: Quantity) => [...basePeriods].some((p) => {
    if (p.span.start < q.span.end || clauseOf(p.span) !== clauseOf(q.span) || p.span.start - q.span.end > 60) return false;
    // Nothing of another measure between ("against 8% for exports in 2022").
    for (let i = tokenIndexAt(tokens, q.span.end); i < tokens.length && tokens[i]!.end <= p.span.start; i++) if (c.otherWholes.has(keys[i]!) || inProperty[i]) return false;
    return true;
  });
  // "over ten years from 2016", "с 2016 года": the start of a stretch, not a figure's period.
  const opens = (p: PeriodMention) => {
    // A span of months has its own end: "from January to September 2024" is that span.
    if (p.period.includes('..')) return false;
    const at = tokenIndexAt(tokens, p.span.start);
    for (let i = Math.max(0, at - 2); i <= at && i < tokens.length; i++) {
      const n = ann.cue('since', i);
      if (n && i + n >= at && i + n <= at + 1) return true;
    }
    // "2016-жылдан бери": the postposition right after the period.
    return ann.cue('sinceAfter', tokenIndexAt(tokens, p.span.end)) > 0;
  };
  const periods = ctx.periods.filter((p) => !basePeriods.has(p) && !opens(p));
  const periodsBy = ann.byClause(periods);
  const out: MetricClaim[] = [];
  const used = new Set<NameMatch>();
  const kinds = (p: NameMatch) => ctx.property(p.entityId)?.kind;
  // Targets and forecasts ("work towards $5 billion", "довести до 5 млрд") are not results.
  const targetAt: number[] = [];
  for (let i = 0; i < keys.length; i++) if (c.target.has(keys[i]!)) targetAt.push(i);
  const isTarget = (q: Quantity) => {
    const qi0 = tokenIndexAt(tokens, q.span.start);
    const qEnd = tokenIndexAt(tokens, q.span.end);
    // A target word before the figure in its clause ("aim to raise trade ... to $10 billion"), or just after it.
    for (const i of targetAt) {
      if (i >= qEnd + 4) break;
      // Before the figure in the sentence ("das Ziel bekräftigt, den Handel auf 5 Mrd. zu steigern"),
      // or right after it in its clause ("$5 billion target"); a target in a later clause ("около
      // 4 млрд, а цель — 5 млрд") leaves this figure a result.
      if (i < qi0 || clause[i] === clause[qi0]) return true;
    }
    return false;
  };
  /**
   * "qui ne comptait que 12 élus dans l'assemblée sortante": a word of an earlier body or term after
   * the figure in its clause, no other figure between, and not of an outgoing holder.
   */
  const ofPrevious = (q: Quantity) => {
    const qi = tokenIndexAt(tokens, q.span.start);
    const from = tokenIndexAt(tokens, q.span.end);
    const next = near(figuresInOrder, q.span).find((f) => f !== q && f.span.start >= q.span.end);
    for (let i = from; i < Math.min(tokens.length, from + 8) && clause[i] === clause[qi]; i++) {
      if (next && tokens[i]!.start >= next.span.start) return false;
      // "del vicepresidente saliente", "den scheidenden Wirtschaftsminister": an outgoing holder, no earlier body.
      if (c.previous.has(keys[i]!) && !near(ctx.mentions, tokens[i]!).some((m) => (m.entityType === 'office' || m.entityType === 'person') && (m.tokenEnd === i || m.tokenStart === i + 1))) return true;
    }
    return false;
  };
  const figures = ctx.quantities.filter((q) => {
    if (q.rate || q.unit === 'pp') return false;
    // A percentage of another whole ("35 percent of the republic's imports", "26,5 Prozent der
    // Wirtschaftsleistung") is no share of trade and no growth of it.
    if (q.unit !== '%') return true;
    const qEnd = tokenIndexAt(tokens, q.span.end);
    // Only the next five words count: look for punctuation there, not in the rest of the sentence.
    const window = Math.min(ctx.sentence.end, tokens[Math.min(tokens.length - 1, qEnd + 5)]?.end ?? ctx.sentence.end);
    const stop = ctx.text.slice(q.span.end, Math.max(q.span.end, window)).search(/[,;:.!?()]/u);
    const limit = stop < 0 ? ctx.sentence.end : q.span.end + stop;
    // "with 97% of the ballots counted", "97 persen suara sudah dihitung": the count's progress.
    for (let i = qEnd; i < Math.min(tokens.length, qEnd + 5) && tokens[i]!.start < limit; i++) if (c.counted.has(keys[i]!)) return false;
    for (let i = qEnd; i < Math.min(tokens.length, qEnd + 5) && tokens[i]!.start < limit; i++) {
      const t = tokens[i]!;
      // Words of a property's own name ("of all foreign direct investment", "80 % голосов") name its whole.
      if (near(propsInOrder, t).some((p) => p.span.start <= t.start && p.span.end >= t.end)) return true;
      if (c.otherWholes.has(t.key)) return false;
    }
    return true;
  });
  /**
   * Property words in the figure's clause, else in the first clause of the figure's part of the
   * sentence (the main clause an aside interrupts; after a colon or a semicolon, the first clause
   * after it: "Umgekehrt profitiert das Land …: Ein großer Teil des Warenverkehrs …, der 2023 …
   * 7,6 Milliarden Dollar erreichte, …").
   */
  const inReach = (q: Quantity, ps: readonly NameMatch[]) => {
    const own = ps.filter((p) => clauseOf(p.span) === clauseOf(q.span));
    if (own.length) return own;
    const parent = asideParent(clauseOf(q.span));
    const inParent = parent === undefined ? [] : ps.filter((p) => clauseOf(p.span) === parent && p.span.end <= q.span.start);
    if (inParent.length) return inParent;
    const main = segmentStart(clauseOf(q.span));
    const before = (c: number) => ps.filter((p) => clauseOf(p.span) === c && p.span.end <= q.span.start);
    const segment = main > 0 ? before(main) : [];
    return segment.length ? segment : before(0);
  };
  /** A word of another quantity ("exports of about $1 billion") nearer to the figure than the property's words. */
  const rival = (q: Quantity, near: Span) => {
    const qi = tokenIndexAt(tokens, q.span.start);
    const qe = tokenIndexAt(tokens, q.span.end);
    const ni = tokenIndexAt(tokens, near.start);
    const d = Math.min(Math.abs(ni - qi), Math.abs(ni - qe));
    // A comma between the figure and a word on the side away from the property's words sets
    // that word in another phrase ("… $3.9 billion, driven by Serbian imports of gas").
    for (let i = Math.max(0, qi - 6); i < Math.min(tokens.length, qe + 4); i++) {
      if (clause[i] !== clause[qi] || !c.otherWholes.has(keys[i]!) || inProperty[i]) continue;
      if (ni < qi && i >= qe && commaIn(ctx.text, q.span.end, tokens[i]!.start)) continue;
      if (ni > qe && i < qi && commaIn(ctx.text, tokens[i]!.end, q.span.start)) continue;
      if (Math.min(Math.abs(i - qi), Math.abs(i - qe)) < d) return true;
    }
    return false;
  };
  // Percentages go to the words that claim them, each word taking the percentage nearest to it in
  // its clause ("rose 13.6% ..., while the share of foreign trade stood at 22.3%"): shares first,
  // as they name their whole, then growth words.
  const percents = figures.filter((q) => q.unit === '%');
  const percentsBy = ann.byClause(percents);
  const shareOf = new Map<Quantity, NameMatch>();
  const changeAt = new Map<Quantity, NameMatch>();
  // Two words of one property close together ("набрал 80 % голосов") claim one figure, not two.
  const lastOf = new Map<string, NameMatch>();
  // A figure's own unit is no property word: a fact set that names a share "Prozent" or "percent"
  // would otherwise claim every percentage, the one of a change ("12 Prozent weniger") too.
  const unitWord = (p: NameMatch) => near(percents, p.span).some((q) => p.span.start >= q.span.start && p.span.end <= q.span.end);
  // The words of a share that a change governs name what grew, not a whole: "рост нашего
  // торгового оборота составил 15,6%", "growth of foreign trade". Up to one word between.
  const grown = (p: NameMatch) => {
    if (kinds(p) !== 'share') return false;
    const at = tokenIndexAt(tokens, p.span.start);
    const cue = changeCueBefore(ann, at, 1);
    return cue >= 0 && clause[cue] === clause[at];
  };
  const claimants = ctx.properties.filter((p) => {
    if (unitWord(p) || grown(p)) return false;
    const o = lastOf.get(p.entityId);
    lastOf.set(p.entityId, p);
    return !(o && clauseOf(o.span) === clauseOf(p.span) && tokenIndexAt(tokens, p.span.start) - tokenIndexAt(tokens, o.span.end) <= 4);
  });
  // "up 11%", "down 5 percent": a percentage right after a word of rise or decline is a change, never a share.
  // So is one after such a word and a "by" ("increased by 2.5%", «выросла на 2,5%»).
  const directional = (i: number) => i >= 0 && (ann.cue('rise', i) > 0 || ann.cue('decline', i) > 0);
  const changeMarked = (q: Quantity) => {
    const qi = tokenIndexAt(tokens, q.span.start);
    return directional(qi - 1) || (qi > 1 && c.change.has(keys[qi - 1]!) && directional(qi - 2));
  };
  // "tingkat partisipasi warga dalam pemungutan suara berkisar 59 persen": a share word in a
  // phrase a preposition opens after another share's word ("turnout … in the vote") is that
  // word's complement, before the figure as well; the head claims the figure.
  const complement = (p: NameMatch) => kinds(p) === 'share' && near(claimants, p.span).some((o) => {
    if (o === p || o.entityId === p.entityId || kinds(o) !== 'share' || o.span.end > p.span.start || clauseOf(o.span) !== clauseOf(p.span)) return false;
    const from = tokenIndexAt(tokens, o.span.end);
    const to = tokenIndexAt(tokens, p.span.start);
    // The head's own figure is after the complement ("87,05% de los votos con una participación
    // cercana al 80%": the votes have theirs before them, the turnout is no complement).
    const own = nearest(near(percentsBy.get(clauseOf(o.span)) ?? [], o.span), o.span);
    if (to - from > 4 || !own || own.span.start < p.span.end) return false;
    for (let i = from; i < to; i++) if (prepositions.has(keys[i]!)) return true;
    return false;
  });
  for (const [kind, into] of [['share', shareOf], ['change', changeAt]] as const) {
    const words = claimants.filter((m) => kinds(m) === kind && !(kind === 'share' && complement(m)));
    for (const p of words) {
      const q = nearest(near(percentsBy.get(clauseOf(p.span)) ?? [], p.span).filter((x) => !shareOf.has(x) && !changeAt.has(x) && !rival(x, p.span) && !(kind === 'share' && changeMarked(x))), p.span);
      // A word of this kind nearer to the percentage claims it ("more than a third of India's
      // crude imports … and accounted for almost 9% of its trade": 9 % is the trade's).
      if (q && kind === 'share' && words.some((o) => o !== p && clauseOf(o.span) === clauseOf(q.span) && distance(o.span, q.span) < distance(p.span, q.span))) continue;
      if (q) into.set(q, p);
    }
  }
  // "took 51.6% and 47.4% of the vote": a share's words after the second of two percentages joined
  // by "and" alone are the first's too.
  for (const [x, p] of [...shareOf]) {
    if (p.span.start < x.span.end) continue;
    const prev = near(percentsBy.get(clauseOf(x.span)) ?? [], x.span).filter((f) => f.span.end <= x.span.start).at(-1);
    if (!prev || shareOf.has(prev) || changeAt.has(prev) || changeMarked(prev)) continue;
    const from = tokenIndexAt(tokens, prev.span.end);
    const to = tokenIndexAt(tokens, x.span.start);
    if (to - from === 1 && c.and.has(keys[from]!) && /^[\s\u00a0]+$/u.test(ctx.text.slice(prev.span.end, tokens[from]!.start))) shareOf.set(prev, p);
  }
  // Quantity words, and those with a growth ("trade"), found once for all figures.
  const quantities = quantityReadings(ctx.properties, kinds, ctx.property);
  const growing = quantities.filter((p) => ctx.changeOf(p.entityId));
  const figuresInOrder = inTextOrder(figures);
  // "… compared with 2022, when it reached $9.8 billion", «… с 2022 годом, когда он достиг 9,8 млрд»:
  // a clause opened by a word for "when" right after a period is about that period.
  const whenWords = c.when;
  const periodEndingAt = new Map<number, PeriodMention>();
  for (const p of ctx.periods) periodEndingAt.set(p.span.end, p);
  const whenPeriod = (q: Quantity): PeriodMention | undefined => {
    if (whenWords.length === 0) return undefined;
    const s0 = runStart[tokenIndexAt(tokens, q.span.start)] ?? 0;
    if (s0 === 0 || !whenWords.some((w) => w.every((x, k) => keys[s0 + k] === x))) return undefined;
    // The period ends right before the opener, blanks and a comma between.
    let at = tokens[s0]!.start;
    for (let n = 0; n < 4 && at > 0 && /[\s,]/u.test(ctx.text[at - 1]!); n++) at--;
    return periodEndingAt.get(at);
  };
  // Counts that are the whole of a part before them ("82 of the 222 seats": 222), and those parts.
  const wholes = new Set<Quantity>();
  const parts = new Set<Quantity>();
  const wholeOf = new Map<Quantity, number>();
  const partWords = partOfWholeOf(ctx.lang);
  /** The bare count right after `q` and a part-of phrase ("of the", "der", "des", "из"), if any. */
  const wholeAfter = (q: Quantity): Quantity | undefined => {
    if (partWords.length === 0 || q.unit !== undefined) return undefined;
    const at = tokenIndexAt(tokens, q.span.end);
    for (const ph of partWords) {
      if (!ph.every((w, k) => keys[at + k] === w)) continue;
      // One word of time may stand before the whole: "62 der damals 76 Sitze", "62 of the then 76".
      for (let skip = 0; skip <= 1; skip++) {
        const k = at + ph.length + skip;
        const next = tokens[k];
        if (!next || (skip === 1 && !/^\p{Ll}+$/u.test(tokens[k - 1]!.text))) break;
        const f = near(figuresInOrder, next).find((x) => x.span.start === next.start && x.unit === undefined && x.value > q.value);
        if (f && clause[k] === clause[at]) return f;
      }
    }
    return undefined;
  };
  /** Only country adjectives between two offsets ("60 Serbian companies", «60 сербских компаний»). */
  const adjectivesBetween = (from: number, to: number) => {
    const adjs = near(ctx.mentions, { start: from, end: to }).filter((m) => m.form === 'adjective' && m.span.start >= from && m.span.end <= to);
    if (adjs.length === 0 || adjs.length > 2) return false;
    let at = from;
    for (const m of adjs) {
      if (ctx.text.slice(at, m.span.start).trim() !== '') return false;
      at = m.span.end;
    }
    return ctx.text.slice(at, to).trim() === '';
  };
  // "По предварительным данным … Алиев набирал 92,05%": the sentence's figures are a first count.
  let prelim: boolean | undefined;
  const preliminary = () => (prelim ??= c.preliminary.some((ph) => keys.some((_, i) => ph.every((w, k) => keys[i + k] === w))));
  let lastRate: { q: Quantity; chosen: { prop: Property; near: Span; word?: Span } } | undefined;
  /** The person or party named within a few words after a figure in its clause, no figure between. */
  const rivalAfter = (q: Quantity): NameMatch | undefined => {
    const at = tokenIndexAt(tokens, q.span.end);
    const m = near(ctx.mentions, q.span).find((x) => x.tokenStart >= at && x.tokenStart - at <= 6 && RIVALS.has(x.entityType) && clause[x.tokenStart] === clause[at]);
    return m && !near(figuresInOrder, q.span).some((f) => f !== q && f.span.start >= q.span.end && f.span.end <= m.span.start) ? m : undefined;
  };
  for (const q of figures) {
    // A number inside a name ("Estlink 2", "G20", "terremoto de magnitud 7,7") is the name's, no
    // claim; it still counts as a number of the sentence for the periods after it.
    if (!q.number.isYearLike && near(ctx.mentions, q.span).some((m) => m.tokenEnd - m.tokenStart > 1 && m.span.start <= q.span.start && q.span.end <= m.span.end)) continue;
    let chosen: { prop: Property; near: Span; word?: Span } | undefined;
    if (q.unit === '%') {
      // A share names its whole ("of foreign trade"); a change is growth of a named quantity.
      const share = shareOf.get(q);
      if (share) {
        chosen = { prop: ctx.property(share.entityId)!, near: share.span };
        used.add(share);
      } else {
        const change = changeAt.get(q);
        // The base is a quantity that has a growth ("trade"), not any quantity word ("term": "на").
        const base = nearest(inReach(q, near(growing, q.span)), q.span);
        const qi = tokenIndexAt(tokens, q.span.start);
        // "by 13.6 %", "на 13,6%", "um 13,6 Prozent" before; "a 13.6% increase", "ein Plus" after.
        const cueBefore = c.change.has(keys[qi - 1] ?? '') || c.change.has(keys[qi - 2] ?? '')
          || directional(qi - 1) || directional(qi - 2)
          || c.changeAfter.has(keys[tokenIndexAt(tokens, q.span.end)] ?? '');
        // A rival quantity nearer than the base ("Uzbek exports to Russia increasing by 18.2 percent")
        // owns the growth: it is no growth of trade.
        if (base && rival(q, base.span)) continue;
        if (change && base && ctx.property(change.entityId)?.of === base.entityId && !used.has(change)) {
          chosen = { prop: ctx.property(change.entityId)!, near: cover(change.span, base.span), word: change.span };
          used.add(change);
        } else if (base && cueBefore && !used.has(base)) {
          const ch = ctx.changeOf(base.entityId);
          if (ch) {
            chosen = { prop: ch, near: base.span };
            used.add(base);
          }
        }
      }
    } else if (q.unit !== undefined) {
      // A span of time is a term only after a duration word ("for 15 years", "на 15 лет", "selama
      // 15 tahun"); "ten years ago" or "vor zehn Jahren" says when, not how long.
      if (TIME_UNITS.has(q.unit) && !durationBefore(ann, q)) continue;
      // A measure's own word may be the property's name ("5,150 megawatts" of a property a fact set
      // names "megawatts", in MW): inside the figure, it is no other figure's word.
      // A word after the figure with a figure of its own right after it is that one's ("reached $30.1
      // billion, with a surplus for Indonesia of $4.5 billion").
      const ownedLater = (p: NameMatch) => {
        if (p.span.start < q.span.end) return false;
        const f = near(figuresInOrder, p.span).find((x) => x !== q && x.span.start >= p.span.end);
        // Its amount may leave the currency unsaid ("pour un déficit européen de 291 milliards").
        return f !== undefined && (f.unit === q.unit || (f.unit === undefined && f.scale > 1 && q.scale > 1)) && clauseOf(f.span) === clauseOf(p.span)
          && tokenIndexAt(tokens, f.span.start) - tokenIndexAt(tokens, p.span.end) <= 6;
      };
      const base = nearest(inReach(q, near(quantities, q.span).filter((p) => unitFits(ctx.property(p.entityId)?.unit, q.unit)
        && (!inside(p.span, q.span) || (MEASURES.has(q.unit!) && q.unitSpan !== undefined && inside(p.span, q.unitSpan))) && !ownedLater(p))), q.span);
      if (base && !rival(q, base.span)) chosen = { prop: ctx.property(base.entityId)!, near: base.span };
    } else {
      // A count: the property's words follow the number ("1,700 companies with Russian capital"),
      // or follow the whole it is a part of ("82 of the 222 seats", "150 des 500 sièges"): the
      // whole is no claim of its own.
      if (wholes.has(q)) continue;
      const whole = wholeAfter(q);
      const head = whole ?? q;
      const after = near(ctx.properties, head.span).find((p) => {
        const prop = ctx.property(p.entityId);
        return prop?.kind === 'quantity' && prop.unit !== undefined && !/^[A-Z]{3}$/.test(prop.unit) && prop.unit !== '%'
          && p.span.start >= head.span.end && (p.span.start - head.span.end <= 2 || adjectivesBetween(head.span.end, p.span.start));
      });
      if (after) {
        chosen = { prop: ctx.property(after.entityId)!, near: after.span };
        if (whole) {
          wholes.add(whole);
          parts.add(q);
          wholeOf.set(q, whole.value);
        }
      }
    }
    // "grew 13 percent in 2024 and 9 percent in the first half of 2025": a second rate joined to
    // the first by "and" and a period shares the first one's words.
    if (!chosen && lastRate && q.unit === '%') {
      const from = tokenIndexAt(tokens, lastRate.q.span.end);
      const to = tokenIndexAt(tokens, q.span.start);
      let joined = false;
      let only = to > from;
      for (let i = from; i < to && only; i++) {
        const t = tokens[i]!;
        if (c.and.has(keys[i]!)) joined = true;
        else if (!ctx.periods.some((p) => p.span.start <= t.start && p.span.end >= t.end)) only = false;
      }
      if (only && joined && clause[from] === clause[Math.max(from, to - 1)]) chosen = lastRate.chosen;
      // "65,57 % des voix, contre 69,9 % lors du scrutin de 2020": the base of a comparison right
      // after the first rate, with a period of its own, is the same measure then.
      else if (to - from <= 8 && inComparison(q.span, 3, true) && basePeriodAfter(q)) {
        // Only the first rate's own words, its period and the comparison's words between.
        let plain = true;
        let cueEnd = -1;
        for (let i = from; i < to && plain; i++) {
          const t = tokens[i]!;
          const n = ann.cue('comparison', i);
          if (n > 0) cueEnd = Math.max(cueEnd, i + n);
          plain = i < cueEnd || (t.start >= lastRate.chosen.near.start && t.end <= lastRate.chosen.near.end)
            || ctx.periods.some((p) => p.span.start <= t.start && p.span.end >= t.end);
        }
        if (plain) chosen = lastRate.chosen;
      }
      // "48,56 % des voix, contre 47,38 % pour son rival Lee Jae-myung", "con el 56,55 % de los
      // votos, frente al 46,61 % del vicepresidente Bawumia": a rival's share of the same measure,
      // the rival named right after it.
      else if (lastRate.chosen.prop.kind === 'share' && to - from <= 6 && inComparison(q.span, 3, true) && rivalAfter(q)) {
        chosen = lastRate.chosen;
        rivals.set(q, rivalAfter(q)!);
      }
    }
    if (!chosen) continue;
    if (q.unit === '%') lastRate = { q, chosen };
    const kind = chosen.prop.kind as MetricClaim['propertyKind'];
    // A share's subjects end at the first comma after its whole ("China representó el 16 % del
    // comercio exterior argentino y …, detrás de Brasil"): a name past it is another's ("… des
    // kirgisischen Außenhandels auf Russland" keeps its part).
    let wholeEnd: number | undefined;
    if (kind === 'share') {
      // The whole follows the figure ("accounted for 34.2% of Poland's total foreign trade …, far
      // ahead of the Czech Republic") or is the property's words after it.
      const from = Math.max(chosen.near.end, q.span.end);
      const comma = ctx.text.slice(from, Math.min(ctx.sentence.end, from + 400)).search(/[,;:]/u);
      if (comma >= 0) wholeEnd = from + comma;
    }
    const who = subjectsOf(q, chosen.prop, wholeEnd);
    const base = inComparison(q.span, 4, true);
    let period = whenPeriod(q) ?? (base ? periodOf([...basePeriods], q, clauseOf) : periodOf(periods, q, clauseOf, periodsBy, figuresInOrder, ctx.text, (c) => asideParent(c) !== undefined));
    // A sentence that writes no period at all speaks of the article's reference time.
    // Flows only: a share or a count with no period speaks of the article's date (below).
    // An amount of one thing or event ("the €12 billion package", "the port cost $3.5 billion") is
    // no flow over a period: like a count, it speaks of the article's date.
    const flowFigure = !who.thing && (kind === 'change' || (kind === 'quantity' && q.unit !== undefined && /^[A-Z]{3}$/.test(q.unit)));
    const carried = flowFigure && !period && !base && ctx.carriedPeriod !== undefined
      && (ctx.periods.length === 0 || (ctx.changeOfPrevious === true && !ctx.periods.some((p) => clauseOf(p.span) === clauseOf(q.span))));
    if (carried) period = ctx.carriedPeriod;
    // A share with no period before it takes the one period its sentence writes after it: "China
    // accounted for 26.6% of Indonesia's foreign trade, which reached $480 billion in 2023".
    if (kind === 'share' && !period && !base) {
      const after = periods.filter((p) => p.span.start >= q.span.end && !near(figuresInOrder, p.span).some((f) => f !== q && bracketTied(ctx.text, f, p)));
      if (after.length > 0 && after.every((p) => p.period === after[0]!.period)) period = after[0];
    }
    // A decline read as a negative change: "fell by 17 percent", "сократился на 17%", "turun 17 persen".
    let value = q.value;
    if (kind === 'change' && declines(ann, clause, q, chosen.word)) value = -value;
    // Flows (amounts of money over a period, growth) need their period written; a share or a count
    // with none speaks of the article's date (present tense), which a stated rule binds.
    const flow = flowFigure;
    const year = ctx.date?.slice(0, 4);
    // A second figure of one thing's measure in its clause is a part or a breakdown of the first
    // ("523 km long, about 280 km of it in Kyrgyzstan"): the first is the thing's.
    const measureKey = who.thing !== undefined ? `${chosen.prop.id}|${q.unit ?? ''}|${who.thing}|${clauseOf(q.span)}` : undefined;
    const second = measureKey !== undefined && thingMeasures.has(measureKey);
    if (measureKey !== undefined) thingMeasures.add(measureKey);
    const abstain = refuted ? 'the article reports this claim as false'
      : who.otherSideUnknown ? 'one party of the figure is not an entity of the fact set'
      : second ? 'a second figure of the same measure in the clause: a part of the first?'
      : isTarget(q) ? 'a target or forecast, not a result'
      : ofPrevious(q) ? 'a figure of an earlier body or term ("in the outgoing assembly")'
        : !period && (flow || !year) ? 'no period written for the figure'
          : period && flow && ctx.date && isValidPeriod(period.period) && periodRange(period.period).end > ctx.date
            ? `the period ${period.period} had not ended on the article's date: a running total or a forecast`
            : undefined;
    out.push({
      kind: 'metric',
      property: chosen.prop.id,
      propertyKind: kind,
      named: who.named,
      namedByName: who.byName,
      ...(who.source.length ? { source: who.source } : {}),
      context: ctx.context,
      bilateral: bilateral || who.partner,
      value,
      unit: q.unit,
      // A whole percentage may be cut rather than rounded ("70 % of the vote" for 70.96 %): a
      // point either way.
      halfUnit: q.unit === '%' && q.decimals === 0 && q.scale === 1 && q.value >= 10 ? 1 : 0.5 * q.scale * 10 ** -q.decimals,
      approx: q.approx,
      bound: boundOf(ann, q, figuresInOrder, ctx.text, ctx.tokens, ctx.lang),
      ...(q.direction === 'atMost' ? { nearly: true } : {}),
      ...(parts.has(q) ? { part: true, ...(wholeOf.has(q) ? { wholeValue: wholeOf.get(q) } : {}) } : {}),
      period: period?.period ?? year,
      periodExplicit: period !== undefined,
      ...(carried ? { periodCarried: true } : {}),
      ...(kind === 'share' && !period && !base && ctx.periods.length === 0 && ctx.carriedPeriod ? { periodInContext: ctx.carriedPeriod.period } : {}),
      ...(kind === 'share' && !period && !base && ctx.periods.length === 0 && ctx.sharePeriod ? { periodBefore: ctx.sharePeriod.period } : {}),
      ...(base ? { comparisonBase: true } : {}),
      ...(!period && !carried && kind === 'quantity' && ctx.date ? { articleDate: ctx.date } : {}),
      ...(period ? { periodSpan: period.span } : {}),
      ...(period?.relative && !carried && insideQuote(ctx.text, period.span.start) ? { periodQuoted: true } : {}),
      propertySpan: chosen.near,
      ...(abstain ? { abstain } : {}),
      ...(preliminary() ? { preliminary: true } : {}),
      span: q.span,
      sentence: ctx.sentence,
      lang: ctx.lang,
    });
  }
  return out;
}

/**
 * "Nach Berechnungen ... lag er 2023 bei rund 26 Milliarden Dollar": a sentence with no quantity
 * words of its own and a pronoun for a thing takes the previous sentence's quantity words, and its
 * names when it names none.
 */
/**
 * "La caída, del 22,5 %", "The increase was 12%", "Der Zuwachs betrug 6 Prozent": a change word
 * opens the sentence and a percentage follows within a few lowercase words, no name and no word of
 * another measure between: the change of what the sentence before measured.
 */
function changeOpens(ctx: MetricContext): boolean {
  const c = cues(ctx.lang);
  let first = 0;
  while (first < ctx.tokens.length && c.articles.has(ctx.tokens[first]!.key)) first++;
  // One word, a noun of change alone ("Exports grew" names its own measure): a change property's
  // word or a word of rise or decline («aumento», "increase", «Rückgang»).
  const ann = ctx.annotation ?? annotate(ctx);
  const own = ctx.properties.some((p) => p.tokenStart === first && p.tokenEnd === first + 1 && ctx.property(p.entityId)?.kind === 'change');
  if (first >= ctx.tokens.length || !(own || ann.cue('rise', first) === 1 || ann.cue('decline', first) === 1)) return false;
  const end = first + 1;
  const q = ctx.quantities.find((x) => x.unit === '%' && x.span.start >= ctx.tokens[first]!.end);
  if (!q) return false;
  const to = tokenIndexAt(ctx.tokens, q.span.start);
  if (to - end > 4) return false;
  for (let i = end; i < to; i++) {
    const t = ctx.tokens[i]!;
    if (CAPITALISED.test(t.text) || c.otherWholes.has(t.key)) return false;
  }
  return true;
}

function withCarriedProperty(ctx: MetricContext): MetricContext {
  const prev = ctx.previous;
  if (!prev || ctx.quantities.length === 0) return ctx;
  // A change word that opens the sentence is of the measure before even when the sentence names
  // another one later ("La caída, del 22,5 %, se explica por el desplome de las importaciones").
  const opens = changeOpens(ctx);
  const firstPercent = opens ? ctx.quantities.find((x) => x.unit === '%')!.span.start : -1;
  if (ctx.properties.some((p) => ctx.property(p.entityId)?.kind === 'quantity' && (!opens || p.span.start < firstPercent))) return ctx;
  const ann = ctx.annotation ?? annotate(ctx);
  if (!opens && !ann.cueIn('thingPronoun', 0, ctx.tokens.length)) return ctx;
  const carried = prev.properties.filter((p) => ctx.property(p.entityId)?.kind === 'quantity');
  if (carried.length === 0) return ctx;
  const ownNames = ctx.mentions.some((m) => ENTITY_TYPES.has(m.entityType) && (!opens || m.span.start < firstPercent));
  // Their token numbers belong to the previous sentence: they stand before this one's first word.
  const here = (m: NameMatch): NameMatch => ({ ...m, tokenStart: 0, tokenEnd: 0 });
  return {
    ...ctx,
    ...(opens ? { changeOfPrevious: true } : {}),
    properties: [...carried.map(here), ...ctx.properties],
    mentions: ownNames ? ctx.mentions : [...prev.mentions.filter((m) => ENTITY_TYPES.has(m.entityType)).map(here), ...ctx.mentions],
  };
}

/**
 * Whether a decline governs the figure: the growth word itself is one ("fell", "сократился"), or
 * the directional word nearest to the figure in its clause is ("sank der Handel ... um 13,6
 * Prozent", "turun 13,6 persen"), not a rise ("stieg ... nachdem ... sank" stays a rise).
 */
function declines(ann: SentenceAnnotation, clause: Int32Array, q: Quantity, word: Span | undefined): boolean {
  if (word && ann.cueIn('decline', ann.tokenAt(word.start), ann.tokenAt(word.end))) return true;
  const qi = ann.tokenAt(q.span.start);
  const qe = ann.tokenAt(q.span.end);
  let best: { d: number; down: boolean } | undefined;
  // After the figure as far as a verb that closes the clause ("um 17 % auf 2,9 Mrd. USD zurückging").
  for (let i = Math.max(0, qi - 12); i < Math.min(ann.tokens.length, qe + 6); i++) {
    if (clause[i] !== clause[qi] || (i >= qi && i < qe)) continue;
    const down = ann.cue('decline', i) > 0;
    const up = !down && ann.cue('rise', i) > 0;
    if (!down && !up) continue;
    const d = i < qi ? qi - i : i - qe + 1;
    if (!best || d < best.d) best = { d, down };
  }
  return best?.down ?? false;
}

/**
 * Where a word of rise or decline ends right before token `at`, with at most `gap` words between
 * (cue phrases run up to a few words): the cue's first token, or -1.
 */
function changeCueBefore(ann: SentenceAnnotation, at: number, gap: number): number {
  for (let i = Math.max(0, at - 3); i < at; i++) {
    const n = Math.max(ann.cue('rise', i), ann.cue('decline', i));
    if (n > 0 && i + n <= at && i + n >= at - gap) return i;
  }
  return -1;
}

/**
 * The figure's bound. An upper-bound word right after a change, a word of rise or decline or a
 * percentage ("creció un 13,6 % hasta 5.100 millones", "a augmenté de 13 % jusqu'à 5 milliards"),
 * gives the amount the change reached, not a ceiling: the figure is exact.
 */
function boundOf(ann: SentenceAnnotation, q: Quantity, figures: readonly Quantity[], text: string, tokens: readonly Token[], lang: Lang): Quantity['bound'] {
  const bound = q.bound ?? (q.direction === 'atLeast' ? 'lower' : undefined);
  if (bound === undefined && !q.approx && exceededBefore(ann, q, figures, tokens, lang)) return 'lower';
  if (bound !== 'upper' || !q.hedgeSpan) return bound;
  const hedgeStart = q.hedgeSpan.start;
  if (changeCueBefore(ann, ann.tokenAt(hedgeStart), 0) >= 0) return undefined;
  if (near(figures, q.span).some((f) => f !== q && f.unit === '%' && f.span.end <= hedgeStart && /^[\s\u00a0]*$/u.test(text.slice(f.span.end, hedgeStart)))) return undefined;
  return bound;
}

/** How far back in its clause a verb of exceeding may stand from its amount, in words. */
const EXCEED_REACH = 10;

const exceedVerbsOf = perLanguage((lang): ReadonlySet<string> => new Set((numbersPack(lang)?.lowerBoundVerbs ?? []).map(foldWord)));

/**
 * "Im vergangenen Jahr überstieg der Handelsumsatz zwischen Russland und Kasachstan 27 Milliarden
 * Dollar": a verb of exceeding earlier in the figure's clause, with no other figure between, makes
 * the amount a lower bound (German puts the verb second, its amount at the clause's end).
 */
function exceededBefore(ann: SentenceAnnotation, q: Quantity, figures: readonly Quantity[], tokens: readonly Token[], lang: Lang): boolean {
  const verbs = exceedVerbsOf(lang);
  if (verbs.size === 0) return false;
  const at = ann.tokenAt(q.span.start);
  const clause = ann.clauseAt(q.span.start);
  const others = near(figures, q.span).filter((f) => f !== q);
  for (let i = at - 1; i >= 0 && i >= at - EXCEED_REACH; i--) {
    const t = tokens[i]!;
    if (ann.clauseAt(t.start) !== clause) return false;
    if (others.some((f) => f.span.start <= t.start && f.span.end > t.start)) return false;
    if (verbs.has(t.key)) return !others.some((f) => f.span.start > t.start && f.span.end <= q.span.start);
  }
  return false;
}

/** An annotation for a sentence linted outside lintDocument: periods and figures protected. */
function annotate(ctx: MetricContext): SentenceAnnotation {
  const ann = new SentenceAnnotation(ctx.text, ctx.tokens, ctx.lang);
  ann.protect([...ctx.periods.map((p) => p.span), ...ctx.quantities.map((q) => q.span)]);
  return ann;
}

/** The figure's period: the nearest in its clause, else the nearest one before it in the sentence. */
/** `figuresInOrder`: the sentence's figures as inTextOrder gives them, sorted once per sentence. */
function periodOf(periods: PeriodMention[], q: Quantity, clauseOf: (s: Span) => number, byClause?: Map<number, PeriodMention[]>, figuresInOrder: readonly Quantity[] = [], text?: string, aside?: (c: number) => boolean): PeriodMention | undefined {
  // "27,8 milliards, et 20 milliards sur les neuf premiers mois de 2025": a period after a second
  // figure of the same unit is that figure's, not the first one's.
  // The second amount may leave its currency unsaid ("et 20 milliards"): a scaled bare number counts.
  const sameUnit = (f: Quantity) => f.unit === q.unit || (f.unit === undefined && f.scale > 1 && q.scale > 1 && q.unit !== '%');
  const others = near(figuresInOrder, q.span).filter((f) => f !== q);
  const later = others.filter((f) => f.span.start >= q.span.end);
  const parallel = later.filter(sameUnit);
  // "… auf 5,1 Mrd. USD gewachsen, in den ersten neun Monaten habe er weitere 12 % zugelegt": a
  // period past a comma after the figure, with a figure of any kind after it, leads that figure's
  // clause (a comma followed by a space: not a decimal comma).
  const leadsLater = (p: PeriodMention) => text !== undefined && later.some((f) => f.span.start >= p.span.end) && /[,;]\s/u.test(text.slice(q.span.end, p.span.start));
  const nearby = near(periods, q.span);
  const tagged = text !== undefined ? nearby.find((p) => bracketTied(text, q, p)) : undefined;
  if (tagged) return tagged;
  const free = (p: PeriodMention) => text === undefined || !others.some((f) => bracketTied(text, f, p));
  const mine = (p: PeriodMention) => free(p) && (p.span.start < q.span.end || (!parallel.some((f) => f.span.end <= p.span.start) && !leadsLater(p)));
  const own = (byClause ? near(byClause.get(clauseOf(q.span)) ?? [], q.span) : periods.filter((p) => clauseOf(p.span) === clauseOf(q.span))).filter(mine);
  if (own.length) return nearestPeriod([...own], q.span);
  // Not one inside a relative clause the figure's clause went on after ("Mahama, que gobernó el
  // país entre 2012 y 2017, ganó … con el 56,55 %": his earlier term, not the vote's year).
  const own2 = clauseOf(q.span);
  return nearestPeriod(nearby.filter((p) => p.span.end <= q.span.start && free(p) && !(aside && clauseOf(p.span) !== own2 && aside(clauseOf(p.span)))), q.span);
}

function cover(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

function nearest<T extends { span: Span }>(items: readonly T[], to: Span): T | undefined {
  let best: T | undefined;
  let bestD = Infinity;
  for (const it of items) {
    const d = distance(it.span, to);
    if (d < bestD) {
      best = it;
      bestD = d;
    }
  }
  return best;
}

/**
 * A period and a figure tied by brackets, each other's and no other's: "US$ 24,3 miliar (2022)
 * menjadi US$ 28 miliar (2023)", "… выше показателя выборов 2021 года (62,6%)".
 */
function bracketTied(text: string, f: Quantity, p: PeriodMention): boolean {
  if (p.span.start >= f.span.end) return /^\s*\(\s*$/u.test(text.slice(f.span.end, p.span.start)) && /^\s*\)/u.test(text.slice(p.span.end, p.span.end + 4));
  // The year may stand before its noun: "the 2022 election (51.5%)".
  return f.span.start >= p.span.end && /^\s*(?:\p{Ll}+\s+){0,2}\(\s*$/u.test(text.slice(p.span.end, f.span.start));
}

/** The period closest to the figure; one before it wins a tie ("in 2024, trade reached ..."). */
function nearestPeriod(periods: PeriodMention[], to: Span): PeriodMention | undefined {
  let best: PeriodMention | undefined;
  let bestD = Infinity;
  for (const p of periods) {
    const d = distance(p.span, to) + (p.span.start > to.end ? 0.5 : 0);
    if (d < bestD) {
      best = p;
      bestD = d;
    }
  }
  return best;
}
