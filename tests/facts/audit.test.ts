// factlint facts check: a planted gap, overlap, unverified open term, bad source, shared name and
// shared Wikidata id are each found, with both statements of a gap or overlap; the set put right
// is clean; the bundled set passes and covers its posts.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditFactSet } from '../../src/facts/audit/index.js';
import { postCoverage } from '../../src/facts/audit/coverage.js';
import { FactIndex, loadFactSet } from '../../src/facts/index.js';
import { factlint, REPO, requireBuilt } from '../cli/helpers.js';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/factsets/${name}.json`, import.meta.url));
const TODAY = { today: '2026-12-01', maxAgeDays: 365 };
const audit = (name: string) => auditFactSet(loadFactSet([fixture(name)], { cwd: REPO }), TODAY).findings;

describe('facts check on a planted set', () => {
  const findings = () => audit('audit-planted');
  it('finds the gap between two holders, with both statements and the days', () => {
    const gap = findings().filter((f) => f.check === 'gap');
    expect(gap).toHaveLength(1);
    expect(gap[0]!.pointer).toBe('/statements/1');
    expect(gap[0]!.message).toBe('president of ruritania: no holder from 2005-07-01 to 2005-08-14 (45 days) between anna-lind (to 2005-06-30) and boris-kent (from 2005-08-15); fill it, or say why in "continuity"');
    expect(gap[0]!.related).toEqual(['tests/fixtures/factsets/audit-planted.json#/statements/0']);
  });
  it('finds the overlap, but not a same-day handover', () => {
    const overlap = findings().filter((f) => f.check === 'overlap');
    expect(overlap.map((f) => f.message)).toEqual(['president of ruritania: carl-kent from 2009-06-01 overlaps boris-kent, whose term runs to 2010-01-01; correct one of them, or say why in "continuity"']);
  });
  it('finds the unverified open term, the source that is no address, a full name on two people and a shared Wikidata id', () => {
    const by = (check: string) => findings().filter((f) => f.check === check).map((f) => f.pointer);
    expect(by('open-term-unverified')).toEqual(['/statements/3']);
    expect(by('source-not-url')).toEqual(['/statements/4/source']);
    expect(by('ambiguous-name')).toEqual(['/entities/2/names/en/1']);
    expect(by('duplicate-wikidata')).toEqual(['/entities/2/wikidata']);
  });
  it('is clean when the gap is documented, the handover day disputed, the open term verified and a family name shared', () => {
    expect(audit('audit-clean')).toEqual([]);
  });
  it('flags a verified date older than the allowed age', () => {
    const late = auditFactSet(loadFactSet([fixture('audit-clean')], { cwd: REPO }), { today: '2028-01-01', maxAgeDays: 365 }).findings;
    expect(late.map((f) => f.check)).toEqual(['open-term-stale']);
  });
});

describe('facts check on the command line', () => {
  beforeAll(requireBuilt);
  it('exits 1 with the problems, 0 when clean, 2 on a usage error', () => {
    const planted = factlint(['facts', 'check', fixture('audit-planted'), '--today', '2026-12-01'], REPO);
    expect(planted.code).toBe(1);
    expect(planted.stdout).toMatch(/audit-planted\.json#\/statements\/1: president of ruritania: no holder from 2005-07-01 .* gap\n  see .*#\/statements\/0\n/);
    expect(planted.stdout).toMatch(/✖ 6 problems in 6 statements, 7 entities \(2 with a Wikidata id\), 2 posts\n$/);
    const clean = factlint(['facts', 'check', fixture('audit-clean'), '--today', '2026-12-01'], REPO);
    expect(clean.stdout).toMatch(/^✔ 0 problems/);
    expect(clean.code).toBe(0);
    expect(factlint(['facts', 'check', '--today', '2026-13-01'], REPO).code).toBe(2);
    expect(factlint(['facts', 'nonsense'], REPO).stderr).toMatch(/unknown facts command "nonsense"/);
  });
  it('prints each post\'s share of days with a known holder, and apart from it the days a continuity note explains', () => {
    const run = factlint(['facts', 'check', fixture('audit-clean'), '--today', '2026-12-01', '--coverage', '2001-01-01..2012-12-31'], REPO);
    // 2005-07-01..2005-08-14 (45 days) has no holder, and the next term's continuity says why;
    // 2009-06-01..03 is disputed but covered by the next term.
    expect(run.stdout).toMatch(/^ 99\.0 %  president of ruritania \(4338 of 4383 days; 45 days without a holder, explained in "continuity"\)$/m);
    const json = JSON.parse(factlint(['facts', 'check', fixture('audit-clean'), '--today', '2026-12-01', '--coverage', '2001-01-01..2012-12-31', '-f', 'json'], REPO).stdout) as { coverage: Array<{ known: number; documented: number }> };
    expect(json.coverage).toEqual([{ office: 'president', of: 'ruritania', known: 4338, documented: 45, days: 4383 }]);
    expect(factlint(['facts', 'check', '--coverage', '2012..2001'], REPO).code).toBe(2);
  });
  it('reports a set that does not load as problems, exit 1, and json on request', () => {
    const run = factlint(['facts', 'check', fixture('uncertain-invalid'), '-f', 'json'], REPO);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { findings: Array<{ check: string; pointer: string }> };
    expect(out.findings.every((f) => f.check === 'invalid')).toBe(true);
    expect(out.findings.map((f) => f.pointer)).toContain('/statements/2/min');
  });
  // The bundled set was verified against dated sources up to AS_OF (claims/README.md): on that day
  // it is clean. A year later its oldest confirmation (Tajikistan's prime minister, 2025-04-25) is
  // stale, and the check is meant to say so. Against the clock, only staleness may be reported.
  const AS_OF = '2026-03-16';
  it('finds nothing in the bundled set on its as-of day, and the oldest open term once it is over a year old', () => {
    const clean = factlint(['facts', 'check', 'claims', '--today', AS_OF, '-f', 'json'], REPO);
    expect(clean.code).toBe(0);
    expect((JSON.parse(clean.stdout) as { findings: unknown[] }).findings).toEqual([]);
    const later = factlint(['facts', 'check', 'claims', '--today', '2026-04-26', '-f', 'json'], REPO);
    const out = JSON.parse(later.stdout) as { findings: Array<{ check: string; message: string }> };
    expect(later.code).toBe(1);
    expect(out.findings.map((f) => `${f.check} ${f.message.split(':')[0]}`)).toEqual(['open-term-stale an open term last verified on 2025-04-25, more than 365 days before 2026-04-26']);
  });
  it('reports nothing but staleness in the bundled set on any later day', () => {
    const run = factlint(['facts', 'check', 'claims', '-f', 'json'], REPO);
    const out = JSON.parse(run.stdout) as { findings: Array<{ check: string }> };
    expect([...new Set(out.findings.map((f) => f.check))].filter((c) => c !== 'open-term-stale')).toEqual([]);
  });
});

describe('coverage of the bundled set, 2000-2025', () => {
  const index = new FactIndex(loadFactSet([fileURLToPath(new URL('../../claims/', import.meta.url))]));
  const countries = ['russia', 'kyrgyzstan', 'kazakhstan', 'uzbekistan', 'tajikistan', 'turkmenistan', 'belarus', 'armenia', 'azerbaijan', 'moldova'];
  const share = (office: string, of: string) => {
    const c = postCoverage(index, office, of, '2000-01-01', '2025-12-31');
    return Math.round((c.known / c.days) * 1000) / 1000;
  };
  const accounted = (office: string, of: string) => {
    const c = postCoverage(index, office, of, '2000-01-01', '2025-12-31');
    return Math.round(((c.known + c.documented) / c.days) * 1000) / 1000;
  };
  it.each(countries)('heads of state and government of %s: at least 95 %% of the days', (of) => {
    expect(share('president', of)).toBeGreaterThanOrEqual(0.95);
    expect(share('prime-minister', of)).toBeGreaterThanOrEqual(0.95);
  });
  it.each(countries)('foreign and defence ministers of %s: at least 90 %% of the days accounted for', (of) => {
    expect(share('foreign-minister', of)).toBeGreaterThanOrEqual(0.9);
    expect(accounted('defence-minister', of)).toBeGreaterThanOrEqual(0.9);
  });
  it('says why Kyrgyzstan had no defence minister for five years: the ministry did not exist from 2014 to 2021', () => {
    const c = postCoverage(index, 'defence-minister', 'kyrgyzstan', '2000-01-01', '2025-12-31');
    // 2015-10-13..2021-02-02 (1,940 days): after Kudaiberdiev's dismissal, until the re-created
    // ministry's first minister; and 2010-07-21, between Isakov's dismissal and Kudaiberdiev's decree.
    expect(c.documented).toBe(1941);
    expect(share('defence-minister', 'kyrgyzstan')).toBeLessThan(0.9);
  });
});
