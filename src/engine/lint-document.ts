// One article -> claim frames -> verdicts and diagnostics. Pure: the document, the fact index and
// the settings in; claims, diagnostics and cross-article records out. Each sentence is annotated
// once (annotate/sentence.ts); the *Frames functions fill frames from the finders in extract/;
// judge() runs the registered rules (rules/index.ts) over them. No rule is named here.
import { near } from '../extract/near.js';
import { findDates, WEEKDAY_NAMES, type CalendarDate } from '../language/dates.js';
import { pairWeekdayRanges } from '../language/date-ranges.js';
import { findRelativeWeekdays } from '../language/relative-weekdays.js';
import { findQuantities, type Quantity } from '../language/quantities.js';
import { SentenceAnnotation } from '../annotate/sentence.js';
import { CONTAINER_TYPES, CONTEXT_TYPES, isCurrency, PLACE_TYPES, TIME_UNITS } from '../facts/kinds.js';
import { countryAnaphorMentions } from '../extract/country-anaphor.js';
import { findPeriods, type PeriodMention } from '../language/periods.js';
import { perLanguage } from '../language/pack.js';
import { numbersPack } from '../language/numbers.js';
import { formText } from '../language/phrase-pattern.js';
import type { CrossRecord } from '../rules/cross-article.js';
import { frameRules } from '../rules/index.js';
import { nearArticleDate, officeTime } from '../rules/office-holder.js';
import { postOf } from '../facts/posts.js';
import { addDays, isValidPeriod, periodRange } from '../facts/time.js';
import type { RuleContext } from '../rules/rule.js';
import type { ClaimReport, Frame, OfficeTime, Outcome, Slot } from '../claims/frame.js';
import { yearMentionsIn, yearsIn, yearsOutsideAsides } from '../claims/years.js';
import { officeStart } from '../claims/office-start.js';
import { extractMetricClaims } from '../extract/metric-claims.js';
import { headEntities } from '../extract/heads.js';
import { extractPlaceClaims } from '../extract/place-claims.js';
import type { Finding } from '../checks/finding.js';
import { rangeOf } from '../document/lines.js';
import { extractOfficeClaims } from '../extract/office-claims.js';
import { extractEventDateClaims } from '../extract/event-date-claims.js';
import { extractAnniversaryClaims } from '../extract/anniversary-claims.js';
import { joinSplitProperties, splitPropertyEntities } from '../extract/split-properties.js';
import { institutionEntities, institutionOffices } from '../extract/institutions.js';
import { extractCounterpartClaims } from '../extract/counterpart-claims.js';
import { servedTable, withServedOffices, type ServedTable } from '../extract/served-offices.js';
import { withMeasureWords } from '../language/measure-words.js';
import { insideCurrencyName } from '../extract/currency-names.js';
import { withGivenNameVariants } from '../extract/given-name-variants.js';
import { propertiesByUnit, withHyphenedMeasures } from '../extract/hyphened-measures.js';
import { withTitleHolders } from '../extract/title-holders.js';
import { matcherFor, officesAroundAdjectives, type NameMatcher, type NameMatch } from '../extract/names.js';
import { foldWord, splitElisions, tokenIndexAt, tokenize, type Token } from '../extract/tokens.js';
import { monthIndex } from '../language/calendar.js';
import { withInitials } from '../extract/initials.js';
import { withoutRepeatedAbbreviations } from '../extract/bracketed-abbreviations.js';
import { andWordsOf, articleWordsOf, grammarOf, joinerWordsOf, weekdayKeysOf } from '../extract/grammar.js';
import { prepositionWordsOf } from '../extract/cues.js';
import { asList, type FactIndex } from '../facts/index.js';
import { sentences } from '../text/sentences.js';
import type { Diagnostic, OfficeClaim, Property, SourceDocument, Span } from '../types.js';
import { severityNumber, type Severities } from './severity.js';

export interface LintSettings {
  severities: Severities;
}

export interface DocumentLint {
  diagnostics: Diagnostic[];
  /** Every claim frame found, with its verdict, in text order. */
  claims: ClaimReport[];
  /** Figures the fact set is silent on, for the cross-article check (small, no article text). */
  records: CrossRecord[];
}

interface SentenceData {
  span: Span;
  tokens: Token[];
  mentions: NameMatch[];
  /** The countries this sentence adds to the article's pair count (named, or served by a person named). */
  counted: string[];
}

/** Matcher over the head nouns of located things ("air base", "Militärparade"), per language. */
function headMatcherFor(index: FactIndex, lang: string): NameMatcher {
  return matcherFor(index, () => headEntities(index.locatableEntities(), (id) => index.locatedIn(id).length > 0 || index.datesOf(id).length > 0, [lang, 'en']), lang, 'heads');
}

/** Matcher over the language's general words for an event («мероприятие», "Veranstaltung"): one pseudo-entity. */
function eventWordMatcherFor(index: FactIndex, lang: string): NameMatcher | undefined {
  const words = grammarOf(lang).eventWords;
  if (!words?.length) return undefined;
  return matcherFor(index, () => [{ id: EVENT_WORD, type: 'event-word', names: { [lang]: words } }], lang, 'event-words');
}

const EVENT_WORD = '*event';
const DASHES = /[\u2012-\u2015\u2212]|\s-\s/u;

/** Matcher over the words of numeric and date properties ("товарооборот", "Anteil am Außenhandel"). */
function propertyMatcherFor(index: FactIndex, lang: string): NameMatcher {
  return matcherFor(index, () => withMeasureWords(index.properties(), lang)
    // Place properties other than located-in ("signed in"): located-in's words ("in") are read by the place patterns.
    .filter((p) => p.kind === 'quantity' || p.kind === 'change' || p.kind === 'share' || p.kind === 'date' || (p.kind === 'place' && p.id !== 'located-in'))
    .map((p) => ({ id: p.id, type: `property:${p.kind}`, ...(p.names ? { names: p.names } : {}) })), lang, 'properties');
}


const placePropertyCache = new WeakMap<FactIndex, boolean>();

/** Whether the fact set has place properties besides located-in ("signed-in"). */
function hasPlaceProperties(index: FactIndex): boolean {
  let v = placePropertyCache.get(index);
  if (v === undefined) placePropertyCache.set(index, (v = index.properties().some((p) => p.kind === 'place' && p.id !== 'located-in')));
  return v;
}


function shiftAll<T extends { span: Span }>(items: T[], by: number): T[] {
  return items.map((it) => ({ ...it, span: shift(it.span, by) }));
}

/** Figures found in a sentence's text, with every span of theirs (hedge and unit too) moved to the document's offsets. */
function shiftQuantities(items: Quantity[], by: number): Quantity[] {
  return items.map((q) => {
    const out: Quantity = { ...q, span: shift(q.span, by) };
    if (q.hedgeSpan) out.hedgeSpan = shift(q.hedgeSpan, by);
    if (q.unitSpan) out.unitSpan = shift(q.unitSpan, by);
    return out;
  });
}

const DAY = 86_400_000;
/** Words between a title and its country: articles and joiners ("of the", "von", "de la"). */
const titleLinksOf = perLanguage((lang) => new Set([...articleWordsOf(lang), ...joinerWordsOf(lang)]));
/** Digits hyphened onto a word: a sentence where a measure may be a compound adjective ("182-km"). */
const HYPHENED_MEASURE = /\d[-‐]\p{L}/u;

/** An event held within a week before to a month after the article: "the parade" means it. */
/** The article's pair: its two most named countries, when a third does not tie with the second. */
function pairOf(counts: ReadonlyMap<string, number>): string[] {
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked.length >= 2 && (ranked.length === 2 || ranked[2]![1] < ranked[1]![1]) ? [ranked[0]![0], ranked[1]![0]] : [];
}

function eventNear(index: FactIndex, id: string, date: string | undefined): boolean {
  if (!date) return false;
  const t = Date.parse(date);
  return index.datesOf(id).some((s) => {
    const from = s.from ?? s.date;
    const to = s.to ?? s.date ?? from;
    return typeof from === 'string' && typeof to === 'string' && t >= Date.parse(from) - 7 * DAY && t <= Date.parse(to) + 30 * DAY;
  });
}

/** The words for "percent" in a language, lower case: a share written in words ("tiga puluh persen") has no digit. */
const percentWordsOf = perLanguage((lang) => {
  // A form may be an object with flags ({ "form": "persen" }): its text is what is written.
  const pack = numbersPack(lang);
  return (pack?.units ?? []).filter((u) => u.unit === '%').flatMap((u) => (u.after ?? []).map(formText)).filter((w) => /\p{L}{3}/u.test(w)).map((w) => w.toLowerCase());
});

/** Whether a sentence may hold a figure. A plain substring search: this runs on every sentence. */
function mayHoldFigure(text: string, percentWords: string[]): boolean {
  if (/\d/.test(text)) return true;
  if (percentWords.length === 0) return false;
  const lower = text.toLowerCase();
  return percentWords.some((w) => lower.includes(w));
}

