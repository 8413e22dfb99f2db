// "the country's president X", «президент страны X», "Präsident des Landes X", "presiden negara
// itu X": a word for "the country" beside an office stands for the country the sentence named
// before it. It becomes a mention of that country where the office phrase reads its country,
// only when the sentence named exactly one country by name before it, not as another office's:
// with two, which one is a guess. One pass over the mentions: a run-on sentence stays linear.
import type { SentenceAnnotation } from '../annotate/sentence.js';
import type { NameMatch } from './names.js';
import type { Token } from './tokens.js';

export function countryAnaphorMentions(text: string, tokens: readonly Token[], mentions: readonly NameMatch[], annotation: SentenceAnnotation): NameMatch[] {
  const offices = mentions.filter((m) => m.entityType === 'office');
  if (offices.length === 0) return [];
  // Tokens a mention covers, and where countries stand by name, found once.
  const covered = new Uint8Array(tokens.length);
  const countryAt = new Uint8Array(tokens.length + 1);
  for (const m of mentions) {
    for (let t = m.tokenStart; t < m.tokenEnd && t < tokens.length; t++) if (m.entityType !== 'office') covered[t] = 1;
    if (m.entityType === 'country') countryAt[m.tokenStart] = 1;
  }
  // A country right beside an office is that office's ("President of Russia Putin met the president of the republic").
  const besideOffice = new Uint8Array(tokens.length + 2);
  for (const o of offices) {
    for (let t = Math.max(0, o.tokenStart - 2); t <= o.tokenStart; t++) besideOffice[t] = 1;
    for (let t = o.tokenEnd; t <= Math.min(tokens.length, o.tokenEnd + 1); t++) besideOffice[t] = 1;
  }
  // The distinct countries named by name before each office, walked along once: the first, and
  // whether another follows (more say nothing new).
  let first: string | undefined;
  let several = false;
  let k = 0;
  const countries = mentions.filter((m) => m.entityType === 'country' && m.form === 'name');
  const anaphors = new Map<number, { at: number; n: number }>();
  for (const office of offices) {
    // Right after the office ("president of the country", «президент страны»), or ending right
    // before it ("the country's president").
    let at = -1;
    let n = 0;
    for (let i = office.tokenEnd; i <= office.tokenEnd + 1 && i < tokens.length; i++) {
      n = annotation.cue('countryAnaphor', i);
      if (n > 0) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      for (let i = Math.max(0, office.tokenStart - 3); i < office.tokenStart; i++) {
        const len = annotation.cue('countryAnaphor', i);
        if (len > 0 && i + len === office.tokenStart) {
          at = i;
          n = len;
          break;
        }
      }
    }
    if (at < 0) continue;
    let inside = false;
    for (let t = at; t < at + n && !inside; t++) inside = covered[t] === 1;
    // Not a form of state before the country's own name ("der Republik Usbekistan").
    if (inside || countryAt[at + n] === 1) continue;
    anaphors.set(office.tokenStart, { at, n });
  }
  if (anaphors.size === 0) return [];
  const out: NameMatch[] = [];
  for (const office of offices) {
    const a = anaphors.get(office.tokenStart);
    if (!a) continue;
    const limit = Math.min(a.at, office.tokenStart);
    while (k < countries.length && countries[k]!.tokenEnd <= limit) {
      const m = countries[k++]!;
      if (besideOffice[m.tokenStart] || besideOffice[m.tokenEnd]) continue;
      if (first === undefined) first = m.entityId;
      else if (m.entityId !== first) several = true;
    }
    if (first === undefined || several) continue;
    const start = tokens[a.at]!.start;
    const end = tokens[a.at + a.n - 1]!.end;
    out.push({
      entityId: first, entityType: 'country', form: 'name', span: { start, end }, text: text.slice(start, end),
      tokenStart: a.at, tokenEnd: a.at + a.n, tail: '', alternatives: [],
    });
  }
  return out;
}
