// Mechanisms behind the false alarms of a run over real French, Spanish and Kyrgyz agency copy,
// each written here in our own words, with the true error the same construction must still catch.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf, lint, rulesOf } from '../helpers.js';

const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
const rules = (text: string, lang: string, date: string) => rulesOf(lint(text, lang, date, BUNDLED)).filter((r) => r !== 'cross-article');

describe('an office in a list is followed by its own holder, even one the fact set cannot name', () => {
  it('does not give the office to the person before it', () => {
    expect(rules('La réunion s\'est tenue en présence du président russe Vladimir Poutine, du président du Kazakhstan, Marat Ospanov, et d\'autres dirigeants.', 'fr', '2022-01-10')).toEqual([]);
    expect(rules('Участвовали президент России Владимир Путин, президент Казахстана, Марат Оспанов, и другие.', 'ru', '2022-01-10')).toEqual([]);
  });
  it('still reports a known wrong holder there', () => {
    expect(rules('La réunion s\'est tenue en présence du président russe Vladimir Poutine, du président du Kazakhstan, Sadyr Japarov, et d\'autres dirigeants.', 'fr', '2022-01-10')).toEqual(['office-holder']);
  });
});

describe('news of a handover', () => {
  it('leaves open a title used within three days of the term\'s end', () => {
    // Abylgaziev's premiership ends 2020-06-15 in the bundled set; the decree accepting it is of the 16th.
    expect(rules('Kyrgyz Prime Minister Mukhammedkalyi Abylgaziev\'s resignation was accepted by the president.', 'en', '2020-06-16')).toEqual([]);
    expect(rules('Премьер-министр Кыргызстана Мухаммедкалый Абылгазиев подал в отставку.', 'ru', '2020-06-18')).toEqual([]);
  });
  it('reports the same title a week later', () => {
    expect(rules('Kyrgyz Prime Minister Mukhammedkalyi Abylgaziev\'s resignation was accepted by the president.', 'en', '2020-06-23')).toEqual(['office-holder']);
  });
});

describe('a clause that tells of a takeover names the holder before it', () => {
  // Nazarbayev's presidency ends 2019-03-20 in the bundled set; these articles are of April 2019.
  it.each([
    ['de', 'Der Interimspräsident hatte vor knapp einem Monat das Amt von dem langjährigen Präsidenten Nursultan Nasarbajew übernommen.'],
    ['en', 'The interim leader took over a month ago from long-time President Nursultan Nazarbayev.'],
    ['fr', 'Le président par intérim a pris la relève du président Noursoultan Nazarbaïev il y a un mois.'],
    ['es', 'El presidente interino tomó el relevo del presidente Nursultán Nazarbáyev hace un mes.'],
    ['id', 'Presiden sementara mengambil alih jabatan dari Presiden Nursultan Nazarbayev sebulan lalu.'],
  ])('%s: no report for the holder who handed over', (lang, text) => {
    expect(rules(text, lang, '2019-04-09')).toEqual([]);
  });
  it.each([
    ['de', 'Präsident Nursultan Nasarbajew besuchte am Dienstag Moskau.'],
    ['en', 'President Nursultan Nazarbayev visited Moscow on Tuesday.'],
  ])('%s: the same title outside such a clause is still reported', (lang, text) => {
    expect(rules(text, lang, '2019-04-09')).toEqual(['office-holder']);
  });
  it('a takeover clause still reports a post of another country', () => {
    expect(rules('The interim leader took over a month ago from long-time Russian President Nursultan Nazarbayev.', 'en', '2019-04-09')).toEqual(['office-holder']);
  });
});

