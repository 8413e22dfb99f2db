// Counterparts: "Putin met his Tajik counterpart Sadyr Japarov", "Лавров и его казахстанский
// коллега Мурат Нуртлеу", "mit seinem kasachischen Amtskollegen ...". The counterpart holds, in the
// country the adjective names, the post that the person the sentence measures him against holds
// (the nearest person named before the cue, else a bare title before it, else the person named
// last before the sentence). With
// no post known for that person there is no claim: the office slot would be a guess.
import type { OfficeClaim, Span } from '../types.js';
import { andWordsOf, articleWordsOf } from './grammar.js';
import { cuePhrasesOf, phraseAt } from './cues.js';
import type { SentenceAnnotation } from '../annotate/sentence.js';
import type { NameMatch } from './names.js';
import type { Token } from './tokens.js';
import { afterSpaces } from '../text/char-class.js';

export interface CounterpartContext {
  text: string;
  sentence: Span;
  tokens: Token[];
  mentions: NameMatch[];
  lang: string;
  date: string | undefined;
  /** The person named last before this sentence. */
  lastPerson: string | undefined;
  /** The sentence's annotation layer, when lintDocument has one. */
  annotation?: SentenceAnnotation;
  /** The one post a person held on a date, if the fact set knows exactly one. */
  postOf: (person: string, date: string) => { office: string; of: string } | undefined;
}