/** Something that takes place over days (a date statement with from/to), as events do, whatever the entity type is called. */
function happens(index: FactIndex, id: string): boolean {
  return index.datesOf(id).some((s) => typeof s.from === 'string');
}

/** An event: typed so, or something with a date statement that spans days. */
function isEvent(index: FactIndex, id: string): boolean {
  return index.entity(id)?.type === 'event' || happens(index, id);
}

/** Whether the sentence writes a year in which the event took place. */
function eventYearIn(index: FactIndex, id: string, sentence: string): boolean {
  return index.datesOf(id).some((s) => {
    const years = [s.from, s.to, s.date].filter((d): d is string => typeof d === 'string').map((d) => d.slice(0, 4));
    return years.some((y) => sentence.includes(y));
  });
}

/** What the per-sentence checks share about the article. */
interface ArticleScope {
  doc: SourceDocument;
  index: FactIndex;
  lang: string;
  on: (rule: string) => boolean;
  /** Entities named anywhere in the article. */
  named: Set<string>;
  /** Frames found so far, in sentence order. */
  frames: Frame[];
  /** Matcher over property words, when a rule needs them. */
  props: NameMatcher | undefined;
  /** The period the article's last figure wrote: the reference time of figures that write none. */
  referencePeriod?: PeriodMention;
  /** The previous sentence's property words and names, for pronouns ("lag er 2023 bei ..."). */
  previous?: { properties: NameMatch[]; mentions: NameMatch[] };
  /** The period the last share with a period of its own wrote, and where its sentence ended. */
  lastShare?: { period: PeriodMention; end: number };
  /** The subjects each property's figures named by name in the sentence last read, by property. */
  namedBefore?: { sentence: number; byProperty: Map<string, string[]> };
}

/** One sentence with what was found in it. */
interface SentenceScope extends SentenceData {
  text: string;
  /** Dates in the sentence with a written year. */
  dates: CalendarDate[];
  /** Every date in the sentence (the figure finders leave their digits alone). */
  allDates: CalendarDate[];
  /** Property words ("trade turnover", "opened"), looked up once for figures and event dates. */
  properties: NameMatch[];
  /** Figures may be here: a digit or a word for per cent ("tiga puluh persen"). */
  figures: boolean;
  /** Head nouns resolved to this article's things and events ("the air base"). */
  heads: NameMatch[];
  /** General words for an event («мероприятие») standing for the article's own one, found when a figure asks. */
  eventWords: () => NameMatch[];
  /** Whether an event named here is the fact set's event (see isThisEvent). */
  isThisEvent: (id: string) => boolean;
  /** The country and the person named last in the sentences before. */
  lastCountry: string | undefined;
  lastPerson: string | undefined;
  /** The article's own pair so far: the two countries it names most often up to this sentence (what "both countries" means). */
  lastPair: string[];
  /** Countries and bodies the article has named up to this sentence: what a figure's unnamed sides may be. */
  context: string[];
  /** The event (a thing with dates) named last in the sentences before. */
  lastEvent: string | undefined;
  /** The annotation layer: cue classes and clauses. */
  annotation: SentenceAnnotation;
  /** Periods and figures of the sentence (figures only where rules need them), found on first call. */
  figuresFound: () => { periods: PeriodMention[]; quantities: Quantity[] };
  periodsFound: () => PeriodMention[];
  /** The periods of the sentence even where it writes no digit ("в ноябре прошлого года"). */
  periodsInWords: () => PeriodMention[];
}