describe('a period past a comma that leads a later figure belongs to that figure', () => {
  // Bundled: Russia–Kyrgyzstan trade 2024 was 4.1 bn and grew 13.6 % (Russian data); the articles
  // are of November 2025, so "this year" is 2025 and "last year" 2024.
  it.each([
    ['de', 'Im vergangenen Jahr sei der Handel zwischen Russland und Kirgisistan um 13,6 % auf 5,1 Mrd. USD gewachsen, in den ersten neun Monaten dieses Jahres habe er weitere 12 % zugelegt.'],
    ['en', 'Last year trade between Russia and Kyrgyzstan grew by 13.6% to $5.1 billion, and in the first nine months of this year it rose by a further 12%.'],
    ['fr', "L'an dernier, les échanges entre la Russie et le Kirghizistan ont progressé de 13,6 % pour atteindre 5,1 milliards de dollars, et sur les neuf premiers mois de cette année ils ont encore augmenté de 12 %."],
    ['es', 'El año pasado el comercio entre Rusia y Kirguistán creció un 13,6 % hasta 5.100 millones de dólares, y en los primeros nueve meses de este año aumentó otro 12 %.'],
  ])('%s: the total keeps "last year" and a wrong one is reported', (lang, text) => {
    expect(rules(text, lang, '2025-11-20')).toEqual(['metric-value']);
    expect(rules(text.replace(/5[.,]1(00)?/u, (m) => m.replace('5', '4')), lang, '2025-11-20')).toEqual([]);
  });
  it('a period right after its own figure is still that figure\'s', () => {
    expect(rules('Trade between Russia and Kyrgyzstan reached $5.1 billion in 2024, and in 2023 it was $2.9 billion.', 'en', '2025-11-20')).toEqual(['metric-value']);
  });
});

describe('"up to" after a change gives the amount reached', () => {
  it('es: «creció un 13,6 % hasta» and «subió hasta» are exact totals', () => {
    expect(rules('En 2024 el comercio entre Rusia y Kirguistán creció un 13,6 % hasta 5.100 millones de dólares.', 'es', '2025-11-20')).toEqual(['metric-value']);
    expect(rules('En 2024 el comercio entre Rusia y Kirguistán subió hasta 5.100 millones de dólares.', 'es', '2025-11-20')).toEqual(['metric-value']);
  });
  it('a ceiling with no change before it stays a ceiling', () => {
    expect(rules('En 2024 el comercio entre Rusia y Kirguistán alcanzó hasta 5.100 millones de dólares.', 'es', '2025-11-20')).toEqual([]);
    expect(rules('In 2024 trade between Russia and Kyrgyzstan reached up to $5.1 billion.', 'en', '2025-11-20')).toEqual([]);
  });
});

describe('a hedged term is still a term', () => {
  // The forms fixture: the 1995 Gyumri basing treaty was concluded for 25 years (49 after 2010).
  const FORMS = fileURLToPath(new URL('../fixtures/forms-en-de/facts.json', import.meta.url));
  const formsRules = (text: string) => rulesOf(lint(text, 'en', '2011-05-01', FORMS)).filter((r) => r !== 'cross-article');
  it('reads "for about 35 years" after the duration word, as "for 35 years"', () => {
    expect(formsRules('Russia keeps its base in Gyumri. The 1995 basing treaty was originally concluded for about 35 years.')).toEqual(['metric-value']);
    expect(formsRules('Russia keeps its base in Gyumri. The 1995 basing treaty was originally concluded for 35 years.')).toEqual(['metric-value']);
    expect(formsRules('Russia keeps its base in Gyumri. The 1995 basing treaty was originally concluded for about 25 years.')).toEqual([]);
  });
});

describe('a decimal comma inside a relative clause does not close it', () => {
  // Bundled: Russia–Kyrgyzstan trade grew 15.6 % in 2024 (one of the Russian figures).
  it.each([
    ['es', 'Los líderes de Rusia y Kirguistán abordarán el comercio, que aumentó un 25,6 % en 2024, según el Kremlin.'],
    ['ru', 'Лидеры России и Киргизии обсудят товарооборот, который вырос на 25,6% в 2024 году, сообщили в Кремле.'],
    ['de', 'Die Präsidenten Russlands und Kirgisistans sprechen über den Handel, der 2024 um 25,6 % gewachsen ist, hieß es.'],
  ])('%s: the rate keeps the year written after it', (lang, text) => {
    expect(rules(text, lang, '2025-11-20')).toEqual(['metric-value']);
    expect(rules(text.replace('25,6', '15,6'), lang, '2025-11-20')).toEqual([]);
  });
});

