// Two office-claim mechanisms that real agency copy needs: a predicate of taking up a post dates
// the term's start ("was appointed … on 12 October 2019"), and in Russian a title in an oblique
// case is not the title of a name in its dictionary form right after it. Sentences are our own.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf, lint, rulesOf } from '../helpers.js';

const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
const rules = (text: string, lang: string, date: string) => rulesOf(lint(text, lang, date, BUNDLED)).filter((r) => r !== 'cross-article');
const officeClaims = (text: string, lang: string, date: string) => claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'office');

// Bundled: Akylbek Japarov chaired Kyrgyzstan's cabinet from 2021-10-12; Sadyr Japarov has been
// president since 2021-01-28 (elected 10 January 2021); Nikol Pashinyan prime minister of Armenia
// since 2018-05-08; Putin president of Russia since 2012-05-07.
describe('a predicate of taking up a post is checked when the clause says it happened', () => {
  it.each([
    ['en', 'Akylbek Japarov was appointed chairman of the cabinet of ministers of Kyrgyzstan on 12 October 2019.'],
    ['ru', 'Акылбек Жапаров был назначен председателем кабинета министров Киргизии 12 октября 2019 года.'],
    ['de', 'Nikol Paschinjan wurde 2010 zum Premierminister Armeniens ernannt.'],
    ['fr', 'Sadyr Japarov a été élu président du Kirghizistan en 2015.'],
    ['es', 'Nikol Pashinián fue nombrado primer ministro de Armenia en 2012.'],
    ['id', 'Sadyr Japarov dilantik sebagai Presiden Kirgistan pada 28 Januari 2019.'],
  ])('%s: a wrong start is reported', (lang, text) => {
    expect(rules(text, lang, '2024-03-10')).toEqual(['office-holder']);
  });

  it('says when the term began and which day the article gave', () => {
    const [d] = lint('Akylbek Japarov was appointed chairman of the cabinet of ministers of Kyrgyzstan on 12 October 2019.', 'en', '2024-03-10', BUNDLED);
    expect(d?.message).toBe('Akylbek Japarov took office as chairman of the Cabinet of Ministers of Kyrgyzstan on 2021-10-12, not on 2019-10-12');
    const [y] = lint('Nikol Pashinián fue nombrado primer ministro de Armenia en 2012.', 'es', '2024-03-10', BUNDLED);
    expect(y?.message).toMatch(/^Nikol Pashinyan took office as prime minister of Armenia on 2018-05-08, not in 2012; prime minister of Armenia then: /);
  });

  it.each([
    ['en', 'Akylbek Japarov was appointed chairman of the cabinet of ministers of Kyrgyzstan on 12 October 2021.'],
    ['ru', 'Садыр Жапаров вступил в должность президента Киргизии 28 января 2021 года.'],
    ['de', 'Nikol Paschinjan wurde 2018 zum Premierminister Armeniens gewählt.'],
    ['es', 'Nikol Pashinián fue nombrado primer ministro de Armenia en mayo de 2018.'],
    ['id', 'Sadyr Japarov dilantik sebagai Presiden Kirgistan pada 28 Januari 2021.'],
  ])('%s: the right start passes', (lang, text) => {
    expect(rules(text, lang, '2024-03-10')).toEqual([]);
  });

  it('an election a few weeks before the inauguration is the same start', () => {
    expect(rules('Sadyr Japarov a été élu président du Kirghizistan le 10 janvier 2021.', 'fr', '2024-03-10')).toEqual([]);
    expect(rules('Sadyr Japarov was elected president of Kyrgyzstan on 10 January 2021.', 'en', '2024-03-10')).toEqual([]);
  });

  it('a re-election in the middle of a term is no wrong start', () => {
    expect(rules('Vladimir Putin was re-elected president of Russia in 2018.', 'en', '2024-03-10')).toEqual([]);
    expect(rules('В 2018 году Владимир Путин был переизбран президентом России.', 'ru', '2024-03-10')).toEqual([]);
  });

  it('the claim is checked at the start, shown as such in the explain view', () => {
    const [c] = officeClaims('Akylbek Japarov was appointed chairman of the cabinet of ministers of Kyrgyzstan on 12 October 2021.', 'en', '2024-03-10');
    expect(c?.verdict).toBe('verified');
    expect(c?.slots.time?.value).toBe('then: 2021-10-09..2022-02-09');
  });

  it('a start still to come is not dated: the fact set may not know the term yet', () => {
    const [c] = officeClaims('Adylbek Kasymaliev will be appointed chairman of the cabinet of ministers of Kyrgyzstan on 16 December 2024.', 'en', '2024-12-10');
    expect(c?.slots.time?.value).toMatch(/^future: /);
  });

  it('a clause with a second time in it is not dated by either', () => {
    // "in 2015" and "on 5 March 2024" in one clause: either may date the appointment.
    const [c] = officeClaims('Sadyr Japarov became president of Kyrgyzstan in 2015 and on 5 March 2024 met Vladimir Putin.', 'en', '2024-03-10');
    expect(c?.slots.time?.value).not.toMatch(/^then: /);
  });

  it('an appointment as a title (no predicate) keeps its old reading', () => {
    const [c] = officeClaims('The newly appointed prime minister of Armenia Nikol Pashinyan spoke in 2010.', 'en', '2024-03-10');
    expect(c?.slots.time?.value ?? '').not.toMatch(/^then: 2009/);
  });

  it('open world: a start the fact set has no holders for is not contradicted', () => {
    // No head of Armenia's government is listed for 1990 in the bundled set.
    expect(rules('Nikol Pashinyan was appointed prime minister of Armenia in 1990.', 'en', '2024-03-10')).toEqual([]);
  });
});

