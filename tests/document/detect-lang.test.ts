import { describe, expect, it } from 'vitest';
import { detect, detectLanguage, langFromFileName } from '../../src/document/detect-lang.js';
import { NEIGHBOURS, SUPPORTED, UNSUPPORTED } from './lang-samples.js';

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

const sentences = (text: string) => text.split(/(?<=\.)\s+/u);

describe('detectLanguage: the languages with detection data', () => {
  it('reads Cyrillic text as Russian', () => {
    expect(detectLanguage('Министры двух стран встретились в четверг и обсудили торговлю.')).toBe('ru');
  });
  it('tells English, German and Indonesian apart by function words', () => {
    expect(detectLanguage('The ministers of the two states met on Thursday and agreed that trade is growing.')).toBe('en');
    expect(detectLanguage('Die Minister der beiden Staaten trafen sich und sagten, der Handel ist nicht gesunken.')).toBe('de');
    expect(detectLanguage('Para menteri dari kedua negara bertemu di Jakarta dan mengatakan bahwa perdagangan ini tumbuh dengan baik.')).toBe('id');
  });

  it.each(Object.entries(SUPPORTED))('%s: the paragraph and each of its sentences', (lang, text) => {
    expect(detect(text)).toEqual({ lang });
    for (const s of sentences(text)) expect(detectLanguage(s), s).toBe(lang);
  });

  it('tells Kyrgyz from Russian: ө ү ң and Kyrgyz function words, not the shared Cyrillic', () => {
    expect(detectLanguage(SUPPORTED.ky!)).toBe('ky');
    expect(detectLanguage(SUPPORTED.ru!)).toBe('ru');
    // A Kyrgyz name in a Russian article is capitalised, not evidence against Russian.
    expect(detectLanguage('Депутаты Жогорку Кенеша собрались в понедельник и обсудили бюджет, который был принят в прошлом году.')).toBe('ru');
  });

  it('keeps names and a borrowed word from ruling a language out', () => {
    expect(detectLanguage('Presidents Vladimir Putin and Recep Tayyip Erdoğan met Kassym-Jomart Tokayev in Astana on Monday, the Kremlin said.')).toBe('en');
    expect(detectLanguage('The delegation met in a café near the ministry and said that the talks were over.')).toBe('en');
  });
});

describe('detectLanguage: knows what it does not know', () => {
  it.each(Object.entries(UNSUPPORTED))('%s: not read as any language factlint knows', (_code, text) => {
    expect(detect(text)).toEqual({ lang: undefined, reason: 'no-match' });
  });

  it.each(Object.entries(UNSUPPORTED).filter(([code]) => code !== 'ms'))('%s: no sentence of it either', (_code, text) => {
    for (const s of sentences(text)) expect(detectLanguage(s), s).toBeUndefined();
  });

  it('Malay is not Indonesian once it shows (kerana, kerajaan, peratus); one plain sentence may be', () => {
    expect(detectLanguage(UNSUPPORTED.ms!)).toBeUndefined();
    expect(detectLanguage(SUPPORTED.id!)).toBe('id');
  });

  it.each(Object.entries(NEIGHBOURS))('%s: a close neighbour without its giveaway letters is not read as its neighbour', (_name, text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });

  it('does not guess on short or name-only text', () => {
    expect(detect('Putin, Japarov')).toEqual({ lang: undefined, reason: 'too-short' });
    expect(detectLanguage('Vladimir Putin Sadyr Japarov Bishkek Moscow Tashkent Astana')).toBeUndefined();
    expect(detect('')).toEqual({ lang: undefined, reason: 'no-text' });
    expect(detect('2024 — 12,5 %\n\n| 1 | 2 |')).toEqual({ lang: undefined, reason: 'no-text' });
  });

  it('does not answer for scripts no language is written in', () => {
    expect(detect('Οι υπουργοί Εξωτερικών των δύο χωρών συναντήθηκαν την Τρίτη στην Αστάνα.')).toEqual({ lang: undefined, reason: 'no-match' });
  });

  it('starts at the given offset (skipping front matter)', () => {
    const text = 'title: the and of the is\n---\nМинистры двух стран встретились в четверг и обсудили торговлю, а также энергетику.';
    expect(detectLanguage(text, text.indexOf('М'))).toBe('ru');
  });
});
