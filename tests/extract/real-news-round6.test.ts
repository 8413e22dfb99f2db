// Mechanisms behind misses and false alarms found this round in blind corpora and real agency
// copy, each written here in our own words, with the trap the same construction must leave alone.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run.js';
import { claimsOf } from '../helpers.js';

const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
const metric = (text: string, lang: string, date: string) =>
  claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'metric').map((c) => `${c.slots.property?.value}:${c.verdict}`);

describe('a word of another measure set off by a comma does not take the figure from the property before it', () => {
  // Bundled: Russia–Kazakhstan trade 2023 was 28 bn USD (±3 %).
  it.each([
    ['en', 'Trade between Russia and Kazakhstan in 2023 reached $19 billion, mostly imports of machinery.'],
    ['es', 'El intercambio comercial entre Rusia y Kazajistán alcanzó en 2023 los 19.000 millones de dólares, impulsado por las importaciones de maquinaria.'],
    ['de', 'Der Handel zwischen Russland und Kasachstan erreichte 2023 rund 19 Milliarden Dollar, getragen von Importen von Maschinen.'],
    ['ru', 'Товарооборот России и Казахстана в 2023 году составил 19 млрд долларов, главным образом импорт техники.'],
  ])('%s', (lang, text) => {
    expect(metric(text, lang, '2024-05-10')).toEqual(['trade-turnover:contradicted']);
  });
  it('the same word right after the figure, no comma between, still owns it', () => {
    expect(metric('Trade between Russia and Kazakhstan grew in 2023, with $19 billion of imports from Russia.', 'en', '2024-05-10')).toEqual([]);
  });
});

