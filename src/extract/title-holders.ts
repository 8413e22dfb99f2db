// A title standing for its holder as the subject of a figure: "Das Staatsoberhaupt von
// Tadschikistan hat die Wahl mit 90,1 Prozent gewonnen", "Tajikistan's president won 90.1%", or,
// after the article named him, "The president received 70.1% of the vote". The holder on the
// article's day is who the title means, when the fact set knows exactly one; the figure is then
// checked as that person's. Only for figures: an office claim needs a name written.
import type { NameMatch } from './names.js';
import { near } from './near.js';
import type { Token } from './tokens.js';

export interface TitleHolderContext {
  tokens: readonly Token[];
  mentions: readonly NameMatch[];
  /** Articles and joiners that may stand between a title and its country ("of the", "von"). */
  linkWords: ReadonlySet<string>;
  /** People holding the post (office of a country) on the article's day. */
  holders: (office: string, of: string) => string[];
  /** People the article named so far who held the office (of any country) on its day. */
  namedHolders: (office: string) => string[];
}

const PERSON_NEAR = 3;
/** A title opening a sentence has at most a few words (articles, its country) before it. */
const OPENING_REACH = 8;

/** The sentence's mentions with a person added at each title that stands for its one holder. */
export function withTitleHolders(ctx: TitleHolderContext): NameMatch[] {
  const { tokens, mentions } = ctx;
  let out: NameMatch[] | undefined;
  for (const m of mentions) {
    if (m.entityType !== 'office' || m.form !== 'name') continue;
    // The title opens the sentence, articles and its country alone before it: the sentence's
    // subject. Elsewhere an office word is often part of another noun ("Pemilihan presiden", "the
    // presidential vote") or a rule's ("a candidate with more than 50% is declared president").
    if (!opens(m)) continue;
    // A name beside the title is its holder, written: an office claim, not a stand-in.
    if (near(mentions, m.span).some((p) => p.entityType === 'person' && ((p.tokenStart >= m.tokenEnd && p.tokenStart - m.tokenEnd <= PERSON_NEAR) || (p.tokenEnd <= m.tokenStart && m.tokenStart - p.tokenEnd <= PERSON_NEAR)))) continue;
    const country = m.impliedOf ?? countryOf(m, ctx);
    const people = country ? ctx.holders(m.entityId, country) : ctx.namedHolders(m.entityId);
    if (new Set(people).size !== 1) continue;
    (out ??= [...mentions]).push({ ...m, entityId: people[0]!, entityType: 'person', alternatives: [] });
  }
  return out ? out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end) : (mentions as NameMatch[]);

  function opens(m: NameMatch): boolean {
    if (m.tokenStart > OPENING_REACH) return false;
    for (let k = 0; k < m.tokenStart; k++) {
      if (ctx.linkWords.has(tokens[k]!.key)) continue;
      const country = near(mentions, m.span).find((x) => x.entityType === 'country' && x.tokenStart <= k && x.tokenEnd > k);
      if (!country) return false;
      k = country.tokenEnd - 1;
    }
    return true;
  }

  function countryOf(m: NameMatch, c: TitleHolderContext): string | undefined {
    // "Tajik president", "Tajikistan's president": the country right before.
    const before = near(c.mentions, m.span).find((x) => x.entityType === 'country' && x.tokenEnd === m.tokenStart);
    if (before) return before.entityId;
    // "president of Tajikistan", "Staatsoberhaupt von Tadschikistan", «президент Таджикистана».
    let k = m.tokenEnd;
    while (k < tokens.length && k - m.tokenEnd < 2 && c.linkWords.has(tokens[k]!.key)) k++;
    return near(c.mentions, m.span).find((x) => x.entityType === 'country' && x.form === 'name' && x.tokenStart === k)?.entityId;
  }
}
