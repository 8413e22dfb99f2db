// Place claims: where a thing, event or city is said to be. Each pattern below is one small named
// rule over the name mentions of a clause (the way Duckling keeps one rule per form):
//   in        X in|inside Y                        "the Kant air base in Kazakhstan"
//   before    Y-LOC X (placeBeforeEndings)          "Казакстандагы Кант авиабазасы"
//   near      X near|outside CITY                  "Kant, outside the Tajik capital, Dushanbe" → Tajikistan
//   capital   [K-adj|K's] capital[,] CITY, CITY, [the] capital of K
//                                                  "the Tajik capital, Dushanbe", "Dushanbe, ibu kota Uzbekistan"
//   city      in CITY, K | in CITY (K)             "in Bishkek, Kazakhstan", "в Бишкеке (Казахстан)"
//   lease     X leased from K                       "Russia leases Baikonur from Kazakhstan", "арендует у Казахстана"
//   host      K hosts X                             "Kyrgyzstan hosts the Kant air base", "Kasachstan beherbergt ..."
//   property  X <place property words> Y           "signed in Minsk" (the fact set's own place properties)
// A claim says that a subject lies in a place; the rule (rules/place.ts) compares it with the fact set.
import { near } from './near.js';
import type { Lang, Span } from '../types.js';
import { perLanguage } from '../language/pack.js';
import { andWordsOf, articleWordsOf, grammarOf, joinerWordsOf, locativeEndingsOf, placeBeforeEndingsOf } from './grammar.js';
import type { SentenceAnnotation } from '../annotate/sentence.js';
import { CONTAINER_TYPES, PLACE_TYPES } from '../facts/kinds.js';
import type { NameMatch } from './names.js';
import { foldWord, type Token } from './tokens.js';

export interface PlaceClaim {
  kind: 'place';
  subject: string;
  place: string;
  /** The place property claimed ("located-in" unless the words name another, e.g. "signed-in"). */
  property?: string;
  /** How the claim was read, for the explain view. */
  pattern: 'in' | 'near' | 'capital' | 'city' | 'lease' | 'host' | 'property';
  span: Span;
  placeSpan: Span;
  lang: Lang;
}



/** The "in" words of the language, as token keys, longest phrase first. */
const cuesOf = perLanguage((lang): string[][] =>
  (grammarOf(lang).placeIn ?? []).map((p) => foldWord(p).split(/\s+/u)).sort((a, b) => b.length - a.length));


export interface PlaceContext {
  text: string;
  tokens: Token[];
  /** Name mentions of the sentence, and head-noun mentions already resolved to entities. */
  mentions: NameMatch[];
  heads: NameMatch[];
  lang: Lang;
  /** Whether the entity has located-in statements. */
  locatable: (id: string) => boolean;
  /** The sentence's annotation layer: clause numbers and cue classes. */
  annotation: SentenceAnnotation;
  /** Place properties other than located-in whose words appear in the sentence ("signed in"). */
  placeProperties?: NameMatch[];
  /** Whether the fact set has statements of `property` about `subject`. */
  hasPlace?: (subject: string, property: string) => boolean;
}

interface Scan {
  ctx: PlaceContext;
  clause: Int32Array;
  /** Name joiners of the language ("of", "der"), folded. */
  joiners: ReadonlySet<string>;
  keys: string[];
  articles: ReadonlySet<string>;
  byStart: Map<number, NameMatch>;
  out: PlaceClaim[];
  seen: Set<string>;
}

function emit(s: Scan, subject: NameMatch, place: NameMatch, pattern: PlaceClaim['pattern'], property?: string): void {
  if (subject.entityId === place.entityId) return;
  const key = `${subject.entityId}\u0000${place.entityId}\u0000${place.span.start}\u0000${property ?? ''}`;
  if (s.seen.has(key)) return;
  s.seen.add(key);
  s.out.push({
    kind: 'place', subject: subject.entityId, place: place.entityId, ...(property ? { property } : {}), pattern,
    span: { start: Math.min(subject.span.start, place.span.start), end: Math.max(subject.span.end, place.span.end) },
    placeSpan: place.span, lang: s.ctx.lang,
  });
}

