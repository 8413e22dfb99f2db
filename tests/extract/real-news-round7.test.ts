// Mechanisms behind misses and false alarms found in the sixth and seventh blind regions and the
// ninth round of real agency copy, each written here in our own words, with its trap.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.js';
import { claimsOf } from '../helpers.js';

describe('an event the fact set names with its ordinal is that one instance, whatever year is written', () => {
  // The fixture: the first Russia–Africa summit was held in Sochi on 23–24 October 2019, the second
  // on 27–28 July 2023; the BRICS summit in Kazan on 22–24 October 2024. Names hold a dash ("Россия – Африка").
  const SET = fileURLToPath(new URL('../fixtures/factsets/event-instances.json', import.meta.url));
  const events = (text: string, lang: string, date = '2023-07-28') =>
    claimsOf(text, lang, date, SET).filter((c) => c.kind === 'event-date').map((c) => `${c.slots.subject?.value}:${c.verdict}`);
  it.each([
    ['ru', 'Первый саммит Россия – Африка прошёл в Сочи в октябре 2018 года.'],
    ['ru', 'В октябре 2018 года в Сочи прошёл первый саммит Россия-Африка.'],
    ['ky', 'Биринчи Россия – Африка саммити 2018-жылдын октябрында Сочиде өткөн.'],
    ['en', 'The first Russia-Africa summit took place in Sochi in October 2018.'],
    ['fr', 'Le premier sommet Russie-Afrique s\'est tenu à Sotchi en octobre 2018.'],
    ['id', 'KTT Rusia-Afrika pertama digelar di Sochi pada Oktober 2018.'],
    ['es', 'La primera cumbre Rusia-África se celebró en octubre de 2018 en Sochi.'],
  ])('%s: a year the first summit was not held in is contradicted', (lang, text) => {
    expect(events(text, lang)).toEqual(['ra-summit-1:contradicted']);
  });
  it('the right year holds', () => {
    expect(events('Первый саммит Россия — Африка прошёл в Сочи в октябре 2019 года.', 'ru')).toEqual(['ra-summit-1:verified']);
  });
  it('a name without an ordinal in a sentence without its year may be another instance: no claim', () => {
    expect(events('Саммит БРИКС в Казани прошёл в октябре 2023 года.', 'ru')).toEqual([]);
  });
  it('"summit" inside another event\'s name does not stand for the summit of the article\'s day', () => {
    // Before, the head noun «саммит» of the BRICS name was read as the Russia–Africa summit of 28 July 2023.
    expect(events('Саммит БРИКС в Казани прошёл в октябре 2023 года, а саммит открылся в июле.', 'ru').filter((x) => x.startsWith('ra-summit-2'))).toEqual([]);
  });
});

describe('"the two countries" are the figure\'s two sides even when a region or body is named beside them', () => {
  // The fixture: Egypt–Russia trade 2023 7.2 bn USD (±2 %), growth 20 %; Russia–Africa figures too, so
  // a reading with Africa as a third side finds no value and says nothing.
  const SET = fileURLToPath(new URL('../fixtures/factsets/pair-beside-region.json', import.meta.url));
  const metric = (text: string, lang: string) =>
    claimsOf(text, lang, '2024-03-01', SET).filter((c) => c.kind === 'metric').map((c) => `${c.slots.property?.value}:${c.verdict}`);
  it.each([
    ['ru', 'Египет остаётся крупнейшим торговым партнёром России в Африке: в 2023 году товарооборот двух стран вырос на 35%.'],
    ['en', 'Egypt remains Russia\'s largest trading partner in Africa: in 2023 trade between the two countries grew by 35%.'],
    ['fr', 'L\'Égypte reste le premier partenaire de la Russie en Afrique : en 2023, les échanges entre les deux pays ont progressé de 35 %.'],
  ])('%s: a wrong growth is contradicted', (lang, text) => {
    expect(metric(text, lang)).toEqual(['trade-growth:contradicted']);
  });
  it('the right one holds, and a body of both named beside them changes nothing', () => {
    expect(metric('Египет остаётся крупнейшим торговым партнёром России в Африке: в 2023 году товарооборот двух стран вырос на 20%.', 'ru')).toEqual(['trade-growth:verified']);
    expect(metric('Egypt, Russia\'s partner in BRICS: in 2023 bilateral trade grew by 35%.', 'en')).toEqual(['trade-growth:contradicted']);
  });
});

