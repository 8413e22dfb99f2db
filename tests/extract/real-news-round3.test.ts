// Mechanisms behind the false alarms of a third run over real agency copy (ru, ky, en, de, fr, es,
// id), each written here in our own words, with the true error the same construction must still
// catch.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf, lint, rulesOf } from '../helpers.js';

const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
const rules = (text: string, lang: string, date: string) => rulesOf(lint(text, lang, date, BUNDLED)).filter((r) => r !== 'cross-article');
const officeClaims = (text: string, lang: string, date: string) => claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'office');
const metric = (text: string, lang: string, date: string) => claimsOf(text, lang, date, BUNDLED).filter((c) => c.kind === 'metric').map((c) => c.verdict);

describe('Russian: a lone surname in its dictionary form after an oblique title is not its holder', () => {
  it('a decision or an errand of the head of state names no holder', () => {
    // Bayramov became Azerbaijan's foreign minister in July 2020; he was never head of state.
    expect(officeClaims('Другим решением главы государства Байрамов назначен министром.', 'ru', '2020-07-17')).toEqual([]);
    expect(officeClaims('По поручению президента Лавров вылетел в Бишкек.', 'ru', '2024-03-10')).toEqual([]);
  });
  it('the same surname in the title\'s case is still its holder, and a wrong one is reported', () => {
    expect(rules('Встреча с президентом Киргизии Лавровым прошла в Бишкеке.', 'ru', '2024-03-10')).toEqual(['office-holder']);
  });
});

describe('Kyrgyz: a bare title before a name in any case may be the subject of the clause', () => {
  it('"the chairman of the cabinet congratulated Tokayev" gives Tokayev no post', () => {
    expect(officeClaims('Министрлер кабинетинин төрагасы Касым-Жомарт Токаевди куттуктады.', 'ky', '2024-03-10')).toEqual([]);
  });
  it('with the country written, the title is the name\'s', () => {
    expect(officeClaims('Садыр Жапаров Казакстандын президенти Касым-Жомарт Токаевди куттуктады.', 'ky', '2024-03-10').map((c) => c.verdict)).toEqual(['verified']);
  });
});

describe('an election reported without a date may come before the term', () => {
  // Khachaturyan was elected on 3 March 2022 and took office on 13 March; Putin was elected on
  // 4 March 2012 and inaugurated on 7 May; Japarov was elected on 10 January 2021, inaugurated on 28 January.
  it.each([
    ['ru', 'Голосовали депутаты парламента. Ваагн Хачатурян избран президентом Армении.', '2022-03-03'],
    ['id', 'Menteri luar negeri mengirim ucapan selamat atas terpilihnya Sadyr Japarov sebagai Presiden Kyrgyzstan.', '2021-01-12'],
    ['es', 'Vladímir Putin fue elegido presidente de Rusia por tercera vez.', '2012-03-05'],
  ])('%s: no report before the inauguration', (lang, text, date) => {
    expect(rules(text, lang, date)).toEqual([]);
  });
  it('a wrong country is still reported, and so is an election long before the term', () => {
    expect(rules('Садыр Жапаров избран президентом России.', 'ru', '2021-01-11')).toEqual(['office-holder']);
    expect(rules('Ваагн Хачатурян избран президентом Армении.', 'ru', '2020-06-01')).toEqual(['office-holder']);
  });
});

describe('a verb of exceeding makes the amount at its clause\'s end a lower bound', () => {
  // Bundled: Russia–Kazakhstan trade 2024 was 28 bn (±3 %, Kazakh data).
  it.each([
    ['de', 'Im vergangenen Jahr überstieg der Handel zwischen Russland und Kasachstan 27 Milliarden Dollar.'],
    ['de', 'Im vergangenen Jahr übertraf der Handel zwischen Russland und Kasachstan 27 Milliarden Dollar.'],
    ['ru', 'В прошлом году товарооборот России и Казахстана превысил, по данным ведомства, 27 млрд долларов.'],
  ])('%s: "exceeded … 27 bn" fits 28 bn', (lang, text) => {
    expect(metric(text, lang, '2025-05-01')).toEqual(['verified']);
  });
  it('the same amount reached, not exceeded, is still wrong', () => {
    expect(metric('Im vergangenen Jahr erreichte der Handel zwischen Russland und Kasachstan 27 Milliarden Dollar.', 'de', '2025-05-01')).toEqual(['contradicted']);
  });
  it('an amount exceeded is a floor: a floor above the figure is wrong', () => {
    expect(metric('Im vergangenen Jahr überstieg der Handel zwischen Russland und Kasachstan 35 Milliarden Dollar.', 'de', '2025-05-01')).toEqual(['contradicted']);
  });
});