/**
 * The place mention starting at token j, after any articles, and after a word for a kind of place
 * and its joiners ("the province of Syunik", «la province de Syunik», "Provinsi Gaziantep", «в
 * провинции Сюник»). A country adjective before such a word names the country ("im turkmenischen
 * Sektor", "in the Turkmen sector"): that adjective is returned.
 */
function placeAt(s: Scan, j: number): NameMatch | undefined {
  while (j < s.keys.length && s.articles.has(s.keys[j]!)) j++;
  const y = s.byStart.get(j);
  if (y && CONTAINER_TYPES.has(y.entityType)) {
    // "im turkmenischen Sektor": the adjective stands for its country before a place-kind word.
    if (y.form === 'adjective' && y.entityType === 'country' && kindAt(s, y.tokenEnd)) return { ...y, form: 'name' };
    return y;
  }
  // "in der zentralasiatischen Republik Kirgisistan", "in the Central Asian republic of X": up
  // to two words describing the place may stand before its kind word.
  let n = kindAt(s, j);
  for (let d = 1; !n && d <= 2 && j + d < s.keys.length; d++) {
    if (s.byStart.has(j + d - 1) || !/^[\s\u00a0]+$/u.test(s.ctx.text.slice(s.ctx.tokens[j + d - 1]!.end, s.ctx.tokens[j + d]!.start))) break;
    const m = kindAt(s, j + d);
    if (m) {
      j += d;
      n = m;
    }
  }
  if (!n) return undefined;
  let k = j + n;
  while (k < s.keys.length && (s.articles.has(s.keys[k]!) || s.joiners.has(s.keys[k]!))) k++;
  const named = s.byStart.get(k);
  return named && CONTAINER_TYPES.has(named.entityType) && named.form === 'name' ? named : undefined;
}

/** Length of a place-kind word at token j ("province", «провинции», "Sektor"), or 0. */
function kindAt(s: Scan, j: number): number {
  return j < s.keys.length ? s.ctx.annotation.cue('placeKind', j) : 0;
}

/** A city with what the text says of its country right there: "the Tajik capital, Dushanbe" gives Dushanbe. */
function cityAt(s: Scan, j: number): { city: NameMatch; end: number } | undefined {
  const y = placeAt(s, j);
  if (y?.entityType === 'city' && y.form === 'name') return { city: y, end: y.tokenEnd };
  // [K-adj] capital[,] CITY
  const cap = capitalPhrase(s, j);
  if (cap) return { city: cap.city, end: cap.city.tokenEnd };
  return undefined;
}

function sameClause(s: Scan, a: number, b: number): boolean {
  return s.clause[a] === s.clause[Math.max(a, b - 1)];
}

/** "the Tajik capital, Dushanbe", "столица Таджикистана Душанбе", "der kirgisischen Hauptstadt Astana". */
function capitalPhrase(s: Scan, j: number): { country: NameMatch; city: NameMatch } | undefined {
  while (j < s.keys.length && s.articles.has(s.keys[j]!)) j++;
  let country: NameMatch | undefined;
  let k = j;
  const adj = s.byStart.get(k);
  if (adj?.entityType === 'country') {
    country = adj;
    k = adj.tokenEnd;
  }
  const n = s.ctx.annotation.cue('capital', k);
  if (!n) return undefined;
  k += n;
  if (!country) {
    // "столица Таджикистана Душанбе", "capital of Tajikistan, Dushanbe"
    let m = k;
    while (m < s.keys.length && (s.articles.has(s.keys[m]!) || s.joiners.has(s.keys[m]!))) m++;
    const c = s.byStart.get(m);
    if (c?.entityType !== 'country') return undefined;
    country = c;
    k = c.tokenEnd;
  }
  const city = placeAt(s, k);
  if (!city || city.entityType !== 'city' || city.form !== 'name' || !sameClauseLoose(s, country.tokenStart, city.tokenStart)) return undefined;
  return { country, city };
}

/** A comma may set off the name in an apposition ("the Tajik capital, Dushanbe"): not a clause break here. */
function sameClauseLoose(s: Scan, a: number, b: number): boolean {
  return b - a <= 6 && (s.clause[a] === s.clause[b] || Math.abs(s.clause[a]! - s.clause[b]!) <= 1);
}

