// A post that serves another office ("aide to the president", "помощник президента"), followed by
// the served office's holder and then the post's own: "помощник президента Владимира Путина Юрий
// Ушаков". Putin is the president there, Ushakov the aide. Sentences written for these tests in
// agency style; the fact set (tests/fixtures/factsets/served-posts.json) has Yuri Ushakov as the
// Russian president's aide and Dmitry Peskov as his press secretary, a post one person holds.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf, lint } from '../helpers.js';

const FACTS = fileURLToPath(new URL('../fixtures/factsets/served-posts.json', import.meta.url));
const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
const DATE = '2025-11-24';
const errors = (text: string, lang: string, facts = FACTS) => lint(text, lang, DATE, facts).filter((d) => d.ruleId === 'office-holder');
/** Office claims as "person office verdict", the person as its fact-set id. */
const offices = (text: string, lang: string, facts = FACTS) => claimsOf(text, lang, DATE, facts)
  .filter((c) => c.kind === 'office')
  .map((c) => `${c.slots.person!.value} ${c.slots.office!.value} ${c.verdict}`)
  .sort();

describe('a post serving another office: the first name is the served office\'s holder, the next the post\'s', () => {
  it.each([
    ['ru', 'Об итогах переговоров журналистам рассказал помощник президента Владимира Путина Юрий Ушаков.', 'yuri-ushakov aide-to-the-president'],
    ['ru', 'Пресс-секретарь президента Владимира Путина Дмитрий Песков назвал переговоры продуктивными.', 'dmitry-peskov press-secretary-of-the-president'],
    ['ru', 'Юрий Ушаков, помощник президента Владимира Путина, рассказал о программе визита.', 'yuri-ushakov aide-to-the-president'],
    ['ru', 'О программе визита рассказал помощник российского президента Владимира Путина Юрий Ушаков.', 'yuri-ushakov aide-to-the-president'],
    ['en', 'The agenda was outlined on Monday by aide to President Vladimir Putin, Yuri Ushakov.', 'yuri-ushakov aide-to-the-president'],
    ['en', 'Yuri Ushakov, an aide to Russian President Vladimir Putin, told reporters the visit would last two days.', 'yuri-ushakov aide-to-the-president'],
    ['en', 'Kremlin aide to President Vladimir Putin, Yuri Ushakov, said the summit would open on Thursday.', 'yuri-ushakov aide-to-the-president'],
    ['en', 'Dmitry Peskov, press secretary to President Vladimir Putin, declined to comment.', 'dmitry-peskov press-secretary-of-the-president'],
    ['de', 'Der Berater von Präsident Wladimir Putin, Juri Uschakow, kündigte den Besuch am Montag an.', 'yuri-ushakov aide-to-the-president'],
    ['de', 'Der Sprecher des Präsidenten Wladimir Putin, Dmitri Peskow, wollte sich nicht äußern.', 'dmitry-peskov press-secretary-of-the-president'],
    ['fr', 'Le conseiller du président Vladimir Poutine, Iouri Ouchakov, a présenté le programme de la visite.', 'yuri-ushakov aide-to-the-president'],
    ['es', 'El asesor del presidente Vladímir Putin, Yuri Ushakov, presentó el programa de la visita.', 'yuri-ushakov aide-to-the-president'],
    ['id', 'Ajudan Presiden Vladimir Putin, Yuri Ushakov, memaparkan agenda kunjungan tersebut.', 'yuri-ushakov aide-to-the-president'],
    ['ky', 'Россиянын президенти Владимир Путиндин жардамчысы Юрий Ушаков сапардын күн тартибин айтып берди.', 'yuri-ushakov aide-to-the-president'],
  ])('%s: %s', (lang, text, post) => {
    expect(errors(text, lang)).toEqual([]);
    const found = offices(text, lang);
    expect(found).toContain('vladimir-putin president verified');
    expect(found).toContain(`${post} verified`);
    expect(found.filter((c) => c.startsWith('vladimir-putin') && !c.startsWith('vladimir-putin president'))).toEqual([]);
  });

  it('Kyrgyz without the served office\'s country: the aide is read; the president\'s name in the genitive is his when the aide is the subject', () => {
    const text = 'Президент Владимир Путиндин жардамчысы Юрий Ушаков сапардын күн тартибин айтып берди.';
    expect(errors(text, 'ky')).toEqual([]);
    expect(offices(text, 'ky')).toEqual(['vladimir-putin president verified', 'yuri-ushakov aide-to-the-president verified']);
  });

  it('Kyrgyz: with no subject elsewhere the bare title may be the clause\'s subject, so the genitive name stays open', () => {
    expect(offices('Президент Владимир Путиндин жардамчысын кабыл алды.', 'ky')).toEqual([]);
  });

  it('with the bundled fact set too', () => {
    expect(offices('Об итогах переговоров рассказал помощник президента Владимира Путина Юрий Ушаков.', 'ru', BUNDLED))
      .toEqual(['vladimir-putin president verified', 'yuri-ushakov aide-to-the-president verified']);
  });
});

