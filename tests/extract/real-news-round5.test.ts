// Mechanisms behind misses and false alarms found this round in real agency copy and in errors a
// helper planted into it, each written here in our own words, with the trap the same
// construction must leave alone.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../helpers.js';

const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
const metric = (text: string, lang: string, date: string) =>
  claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'metric').map((c) => `${c.slots.property?.value}:${c.verdict}`);

describe('Russian: the genitive «торгового оборота» is trade turnover as well as the whole of a share', () => {
  // Bundled: Russia–Kazakhstan trade 2023 was 28 bn (±3 %); Russia–Kyrgyzstan growth 2024 13.6 %;
  // Russia's share of Kyrgyzstan's trade 2024 22.3 %.
  it('an amount after «объем торгового оборота» is checked', () => {
    expect(metric('Объем торгового оборота между Россией и Казахстаном в 2023 году составил 19 млрд долларов.', 'ru', '2024-05-10')).toEqual(['trade-turnover:contradicted']);
    expect(metric('Объем торгового оборота между Россией и Казахстаном в 2023 году составил 28 млрд долларов.', 'ru', '2024-05-10')).toEqual(['trade-turnover:verified']);
  });
  it('an amount before the genitive («… млрд долларов торгового оборота») is checked', () => {
    expect(metric('В 2023 году между Россией и Казахстаном было почти 28,5 млрд долларов торгового оборота.', 'ru', '2024-05-10')).toEqual(['trade-turnover:verified']);
    expect(metric('В 2023 году между Россией и Казахстаном было почти 18,5 млрд долларов торгового оборота.', 'ru', '2024-05-10')).toEqual(['trade-turnover:contradicted']);
  });
  it('growth of the turnover is a growth, not a share', () => {
    expect(metric('В 2024 году рост торгового оборота России и Киргизии составил 13,6%.', 'ru', '2025-02-10')).toEqual(['trade-growth:verified']);
    expect(metric('В 2024 году рост торгового оборота России и Киргизии составил 31%.', 'ru', '2025-02-10')).toEqual(['trade-growth:contradicted']);
  });
  it('a percentage with «доля» stays a share', () => {
    expect(metric('В 2024 году доля России в объеме торгового оборота Киргизии составила 22,3%.', 'ru', '2025-02-10')).toEqual(['share-of-trade:verified']);
  });
});

describe('a fact set naming its trade with a few words finds the language\'s other words for it (measureWords)', () => {
  // The fixture names Turkey–Azerbaijan trade "Warenaustausch", "intercambio comercial",
  // «товарооборот» …: 7.6 bn USD in 2023; Azerbaijan's foreign trade 51 bn.
  const SPARSE = fileURLToPath(new URL('../fixtures/factsets/sparse-trade-words.json', import.meta.url));
  const sparse = (text: string, lang: string) =>
    claimsOf(text, lang, '2024-06-01', SPARSE).filter((c) => c.kind === 'metric').map((c) => `${c.slots.property?.value}:${c.verdict}`);
  it.each([
    ['de', 'Der Warenverkehr zwischen der Türkei und Aserbaidschan erreichte 2023 rund 6,3 Milliarden Dollar.'],
    ['es', 'El flujo comercial entre Turquía y Azerbaiyán alcanzó unos 6.300 millones de dólares en 2023.'],
    ['ru', 'Объем торговли между Турцией и Азербайджаном в 2023 году составил 6,3 млрд долларов.'],
    ['en', 'Two-way trade between Turkey and Azerbaijan reached $6.3 billion in 2023.'],
    ['en', 'Azerbaijan and Turkey traded $6.3 billion worth of goods in 2023.'],
    ['fr', 'Le volume des échanges entre la Turquie et l\'Azerbaïdjan a atteint 6,3 milliards de dollars en 2023.'],
  ])('%s: a synonym the fact set does not list is checked', (lang, text) => {
    expect(sparse(text, lang)).toEqual(['trade-turnover:contradicted']);
  });
  it('the right figure under a synonym holds', () => {
    expect(sparse('Der Warenverkehr zwischen der Türkei und Aserbaidschan erreichte 2023 rund 7,6 Milliarden Dollar.', 'de')).toEqual(['trade-turnover:verified']);
  });
  it('another measure\'s word stays that measure', () => {
    expect(sparse('Der Außenhandel Aserbaidschans erreichte 2023 rund 51 Milliarden Dollar.', 'de')).toEqual(['foreign-trade-total:verified']);
  });
  it('after a colon, the figure of an aside belongs to the clause that opens the colon\'s part', () => {
    const text = 'Umgekehrt profitiert Georgien von seiner Lage: Ein großer Teil des Warenverkehrs zwischen der Türkei und Aserbaidschan, der 2023 ein Volumen von rund 6,3 Milliarden Dollar erreichte, läuft über georgische Straßen.';
    expect(sparse(text, 'de')).toEqual(['trade-turnover:contradicted']);
  });
});

