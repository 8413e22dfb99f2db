import { describe, expect, it } from 'vitest';
import { paragraphs, sentences } from '../../src/text/sentences.js';

const split = (text: string, lang?: string) => sentences(text, { start: 0, end: text.length }, lang).map((s) => text.slice(s.start, s.end));
const paras = (text: string) => paragraphs(text).map((s) => text.slice(s.start, s.end));

describe('paragraphs', () => {
  it('splits on blank lines and trims', () => {
    expect(paras('  First one.\n\n\n Second one.  \n')).toEqual(['First one.', 'Second one.']);
  });

  it('treats each line as a paragraph in plain-text articles', () => {
    expect(paras('Министры встретились в Ташкенте\nОни обсудили торговлю.\nСледующая встреча в октябре.')).toEqual([
      'Министры встретились в Ташкенте',
      'Они обсудили торговлю.',
      'Следующая встреча в октябре.',
    ]);
  });

  it('joins wrapped lines that visibly continue', () => {
    expect(paras('The ministers met in\nTashkent, where they\ndiscussed trade.')).toEqual(['The ministers met in\nTashkent, where they\ndiscussed trade.']);
    expect(paras('Die Minister trafen sich\nam Donnerstag.')).toEqual(['Die Minister trafen sich\nam Donnerstag.']);
  });

  it('keeps headings and list items apart', () => {
    expect(paras('# Title\nsubtitle in lowercase\n- item one,\n- item two\n1. first')).toEqual([
      '# Title',
      'subtitle in lowercase',
      '- item one,',
      '- item two',
      '1. first',
    ]);
  });

  it('handles CRLF and lone CR', () => {
    expect(paras('One.\r\nTwo.\r\n\r\nThree.\rFour.')).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
  });

  it('respects from/to and returns file offsets', () => {
    const text = '---\nlang: en\n---\nBody one.\n\nBody two.';
    const from = text.indexOf('Body');
    const ps = paragraphs(text, from);
    expect(ps.map((p) => text.slice(p.start, p.end))).toEqual(['Body one.', 'Body two.']);
    expect(ps[0]!.start).toBe(from);
    expect(paragraphs(text, 5, 3)).toEqual([]);
  });
});

describe('sentences: splitting', () => {
  it('splits after . ! ? … followed by a capital, digit or quote', () => {
    expect(split('It rained. Then it stopped! Why? Nobody knows… "Odd," he said. 12 people came.')).toEqual([
      'It rained.',
      'Then it stopped!',
      'Why?',
      'Nobody knows…',
      '"Odd," he said.',
      '12 people came.',
    ]);
  });

  it('keeps closing quotes with their sentence and does not split before a lowercase word', () => {
    expect(split('«Мы готовы!» — сказал министр. «Да», ответил он.')).toEqual(['«Мы готовы!» — сказал министр.', '«Да», ответил он.']);
    expect(split('He said "Stop." Then he left.')).toEqual(['He said "Stop."', 'Then he left.']);
    expect(split('Wait... and see.')).toEqual(['Wait... and see.']);
  });

  it('never crosses a paragraph', () => {
    expect(split('First paragraph without end\n\nsecond one')).toEqual(['First paragraph without end', 'second one']);
  });

  it('splits the paragraphs after several without a terminator (the next terminator is searched once)', () => {
    const text = 'Heading one\n\nHeading two\n\nShort line\n\nA sentence. Another one! And a third? Done';
    expect(split(text, 'en')).toEqual(['Heading one', 'Heading two', 'Short line', 'A sentence.', 'Another one!', 'And a third?', 'Done']);
    // The same text again, and a different one of the same length: nothing is carried over.
    expect(split(text, 'en')).toHaveLength(7);
    const other = text.replace('A sentence. Another', 'A sentence, another');
    expect(split(other, 'en')).toEqual(['Heading one', 'Heading two', 'Short line', 'A sentence, another one!', 'And a third?', 'Done']);
  });

  it('keeps decimals, domains and dates together', () => {
    expect(split('Growth was 4.1 percent, says kremlin.ru. The rate 13.10. is odd.', 'en')).toEqual([
      'Growth was 4.1 percent, says kremlin.ru.',
      'The rate 13.10. is odd.',
    ]);
  });
});

