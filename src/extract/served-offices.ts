// Posts that serve the holder of another office: "aide to the president", "помощник президента",
// "Berater des Präsidenten", "conseiller du président", "ajudan presiden", "президенттин жардамчысы".
// Such an office phrase names two posts, and a name right after the inner (served) office is that
// office's holder: in "помощник президента Владимира Путина Юрий Ушаков" Putin is the president
// and Ushakov the aide. This module finds the phrases among a sentence's mentions and gives the
// outer office's mention its `innerOffice`; office-claims.ts decides who holds which.
//
// Which posts serve which office is read from the fact set's office names (an aide's name that
// holds the president's office name: "aide to the president"); how a language joins the two (a
// linking word, a case ending, mere position, a possessive before the post's own word) is grammar
// data (rules/lang/<lang>/grammar.json "servedOffice"). The phrase is found where the text writes
// the post's name whole ("помощник президента"), with words the name lacks ("aide to President",
// "Berater von Präsident", "помощник российского президента"), and where the post's own word is a
// fact-set office of its own followed by the served office ("aide" + "to President").
import type { Entity } from '../types.js';
import { perLanguage } from '../language/pack.js';
import { articleWordsOf, grammarOf, inflectionOf } from './grammar.js';
import type { NameMatch, NameMatcher } from './names.js';
import { foldWord, onlySpaceBetween, splitElisions, tokenize, type Token } from './tokens.js';

interface ServedGrammar {
  /** Words of the linking phrases ("to", "von", "de la"), folded. */
  links: ReadonlySet<string>;
  adjacent: 'inflected' | 'any' | undefined;
  headAfter: boolean;
  nameCase: boolean;
  titleCase: boolean;
  /** Words that may stand between the post's word and the served office besides links: articles and qualifiers. */
  fillers: ReadonlySet<string>;
}

export const servedGrammarOf = perLanguage((lang): ServedGrammar | undefined => {
  const g = grammarOf(lang);
  const s = g.servedOffice;
  if (!s) return undefined;
  const words = (list: readonly string[]) => list.flatMap((x) => foldWord(x).split(/\s+/u)).filter(Boolean);
  const q = g.qualifiers;
  return {
    links: new Set(words(s.links ?? [])),
    adjacent: s.adjacent,
    headAfter: s.headAfter === true,
    nameCase: s.nameCase === true,
    titleCase: s.titleCase === true,
    fillers: new Set([...articleWordsOf(lang), ...words([...q.former, ...q.then, ...q.acting, ...q.future])]),
  };
});

/** One post that serves an office, from a fact-set name: its own words (as stems) and the office served. */
interface ServedPost {
  outer: string;
  inner: string;
  /** Stems of the post's own words, in text order ("помощник", "aide"). */
  head: string[];
  /** The ending each of those words has in the name after its stem (the dictionary form's). */
  headBase: string[];
}

export interface ServedTable {
  byInner: Map<string, ServedPost[]>;
  byOuter: Map<string, ServedPost[]>;
  size: number;
}

const EMPTY: ServedTable = { byInner: new Map(), byOuter: new Map(), size: 0 };

function add(map: Map<string, ServedPost[]>, key: string, post: ServedPost): void {
  const list = map.get(key);
  if (list) list.push(post);
  else map.set(key, [post]);
}

/**
 * The posts among the fact set's offices whose name, in `lang`, holds another office's name in
 * the served form: "aide to the president" (a link), "помощник президента" (the president's
 * name inflected), "ajudan presiden" (position), "президенттин жардамчысы" (served office first).
 */