describe('a holder named after his death held the post before it', () => {
  // Karimov died on 2 September 2016.
  it.each([
    ['en', 'Tashkent was quiet on Monday after the death of President Islam Karimov.'],
    ['en', 'Tashkent was quiet on Monday after the death of longtime President Islam Karimov.'],
    ['de', 'Nach dem Tod des Präsidenten Islam Karimow blieb Taschkent ruhig.'],
    ['fr', 'Tachkent est restée calme après la mort du président Islam Karimov.'],
    ['es', 'Taskent permaneció en calma tras la muerte del presidente Islam Karímov.'],
    ['ru', 'После смерти президента Ислама Каримова в Ташкенте было спокойно.'],
  ])('%s: no report', (lang, text) => {
    expect(rules(text, lang, '2016-09-12')).toEqual([]);
  });
  it('the title alone on the same day is still reported', () => {
    expect(rules('President Islam Karimov spoke in Tashkent on Monday.', 'en', '2016-09-12')).toEqual(['office-holder']);
  });
});

describe('words such as "long-serving" between a name and its title keep the apposition', () => {
  it('a wrong country is read through them', () => {
    expect(rules("Kassym-Jomart Tokayev, Turkmenistan's long-serving president, spoke on Thursday.", 'en', '2024-03-10')).toEqual(['office-holder']);
    expect(rules("Kassym-Jomart Tokayev, Kazakhstan's long-serving president, spoke on Thursday.", 'en', '2024-03-10')).toEqual([]);
  });
});

describe('"then" between a name and its title', () => {
  // Mirziyoyev was Uzbekistan's prime minister until December 2016.
  it.each([
    ['es', 'Putin se reunió con Shavkat Mirziyoyev, entonces primer ministro de Uzbekistán, en Samarcanda.'],
    ['id', 'Putin bertemu Shavkat Mirziyoyev, yang saat itu menjabat Perdana Menteri Uzbekistan, di Samarkand.'],
  ])('%s: the title is checked in the past', (lang, text) => {
    expect(rules(text, lang, '2020-03-10')).toEqual([]);
  });
  it('without it, the title is checked at the article\'s date', () => {
    expect(rules('Putin bertemu Shavkat Mirziyoyev, yang menjabat Perdana Menteri Uzbekistan, di Samarkand.', 'id', '2020-03-10')).toEqual(['office-holder']);
  });
});

describe('a president-elect is no sitting president', () => {
  it('French feminine "présidente élue"', () => {
    // Sandu took office on 24 December 2020.
    expect(rules('La présidente élue Maia Sandu a rencontré des diplomates européens à Chisinau.', 'fr', '2020-11-20')).toEqual([]);
    expect(rules('La présidente Maia Sandu a rencontré des diplomates européens à Chisinau.', 'fr', '2020-11-20')).toEqual(['office-holder']);
  });
});

describe('a surname shared by relatives names each of them', () => {
  it.each([
    ['en', "Turkmenistan's acting President Berdymukhamedov said on Friday that policy would not change.", '2006-12-23'],
    ['en', 'Turkmen President Berdimuhamedov opened the new airport.', '2012-02-20'],
    ['en', 'Azerbaijani President Aliyev met the delegation in Baku.', '1999-05-04'],
    ['ru', 'Председатель кабмина Киргизии Жапаров провел совещание.', '2022-06-01'],
  ])('%s: the father or brother who held the post then', (lang, text, date) => {
    expect(rules(text, lang, date)).toEqual([]);
  });
  it('a post none of them held is still reported', () => {
    expect(rules('Russian President Berdimuhamedov opened the new airport.', 'en', '2012-02-20')).toEqual(['office-holder']);
  });
});