describe('two titles of one person, the second with the name: both are the name\'s', () => {
  // The fixture: Macky Sall president of Senegal 2012–2024 and chair of the African Union from
  // February 2022 to February 2023, Azali Assoumani after him; Putin president of Russia.
  const SET = fileURLToPath(new URL('../fixtures/factsets/stacked-titles.json', import.meta.url));
  const offices = (text: string, lang: string, date = '2023-07-29') =>
    claimsOf(text, lang, date, SET).filter((c) => c.kind === 'office').map((c) => `${c.slots.office?.value}:${c.verdict}`).sort();
  it.each([
    ['en', 'The chair of the African Union, Senegalese President Macky Sall, also attended the summit.'],
    ['ru', 'В саммите также участвовал председатель Африканского союза, президент Сенегала Маки Салл.'],
    ['ky', 'Саммиттин ишине Африка биримдигинин төрагасы, Сенегалдын президенти Маки Салл да катышты.'],
  ])('%s: a chair who had handed over is contradicted, his presidency holds', (lang, text) => {
    expect(offices(text, lang)).toEqual(['chairperson:contradicted', 'president:verified']);
  });
  it('in his year as chair both hold', () => {
    expect(offices('The chair of the African Union, Senegalese President Macky Sall, also attended the summit.', 'en', '2022-10-01')).toEqual(['chairperson:verified', 'president:verified']);
  });
  it('a list of people is not one person\'s titles: "the chairman, President Putin and the prime minister"', () => {
    expect(offices('Attending were the chairman, President Putin and the prime minister.', 'en')).toEqual(['president:verified']);
  });
  it('a title that ends a clause before the next one\'s subject is not the subject\'s', () => {
    expect(offices('After meeting the chairman of the African Union, President Putin said the talks had gone well.', 'en')).toEqual(['president:verified']);
  });
});

describe('round 9 of real agency copy: false alarms in offices', () => {
  // Bundled: Lukashenko president of Belarus; Mirziyoyev president and Saidov foreign minister of
  // Uzbekistan (since April 2023); Aleinik foreign minister of Belarus to 2024-06-27.
  const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
  const offices = (text: string, lang: string, date: string) =>
    claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'office').map((c) => `${c.slots.person?.value}:${c.slots.office?.value}:${c.verdict}`).sort();
  it.each([
    ['es', 'El presidente de Belarús, Aleksandr Lukashenko, llegó a Taskent. Lo recibió el canciller uzbeko, Bakhtiyor Saidov. Su homólogo uzbeko, Shavkat Mirziyóyev, habló de una visita histórica.'],
    ['en', 'Belarusian President Alexander Lukashenko arrived in Tashkent, where Foreign Minister Bakhtiyor Saidov met him. His Uzbek counterpart Shavkat Mirziyoyev called the visit historic.'],
  ])('%s: a counterpart is never measured against someone of his own country', (lang, text) => {
    expect(offices(text, lang, '2024-02-10').filter((x) => x.startsWith('shavkat-mirziyoyev'))).not.toContain('shavkat-mirziyoyev:foreign-minister:contradicted');
  });
  it('measured against the visitor, the counterpart holds', () => {
    expect(offices('Belarusian President Alexander Lukashenko arrived in Tashkent. His Uzbek counterpart Shavkat Mirziyoyev called the visit historic.', 'en', '2024-02-10'))
      .toContain('shavkat-mirziyoyev:president:verified');
  });
  it('de: a verb that closes a relative clause does not make the next clause\'s object the subject\'s post', () => {
    expect(offices('Der belarussische Außenminister Sergej Alejnik, der schon am Vortag angereist war, begrüßte den belarussischen Staatschef am Flughafen.', 'de', '2024-02-07'))
      .toEqual(['sergei-aleinik:foreign-minister:verified']);
  });
  it('de: the verb right before the title still makes it the subject\'s ("X ist Präsident von Y")', () => {
    expect(offices('Sergej Alejnik ist Präsident von Belarus.', 'de', '2024-02-07')).toEqual(['sergei-aleinik:president:contradicted']);
  });
});