export function lintDocument(doc: SourceDocument, index: FactIndex, settings: LintSettings): DocumentLint {
  // No language, no rules: reading the text with some default language's rules would find
  // nothing and pass it as clean (the run reports it as unsupported-language instead).
  if (doc.lang === undefined) return { diagnostics: [], claims: [], records: [] };
  const lang = doc.lang;
  const on = (rule: string) => severityNumber(settings.severities[rule]) > 0;
  const matcher = matcherFor(index, () => index.names(), lang);
  const elisions = grammarOf(lang).elisions ?? [];
  const adjectiveAfter = grammarOf(lang).adjectiveAfterOffice === true;
  const splitHeads = officeFirstWords(index, lang);
  const entityOf = (id: string) => index.entity(id);
  const data: SentenceData[] = [];
  const named = new Set<string>();
  // The countries each person named serves on the article's date, looked up once per person.
  const servedBy = new Map<string, string[]>();
  for (const span of sentences(doc.text, { start: doc.bodyStart, end: doc.text.length }, doc.lang)) {
    const tokens = splitElisions(tokenize(doc.text, span), doc.text, elisions);
    if (tokens.length === 0) continue;
    let mentions = matcher.find(doc.text, tokens);
    // Only where a word that opens a name of several words of an office stands just before a
    // country adjective («глава киргизского кабмина»): most sentences with an adjective have none.
    if (adjectiveAfter || adjectiveSplitsOffice(tokens, mentions, splitHeads)) mentions = officesAroundAdjectives(matcher, doc.text, tokens, mentions, adjectiveAfter);
    mentions = withGivenNameVariants(doc.text, tokens, withInitials(doc.text, tokens, withoutRepeatedAbbreviations(doc.text, tokens, mentions), lang, entityOf), lang, entityOf);
    // "US-Dollar", «долларов США», "US $": the currency's name, not the country, in the article's
    // names and in the sentence's alike.
    if (mentions.some((m) => (m.entityType === 'country' || m.form === 'adjective') && insideCurrencyName(doc.text, m.span, lang))) {
      mentions = mentions.filter((m) => !((m.entityType === 'country' || m.form === 'adjective') && insideCurrencyName(doc.text, m.span, lang)));
    }
    const counted: string[] = [];
    for (const m of mentions) {
      named.add(m.entityId);
      if (m.entityType === 'country') counted.push(m.entityId);
      // A head of state or minister stands for the country served ("Putin … in Hanoi"): the
      // article's pair counts them too, once per mention, for the posts held on its date.
      else if (m.entityType === 'person' && doc.date) {
        let served = servedBy.get(m.entityId);
        if (!served) servedBy.set(m.entityId, (served = [...new Set(index.heldByAt(m.entityId, doc.date).map((st) => postOf(st)?.of).filter((x): x is string => !!x))]));
        counted.push(...served);
      }
    }
    data.push({ span, tokens, mentions, counted });
  }
  const article: ArticleScope = {
    doc, index, lang, on, named,
    frames: [],
    props: undefined,
  };
  const metricsOn = on('metric-value') || on('share-value') || on('cross-article');
  // Found once for the body: the figure finders mask them too, so a sentence is not scanned again.
  const dates = (on('date-weekday') || on('event-date') || metricsOn)
    ? pairWeekdayRanges(findDates(doc.text.slice(doc.bodyStart), lang, doc.date), doc.text.slice(doc.bodyStart), lang).map((d) => shiftDate(d, doc.bodyStart))
    : [];
  const heads = on('place') || on('event-date') ? headMatcherFor(index, lang) : undefined;
  const props = metricsOn || on('event-date') || on('place') ? propertyMatcherFor(index, lang) : undefined;
  article.props = props;
  const percentWords = percentWordsOf(lang);
  // The event the article reports: the one event it names held within a week before to a month
  // after its date. "The event" in a figure's sentence is that one (found when first asked).
  let ownEvent: string | null | undefined;
  const articleEvent = () => {
    if (ownEvent === undefined) {
      const near = [...named].filter((id) => isEvent(index, id) && eventNear(index, id, doc.date)).sort();
      ownEvent = near.length === 1 ? near[0]! : null;
    }
    return ownEvent ?? undefined;
  };
  const articleWords = articleWordsOf(lang);
  const joinerWords = joinerWordsOf(lang);
  let dateAt = 0;
  let lastCountry: string | undefined;
  let lastPerson: string | undefined;
  let lastEvent: string | undefined;
  let previousText: { tokens: Token[] } | undefined;
  // The pair and context as far as the text has named them: a country first named after a figure
  // ("… reached $5.3 billion. Much of it transits via Russia.") is no side of it.
  const runCounts = new Map<string, number>();
  const runContext = new Set<string>();
  let pairSoFar: string[] = [];
  // Ranked again only when a sentence with a figure asks (the pair is for figures).
  let pairDirty = false;
  let contextSoFar: string[] = [];
  for (const sentenceData of data) {
    const { span: sentence, tokens, mentions } = sentenceData;
    if (sentenceData.counted.length) {
      for (const c of sentenceData.counted) runCounts.set(c, (runCounts.get(c) ?? 0) + 1);
      pairDirty = true;
    }
    let grew = false;
    for (const m of mentions) if (!runContext.has(m.entityId) && CONTEXT_TYPES.has(index.entity(m.entityId)?.type ?? '')) { runContext.add(m.entityId); grew = true; }
    if (grew) contextSoFar = [...runContext].sort();
    const text = doc.text.slice(sentence.start, sentence.end);
    // Dates and sentences are both in text order: walk the dates along.
    while (dateAt < dates.length && dates[dateAt]!.span.start < sentence.start) dateAt++;
    let dateEnd = dateAt;
    while (dateEnd < dates.length && dates[dateEnd]!.span.end <= sentence.end) dateEnd++;
    const inSentence = dates.slice(dateAt, dateEnd);
    const sentenceDates = inSentence.filter((d) => d.yearExplicit);
    // The number scanners are the costliest stage per character: they run only where a
    // figure can be, a digit or a word for per cent.
    const figures = mayHoldFigure(text, percentWords);
    if (pairDirty && figures) {
      pairSoFar = pairOf(runCounts);
      pairDirty = false;
    }
    // An event's generic name ("the CSTO summit") means this event only near its dates or when
    // the sentence writes its year; other summits of other years share the name.
    const isThisEvent = (id: string) => !happens(index, id) || eventNear(index, id, doc.date) || eventYearIn(index, id, text);
    // Fields listed, not spread: V8's object spread took a slow path here, a fifth of the run.
    // The annotation layer of the sentence: cue classes and clauses, read by every extractor below.
    // Periods and figures are found once, and no clause break may cut them or a date.
    const annotation = new SentenceAnnotation(doc.text, tokens, lang);
    const digits = figures || /\d/.test(text);
    // Periods and figures are found once, the first time a finder asks, and protected from clause
    // breaks (periods hold dashes a break must not cut: "январь — октябрь").
    let periods: PeriodMention[] | undefined;
    let quantities: Quantity[] | undefined;
    const local = () => inSentence.map((d) => shiftDate(d, -sentence.start));
    const periodsOnce = () => (periods ??= digits ? shiftAll(findPeriods(text, lang, doc.date, local()), sentence.start) : []);
    // Periods in words alone ("в ноябре прошлого года") too, for the few checks that ask.
    let wordPeriods: PeriodMention[] | undefined;
    const periodsInWords = () => (wordPeriods ??= digits ? periodsOnce() : shiftAll(findPeriods(text, lang, doc.date, local()), sentence.start));
    const findFigures = () => {
      const qs = (quantities ??= figures && metricsOn ? shiftQuantities(findQuantities(text, lang, local()), sentence.start) : []);
      // A year-like number with its unit ("2000 МВт") is a measure, not a year, for the figures.
      const ps = periodsOnce();
      // A year with its word ("2024 года", read as a span of years too) stays a year.
      const measure = (q: Quantity) => q.unit !== undefined && q.number.isYearLike && !TIME_UNITS.has(q.unit);
      return { periods: qs.some(measure) ? ps.filter((p) => !qs.some((q) => measure(q) && p.span.start >= q.span.start && p.span.end <= q.span.end)) : ps, quantities: qs };
    };
    annotation.protect(inSentence.map((d) => d.dateSpan));
    // A name written with dashes ("железная дорога Китай — Киргизия — Узбекистан", "саммит Россия –
    // Африка") is one noun phrase: its dashes open no clause.
    const dashed = mentions.filter((m) => m.tokenEnd - m.tokenStart > 1 && DASHES.test(doc.text.slice(m.span.start, m.span.end)));
    if (dashed.length) annotation.protect(dashed.map((m) => m.span));
    // Only what a finder has found already: a sentence read for places alone need not find its periods.
    if (digits) annotation.protectLazily(() => [...(periods ?? []).map((p) => p.span), ...(quantities ?? []).map((q) => q.span)]);
    const scope: SentenceScope = {
      span: sentence, tokens, mentions, text, dates: sentenceDates, allDates: inSentence, figures, isThisEvent, lastCountry, lastPerson, lastPair: pairSoFar, context: contextSoFar, counted: sentenceData.counted, lastEvent,
      annotation, figuresFound: findFigures, periodsFound: periodsOnce, periodsInWords,
      eventWords: () => {
        const ev = articleEvent();
        const words = ev ? eventWordMatcherFor(index, lang) : undefined;
        if (!ev || !words) return [];
        const type = `head:${index.entity(ev)?.type ?? 'event'}`;
        return outsideNames(words.find(doc.text, tokens), mentions).map((m) => ({ ...m, entityId: ev, entityType: type, alternatives: [] }));
      },
      properties: withHyphenedMeasures(
        props && (figures || /\d{4}/.test(text) || inSentence.length > 0) ? sentenceProperties(article, props, tokens, mentions, annotation) : [],
        figures && HYPHENED_MEASURE.test(text) ? findFigures().quantities : [], tokens, () => unitPropertiesOf(index), doc.text),
      heads: heads ? headsOfSentence(index, outsideNames(heads.find(doc.text, tokens), mentions), annotation, named, (id, h) => (named.has(id) || eventNear(index, id, doc.date)) && isThisEvent(id)
        && yearOfInstance(index, id, tokens, h, articleWords, joinerWords) && !namedOtherwise(index, id, tokens, h, lang, mentions)) : [],
    };
    if (on('office-holder') && mentions.some((m) => m.entityType === 'person')) officeFrames(article, scope);
    // A figure with no property words of its own may take the previous sentence's through a pronoun
    // ("lag er 2023 bei ..."): only then is it read.
    // So may one after a word of rise or decline that opens the sentence ("The increase was 25.6%").
    const pronounFigure = metricsOn && figures && !scope.properties.length && (annotation.cueIn('thingPronoun', 0, tokens.length) || opensWithChange(annotation, tokens, articleWords));
    if (pronounFigure && article.previous && props && previousText) {
      // A figure with no property words of its own may take the previous sentence's ("lag er 2023 bei ...").
      article.previous.properties = propertyWords(props, doc.text, previousText.tokens, article.previous.mentions, articleWords);
    }
    if (metricsOn && figures && (scope.properties.length || (pronounFigure && article.previous?.properties.length))) figureFrames(article, scope);
    article.previous = { properties: scope.properties, mentions };
    previousText = { tokens };
    // A day may be written without digits: "last Wednesday", «el pasado miércoles».
    if (on('event-date') && ((/\d{4}/.test(text) && scope.properties.length) || /\d/.test(text) || inSentence.length > 0)) eventDateFrames(article, scope);
    if (on('place') && (scope.heads.length || mentions.some((m) => CONTAINER_TYPES.has(m.entityType)))) placeFrames(article, scope);
    for (const m of mentions) {
      if (m.entityType === 'country' && m.form === 'name') lastCountry = m.entityId;
      if (m.entityType === 'person') lastPerson = m.entityId;
      else if (!CONTEXT_TYPES.has(m.entityType) && index.datesOf(m.entityId).length > 0) lastEvent = m.entityId;
    }
  }
  if (on('date-weekday')) {
    // "Сегодня, во вторник", "today, Tuesday": a weekday of the day a relative word names.
    const relative = findRelativeWeekdays(doc.text, lang, doc.date, dates.map((d) => d.span), doc.bodyStart);
    for (const d of relative.length ? [...dates, ...relative].sort((x, y) => x.span.start - y.span.start) : dates) {
      if (d.weekday === undefined) continue;
      const weekdayFrame: Frame = {
        kind: 'weekday', claim: d, span: d.span, sentence: d.span,
        slots: {
          weekday: { value: WEEKDAY_NAMES[d.weekday - 1] ?? String(d.weekday), ...(d.weekdaySpan ? { span: d.weekdaySpan } : {}), bound: 'text' },
          date: { value: d.resolved ?? `${d.month}-${d.day}`, span: d.dateSpan, bound: d.yearExplicit ? 'text' : 'article-date' },
        },
      };
      article.frames.push(weekdayFrame);
    }
  }
  return judge(doc, article, settings);
}

const officeFirstWordCache = new WeakMap<FactIndex, Map<string, ReadonlySet<string>>>();

/** The first words, folded, of the names of several words the fact set gives offices in a language ("глава" of «глава кабмина»). */
function officeFirstWords(index: FactIndex, lang: string): ReadonlySet<string> {
  let byLang = officeFirstWordCache.get(index);
  if (!byLang) officeFirstWordCache.set(index, (byLang = new Map()));
  let set = byLang.get(lang);
  if (!set) {
    const out = new Set<string>();
    for (const e of index.entitiesOfType('office')) {
      for (const n of e.names?.[lang] ?? []) {
        const words = n.split(/[\s\u00a0]+/u).filter(Boolean);
        if (words.length >= 2) out.add(foldWord(words[0]!));
      }
    }
    byLang.set(lang, (set = out));
  }
  return set;
}

/** Whether a country adjective has, up to three words before it, the first word of an office's name of several words. */
function adjectiveSplitsOffice(tokens: readonly Token[], mentions: readonly NameMatch[], firstWords: ReadonlySet<string>): boolean {
  for (const m of mentions) {
    if (m.form !== 'adjective' || m.entityType !== 'country') continue;
    for (let i = Math.max(0, m.tokenStart - 3); i < m.tokenStart; i++) if (firstWords.has(tokens[i]!.key)) return true;
  }
  return false;
}

/** Whether the sentence's first word past its articles is a word of rise or decline ("The increase …", «Рост …»). */
function opensWithChange(annotation: SentenceAnnotation, tokens: readonly Token[], articles: ReadonlySet<string>): boolean {
  let first = 0;
  while (first < tokens.length && articles.has(tokens[first]!.key)) first++;
  return first < tokens.length && (annotation.cue('rise', first) === 1 || annotation.cue('decline', first) === 1);
}

