import { describe, expect, it } from 'vitest';
import { detectLanguage, langFromFileName } from '../../src/document/detect-lang.js';

describe('langFromFileName', () => {
  it('reads ISO 639-1 suffixes before the extension', () => {
    expect(langFromFileName('articles/talks.ru.md')).toBe('ru');
    expect(langFromFileName('C:\\news\\treffen.DE.txt')).toBe('de');
    expect(langFromFileName('x/berita.id.md')).toBe('id');
  });
  it('ignores names without a language part', () => {
    expect(langFromFileName('talks.md')).toBeUndefined();
    expect(langFromFileName('notes.md.txt')).toBeUndefined();
    expect(langFromFileName('report.old.md')).toBeUndefined();
    expect(langFromFileName('ru')).toBeUndefined();
  });
});

describe('detectLanguage', () => {
  it('reads Cyrillic text as Russian', () => {
    expect(detectLanguage('Министры двух стран встретились в четверг и обсудили торговлю.')).toBe('ru');
  });
  it('tells English, German and Indonesian apart by function words', () => {
    expect(detectLanguage('The ministers of the two states met on Thursday and agreed that trade is growing.')).toBe('en');
    expect(detectLanguage('Die Minister der beiden Staaten trafen sich und sagten, der Handel ist nicht gesunken.')).toBe('de');
    expect(detectLanguage('Para menteri dari kedua negara bertemu di Jakarta dan mengatakan bahwa perdagangan ini tumbuh dengan baik.')).toBe('id');
  });
  it('does not guess on short or name-only text', () => {
    expect(detectLanguage('Putin, Japarov')).toBeUndefined();
    expect(detectLanguage('Vladimir Putin Sadyr Japarov Bishkek Moscow Tashkent Astana')).toBeUndefined();
    expect(detectLanguage('')).toBeUndefined();
  });
  it('starts at the given offset (skipping front matter)', () => {
    const text = 'title: the and of the is\n---\nМинистры двух стран встретились в четверг.';
    expect(detectLanguage(text, text.indexOf('М'))).toBe('ru');
  });
});