describe('a count dated only by its article\'s day meets a count its month names in another article', () => {
  // The fixture has a property for agreements signed and no value for it: articles are compared.
  const SET = fileURLToPath(new URL('../fixtures/factsets/agreements.json', import.meta.url));
  const dir = mkdtempSync(path.join(tmpdir(), 'factlint-r6-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, date: string, body: string) => writeFileSync(path.join(dir, name), `---\ndate: ${date}\nlang: ${name.split('.')[1]}\n---\n# T\n\n${body}\n`);
  const flagged = () => {
    const { results } = run({ cwd: dir, patterns: ['.'], claims: [SET] });
    return results.filter((r) => r.messages.some((m) => m.ruleId === 'cross-article')).map((r) => path.basename(r.filePath)).sort();
  };
  it('"signed 28 agreements" on 8 May and "in May … 18 accords" in a later article disagree', () => {
    write('a.en.md', '2024-05-08', 'Serbia and China signed 28 agreements on trade and technology, officials said.');
    write('b.fr.md', '2024-08-30', 'En mai, la Serbie et la Chine avaient signé 18 accords.');
    expect(flagged()).toEqual(['a.en.md', 'b.fr.md']);
  });
  it('a count of another month is of another visit', () => {
    write('b.fr.md', '2024-08-30', 'En août, la Serbie et la Chine ont signé 18 accords.');
    expect(flagged()).toEqual([]);
  });
  it('"the two sides" are the article\'s two countries', () => {
    write('a.en.md', '2024-05-08', 'China\'s leader arrived in Serbia on Tuesday. The two sides signed 28 agreements on trade and technology.');
    write('b.fr.md', '2024-08-30', 'En mai, la Serbie et la Chine avaient signé 18 accords.');
    expect(flagged()).toEqual(['a.en.md', 'b.fr.md']);
  });
});

describe('a fact set that types every place "place" (cities, provinces, sites alike)', () => {
  // The fixture: Nepal's provinces, a district, cities and a palace; Kuwait's governorate "Al Asimah"
  // and a city of that name; Sri Lanka with Colombo, Galle and Western Province, all "place".
  const SET = fileURLToPath(new URL('../fixtures/factsets/generic-places.json', import.meta.url));
  const places = (text: string, lang: string) =>
    claimsOf(text, lang, '2024-01-04', SET).filter((c) => c.kind === 'place').map((c) => `${c.slots.subject?.value}>${c.slots.place?.value}:${c.verdict}`);
  it('a site put in another city of the same level is contradicted', () => {
    expect(places('The prime minister met them at Temple Trees in Galle on Monday.', 'en')).toEqual(['temple-trees>galle:contradicted']);
    expect(places('The prime minister met them at Temple Trees in Colombo on Monday.', 'en')).toEqual(['temple-trees>colombo:verified']);
  });
  it.each([
    ['id', 'Longsor terjadi di distrik Kaski, Provinsi Bagmati, pada Senin.'],
    ['de', 'Der Erdrutsch ereignete sich im Distrikt Kaski in der Provinz Bagmati.'],
    ['en', 'The landslide hit Kaski district, Bagmati Province, on Monday.'],
  ])('%s: a district put in another province is contradicted', (lang, text) => {
    expect(places(text, lang)).toEqual(['kaski-district>bagmati-province:contradicted']);
  });
  it('the right province holds', () => {
    expect(places('Longsor terjadi di distrik Kaski, Provinsi Gandaki, pada Senin.', 'id')).toEqual(['kaski-district>gandaki-province:verified']);
  });
  it('a city is not compared with a province: the set does not say where Colombo lies within the country', () => {
    expect(places('The prime minister met them at Temple Trees in Western Province on Monday.', 'en')).toEqual(['temple-trees>western-province:unverifiable']);
  });
  it('a city named as its governorate may mean the governorate', () => {
    // The souk lies in Tarsa, in the governorate; "in Al Asimah" is right of the governorate.
    expect(places('Traders gathered at the Old Souk in Al Asimah on Friday.', 'en')).toEqual(['old-souk>kuwait-city:verified']);
  });
});

describe('German: a hyphenated name is called again by its last part ("Pelješac-Brücke": "die Brücke")', () => {
  const SET = fileURLToPath(new URL('../fixtures/factsets/generic-places.json', import.meta.url));
  const places = (text: string) =>
    claimsOf(text, 'de', '2024-01-04', SET).filter((c) => c.kind === 'place').map((c) => `${c.slots.subject?.value}>${c.slots.place?.value}:${c.verdict}`);
  it('"der Palast" after "Narayanhiti-Palast" is that palace', () => {
    expect(places('Der Narayanhiti-Palast ist heute ein Museum. Der Palast in der Provinz Gandaki zieht viele Besucher an.')).toEqual(['narayanhiti-palace>gandaki-province:contradicted']);
    expect(places('Der Narayanhiti-Palast ist heute ein Museum. Der Palast in der Provinz Bagmati zieht viele Besucher an.')).toEqual(['narayanhiti-palace>bagmati-province:verified']);
  });
  it('with no palace named before, "der Palast" is no one\'s', () => {
    expect(places('Der Palast in der Provinz Gandaki zieht viele Besucher an.')).toEqual([]);
  });
});

describe('a personal pronoun after a vote share does not make it a person\'s', () => {
  // The fixture: PAS won 50.2 % of the vote in Moldova's 2025 parliamentary election; Maia Sandu
  // 55.35 % in the presidential election of 2024 (people are subjects of vote shares too).
  const SET = fileURLToPath(new URL('../fixtures/factsets/party-vote.json', import.meta.url));
  const shares = (text: string, lang: string) =>
    claimsOf(text, lang, '2025-09-29', SET).filter((c) => c.kind === 'metric').map((c) => `${c.slots.subjects?.value}:${c.verdict}`);
  it('the party named before the figure is its subject («…, ce qui lui assure la majorité»)', () => {
    expect(shares('La présidente Maia Sandu a voté à Chisinau. Le PAS a obtenu 56,2 % des suffrages, ce qui lui assure la majorité.', 'fr')).toEqual(['pas:contradicted']);
    expect(shares('President Maia Sandu voted in Chisinau. PAS won 56.2% of the vote, which gives it a majority.', 'en')).toEqual(['pas:contradicted']);
    expect(shares('La présidente Maia Sandu a voté à Chisinau. Le PAS a obtenu 50,2 % des suffrages, ce qui lui assure la majorité.', 'fr')).toEqual(['pas:verified']);
  });
});

describe('a fiscal year ("2023/24", "FY2024", "tahun fiskal 2023-2024") is the fact set\'s twelve months across the two years', () => {
  // The fixture: India–Russia trade 65.7 bn USD in April 2023–March 2024 and 75.7 bn in calendar
  // 2023 (read as the year 2023, "2023/24" would pass); Australia–China 287 bn in July 2022–June 2023.
  const SET = fileURLToPath(new URL('../fixtures/factsets/fiscal.json', import.meta.url));
  const trade = (text: string, lang: string) =>
    claimsOf(text, lang, '2024-07-09', SET).filter((c) => c.kind === 'metric').map((c) => `${c.slots.value?.value}:${c.verdict}`);
  it.each([
    ['en', 'Trade between India and Russia reached $75.7 billion in the 2023/24 fiscal year that ended in March.'],
    ['en', 'Trade between India and Russia reached $75.7 billion in FY2024.'],
    ['en', 'Trade between India and Russia reached $75.7 billion in FY2023-24.'],
    ['de', 'Der Handel zwischen Indien und Russland erreichte im Geschäftsjahr 2023/24 rund 75,7 Milliarden Dollar.'],
    ['ru', 'Товарооборот России и Индии в 2023/24 финансовом году составил 75,7 млрд долларов.'],
    ['id', 'Nilai perdagangan India dan Rusia pada tahun fiskal 2023-2024 mencapai 75,7 miliar dolar AS.'],
    ['fr', 'Les échanges entre l\'Inde et la Russie ont atteint 75,7 milliards de dollars durant l\'exercice 2023-2024.'],
    ['es', 'El comercio entre India y Rusia alcanzó 75.700 millones de dólares en el año fiscal 2023/24.'],
  ])('%s: a wrong figure for the fiscal year is contradicted', (lang, text) => {
    expect(trade(text, lang)).toEqual(['75700000000 USD:contradicted']);
  });
  it('the right one holds, and another country\'s fiscal months are its own', () => {
    expect(trade('Trade between India and Russia reached $65.7 billion in the 2023/24 fiscal year.', 'en')).toEqual(['65700000000 USD:verified']);
    expect(trade('Trade between Australia and China reached $287 billion in the 2022/23 financial year.', 'en')).toEqual(['287000000000 USD:verified']);
  });
  it('two years joined by a dash without a word for a fiscal year are two calendar years', () => {
    expect(trade('Trade between India and Russia reached $65.7 billion in 2023-2024.', 'en')).toEqual(['65700000000 USD:unverifiable']);
  });
});

describe('the base of a comparison right after a rate, with a period of its own, is the same measure then', () => {
  // Bundled: Russia–Tajikistan trade grew 12.5 % in 2023 and 23.7 % in 2022.
  it.each([
    ['en', 'Trade between Russia and Tajikistan grew 12.5% in 2023, compared with 33.7% in 2022.'],
    ['fr', 'Les échanges entre la Russie et le Tadjikistan ont progressé de 12,5 % en 2023, contre 33,7 % en 2022.'],
    ['ru', 'Товарооборот России и Таджикистана в 2023 году вырос на 12,5% против 33,7% в 2022 году.'],
    ['es', 'El comercio entre Rusia y Tayikistán creció un 12,5 % en 2023, frente al 33,7 % de 2022.'],
  ])('%s', (lang, text) => {
    expect(metric(text, lang, '2024-03-01')).toEqual(['trade-growth:verified', 'trade-growth:contradicted']);
  });
  it('the right base holds', () => {
    expect(metric('Trade between Russia and Tajikistan grew 12.5% in 2023, compared with 23.7% in 2022.', 'en', '2024-03-01')).toEqual(['trade-growth:verified', 'trade-growth:verified']);
  });
  it('a base of another measure, or with no period of its own, is not read', () => {
    expect(metric('Trade between Russia and Tajikistan grew 12.5% in 2023, compared with 33.7% for exports in 2022.', 'en', '2024-03-01')).toEqual(['trade-growth:verified']);
    expect(metric('Trade between Russia and Tajikistan grew 12.5% in 2023, compared with 33.7% before.', 'en', '2024-03-01')).toEqual(['trade-growth:verified']);
  });
});

const office = (text: string, lang: string, date: string) =>
  claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'office').map((c) => `${c.slots.person?.value}:${c.verdict}`);

describe('«предыдущий», "vorherige", "bisherige" before a title are "former"', () => {
  // Bundled: Jeenbekov was president of Kyrgyzstan 2017-11-24 to 2020-10-15.
  it.each([
    ['ru', 'Предыдущий президент Киргизии Сооронбай Жээнбеков живет в Бишкеке.'],
    ['de', 'Der vorherige kirgisische Präsident Sooronbay Jeenbekov lebt in Bischkek.'],
    ['de', 'Der bisherige kirgisische Präsident Sooronbay Jeenbekov lebt in Bischkek.'],
  ])('%s', (lang, text) => {
    expect(office(text, lang, '2022-03-01')).toEqual(['sooronbay-jeenbekov:verified']);
  });
  it('without the word he is called president now, which he is not', () => {
    expect(office('Президент Киргизии Сооронбай Жээнбеков живет в Бишкеке.', 'ru', '2022-03-01')).toEqual(['sooronbay-jeenbekov:contradicted']);
  });
});

describe('"the then president", «тогдашний»: the time the sentence writes, to the month', () => {
  // Bundled: Atambayev was president until 2017-11-24, Jeenbekov from then; Japarov from 2021.
  it.each([
    ['ru', 'В июне 2017 года тогдашний президент Киргизии Сооронбай Жээнбеков посетил Москву.'],
    ['en', 'In June 2017 the then president of Kyrgyzstan, Sooronbay Jeenbekov, visited Moscow.'],
    ['ru', 'В 2015 году тогдашний президент Киргизии Садыр Жапаров посетил Москву.'],
  ])('%s: someone who held the post only later is contradicted', (lang, text) => {
    expect(office(text, lang, '2024-03-01').map((x) => x.split(':')[1])).toEqual(['contradicted']);
  });
  it('the holder of that month holds', () => {
    expect(office('В июне 2017 года тогдашний президент Киргизии Алмазбек Атамбаев посетил Москву.', 'ru', '2024-03-01')).toEqual(['almazbek-atambayev:verified']);
    expect(office('In December 2017 the then president of Kyrgyzstan, Sooronbay Jeenbekov, visited Moscow.', 'en', '2024-03-01')).toEqual(['sooronbay-jeenbekov:verified']);
  });
  it('"under President X" keeps any time before the article: a memorial\'s year is the memorial\'s', () => {
    expect(office('The airport has been named after President Heydar Aliyev since 2004.', 'en', '2024-03-01').map((x) => x.split(':')[1])).not.toContain('contradicted');
  });
});

describe('a counterpart of a bare title ("the prime minister … his Belarusian counterpart X") holds that title\'s office', () => {
  // Bundled: Golovchenko was prime minister of Belarus 2020-06-04 to 2025-03-10; Lukashenko president.
  it.each([
    ['en', 'Russian Prime Minister Mikhail Mishustin arrived in Minsk. He will meet Belarusian President Alexander Lukashenko. On Friday the prime minister spoke by phone with his Belarusian counterpart Roman Golovchenko.'],
    ['ru', 'Премьер-министр России Михаил Мишустин прибыл в Минск. Он встретится с президентом Белоруссии Александром Лукашенко. В пятницу премьер говорил по телефону с белорусским коллегой Романом Головченко.'],
  ])('%s: not the president named last before', (lang, text) => {
    expect(office(text, lang, '2020-09-03')).toEqual(['mikhail-mishustin:verified', 'alexander-lukashenko:verified', 'roman-golovchenko:verified']);
  });
  it('a title that names its holder is that person\'s: "talks with President X and his Uzbek counterpart Y" is the subject\'s counterpart', () => {
    expect(office('Russian Foreign Minister Sergey Lavrov arrived in Tashkent. On Wednesday the minister will hold talks with President Shavkat Mirziyoyev and his Uzbek counterpart Bakhtiyor Saidov.', 'en', '2025-04-22'))
      .toEqual(['sergey-lavrov:verified', 'shavkat-mirziyoyev:verified', 'bakhtiyor-saidov:verified']);
  });
});

describe('the bundled fact set: both sides\' figures for Russia–Kyrgyzstan trade in 2023, and the Kyrgyz defence ministers of 2021', () => {
  it('3.5 bn (Japarov, year-end) and 2.9 bn (Kyrgyz statistics) hold; 5 bn does not', () => {
    expect(metric('Товарооборот России и Киргизии в 2023 году составил 3,5 млрд долларов.', 'ru', '2024-01-10')).toEqual(['trade-turnover:verified']);
    expect(metric('Товарооборот России и Киргизии в 2023 году составил 2,9 млрд долларов.', 'ru', '2024-06-10')).toEqual(['trade-turnover:verified']);
    expect(metric('Товарооборот России и Киргизии в 2023 году составил 5 млрд долларов.', 'ru', '2024-06-10')).toEqual(['trade-turnover:contradicted']);
  });
  it('Omuraliev was defence minister in February 2021, Bekbolotov was not yet', () => {
    expect(office('Министр обороны Киргизии Таалайбек Омуралиев встретился с коллегами.', 'ru', '2021-02-26')).toEqual(['taalaibek-omuraliev:verified']);
    expect(office('Министр обороны Киргизии Бактыбек Бекболотов встретился с коллегами.', 'ru', '2021-02-26')).toEqual(['baktybek-bekbolotov:contradicted']);
  });
});

describe('English months abbreviated without a full stop ("Feb 10, 2023", agency style)', () => {
  const weekdays = (text: string) => claimsOf(text, 'en', '2023-02-11', BUNDLED).filter((c) => c.ruleId === 'date-weekday').map((c) => c.verdict);
  it('a weekday that does not match is contradicted', () => {
    expect(weekdays('The president spoke in Chisinau on Thursday, Feb 10, 2023.')).toEqual(['contradicted']);
    expect(weekdays('The president spoke in Chisinau on Friday, Feb 10, 2023.')).toEqual(['verified']);
    expect(weekdays('The president spoke in Chisinau on Friday, Sept 8, 2023.')).toEqual(['verified']);
  });
  it('"Jan" before a surname is a first name, no date', () => {
    expect(weekdays('On Friday Jan Lipavsky met the delegation.')).toEqual([]);
  });
});

describe('a patronymic between a given name and a surname the fact set writes without it', () => {
  // Bundled: Abdulla Aripov, prime minister of Uzbekistan since 2016; Ilham Aliyev, president of Azerbaijan.
  it.each([
    ['id', 'Perdana Menteri Kazakhstan Abdulla Nigmatovich Aripov menerima delegasi pada Selasa.'],
    ['ru', 'Премьер-министр Казахстана Абдулла Нигматович Арипов принял делегацию.'],
    ['ru', 'Делегацию принял премьер-министр Казахстана Абдулла Нигматович Арипов.'],
    ['en', 'Kazakh Prime Minister Abdulla Nigmatovich Aripov received the delegation.'],
  ])('%s: the wrong country is caught', (lang, text) => {
    expect(office(text, lang, '2023-06-14')).toEqual(['abdulla-aripov:contradicted']);
  });
  it('declined, and with a father\'s name and "oglu"', () => {
    expect(office('Делегация встретилась с премьер-министром Узбекистана Абдуллой Нигматовичем Ариповым.', 'ru', '2023-06-14')).toEqual(['abdulla-aripov:verified']);
    expect(office('Der armenische Präsident Ilham Heydar oglu Aliyev wird am Freitag erwartet.', 'de', '2023-06-14')).toEqual(['ilham-aliyev:contradicted']);
    expect(office('Der aserbaidschanische Präsident Ilham Heydar oglu Aliyev wird am Freitag erwartet.', 'de', '2023-06-14')).toEqual(['ilham-aliyev:verified']);
  });
});

describe('"the country\'s president X", «президент страны X»: the one country the sentence named before', () => {
  // Bundled: Jeenbekov was president of Kyrgyzstan 2017-11-24 to 2020-10-15, Atambayev before him.
  it.each([
    ['ru', 'Вопрос о второй российской базе на юге Кыргызстана не решен, заявил президент страны Алмазбек Атамбаев.'],
    ['en', 'The question of a second base in the south of Kyrgyzstan is not settled, said the country\'s president Almazbek Atambayev.'],
    ['de', 'Die Frage einer zweiten Basis im Süden Kirgisistans sei offen, sagte der Präsident des Landes, Almasbek Atambajew.'],
  ])('%s: a former holder called the country\'s president is contradicted', (lang, text) => {
    expect(office(text, lang, '2019-03-06')).toEqual(['almazbek-atambayev:contradicted']);
  });
  it('the holder of the day holds', () => {
    expect(office('Вопрос о базе на юге Кыргызстана не решен, заявил президент страны Сооронбай Жээнбеков.', 'ru', '2019-03-06')).toEqual(['sooronbay-jeenbekov:verified']);
  });
  it('a country that is another office\'s, or two countries, leave "the country" unread', () => {
    expect(office('Президент России Владимир Путин провел переговоры с президентом республики Алмазбеком Атамбаевым.', 'ru', '2019-03-06')).toEqual(['vladimir-putin:verified']);
    expect(office('Российский министр проведет переговоры с президентом республики Алмазбеком Атамбаевым.', 'ru', '2019-03-06')).toEqual([]);
    expect(office('Казахстан и Кыргызстан обсудили границу, заявил президент страны Алмазбек Атамбаев.', 'ru', '2019-03-06')).toEqual([]);
  });
});

describe('a country adjective inside an office\'s name: «глава киргизского кабмина», "head of the Kyrgyz cabinet"', () => {
  // Bundled: Akylbek Japarov chaired the Cabinet of Ministers of Kyrgyzstan 2021-10-12 to 2024-12-16;
  // Adylbek Kasymaliev after him.
  it.each([
    ['ru', 'Об этом рассказал глава киргизского кабмина Адылбек Касымалиев.'],
    ['en', 'This was said by the head of the Kyrgyz cabinet, Adylbek Kasymaliev.'],
  ])('%s: the holder\'s successor is contradicted before he took office', (lang, text) => {
    expect(office(text, lang, '2024-10-03')).toEqual(['adylbek-kasymaliev:contradicted']);
  });
  it('the holder of the day holds', () => {
    expect(office('Об этом рассказал глава киргизского кабмина Акылбек Жапаров.', 'ru', '2024-10-03')).toEqual(['akylbek-japarov:verified']);
  });
});

describe('Indonesian: a weekday with a numeric date of two-digit year, "Rabu (6/4/22)"', () => {
  const weekdays = (text: string) => claimsOf(text, 'id', '2022-04-07', BUNDLED).filter((c) => c.ruleId === 'date-weekday').map((c) => c.verdict);
  it('is checked as this century\'s year', () => {
    expect(weekdays('Keduanya bertemu di Brussel pada Kamis (6/4/22).')).toEqual(['contradicted']);
    expect(weekdays('Keduanya bertemu di Brussel pada Rabu (6/4/22).')).toEqual(['verified']);
  });
  it('a score or a ratio in brackets is no date', () => {
    expect(weekdays('Tim itu menang pada Rabu (6/4/2) setelah adu penalti.')).toEqual([]);
  });
});

describe('"President X from Kazakhstan", "Präsident X aus Kasachstan": the country after "from" is the office\'s', () => {
  it.each([
    ['en', 'Attending were President Shavkat Mirziyoyev from Kazakhstan and President Sadyr Japarov from Kyrgyzstan.'],
    ['de', 'Anwesend war Präsident Schawkat Mirsijojew aus Kasachstan.'],
  ])('%s: the wrong country is caught', (lang, text) => {
    expect(office(text, lang, '2022-12-27')[0]).toBe('shavkat-mirziyoyev:contradicted');
  });
  it('a post of an organisation: the country is the holder\'s own, the post holds', () => {
    expect(office('Am Treffen nahm Generalsekretär Imangali Tasmagambetow aus Kasachstan teil.', 'de', '2023-11-23')).toEqual(['imangali-tasmagambetov:verified']);
  });
  it('not before a possessive: "from Kazakhstan\'s capital" names a city', () => {
    expect(office('President Sadyr Japarov from Kazakhstan\'s capital flew home.', 'en', '2022-12-27')).toEqual(['sadyr-japarov:verified']);
  });
});

describe('"the new foreign minister X", «новый глава МИД»: a term that began or begins within a year of the article', () => {
  // Bundled: Yermek Kosherbayev, foreign minister of Kazakhstan from 2025-09-26; Murat Nurtleu before.
  it.each([
    ['en', 'Kazakhstan\'s new foreign minister Yermek Kosherbayev met Sergey Lavrov in Moscow.'],
    ['ru', 'Новый глава МИД Казахстана Ермек Кошербаев встретился с Сергеем Лавровым в Москве.'],
  ])('%s: years before his appointment he is no new minister', (lang, text) => {
    expect(office(text, lang, '2023-06-01')[0]).toBe('yermek-kosherbayev:contradicted');
  });
  it('weeks after it, or weeks before it as the incoming one, he is', () => {
    expect(office('Kazakhstan\'s new foreign minister Yermek Kosherbayev met Sergey Lavrov in Moscow.', 'en', '2025-10-20')[0]).toBe('yermek-kosherbayev:verified');
    expect(office('Kazakhstan\'s incoming foreign minister Yermek Kosherbayev met Sergey Lavrov in Moscow.', 'en', '2025-09-10')[0]).toBe('yermek-kosherbayev:verified');
  });
  it('"the future president" keeps any time: history tells of what came later', () => {
    expect(office('In 1985 the future president Vladimir Putin served in Dresden.', 'en', '2024-06-01')).toEqual(['vladimir-putin:verified']);
  });
});

describe('a fact set that lists a case form of a name («Карлосом Франсой» beside «Карлос Франса»)', () => {
  const SET = fileURLToPath(new URL('../fixtures/factsets/listed-case-forms.json', import.meta.url));
  const offices = (text: string) => claimsOf(text, 'ru', '2023-04-17', SET).filter((c) => c.kind === 'office').map((c) => `${c.slots.person?.value}:${c.verdict}`);
  it('the title in the same case still names him', () => {
    expect(offices('Лавров провел переговоры с главой МИД Бразилии Карлосом Франсой.')).toEqual(['carlos-franca:contradicted']);
    expect(offices('Лавров провел переговоры с главой МИД Бразилии Мауро Виейрой.')).toEqual(['mauro-vieira:verified']);
  });
  it('a title in another case than the name is still another\'s («главы МИД Бразилии Карлос Франса» is no apposition)', () => {
    expect(offices('По словам главы МИД Бразилии Карлос Франса заявил, что переговоры прошли успешно.')).toEqual([]);
  });
});

describe('a change word that opens its sentence ("La caída, del 22,5 %", "Der Zuwachs betrug") measures what the sentence before did', () => {
  // Bundled: Russia–Kyrgyzstan trade 2024: 4.1 bn USD and +15.6 % (Russian data), 3.2 bn and +16.6 % (Kyrgyz data).
  it.each([
    ['es', 'El comercio entre Rusia y Kirguistán sumó 4.100 millones de dólares en 2024. El aumento, del 25,6 %, se explica por las importaciones de combustible.'],
    ['de', 'Der Handel zwischen Russland und Kirgisistan erreichte 2024 rund 4,1 Milliarden Dollar. Der Zuwachs betrug 25,6 Prozent.'],
    ['en', 'Trade between Russia and Kyrgyzstan reached $4.1 billion in 2024. The increase was 25.6%, driven by fuel.'],
  ])('%s', (lang, text) => {
    expect(metric(text, lang, '2025-03-01')).toEqual(['trade-turnover:verified', 'trade-growth:contradicted']);
  });
  it('a change word that names its own measure, or a name between, is not carried', () => {
    expect(metric('Trade between Russia and Kyrgyzstan reached $4.1 billion in 2024. Growth of Kazakhstan\'s economy was 5.6%.', 'en', '2025-03-01')).toEqual(['trade-turnover:verified']);
  });
});

describe('an event dated by a day without its year, near the article\'s date', () => {
  // The fixture: the treaty was signed on 2025-01-17; the visit held 10–11 February 2025, the inauguration on 20 January.
  const SET = fileURLToPath(new URL('../fixtures/factsets/event-days.json', import.meta.url));
  const events = (text: string, lang: string, date: string) =>
    claimsOf(text, lang, date, SET).filter((c) => c.kind === 'event-date').map((c) => `${c.slots.subject?.value}:${c.verdict}`);
  it('«firmaron el 15 de enero … un tratado» in an article of 18 January is of that January', () => {
    expect(events('Los presidentes firmaron el 15 de enero en el Kremlin un tratado de asociación estratégica integral.', 'es', '2025-01-18')).toEqual(['treaty:contradicted']);
    expect(events('Los presidentes firmaron el 17 de enero en el Kremlin un tratado de asociación estratégica integral.', 'es', '2025-01-18')).toEqual(['treaty:verified']);
  });
  it('a date is claimed by the nearest word of a date property: "on his first visit … since the inauguration on 20 January"', () => {
    expect(events('The president, on his first visit to Iran since the inauguration on January 20, met students.', 'en', '2025-02-11')).toEqual(['inauguration:verified']);
  });
});

describe('"last Wednesday", «el pasado miércoles», «mercredi dernier», "Rabu lalu": the last such day before the article', () => {
  const SET = fileURLToPath(new URL('../fixtures/factsets/event-days.json', import.meta.url));
  const events = (text: string, lang: string) =>
    claimsOf(text, lang, '2025-01-18', SET).filter((c) => c.kind === 'event-date').map((c) => `${c.slots.date?.value}:${c.verdict}`);
  it('a Wednesday before a Saturday article is three days before: the treaty was signed on Friday', () => {
    expect(events('Los presidentes firmaron el pasado miércoles en el Kremlin un tratado de asociación estratégica integral.', 'es')).toEqual(['2025-01-15:contradicted']);
    expect(events('Los presidentes firmaron el pasado viernes en el Kremlin un tratado de asociación estratégica integral.', 'es')).toEqual(['2025-01-17:verified']);
    expect(events('The presidents signed the Comprehensive Strategic Partnership Treaty last Wednesday.', 'en')).toEqual(['2025-01-15:contradicted']);
  });
  it('a weekday with no such word is no day', () => {
    expect(events('The presidents signed the Comprehensive Strategic Partnership Treaty on Wednesday.', 'en')).toEqual([]);
  });
});

describe('round 8 of real agency copy: the mechanisms behind its false alarms and misses', () => {
  // Bundled: Russia–Kazakhstan trade 2023 28 bn USD (±3 %); Russia's share of Kyrgyzstan's trade 2024
  // 22.3 % or 20 %; Aleinik Belarus's foreign minister to 2024-06-27, Ryzhenkov after him.
  it('"nearly", «почти», «вплотную приблизился к» put the value a little under the figure, not over it', () => {
    expect(metric('В 2023 году товарооборот между Россией и Казахстаном вплотную приблизился к 30 миллиардам долларов.', 'ru', '2024-11-26')).toEqual(['trade-turnover:verified']);
    expect(metric('В 2023 году товарооборот между Россией и Казахстаном составил почти 30 миллиардов долларов.', 'ru', '2024-11-26')).toEqual(['trade-turnover:verified']);
    expect(metric('Trade between Russia and Kazakhstan reached nearly $27 billion in 2023.', 'en', '2024-11-26')).toEqual(['trade-turnover:contradicted']);
    expect(metric('Trade between Russia and Kazakhstan reached nearly $40 billion in 2023.', 'en', '2024-11-26')).toEqual(['trade-turnover:contradicted']);
  });
  it('a percentage after "increased by" is a change even when a share\'s words follow in the sentence', () => {
    expect(metric('In 2024 trade between Russia and Kyrgyzstan increased by 13.6% and Russia kept its leading position in the foreign trade of Kyrgyzstan.', 'en', '2025-03-01'))
      .toEqual(['trade-growth:verified']);
  });
  it('"the new foreign minister" is one whose term began lately, not a predecessor who left lately', () => {
    expect(office('Belarus\'s new foreign minister Sergei Aleinik met Sergey Lavrov in Moscow.', 'en', '2024-11-20')[0]).toBe('sergei-aleinik:contradicted');
    expect(office('Belarus\'s new foreign minister Maxim Ryzhenkov met Sergey Lavrov in Moscow.', 'en', '2024-11-20')[0]).toBe('maxim-ryzhenkov:verified');
  });
  it.each([
    ['en', 'The Kyrgyz-Tajik presidents Sadyr Japarov and Emomali Rahmon signed the border treaty.'],
    ['ky', 'Кыргызстан менен Тажикстандын президенттери Садыр Жапаров менен Эмомали Рахмон чек ара келишимине кол коюшту.'],
  ])('%s: two countries before a plural title pair with the names in order', (lang, text) => {
    expect(office(text, lang, '2025-03-13')).toEqual(['sadyr-japarov:verified', 'emomali-rahmon:verified']);
  });
  it('the names the other way round are each the other country\'s', () => {
    expect(office('The Kyrgyz-Tajik presidents Emomali Rahmon and Sadyr Japarov signed the border treaty.', 'en', '2025-03-13')).toEqual(['emomali-rahmon:contradicted', 'sadyr-japarov:contradicted']);
  });
  it.each([
    ['en', 'Russia keeps the Kant air base in the Central Asian republic of Kazakhstan.'],
    ['de', 'Russland unterhält die Militärbasis Kant in der zentralasiatischen Republik Kasachstan.'],
  ])('%s: a description before the country\'s kind word', (lang, text) => {
    expect(claimsOf(text, lang, '2024-05-01', BUNDLED).filter((c) => c.kind === 'place').map((c) => c.verdict)).toEqual(['contradicted']);
  });
  it('an "and" that opens the next title closes an apposition: «el presidente de Armenia, Ilham Aliyev y el primer ministro …»', () => {
    expect(office('Firmaron el acuerdo el presidente de Armenia, Ilham Aliyev y el primer ministro de Azerbaiyán, Nikol Pashinián.', 'es', '2025-08-09')).toEqual(['ilham-aliyev:contradicted', 'nikol-pashinyan:contradicted']);
  });
});

describe('a blind African region: the mechanisms behind its false alarms', () => {
  const SET = fileURLToPath(new URL('../fixtures/factsets/africa-mechanisms.json', import.meta.url));
  const kinds = (text: string, lang: string, date: string) =>
    claimsOf(text, lang, date, SET).filter((c) => c.kind !== 'office').map((c) => `${c.kind}:${c.verdict}`);
  it('a part of a whole ("159 of the 400 seats in the National Assembly") is never the whole\'s own total', () => {
    expect(kinds('Партия президента получила 159 из 400 мест в Национальной ассамблее.', 'ru', '2024-06-02')).not.toContain('metric:contradicted');
    expect(kinds('The party of the president won 159 of the 400 seats in the National Assembly.', 'en', '2024-06-02')).not.toContain('metric:contradicted');
  });
  it('«la próxima RAN» is another meeting: its place is not this one\'s', () => {
    expect(kinds('Ambos Gobiernos acordaron celebrar la próxima RAN en España.', 'es', '2023-02-03')).toEqual([]);
    expect(kinds('La RAN en España concluyó con doce acuerdos.', 'es', '2023-02-03')).toEqual(['place:contradicted']);
  });
  it('a verb with a weekday of its own beside it is of that day, not of a date written before', () => {
    expect(kinds('El presidente obtuvo el 89 % en las elecciones presidenciales del 10 al 12 de diciembre, anunció este lunes la autoridad electoral.', 'es', '2023-12-18')).toEqual([]);
    expect(kinds('La Cour a proclamé samedi les résultats de l\'élection présidentielle du 12 décembre.', 'fr', '2023-12-18')).toEqual([]);
  });
  it('a subject inside a comparison after the date is the base, another instance', () => {
    expect(kinds('Forum yang berlangsung pada 1-3 September itu mencatat hasil enam kali lipat dibandingkan Forum Afrika pertama tahun 2018.', 'id', '2024-09-03')).not.toContain('event-date:contradicted');
  });
});

describe('Russian: a unit\'s abbreviation before a capitalised word ends the sentence («… млрд. Об этом заявил …»)', () => {
  // Bundled: Russia–Kazakhstan trade 2023 was 28 bn USD (±3 %).
  it('the figure keeps both countries, and the next sentence\'s names stay its own', () => {
    expect(metric('Объем торговли России и Казахстана в 2023 году достиг $21,1 млрд. Об этом заявил глава МИД Казахстана Мурат Нуртлеу.', 'ru', '2024-02-10')).toEqual(['trade-turnover:contradicted']);
  });
  it('«млн. долл. США» stays one sentence', () => {
    expect(metric('Объем торговли России и Казахстана в 2023 году достиг 28 000 млн. долл. США по данным статистики.', 'ru', '2024-02-10')).toEqual(['trade-turnover:verified']);
  });
});

describe('a year typed onto its month («23 октября2003 года») is the date\'s year, not the article\'s', () => {
  it('the Kant base\'s opening day, in an article ten years on, holds', () => {
    const events = claimsOf('Официальное открытие российской авиабазы Кант в Киргизии состоялось 23 октября2003 года.', 'ru', '2013-10-26', BUNDLED).filter((c) => c.kind === 'event-date');
    expect(events.map((c) => `${c.slots.date?.value}:${c.verdict}`)).toEqual(['2003-10-23:verified']);
  });
});

describe('a day without its year near the article\'s date, of an event of another year', () => {
  it('«открытие авиабазы Кант состоялось 25 октября» in a 2013 article is no claim about 2003\'s opening day', () => {
    const events = claimsOf('Официальное открытие российской авиабазы Кант в Киргизии состоялось 25 октября.', 'ru', '2013-10-26', BUNDLED).filter((c) => c.kind === 'event-date');
    expect(events.map((c) => c.verdict)).not.toContain('contradicted');
  });
  it('in the opening\'s own October it is', () => {
    const events = claimsOf('Официальное открытие российской авиабазы Кант в Киргизии состоится 25 октября.', 'ru', '2003-10-10', BUNDLED).filter((c) => c.kind === 'event-date');
    expect(events.map((c) => c.verdict)).toEqual(['contradicted']);
  });
});

describe('Kyrgyz: a country\'s bare name before an office with its possessive ending («Беларус президенти»)', () => {
  it.each([
    ['Казакстан президенти Александр Лукашенко Бишкекке келди.', 'alexander-lukashenko:contradicted'],
    ['Беларус президенти Александр Лукашенко Бишкекке келди.', 'alexander-lukashenko:verified'],
  ])('%s', (text, expected) => {
    expect(office(text, 'ky', '2024-05-01')).toEqual([expected]);
  });
});

describe('"Presidents A of X, B of Y and C of Z": each name with its own country', () => {
  it('a wrong country on one item is caught, the others hold', () => {
    expect(office('Presidents Sadyr Japarov of Kyrgyzstan, Emomali Rahmon of Uzbekistan, and Shavkat Mirziyoyev of Uzbekistan arrived in Astana.', 'en', '2024-08-08'))
      .toEqual(['sadyr-japarov:verified', 'emomali-rahmon:contradicted', 'shavkat-mirziyoyev:verified']);
  });
  it('a name without its country leaves the list to the usual reading', () => {
    expect(office('Presidents Sadyr Japarov of Kyrgyzstan and Emomali Rahmon arrived in Astana.', 'en', '2024-08-08').map((x) => x.split(':')[1])).not.toContain('contradicted');
  });
});