/** Runs every applicable rule over every frame: verdicts, findings, cross-article records. */
function judge(doc: SourceDocument, article: ArticleScope, settings: LintSettings): DocumentLint {
  const ctx: RuleContext = { index: article.index, text: doc.text, lang: article.lang, date: doc.date };
  const findings: Finding[] = [];
  const records: CrossRecord[] = [];
  // Each report beside its frame's start, for the sort (not spread into a copy and out again).
  const claims: Array<{ c: ClaimReport; at: number }> = [];
  for (const frame of article.frames) {
    for (const rule of frameRules) {
      if (rule.meta.frame !== frame.kind || !article.on(rule.meta.id)) continue;
      // The registry pairs each rule with its own frame kind; the cast only restates that.
      const r = rule as { applies?: (f: Frame) => boolean; check: (f: Frame, c: RuleContext) => Outcome };
      if (r.applies && !r.applies(frame)) continue;
      const outcome: Outcome = frame.abstain ? { verdict: 'unverifiable', reason: frame.abstain } : r.check(frame, ctx);
      if (outcome.finding) findings.push(outcome.finding);
      if (outcome.record) {
        const pos = rangeOf(doc, frame.span);
        records.push({ ...outcome.record, filePath: doc.path, line: pos.line, column: pos.column, endLine: pos.endLine, endColumn: pos.endColumn });
      }
      claims.push({ c: claimReport(doc, frame, rule.meta.id, outcome), at: frame.span.start });
    }
  }
  claims.sort((a, b) => a.at - b.at || a.c.endLine - b.c.endLine || a.c.endColumn - b.c.endColumn || a.c.ruleId.localeCompare(b.c.ruleId));
  return { diagnostics: toDiagnostics(doc, findings, settings), claims: claims.map((x) => x.c), records };
}

function claimReport(doc: SourceDocument, frame: Frame, ruleId: string, outcome: Outcome): ClaimReport {
  const slots: ClaimReport['slots'] = {};
  // Built field by field in the order the JSON report prints them, without object spreads.
  for (const [name, slot] of Object.entries(frame.slots)) {
    slots[name] = slot.span
      ? { value: slot.value, text: doc.text.slice(slot.span.start, slot.span.end), bound: slot.bound }
      : { value: slot.value, bound: slot.bound };
  }
  const r = rangeOf(doc, frame.span);
  return {
    kind: frame.kind, ruleId, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn, text: doc.text.slice(frame.span.start, frame.span.end),
    slots, verdict: outcome.verdict, reason: outcome.reason,
  };
}

/** A head refers back only to the one thing of its kind the article names ("der Vertrag"). */
/**
 * Generic nouns marked as another instance by the words before or after them ("next year's
 * summit", «предыдущий визит», «первый саммит», "KTT berikutnya"): not the article's event.
 */
function otherInstanceHeadsDropped(found: NameMatch[], ann: SentenceAnnotation): NameMatch[] {
  if (found.length === 0) return found;
  return found.filter((h) => !anotherInstance(h, ann));
}

/** "the next summit", «la próxima RAN», "the first forum": a word for another instance beside the mention. */
function anotherInstance(m: NameMatch, ann: SentenceAnnotation): boolean {
  // Right before it, or with up to two lower-case words between («предыдущий базовый договор»,
  // «первый официальный визит»), blanks only.
  for (let i = Math.max(0, m.tokenStart - 5); i < m.tokenStart; i++) {
    const n = ann.cue('otherInstance', i);
    if (!n || i + n > m.tokenStart || m.tokenStart - (i + n) > 2) continue;
    let plain = true;
    for (let j = i + n; j < m.tokenStart && plain; j++) plain = /^\p{Ll}/u.test(ann.tokens[j]!.text) && /^[\s\u00a0]+$/u.test(ann.text.slice(ann.tokens[j - 1]!.end, ann.tokens[j]!.start));
    if (plain && /^[\s\u00a0]+$/u.test(ann.text.slice(ann.tokens[m.tokenStart - 1]!.end, ann.tokens[m.tokenStart]!.start))) return true;
  }
  return ann.cue('otherInstance', m.tokenEnd) !== 0;
}

/** Words that say nothing by themselves: the language's articles, one-word prepositions and name joiners. */
const functionWordsOf = perLanguage((lang): ReadonlySet<string> => new Set([
  ...articleWordsOf(lang),
  ...prepositionWordsOf(lang),
  ...(grammarOf(lang).placeIn ?? []).filter((w) => !/\s/u.test(w)).map(foldWord),
]));

/** The words of an entity's names in a language and in English, folded: which words name it. */
function nameWordsOf(index: FactIndex, id: string, lang: string): ReadonlySet<string> {
  const names = index.entity(id)?.names;
  return new Set([...(names?.[lang] ?? []), ...(lang === 'en' ? [] : names?.en ?? [])].flatMap((n) => foldWord(n).split(/[^\p{L}\p{M}\p{N}]+/u)).filter((w) => w.length > 0));
}

/**
 * An event named with its ordinal ("the second Russia–Africa summit", «16-й саммит БРИКС»): the
 * one instance the fact set means, whatever year the sentence writes, so a wrong year is a claim.
 */
function ordinalNamed(m: NameMatch, ann: SentenceAnnotation): boolean {
  const words = ordinalsOf(ann.lang);
  if (m.entityType === 'head:event') return ordinalBefore(ann, m.tokenStart, words) >= 0;
  if (m.entityType !== 'event') return false;
  for (let i = m.tokenStart; i < m.tokenEnd; i++) if (words.has(ann.tokens[i]!.key) || NUMERIC_ORDINAL.test(ann.tokens[i]!.text)) return true;
  return false;
}

const ordinalsOf = perLanguage((lang) => new Set((grammarOf(lang).ordinals ?? []).map(foldWord)));

/** The ordinal before a head noun, up to two lower-case words between ("the first such summit"); -1 when none. */
function ordinalBefore(ann: SentenceAnnotation, at: number, ordinals: ReadonlySet<string>): number {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const t = ann.tokens[i]!;
    if (ordinals.has(t.key)) return i;
    if (!/^\p{Ll}/u.test(t.text)) return -1;
  }
  return -1;
}

const NUMERIC_ORDINAL = /^\d{1,3}(?:st|nd|rd|th|e|er|ème|eme|º|ª)$/iu;

/** Head nouns that are a word of a longer name ("summit" of "the BRICS summit in Kazan") stand for no other event. */
function outsideNames(found: NameMatch[], mentions: readonly NameMatch[]): NameMatch[] {
  if (found.length === 0 || mentions.length === 0) return found;
  return found.filter((h) => !near(mentions, h.span).some((m) => m.entityId !== h.entityId && m.tokenStart <= h.tokenStart && m.tokenEnd >= h.tokenEnd && m.tokenEnd - m.tokenStart > h.tokenEnd - h.tokenStart));
}

/** The sentence's mentions without events named as another instance of themselves ("the next RAN"). */
function thisInstance(s: SentenceScope): NameMatch[] {
  return s.mentions.some((m) => m.entityType === 'event') ? s.mentions.filter((m) => m.entityType !== 'event' || !anotherInstance(m, s.annotation)) : s.mentions;
}

/**
 * A bare year written onto a generic noun names which one is meant ("the 2010 eruption", "la
 * erupción de 2010", «извержение 2010 года»): an event of another year is not it. A full date or
 * a month is a claim of when, not a name, and is left to the date checks.
 */
function yearOfInstance(index: FactIndex, id: string, tokens: readonly Token[], h: NameMatch, articles: ReadonlySet<string>, joiners: ReadonlySet<string>): boolean {
  const isYear = (t: Token | undefined) => t !== undefined && /^(1[89]|20)\d\d$/u.test(t.text);
  let year: string | undefined;
  if (isYear(tokens[h.tokenStart - 1])) year = tokens[h.tokenStart - 1]!.text;
  else {
    let j = h.tokenEnd;
    // One linking word of the language ("de", "of", "von"), and an article after it.
    if (tokens[j] && joiners.has(tokens[j]!.key)) j++;
    if (tokens[j] && articles.has(tokens[j]!.key)) j++;
    // The year closes the phrase: not the day or month of a date ("de 2010" but not "de octubre de 2010").
    if (isYear(tokens[j]) && !/^\d/u.test(tokens[j - 1]?.text ?? '')) year = tokens[j]!.text;
  }
  if (!year) return true;
  return index.datesOf(id).some((s) => [s.from, s.to, s.date].some((d) => typeof d === 'string' && d.startsWith(year!)));
}

/**
 * A capitalised word right before a head noun that no name of the event has is another one's
 * name: "a Quad summit in Sydney" in an article on the G7 summit in Hiroshima is not that summit.
 */