describe('a wrong holder of the post, after the served office\'s holder, is reported', () => {
  it.each([
    ['ru', 'Об итогах переговоров рассказал помощник президента Владимира Путина Садыр Жапаров.', 'Садыр Жапаров'],
    ['ru', 'Пресс-секретарь президента Владимира Путина Юрий Ушаков назвал переговоры продуктивными.', 'Юрий Ушаков'],
    ['en', 'The agenda was outlined on Monday by aide to President Vladimir Putin, Sadyr Japarov.', 'Sadyr Japarov'],
    ['de', 'Der Berater von Präsident Wladimir Putin, Sadyr Schaparow, kündigte den Besuch am Montag an.', 'Sadyr Schaparow'],
    ['fr', 'Le conseiller du président Vladimir Poutine, Sadyr Japarov, a présenté le programme de la visite.', 'Sadyr Japarov'],
    ['es', 'El asesor del presidente Vladímir Putin, Sadyr Japárov, presentó el programa de la visita.', 'Sadyr Japárov'],
    ['id', 'Ajudan Presiden Vladimir Putin, Sadyr Japarov, memaparkan agenda kunjungan tersebut.', 'Sadyr Japarov'],
    ['ky', 'Россиянын президенти Владимир Путиндин жардамчысы Садыр Жапаров сапардын күн тартибин айтып берди.', 'Садыр Жапаров'],
  ])('%s: %s', (lang, text, covered) => {
    const ds = errors(text, lang);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.text).toContain(covered);
    expect(ds[0]!.message).toMatch(/not (presidential aide|press secretary to the president) of Russia/);
    expect(offices(text, lang)).toContain('vladimir-putin president verified');
  });
});

describe('the served office is checked in its own right', () => {
  it.each([
    ['ru', 'Об итогах переговоров рассказал помощник президента России Садыра Жапарова Юрий Ушаков.', 'президента России Садыра Жапарова'],
    ['en', 'Yuri Ushakov, an aide to Russian President Sadyr Japarov, told reporters the visit would last two days.', 'Russian President Sadyr Japarov'],
    ['fr', 'Le conseiller du président russe Sadyr Japarov, Iouri Ouchakov, a présenté le programme.', 'président russe Sadyr Japarov'],
  ])('%s: a president of another country named as Russia\'s is reported, the aide is not', (lang, text, covered) => {
    const ds = errors(text, lang);
    expect(ds.map((d) => d.text)).toEqual([covered]);
    expect(offices(text, lang)).toContain('yuri-ushakov aide-to-the-president verified');
  });

  it('with no country written, the post is of the country whose president is named: Japarov\'s aide is not Ushakov', () => {
    // Japarov is a president (of Kyrgyzstan): that claim holds. What is wrong is Ushakov as the aide of Kyrgyzstan's president.
    const text = 'Об итогах переговоров рассказал помощник президента Садыра Жапарова Юрий Ушаков.';
    expect(offices(text, 'ru')).toEqual(['sadyr-japarov president verified', 'yuri-ushakov aide-to-the-president contradicted']);
    const [d] = errors(text, 'ru');
    expect(d!.message).toContain('Yuri Ushakov was not presidential aide of Kyrgyzstan');
    expect(errors('Президент Садыр Жапаровдун жардамчысы Юрий Ушаков сапардын күн тартибин айтып берди.', 'ky')).toHaveLength(1);
    expect(errors('Yuri Ushakov, an aide to Kyrgyz President Sadyr Japarov, told reporters the visit would last two days.', 'en')).toHaveLength(1);
  });

  it('offers no fix of the country: it is the post\'s and the served office\'s at once', () => {
    // Rewriting "Kyrgyzstan" to "Russia" would make Japarov's claim wrong, and the reverse Ushakov's.
    for (const text of [
      'The talks were summed up by an aide to the President of Kyrgyzstan Sadyr Japarov, Yuri Ushakov.',
      'The talks were summed up by an aide to the President of Russia Sadyr Japarov, Yuri Ushakov.',
    ]) {
      const ds = errors(text, 'en');
      expect(ds).toHaveLength(1);
      expect(ds[0]!.fix).toBeUndefined();
    }
  });

  it('one name in the genitive after the served office is its holder: the press secretary is not Putin', () => {
    const text = 'Пресс-секретарь президента Владимира Путина заявил журналистам, что встреча состоится.';
    expect(errors(text, 'ru')).toEqual([]);
    expect(offices(text, 'ru')).toEqual(['vladimir-putin president verified']);
  });
});