/** in: X [in] Y, and near: X [near] CITY (the claim is the city's country). */
function inAndNear(s: Scan, subjects: NameMatch[]): void {
  for (const x of subjects) {
    for (const cue of cuesOf(s.ctx.lang)) {
      if (!cue.every((w, i) => s.keys[x.tokenEnd + i] === w)) continue;
      const y = placeAt(s, x.tokenEnd + cue.length);
      // "Talks on the Kant air base in Moscow": after a preposition the thing is the object of
      // another noun, which the city may belong to; a country or region still places the thing.
      let b = x.tokenStart;
      while (b > 0 && s.articles.has(s.keys[b - 1]!)) b--;
      const governed = y?.entityType === 'city' && b > 0 && s.ctx.annotation.cue('preposition', b - 1) === 1;
      // "Akhalkalaki, en Armenia": a city set off by a comma, then where it is.
      const apposed = x.entityType === 'city' && /^\s*,\s*$/u.test(s.ctx.text.slice(x.span.end, s.ctx.tokens[x.tokenEnd]!.start));
      if (y && y.form === 'name' && !governed && (sameClause(s, x.tokenStart, y.tokenStart) || (apposed && sameClauseLoose(s, x.tokenStart, y.tokenStart)))) emit(s, x, y, 'in');
      break;
    }
    const n = s.ctx.annotation.cue('placeNear', x.tokenEnd);
    if (n) {
      const c = cityAt(s, x.tokenEnd + n);
      if (c) emit(s, x, c.city, 'near');
    }
    located(s, x);
  }
}

/**
 * located: "the 201st military base … is spread across several sites in Tajikistan", "база
 * расположена в Таджикистане", "der Stützpunkt liegt in ...": X, a verb of location within a few
 * words, then "in" and a place, all in X's clause (or the aside X opens) with no other locatable
 * thing between.
 */
function located(s: Scan, x: NameMatch): void {
  const ann = s.ctx.annotation;
  const clause = s.clause[x.tokenStart];
  for (let v = x.tokenEnd; v < Math.min(s.keys.length, x.tokenEnd + 5); v++) {
    const n = ann.cue('located', v);
    if (!n) continue;
    for (let j = v + n; j < Math.min(s.keys.length, v + n + 6); j++) {
      const cue = cuesOf(s.ctx.lang).find((c) => c.every((w, i) => s.keys[j + i] === w));
      if (!cue) continue;
      const y = placeAt(s, j + cue.length);
      // "прошёл в августе 2018 года в Баку", "was held in August in Baku": an "in" of a time is
      // read past, to the next one.
      if (!y) continue;
      const other = s.ctx.mentions.some((m) => m.tokenStart > x.tokenEnd && m.tokenStart < j && s.ctx.locatable(m.entityId));
      if (y.form === 'name' && !other && Math.abs(s.clause[y.tokenStart]! - clause!) <= 1) emit(s, x, y, 'in');
      return;
    }
    return;
  }
}

/**
 * locative: a place in the locative case right before a verb of location, the thing or event
 * before it in the clause ("ФОКАС саммити 4–6-сентябрда Шанхайда өттү": the summit was held in
 * Shanghai). The nearest such subject before the place is it.
 */
function locativeVerb(s: Scan, subjects: NameMatch[], endings: ReadonlySet<string>): void {
  const ann = s.ctx.annotation;
  for (const y of s.ctx.mentions) {
    const n = ann.cue('located', y.tokenEnd);
    if (!CONTAINER_TYPES.has(y.entityType) || y.form !== 'name' || !endings.has(foldWord(y.tail)) || !n) continue;
    // The verb ends its clause: a participle before a noun ("Бишкекте өткөн жолугушууда", at the
    // meeting held in Bishkek) places the noun after it, not a thing before.
    const after = y.tokenEnd + n;
    if (after < s.ctx.tokens.length && !/[.,;:!?]/u.test(s.ctx.text.slice(s.ctx.tokens[after - 1]!.end, s.ctx.tokens[after]!.start))) continue;
    const x = near(subjects, y.span).filter((m) => m.tokenEnd <= y.tokenStart && sameClause(s, m.tokenStart, y.tokenStart) && m.entityId !== y.entityId)
      .sort((a, b) => b.tokenEnd - a.tokenEnd)[0];
    // The subject in its own case ("саммити", not "саммитинен кийин"), and no word of another
    // instance between ("кийинки саммит … Бишкекте өтөт": the next one's place).
    const tails = grammarOf(s.ctx.lang).subjectTails ?? [];
    if (x && (x.tail === '' || tails.includes(foldWord(x.tail))) && !ann.cueIn('otherInstance', Math.max(0, x.tokenStart - 2), y.tokenStart)) emit(s, x, y, 'in');
  }
}