function namedOtherwise(index: FactIndex, id: string, tokens: readonly Token[], h: NameMatch, lang: string, mentions: readonly NameMatch[]): boolean {
  const i = h.tokenStart - 1;
  if (i < 1 || !/^\p{Lu}/u.test(tokens[i]!.text)) return false;
  // A country, region or city ("the Russian air base", "the Kazakhstan summit") says where, not which.
  if (near(mentions, tokens[i]!).some((m) => m.tokenStart <= i && m.tokenEnd > i && PLACE_TYPES.has(m.entityType))) return false;
  const key = tokens[i]!.key;
  return ![...nameWordsOf(index, id, lang)].some((w) => key.startsWith(w.slice(0, Math.max(3, w.length - 2))) || w.startsWith(key));
}

/**
 * A year in the head noun's clause two years or more from every year of the event says the head is
 * another one: "Beim Erdbeben in der Provinz Van im Jahr 2011" in an article on the 2023 earthquake.
 * (A year off by one is left to the date checks: it is more often a wrong year than another event.)
 */
function yearsApart(index: FactIndex, id: string, ann: SentenceAnnotation, h: NameMatch): boolean {
  const byClause = yearsByClause(ann);
  if (byClause.size === 0) return false;
  const written = byClause.get(ann.clauses().ids[h.tokenStart]!);
  if (!written) return false;
  const years = index.datesOf(id).flatMap((s) => [s.from, s.to, s.date]).filter((d): d is string => typeof d === 'string').map((d) => Number(d.slice(0, 4)));
  return years.length > 0 && written.some((y) => years.every((e) => Math.abs(e - y) >= 2));
}

/**
 * Whether the head's clause says when in words counted from the article's date ("в ноябре прошлого
 * года", "last month") and that time is more than a month from every date of the event: another
 * visit or summit than the article's ("Tokayev paid a state visit to Hungary last November" in an
 * article on Sulyok's visit to Kazakhstan). A relative time is no typo of the event's year.
 */
function relativeApart(index: FactIndex, id: string, s: SentenceScope, h: NameMatch): boolean {
  const clause = s.annotation.clauses().ids;
  // Bounded per head: a run-on sentence has thousands of heads and periods.
  const relative = near(relativePeriodsOf(s), h.span).filter((p) => clause[tokenIndexAt(s.tokens, p.span.start)] === clause[h.tokenStart]);
  if (relative.length === 0) return false;
  const spans = index.datesOf(id).map((st) => [st.from ?? st.date, st.to ?? st.from ?? st.date]).filter((x): x is [string, string] => typeof x[0] === 'string' && typeof x[1] === 'string');
  if (spans.length === 0) return false;
  return relative.every((p) => {
    const r = periodRange(p.period);
    return spans.every(([from, to]) => r.end < addDays(from, -31) || r.start > addDays(to, 31));
  });
}

/** The sentence's periods counted from the article's date, found once per sentence. */
function relativePeriodsOf(s: SentenceScope): PeriodMention[] {
  let list = relativePeriods.get(s);
  if (!list) relativePeriods.set(s, (list = s.periodsInWords().filter((p) => p.relative && isValidPeriod(p.period))));
  return list;
}

const relativePeriods = new WeakMap<SentenceScope, PeriodMention[]>();

/** The years a sentence writes, by clause, found once per sentence (a run-on one has thousands of heads). */
function yearsByClause(ann: SentenceAnnotation): Map<number, number[]> {
  let m = yearsOfClauses.get(ann);
  if (m) return m;
  m = new Map();
  let ids: Int32Array | undefined;
  for (let t = 0; t < ann.tokens.length; t++) {
    if (!/^(1[89]|20)\d\d$/u.test(ann.tokens[t]!.text)) continue;
    ids ??= ann.clauses().ids;
    const c = ids[t]!;
    const y = Number(ann.tokens[t]!.text);
    const list = m.get(c) ?? m.set(c, []).get(c)!;
    // Each year once: a run-on clause writes the same ones a thousand times.
    if (!list.includes(y)) list.push(y);
  }
  yearsOfClauses.set(ann, m);
  return m;
}

const yearsOfClauses = new WeakMap<SentenceAnnotation, Map<number, number[]>>();

/**
 * The head nouns of a sentence resolved to the entity each stands for. A head after an ordinal
 * ("the first such summit", «второй саммит») is the event whose name has that ordinal, whichever
 * it is; the others are the article's own event or thing, where `meant` says so.
 */
function headsOfSentence(index: FactIndex, found: NameMatch[], ann: SentenceAnnotation, named: ReadonlySet<string>, meant: (id: string, h: NameMatch) => boolean): NameMatch[] {
  if (found.length === 0) return found;
  const ordinals = ordinalsOf(ann.lang);
  const byOrdinal: NameMatch[] = [];
  const rest: NameMatch[] = [];
  for (const h of found) {
    const o = ordinalBefore(ann, h.tokenStart, ordinals);
    if (o >= 0) {
      const key = ann.tokens[o]!.key;
      const wordsOf = (id: string) => nameWordsOf(index, id, ann.lang);
      let ids = [h.entityId, ...h.alternatives].filter((id) => wordsOf(id).has(key));
      // The article's own event of that head: where its name has no ordinal, "the first summit"
      // may be that one ("at first summit in Samarkand") and is read as heads are.
      const own = [h.entityId, ...h.alternatives].filter((id) => meant(id, h));
      if (own.length && own.every((id) => ![...wordsOf(id)].some((w) => ordinals.has(w)))) ids = [];
      // Several such ("the first such summit"): the one of the series the article names, by the
      // words its name shares with the names of the events named in the article (its own too).
      if (ids.length > 1) {
        const seen = [...new Set([...named].filter((id) => index.entity(id)?.type === 'event').concat(own))].map(wordsOf);
        const overlap = (id: string) => Math.max(0, ...seen.map((w) => [...wordsOf(id)].filter((x) => x !== key && w.has(x)).length));
        const scores = ids.map(overlap);
        const best = Math.max(...scores);
        ids = best > 1 && scores.filter((x) => x === best).length === 1 ? [ids[scores.indexOf(best)]!] : [];
      }
      if (ids.length === 1) {
        byOrdinal.push({ ...h, entityId: ids[0]!, alternatives: [] });
        continue;
      }
    }
    rest.push(h);
  }
  const others = resolveHeads(otherInstanceHeadsDropped(rest, ann), meant);
  return byOrdinal.length ? [...byOrdinal, ...others] : others;
}

function resolveHeads(found: NameMatch[], meant: (id: string, h: NameMatch) => boolean): NameMatch[] {
  const out: NameMatch[] = [];
  for (const h of found) {
    const ids = [h.entityId, ...h.alternatives].filter((id) => meant(id, h));
    if (ids.length === 1) out.push(ids[0] === h.entityId ? h : { ...h, entityId: ids[0]!, alternatives: [] });
  }
  return out;
}

/** Property words of a sentence; a country or currency may stand inside them ("доля России во внешней торговле"). */
function propertyWords(props: NameMatcher, text: string, tokens: Token[], mentions: NameMatch[], articles: ReadonlySet<string>): NameMatch[] {
  const inserted = new Set<number>();
  for (const m of mentions) {
    if (!CONTEXT_TYPES.has(m.entityType)) continue;
    for (let t = m.tokenStart; t < m.tokenEnd; t++) inserted.add(t);
    // With its article: "Anteil des Rubels an den gegenseitigen Zahlungen".
    if (m.tokenStart > 0 && articles.has(tokens[m.tokenStart - 1]!.key)) inserted.add(m.tokenStart - 1);
  }
  return props.find(text, tokens, inserted.size ? (t) => inserted.has(t) : undefined);
}

/** Property words of a sentence, with event properties split by other words ("trat ... in Kraft"). */
function sentenceProperties(a: ArticleScope, props: NameMatcher, tokens: Token[], mentions: NameMatch[], annotation: SentenceAnnotation): NameMatch[] {
  const found = propertyWords(props, a.doc.text, tokens, mentions, articleWordsOf(a.lang));
  const split = matcherFor(a.index, () => splitPropertyEntities(a.index.properties(), a.lang), a.lang, 'split-properties');
  if (split.size === 0) return found;
  const parts = split.find(a.doc.text, tokens);
  if (parts.length < 2) return found;
  const starts = new Set(mentions.map((m) => m.tokenStart));
  const joined = joinSplitProperties(parts, tokens, annotation.clauses().ids, found, andWordsOf(a.lang), (i) => starts.has(i))
    .map((m) => ({ ...m, entityType: `property:${a.index.property(m.entityId)?.kind ?? ''}` }));
  return joined.length ? [...found, ...joined].sort((x, y) => x.span.start - y.span.start) : found;
}

const servedTables = new WeakMap<FactIndex, Map<string, ServedTable>>();

/** The fact set's posts that serve another office, per language, found once (served-offices.ts). */
function servedTableFor(index: FactIndex, lang: string): ServedTable {
  let byLang = servedTables.get(index);
  if (!byLang) servedTables.set(index, (byLang = new Map()));
  let t = byLang.get(lang);
  if (!t) byLang.set(lang, (t = servedTable(index.entitiesOfType('office'), matcherFor(index, () => index.names(), lang), lang)));
  return t;
}