describe('a dash for "is" after the opening name joins both sides (ru, ky)', () => {
  // Bundled: Russia–Kyrgyzstan trade 2024 was 4.1 bn (Russian data), 3.2 bn (Kyrgyz data).
  it('ru: «Россия — ведущий партнёр Киргизии, …» keeps Russia among the figure\'s subjects', () => {
    const text = 'Россия — ведущий торговый партнёр Киргизии, в прошлом году товарооборот вырос на 13,6% до 5,1 млрд долларов.';
    expect(rules(text, 'ru', '2025-11-27')).toEqual(['metric-value']);
    expect(rules(text.replace('5,1', '4,1'), 'ru', '2025-11-27')).toEqual([]);
  });
  it('ky: the same with «Россия — … өнөктөшү», and «товар алмашуу» names trade', () => {
    expect(rules('Россия — Кыргызстандын негизги соода өнөктөшү, 2024-жылы эки өлкөнүн соода жүгүртүүсү 5,1 миллиард долларды түздү.', 'ky', '2025-11-20')).toEqual(['metric-value']);
    expect(rules('2024-жылы Россия менен Кыргызстандын ортосундагы товар алмашуунун көлөмү 5,1 миллиард долларды түздү.', 'ky', '2025-11-20')).toEqual(['metric-value']);
    expect(rules('2024-жылы Россия менен Кыргызстандын ортосундагы товар алмашуунун көлөмү 4,1 миллиард долларды түздү.', 'ky', '2025-11-20')).toEqual([]);
  });
  it('ky: a figure before «максатка» (the target, in the dative) is a target, not a result', () => {
    expect(rules('2024-жылы Россия менен Кыргызстандын ортосундагы соода жүгүртүү өстү, эми биз 5 миллиард долларлык максатка жакындадык.', 'ky', '2025-11-20')).toEqual([]);
  });
  it('a dash after a longer opening still breaks the clause', () => {
    // The figure after the dash is Kazakhstan's alone; Russia stays in the clause before it.
    const text = 'Переговоры прошли в Москве на высшем уровне — товарооборот Казахстана в прошлом году вырос до 5,1 млрд долларов.';
    expect(rules(text, 'ru', '2025-11-27')).toEqual([]);
  });
});

describe('a figure whose subject the sentence leaves open follows the event named before it', () => {
  // The Caucasus fixture: Kilicdaroglu had 44.88 % in the first round and 47.82 % in the run-off of May 2023.
  const CAUCASUS = fileURLToPath(new URL('../fixtures/blind-caucasus/facts.json', import.meta.url));
  const caucasus = (text: string, lang: string) => lint(text, lang, '2023-05-29', CAUCASUS).filter((d) => d.ruleId !== 'cross-article');
  it.each([
    ['en', 'Erdogan won the runoff on Sunday. His challenger Kemal Kilicdaroglu received 44.5 percent of the vote.'],
    ['de', 'Erdogan hat die Stichwahl am Sonntag gewonnen. Sein Herausforderer Kemal Kılıçdaroğlu kam auf 44,5 Prozent der Stimmen.'],
    ['ru', 'Эрдоган победил во втором туре в воскресенье. Его соперник Кемаль Кылычдароглу набрал 44,5% голосов.'],
  ])('%s: the run-off named before decides which figure is compared', (lang, text) => {
    const found = caucasus(text, lang);
    expect(found.map((d) => d.ruleId)).toEqual(['share-value']);
    expect(found[0]!.message).toContain('47.82 %');
    expect(caucasus(text.replace('44', '47').replace('5', '8'), lang)).toEqual([]);
  });
  it('after the first round, the first round\'s figure is the one compared', () => {
    const found = caucasus('Erdogan fell short in the first round. His challenger Kemal Kilicdaroglu received 44.5 percent of the vote.', 'en');
    expect(found.map((d) => d.ruleId)).toEqual(['share-value']);
    expect(found[0]!.message).toContain('44.88 %');
  });
  it('a figure that fits either round is not reported, and with no event named before it stays unverifiable', () => {
    expect(caucasus('Erdogan won the runoff on Sunday. His challenger Kemal Kilicdaroglu received 44.9 percent of the vote.', 'en')).toEqual([]);
    expect(caucasus('His challenger Kemal Kilicdaroglu received 44.5 percent of the vote.', 'en')).toEqual([]);
  });
});