export function servedTable(offices: Iterable<Entity>, matcher: NameMatcher, lang: string): ServedTable {
  const g = servedGrammarOf(lang);
  if (!g) return EMPTY;
  const inflection = inflectionOf(lang);
  const elisions = grammarOf(lang).elisions ?? [];
  const table: ServedTable = { byInner: new Map(), byOuter: new Map(), size: 0 };
  for (const e of offices) {
    for (const name of e.names?.[lang] ?? []) {
      const tokens = splitElisions(tokenize(name), name, elisions);
      if (tokens.length < 2) continue;
      let inner: NameMatch | undefined;
      let head: Token[];
      if (g.headAfter) {
        // The served office first, with its possessive ending, then the post's own words.
        inner = matcher.find(name, tokens.slice(0, -1)).find((m) => m.entityType === 'office' && m.tokenStart === 0 && m.entityId !== e.id);
        if (!inner || !inner.inflected) continue;
        head = tokens.slice(inner.tokenEnd);
      } else {
        // The post's own words first, then links and articles, then the served office to the end.
        const found = matcher.find(name, tokens.slice(1)).find((m) => m.entityType === 'office' && m.tokenEnd === tokens.length - 1 && m.entityId !== e.id);
        if (!found) continue;
        const start = found.tokenStart + 1;
        let h = 0;
        while (h < start && !g.links.has(tokens[h]!.key) && !g.fillers.has(tokens[h]!.key)) h++;
        const between = tokens.slice(h, start);
        if (h === 0 || !between.every((t) => g.links.has(t.key) || g.fillers.has(t.key))) continue;
        const linked = between.some((t) => g.links.has(t.key));
        // "вице-президент", "Wakil-…": a hyphen makes one word of the two, not a post and its office.
        const spaced = onlySpaceBetween(name, tokens[h - 1]!.end, tokens[h]!.start);
        if (!linked && !(spaced && (g.adjacent === 'any' || (g.adjacent === 'inflected' && found.inflected)))) continue;
        inner = found;
        head = tokens.slice(0, h);
      }
      if (head.length === 0) continue;
      const stems = head.map((t) => inflection.stem(t.key));
      const post: ServedPost = { outer: e.id, inner: inner.entityId, head: stems, headBase: head.map((t, i) => t.key.slice(stems[i]!.length)) };
      add(table.byInner, post.inner, post);
      add(table.byOuter, post.outer, post);
      table.size++;
    }
  }
  return table;
}

/** Whether text token `t` is a form of the post word with stem `stem`; its ending, or undefined. */
function formOf(t: Token, stem: string, lang: string): string | undefined {
  if (!t.key.startsWith(stem)) return undefined;
  const tail = t.key.slice(stem.length);
  return inflectionOf(lang).allows(tail) ? tail : undefined;
}

/** Whether tokens [at, at + head.length) are the post's words, joined by blanks; whether one is inflected. */
function headAt(text: string, tokens: readonly Token[], at: number, post: ServedPost, lang: string): { inflected: boolean; tail: string } | undefined {
  if (at < 0) return undefined;
  let inflected = false;
  let tail = '';
  for (let i = 0; i < post.head.length; i++) {
    const t = tokens[at + i];
    if (!t) return undefined;
    if (i > 0 && !onlySpaceBetween(text, tokens[at + i - 1]!.end, t.start) && !/^[-‐‑]$/u.test(text.slice(tokens[at + i - 1]!.end, t.start))) return undefined;
    const f = formOf(t, post.head[i]!, lang);
    if (f === undefined) return undefined;
    if (f !== post.headBase[i]) inflected = true;
    tail = f;
  }
  return { inflected, tail };
}

/**
 * The mentions of a sentence with served-office phrases marked: an outer office's mention gets
 * `innerOffice`, and covers the served office (and a country adjective between, as `inner`).
 * In a language that puts the post's word after the served office and its holder ("Президент
 * Владимир Путиндин жардамчысы"), the post's word becomes an office mention of its own after the
 * holder, and the served office stays as it is.
 */
export function withServedOffices(text: string, tokens: Token[], mentions: NameMatch[], lang: string, matcher: NameMatcher, table: ServedTable): NameMatch[] {
  if (table.size === 0) return mentions;
  const g = servedGrammarOf(lang);
  if (!g) return mentions;
  if (!mentions.some((m) => m.entityType === 'office')) return mentions;
  return g.headAfter ? headAfter(text, tokens, mentions, lang, table) : headFirst(text, tokens, mentions, lang, matcher, table, g);
}