describe('a head noun stands for the article\'s event only where it can be that event', () => {
  // The fixture: a US tariff letter to Indonesia (7 July 2025), the G7 summit in Hiroshima
  // (19–21 May 2023), Sánchez's investiture vote (16 November 2023); "held" is also written as a
  // preposition ("on", "pada", "el"), as some fact sets do.
  const SET = fileURLToPath(new URL('../fixtures/factsets/event-heads.json', import.meta.url));
  const kinds = (text: string, lang: string, date: string) =>
    claimsOf(text, lang, date, SET).filter((c) => c.kind === 'event-date' || c.kind === 'place').map((c) => `${c.kind}:${c.slots.subject?.value}:${c.verdict}`);
  it('the last word of a name after a preposition is no head: "…letter to Indonesia" is not Indonesia', () => {
    expect(kinds('Nilai perdagangan Indonesia pada 2024 tercatat sekitar 27 miliar euro.', 'id', '2025-07-13')).toEqual([]);
  });
  it('a capitalised word before the head that no name of the event has names another one: "a Quad summit in Sydney"', () => {
    expect(kinds('Albanese, who cancelled a Quad summit in Sydney, said the leaders would meet in Hiroshima instead.', 'en', '2023-05-20')).toEqual([]);
    expect(kinds('The G7 summit in Sydney ended on Sunday.', 'en', '2023-05-20')).toEqual(['place:g7-hiroshima:contradicted']);
  });
  it('"his own" investiture is someone else\'s', () => {
    expect(kinds('El líder popular fracasó en su propia investidura en las votaciones del 27 y el 29 de septiembre.', 'es', '2023-11-16')).toEqual([]);
    expect(kinds('La investidura se celebró el 29 de septiembre.', 'es', '2023-11-16')).toEqual(['event-date:sanchez-investiture:contradicted']);
  });
});

describe('Kyrgyz: a bare title before a name in an oblique case is the name\'s when the clause has its subject elsewhere', () => {
  // Bundled: Sadyr Japarov president of Kyrgyzstan since 2021-01-28 (prime minister before that).
  const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
  const offices = (text: string) =>
    claimsOf(text, 'ky', '2023-11-08', BUNDLED).filter((c) => c.kind === 'office' && c.slots.person?.value === 'sadyr-japarov').map((c) => `${c.slots.office?.value}:${c.verdict}`);
  it('a name in the dictionary form after it is the subject: «Президент Садыр Жапаровду … Абдулла Арипов тосуп алды»', () => {
    expect(offices('Президент Садыр Жапаровду Өзбекстандын премьер-министри Абдулла Арипов тосуп алды.')).toEqual(['president:verified']);
    expect(offices('Премьер-министр Садыр Жапаровду Өзбекстандын премьер-министри Абдулла Арипов тосуп алды.')).toEqual(['prime-minister:contradicted']);
  });
  it('a subject pronoun before it: «Ал премьер-министр Садыр Жапаровго …»', () => {
    expect(offices('Ал премьер-министр Садыр Жапаровго Мирзиёевдин саламын айтты.')).toEqual(['prime-minister:contradicted']);
  });
  it('with no subject elsewhere the title may be the subject\'s: «Президент Садыр Жапаровду куттуктады» says nothing', () => {
    expect(offices('Премьер-министр Садыр Жапаровду куттуктады.')).toEqual([]);
  });
});

describe('a qualifier written with full stops («И.о.», "i.e." style) is read as the words the text has', () => {
  // Bundled: Sooronbay Jeenbekov prime minister of Kyrgyzstan 2016-04-13 to 2017-08-22.
  const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
  const offices = (text: string, date: string) =>
    claimsOf(text, 'ru', date, BUNDLED).filter((c) => c.kind === 'office').map((c) => `${c.slots.office?.value}:${c.slots.time?.bound ?? ''}:${c.verdict}`);
  it.each([['И.о. премьер-министра'], ['И.о премьер-министра'], ['И. о. премьер-министра']])('«%s Кыргызской Республики Сооронбай Жээнбеков» is an acting title, not a decree of the office', (title) => {
    expect(offices(`${title} Кыргызской Республики Сооронбай Жээнбеков отметил важность встречи.`, '2016-11-02')).toEqual(['prime-minister:tense:verified']);
  });
});

