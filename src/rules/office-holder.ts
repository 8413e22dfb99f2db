// office-holder: a person given a post they did not hold at the time the clause speaks of.
// Open world: silence is not a contradiction. A claim "X, post of C" is contradicted only when,
// at every time the clause may mean, the fact set knows the post was someone else's (its holders
// cover that time) or X held posts of another country then (a president of Kyrgyzstan is not
// president of Russia). A person or post the set knows too little of leaves the claim unverifiable.
import type { FactIndex } from '../facts/index.js';
import { verified, unverifiable, type OfficeTime, type Outcome, type Window } from '../claims/frame.js';
import type { Finding } from '../checks/finding.js';
import type { IndexedStatement, OfficeClaim } from '../types.js';
import { displayName } from '../checks/names.js';
import { equivalentOffices, excludes, pluralOffice } from '../checks/office-equivalents.js';
import type { Rule } from './rule.js';
import { addDays } from '../facts/time.js';
import { certainSpan, describeBoundary, possibleSpan } from '../facts/uncertain.js';
import { postOf } from '../facts/posts.js';

const MIN = '0000-01-01';
const MAX = '9999-12-31';
// News of a handover is written around it: the resignation accepted the day after it took effect,
// a report published the morning after. A term that ends or begins this close to the time
// checked leaves the claim open rather than wrong.
const HANDOVER_DAYS = 3;

/** Whether the term may overlap the window (any of its candidate boundary days): enough to support a claim. */
function overlaps(s: IndexedStatement, w: Window): boolean {
  const span = possibleSpan(s);
  return (span.from ?? MIN) <= w.end && (span.to ?? MAX) >= w.start;
}

/** Whether the term overlaps the window whichever candidate day is right: needed to contradict one. */
function certainlyOverlaps(s: IndexedStatement, w: Window): boolean {
  const span = certainSpan(s);
  return (span.from ?? MIN) <= (span.to ?? MAX) && (span.from ?? MIN) <= w.end && (span.to ?? MAX) >= w.start;
}


function describePost(index: FactIndex, office: string, of: string | undefined): string {
  const o = displayName(index, office, 'en', true);
  return of ? `${o} of ${displayName(index, of, 'en')}` : o;
}

function describeTerm(s: IndexedStatement): string {
  const from = s.from ? describeBoundary(s.from, s.fromPrecision, s.fromAlt) : undefined;
  const to = s.to ? describeBoundary(s.to, s.toPrecision, s.toAlt) : undefined;
  if (from && to) return `${from} to ${to}`;
  if (from) return `since ${from}`;
  if (to) return `until ${to}`;
  return 'at all times';
}