describe('a generic noun ("the summit", «визит») stands for an event only when one event of the time fits', () => {
  // The fixture holds two summits in the same week of September 2023 (ASEAN in Jakarta, the G20 in
  // New Delhi) and Putin's visits to North Korea and Vietnam on consecutive days of June 2024.
  const EVENTS = fileURLToPath(new URL('../fixtures/factsets/near-events.json', import.meta.url));
  const places = (text: string, lang: string, date: string) =>
    claimsOf(text, lang, date, EVENTS).filter((c) => c.kind === 'place').map((c) => `${c.slots.subject?.value}:${c.verdict}`);
  it('a title-case event name gives its head word too ("43rd ASEAN Summit": summit), so "summit" is ambiguous that week', () => {
    expect(places('Southeast Asian leaders opened their annual summit in Jakarta on Tuesday.', 'en', '2023-09-05')).toEqual([]);
  });
  it('a Russian head comes after its adjectives («государственный визит»), so «визит» is ambiguous those days', () => {
    expect(places('Российский лидер прибыл в Ханой из Пхеньяна, где завершился его государственный визит в КНДР.', 'ru', '2024-06-20')).toEqual([]);
  });
  it('an event named in full is still placed', () => {
    expect(places('The G20 New Delhi summit in Jakarta drew leaders from every continent.', 'en', '2023-09-05')).toEqual(['g20-summit-2023:contradicted']);
  });
});

describe('a share written without its period', () => {
  // Bundled: Russia's share of Kyrgyzstan's foreign trade in 2024: 22.3 % (Ushakov) and 20 %
  // (the Russian economy ministry). The blind Caucasus fixture: Russia's share of Georgia's trade
  // 11.2 % in 2023 and 10.9 % in January–September 2024.
  const CAUCASUS = fileURLToPath(new URL('../fixtures/blind-caucasus/facts.json', import.meta.url));
  it('is the latest one known when the fact set has none for the article\'s year', () => {
    expect(metric('Russia\'s share of Kyrgyzstan\'s foreign trade is 22.3 percent.', 'en', '2025-06-01')).toEqual(['share-of-trade:verified']);
    expect(metric('Russia\'s share of Kyrgyzstan\'s foreign trade is 35 percent.', 'en', '2025-06-01')).toEqual(['share-of-trade:contradicted']);
  });
  it('takes the one period its sentence writes after it', () => {
    expect(metric('Russia accounted for 22.3 percent of Kyrgyzstan\'s foreign trade, which grew by a fifth in 2024.', 'en', '2026-03-01')).toEqual(['share-of-trade:verified']);
    expect(metric('Russia accounted for 32.3 percent of Kyrgyzstan\'s foreign trade, which grew by a fifth in 2024.', 'en', '2026-03-01')).toEqual(['share-of-trade:contradicted']);
  });
  it('is of the period the article wrote before it, when the fact set has a value for that one', () => {
    const text = 'From January to September 2024, trade between Georgia and Turkey grew by 6.5 percent. Russia\'s share of Georgia\'s foreign trade was 10.9 percent.';
    const shares = claimsOf(text, 'en', '2024-10-22', CAUCASUS).filter((c) => c.kind === 'metric' && c.slots.property?.value === 'share-of-trade').map((c) => c.verdict);
    expect(shares).toEqual(['verified']);
  });
});

describe('a part and its whole: "82 of the 222 seats" claims 82, and 222 is no claim', () => {
  // The fixture: Pakatan Harapan won 82 seats in 2022.
  const SEATS = fileURLToPath(new URL('../fixtures/factsets/seats.json', import.meta.url));
  const seats = (text: string, lang: string) => claimsOf(text, lang, '2022-11-25', SEATS).filter((c) => c.kind === 'metric').map((c) => `${c.slots.value?.value}:${c.verdict}`);
  it.each([
    ['en', 'Pakatan Harapan won 82 of the 222 seats.'],
    ['de', 'Pakatan Harapan gewann 82 der 222 Sitze.'],
    ['fr', 'Pakatan Harapan a obtenu 82 des 222 sièges.'],
    ['es', 'Pakatan Harapan obtuvo 82 de los 222 escaños.'],
    ['ru', 'Пакатан Харапан получил 82 из 222 мест.'],
    ['id', 'Pakatan Harapan meraih 82 dari 222 kursi.'],
  ])('%s', (lang, text) => {
    expect(seats(text, lang)).toEqual(['82:verified']);
    expect(seats(text.replace('82', '92'), lang)).toEqual(['92:contradicted']);
  });
});