describe('figures: a currency written "US $" names no country; a relative clause\'s period is not the figure\'s', () => {
  const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
  const metrics = (text: string, lang: string, date: string) => claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'metric');
  it.each([
    ['en', 'Russia and Kyrgyzstan held talks in Bishkek. The parties agreed to bring mutual trade to US $ 5 billion.'],
    ['en', 'Russia and Kyrgyzstan held talks in Bishkek. Mutual trade grew to US $ 3.5 billion in 2022.'],
    ['id', 'Rusia dan Kirgizstan menggelar pembicaraan di Bishkek. Perdagangan kedua negara tumbuh menjadi US$ 3,5 miliar pada 2022.'],
  ])('%s: "%s" is a target between the two countries, the USA no side of it', (lang, text) => {
    const subjects = metrics(text, lang, '2023-05-01').map((c) => String(c.slots.subjects?.value));
    expect(subjects.length).toBeGreaterThan(0);
    for (const s of subjects) expect(s.split(',')).not.toContain('usa');
  });
  it.each([
    ['es', 'El primer ministro, que asumió el cargo en diciembre de 2024, cifró en el 22 % la cuota de Rusia en el comercio exterior de Kirguistán.'],
    ['en', 'The prime minister, who took office in December 2024, put Russia\'s share of Kyrgyzstan\'s foreign trade at 22 %.'],
  ])('%s: the date of the relative clause is not the share\'s period', (lang, text) => {
    const periods = metrics(text, lang, '2025-06-01').map((c) => String(c.slots.period?.value));
    expect(periods).toEqual(['2025']);
  });
});

describe('a given name spelled another way before a surname the fact set knows', () => {
  // Bundled: Nikol Pashinyan prime minister of Armenia since 2018; Ara Ayvazyan Armenia's foreign
  // minister 2020-11-18 to 2021-05-31; Emomali Rahmon president of Tajikistan.
  const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
  const offices = (text: string, lang: string, date: string) =>
    claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'office').map((c) => `${c.slots.person?.value}:${c.slots.office?.value}:${c.verdict}`);
  it.each([
    ['en', 'Putin signed a joint statement with Azerbaijan\'s Prime Minister Nicol Pashinyan.', 'nikol-pashinyan:prime-minister:contradicted'],
    ['id', 'Putin menandatangani pernyataan bersama dengan Perdana Menteri Armenia Nicol Pashinyan.', 'nikol-pashinyan:prime-minister:verified'],
    ['de', 'Der Kremlchef traf den tadschikischen Präsidenten Emomali Rachmon.', 'emomali-rahmon:president:verified'],
    ['ru', 'Лавров провёл переговоры с азербайджанским коллегой Арой Айвазяном.', 'ara-ayvazyan:foreign-minister:contradicted'],
  ])('%s: the title binds the name', (lang, text, expected) => {
    expect(offices(text, lang, '2021-05-06')).toContain(expected);
  });
  it('another given name before the surname is another person: no claim for the one the set knows', () => {
    expect(offices('Putin met Armenia\'s Prime Minister Ruslan Pashinyan.', 'en', '2021-05-06')).toEqual([]);
  });
});

describe('which event a head noun stands for: earlier instances, ordinals, years, weak property words', () => {
  // The fixture: a Russia–Iran treaty signed on 2025-01-17; the Lebanese presidential election on
  // 2025-01-09 ("le" is one of its words for "held", as some fact sets write); the Kahramanmaraş
  // earthquake of 2023-02-06 in Kahramanmaraş province; the first Central Asia–Russia summit in Astana
  // on 2022-10-14, the second in Dushanbe on 2025-10-09, the first C5+1 summit on 2023-09-19.
  const SET = fileURLToPath(new URL('../fixtures/factsets/event-instances-2.json', import.meta.url));
  const kinds = (text: string, lang: string, date: string) =>
    claimsOf(text, lang, date, SET).filter((c) => c.kind === 'event-date' || c.kind === 'place').map((c) => `${c.kind}:${c.slots.subject?.value}:${c.verdict}`);
  it('«Предыдущий базовый договор … был подписан в марте 2001 года» is an earlier treaty, adjectives between', () => {
    expect(kinds('Предыдущий базовый договор был подписан в марте 2001 года в Москве.', 'ru', '2025-01-18')).toEqual([]);
    expect(kinds('Договор был подписан в марте 2001 года в Москве.', 'ru', '2025-01-18')).toEqual(['event-date:treaty-2025:contradicted']);
  });
  it('a preposition a fact set lists for "held" claims a date only right before it, of an event named in its clause', () => {
    expect(kinds('Son élection intervient six semaines après l\'entrée en vigueur, le 27 novembre, d\'un cessez-le-feu.', 'fr', '2025-01-10')).toEqual([]);
    expect(kinds('L\'élection présidentielle libanaise a eu lieu le 9 janvier.', 'fr', '2025-01-10')).toEqual(['event-date:lebanon-election-2025:verified']);
  });
  it('a year of another time in a head\'s clause makes it another instance for a place claim', () => {
    expect(kinds('Beim Erdbeben in der Provinz Van im Jahr 2011 starben mehr als 600 Menschen.', 'de', '2023-02-08')).toEqual([]);
    expect(kinds('Das Erdbeben in der Provinz Van forderte Tausende Tote.', 'de', '2023-02-08')).toEqual(['place:earthquake-2023:contradicted']);
  });
  it('"the first such summit" after the second is the first of that series, not the C5+1 one', () => {
    expect(kinds('Leaders met for the second summit in Dushanbe. The first such summit took place in Astana in 2019.', 'en', '2025-10-10'))
      .toContain('event-date:ca-russia-2022:contradicted');
  });
});