describe('what a percentage is about', () => {
  const CAUCASUS = fileURLToPath(new URL('../fixtures/blind-caucasus/facts.json', import.meta.url));
  it('a figure\'s own unit is no property word, even where a fact set names a share "Prozent"', () => {
    // The Caucasus fixture names its vote share "der Stimmen" and "Prozent", and a change "weniger".
    const claims = claimsOf('Der Handel Georgiens mit Russland belief sich in den ersten neun Monaten 2024 auf 1,8 Milliarden Dollar, 12 Prozent weniger als im Vorjahreszeitraum.', 'de', '2024-10-20', CAUCASUS);
    const rate = claims.find((c) => c.text.startsWith('12'));
    expect(rate?.slots.property?.value).toBe('trade-growth');
  });
  it.each([
    ['ru', 'Путин отметил, что рост нашего торгового оборота с Киргизией составил 15,6% в 2024 году.'],
    ['en', 'The growth of foreign trade between Russia and Kyrgyzstan was 15.6 percent in 2024.'],
  ])('%s: the words of a share after a word of growth name what grew, not a whole', (lang, text) => {
    expect(claimsOf(text, lang, '2025-11-26', BUNDLED).filter((c) => c.slots.property?.value === 'share-of-trade')).toEqual([]);
    expect(rules(text, lang, '2025-11-26')).toEqual([]);
  });
  it('id: a year in brackets after a figure is that figure\'s («US$ 24,3 miliar (2022) menjadi US$ 28 miliar (2023)»)', () => {
    // Bundled: Russia–Kazakhstan trade 24.3 bn in 2022 and 28 bn in 2023 (Russian data).
    const text = 'Perdagangan Rusia dan Kazakhstan naik dari US$ 24,3 miliar (2022) menjadi US$ 28 miliar (2023).';
    expect(rules(text, 'id', '2024-03-01')).toEqual([]);
    expect(rules(text.replace('28 miliar', '31 miliar'), 'id', '2024-03-01')).toEqual(['metric-value']);
    const periods = claimsOf(text, 'id', '2024-03-01', BUNDLED).map((c) => c.slots.period?.value);
    expect(periods).toEqual(['2022', '2023']);
  });
});

describe('a date the fact set gives a pair', () => {
  // Bundled: Russia–Kyrgyzstan diplomatic relations, 1992-03-20.
  it.each([
    ['id', 'Indonesia dan Kirgistan membuka hubungan diplomatik pada 5 April 1993.'],
    ['en', 'Indonesia and Kyrgyzstan established diplomatic relations on 5 April 1993.'],
    ['fr', "L'Indonésie et le Kirghizstan ont établi des relations diplomatiques le 5 avril 1993."],
  ])('%s: another pair, one side unknown to the fact set, is not compared with the known pair', (lang, text) => {
    expect(rules(text, lang, '2023-04-05')).toEqual([]);
  });
  it('the pair named in full is still compared', () => {
    expect(rules('Russia and Kyrgyzstan established diplomatic relations on 5 April 1993.', 'en', '2023-04-05')).toEqual(['event-date']);
    expect(rules('Rusia dan Kirgistan menjalin hubungan diplomatik pada 20 Maret 1992.', 'id', '2023-04-05')).toEqual([]);
  });
  it.each([
    ['en', 'Russia and Kyrgyzstan marked the 30th anniversary of diplomatic relations on 20 March 2022.'],
    ['id', 'Rusia dan Kirgistan memperingati 30 tahun hubungan diplomatik kedua negara pada 20 Maret 2022.'],
    ['ru', 'Россия и Киргизия 20 марта 2022 года отметили 30-летие дипломатических отношений.'],
  ])('%s: an anniversary\'s date is not the date of what it marks', (lang, text) => {
    expect(rules(text, lang, '2022-03-21')).toEqual([]);
  });
});

