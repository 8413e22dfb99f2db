// Detection data of every language that has rules/lang/<lang>/detect.json, compiled once.
// Adding a language to detection is adding that file: nothing here names a language.
import { FactlintError } from '../errors.js';
import { availableLangs, loadPack } from './pack.js';

/** rules/lang/<lang>/detect.json as written (see rules/schema/detect.schema.json). */
export interface DetectPack {
  scripts: string[];
  alphabet: string;
  words: string[];
  letters?: string[];
  against?: string[];
}

/** A pack ready for scoring: sets instead of lists. */
export interface DetectProfile {
  lang: string;
  scripts: readonly string[];
  alphabet: ReadonlySet<string>;
  words: ReadonlySet<string>;
  letters: ReadonlySet<string>;
  against: ReadonlySet<string>;
}

const SCRIPT_NAME = /^[A-Z][a-z]+$/;

function strings(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** The pack's shape, checked here because a broken list would silently change every verdict. */
function compile(lang: string, raw: unknown): DetectProfile {
  const p = raw as Partial<DetectPack> | undefined;
  const where = `rules/lang/${lang}/detect.json`;
  if (!p || typeof p !== 'object') throw new FactlintError(`${where}: expected an object`);
  if (!strings(p.scripts) || p.scripts.length === 0 || !p.scripts.every((s) => SCRIPT_NAME.test(s))) throw new FactlintError(`${where}#/scripts: expected Unicode script names such as "Latin"`);
  if (typeof p.alphabet !== 'string' || !p.alphabet) throw new FactlintError(`${where}#/alphabet: expected the language's lower-case letters`);
  for (const key of ['words', 'letters', 'against'] as const) {
    if (p[key] !== undefined && !strings(p[key])) throw new FactlintError(`${where}#/${key}: expected a list of strings`);
  }
  if (!p.words?.length) throw new FactlintError(`${where}#/words: expected frequent function words`);
  const norm = (s: string) => s.normalize('NFC').toLowerCase();
  return {
    lang,
    scripts: p.scripts,
    alphabet: new Set([...norm(p.alphabet)]),
    words: new Set(p.words.map(norm)),
    letters: new Set((p.letters ?? []).map(norm)),
    against: new Set((p.against ?? []).map(norm)),
  };
}

let profiles: DetectProfile[] | undefined;

/** Every language's detection profile, sorted by code (so ties are broken the same way each run). */
export function detectProfiles(): readonly DetectProfile[] {
  return (profiles ??= availableLangs('detect').map((lang) => compile(lang, loadPack<unknown>(lang, 'detect'))));
}