describe('a generic noun marked as another instance is not the article\'s event', () => {
  const EVENTS = fileURLToPath(new URL('../fixtures/factsets/near-events.json', import.meta.url));
  const places = (text: string, lang: string) =>
    claimsOf(text, lang, '2023-10-09', EVENTS).filter((c) => c.kind === 'place').map((c) => `${c.slots.subject?.value}:${c.verdict}`);
  it.each([
    ['en', 'The G20 New Delhi summit closed on Sunday. Indonesia will host next year\'s summit in Jakarta.'],
    ['en', 'The G20 New Delhi summit closed on Sunday. The previous summit in Jakarta was calmer.'],
    ['ru', 'Саммит G20 в Нью-Дели завершился в воскресенье. Предыдущий саммит в Джакарте был спокойнее.'],
    ['ru', 'Саммит G20 в Нью-Дели завершился в воскресенье. Следующий саммит в Джакарте пройдет через год.'],
  ])('%s: %s', (lang, text) => {
    expect(places(text, lang).filter((p) => p.endsWith('contradicted'))).toEqual([]);
  });
  it('the same noun unmarked is the event, and a wrong place is reported', () => {
    expect(places('The G20 New Delhi summit closed on Sunday. The summit in Jakarta was calm.', 'en')).toEqual(['g20-summit-2023:contradicted']);
  });
});

describe('a percentage right after a word of rise or decline is no share', () => {
  it('"up 11%" beside "accounted for about a fifth of … foreign trade"', () => {
    const text = 'Trade between Russia and Kyrgyzstan reached $4.1 billion in 2024, up 11% from a year earlier, and Russia accounted for about a fifth of Kyrgyzstan\'s foreign trade.';
    expect(metric(text, 'en', '2025-03-01').filter((m) => m.startsWith('share'))).toEqual([]);
  });
  it('a share written as a percentage still is one', () => {
    const text = 'Trade between Russia and Kyrgyzstan reached $4.1 billion in 2024, up 11% from a year earlier, and Russia accounted for 35% of Kyrgyzstan\'s foreign trade.';
    expect(metric(text, 'en', '2025-03-01').filter((m) => m.startsWith('share'))).toEqual(['share-of-trade:contradicted']);
  });
});

describe('a title after "under" («при», "unter", "bajo", "sous", "di bawah") is of its clause\'s time, not the article\'s', () => {
  // Atambayev was Kyrgyzstan's president 2011–2017; Lavrov never was.
  const verdicts = (text: string, lang: string) => claimsOf(text, lang, '2024-05-10', BUNDLED).filter((c) => c.kind === 'office').map((c) => c.verdict);
  it.each([
    ['en', 'Abdyldaev, who served as foreign minister under President Almazbek Atambayev, retired.'],
    ['de', 'Abdyldajew, der unter Präsident Almasbek Atambajew Außenminister war, ging in Rente.'],
    ['ru', 'Абдылдаев, который был министром иностранных дел при президенте Алмазбеке Атамбаеве, ушел на пенсию.'],
    ['es', 'Abdyldáyev, canciller bajo el presidente Almazbek Atambáyev, se jubiló.'],
    ['fr', 'Abdyldaïev, ministre des Affaires étrangères sous le président Almazbek Atambaïev, a pris sa retraite.'],
    ['id', 'Abdyldaev, yang menjabat menteri luar negeri di bawah Presiden Almazbek Atambayev, pensiun.'],
  ])('%s: a former president named so is no error', (lang, text) => {
    expect(verdicts(text, lang)).toEqual(['verified']);
  });
  it('a person who never held the title is still reported', () => {
    expect(verdicts('Abdyldaev served as foreign minister under President Sergei Lavrov.', 'en')).toEqual(['contradicted']);
  });
  it('"under" between a title and a name is no qualifier: "the seventh head of government under Lukashenko" gives him no post', () => {
    expect(verdicts('Er war der siebente Regierungschef unter Lukaschenko, der das Land seit 1994 führt.', 'de')).toEqual([]);
  });
});