function postsServing(table: ServedTable, m: NameMatch): ServedPost[] {
  const own = table.byInner.get(m.entityId) ?? [];
  if (m.alternatives.length === 0) return own;
  return [...own, ...m.alternatives.flatMap((a) => table.byInner.get(a) ?? [])];
}

function headFirst(text: string, tokens: Token[], mentions: NameMatch[], lang: string, matcher: NameMatcher, table: ServedTable, g: ServedGrammar): NameMatch[] {
  // Mentions replaced and added, applied once at the end: a sentence of thousands of phrases
  // (a list run on without a full stop) must not be filtered and sorted per phrase.
  const dropped = new Set<NameMatch>();
  const put: NameMatch[] = [];
  // The post's name written whole: "помощник президента", "conseiller du président", "ajudan presiden".
  for (const o of mentions) {
    if (o.entityType !== 'office' || o.form !== 'name' || o.innerOffice || o.tokenEnd - o.tokenStart < 2) continue;
    const posts = table.byOuter.get(o.entityId);
    if (!posts) continue;
    for (const post of posts) {
      const h = headAt(text, tokens, o.tokenStart, post, lang);
      if (!h) continue;
      let start = o.tokenStart + post.head.length;
      while (start < o.tokenEnd && (g.links.has(tokens[start]!.key) || g.fillers.has(tokens[start]!.key))) start++;
      if (start >= o.tokenEnd) continue;
      const inner = matcher.find(text, tokens.slice(start, o.tokenEnd)).find((m) => m.entityType === 'office' && m.tokenStart === 0 && m.tokenEnd === o.tokenEnd - start
        && (m.entityId === post.inner || m.alternatives.includes(post.inner)));
      if (!inner) continue;
      dropped.add(o);
      put.push({ ...o, inflected: h.inflected, innerOffice: shifted(inner, start, tokens, text) });
      break;
    }
  }
  // The served office written on its own, after the post's words or the post's own office mention,
  // with links, articles, qualifiers or a country adjective between: "aide to President",
  // "Berater von Präsident", "помощник российского президента", "Kremlin aide to President".
  let endingAt: Map<number, NameMatch[]> | undefined;
  let covered: Uint8Array | undefined;
  for (const inner of mentions) {
    if (inner.entityType !== 'office' || inner.form !== 'name' || dropped.has(inner)) continue;
    if (!endingAt) {
      // Built on the first office met: by where each mention ends, and which tokens a name covers.
      endingAt = new Map();
      covered = new Uint8Array(tokens.length);
      for (const m of mentions) {
        const list = endingAt.get(m.tokenEnd);
        if (list) list.push(m);
        else endingAt.set(m.tokenEnd, [m]);
        for (let t = m.tokenStart; t < m.tokenEnd && t < tokens.length; t++) covered[t] = 1;
      }
    }
    let j = inner.tokenStart;
    let linked = false;
    let adjective: NameMatch | undefined;
    for (let guard = 0; guard < 6 && j > 0; guard++) {
      const prev = tokens[j - 1]!;
      if (!onlySpaceBetween(text, prev.end, tokens[j]!.start) && !(prev.end === tokens[j]!.start && /['’]$/u.test(prev.text))) break;
      if (g.links.has(prev.key)) {
        linked = true;
        j--;
        continue;
      }
      if (g.fillers.has(prev.key)) {
        j--;
        continue;
      }
      const adj = adjective ? undefined : endingAt.get(j)?.find((m) => m.form === 'adjective' && m.entityType === 'country' && !dropped.has(m));
      if (adj) {
        adjective = adj;
        j = adj.tokenStart;
        continue;
      }
      break;
    }
    if (j === 0 || (j === inner.tokenStart && !g.adjacent)) continue;
    // The words before must touch the phrase with blanks only ("вице-президент" is one word).
    if (!onlySpaceBetween(text, tokens[j - 1]!.end, tokens[j]!.start)) continue;
    if (!linked && !(g.adjacent === 'any' || (g.adjacent === 'inflected' && inner.inflected))) continue;
    // The post is a fact-set office of its own right before, one the fact set names as serving
    // this office: "aide" + "to President" (not "под председательством президента": a chair
    // is not the president's).
    const serves = (o: NameMatch) => (table.byOuter.get(o.entityId) ?? []).some((x) => x.inner === inner.entityId || inner.alternatives.includes(x.inner));
    const own = endingAt.get(j)?.find((m) => m.entityType === 'office' && m.form === 'name' && !m.innerOffice && !dropped.has(m) && m.entityId !== inner.entityId && serves(m));
    let phrase: NameMatch | undefined;
    if (own) {
      phrase = { ...own, tokenEnd: inner.tokenEnd, span: { start: own.span.start, end: inner.span.end }, text: text.slice(own.span.start, inner.span.end), innerOffice: inner, ...(adjective ? { inner: adjective } : {}) };
    } else {
      // The post's words, when the fact set names this office served by such a post.
      for (const post of postsServing(table, inner)) {
        const at = j - post.head.length;
        const h = headAt(text, tokens, at, post, lang);
        if (!h) continue;
        // A name's mention there is something else ("Lavrov aide" is not a post's word).
        let named = false;
        for (let t = at; t < j && !named; t++) named = covered![t] === 1;
        if (named) continue;
        const first = tokens[at]!;
        phrase = {
          entityId: post.outer, entityType: 'office', form: 'name', span: { start: first.start, end: inner.span.end },
          text: text.slice(first.start, inner.span.end), tokenStart: at, tokenEnd: inner.tokenEnd, tail: h.tail, alternatives: [],
          inflected: h.inflected, innerOffice: inner, ...(adjective ? { inner: adjective } : {}),
        };
        break;
      }
    }
    if (!phrase) continue;
    dropped.add(inner);
    if (own) dropped.add(own);
    if (adjective) dropped.add(adjective);
    put.push(phrase);
  }
  if (put.length === 0) return mentions;
  return [...mentions.filter((m) => !dropped.has(m)), ...put].sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
}

/** A mention found in a slice of the sentence's tokens, put back at its place in the sentence. */
function shifted(m: NameMatch, offset: number, tokens: readonly Token[], text: string): NameMatch {
  const start = m.tokenStart + offset;
  const end = m.tokenEnd + offset;
  return { ...m, tokenStart: start, tokenEnd: end, span: { start: tokens[start]!.start, end: tokens[end - 1]!.end }, text: text.slice(tokens[start]!.start, tokens[end - 1]!.end) };
}

/**
 * Head-final languages: the served office, its holder with a possessive ending, then the post's
 * word: «Президент Владимир Путиндин жардамчысы Юрий Ушаков». The post's word becomes an office
 * mention whose `innerOffice` is the served office before it.
 */
function headAfter(text: string, tokens: Token[], mentions: NameMatch[], lang: string, table: ServedTable): NameMatch[] {
  const possessive = grammarOf(lang).possessive ?? [];
  let out: NameMatch[] | undefined;
  let starts: Set<number> | undefined;
  for (let k = 0; k < mentions.length; k++) {
    const inner = mentions[k]!;
    if (inner.entityType !== 'office' || inner.form !== 'name') continue;
    const holder = mentions[k + 1];
    if (!holder || holder.entityType !== 'person' || !possessive.includes(holder.tail) || !onlySpaceBetween(text, inner.span.end, holder.span.start)) continue;
    const at = holder.tokenEnd;
    if (!tokens[at] || !onlySpaceBetween(text, holder.span.end, tokens[at]!.start)) continue;
    starts ??= new Set(mentions.map((m) => m.tokenStart));
    if (starts.has(at)) continue;
    for (const post of postsServing(table, inner)) {
      const h = headAt(text, tokens, at, post, lang);
      if (!h) continue;
      const end = at + post.head.length;
      const put: NameMatch = {
        entityId: post.outer, entityType: 'office', form: 'name', span: { start: tokens[at]!.start, end: tokens[end - 1]!.end },
        text: text.slice(tokens[at]!.start, tokens[end - 1]!.end), tokenStart: at, tokenEnd: end, tail: h.tail, alternatives: [],
        inflected: h.inflected, innerOffice: inner,
      };
      out ??= mentions.slice();
      out.push(put);
      break;
    }
  }
  return out ? out.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end) : mentions;
}