describe('a list of results: a party named between two figures is the later one\'s', () => {
  // The Middle East blind set: Likud 32 and Yesh Atid 24 seats in the Israeli election of November 2022.
  const SET = fileURLToPath(new URL('../fixtures/blind-mena/facts.json', import.meta.url));
  const metric = (text: string, lang: string) =>
    claimsOf(text, lang, '2022-11-03', SET).filter((c) => c.kind === 'metric').map((c) => `${c.slots.subjects?.value}:${c.verdict}`);
  it.each([
    ['es', 'El Likud fue la lista más votada, con 32 escaños, seguido por Yesh Atid, del primer ministro en funciones, Yair Lapid, con 24.'],
    ['es', 'El Likud obtuvo 32 escaños, seguido por Yesh Atid, con 24.'],
    ['en', 'Likud won 32 seats, followed by Yesh Atid with 24.'],
  ])('%s: the first figure is the first party\'s', (lang, text) => {
    expect(metric(text, lang)[0]).toBe('likud:verified');
  });
});

describe('a month written without its year is the article\'s year\'s: a title may speak of that month', () => {
  // Bundled: Kurmanbek Bakiyev president of Kyrgyzstan to April 2010.
  const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
  const verdicts = (text: string, lang: string) =>
    claimsOf(text, lang, '2010-07-23', BUNDLED).filter((c) => c.kind === 'office').map((c) => c.verdict);
  it.each([
    ['de', 'Im April dieses Jahres wurde der kirgisische Präsident Kurmanbek Bakijew gestürzt.'],
    ['en', 'In April this year, Kyrgyz President Kurmanbek Bakiyev was ousted in a coup.'],
    ['ru', 'В апреле этого года президент Киргизии Курманбек Бакиев был свергнут.'],
  ])('%s: the president ousted in April is no false alarm in July', (lang, text) => {
    expect(verdicts(text, lang)).toEqual(['verified']);
  });
  it('a month after he left is still contradicted', () => {
    expect(verdicts('In June this year, Kyrgyz President Kurmanbek Bakiyev opened a factory.', 'en')).toEqual(['contradicted']);
  });
});

describe('the sides a figure leaves unnamed come from what the article has named so far, not after', () => {
  // Bundled: Russia–Kyrgyzstan trade 2024 4.1 bn USD (Russian data) or 3.2 bn (Kyrgyz data); China is
  // no entity of the bundled set, so an article on Kyrgyz–Chinese trade names one known side.
  const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
  const metric = (text: string, lang: string) =>
    claimsOf(text, lang, '2025-03-01', BUNDLED).filter((c) => c.kind === 'metric').map((c) => c.verdict);
  it.each([
    ['en', 'China remains one of the key partners of Kyrgyzstan, the deputy prime minister said. Trade between the two countries reached $5.3 billion in 2024. Much of it transits via Russia.'],
    ['ru', 'Сотрудничество между Кыргызстаном и Китаем вышло на высокий уровень. В 2024 году объем торгового оборота составил 5,3 млрд долларов. Часть грузов идет транзитом через Россию.'],
  ])('%s: a country first named in the next sentence is no side of the figure', (lang, text) => {
    expect(metric(text, lang)).not.toContain('contradicted');
  });
  it('named before, the pair still fills "the two countries"', () => {
    expect(metric('Russia and Kyrgyzstan held talks in Moscow. Trade between the two countries reached $5.3 billion in 2024.', 'en')).toEqual(['contradicted']);
  });
});