describe('one name after a post and the office it serves: the fact set decides whose it is', () => {
  it.each([
    ['en', 'The press secretary to President Vladimir Putin declined to comment.'],
    ['fr', 'Le porte-parole du président Vladimir Poutine a refusé de commenter.'],
    ['es', 'El portavoz del presidente Vladímir Putin declinó hacer comentarios.'],
    ['de', 'Der Sprecher des Präsidenten Wladimir Putin wollte sich nicht äußern.'],
    ['id', 'Juru bicara Presiden Vladimir Putin menolak berkomentar.'],
  ])('%s: the president named after the post is the president: %s', (lang, text) => {
    expect(errors(text, lang)).toEqual([]);
    const post = claimsOf(text, lang, DATE, FACTS).filter((c) => c.kind === 'office' && c.slots.office!.value !== 'president');
    expect(post.map((c) => c.verdict)).toEqual(['verified']);
    expect(post[0]!.reason).toContain('president');
  });
  it('ru: a name that holds neither office is reported («помощника президента России Садыра Жапарова»)', () => {
    expect(errors('По словам помощника президента России Садыра Жапарова, визит пройдет в ноябре.', 'ru').map((d) => d.ruleId)).toEqual(['office-holder']);
  });
  it('fr: the post\'s holder before the phrase and a name after a comma stay open', () => {
    const text = 'Dmitri Peskov, porte-parole du président russe, Vladimir Poutine, a refusé de commenter.';
    expect(errors(text, 'fr')).toEqual([]);
    const post = claimsOf(text, 'fr', DATE, FACTS).filter((c) => c.kind === 'office' && c.slots.office!.value !== 'president');
    expect(post.map((c) => c.verdict)).toEqual(['unverifiable']);
    expect(post[0]!.reason).toContain('either holder');
  });
});

describe('a post with no served office\'s holder named reads as before', () => {
  it.each([
    ['ru', 'Об этом сообщил помощник президента России Юрий Ушаков.'],
    ['ru', 'Об этом сообщил помощник президента Юрий Ушаков.'],
    ['ru', 'Встречу с помощником президента Юрием Ушаковым провели в Кремле.'],
    ['ru', 'Во встрече участвовали помощник президента Юрий Ушаков, Дмитрий Песков и другие.'],
    ['en', 'The aide to the president, Yuri Ushakov, said the talks went well.'],
    ['en', 'Kremlin aide Yuri Ushakov said the talks went well.'],
    ['id', 'Menurut ajudan presiden Rusia Yuri Ushakov, pertemuan berjalan baik.'],
    ['ky', 'Муну президенттин жардамчысы Юрий Ушаков билдирди.'],
  ])('%s: %s', (lang, text) => {
    expect(errors(text, lang)).toEqual([]);
    expect(offices(text, lang)).toContain('yuri-ushakov aide-to-the-president verified');
    expect(offices(text, lang).filter((c) => c.includes(' president '))).toEqual([]);
  });

  it.each([
    ['ru', 'Об этом сообщил помощник президента России Садыр Жапаров.', 'Садыр Жапаров'],
    ['id', 'Menurut ajudan presiden Rusia Sadyr Japarov, pertemuan berjalan baik.', 'Sadyr Japarov'],
  ])('%s: a wrong aide there is still reported', (lang, text, covered) => {
    const ds = errors(text, lang);
    expect(ds).toHaveLength(1);
    expect(ds[0]!.text).toContain(covered);
  });

  it('a post the fact set does not name as serving the president is no served post', () => {
    // "под председательством президента": the chair is the meeting's, the president is Japarov.
    const text = 'Заседание прошло под председательством президента Киргизии Садыра Жапарова.';
    expect(offices(text, 'ru')).toEqual(['sadyr-japarov president verified']);
  });

  it('"Putins Berater": no office named, no claim on Putin', () => {
    expect(offices('Das sagte Putins Berater Juri Uschakow am Montag.', 'de')).toEqual([]);
  });
});