describe('initials with a name', () => {
  it('initials before a surname keep it next to its title', () => {
    // Putin was prime minister in April 2010, Medvedev president.
    expect(officeClaims('Состоялся разговор Председателя Правительства РФ В. Путина с Н. Назарбаевым.', 'ru', '2010-04-15').map((c) => c.verdict)).toEqual(['verified']);
    expect(rules('Состоялся разговор Председателя Правительства РФ Д. Медведева с Н. Назарбаевым.', 'ru', '2010-04-15')).toEqual(['office-holder']);
    expect(officeClaims('Министр иностранных дел России С.В.Лавров прибыл в Бишкек.', 'ru', '2024-03-10').map((c) => c.verdict)).toEqual(['verified']);
  });
  it('a middle initial between given name and surname', () => {
    expect(officeClaims('Russian Defence Minister Sergei K. Shoigu met Security Council Secretary Nikolay P. Patrushev.', 'en', '2015-03-10').map((c) => c.verdict)).toEqual(['verified', 'verified']);
    expect(rules('Russian Defence Minister Sergei K. Lavrov arrived.', 'en', '2015-03-10')).toEqual(['office-holder']);
  });
  it('the initial tells namesakes apart, and names no one when it fits none of them', () => {
    expect(rules('Председатель кабмина Киргизии А. Жапаров провел совещание.', 'ru', '2024-03-10')).toEqual([]);
    expect(rules('Президент Киргизии С. Жапаров провел совещание.', 'ru', '2024-03-10')).toEqual([]);
    expect(rules('Президент Киргизии А. Жапаров провел совещание.', 'ru', '2024-03-10')).toEqual(['office-holder']);
    expect(officeClaims('Президент России Б. Путин провел совещание.', 'ru', '2024-03-10')).toEqual([]);
  });
});

describe('an abbreviation in brackets after a name', () => {
  it.each([
    ['id', 'Deklarasi itu disaksikan Presiden Amerika Serikat (AS) Joe Biden di Gedung Putih.', '2025-08-09'],
    ['id', 'Perdana Menteri (PM) Armenia Serzh Sargsyan mengatakan perjanjian damai akan diteken.', '2022-10-27'],
  ])('%s: stands between a title and its holder as if it were not there', (lang, text, date) => {
    expect(rules(text, lang, date)).toEqual(['office-holder']);
  });
  it('the same titles with their right holders pass', () => {
    expect(rules('Deklarasi itu disaksikan Presiden Amerika Serikat (AS) Donald Trump di Gedung Putih.', 'id', '2025-08-09')).toEqual([]);
    expect(officeClaims('Генеральный секретарь Организации Договора о коллективной безопасности (ОДКБ) Имангали Тасмагамбетов прибыл в Бишкек.', 'ru', '2024-03-10').map((c) => c.verdict)).toEqual(['verified']);
  });
  it('a bracketed word that is no abbreviation still separates them', () => {
    expect(officeClaims('Presiden Rusia (kanan) Joe Biden berjabat tangan.', 'id', '2024-03-10')).toEqual([]);
  });
});

describe('a comma after a title that opens the sentence', () => {
  it('the name after it is the title\'s holder even with no comma to close it', () => {
    expect(rules('Perdana Menteri Armenia, Serzh Sargsyan mengatakan perjanjian damai akan diteken.', 'id', '2022-10-27')).toEqual(['office-holder']);
  });
  it('after a clause that ends at the comma, the name is the next clause\'s subject', () => {
    expect(officeClaims('After talks with the president of Kazakhstan, Vladimir Putin said trade would grow.', 'en', '2024-03-10')).toEqual([]);
  });
});