function officeFrames(a: ArticleScope, s: SentenceScope): void {
  // Offices named by their institution ("head of the Foreign Ministry", "Kremlin chief") join the mentions.
  const instMatcher = matcherFor(a.index, () => institutionEntities(a.lang), a.lang, 'institutions');
  const institutions = instMatcher.size ? instMatcher.find(a.doc.text, s.tokens) : [];
  const offices = s.mentions.filter((m) => m.entityType === 'office');
  const extra = institutionOffices(s.tokens, s.mentions, institutions, a.lang)
    .filter((x) => !near(offices, x.span).some((m) => m.span.start < x.span.end && x.span.start < m.span.end));
  // "the country's president", «президент страны»: the one country the sentence named before.
  const anaphors = s.annotation.cueIn('countryAnaphor', 0, s.tokens.length) ? countryAnaphorMentions(a.doc.text, s.tokens, s.mentions, s.annotation) : [];
  const added = [...extra, ...anaphors];
  const all = added.length ? [...s.mentions, ...added].sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end) : s.mentions;
  // Posts that serve another office ("помощник президента Владимира Путина Юрий Ушаков").
  const served = servedTableFor(a.index, a.lang);
  const mentions = served.size ? withServedOffices(a.doc.text, s.tokens, all, a.lang, matcherFor(a.index, () => a.index.names(), a.lang), served) : all;
  const ctx = { text: a.doc.text, sentence: s.span, tokens: s.tokens, mentions, lang: a.lang, date: a.doc.date };
  const years = yearsIn(a.doc.text, s.span);
  const people = years.length ? mentions.filter((m) => m.entityType === 'person') : [];
  const yearSpans = years.length ? yearMentionsIn(a.doc.text, s.span).map((y) => ({ y, span: { start: y.start, end: y.start + 4 } })) : [];
  // Fields listed, not spread (V8's object spread is a slow path in this per-sentence code).
  const counterparts = extractCounterpartClaims({
    text: ctx.text, sentence: ctx.sentence, tokens: ctx.tokens, mentions: ctx.mentions, lang: ctx.lang, date: ctx.date,
    lastPerson: s.lastPerson, annotation: s.annotation,
    postOf: (person, date) => {
      const posts = a.index.heldByAt(person, date).map(postOf).filter((o): o is { office: string; of: string } => o !== undefined);
      const offices = new Set(posts.map((o) => o.office));
      return offices.size === 1 ? posts[0] : undefined;
    },
  });
  for (const claim0 of [...extractOfficeClaims(ctx), ...counterparts]) {
    const since = sinceYear(s, claim0, articleWordsOf(a.lang));
    // A clause about a handover ("X was succeeded as Secretary-General by Y", "сменил на посту")
    // speaks of both sides of it: the time is any, only a post of another country contradicts.
    const handover = claim0.tense === 'current' && !claim0.currentWord && succession(s, claim0.span);
    let claim: OfficeClaim = { ...claim0, ...(since === undefined ? {} : { since }), ...(handover ? { tense: 'future' as const } : {}) };
    // "was appointed … on 12 October 2021": checked when the post was taken up, whatever the
    // appointment's qualifier or a handover made of the tense.
    const start = officeStart(claim, s.annotation, a.doc.text, s.span, near(s.allDates, claim.span));
    if (start) claim = { ...claim, tense: 'then', ...(start.written ? { started: start.written } : {}) };
    // The sentence's dates near the claim: a sentence of a thousand dates does not give each claim a thousand windows.
    // Only the years and people near the claim: a run-on sentence of a thousand claims stays linear.
    const others = years.length ? near(people, claim.span).filter((m) => m.entityId !== claim.person).map((m) => m.span) : [];
    const own = others.length ? yearsOutsideAsides(a.doc.text, s.span, claim.span, near(yearSpans, claim.span).map((y) => y.y), others) : years;
    let time = start ? { windows: [start.window], loose: false } : officeTime(claim, claim.tense === 'future' ? [] : own, near(s.allDates, claim.span));
    // "В июне 2017 года тогдашний президент …": a "then" is of the months the sentence writes, not their whole year.
    // "Im April dieses Jahres wurde der kirgisische Präsident Bakijew gestürzt", "In April this
    // year": a month without its year is the article's year's (findPeriods resolves it), and the
    // claim may speak of it as of the article's day. Only months up to the article's own, and only
    // in a sentence that writes no year (one that does has its windows already).
    if (!start && claim.tense === 'current' && a.doc.date && years.length === 0) {
      const month = a.doc.date.slice(0, 7);
      const ps = s.periodsFound().length ? s.periodsFound() : monthPeriods(s, a.doc.text, a.lang, a.doc.date);
      const months = ps.filter((p) => p.relative && /^\d{4}-\d{2}$/u.test(p.period) && p.period <= month && p.period !== month);
      if (months.length) time = { ...time, windows: [...time.windows, ...months.map((p) => periodRange(p.period))] };
    }
    if (!start && claim.thenAt && years.length) {
      const months = s.periodsFound().filter((p) => !p.relative && isValidPeriod(p.period) && p.period.length > 4);
      if (months.length && months.length === s.periodsFound().length) time = { windows: [...months.map((p) => periodRange(p.period)), ...time.windows.filter((w) => w.start === w.end)], loose: false };
    }
    a.frames.push({ kind: 'office', claim, time, span: claim.span, sentence: s.span, slots: officeSlots(claim, time), ...(claim.abstain ? { abstain: claim.abstain } : {}) });
  }
}

/**
 * Periods of a sentence without a digit ("im April dieses Jahres"), found only where a claim asks.
 * Unlike the sentence's own periods (periodsInWords), the days it writes are not masked: the month
 * of "21 October" is a time a title may speak of too.
 */
function monthPeriods(s: SentenceScope, text: string, lang: string, date: string): PeriodMention[] {
  let found = monthPeriodsOf.get(s.annotation);
  if (!found) {
    // Only a sentence with a month's name has a month to find: most have none, and the period
    // finder scans every word list.
    const hasMonth = s.tokens.some((t) => monthIndex(lang, t.text) !== undefined);
    found = hasMonth ? shiftAll(findPeriods(text.slice(s.span.start, s.span.end), lang, date, []), s.span.start) : [];
    monthPeriodsOf.set(s.annotation, found);
  }
  return found;
}

const monthPeriodsOf = new WeakMap<SentenceAnnotation, PeriodMention[]>();


/** The sentence's weekdays that stand without a date of their own ("proclamé samedi"). */
function loneWeekdays(s: SentenceScope, lang: string): Span[] {
  const keys = weekdayKeysOf(lang);
  const out: Span[] = [];
  for (const t of s.tokens) {
    if (!keys.has(t.key) || s.allDates.some((d) => d.span.start <= t.start && d.span.end >= t.end)) continue;
    out.push({ start: t.start, end: t.end });
  }
  return out;
}

/** Whether the claim's clause speaks of a handover (a succession word in it). */
function succession(s: SentenceScope, span: Span): boolean {
  return s.annotation.clausesWith('succession').has(s.annotation.clauseAt(span.start));
}

/**
 * "president of Kyrgyzstan since 2021", "ist seit 1996 Präsident", "является президентом с 2019
 * года": a tenure's first year, right after the office phrase, or between the person and the office
 * of a predicate. A "since" anywhere else dates something else ("has visited every year since 2015").
 */
function sinceYear(s: SentenceScope, claim: OfficeClaim, articles: ReadonlySet<string>): number | undefined {
  const ann = s.annotation;
  const yearAt = (i: number) => {
    const n = ann.cue('tenureSince', i);
    const y = n ? s.tokens[i + n] : undefined;
    if (!y) return undefined;
    if (/^(1[89]|20)\d\d$/u.test(y.text)) return Number(y.text);
    // "since January 1, 2021", «с 1 января 2021 года», «depuis le 1er janvier 2021»: a whole
    // date with its year written, an article before it.
    const at = articles.has(y.key) ? s.tokens[i + n + 1] ?? y : y;
    return s.allDates.find((d) => d.dateSpan.start === at.start && d.yearExplicit)?.year;
  };
  const officeEnd = Math.max(claim.officeSpan.end, claim.ofSpan?.end ?? 0);
  const after = ann.tokenAt(officeEnd);
  if (claim.personSpan.start > officeEnd && ann.tokenAt(claim.personSpan.start) === after) return undefined;
  const direct = yearAt(after);
  if (direct !== undefined) return direct;
  if (claim.via === 'predicate' && claim.personSpan.end <= claim.officeSpan.start) {
    for (let i = ann.tokenAt(claim.personSpan.end); i < ann.tokenAt(claim.officeSpan.start); i++) {
      const y = yearAt(i);
      // «Мишустин, возглавлявший ФНС с 2010 года, стал …»: a "since" closed off by a comma dates the aside.
      if (y !== undefined && !s.text.slice(s.tokens[i]!.start - s.span.start, claim.officeSpan.start - s.span.start).includes(',')) return y;
    }
  }
  return undefined;
}

