// rules/lang/<lang>/detect.json: valid, consistent, and the only place detection learns a
// language from — a language is added to detection by adding its file.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { availableLangs, loadPack } from '../../src/language/pack.js';
import type { DetectPack } from '../../src/language/detect-pack.js';
import { UNSUPPORTED } from '../document/lang-samples.js';

const schema = JSON.parse(readFileSync(new URL('../../rules/schema/detect.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020.default({ allErrors: true }).compile(schema);
const packs = () => availableLangs('detect').map((lang) => [lang, loadPack<DetectPack>(lang, 'detect')!] as const);

describe('detect.json', () => {
  it('exists for every language factlint reads and the coming ones', () => {
    expect(availableLangs('detect')).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr', 'id', 'ky', 'ru']));
    for (const lang of availableLangs('grammar')) expect(availableLangs('detect'), lang).toContain(lang);
  });

  it('every detect.json matches its schema, and the schema rejects a malformed one', () => {
    for (const [lang, pack] of packs()) expect(validate(pack), `${lang}: ${JSON.stringify(validate.errors)}`).toBe(true);
    const words = Array.from({ length: 30 }, (_, i) => `w${'a'.repeat(i + 1)}`.slice(1));
    expect(validate({ scripts: ['Latin'], alphabet: 'abcdefghijklmnopqrstuvwxyz', words })).toBe(true);
    expect(validate({ scripts: ['Latn'], alphabet: 'abcdefghijklmnopqrstuvwxyz', words })).toBe(false);
    expect(validate({ scripts: ['Latin'], alphabet: 'abcdefghijklmnopqrstuvwxyz', words: ['The', ...words] })).toBe(false);
    expect(validate({ scripts: ['Latin'], alphabet: 'abcdefghijklmnopqrstuvwxyz', words, letters: ['ñn'] })).toBe(false);
  });

  it("words, marking letters and close-language words are written in the language's script; its own words in its alphabet", () => {
    for (const [lang, pack] of packs()) {
      const script = new RegExp(`^(?:${pack.scripts.map((s) => `\\p{Script=${s}}`).join('|')})+$`, 'u');
      const alphabet = new Set(pack.alphabet);
      for (const w of [...pack.words, ...(pack.against ?? [])]) expect(w, `${lang}: "${w}"`).toMatch(script);
      for (const w of pack.words) for (const ch of w) expect(alphabet.has(ch), `${lang}: "${w}" has "${ch}"`).toBe(true);
      for (const ch of pack.letters ?? []) expect(alphabet.has(ch), `${lang}: letter "${ch}"`).toBe(true);
    }
  });

  it("a close language's word is never also the language's own", () => {
    for (const [lang, pack] of packs()) {
      const own = new Set(pack.words);
      expect((pack.against ?? []).filter((w) => own.has(w)), lang).toEqual([]);
    }
  });
});

describe('adding a language to detection is adding data', () => {
  afterEach(() => {
    vi.doUnmock('../../src/language/pack.js');
    vi.resetModules();
  });

  it('an Italian detect.json makes Italian text Italian, without a line of code', async () => {
    const text = UNSUPPORTED.it!;
    vi.resetModules();
    expect((await import('../../src/document/detect-lang.js')).detectLanguage(text)).toBeUndefined();

    const italian: DetectPack = {
      scripts: ['Latin'],
      alphabet: 'abcdefghijklmnopqrstuvwxyzàèéìíîòóùú',
      words: 'il lo la i gli le di del dello della dei degli delle a al allo alla ai da dal in nel nella con su per tra fra e è che un una non si sono ha hanno anche come più ma o se questo questa dopo secondo entro'.split(' '),
    };
    vi.resetModules();
    vi.doMock('../../src/language/pack.js', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../src/language/pack.js')>();
      return {
        ...real,
        availableLangs: (topic: string) => (topic === 'detect' ? [...real.availableLangs(topic), 'it'].sort() : real.availableLangs(topic)),
        loadPack: <T>(lang: string, topic: string) => (lang === 'it' && topic === 'detect' ? (italian as T) : real.loadPack<T>(lang, topic)),
      };
    });
    const { detectLanguage } = await import('../../src/document/detect-lang.js');
    expect(detectLanguage(text)).toBe('it');
    // The other languages keep their verdicts.
    expect(detectLanguage('Los ministros se reunieron el martes en Astaná para hablar del comercio y del suministro de agua.')).toBe('es');
  });
});