describe('a neighbour standing for the country named before', () => {
  // One country's trade with three partners in 2024: Turkey +6.5 %, Russia −2 %, the US −10.5 %.
  const NEIGHBOURS = fileURLToPath(new URL('../fixtures/factsets/neighbour-trade.json', import.meta.url));
  const growth = (text: string, lang: string) => claimsOf(text, lang, '2025-03-10', NEIGHBOURS).filter((c) => c.kind === 'metric').map((c) => c.verdict);
  const before = 'Die georgische Statistikbehörde nannte die Türkei und die USA. Russland folgt auf Platz zwei. ';
  it('"trade with its northern neighbour" is the pair of that country and the article\'s own', () => {
    expect(growth(`${before}Der Handel mit dem nördlichen Nachbarn sank 2024 um 2 Prozent.`, 'de')).toEqual(['verified']);
    expect(growth(`${before}Der Handel mit dem nördlichen Nachbarn sank 2024 um 12 Prozent.`, 'de')).toEqual(['contradicted']);
    expect(growth('Georgian statistics named Turkey and the United States. Russia came second. Trade with its northern neighbour fell by 12% in 2024.', 'en')).toEqual(['contradicted']);
    expect(growth('Грузинская статистика назвала Турцию и США. Россия заняла второе место. Товарооборот с северным соседом в 2024 году сократился на 12%.', 'ru')).toEqual(['contradicted']);
    expect(growth('Грузинская статистика назвала Турцию и США. Россия заняла второе место. Товарооборот с северным соседом в 2024 году сократился на 2%.', 'ru')).toEqual(['verified']);
  });
});

describe('"12 per cent less than the year before" is a decline', () => {
  it.each([
    ['de', 'Der Handel zwischen Russland und Kirgisistan war 2024 um 13,6 Prozent weniger als im Vorjahr.'],
    ['de', 'Der Handel zwischen Russland und Kirgisistan lag 2024 um 13,6 Prozent niedriger als im Vorjahr.'],
  ])('%s: a fall of 13.6 % against a rise of 13.6 % is wrong', (lang, text) => {
    expect(metric(text, lang, '2025-03-10')).toEqual(['contradicted']);
  });
  it('"more than the year before" stays a rise', () => {
    expect(metric('Der Handel zwischen Russland und Kirgisistan war 2024 um 13,6 Prozent höher als im Vorjahr.', 'de', '2025-03-10')).toEqual(['verified']);
  });
});

describe('German "Übergangspräsident" (interim president)', () => {
  // Mirziyoyev was Uzbekistan's acting president from 8 September 2016; Karimov had died on 2 September.
  it('names the post, and its holder is checked', () => {
    expect(officeClaims('Der usbekische Übergangspräsident Schawkat Mirsijojew empfing den russischen Botschafter.', 'de', '2016-10-20').map((c) => c.verdict)).toEqual(['verified']);
    expect(rules('Der usbekische Übergangspräsident Islam Karimow empfing den russischen Botschafter.', 'de', '2016-10-20')).toEqual(['office-holder']);
  });
});

describe('the office, a verb, then its holder', () => {
  // Belousov has been Russia's defence minister since 14 May 2024; Myasnikovich became Belarus's
  // prime minister on 28 December 2010.
  it.each([
    ['ru', 'Министром обороны России стал Андрей Белоусов.', '2024-06-01'],
    ['de', 'Neuer Ministerpräsident von Belarus wurde Michail Mjasnikowitsch.', '2010-12-28'],
    ['en', 'The new defence minister of Russia is Andrei Belousov.', '2024-06-01'],
  ])('%s: the name after the verb holds the office', (lang, text, date) => {
    expect(officeClaims(text, lang, date).map((c) => c.verdict)).toEqual(['verified']);
  });
  it('a wrong holder there is reported', () => {
    expect(rules('Министром обороны России стал Сергей Лавров.', 'ru', '2024-06-01')).toEqual(['office-holder']);
  });
  it('a verb between two noun phrases is no apposition, and a word after the verb that is no name names no one', () => {
    expect(officeClaims("The visit of the president of Russia was Sadyr Japarov's idea.", 'en', '2024-06-01')).toEqual([]);
    expect(officeClaims('Визит президента России стал историческим, заявил Садыр Жапаров.', 'ru', '2024-06-01')).toEqual([]);
  });
});

