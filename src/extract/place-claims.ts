// Place claims: "X in Y", where X is a thing or event the fact set locates (named, or referred
// to by its head noun) and Y a country, region or city.
import type { Lang, Span } from '../types.js';
import { perLanguage } from '../language/pack.js';
import { articleWordsOf, grammarOf } from './grammar.js';
import type { NameMatch } from './names.js';
import { foldWord, type Token } from './tokens.js';

export interface PlaceClaim {
  kind: 'place';
  subject: string;
  place: string;
  span: Span;
  placeSpan: Span;
  lang: Lang;
}

const PLACE_TYPES = new Set(['country', 'region', 'city']);

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
}

export function extractPlaceClaims(ctx: PlaceContext): PlaceClaim[] {
  const out: PlaceClaim[] = [];
  const keys = ctx.tokens.map((t) => t.key);
  const articles = articleWordsOf(ctx.lang);
  const byStart = new Map<number, NameMatch>();
  for (const m of ctx.mentions) if (!byStart.has(m.tokenStart)) byStart.set(m.tokenStart, m);
  const named = ctx.mentions.filter((m) => !PLACE_TYPES.has(m.entityType) && ctx.locatable(m.entityId));
  // A head inside a name of its own entity ("summit" in "CIS summit") is that name again.
  const heads = ctx.heads.filter((h) => !named.some((m) => m.entityId === h.entityId && m.span.start <= h.span.start && m.span.end >= h.span.end));
  const seen = new Set<string>();
  for (const x of [...named, ...heads]) {
    for (const cue of cuesOf(ctx.lang)) {
      if (!cue.every((w, i) => keys[x.tokenEnd + i] === w)) continue;
      let j = x.tokenEnd + cue.length;
      while (j < keys.length && articles.has(keys[j]!)) j++;
      const y = byStart.get(j);
      if (y && PLACE_TYPES.has(y.entityType) && y.form === 'name' && y.entityId !== x.entityId && !seen.has(`${x.entityId}\u0000${y.entityId}\u0000${y.span.start}`)) {
        seen.add(`${x.entityId}\u0000${y.entityId}\u0000${y.span.start}`);
        out.push({ kind: 'place', subject: x.entityId, place: y.entityId, span: { start: x.span.start, end: y.span.end }, placeSpan: y.span, lang: ctx.lang });
      }
      break;
    }
  }
  return out;
}