describe('a title in a memorial (mausoleum, grave, monument, "named after") is of its holder\'s time', () => {
  // Heydar Aliyev was Azerbaijan's president 1993–2003 and died in 2003.
  const verdicts = (text: string, lang: string) => claimsOf(text, lang, '2024-08-18', BUNDLED).filter((c) => c.kind === 'office').map((c) => c.verdict);
  it.each([
    ['en', 'Putin laid a wreath at the mausoleum of President Heydar Aliyev in Baku.'],
    ['es', 'Putin visitará el mausoleo del presidente Heydar Aliyev en Bakú.'],
    ['es', 'El aeropuerto lleva el nombre del presidente Heydar Aliyev desde 2004.'],
    ['fr', 'Poutine a déposé une gerbe au mausolée du président Heydar Aliyev à Bakou.'],
    ['ru', 'Путин возложил венок к могиле президента Гейдара Алиева в Баку.'],
    ['de', 'Putin legte am Grab des Präsidenten Heydar Aliyev in Baku einen Kranz nieder.'],
    ['id', 'Putin meletakkan karangan bunga di makam Presiden Heydar Aliyev di Baku.'],
  ])('%s', (lang, text) => {
    expect(verdicts(text, lang).filter((v) => v === 'contradicted')).toEqual([]);
  });
  it('a name that never held the title is still reported', () => {
    expect(verdicts('Putin laid a wreath at the mausoleum of President Sergei Lavrov in Baku.', 'en')).toEqual(['contradicted']);
  });
});

describe('French: a country after an elided article ("de l\'Ouzbékistan", "d’Arménie") is the office\'s', () => {
  const offices = (text: string) => claimsOf(text, 'fr', '2024-05-27', BUNDLED).filter((c) => c.kind === 'office').map((c) => c.verdict);
  it.each([
    ['Le président de l\'Ouzbékistan, Chavkat Mirzioïev, est arrivé à Moscou.', 'verified'],
    ['Le Premier ministre de l’Arménie Nikol Pachinian est arrivé à Moscou.', 'verified'],
    ['Le président de l\'Azerbaïdjan Heydar Aliev est arrivé à Moscou.', 'contradicted'],
    ['Le ministre des Affaires étrangères d\'Ouzbékistan, Jeenbek Kouloubaïev, est arrivé.', 'contradicted'],
  ])('%s', (text, verdict) => {
    expect(offices(text)).toEqual([verdict]);
  });
});

describe('a word for the form of state between an office and its country ("of the Republic of")', () => {
  // Tokayev has been Kazakhstan's president since 2019; Nazarbayev was until 2019.
  const offices = (text: string, lang: string) => claimsOf(text, lang, '2024-05-10', BUNDLED).filter((c) => c.kind === 'office').map((c) => c.verdict);
  it.each([
    ['en', 'The President of the Republic of Kazakhstan Kassym-Jomart Tokayev arrived in Moscow.'],
    ['de', 'Banner grüßten den Präsidenten der Republik Kasachstan, Kassym-Schomart Tokajew.'],
    ['ru', 'Президент Республики Казахстан Касым-Жомарт Токаев прибыл в Москву.'],
    ['es', 'El presidente de la República de Kazajistán, Kassym-Jomart Tokáyev, llegó a Moscú.'],
    ['fr', 'Le président de la République du Kazakhstan, Kassym-Jomart Tokaïev, est arrivé à Moscou.'],
    ['id', 'Presiden Republik Kazakhstan Kassym-Jomart Tokayev tiba di Moskow.'],
  ])('%s', (lang, text) => {
    expect(offices(text, lang)).toEqual(['verified']);
    expect(offices(text.replace(/Kassym-(Jomart|Schomart) (Tokayev|Tokajew|Tokáyev|Tokaïev)|Касым-Жомарт Токаев/u, () => (lang === 'ru' ? 'Нурсултан Назарбаев' : lang === 'de' ? 'Nursultan Nasarbajew' : 'Nursultan Nazarbayev')), lang)).toEqual(['contradicted']);
  });
});