describe('a rank between an office and its holder', () => {
  // Serdyukov was Russia's defence minister 2007–2012; Shoigu from November 2012.
  it.each([
    ['ru', 'На совещании выступил министр обороны России генерал армии Сергей Шойгу.'],
    ['ru', 'На совещании выступил министр обороны России, генерал армии Сергей Шойгу.'],
    ['es', 'Ortega se reunió con el ministro de Defensa de Rusia, el general Serguéi Shoigú.'],
  ])('%s: is read past, and the holder checked', (lang, text) => {
    expect(rules(text, lang, '2015-03-10')).toEqual([]);
    expect(rules(text.replace(/Сергей Шойгу/u, 'Анатолий Сердюков').replace(/Serguéi Shoigú/u, 'Anatoli Serdiukov'), lang, '2015-03-10')).toEqual(['office-holder']);
  });
  it('a rank does not carry other words between', () => {
    expect(officeClaims('На совещании выступил министр обороны России, генерал и друг Сергей Шойгу.', 'ru', '2015-03-10')).toEqual([]);
  });
});

describe('"the Republic of" before a country', () => {
  it.each([
    ['id', 'Pangkalan udara Rusia berada di Kota Kant di Republik Kazakhstan.'],
    ['ru', 'Российская авиабаза Кант находится в Республике Казахстан.'],
  ])('%s: the place claim reads the country after it', (lang, text) => {
    expect(rules(text, lang, '2024-03-10')).toEqual(['place']);
  });
  it('the right country passes', () => {
    expect(rules('Pangkalan udara Rusia berada di Kota Kant di Republik Kyrgyzstan.', 'id', '2024-03-10')).toEqual([]);
  });
});

describe('German compound title "Sicherheitsratssekretär"', () => {
  it('names the secretary of the Security Council', () => {
    expect(officeClaims('Der russische Sicherheitsratssekretär Nikolai Patruschew reiste nach Bischkek.', 'de', '2015-03-10').map((c) => c.verdict)).toEqual(['verified']);
    expect(rules('Der russische Sicherheitsratssekretär Sergej Lawrow reiste nach Bischkek.', 'de', '2015-03-10')).toEqual(['office-holder']);
  });
});

describe('the first N months written in digits', () => {
  // Bundled: Russia–Uzbekistan trade 2023 was 9.9 bn (whole year); nothing for January–November.
  it.each([
    ['id', 'Selama 11 bulan pertama tahun 2023, perdagangan Rusia dan Uzbekistan senilai $8,9 miliar.'],
    ['de', 'In den ersten 11 Monaten 2023 erreichte der Handel zwischen Russland und Usbekistan 8,9 Milliarden Dollar.'],
  ])('%s: is a part of the year, not the year', (lang, text) => {
    const [c] = claimsOf(text, lang, '2024-01-05', BUNDLED).filter((x) => x.kind === 'metric');
    expect(c?.slots.period?.value).toBe('2023-01..2023-11');
    expect(c?.verdict).not.toBe('contradicted');
  });
});

describe('a partner with no other side of its own, in a sentence another country opens', () => {
  // Bundled: Russia–Kyrgyzstan trade 2023 was 2.9 bn (Kyrgyz data); nothing for Tajikistan–Kyrgyzstan.
  const text = 'Trade between Tajikistan and Russia grew last year. Tajikistan conducted more than $480 million in trade with Uzbekistan in 2023, and trade turnover with Kyrgyzstan fell by 20% to about $12 million.';
  it('is that country\'s partner, not the article\'s other country\'s', () => {
    expect(rules(text, 'en', '2024-01-25')).toEqual([]);
  });
  it('with the other side in its own clause the figure is checked as before', () => {
    expect(rules('Trade between Tajikistan and Russia grew last year. Trade turnover between Russia and Kyrgyzstan fell by 20% to about $12 million in 2023.', 'en', '2024-01-25')).toEqual(['metric-value']);
  });
});

