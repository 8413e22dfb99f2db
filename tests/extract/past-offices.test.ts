// An office in a past-tense predicate ("Mirziyoyev was prime minister of Uzbekistan", «ранее
// занимал пост …», "sebelumnya menjabat sebagai …") is about some time before the article's, not
// the article's own day: read as the article's day, a former holder was contradicted as if
// called current. A verb of becoming ("was elected") still speaks of the present holder, and an
// adverb before a bare title («Ранее президент России …») says when something was said.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../helpers.js';

const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
const offices = (text: string, lang: string, date = '2024-05-20') =>
  claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'office').map((c) => `${c.slots.person?.value}:${c.slots.office?.value}:${c.verdict}`);

// Shavkat Mirziyoyev was prime minister of Uzbekistan from 2003 to 2016, president since.
describe('a former post in a past-tense predicate is verified, not contradicted', () => {
  it.each([
    ['en', 'Shavkat Mirziyoyev was prime minister of Uzbekistan before he became president.'],
    ['en', 'Shavkat Mirziyoyev, who previously served as prime minister of Uzbekistan, arrived in Jakarta on Monday.'],
    ['ru', 'Шавкат Мирзиёев ранее занимал пост премьер-министра Узбекистана.'],
    ['ru', 'Шавкат Мирзиёев был премьер-министром Узбекистана.'],
    ['de', 'Schawkat Mirsijojew war Ministerpräsident Usbekistans, bevor er Präsident wurde.'],
    ['fr', 'Chavkat Mirzioïev a été Premier ministre de l\'Ouzbékistan avant de devenir président.'],
    ['es', 'Shavkat Mirziyoyev fue primer ministro de Uzbekistán antes de llegar a la presidencia.'],
    ['id', 'Shavkat Mirziyoyev, yang sebelumnya menjabat sebagai perdana menteri Uzbekistan, tiba di Jakarta.'],
    ['id', 'Shavkat Mirziyoyev pernah menjabat perdana menteri Uzbekistan selama 13 tahun.'],
  ])('%s: %s', (lang, text) => {
    const c = offices(text, lang).filter((x) => x.includes(':prime-minister:'));
    expect(c).toEqual(['shavkat-mirziyoyev:prime-minister:verified']);
  });
});

describe('the traps', () => {
  it('a post the person never held, in the past tense, is still an error (machine translation)', () => {
    expect(offices('Shavkat Mirziyoyev previously served as president of Kazakhstan.', 'en')).toEqual(['shavkat-mirziyoyev:president:contradicted']);
    expect(offices('Садыр Жапаров был премьер-министром России.', 'ru')).toEqual(['sadyr-japarov:prime-minister:contradicted']);
  });
  it('a verb of becoming after "was" speaks of the holder now: "was elected president" of the wrong country is an error', () => {
    expect(offices('Sadyr Japarov was elected president of Kazakhstan.', 'en')).toEqual(['sadyr-japarov:president:contradicted']);
  });
  it('an adverb of an earlier time before a bare title is when it was said: «Ранее президент России Владимир Путин заявил»', () => {
    expect(offices('Ранее президент Киргизии Владимир Путин заявил о росте товарооборота.', 'ru')).toEqual(['vladimir-putin:president:contradicted']);
  });
  it('the present tense of a former post is still an error', () => {
    expect(offices('Shavkat Mirziyoyev is prime minister of Uzbekistan.', 'en')).toEqual(['shavkat-mirziyoyev:prime-minister:contradicted']);
  });
});