describe('a weekday with a numeric date in brackets, or a time of day between them', () => {
  // 18 August 2024 was a Sunday; 14 June 2023 a Wednesday.
  const weekdays = (text: string, lang: string, date: string) => claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'weekday').map((c) => c.verdict);
  it.each([
    ['es', 'El avión aterrizó este domingo (18.08.2024) en Bakú.', '2024-08-18'],
    ['es', 'El avión aterrizó el domingo (18/08/2024) en Bakú.', '2024-08-18'],
    ['de', 'Die Maschine landete am Sonntag (18.08.2024) in Baku.', '2024-08-18'],
    ['fr', 'L\'avion a atterri dimanche (18/08/2024) à Bakou.', '2024-08-18'],
    ['ru', 'Самолет приземлился в воскресенье (18.08.2024) в Баку.', '2024-08-18'],
    ['id', 'Pesawat mendarat Rabu pagi (14/6/2023) di Tashkent.', '2023-06-14'],
    ['en', 'The plane landed on Wednesday evening June 14, 2023, in Tashkent.', '2023-06-14'],
  ])('%s: %s', (lang, text, date) => {
    expect(weekdays(text, lang, date)).toEqual(['verified']);
  });
  it('a wrong weekday in the same shape is reported', () => {
    expect(weekdays('El avión aterrizó este lunes (18.08.2024) en Bakú.', 'es', '2024-08-18')).toEqual(['contradicted']);
    expect(weekdays('Pesawat mendarat Kamis pagi (14/6/2023) di Tashkent.', 'id', '2023-06-14')).toEqual(['contradicted']);
  });
});

describe('a figure in a "when" clause after a period is of that period', () => {
  // Bundled: Russia–Kazakhstan trade 26.1 bn (Kazakh data) and 24.3 bn (Russian data) in 2022, 28 bn in 2023.
  it.each([
    ['ru', 'В 2023 году товарооборот России и Казахстана вырос по сравнению с 2022 годом, когда он достиг 24,3 млрд долларов.'],
    ['en', 'Trade between Russia and Kazakhstan grew in 2023 compared with 2022, when it reached $24.3 billion.'],
    ['de', 'Der Handel zwischen Russland und Kasachstan wuchs 2023 im Vergleich zu 2022, als er 24,3 Milliarden Dollar erreichte.'],
  ])('%s', (lang, text) => {
    expect(metric(text, lang, '2024-05-10')).toEqual(['trade-turnover:verified']);
  });
  it('a wrong figure there is reported against that year', () => {
    expect(metric('В 2023 году товарооборот России и Казахстана вырос по сравнению с 2022 годом, когда он достиг 14,3 млрд долларов.', 'ru', '2024-05-10')).toEqual(['trade-turnover:contradicted']);
  });
});

describe('a pronoun before a figure is its subject; a person named only after it is another', () => {
  const VOTES = fileURLToPath(new URL('../fixtures/factsets/votes.json', import.meta.url));
  const votes = (text: string) => claimsOf(text, 'en', '2022-06-30', VOTES).filter((c) => c.kind === 'metric').map((c) => c.verdict);
  it('"He won … with about 31 million votes, more than double the tally of his rival Leni Robredo"', () => {
    expect(votes('Marcos took his oath at noon. He won with about 31 million votes, more than double the tally of his rival Leni Robredo.')).not.toContain('contradicted');
  });
  it('the person named before the figure is still its subject', () => {
    expect(votes('Leni Robredo won about 31 million votes.')).toEqual(['contradicted']);
  });
});

describe('a city, "in" and a country right after it ("to Lima in Chile")', () => {
  // Bundled: Bishkek is in Kyrgyzstan.
  const places = (text: string, lang: string) => claimsOf(text, lang, '2024-11-10', BUNDLED).filter((c) => c.kind === 'place').map((c) => c.verdict);
  it.each([
    ['en', 'Putin then flew to Bishkek in Kazakhstan.'],
    ['de', 'Die Reise führt ihn nach Bischkek in Kasachstan und weiter nach Minsk.'],
    ['ru', 'Путин прилетел в Бишкек в Казахстане.'],
  ])('%s: a wrong country is reported', (lang, text) => {
    expect(places(text, lang)).toEqual(['contradicted']);
  });
  it('the right one holds, and a possessive or a phrase going on makes no claim', () => {
    expect(places('Putin then flew to Bishkek in Kyrgyzstan.', 'en')).toEqual(['verified']);
    expect(places('Putin flew to Bishkek in Kazakhstan\'s shadow.', 'en')).toEqual([]);
    expect(places('Путин прилетел в Бишкек в Казахстане в понедельник.', 'ru')).toEqual([]);
  });
});