describe('sentences: abbreviations', () => {
  it('en: titles, initials, month abbreviations, U.S.', () => {
    expect(split('Mr. Olsen met Dr. Karimova in St. Louis on Jan. 12. V. Petrov of the U.S. Treasury joined them. They left.', 'en')).toEqual([
      'Mr. Olsen met Dr. Karimova in St. Louis on Jan. 12.',
      'V. Petrov of the U.S. Treasury joined them.',
      'They left.',
    ]);
  });

  it('ru: г., гг., т.е., им., млрд., тыс., initials', () => {
    expect(split('В 2023 г. товарооборот вырос до 2 млрд. долларов, т.е. на 4,1%. В 2021–2022 гг. Рост был ниже. Улица им. Ленина. Пришли 5 тыс. Человек. И. Петрова подтвердила это.', 'ru')).toEqual([
      'В 2023 г. товарооборот вырос до 2 млрд. долларов, т.е. на 4,1%.',
      'В 2021–2022 гг. Рост был ниже.',
      'Улица им. Ленина.',
      'Пришли 5 тыс. Человек.',
      'И. Петрова подтвердила это.',
    ]);
  });

  it('de: Mrd., Mio., z. B., bzw., ordinal dates and ordinals', () => {
    expect(split('Der Handel stieg auf 2,3 Mrd. Euro bzw. um 90 Mio. Euro, z. B. im Maschinenbau. Am 12. Oktober trafen sich die Minister zum 20. Jubiläum. Am 13.10. Folgte das Treffen. Danach war Ruhe.', 'de')).toEqual([
      'Der Handel stieg auf 2,3 Mrd. Euro bzw. um 90 Mio. Euro, z. B. im Maschinenbau.',
      'Am 12. Oktober trafen sich die Minister zum 20. Jubiläum.',
      'Am 13.10. Folgte das Treffen.',
      'Danach war Ruhe.',
    ]);
  });

  it('de: a year before the dot still ends the sentence', () => {
    expect(split('Das geschah im Jahr 2017. Die Lage ist ruhig.', 'de')).toEqual(['Das geschah im Jahr 2017.', 'Die Lage ist ruhig.']);
  });

  it('id: titles and month names', () => {
    expect(split('Dr. Karimova tiba di Jl. Merdeka pada 13 Okt. Ia bertemu Prof. Hasan. Pertemuan itu berlangsung baik.', 'id')).toEqual([
      'Dr. Karimova tiba di Jl. Merdeka pada 13 Okt.',
      'Ia bertemu Prof. Hasan.',
      'Pertemuan itu berlangsung baik.',
    ]);
  });

  it('a number before a month name is a date, in any language', () => {
    expect(split('They met on the 12. October was cold.', 'en')).toEqual(['They met on the 12. October was cold.']);
  });

  it('case matters for capitalised abbreviations only', () => {
    expect(split('Call No. 5 now. I said no. Then I left.', 'en')).toEqual(['Call No. 5 now.', 'I said no.', 'Then I left.']);
  });

  it('uses every language\'s abbreviations when the language is unknown', () => {
    expect(split('Der Handel lag bei 2 Mrd. Euro. В 2023 г. Рост.')).toEqual(['Der Handel lag bei 2 Mrd. Euro.', 'В 2023 г. Рост.']);
  });

  it('returns file offsets for a sub-span', () => {
    const text = 'Title\n\nOne here. Two there.';
    const from = text.indexOf('One');
    const ss = sentences(text, { start: from, end: text.length }, 'en');
    expect(ss).toEqual([
      { start: from, end: from + 9 },
      { start: from + 10, end: text.length },
    ]);
  });
});

describe('sentences: linear time', () => {
  it('splits a long Cyrillic text quickly', () => {
    const text = 'В 2023 г. министр И. Петров сказал, что рост составил 4,1%. '.repeat(4000) + '\n\n' + 'а. '.repeat(20000);
    const t0 = performance.now();
    const ss = sentences(text, { start: 0, end: text.length }, 'ru');
    const ms = performance.now() - t0;
    expect(ss.length).toBe(4001);
    expect(ms).toBeLessThan(1500);
  });
});

describe('sentences: a unit abbreviation that ends one', () => {
  it('ru: «млрд.» before a capitalised word ends the sentence; before an acronym or a lower-case word it does not', () => {
    expect(split('Товарооборот достиг $26,1 млрд. Об этом заявил министр. Экспорт составил 5 млн. долл. США в 2023 году.', 'ru')).toEqual([
      'Товарооборот достиг $26,1 млрд.',
      'Об этом заявил министр.',
      'Экспорт составил 5 млн. долл. США в 2023 году.',
    ]);
  });
});