/** before: a place with a locative-attributive ending right before the thing ("Казакстандагы Кант авиабазасы"). */
function placeBefore(s: Scan, subjects: NameMatch[], endings: readonly string[]): void {
  for (const y of s.ctx.mentions) {
    if (!CONTAINER_TYPES.has(y.entityType) || y.form !== 'name' || y.tokenEnd === 0) continue;
    const last = s.keys[y.tokenEnd - 1]!;
    if (!endings.some((e) => last.length > e.length && last.endsWith(e))) continue;
    const x = subjects.find((m) => m.tokenStart === y.tokenEnd);
    if (x && sameClause(s, y.tokenStart, x.tokenStart)) emit(s, x, y, 'in');
  }
}

/** capital: "the Tajik capital, Dushanbe" → Dushanbe in Tajikistan; "Dushanbe, ibu kota Uzbekistan". */
function capitals(s: Scan): void {
  for (let j = 0; j < s.keys.length; j++) {
    const cap = capitalPhrase(s, j);
    if (cap) emit(s, cap.city, cap.country, 'capital');
  }
  // CITY, [the] capital of K
  for (const city of s.ctx.mentions) {
    if (city.entityType !== 'city' || city.form !== 'name') continue;
    const gap = s.ctx.text.slice(city.span.end, s.ctx.tokens[city.tokenEnd]?.start ?? city.span.end);
    if (!/^\s*,\s*$/u.test(gap)) continue;
    let k = city.tokenEnd;
    while (k < s.keys.length && s.articles.has(s.keys[k]!)) k++;
    const n = s.ctx.annotation.cue('capital', k);
    if (!n) continue;
    k += n;
    while (k < s.keys.length && (s.articles.has(s.keys[k]!) || s.joiners.has(s.keys[k]!))) k++;
    const c = s.byStart.get(k);
    if (c?.entityType === 'country') emit(s, city, c, 'capital');
  }
}