describe('a title held during a tenure the sentence looks back on', () => {
  // Bundled: Murat Nurtleu was Kazakhstan's foreign minister until 2025-09-26.
  it.each([
    ['ru', 'Токаев поблагодарил Мурата Нуртлеу за работу в период пребывания на посту министра иностранных дел Казахстана.'],
    ['de', 'Tokajew dankte Murat Nurtleu für seine Arbeit während seiner Amtszeit als Außenminister Kasachstans.'],
  ])('%s: is checked against any time before the article, not its day', (lang, text) => {
    expect(rules(text, lang, '2025-10-15')).toEqual([]);
  });
  it('the same title as of the article\'s day is still reported', () => {
    expect(rules('Министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры.', 'ru', '2025-10-15')).toEqual(['office-holder']);
  });
});

describe('a country joined by "and" to a name the fact set does not know', () => {
  it.each([
    ['id', 'Nilai perdagangan Indonesia dan Rusia mencapai 2,6 miliar dolar AS pada 2017.'],
    ['en', 'Trade between Indonesia and Russia reached $2.6 billion in 2017.'],
    ['ru', 'Товарооборот Индонезии и России в 2017 году составил 2,6 млрд долларов.'],
  ])('%s: the figure has an unknown other side, and is neither compared nor recorded', (lang, text) => {
    // Read as an unknown pair, or not read at all: never compared with another article's Russia figure.
    const figures = claimsOf(text, lang, '2018-03-14', BUNDLED).filter((c) => c.kind === 'metric');
    expect(figures.every((c) => c.reason === 'one party of the figure is not an entity of the fact set')).toBe(true);
  });
  it('two countries the fact set knows are compared as before', () => {
    expect(rules('Trade between Kazakhstan and Russia reached $31 billion in 2023.', 'en', '2024-03-01')).toEqual(['metric-value']);
  });
});

describe('a father and son of one surname', () => {
  it('de: the agencies\' spelling "Haydar Aliyev" is the father, not the son the bare surname means', () => {
    expect(rules('Ilham Alijew ist der Sohn seines Vaters Haydar Aliyev, des Präsidenten Aserbaidschans.', 'de', '2002-06-10')).toEqual([]);
    expect(rules('Ilham Alijew, der Präsident Aserbaidschans, sprach in Baku.', 'de', '2002-06-10')).toEqual(['office-holder']);
  });
});

describe('an acting premiership the bundled set records', () => {
  it('ru: Belousov acted for Mishustin from 30 April to 19 May 2020', () => {
    const text = 'Исполняющий обязанности председателя правительства России Андрей Белоусов провел совещание.';
    expect(rules(text, 'ru', '2020-05-05')).toEqual([]);
    expect(rules(text, 'ru', '2020-07-10')).toEqual(['office-holder']);
    expect(rules('Премьер-министр России Михаил Мишустин находится на лечении.', 'ru', '2020-05-05')).toEqual([]);
  });
});

describe('"first president" names a holder of the past', () => {
  it.each([
    ['ky', 'Казакстандын тунгуч президенти Нурсултан Назарбаев Бишкекке келди.'],
    ['en', 'Kazakhstan\'s first president Nursultan Nazarbayev arrived in Bishkek.'],
    ['ru', 'Первый президент Казахстана Нурсултан Назарбаев прибыл в Бишкек.'],
  ])('%s: no report for Nazarbayev after 2019', (lang, text) => {
    expect(rules(text, lang, '2021-05-31')).toEqual([]);
  });
  it('reports a first president who never held the office', () => {
    expect(rules('Kazakhstan\'s first president Sadyr Japarov arrived in Bishkek.', 'en', '2021-05-31')).toEqual(['office-holder']);
  });
});