describe('a country inside a currency\'s name ("US-Dollar", «долларов США») is not named by the article', () => {
  it.each([
    ['de', 'Russland und Kirgisistan bauen ihre Beziehungen aus. Im Jahr 2024 erreichte der bilaterale Handel 4,1 Milliarden US-Dollar.'],
    ['ru', 'Россия и Киргизия расширяют сотрудничество. В 2024 году двусторонний товарооборот составил 4,1 млрд долларов США.'],
    ['id', 'Rusia dan Kirgistan memperluas kerja sama. Pada 2024 nilai perdagangan bilateral mencapai 4,1 miliar dolar AS.'],
  ])('%s: the figure is the article\'s pair\'s', (lang, text) => {
    const claims = claimsOf(text.replace(/ bilaterale?| двусторонний| bilateral/u, ''), lang, '2025-03-01', BUNDLED).filter((c) => c.kind === 'metric');
    expect(claims.map((c) => c.verdict)).toEqual(['verified']);
    expect(claims[0]!.slots.subjects?.value).not.toMatch(/usa/u);
  });
});

describe('a share\'s subjects end at the first comma after its whole', () => {
  // Bundled: Russia's share of Kyrgyzstan's trade in 2024 was 22.3 % (and 20 %).
  it('a country named after that comma is another\'s ("…, behind China")', () => {
    expect(metric('In 2024 Russia accounted for 22.3 percent of Kyrgyzstan\'s foreign trade, second only to China, whose trade grew fast.', 'en', '2025-03-01')).toEqual(['share-of-trade:verified']);
    expect(metric('In 2024 Russia accounted for 32.3 percent of Kyrgyzstan\'s foreign trade, second only to China, whose trade grew fast.', 'en', '2025-03-01')).toEqual(['share-of-trade:contradicted']);
  });
  it('the property\'s words before the figure, the whole after it: "accounted for 22.3 percent of …, far ahead of China"', () => {
    expect(metric('In 2024 Russia accounted for 22.3 percent of Kyrgyzstan\'s foreign trade and took most of its imports, far ahead of China and Kazakhstan.', 'en', '2025-03-01')).toEqual(['share-of-trade:verified']);
  });
  it('Spanish: "…, delante de Kazajistán" after the whole', () => {
    expect(metric('En 2024, Rusia representó el 22,3 % del comercio exterior kirguís y se mantuvo como primer socio del país, delante de Kazajistán, con el que el intercambio creció.', 'es', '2025-03-01')).toEqual(['share-of-trade:verified']);
  });
  it('a part named after its whole with no comma keeps it ("entfielen … des kirgisischen Außenhandels auf Russland")', () => {
    expect(metric('Im Jahr 2024 entfielen 22,3 Prozent des kirgisischen Außenhandels auf Russland.', 'de', '2025-03-01')).toEqual(['share-of-trade:verified']);
  });
});

describe('a bare year written onto a generic noun names another instance ("the 2019 summit", «саммит 2019 года»)', () => {
  const EVENTS = fileURLToPath(new URL('../fixtures/factsets/near-events.json', import.meta.url));
  const places = (text: string, lang: string) =>
    claimsOf(text, lang, '2023-10-09', EVENTS).filter((c) => c.kind === 'place').map((c) => `${c.slots.subject?.value}:${c.verdict}`);
  it.each([
    ['en', 'The G20 New Delhi summit closed on Sunday. The 2019 summit in Jakarta was calmer.'],
    ['ru', 'Саммит G20 в Нью-Дели завершился в воскресенье. Саммит 2019 года в Джакарте был спокойнее.'],
  ])('%s', (lang, text) => {
    expect(places(text, lang)).toEqual([]);
  });
  it('the event\'s own year keeps it the event, and a wrong place is reported', () => {
    expect(places('The G20 New Delhi summit closed on Sunday. The 2023 summit in Jakarta was calm.', 'en')).toEqual(['g20-summit-2023:contradicted']);
  });
});

describe('the article\'s pair counts the people who serve a country ("both countries")', () => {
  it('Putin named twice makes Russia the second country of an article that names it once', () => {
    const text = 'Russian President Vladimir Putin arrived in Kyrgyzstan on Monday. Putin was welcomed at the airport by Kyrgyzstan\'s president. Kazakhstan sent greetings. Trade between the two countries reached $4.1 billion in 2024.';
    expect(metric(text, 'en', '2025-03-01')).toEqual(['trade-turnover:verified']);
    expect(metric(text.replace('$4.1', '$6.1'), 'en', '2025-03-01')).toEqual(['trade-turnover:contradicted']);
  });
});