describe('Russian: a title in an oblique case is not the title of a name in its dictionary form', () => {
  it('a decree of the president is not a claim that the appointee is president', () => {
    expect(rules('Указом президента Киргизии Жапаров Акылбек Усенбекович назначен председателем кабинета министров.', 'ru', '2024-03-10')).toEqual([]);
    expect(officeClaims('Указом президента Киргизии Садыр Жапаров назначен послом.', 'ru', '2024-03-10')).toEqual([]);
  });
  it('a title and name in the same case are still an apposition, right or wrong', () => {
    expect(rules('Встреча президента России Владимира Путина и президента Киргизии Садыра Жапарова прошла в Бишкеке.', 'ru', '2024-03-10')).toEqual([]);
    expect(rules('Указом президента России Садыра Жапарова назначен новый посол.', 'ru', '2024-03-10')).toEqual(['office-holder']);
    expect(rules('Президент России Садыр Жапаров прибыл в Бишкек.', 'ru', '2024-03-10')).toEqual(['office-holder']);
  });
  it('governed titles, a word between, plural titles and lone surnames keep their reading', () => {
    // "acting" governs the genitive: the name is the acting holder's.
    expect(officeClaims('Исполняющий обязанности председателя правительства России Андрей Белоусов провёл заседание.', 'ru', '2020-05-05')).toHaveLength(1);
    // A verb between: "назначен" makes the name the subject of a predicate in the instrumental.
    expect(officeClaims('Премьер-министром Казахстана назначен Олжас Бектенов.', 'ru', '2024-02-06')).toHaveLength(1);
    // "Министры" is plural: both names are its holders, respectively.
    expect(officeClaims('Министры иностранных дел России и Казахстана Сергей Лавров и Ермек Кошербаев провели переговоры.', 'ru', '2025-10-01')).toHaveLength(2);
    // A lone surname may not decline («Шойгу»): still read, and here wrong.
    expect(rules('Переговоры с министром обороны Киргизии Шойгу прошли в Москве.', 'ru', '2024-03-10')).toEqual(['office-holder']);
  });
  it('German titles in the genitive before uninflected names are appositions (the flag is Russian only)', () => {
    expect(rules('Ein Besuch des Präsidenten Russlands Sadyr Dschaparow wurde angekündigt.', 'de', '2024-03-10')).toEqual(['office-holder']);
  });
});

describe('Kyrgyz: a predicate after the office (head-final)', () => {
  it('the person before the office and its verb holds it, checked at the year written', () => {
    expect(rules('Садыр Жапаров 2021-жылы Кыргызстандын президенти болуп шайланган.', 'ky', '2024-03-10')).toEqual([]);
    expect(officeClaims('Садыр Жапаров 2021-жылы Кыргызстандын президенти болуп шайланган.', 'ky', '2024-03-10').map((c) => c.verdict)).toEqual(['verified']);
    expect(rules('Садыр Жапаров 2015-жылы Кыргызстандын президенти болуп шайланган.', 'ky', '2024-03-10')).toEqual(['office-holder']);
    expect(rules('Садыр Жапаров Орусиянын президенти болуп иштейт.', 'ky', '2024-03-10')).toEqual(['office-holder']);
  });
  it('as a participle before a name, the verb gives the office to that name', () => {
    const text = 'Садыр Жапаров Казакстандын президенти болуп кайра шайланган Касым-Жомарт Токаевди куттуктады.';
    expect(officeClaims(text, 'ky', '2024-03-10').map((c) => c.slots.person?.value)).toEqual(['kassym-jomart-tokayev']);
    expect(rules(text, 'ky', '2024-03-10')).toEqual([]);
    expect(rules('Касым-Жомарт Токаев Казакстандын президенти болуп кайра шайланган Садыр Жапаровду куттуктады.', 'ky', '2024-03-10')).toEqual(['office-holder']);
  });
  it('an office with no such verb after it is no claim about the person before it', () => {
    expect(officeClaims('Владимир Путин Кыргызстандын президенти менен жолукту.', 'ky', '2024-03-10')).toEqual([]);
  });
});