describe('"current" says the title is of the article\'s day; a future word in another phrase says nothing of the title', () => {
  // Bundled: Nazarbayev president of Kazakhstan to 2019-03-20, Tokayev after him; Aripov prime
  // minister of Uzbekistan since 2016.
  const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
  const offices = (text: string, lang: string, date: string) =>
    claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'office').map((c) => `${c.slots.person?.value}:${c.verdict}`);
  it.each([
    ['es', 'El actual presidente kazajo, Nursultán Nazarbáyev, es el sucesor de Tokáyev.', '2019-06-09', 'nursultan-nazarbayev:contradicted'],
    ['de', 'Er könnte den aktuellen Premierminister Abdulla Aripow zu seinem Nachfolger machen.', '2005-06-02', 'abdulla-aripov:contradicted'],
    ['fr', 'Emmanuel Macron devrait recevoir, en début de semaine prochaine, le président du Kazakhstan, Noursoultan Nazarbaïev.', '2022-11-23', 'nursultan-nazarbayev:contradicted'],
  ])('%s: a former holder is not the current one', (lang, text, date, expected) => {
    expect(offices(text, lang, date)).toContain(expected);
  });
  it('"the next president" right before the title still looks ahead', () => {
    expect(offices('Kazakhstan\'s next president, Kassym-Jomart Tokayev, will be sworn in on Wednesday.', 'en', '2019-03-18')).not.toContain('kassym-jomart-tokayev:contradicted');
  });
});

describe('bundled data: the Russian side\'s 2024 figures for trade with Tajikistan', () => {
  const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
  it('"grew by 7.1% in 2024 to $1.5 billion" holds of the Russian side (a real false alarm of round 9: the set had only the Tajik 1.9 bn)', () => {
    const verdicts = claimsOf('Trade between Russia and Tajikistan grew by 7.1% in 2024 to reach $1.5 billion.', 'en', '2025-10-08', BUNDLED)
      .filter((c) => c.kind === 'metric').map((c) => `${c.slots.property?.value}:${c.verdict}`);
    expect(verdicts).toEqual(['trade-growth:verified', 'trade-turnover:verified']);
  });
});

describe('the message for a holder of several terms names the terms around the day', () => {
  const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
  const dir = mkdtempSync(path.join(tmpdir(), 'factlint-r7-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const message = (date: string, body: string) => {
    writeFileSync(path.join(dir, 'a.en.md'), `---\ndate: ${date}\nlang: en\n---\n# T\n\n${body}\n`);
    const { results } = run({ cwd: dir, patterns: ['.'], claims: [BUNDLED] });
    return results.flatMap((r) => r.messages).find((m) => m.ruleId === 'office-holder')?.message ?? '';
  };
  it('between two terms: both, not only the later one', () => {
    expect(message('2010-05-01', 'Russian President Vladimir Putin met the guests.')).toMatch(/was president of Russia 2000-05-07 to 2008-05-07 and since 2012-05-07, not on 2010-05-01/);
  });
  it('before the first term: the first one', () => {
    expect(message('1999-11-17', 'Russian President Vladimir Putin arrived in Dushanbe.')).toMatch(/first took office as president of Russia on 1999-12-31/);
  });
});

describe('"the ousted president", «свергнутый», "der gestürzte" are former holders', () => {
  // Bundled: Kurmanbek Bakiyev president of Kyrgyzstan to April 2010.
  const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
  it.each([
    ['de', 'Der gestürzte kirgisische Präsident Kurmanbek Bakijew lebt jetzt in Minsk.'],
    ['en', 'The ousted Kyrgyz president Kurmanbek Bakiyev now lives in Minsk.'],
    ['ru', 'Свергнутый президент Киргизии Курманбек Бакиев живёт в Минске.'],
    ['es', 'El derrocado presidente kirguís Kurmanbek Bakíev vive ahora en Minsk.'],
  ])('%s: a year after his fall, no false alarm', (lang, text) => {
    expect(claimsOf(text, lang, '2011-06-01', BUNDLED).filter((c) => c.kind === 'office').map((c) => c.verdict)).toEqual(['verified']);
  });
});