/** city: "in Bishkek, Kazakhstan", "в Бишкеке (Казахстан)", unless a list goes on ("Bishkek, Astana and Tashkent"). */
function cityCountry(s: Scan): void {
  const and = andWordsOf(s.ctx.lang);
  for (const city of s.ctx.mentions) {
    // A region too, set off the same way: "Kabupaten Bandung, Jawa Barat", "Pulau Flores, NTT".
    if ((city.entityType !== 'city' && city.entityType !== 'region' && city.entityType !== 'place') || city.form !== 'name') continue;
    // "in Bishkek, Kazakhstan", "di Pazarcik, Provinsi Gaziantep": a country, or a region named
    // by name or with its kind word.
    // "la estación de Akhalkalaki, en Armenia": the comma, then "in" and the place.
    const gapAfter = s.ctx.text.slice(city.span.end, s.ctx.tokens[city.tokenEnd]?.start ?? city.span.end);
    const inAfter = cuesOf(s.ctx.lang).find((c) => c.every((w, i) => s.keys[city.tokenEnd + i] === w));
    const inCue = /^\s*,\s*$/u.test(gapAfter) ? inAfter : undefined;
    // "nach Lima in Chile", "to Lima in Chile": "in" right after the city, then a country's name
    // that closes the phrase.
    // Not after a genitive word: «l'influence de Moscou au Kirghizstan» is Moscow's influence there.
    const genitive = city.tokenStart > 0 && s.joiners.has(s.keys[city.tokenStart - 1]!);
    const direct = !inCue && !genitive && inAfter && /^\s+$/u.test(gapAfter) ? inAfter : undefined;
    const at = city.tokenEnd + (inCue?.length ?? direct?.length ?? 0);
    const next = s.byStart.get(at)?.entityType === 'country' ? s.byStart.get(at) : placeAt(s, at);
    if (!next || (next.entityType !== 'country' && next.entityType !== 'region' && next.entityType !== 'place') || next.form !== 'name') continue;
    if (direct) {
      const close = s.ctx.text.slice(next.span.end, s.ctx.tokens[next.tokenEnd]?.start ?? next.span.end);
      // Not a possessive ("in Kazakhstan's capital"): the country then names something else.
      // A preposition after it opens the next phrase as punctuation would ("di Samarkand di
      // Uzbekistan pada hari Kamis", "to Lima in Chile on Monday").
      if (next.entityType !== 'country' || (next.tail !== '' && (grammarOf(s.ctx.lang).possessive ?? []).includes(next.tail)) || !(s.ctx.tokens[next.tokenEnd] === undefined || /[,.;:!?)\]»"”–—]/u.test(close) || and.has(s.keys[next.tokenEnd] ?? '')
        || (/^\s+$/u.test(close) && s.ctx.annotation.cue('preposition', next.tokenEnd) > 0))) continue;
      emit(s, city, next, 'city');
      continue;
    }
    const gap = inCue ? ',' : s.ctx.text.slice(city.span.end, next.span.start);
    const paren = /^\s*\(\s*$/u.test(gap) && /^\s*\)/u.test(s.ctx.text.slice(next.span.end));
    if (!paren && !/^\s*,\s*$/u.test(gap)) continue;
    // A list: "Bishkek, Kazakhstan and Uzbekistan", "Moscow, Minsk, Astana".
    const after = s.ctx.text.slice(next.span.end, s.ctx.tokens[next.tokenEnd]?.start ?? next.span.end);
    // The country closes the phrase ("in Bishkek, Kazakhstan, on Monday"); a word going on makes it
    // the subject of the next clause ("Selain di Kant, Rusia menempatkan ...").
    if (!paren && s.ctx.tokens[next.tokenEnd] && !/[,.;:!?)\]»"”–—]/u.test(after)) continue;
    const following = s.byStart.get(next.tokenEnd) ?? s.byStart.get(next.tokenEnd + 1);
    if (!paren && (/^\s*,/u.test(after) || and.has(s.keys[next.tokenEnd] ?? '')) && following && CONTAINER_TYPES.has(following.entityType)) continue;
    const prev = s.ctx.mentions.find((m) => m.tokenEnd === city.tokenStart - 1 || m.tokenEnd === city.tokenStart);
    if (prev && CONTAINER_TYPES.has(prev.entityType) && /^\s*,\s*$/u.test(s.ctx.text.slice(prev.span.end, city.span.start))) continue;
    emit(s, city, next, 'city');
  }
}

/** lease: a thing leased from a country lies in it ("арендует у Казахстана комплекс «Байконур»"). */
function leases(s: Scan, subjects: NameMatch[]): void {
  for (let i = 0; i < s.keys.length; i++) {
    const n = s.ctx.annotation.cue('lease', i);
    if (!n) continue;
    const clause = s.clause[i];
    // The lessor: a country right after a "from" word in the clause.
    const lessor = s.ctx.mentions.find((m) => m.entityType === 'country' && m.form === 'name' && s.clause[m.tokenStart] === clause
      // After a "from" word ("leases ... from Kazakhstan"), or right after a cue that ends in one ("арендует у").
      && (s.ctx.annotation.cue('leaseFrom', m.tokenStart - 1) === 1 || m.tokenStart === i + n));
    if (!lessor) continue;
    const thing = subjects.filter((x) => s.clause[x.tokenStart] === clause && x.entityType !== 'country')
      .sort((a, b) => Math.abs(a.tokenStart - i) - Math.abs(b.tokenStart - i))[0];
    if (thing) emit(s, thing, lessor, 'lease');
  }
}