function officeSlots(claim: OfficeClaim, time: OfficeTime): Record<string, Slot> {
  const slots: Record<string, Slot> = {
    person: { value: claim.person, span: claim.personSpan, bound: 'text' },
    office: { value: claim.office, span: claim.officeSpan, bound: 'text' },
  };
  if (claim.of) slots.of = { value: claim.of, ...(claim.ofSpan ? { span: claim.ofSpan } : {}), bound: 'text' };
  // "aide to President Vladimir Putin, Yuri Ushakov": the aide's country is the one Putin is president of.
  if (claim.ofHolder) slots.ofHolder = { value: `${claim.ofHolder.office}: ${claim.ofHolder.person}`, span: claim.ofHolder.span, bound: 'text' };
  const w = [...new Set(time.windows.map((x) => (x.start === x.end ? x.start : `${x.start}..${x.end}`)))].join(', ');
  slots.time = { value: `${claim.tense}: ${w}`, bound: claim.tense === 'current' ? 'article-date' : 'tense' };
  if (claim.since !== undefined) slots.since = { value: String(claim.since), bound: 'text' };
  return slots;
}

function figureFrames(a: ArticleScope, s: SentenceScope): void {
  const { doc, index, lang } = a;
  const { quantities, periods } = s.figuresFound();
  // Every field present (undefined when absent) rather than spread in: one object shape, no
  // spread slow path; the extractor reads the optional fields by truthiness.
  // A title as the figure's subject ("Tajikistan's president won 90.1%"): its one holder that day.
  const mentions = doc.date && s.mentions.some((m) => m.entityType === 'office') ? withTitleHolders({
    tokens: s.tokens, mentions: s.mentions, linkWords: titleLinksOf(lang),
    holders: (office, of) => index.holdersAt(office, of, doc.date!).map((st) => asList(st.subject)[0]!).filter(Boolean),
    namedHolders: (office) => [...a.named].filter((p) => index.heldByAt(p, doc.date!).some((st) => postOf(st)?.office === office)),
  }) : s.mentions;
  const claims = extractMetricClaims({
    text: doc.text, sentence: s.span, tokens: s.tokens, mentions, properties: s.properties, quantities, periods,
    context: s.context, lastCountry: s.lastCountry || undefined, lastPerson: s.lastPerson || undefined,
    carriedPeriod: a.referencePeriod || undefined, previous: a.previous || undefined,
    // "…mit 84,4 Prozent der Stimmen wiedergewählt (Oktober 2020). Die Wahlbeteiligung lag bei 70,7
    // Prozent": the share of the sentence right before gives its period.
    sharePeriod: a.lastShare && /^[\s.!?…"»”')]*$/u.test(doc.text.slice(a.lastShare.end, s.span.start)) ? a.lastShare.period : undefined,
    lastPair: s.lastPair.length === 2 ? s.lastPair : undefined,
    subjectTypes: (id) => subjectTypesOf(index, id), heads: [...s.heads, ...s.eventWords()], namedInArticle: a.named, annotation: s.annotation, lang, date: doc.date,
    property: (id) => index.property(id),
    changeOf: (q) => index.properties().find((p) => p.kind === 'change' && p.of === q),
  });
  // "China's trade with Central Asia hit $98.4 billion … Turnover rose from $89.4 billion in 2023":
  // a figure that names no one right after one of the same property that named its sides other
  // than the article's pair continues that one; the pair the context offers is a guess then.
  const before = a.namedBefore?.sentence === s.span.start ? undefined : a.namedBefore;
  const here = new Map<string, string[]>();
  for (const claim of claims) {
    if (claim.propertyKind === 'share' && claim.periodExplicit && !claim.periodCarried && !claim.comparisonBase && claim.period && claim.periodSpan) a.lastShare = { period: { span: claim.periodSpan, period: claim.period, relative: false }, end: s.span.end };
    // Money totals only: a pair's trade is what an article's context decides; shares and seats have their own rules.
    if (claim.propertyKind !== 'quantity' || !isCurrency(claim.unit)) continue;
    if (claim.named.length >= 2) here.set(claim.property, claim.named);
    const prev = before?.byProperty.get(claim.property);
    if (claim.named.length === 0 && !claim.abstain && prev && !(prev.length === 2 && s.lastPair.length === 2 && prev.every((e) => s.lastPair.includes(e)))) {
      claim.abstain = 'the figure names no one, and the sentence before gave this figure for others than the article\'s pair';
    }
  }
  a.namedBefore = { sentence: s.span.start, byProperty: here };
  for (const claim of claims) {
    // The event only: the country named last was tried and misread figures of other pairs (a
    // Kyrgyz-side total after a sentence on Kyrgyzstan, a Georgian rate after Turkey).
    if (s.lastEvent) claim.lastEvent = s.lastEvent;
    // The article's reference time: the period its first figure wrote (the lead's; later flashbacks
    // to other years are local to their sentences).
    // The article's reference time is its first figure's own period, never a comparison base's.
    if (!a.referencePeriod && claim.periodExplicit && !claim.periodCarried && !claim.comparisonBase && claim.period && claim.periodSpan) a.referencePeriod = { span: claim.periodSpan, period: claim.period, relative: false };
    const slots: Record<string, Slot> = {
      property: { value: claim.property, span: claim.propertySpan, bound: 'text' },
      value: { value: `${claim.value}${claim.unit ? ` ${claim.unit}` : ''}`, span: claim.span, bound: 'text' },
      period: { value: claim.period ?? '?', ...(claim.periodSpan ? { span: claim.periodSpan } : {}), bound: claim.periodCarried ? 'context' : claim.periodExplicit ? 'text' : 'article-date' },
      subjects: { value: claim.named.join(',') || claim.context.join(','), bound: claim.named.length ? 'text' : 'context' },
    };
    a.frames.push({ kind: 'metric', claim, span: claim.span, sentence: s.span, slots, ...(claim.abstain ? { abstain: claim.abstain } : {}) });
  }
}

/** "Opened on 23 October 2003", "founded in 2001", "im Oktober 2003 eröffnet". */
function eventDateFrames(a: ArticleScope, s: SentenceScope): void {
  const { index } = a;
  // A sentence that says a date is false ("was not founded in 2002, contrary to claims") asserts none.
  const refuted = s.annotation.cueIn('refutation', 0, s.tokens.length);
  const all = refuted ? [] : s.properties.filter((m) => index.property(m.entityId)?.kind === 'date');
  // A fact set may list a preposition among a date property's words ("on", "am", "le", "pada"):
  // such a word is the property only right before the date, of an event named in its clause.
  const fn = functionWordsOf(a.lang);
  const weakWord = (m: NameMatch) => m.tokenEnd - m.tokenStart === 1 && fn.has(s.tokens[m.tokenStart]!.key);
  const properties = all.filter((m) => !weakWord(m));
  const weak = all.length > properties.length ? all.filter(weakWord) : [];
  const dates = s.allDates.length === s.dates.length ? s.dates : s.allDates.filter((d) => d.yearExplicit || nearArticleDate(d.resolved, a.doc.date));
  const base = {
    text: a.doc.text, tokens: s.tokens, lang: a.lang,
    // A day without its year counts near the article's date («el 15 de enero» in a January article).
    dates,
    periods: s.periodsFound(),
    weekdays: loneWeekdays(s, a.lang),
    hasDate: (subject: string, property: string) => index.datesOf(subject, property).length > 0,
    hasAnyDate: (subject: string) => index.datesOf(subject).length > 0,
    annotation: s.annotation,
  };
  // A head noun whose clause puts it in another country than the event is another one ("his
  // official visit to the Bogor palace in April 2023" in an article on a visit to Hungary): its
  // date is not the event's. (A place claim keeps it: there the place is what is checked.)
  const heads = s.heads.filter((h) => !placedElsewhere(index, h, s));
  const claims = properties.length ? extractEventDateClaims({
    ...base,
    subjects: [...thisInstance(s), ...heads].filter((m) => s.isThisEvent(m.entityId) || ordinalNamed(m, s.annotation)),
    properties,
  }) : [];
  if (weak.length) {
    const starts = [...dates.map((d) => d.dateSpan.start), ...base.periods.map((p) => p.span.start)];
    const adjacent = weak.filter((m) => starts.some((x) => x > m.span.end && x - m.span.end <= 2 && /^[\s\u00a0]*$/u.test(a.doc.text.slice(m.span.end, x))));
    const named = thisInstance(s).filter((m) => s.isThisEvent(m.entityId) || ordinalNamed(m, s.annotation));
    if (adjacent.length && named.length) {
      const taken = new Set(claims.map((c) => c.whenSpan.start));
      for (const c of extractEventDateClaims({ ...base, subjects: named, properties: adjacent, sameClauseOnly: true })) if (!taken.has(c.whenSpan.start)) claims.push(c);
    }
  }
  // "Во втором туре выборов 4 февраля", "the summit on 8 May", "la chute d'Assad le 6 décembre":
  // a day written right after an event's name (a preposition or article between at most) is
  // the event's own, by the one date property the fact set gives it.
  if (!refuted && dates.length) {
    const taken = new Set(claims.map((c) => c.whenSpan.start));
    const small = prepositionWordsOf(a.lang);
    const articles = articleWordsOf(a.lang);
    for (const m of [...thisInstance(s), ...heads]) {
      if (!(s.isThisEvent(m.entityId) || ordinalNamed(m, s.annotation)) || !isEvent(index, m.entityId)) continue;
      const props = [...new Set(index.datesOf(m.entityId).map((st) => st.property))];
      if (props.length !== 1) continue;
      const d = near(dates, m.span).find((x) => x.resolved && x.dateSpan.start >= m.span.end && x.dateSpan.start - m.span.end <= 16 && !taken.has(x.dateSpan.start)
        && dayRightAfter(a.doc.text, s.tokens, m, x.dateSpan.start, small, articles));
      if (!d) continue;
      taken.add(d.dateSpan.start);
      claims.push({
        subject: m.entityId, property: props[0], when: d.resolved!, ...(d.yearExplicit ? {} : { yearless: true }),
        span: { start: m.span.start, end: d.dateSpan.end }, subjectSpan: m.span, propertySpan: m.span, whenSpan: d.dateSpan,
      });
    }
  }
  // Anniversaries: "the 20th anniversary of the Kant air base" dates the base's opening.
  const dated = [...s.mentions, ...s.heads].filter((m) => s.isThisEvent(m.entityId) && index.datesOf(m.entityId).length > 0);
  for (const an of dated.length ? extractAnniversaryClaims({ text: a.doc.text, sentence: s.span, tokens: s.tokens, subjects: dated, adjectives: s.mentions.filter((m) => m.form === 'adjective'), lang: a.lang, date: a.doc.date }) : []) {
    const claim = { subject: an.subject, property: undefined, slackYears: 1, when: String(an.year - an.count), span: an.span, subjectSpan: an.subjectSpan, propertySpan: an.span, whenSpan: an.span };
    a.frames.push({
      kind: 'event-date', claim, span: claim.span, sentence: s.span,
      slots: {
        subject: { value: an.subject, span: an.subjectSpan, bound: 'text' },
        property: { value: 'anniversary', span: an.span, bound: 'text' },
        date: { value: claim.when, bound: an.yearWritten ? 'text' : 'article-date' },
      },
    });
  }
  for (const claim of claims) {
    a.frames.push({
      kind: 'event-date', claim, span: claim.span, sentence: s.span,
      slots: {
        subject: { value: claim.subject, span: claim.subjectSpan, bound: 'text' },
        property: { value: claim.property ?? 'date', span: claim.propertySpan, bound: 'text' },
        date: { value: claim.when, span: claim.whenSpan, bound: 'text' },
      },
    });
  }
}

/** The countries a place or a thing lies in, by the fact set (remembered per fact set). */
function countriesOf(index: FactIndex, id: string): string[] {
  let byId = countryCache.get(index);
  if (!byId) countryCache.set(index, (byId = new Map()));
  let list = byId.get(id);
  if (!list) {
    const own = index.entity(id)?.type === 'country' ? [id] : [];
    byId.set(id, (list = [...own, ...index.placesAround(id).filter((p) => index.entity(p)?.type === 'country')]));
  }
  return list;
}

const countryCache = new WeakMap<FactIndex, Map<string, string[]>>();

/** Whether the head's clause names a city or site in another country than every one the event lies in. */
function placedElsewhere(index: FactIndex, h: NameMatch, s: SentenceScope): boolean {
  const where = countriesOf(index, h.entityId);
  if (where.length === 0) return false;
  const clause = s.annotation.clauses().ids;
  // Cities and sites, not countries: a country beside the head is as often its owner or a
  // party ("the Russian air base", "the Kyrgyz–Russian summit") as its place. Bounded per head.
  return near(s.mentions, h.span).some((m) => {
    if (!CONTAINER_TYPES.has(m.entityType) || m.entityType === 'country' || clause[m.tokenStart] !== clause[h.tokenStart]) return false;
    const there = countriesOf(index, m.entityId);
    return there.length > 0 && !there.some((c) => where.includes(c));
  });
}

/** Whether only spaces, or one or two prepositions and articles, stand between a name and a day after it. */
function dayRightAfter(text: string, tokens: readonly Token[], m: NameMatch, at: number, prepositions: ReadonlySet<string>, articles: ReadonlySet<string>): boolean {
  // No punctuation either: "…, rompiendo … el 18 de abril" is another clause's day.
  let from = m.span.end;
  let words = 0;
  for (let i = m.tokenEnd; i < tokens.length && tokens[i]!.start < at; i++) {
    if (++words > 2 || !(prepositions.has(tokens[i]!.key) || articles.has(tokens[i]!.key))) return false;
    if (!/^[\s\u00a0]*$/u.test(text.slice(from, tokens[i]!.start))) return false;
    from = tokens[i]!.end;
  }
  return /^[\s\u00a0]*$/u.test(text.slice(from, at));
}

function placeFrames(a: ArticleScope, s: SentenceScope): void {
  const { index } = a;
  const locatable = (id: string) => index.locatedIn(id).length > 0 && s.isThisEvent(id);
  // The fact set's own place properties ("signed in"), looked up only when it has any.
  const words = s.properties.length || !a.props || !hasPlaceProperties(index) ? s.properties : sentenceProperties(a, a.props, s.tokens, s.mentions, s.annotation);
  const claims = extractPlaceClaims({
    // A head with a year of another time in its clause is another one ("Beim Erdbeben in der
    // Provinz Van im Jahr 2011"); for a date claim that year is what is checked, so only here.
    text: a.doc.text, tokens: s.tokens, mentions: thisInstance(s), heads: s.heads.filter((h) => !yearsApart(index, h.entityId, s.annotation, h) && !relativeApart(index, h.entityId, s, h) 
      // "The previous Three Seas summit was held in Vilnius": the head's whole phrase, a name before it too.
      && !anotherInstance(h, s.annotation) && !near(s.mentions, h.span).some((m) => m.tokenEnd === h.tokenStart && anotherInstance(m, s.annotation))), lang: a.lang, locatable,
    annotation: s.annotation,
    placeProperties: words.filter((m) => index.property(m.entityId)?.kind === 'place'),
    hasPlace: (subject, property) => index.statementsFor(property, [subject]).length > 0,
  });
  for (const claim of claims) {
    a.frames.push({
      kind: 'place', claim, span: claim.span, sentence: s.span,
      slots: {
        subject: { value: claim.subject, bound: 'text' },
        ...(claim.property ? { property: { value: claim.property, bound: 'text' as const } } : {}),
        place: { value: claim.place, span: claim.placeSpan, bound: 'text' },
        pattern: { value: claim.pattern, bound: 'text' },
      },
    });
  }
}

const unitPropertyCache = new WeakMap<FactIndex, ReadonlyMap<string, Property | null>>();

/** The fact set's quantity property of each unit, made once per set (hyphened measures ask it). */
function unitPropertiesOf(index: FactIndex): ReadonlyMap<string, Property | null> {
  let map = unitPropertyCache.get(index);
  if (!map) unitPropertyCache.set(index, (map = propertiesByUnit(index.properties())));
  return map;
}

const subjectTypeCache = new WeakMap<FactIndex, Map<string, ReadonlySet<string>>>();

/** The entity types a property's statements take as subjects and wholes. */
function subjectTypesOf(index: FactIndex, property: string): ReadonlySet<string> {
  let byProp = subjectTypeCache.get(index);
  if (!byProp) subjectTypeCache.set(index, (byProp = new Map()));
  let types = byProp.get(property);
  if (!types) {
    const set = new Set<string>();
    for (const s of index.statementsOf(property)) {
      for (const id of [...(Array.isArray(s.subject) ? s.subject : [s.subject]), ...(Array.isArray(s.of) ? s.of : typeof s.of === 'string' ? [s.of] : [])]) {
        const t = index.entity(id)?.type;
        if (t) set.add(t);
      }
    }
    byProp.set(property, (types = set));
  }
  return types;
}

function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

function shiftDate(d: CalendarDate, by: number): CalendarDate {
  return { ...d, span: shift(d.span, by), dateSpan: shift(d.dateSpan, by), ...(d.weekdaySpan ? { weekdaySpan: shift(d.weekdaySpan, by) } : {}) };
}

export function toDiagnostics(doc: SourceDocument, findings: Finding[], settings: LintSettings): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const f of findings) {
    const severity = severityNumber(settings.severities[f.ruleId]);
    if (severity === 0) continue;
    const key = `${f.ruleId}\u0000${f.span.start}\u0000${f.span.end}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const d: Diagnostic = { ruleId: f.ruleId, severity, message: f.message, ...rangeOf(doc, f.span), span: f.span };
    if (f.actual !== undefined) d.actual = f.actual;
    if (f.expected !== undefined) d.expected = f.expected;
    if (f.fact) d.fact = { id: f.fact.id, source: f.fact.source, ...(f.fact.note ? { note: f.fact.note } : {}), file: f.fact.origin.file };
    if (f.fix) d.fix = f.fix;
    if (f.related) d.related = f.related;
    out.push(d);
  }
  return sortDiagnostics(out);
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn
    || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
}