/** Whether the terms of `posts`, at their certain days, leave no day of `w` uncovered. */
function covers(posts: IndexedStatement[], w: Window): boolean {
  if (w.start === MIN || w.end === MAX) return false;
  const terms = posts.map(certainSpan).filter((t) => (t.from ?? MIN) <= (t.to ?? MAX)).map((t) => [t.from ?? MIN, t.to ?? MAX] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  let next = w.start;
  for (const [from, to] of terms) {
    if (from > next) return false;
    if (to >= next) next = to === MAX ? MAX : addDays(to, 1);
    if (next > w.end) return true;
  }
  return next > w.end;
}

const isCountry = (index: FactIndex, id: string | undefined) => !!id && index.entity(id)?.type === 'country';

/** The jurisdictions the claim may mean: the one written, else those of the person's posts in the window. */
function jurisdictions(claim: OfficeClaim, posts: IndexedStatement[], w: Window): string[] {
  if (claim.of) return [claim.of];
  const ofs = (list: IndexedStatement[]) => [...new Set(list.map((s) => postOf(s)?.of).filter((x): x is string => !!x))];
  const then = ofs(posts.filter((s) => overlaps(s, w)));
  // Out of office then: the one country the person served in, if there is only one.
  return then.length ? then : ofs(posts);
}

/** Why the window contradicts the claim, or undefined when the fact set cannot say. */
function contradiction(index: FactIndex, claim: OfficeClaim, posts: IndexedStatement[], w: Window, same: Set<string>): string | undefined {
  const ofs = jurisdictions(claim, posts, w);
  if (ofs.length !== 1) return undefined;
  const of = ofs[0]!;
  const holders = [...same].flatMap((o) => index.postsOf(o, of)).filter((s) => s.rank !== 'deprecated' && overlaps(s, w));
  const others = holders.filter((s) => s.subject !== claim.person);
  if (!pluralOffice(claim.office) && others.length > 0 && others.length === holders.length && covers(others, w)) return 'held by someone else';
  const then = posts.filter((s) => s.rank !== 'deprecated' && certainlyOverlaps(s, w));
  // A post that may have been held then, on a disputed day, leaves the claim open.
  if (posts.some((s) => s.rank !== 'deprecated' && overlaps(s, w) && !certainlyOverlaps(s, w))) return undefined;
  if (then.length === 0) return undefined;
  // Posts of another country, or a post of the same country no one holds beside this one.
  if (isCountry(index, of) && then.every((s) => isCountry(index, postOf(s)?.of) && postOf(s)?.of !== of)) return 'held posts of another country';
  if (then.every((s) => postOf(s)?.of === of && excludes(index, postOf(s)!.office, claim.office))) return 'held another post that excludes this one';
  return undefined;
}

/**
 * The country of a post that serves another office's holder ("aide to President X"): the one
 * country where X held that office at the times checked, if the fact set knows exactly one.
 */
function holderCountry(index: FactIndex, holder: NonNullable<OfficeClaim['ofHolder']>, time: OfficeTime): string | undefined {
  const same = equivalentOffices(index, holder.office);
  const ofs = new Set<string>();
  for (const person of [holder.person, ...(holder.alternatives ?? [])]) {
    for (const s of index.heldBy(person)) {
      const p = postOf(s);
      if (p && same.has(p.office) && s.rank !== 'deprecated' && time.windows.some((w) => overlaps(s, w))) ofs.add(p.of);
    }
  }
  return ofs.size === 1 ? [...ofs][0] : undefined;
}

/** Whether some holder of the office holds it for a country (a president), not only for organisations (a secretary general). */
function servesCountries(index: FactIndex, office: string): boolean {
  const same = equivalentOffices(index, office);
  return index.statementsOf('holds-office').some((s) => {
    const p = postOf(s);
    return p !== undefined && same.has(p.office) && index.entity(p.of)?.type === 'country';
  });
}

export function checkOffice(claim: OfficeClaim, time: OfficeTime, index: FactIndex, text: string): Outcome {
  if (claim.of === undefined && claim.ofHolder) {
    const of = holderCountry(index, claim.ofHolder, time);
    const { ofHolder: _, ...rest } = claim;
    return checkOffice(of ? { ...rest, of } : rest, time, index, text);
  }
  // One name after a post and the office it serves ("ajudan Presiden Vladimir Putin"): the served
  // office's holder if the person held it then, else the post's, checked as such.
  if (claim.servedAlternative) {
    const { servedAlternative: inner, ...post } = claim;
    const asInner = checkOffice({ ...post, office: inner }, time, index, text);
    if (asInner.verdict === 'verified') return asInner;
    return checkOffice(post, time, index, text);
  }
  // A name shared by several people: the claim stands if it fits any of them.
  if (claim.alternatives?.length) {
    const outcomes = [claim.person, ...claim.alternatives].map((p) => checkOffice({ ...claim, person: p, alternatives: [] }, time, index, text));
    return outcomes.find((o) => o.verdict === 'verified') ?? outcomes.find((o) => o.verdict === 'unverifiable') ?? outcomes[0]!;
  }
  // "Secretary General X from Kazakhstan": a post of an organisation, the country is X's own.
  if (claim.ofFrom && claim.of !== undefined && !servesCountries(index, claim.office)) {
    const { of: _, ofFrom: __, ...rest } = claim;
    return checkOffice({ ...rest, of: undefined }, time, index, text);
  }
  const posts = index.heldBy(claim.person);
  const person = displayName(index, claim.person, 'en');
  if (posts.length === 0) return unverifiable(`the fact set lists no posts for ${person}`);
  const same = equivalentOffices(index, claim.office);
  const samePost = posts.filter((s) => {
    const p = postOf(s);
    return p && same.has(p.office) && (claim.of === undefined || p.of === claim.of) && s.rank !== 'deprecated';
  });
  const post = describePost(index, claim.office, claim.of);
  // "the new foreign minister X": a term that began lately, not a predecessor's that ended lately.
  const begins = (s: IndexedStatement, slack = 0) => !time.startIn
    || (typeof s.from === 'string' && s.from >= addDays(time.startIn.start, -slack) && s.from <= addDays(time.startIn.end, slack));
  const hit = samePost.find((s) => begins(s) && time.windows.some((w) => overlaps(s, w)));
  // "President since 1994": the term held then began that year (a term right after an acting one counts from the acting one).
  if (hit && claim.since !== undefined) return checkSince(claim, claim.since, hit, samePost, index, person);
  if (hit) return verified(`${person}: ${describePost(index, postOf(hit)!.office, postOf(hit)!.of)} ${describeTerm(hit)}`);
  if (time.loose) return unverifiable('the clause speaks of a time it does not pin down');
  const handover = samePost.find((s) => begins(s, HANDOVER_DAYS) && time.windows.some((w) => overlaps(s, {
    start: w.start === MIN ? MIN : addDays(w.start, -HANDOVER_DAYS),
    end: w.end === MAX ? MAX : addDays(w.end, HANDOVER_DAYS),
  })));
  if (handover) return unverifiable(`${person} was ${describePost(index, postOf(handover)!.office, postOf(handover)!.of)} ${describeTerm(handover)}, within ${HANDOVER_DAYS} days of the time the article speaks of: news of a handover`);
  // "the new foreign minister X" when another's term of that post began lately: the new one is the other.
  if (time.startIn && claim.of !== undefined && !pluralOffice(claim.office)) {
    const newer = [...same].flatMap((o) => index.postsOf(o, claim.of!)).find((s) => s.subject !== claim.person && s.rank !== 'deprecated' && begins(s));
    if (newer) return { verdict: 'contradicted', reason: 'held by someone else', finding: finding(claim, index, text, posts, samePost, time) };
  }
  const why = time.windows.map((w) => contradiction(index, claim, posts, w, same));
  if (why.some((x) => x === undefined)) return unverifiable(`the fact set does not say who was ${post} then`);
  return { verdict: 'contradicted', reason: why[0]!, finding: finding(claim, index, text, posts, samePost, time) };
}

function checkSince(claim: OfficeClaim, since: number, hit: IndexedStatement, terms: IndexedStatement[], index: FactIndex, person: string): Outcome {
  const starts = terms.map((s) => s.from).filter((f): f is string => typeof f === 'string');
  if (starts.some((f) => Number(f.slice(0, 4)) === since)) return verified(`${person}: ${describePost(index, postOf(hit)!.office, postOf(hit)!.of)} ${describeTerm(hit)}`);
  if (!hit.from) return unverifiable(`the fact set does not say when ${person}'s term began`);
  const exact = describePost(index, postOf(hit)!.office, postOf(hit)!.of);
  return {
    verdict: 'contradicted',
    reason: `${person} has been ${exact} since ${hit.from}`,
    finding: {
      ruleId: 'office-holder',
      span: claim.span,
      message: `${person} has been ${exact} since ${hit.from}, not since ${since}`,
      actual: `${person}: ${exact} since ${since}`,
      expected: `${person}: ${exact} ${describeTerm(hit)}`,
      fact: hit,
    },
  };
}

function finding(claim: OfficeClaim, index: FactIndex, text: string, posts: IndexedStatement[], samePost: IndexedStatement[], time?: OfficeTime): Finding {
  const person = displayName(index, claim.person, 'en');
  const post = describePost(index, claim.office, claim.of);
  // A claim of taking up the post is about the day (or the end of the year) the text gives it;
  // "the then president" in a sentence that writes its time is about that time.
  const started = claim.started;
  const at = started ? (started.length === 4 ? `${started}-12-31` : started) : claim.thenAt && time?.windows[0] && time.windows[0].start !== MIN ? time.windows[0].start : claim.at;
  const when = started ? (started.length === 4 ? ` in ${started}` : ` on ${started}`) : at ? ` on ${at}` : '';
  const heldThen = at ? posts.filter((s) => overlaps(s, { start: at, end: at })) : posts;
  const holders = at && claim.of ? index.holdersAt(claim.office, claim.of, at).filter((s) => s.subject !== claim.person) : [];
  let message: string;
  let fact: IndexedStatement | undefined;
  let term: string | undefined;
  const firstDays = samePost.filter((s) => s.from);
  if (started && at && firstDays.length > 0) {
    // The term whose first day is nearest the day written.
    const distance = (s: IndexedStatement) => Math.abs(Date.parse(s.from!) - Date.parse(at));
    const s = firstDays.reduce((a, b) => (distance(b) < distance(a) ? b : a));
    fact = s;
    const exact = describePost(index, claim.office, postOf(s)?.of);
    message = `${person} took office as ${exact} on ${describeBoundary(s.from!, s.fromPrecision, s.fromAlt)}, not${when}`;
    term = `${person}: ${exact} ${describeTerm(s)}`;
  } else if (samePost.length > 0 && at) {
    const s = samePost.reduce((a, b) => ((a.from ?? MIN) > (b.from ?? MIN) ? a : b));
    fact = s;
    const exact = describePost(index, claim.office, postOf(s)?.of);
    // Several terms: the one before the day and the one after it, if the day falls between them
    // (Putin in 2010), or the first one if it falls before them all (Putin in 1999).
    const terms = [...samePost].sort((a, b) => ((a.from ?? MIN) < (b.from ?? MIN) ? -1 : (a.from ?? MIN) > (b.from ?? MIN) ? 1 : 0));
    const next = terms.find((t) => (t.from ?? MIN) > at);
    const prev = [...terms].reverse().find((t) => (t.from ?? MIN) <= at);
    if (terms.length > 1 && next && !prev) {
      fact = next;
      message = `${person} first took office as ${exact} on ${describeBoundary(next.from!, next.fromPrecision, next.fromAlt)}, after ${at}`;
    } else if (terms.length > 1 && next && prev && prev.to && prev.to < at) {
      fact = next;
      message = `${person} was ${exact} ${describeTerm(prev)} and ${describeTerm(next)}, not${when}`;
    } else if ((s.from ?? MIN) > at) message = `${person} took office as ${exact} only on ${describeBoundary(s.from!, s.fromPrecision, s.fromAlt)}, after ${at}`;
    else if (!s.to) message = `${person} has been ${exact} since ${describeBoundary(s.from ?? MIN, s.fromPrecision, s.fromAlt)}${claim.recent ? `: no new holder${when}` : `, not${when}`}`;
    else message = `${person} was ${exact} until ${describeBoundary(s.to, s.toPrecision, s.toAlt)}, not${when}`;
  } else {
    message = `${person} was not ${post}${when}`;
    fact = heldThen[0] ?? posts[0];
  }
  const actualPosts = heldThen.map((s) => {
    const p = postOf(s);
    return p ? `${describePost(index, p.office, p.of)} (${describeTerm(s)})` : '';
  }).filter(Boolean);
  if (actualPosts.length) message += `; the fact set has ${person} as ${actualPosts.join(' and ')}`;
  const holderNames = holders.map((h) => displayName(index, Array.isArray(h.subject) ? h.subject[0]! : h.subject, 'en'));
  if (holderNames.length) message += `; ${post}${when ? ' then' : ''}: ${holderNames.join(', ')}`;
  if (!fact && holders[0]) fact = holders[0];
  return {
    ruleId: 'office-holder',
    span: claim.span,
    message,
    actual: `${person}: ${post}`,
    expected: term ?? (actualPosts.length
      ? `${person}: ${actualPosts.join('; ')}`
      : holderNames.length ? `${post}: ${holderNames.join(', ')}` : `${person}: no such post${when}`),
    ...(fact ? { fact } : {}),
    ...countryFix(claim, index, heldThen, text),
  };
}

/**
 * The one unambiguous correction: the same office of another country, when the article names
 * the country in its dictionary form (so the replacement needs no inflection).
 */
function countryFix(claim: OfficeClaim, index: FactIndex, heldThen: IndexedStatement[], text: string): Pick<Finding, 'fix'> {
  if (!claim.of || !claim.ofSpan || !claim.at) return {};
  const right = heldThen.map(postOf).filter((p) => p && p.office === claim.office && p.of !== claim.of);
  if (right.length !== 1) return {};
  const written = text.slice(claim.ofSpan.start, claim.ofSpan.end);
  const wrongNames = index.entity(claim.of)?.names?.[claim.lang] ?? [];
  if (!wrongNames.some((n) => n === written)) return {};
  const replacement = index.entity(right[0]!.of)?.names?.[claim.lang]?.[0];
  if (!replacement) return {};
  return { fix: { range: [claim.ofSpan.start, claim.ofSpan.end], text: replacement } };
}

/** How far from the article's date a date without its year is still taken to be in the article's year. */
export const NEAR_DAYS = 60;

/** Whether a resolved date lies within NEAR_DAYS of the article's date (its year, when not written, is then a fair guess). */
export function nearArticleDate(resolved: string | undefined, at: string | undefined): boolean {
  return !!resolved && !!at && Math.abs(Date.parse(resolved) - Date.parse(at)) <= NEAR_DAYS * 86_400_000;
}

/** How long before the article's day a "new" holder's term may have begun, and how long after an "incoming" one's may begin. */
const RECENT_DAYS = 366;
const INCOMING_DAYS = 92;

/** The windows an office claim is checked in, from its tense and the times its sentence names. */
export function officeTime(claim: OfficeClaim, years: number[], dates: ReadonlyArray<{ resolved?: string; yearExplicit: boolean }>): OfficeTime {
  const d = claim.at;
  // A date without its year is bound to the article's year only near the article's date; farther
  // off ("after his resignation on 15 October" in a February article) the year is a guess.
  const near = (x: { resolved?: string; yearExplicit: boolean }) => nearArticleDate(x.resolved, d);
  // One window per day, however often the sentence writes it.
  const days = [...new Set(dates.filter((x) => x.resolved && (x.yearExplicit || near(x))).map((x) => x.resolved!))];
  const written: Window[] = [
    ...years.map((y) => ({ start: `${y}-01-01`, end: `${y}-12-31` })),
    ...days.map((day) => ({ start: day, end: day })),
  ];
  const loose = dates.some((x) => !x.yearExplicit && !near(x));
  switch (claim.tense) {
    case 'former':
    case 'then':
      // "In June 2017 the then president X proposed …": the time the sentence writes is the one "then" means.
      if (claim.tense === 'then' && claim.thenAt && written.length) return { windows: written, loose: false };
      return { windows: d ? [{ start: MIN, end: addDays(d, -1) }, ...written] : [{ start: MIN, end: MAX }], loose: false };
    case 'future':
      // "the new foreign minister", "the president-elect": in office within a year of the article's day, either way.
      if (claim.recent && d) {
        const startIn = { start: addDays(d, -RECENT_DAYS), end: addDays(d, INCOMING_DAYS) };
        return { windows: [startIn, ...written], loose: false, startIn };
      }
      return { windows: [{ start: MIN, end: MAX }], loose: false };
    default:
      return { windows: d ? [{ start: d, end: d }, ...written] : written.length ? written : [{ start: MIN, end: MAX }], loose };
  }
}

export const officeHolder: Rule<'office'> = {
  meta: { id: 'office-holder', frame: 'office' },
  check(frame, ctx) {
    return checkOffice(frame.claim, frame.time, ctx.index, ctx.text);
  },
};
