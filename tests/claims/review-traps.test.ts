// True sentences a review of the redesign found flagged, one per mechanism: each must stay silent.
// Sentences written for this test; facts: the shared dev2 set's shape is mirrored by the bundled one.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../helpers.js';

const BUNDLED = fileURLToPath(new URL('../../claims/', import.meta.url));
const contradicted = (body: string, lang: string, date = '2025-03-01') =>
  claimsOf(body, lang, date, BUNDLED).filter((c) => c.verdict === 'contradicted').map((c) => `${c.kind}: ${c.reason}`);

describe('review traps: no contradiction', () => {
  it.each([
    ['en', "Kyrgyzstan's former president Almazbek Atambayev remains in custody."],
    ['de', 'Kirgisistans früherer Präsident Almasbek Atambajew bleibt in Haft.'],
    ['de', 'Der kirgisische ehemalige Präsident Almasbek Atambajew bleibt in Haft.'],
    ['ky', 'Кыргызстандын мурдагы президенти Алмазбек Атамбаев камакта.'],
  ])('a qualifier between the country and the office: %s', (lang, body) => {
    expect(contradicted(body, lang, '2023-05-09')).toEqual([]);
  });

  it.each([
    ['en', 'President Vladimir Putin has visited Kyrgyzstan every year since 2015.'],
    ['en', 'President Putin cited figures from 2015.'],
    ['ru', 'Президент Владимир Путин с 2015 года ежегодно посещает Киргизию.'],
    ['de', 'Präsident Wladimir Putin besucht Kirgisistan seit 2015 jedes Jahr.'],
    ['id', 'Presiden Vladimir Putin rutin mengunjungi Kirgizstan sejak 2015.'],
    ['en', 'President Kassym-Jomart Tokayev plans reforms starting 2026.'],
  ])('a "since" that dates something else than the tenure: %s', (lang, body) => {
    expect(contradicted(body, lang)).toEqual([]);
  });

  it.each([
    ['en', 'On the 80th anniversary of the Victory, CIS leaders gathered in Moscow.', '2025-05-09'],
    ['ru', 'В честь 80-летия Победы лидеры СНГ собрались в Москве.', '2025-05-09'],
    ['en', 'In 2023, Russia marked the 20th anniversary of the Kant air base.', '2025-03-01'],
  ])('an anniversary of something else, or of another year: %s', (lang, body, date) => {
    expect(contradicted(body, lang, date)).toEqual([]);
  });

  it.each([
    ['en', 'Russia hosted drills at the Kant air base.'],
    ['en', 'Kazakhstan hosted talks on the Kant air base.'],
    ['en', 'Talks on the Kant air base in Moscow ended.'],
  ])('a place that belongs to another noun: %s', (lang, body) => {
    expect(contradicted(body, lang)).toEqual([]);
  });

  it.each([
    ['en', 'Putin, accompanied by Mishustin, met his Kyrgyz counterpart Sadyr Japarov.'],
    ['ru', 'Путин вместе с Мишустиным встретился со своим киргизским коллегой Садыром Жапаровым.'],
  ])('a counterpart of one of several people: %s', (lang, body) => {
    expect(contradicted(body, lang)).toEqual([]);
  });

  it('the thing of a handover clause: "X was succeeded as Secretary-General by Y"', () => {
    expect(contradicted('At the summit Imangali Tasmagambetov was succeeded as CSTO Secretary General by Taalatbek Masadykov.', 'en', '2025-11-28')).toEqual([]);
  });
});

describe('review traps: the errors are still found', () => {
  it.each([
    ['en', 'Sadyr Japarov, President of Kyrgyzstan since 2019, spoke.'],
    ['en', 'Putin attended the 25th anniversary of the Kant air base.'],
    ['en', 'Kazakhstan hosts the Kant air base.'],
    ['en', 'Putin held talks with his Tajik counterpart Sadyr Japarov.'],
  ])('%s: %s', (lang, body) => {
    expect(contradicted(body, lang, '2023-10-12')).toHaveLength(1);
  });
});