describe('a period stays with its own figure', () => {
  it('es: «y que en …» opens a clause, not a comparison', () => {
    const text = 'El comercio entre Rusia y Kazajistán alcanzó el año pasado 27.800 millones de dólares, y que en los primeros nueve meses de este año suma 20.000 millones de dólares.';
    expect(rules(text, 'es', '2025-11-12')).toEqual([]);
  });
  it('fr: a later period after a second amount belongs to that amount', () => {
    const right = 'En 2024, les échanges entre la Russie et le Kazakhstan ont atteint 27,8 milliards de dollars, et 20 milliards sur les neuf premiers mois de 2025.';
    expect(rules(right, 'fr', '2025-11-12')).toEqual([]);
    expect(rules(right.replace('27,8', '21,8'), 'fr', '2025-11-12')).toEqual(['metric-value']);
  });
  it('en: a growth rate still takes the period after the total it grew to', () => {
    expect(rules('Trade between Russia and Kyrgyzstan grew by 31.6 percent to $4.1 billion in 2024.', 'en', '2025-06-01')).toEqual(['metric-value']);
  });
});

describe('a quotation\'s "last year" may be counted from the day it was said', () => {
  // Bundled: Russia–Kyrgyzstan trade 2023 was 3.5 bn (Japarov) or 2.9 bn (Kyrgyz data), 2024 4.1 bn
  // (Russian data) or 3.2 bn (Kyrgyz data); an article of January 2025 quotes a speech of late 2024.
  const quoted = '« Les échanges entre la Russie et le Kirghizistan ont augmenté l\'an dernier pour atteindre 3,5 milliards de dollars », a déclaré Vladimir Poutine lors de sa visite.';
  it('leaves open a quoted figure that fits the year before', () => {
    expect(rules(quoted, 'fr', '2025-01-15')).toEqual([]);
  });
  it('still reports a quoted figure that fits neither year, and the same figure outside quotes', () => {
    expect(rules(quoted.replace('3,5', '7,4'), 'fr', '2025-01-15')).toEqual(['metric-value']);
    expect(rules(quoted.replace(/[«»]/g, ''), 'fr', '2025-01-15')).toEqual(['metric-value']);
  });
});

describe('French trade words', () => {
  it('reads «chiffre d\'affaires commercial» with either apostrophe, and «pour atteindre» as the result', () => {
    expect(rules('Le chiffre d\'affaires commercial entre le Kazakhstan et la Russie a atteint 20 milliards de dollars en 2024.', 'fr', '2025-06-01')).toEqual(['metric-value']);
    expect(rules('Le chiffre d’affaires commercial entre le Kazakhstan et la Russie a atteint 20 milliards de dollars en 2024.', 'fr', '2025-06-01')).toEqual(['metric-value']);
    expect(rules('En 2024, le commerce entre la Russie et le Kirghizistan a progressé de 31,6 % pour atteindre 4,1 milliards de dollars.', 'fr', '2025-06-01')).toEqual(['metric-value']);
  });
});

describe('a bare title before a genitive name (subject-object-verb order)', () => {
  it('ky: leaves open «Президент X-дин отставкасын кабыл алды», where the president may be the subject', () => {
    expect(rules('Президент Мухаммедкалый Абылгазиевдин отставкасын кабыл алды.', 'ky', '2020-06-20')).toEqual([]);
  });
  it('ky: still reads the title when the country says whose it is', () => {
    expect(rules('Казакстандын президенти Садыр Жапаровдун сапары эки күнгө созулду.', 'ky', '2023-05-09')).toEqual(['office-holder']);
  });
  it('en: a possessive name keeps its title', () => {
    expect(rules('Kazakh President Sadyr Japarov\'s visit lasted two days.', 'en', '2023-05-09')).toEqual(['office-holder']);
  });
});