describe('places typed "province", "regency", "town" are regions and cities; a region set off by a comma is placed too', () => {
  // The fixture: Bandung Regency and the town of Garut are in West Java.
  const PROVINCES = fileURLToPath(new URL('../fixtures/factsets/provinces.json', import.meta.url));
  const places = (text: string, lang: string) => claimsOf(text, lang, '2024-01-10', PROVINCES).filter((c) => c.kind === 'place').map((c) => `${c.slots.subject?.value}:${c.verdict}`);
  it.each([
    ['id', 'Kereta itu berhenti di Kabupaten Bandung, Jawa Tengah, setiap pagi.', 'bandung-regency:contradicted'],
    ['id', 'Kereta itu berhenti di Kabupaten Bandung, Jawa Barat, setiap pagi.', 'bandung-regency:verified'],
    ['en', 'The train stops in Garut, Central Java, every morning.', 'garut:contradicted'],
  ])('%s: %s', (lang, text, expected) => {
    expect(places(text, lang)).toEqual([expected]);
  });
  it('a list of regions is no claim', () => {
    expect(places('Floods hit Bandung Regency, West Java and Central Java.', 'en')).toEqual([]);
  });
});

describe('two titles joined by "and" before two names ("respectively")', () => {
  const offices = (text: string, lang: string) => claimsOf(text, lang, '2024-05-10', BUNDLED).filter((c) => c.kind === 'office').map((c) => c.verdict);
  it.each([
    ['ru', 'В церемонии приняли участие президент Киргизии и премьер-министр Казахстана — Садыр Жапаров и Олжас Бектенов соответственно.'],
    ['en', 'The ceremony was attended by the president of Kyrgyzstan and the prime minister of Kazakhstan, Sadyr Japarov and Olzhas Bektenov respectively.'],
  ])('%s: the second title is not the first name\'s', (lang, text) => {
    expect(offices(text, lang)).not.toContain('contradicted');
  });
});

describe('a second amount in a clause with a noun phrase of its own', () => {
  // Bundled 2023: Russia–Kazakhstan 28 bn, Russia–Kyrgyzstan 2.9 bn (Kyrgyz data).
  it('"… reached $28 billion, far above Russia–Kyrgyzstan trade of about $2.9 billion"', () => {
    expect(metric('In 2023 trade between Russia and Kazakhstan reached $28 billion, far above Russia-Kyrgyzstan trade of about $2.9 billion.', 'en', '2024-05-10'))
      .toEqual(['trade-turnover:verified', 'trade-turnover:verified']);
    expect(metric('Tahun lalu perdagangan Rusia dengan Kazakhstan mencapai 28 miliar dolar AS, jauh di atas perdagangan Rusia–Kirgistan yang berkisar 2,9 miliar dolar AS.', 'id', '2024-05-10'))
      .toEqual(['trade-turnover:verified', 'trade-turnover:verified']);
  });
});

describe('more weekday shapes: a time of day glued to the weekday, a joiner with its own comma, a month-name date in brackets', () => {
  const weekdays = (text: string, lang: string, date: string) => claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'weekday').map((c) => c.verdict);
  it.each([
    ['de', 'Kroatien hat am Dienstagabend (26. Juli) die Brücke eröffnet.', '2022-07-27', 'verified'],
    ['de', 'Kroatien hat am Montagabend (26. Juli) die Brücke eröffnet.', '2022-07-27', 'contradicted'],
    ['ky', 'Саммит шаршемби күнү, 6-ноябрда Бишкекте өттү.', '2024-11-07', 'verified'],
    ['ky', 'Саммит шейшемби күнү, 6-ноябрда Бишкекте өттү.', '2024-11-07', 'contradicted'],
    ['en', 'The plane landed on Wednesday evening, June 14, 2023, in Tashkent.', '2023-06-15', 'verified'],
  ])('%s: %s', (lang, text, date, verdict) => {
    expect(weekdays(text, lang, date)).toEqual([verdict]);
  });
});

describe('a country joined by "and" to an article and an unknown noun ("zwischen China und der Region")', () => {
  it('has an unknown other side, not the article\'s pair', () => {
    const text = 'Russland und Kirgisistan vertiefen ihre Beziehungen. Der Handel zwischen Russland und der Region erreichte 2024 rund 4,1 Milliarden Dollar.';
    const claims = claimsOf(text, 'de', '2025-03-01', BUNDLED).filter((c) => c.kind === 'metric');
    expect(claims.map((c) => c.verdict)).toEqual(['unverifiable']);
  });
});

