// "the country's president X", «президент страны X», "Präsident des Landes X", "presiden negara
// itu X": a word for "the country" beside an office stands for the country the sentence named
// before it. It becomes a mention of that country where the office phrase reads its country,
// only when the sentence named exactly one country by name before it, not as another office's:
// with two, which one is a guess.
import type { SentenceAnnotation } from '../annotate/sentence.js';
import type { NameMatch } from './names.js';
import type { Token } from './tokens.js';

export function countryAnaphorMentions(text: string, tokens: readonly Token[], mentions: readonly NameMatch[], annotation: SentenceAnnotation): NameMatch[] {
  const offices = mentions.filter((m) => m.entityType === 'office');
  if (offices.length === 0) return [];
  const out: NameMatch[] = [];
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
    // Not a form of state before the country's own name ("der Republik Usbekistan").
    if (at < 0 || mentions.some((m) => (m.tokenStart < at + n && at < m.tokenEnd && m.entityType !== 'office') || (m.tokenStart === at + n && m.entityType === 'country'))) continue;
    // Countries named by name ("a Russian base in the south of Kyrgyzstan": Kyrgyzstan; "the
    // Russian minister will meet the president of the republic": not Russia), and not another
    // office's ("President of Russia Putin met the president of the republic").
    const ofOffice = (m: NameMatch) => offices.some((o) => o !== office && (Math.abs(o.tokenEnd - m.tokenStart) <= 1 || Math.abs(m.tokenEnd - o.tokenStart) <= 1));
    const countries = new Set(mentions.filter((m) => m.entityType === 'country' && m.form === 'name' && m.tokenEnd <= Math.min(at, office.tokenStart) && !ofOffice(m)).map((m) => m.entityId));
    if (countries.size !== 1) continue;
    const start = tokens[at]!.start;
    const end = tokens[at + n - 1]!.end;
    out.push({
      entityId: [...countries][0]!, entityType: 'country', form: 'name', span: { start, end }, text: text.slice(start, end),
      tokenStart: at, tokenEnd: at + n, tail: '', alternatives: [],
    });
  }
  return out;
}