/** host: a country that hosts a thing has it on its soil ("Kyrgyzstan hosts the Kant air base", "Kasachstan beherbergt Baikonur"). */
function hosts(s: Scan, subjects: NameMatch[]): void {
  const ann = s.ctx.annotation;
  for (let i = 1; i < s.keys.length; i++) {
    const n = ann.cue('host', i);
    if (!n) continue;
    const host = s.ctx.mentions.find((m) => m.entityType === 'country' && m.form === 'name' && m.tokenEnd === i);
    if (!host) continue;
    // The thing hosted stands right after the verb (articles only between): "hosted drills at the
    // Kant air base" hosts drills, not the base.
    let j = i + n;
    while (j < s.keys.length && s.articles.has(s.keys[j]!)) j++;
    const thing = subjects.find((x) => x.tokenStart === j);
    if (thing) emit(s, thing, host, 'host');
  }
}

/** property: the fact set's own place properties ("signed in", "unterzeichnet in") after their subject. */
function propertyWords(s: Scan): void {
  const props = s.ctx.placeProperties ?? [];
  for (const p of props) {
    const y = placeAt(s, p.tokenEnd);
    if (!y || y.form !== 'name') continue;
    // The subject: before the words ("the treaty signed in Minsk"), else after the place in the
    // clause ("unterzeichneten ... in Minsk den Vertrag über ...").
    const own = s.ctx.mentions.filter((m) => s.ctx.hasPlace?.(m.entityId, p.entityId) && s.clause[m.tokenStart] === s.clause[p.tokenStart]);
    const subject = own.filter((m) => m.span.end <= p.span.start).sort((a, b) => b.span.end - a.span.end)[0]
      ?? own.filter((m) => m.span.start >= y.span.end).sort((a, b) => a.span.start - b.span.start)[0];
    // "the second summit, three years after the first, held in Astana": another instance between.
    const ann = s.ctx.annotation;
    if (subject && subject.span.end <= p.span.start && ann.cueIn('otherInstance', ann.tokenAt(subject.span.end), ann.tokenAt(p.span.start))) continue;
    if (subject) emit(s, subject, y, 'property', p.entityId);
  }
}

export function extractPlaceClaims(ctx: PlaceContext): PlaceClaim[] {
  const byStart = new Map<number, NameMatch>();
  for (const m of ctx.mentions) if (!byStart.has(m.tokenStart)) byStart.set(m.tokenStart, m);
  const s: Scan = { ctx, clause: ctx.annotation.clauses().ids, joiners: joinerWordsOf(ctx.lang), keys: ctx.tokens.map((t) => t.key), articles: articleWordsOf(ctx.lang), byStart, out: [], seen: new Set() };
  const named = ctx.mentions.filter((m) => !PLACE_TYPES.has(m.entityType) && ctx.locatable(m.entityId));
  // A head inside a name of its own entity ("summit" in "CIS summit") is that name again.
  const heads = ctx.heads.filter((h) => !near(named, h.span).some((m) => m.entityId === h.entityId && m.span.start <= h.span.start && m.span.end >= h.span.end));
  const subjects = [...named, ...heads];
  const n = ctx.tokens.length;
  if (subjects.length) inAndNear(s, subjects);
  const endings = placeBeforeEndingsOf(ctx.lang);
  if (subjects.length && endings.length) placeBefore(s, subjects, endings);
  const locative = locativeEndingsOf(ctx.lang);
  if (subjects.length && locative.size && ctx.annotation.cueIn('located', 0, n)) locativeVerb(s, subjects, locative);
  // Each pattern only where its words are: a capital word, a city, a lease word, a place property.
  if (ctx.annotation.cueIn('capital', 0, n)) capitals(s);
  if (ctx.mentions.some((m) => m.entityType === 'city' || m.entityType === 'region' || m.entityType === 'place')) cityCountry(s);
  if (subjects.length && ctx.annotation.cueIn('lease', 0, n)) leases(s, subjects);
  if (subjects.length && ctx.annotation.cueIn('host', 0, n)) hosts(s, subjects);
  if (ctx.placeProperties?.length) propertyWords(s);
  // A place the set's own property words give ("held in Astana") is that property's claim, not a
  // second one of being in it.
  const own = new Set(s.out.filter((c) => c.pattern === 'property').map((o) => `${o.subject}\u0000${o.place}\u0000${o.placeSpan.start}`));
  return own.size ? s.out.filter((c) => c.pattern !== 'in' || !own.has(`${c.subject}\u0000${c.place}\u0000${c.placeSpan.start}`)) : s.out;
}