describe('round 6 of real articles: a counterpart joined by "and", a genitive before a city, "first 10 months"', () => {
  const offices = (text: string, lang: string) => claimsOf(text, lang, '2024-05-10', BUNDLED).filter((c) => c.kind === 'office').map((c) => `${c.slots.person?.value}:${c.verdict}`);
  it.each([
    ['en', 'Russian Foreign Minister Sergey Lavrov arrived in Samarkand. On Wednesday the minister will hold talks with President Shavkat Mirziyoyev and his Uzbek counterpart Bakhtiyor Saidov.'],
    ['ru', 'Глава МИД РФ Сергей Лавров прибыл в Самарканд. В среду российский министр проведет переговоры с президентом республики Шавкатом Мирзиеевым и своим узбекистанским коллегой Бахтиером Саидовым.'],
  ])('%s: the counterpart is the subject\'s, not the president\'s joined to it by "and"', (lang, text) => {
    expect(offices(text, lang)).not.toContain('bakhtiyor-saidov:contradicted');
    expect(offices(text, lang)).toContain('bakhtiyor-saidov:verified');
  });
  it('with no one else named, the one joined by "and" is the possessor ("Putin y su homólogo kirguís")', () => {
    expect(offices('El presidente ruso, Vladímir Putin, y su homólogo kirguís, Sadir Zhapárov, acordaron hoy incrementar su cooperación.', 'es')).toContain('sadyr-japarov:verified');
  });
  it('French: «l\'influence de Moscou au Kirghizstan» places nothing; «arrivé à Moscou au Kazakhstan» does', () => {
    const places = (text: string) => claimsOf(text, 'fr', '2024-05-10', BUNDLED).filter((c) => c.kind === 'place').map((c) => c.verdict);
    expect(places('La visite met en lumière l\'influence de Moscou au Kirghizstan.')).toEqual([]);
    expect(places('Le président est arrivé à Moscou au Kazakhstan.')).toEqual(['contradicted']);
  });
  it('English: "the first 10 months of 2023" is that part of the year', () => {
    const claims = claimsOf('Trade between Russia and Kazakhstan for the first 10 months of 2023 amounted to $21.4 billion.', 'en', '2023-12-01', BUNDLED).filter((c) => c.kind === 'metric');
    expect(claims.map((c) => c.slots.period?.value)).toEqual(['2023-01..2023-10']);
    expect(claims.map((c) => c.verdict)).toEqual(['unverifiable']);
  });
});

describe('a bound says the figure is near it ("more than 7 %" is no way to write 23.7 %)', () => {
  // Bundled: Russia–Tajikistan trade grew 23.7 % in 2022; Russia–Kazakhstan trade was 28 bn in 2023.
  it.each([
    ['В 2022 году товарооборот России и Таджикистана вырос более чем на 7%.', 'ru', 'trade-growth:contradicted'],
    ['В 2022 году товарооборот России и Таджикистана вырос более чем на 20%.', 'ru', 'trade-growth:verified'],
    ['In 2023 trade between Russia and Kazakhstan exceeded $20 billion.', 'en', 'trade-turnover:verified'],
    ['In 2023 trade between Russia and Kazakhstan exceeded $15 billion.', 'en', 'trade-turnover:contradicted'],
  ])('%s', (text, lang, expected) => {
    expect(metric(text, lang, '2024-05-10')).toEqual([expected]);
  });
});

describe('an honorific before a full name is no initial ("M. Almazbek Atambaev")', () => {
  // Atambayev was Kyrgyzstan's president 2011–2017.
  it('the name keeps its apposition', () => {
    const offices = (text: string, date: string) => claimsOf(text, 'fr', date, BUNDLED).filter((c) => c.kind === 'office').map((c) => c.verdict);
    expect(offices('M. Almazbek Atambaev, Président de la République kirghize, a reçu la délégation.', '2015-05-10')).toEqual(['verified']);
    expect(offices('M. Almazbek Atambaev, Président de la République kirghize, a reçu la délégation.', '2024-05-10')).toEqual(['contradicted']);
  });
});

describe('of two share words in a clause, the nearer one claims the percentage', () => {
  it('"… more than a half of mutual settlements and accounted for 22.3 percent of Kyrgyzstan\'s foreign trade"', () => {
    expect(metric('In 2024 Russia had more than a half of mutual settlements and accounted for 22.3 percent of Kyrgyzstan\'s foreign trade.', 'en', '2025-03-01')).toEqual(['share-of-trade:verified']);
  });
});
