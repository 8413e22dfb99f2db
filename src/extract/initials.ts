// Initials written with a person's name: «В. Путина», «С.В.Лаврова», "Sergei K. Shoigu",
// "Nikolay P. Patrushev". Official copy and agencies write them; the name matcher knows names, not
// initials, so a mention began after them and the title before them no longer touched its name
// ("Председателя Правительства РФ В. Путина"). A mention is widened over the initials right before
// it, and over a given name of the same person before those ("Sergei K."). An initial before a bare
// surname is also evidence of who is meant: one that no given name of the person starts with names
// someone else ("А. Жапаров" is not Sadyr), and the mention is dropped, or given to the one of its
// alternatives whose given name it starts.
import type { Entity } from '../types.js';
import type { NameMatch } from './names.js';
import { foldWord, type Token } from './tokens.js';
import { grammarOf } from './grammar.js';

/** At most this many initials before a name («С.В.»). */
const MAX_INITIALS = 2;

/** Whether token k is an initial: one capital letter, a dot right after it. */
function isInitial(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.end - t.start !== 1 || text[t.end] !== '.') return false;
  const c = t.text;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Words of a mention. */
function nameWords(m: NameMatch): number {
  return m.tokenEnd - m.tokenStart;
}

/** Whether only a dot and blanks stand between two positions (after an initial). */
function dotGap(text: string, from: number, to: number): boolean {
  return /^\.[\s\u00a0]*$/u.test(text.slice(from, to));
}

/** Given names of a person in a language: the first words of its names of two words or more. */
export function givenNames(entity: Entity | undefined, lang: string): string[] {
  const out: string[] = [];
  for (const n of entity?.names?.[lang] ?? []) {
    const words = n.trim().split(/\s+/u);
    if (words.length >= 2) out.push(words[0]!);
  }
  return out;
}

/**
 * Mentions with the initials before them taken in (and a given name before those). `entityOf`
 * looks a person up; mentions of other kinds, and persons with no initials before them, are
 * returned as they are (the same object).
 */
export function withInitials(text: string, tokens: readonly Token[], mentions: NameMatch[], lang: string, entityOf: (id: string) => Entity | undefined): NameMatch[] {
  let changed = false;
  const out: NameMatch[] = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!;
    const r = withInitialsOne(text, tokens, m, out[out.length - 1], lang, entityOf);
    if (r !== m) changed = true;
    if (r) out.push(r);
  }
  return changed ? out : mentions;
}

/** One mention with its initials taken in, the same mention when it has none, or undefined when they name someone else. */
function withInitialsOne(text: string, tokens: readonly Token[], m: NameMatch, prev: NameMatch | undefined, lang: string, entityOf: (id: string) => Entity | undefined): NameMatch | undefined {
  if (m.entityType !== 'person' || m.tokenStart === 0 || !isInitial(text, tokens, m.tokenStart - 1)) return m;
  if (!dotGap(text, tokens[m.tokenStart - 1]!.end, tokens[m.tokenStart]!.start)) return m;
  // The initials, nearest first.
  let start = m.tokenStart;
  const letters: string[] = [];
  while (letters.length < MAX_INITIALS && start > 0 && isInitial(text, tokens, start - 1) && dotGap(text, tokens[start - 1]!.end, tokens[start]!.start)) {
    start--;
    letters.unshift(tokens[start]!.text);
  }
  if (prev && prev.tokenEnd > start) return m; // the letters end a mention before
  // "M. Mirzioïev" (Monsieur): an honorific, not the given name's initial; the surname stands.
  if (letters.length === 1 && (grammarOf(lang).honorificInitials ?? []).includes(letters[0]!)) return m;
  // A mention that writes the given name itself ("M. Almazbek Atambaev", "Mme Roza Otounbaeva"):
  // a letter before it is an honorific or another word, not this person's initial.
  if (nameWords(m) >= 2 && givenNames(entityOf(m.entityId), lang).map(foldWord).includes(tokens[m.tokenStart]!.key)) return m;
  const candidates = [m.entityId, ...m.alternatives];
  // "Sergei K. Shoigu": a given name of the person right before the initials, which are then the
  // middle ones. It decides who is meant.
  const before = start - 1;
  const joined = before >= 0 && (!prev || prev.tokenEnd <= before) && /^[\s\u00a0]+$/u.test(text.slice(tokens[before]!.end, tokens[start]!.start));
  const namedBefore = joined ? candidates.filter((id) => givenNames(entityOf(id), lang).map(foldWord).includes(tokens[before]!.key)) : [];
  // "Joseph R. Biden": a capitalised word right before the initials that is no given name of any
  // of them is a given name the fact set lacks, and the initial a middle one: left as it was.
  if (namedBefore.length === 0 && joined && /^\p{Lu}\p{Ll}/u.test(tokens[before]!.text) && tokens[before]!.end - tokens[before]!.start > 1) return m;
  let chosen: string[];
  if (namedBefore.length > 0) {
    chosen = namedBefore;
    start = before;
  } else {
    // «В. Путина»: the first initial is the given name's. No given names known: left open.
    const first = letters[0]!;
    const fits = (id: string): boolean | undefined => {
      const given = givenNames(entityOf(id), lang);
      return given.length === 0 ? undefined : given.some((g) => g.startsWith(first));
    };
    chosen = [...candidates.filter((id) => fits(id) === true), ...candidates.filter((id) => fits(id) === undefined)];
    if (chosen.length === 0) return undefined;
  }
  const [entityId, ...alternatives] = chosen;
  const from = tokens[start]!.start;
  return { ...m, entityId: entityId!, alternatives, span: { start: from, end: m.span.end }, text: text.slice(from, m.span.end), tokenStart: start };
}