describe('a list of people after a titled name', () => {
  it.each([
    ['en', "During the trip the president met Russia's President Vladimir Putin, the prime minister, the speakers of both chambers and business leaders."],
    ['ky', 'Сапар учурунда президент Орусиянын президенти Владимир Путин, өкмөт башчысы, парламенттин төрагасы менен жолукту.'],
  ])('%s: gives the titled name no second office', (lang, text) => {
    expect(rules(text, lang, '2021-02-26')).toEqual([]);
  });
  it('the same office again is an apposition, and a tenure in it is checked', () => {
    expect(officeClaims("La séance était présidée par le président tadjik Emomali Rahmon, chef de l'État depuis 1994.", 'fr', '2025-10-09')).toHaveLength(2);
  });
});

describe('a share of foreign trade whose whole the article never names', () => {
  // Bundled: Russia's share of Kyrgyzstan's foreign trade in 2024 was 22.3 %. Kyrgyzstan has dates
  // of its own (diplomatic relations), which made it pass for an event the share was of.
  it.each([
    ['en', 'Russia remained the second largest partner in 2024, with a share of foreign trade of 15 percent.'],
    ['ru', 'Россия осталась вторым партнером: в 2024 году ее доля во внешней торговле составила 15%.'],
  ])('%s: is not compared with another country\'s', (lang, text) => {
    expect(rules(text, lang, '2025-01-05')).toEqual([]);
  });
  it('with the whole named, it is', () => {
    expect(rules("Russia remained Kyrgyzstan's second largest partner in 2024, with a share of foreign trade of 15 percent.", 'en', '2025-01-05')).toEqual(['share-value']);
  });
});

describe('review of this round: constructions the new readings must leave alone', () => {
  it('an election reported the day after, before the inauguration', () => {
    expect(rules('Vahagn Khachaturyan was elected president of Armenia on 3 March 2022.', 'en', '2022-03-04')).toEqual([]);
  });
  it.each([
    ['en', 'Mikhail Mishustin was appointed prime minister of Russia after Dmitry Medvedev, in office since 2012, resigned.'],
    ['en', 'Mikhail Mishustin was appointed prime minister of Russia after the 2018 election.'],
    ['ru', 'Михаил Мишустин, руководивший налоговой службой в 2010 году, был назначен премьер-министром России.'],
    ['ru', 'Михаил Мишустин, возглавлявший ФНС с 2010 года, стал председателем правительства России.'],
  ])('%s: a year that dates something else in the clause', (lang, text) => {
    expect(rules(text, lang, '2020-01-20')).toEqual([]);
  });
  it.each([
    ['ru', 'До Токаева президентом Казахстана был Нурсултан Назарбаев.', '2024-03-10'],
    ['ru', 'Гостем президента России стал Касым-Жомарт Токаев.', '2024-03-10'],
    ['ru', 'Новым президентом Армении станет Ваагн Хачатурян.', '2022-03-03'],
    ['ky', 'Алмазбек Атамбаев Кыргызстандын президенти болуп иштеген.', '2024-03-10'],
  ])('%s: a past or future verb, or a governed office, names no current holder', (lang, text, date) => {
    expect(rules(text, lang, date)).toEqual([]);
  });
  it('a sentence opened by a country with no partner of its own gives a later partner no other side', () => {
    const text = 'Kyrgyzstan and Russia signed new agreements in Moscow. Russia remains Kyrgyzstan\'s main partner. Kazakhstan hosted the forum in Astana, where officials said trade with Russia reached $4.1 billion in 2024.';
    expect(rules(text, 'en', '2025-03-10')).toEqual([]);
  });
  it('a rank of several words, and an initial beside a lone surname', () => {
    expect(officeClaims("Le ministre de la Défense de la Russie, le général d'armée Sergueï Choïgou, est arrivé à Minsk.", 'fr', '2015-03-10').map((c) => c.verdict)).toEqual(['verified']);
    expect(officeClaims('Визит министра обороны России С. Шойгу в Минск завершился.', 'ru', '2015-03-10').map((c) => c.verdict)).toEqual(['verified']);
  });
});