export function extractCounterpartClaims(ctx: CounterpartContext): OfficeClaim[] {
  if (!ctx.date) return [];
  if (ctx.annotation && !ctx.annotation.cueIn('counterpart', 0, ctx.tokens.length)) return [];
  const cues = cuePhrasesOf(ctx.lang).counterpart;
  const articles = articleWordsOf(ctx.lang);
  const and = andWordsOf(ctx.lang);
  const fillers = new Set([...articles, ...cuePhrasesOf(ctx.lang).possessivePronoun.map((p) => p.join(' '))]);
  const out: OfficeClaim[] = [];
  // Mentions by where they start and end, found once: each cue then costs its neighbourhood.
  const startingAt = new Map<number, NameMatch[]>();
  const endingAt = new Map<number, NameMatch[]>();
  for (const m of ctx.mentions) {
    (startingAt.get(m.tokenStart) ?? startingAt.set(m.tokenStart, []).get(m.tokenStart)!).push(m);
    (endingAt.get(m.tokenEnd) ?? endingAt.set(m.tokenEnd, []).get(m.tokenEnd)!).push(m);
  }
  // The people named before a token: the distinct people (few), each with the end of its first
  // mention, and a binary search for how many person mentions end before the token.
  const persons = ctx.mentions.filter((m) => m.entityType === 'person').sort((a, b) => a.tokenEnd - b.tokenEnd);
  const firstAt = new Map<string, number>();
  persons.forEach((m, idx) => {
    if (!firstAt.has(m.entityId)) firstAt.set(m.entityId, idx);
  });
  const personsBefore = (token: number): string[] => {
    let lo = 0;
    let hi = persons.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (persons[mid]!.tokenEnd <= token) lo = mid + 1;
      else hi = mid;
    }
    return [...firstAt].filter(([, idx]) => idx < lo).map(([id]) => id);
  };
  for (let i = 0; i < ctx.tokens.length; i++) {
    const n = ctx.annotation ? ctx.annotation.cue('counterpart', i) : phraseAt(ctx.tokens, i, cues);
    if (!n) continue;
    // The counterpart's name right after the cue (a comma or articles may stand between).
    let j = i + n;
    while (j < ctx.tokens.length && fillers.has(ctx.tokens[j]!.key)) j++;
    // The country after the cue, where adjectives follow the noun: «son homologue kazakh X»,
    // «su homólogo kazajo, X», «son homologue du Kazakhstan, X».
    const after = startingAt.get(j)?.find((m) => m.entityType === 'country');
    let gapFrom = ctx.tokens[i + n - 1]!.end;
    if (after) {
      j = after.tokenEnd;
      gapFrom = after.span.end;
      while (j < ctx.tokens.length && fillers.has(ctx.tokens[j]!.key)) j++;
    }
    const person = startingAt.get(j)?.find((m) => m.entityType === 'person');
    if (!person) continue;
    const gap = ctx.text.slice(gapFrom, person.span.start);
    if (!/^[\s\u00a0,]*$/u.test(gap)) continue;
    // After a comma the name must be an apposition that closes ("his counterpart, X, said"), not
    // the next clause's subject ("Besides his Kyrgyz counterpart, Putin met ...").
    if (gap.includes(',')) {
      const at = afterSpaces(ctx.text, person.span.end, ctx.sentence.end - person.span.end);
      if (at < ctx.sentence.end && !/[,;:.!?)\]»"”–—]/u.test(ctx.text[at]!)) continue;
    }
    // The country: an adjective (or a name) right before the cue ("his Tajik counterpart", "mitranya dari Kazakhstan").
    let k = i;
    while (k > 0 && fillers.has(ctx.tokens[k - 1]!.key)) k--;
    let country = endingAt.get(k)?.find((m) => m.entityType === 'country') ?? after;
    for (let t = i + n; !country && t < j; t++) country = startingAt.get(t)?.find((m) => m.entityType === 'country' && m.tokenEnd <= j);
    // Measured against: the nearest person named before the cue, else the one named before the sentence.
    // Measured against the person the sentence names before the cue; when it names several with
    // different posts ("Putin, accompanied by Mishustin, met his counterpart") it is not known whose.
    // Not the person the counterpart is joined to by "and" when that one serves the counterpart's
    // own country ("talks with President Mirziyoyev and his Uzbek counterpart Saidov": the other
    // party, the counterpart is the subject's); "Lavrov and his Cuban counterpart" is Lavrov's.
    let start0 = country && country.tokenStart < k ? country.tokenStart : k;
    while (start0 > 0 && fillers.has(ctx.tokens[start0 - 1]!.key)) start0--;
    const joinedId = start0 > 0 && and.has(ctx.tokens[start0 - 1]!.key) ? endingAt.get(start0 - 1)?.find((m) => m.entityType === 'person')?.entityId : undefined;
    const joined = joinedId && country && ctx.date && ctx.postOf(joinedId, ctx.date)?.of === country.entityId ? joinedId : undefined;
    const all = personsBefore(country ? country.tokenStart : i).filter((id) => id !== person.entityId);
    const before = all.filter((id) => id !== joined);
    // With no one named before it, a bare title the sentence opens with is whom the counterpart
    // is measured against ("the prime minister … spoke with his Belarusian counterpart X"), not the
    // person named last before the sentence.
    const bare = (m: NameMatch) => !ctx.mentions.some((x) => x.entityType === 'person' && ((x.tokenStart >= m.tokenEnd && x.tokenStart <= m.tokenEnd + 2) || (x.tokenEnd <= m.tokenStart && x.tokenEnd >= m.tokenStart - 2)));
    const titles = before.length ? [] : ctx.mentions.filter((m) => m.entityType === 'office' && m.tokenEnd <= (country ? country.tokenStart : i) && bare(m));
    const titleOffices = new Set(titles.map((m) => m.entityId));
    if (titleOffices.size > 1) continue;
    const others = before.length ? before : titles.length ? [] : ctx.lastPerson && ctx.lastPerson !== joined ? [ctx.lastPerson] : joined ? [] : all;
    const posts = titles.length ? [{ office: titles[0]!.entityId, of: '' }] : others.map((o) => ctx.postOf(o, ctx.date!));
    if (posts.length === 0 || posts.some((p) => !p) || new Set(posts.map((p) => p!.office)).size !== 1) continue;
    const post = posts[0]!;
    // A counterpart is of another country: one measured against someone of the counterpart's own
    // country ("…the foreign minister Saidov. His Uzbek counterpart Mirziyoyev") is the wrong one.
    if (country && posts.some((p) => p!.of === country!.entityId)) continue;
    const start = ctx.tokens[country && country.tokenStart < i ? country.tokenStart : i]!.start;
    out.push({
      kind: 'office',
      person: person.entityId,
      ...(person.alternatives.length ? { alternatives: person.alternatives } : {}),
      personSpan: person.span,
      office: post.office,
      officeSpan: { start: ctx.tokens[i]!.start, end: ctx.tokens[i + n - 1]!.end },
      of: country?.entityId,
      ofSpan: country?.span,
      tense: 'current',
      at: ctx.date,
      via: 'apposition',
      span: { start, end: person.span.end },
      sentence: ctx.sentence,
      lang: ctx.lang,
    });
  }
  return out;
}