describe('French and Spanish word order around offices', () => {
  it.each([
    ['fr', 'Le ministre russe des Affaires étrangères, Sergueï Choïgou, est arrivé à Bichkek.'],
    ['es', 'El ministro ruso de Asuntos Exteriores, Serguéi Shoigú, llegó a Biskek.'],
  ])('%s: a country adjective inside the office\'s name names its country', (lang, text) => {
    expect(rules(text, lang, '2023-05-09')).toEqual(['office-holder']);
    expect(rules(text.replace(/Sergueï Choïgou|Serguéi Shoigú/, lang === 'fr' ? 'Sergueï Lavrov' : 'Serguéi Lavrov'), lang, '2023-05-09')).toEqual([]);
  });
  it.each([
    ['fr', 'Vladimir Poutine s\'est entretenu avec son homologue kazakh Sadyr Japarov.'],
    ['es', 'Vladímir Putin conversó con su homólogo kazajo, Sadyr Japarov, en Moscú.'],
  ])('%s: the counterpart\'s country after the word «homologue»', (lang, text) => {
    expect(rules(text, lang, '2023-05-09')).toEqual(['office-holder']);
    expect(rules(text.replace(/kazakh|kazajo/, lang === 'fr' ? 'kirghiz' : 'kirguís'), lang, '2023-05-09')).toEqual([]);
  });
});

describe('another instance of an event named in passing', () => {
  const facts = fileURLToPath(new URL('../fixtures/forms-fr-es-ky/facts.json', import.meta.url));
  const with_ = (text: string, lang: string) => rulesOf(lint(text, lang, '2025-10-10', facts)).filter((r) => r !== 'cross-article');
  it('fr: «le deuxième sommet, trois ans après le premier, organisé à Astana en 2022» dates and places the first', () => {
    expect(with_('Les dirigeants se sont réunis pour le deuxième sommet Russie-Asie centrale, trois ans après le premier, organisé à Astana en octobre 2022.', 'fr')).toEqual([]);
    expect(with_('Les dirigeants se sont réunis pour le deuxième sommet Russie-Asie centrale, organisé à Astana en octobre 2022.', 'fr').sort()).toEqual(['event-date', 'place']);
  });
  it('en: the same with "the first"', () => {
    expect(with_('The leaders met for the second Russia-Central Asia summit, three years after the first, held in Astana in October 2022.', 'en')).toEqual([]);
    expect(with_('The leaders met for the second Russia-Central Asia summit, held in Astana in October 2022.', 'en').sort()).toEqual(['event-date', 'place']);
  });
});

describe('a second growth rate joined by "and"', () => {
  it('id: «tumbuh 13 persen pada 2024 dan 9 persen pada semester pertama 2025» reads both, the source phrase ending at its comma', () => {
    const text = 'Menurut Kementerian Pembangunan Ekonomi Rusia, perdagangan Rusia–Kirgizstan tumbuh 31 persen pada 2024 dan 9 persen pada semester pertama 2025.';
    // 31 % against the bundled 13.6 % for 2024: the subjects are the pair, not Kyrgyzstan alone.
    expect(rules(text, 'id', '2025-11-07')).toEqual(['metric-value']);
  });
  it('en: the second rate is read with its own period', () => {
    const claims = claimsOf('Trade between Russia and Kyrgyzstan grew 13.6 percent in 2024 and 9 percent in the first half of 2025.', 'en', '2025-11-07', BUNDLED)
      .filter((c) => c.kind === 'metric').map((c) => `${c.text} ${c.verdict}`);
    expect(claims).toEqual(['13.6 percent verified', '9 percent unverifiable']);
  });
});

describe('a hedge is no comparison', () => {
  it('en: "more than $X in 2024" takes 2024 (the hedge\'s "than" opens no comparison base), and the reference time is no base year', () => {
    expect(rules('Trade between Russia and Kyrgyzstan reached more than $9.1 billion in 2024, up 13.6 percent from $2.9 billion in 2023.', 'en', '2025-06-01')).toEqual(['metric-value']);
    expect(rules('Trade between Russia and Kyrgyzstan reached more than $4 billion in 2024, up 13.6 percent from $2.9 billion in 2023.', 'en', '2025-06-01')).toEqual([]);
  });
});
