import { readFileSync, existsSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY } from '../../src/report/fingerprint.js';
import { pascalCase, ruleName, sarif } from '../../src/report/sarif.js';
import { EXPECTED_DIAGNOSTICS, RULES, SOURCES, context, fixtureResults, result as lintResult } from './fixtures.js';
import { SARIF_SCHEMA_FILE, validateSarif, validatorUnavailable, type Finding } from './sarif-validator.js';

interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<Record<string, any>> } };
    originalUriBaseIds: Record<string, { uri: string }>;
    artifacts: Array<{ location: { uri: string; uriBaseId?: string } }>;
    results: Array<Record<string, any>>;
    columnKind: string;
  }>;
}

const text = sarif(fixtureResults(), context());
const log = JSON.parse(text) as SarifLog;
const run = log.runs[0]!;

describe('sarif', () => {
  it('is a SARIF 2.1.0 log with one run from factlint listing every known rule', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'factlint', version: '0.1.0', informationUri: 'https://github.com/factlint/factlint' });
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    const office = run.tool.driver.rules[0]!;
    expect(office).toMatchObject({
      id: 'office-holder',
      name: 'OfficeHolder',
      shortDescription: { text: 'Wrong office holder.' },
      fullDescription: { text: 'Checks offices.' },
      helpUri: 'https://github.com/factlint/factlint/blob/main/docs/rules/office-holder.md',
      defaultConfiguration: { level: 'error' },
      properties: { category: 'office' },
    });
    expect(office.help.text).toContain('Checks offices.');
    expect(office.help.markdown).toContain('(https://github.com/factlint/factlint/blob/main/docs/rules/office-holder.md)');
    expect(run.tool.driver.rules.find((r) => r.id === 'cross-article')?.defaultConfiguration).toEqual({ level: 'warning' });
  });

  it('names rules in PascalCase, never equal to the id', () => {
    expect(pascalCase('office-holder')).toBe('OfficeHolder');
    expect(ruleName('place')).toBe('PlaceRule');
    expect(ruleName('date-weekday')).toBe('DateWeekday');
  });

  it('has one result per diagnostic, in order, with a valid ruleIndex and level', () => {
    expect(run.results).toHaveLength(EXPECTED_DIAGNOSTICS);
    expect(run.results.map((r) => r.ruleId)).toEqual([
      'metric-value',
      'cross-article',
      'date-weekday',
      'place',
      'cross-article',
      'office-holder',
      'file-error',
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'error', 'error', 'warning', 'error', 'error']);
  });

  it('locates results relative to %SRCROOT% with percent-encoded URIs, UTF-16 columns and snippets', () => {
    expect(run.originalUriBaseIds['%SRCROOT%']?.uri).toBe('file:///project/');
    expect(run.columnKind).toBe('utf16CodeUnits');
    const growth = run.results[0]!.locations[0].physicalLocation;
    expect(growth.artifactLocation).toMatchObject({ uri: 'articles/en.md', uriBaseId: '%SRCROOT%' });
    expect(growth.region).toEqual({ startLine: 2, startColumn: 22, endLine: 2, endColumn: 25, snippet: { text: '12%' } });
    const office = run.results[5]!.locations[0].physicalLocation;
    expect(office.artifactLocation.uri).toBe(`${encodeURIComponent('статьи')}/ru.md`);
    expect(office.region.snippet.text).toBe('Премьер-министр Молдовы Иван Петров');
    const weekday = run.results[2]!.locations[0].physicalLocation.region;
    expect(weekday).toMatchObject({ startLine: 4, endLine: 5, endColumn: 11 });
    expect(weekday.snippet.text).toBe('Tuesday,\r\n8 May 2023');
  });

  it('lists every file as an artifact, referenced by index', () => {
    expect(run.artifacts.map((a) => a.location.uri)).toEqual([
      'articles/en.md',
      'articles/other.md',
      `${encodeURIComponent('статьи')}/ru.md`,
      'articles/binary.md',
      'articles/clean.md',
    ]);
    for (const r of run.results) {
      const loc = r.locations[0].physicalLocation.artifactLocation;
      expect(run.artifacts[loc.index]?.location.uri).toBe(loc.uri);
    }
  });

  it('carries the fact in the message text and in properties', () => {
    const office = run.results[5]!;
    expect(office.message.text).toContain('Article: Премьер-министр Молдовы Иван Петров');
    expect(office.message.text).toContain('Facts: Prime Minister of Moldova: Анна Коваль (since 2021-08-06)');
    expect(office.message.text).toContain('Source: https://gov.example/md/cabinet (koval-pm-md)');
    expect(office.properties).toEqual({
      actual: 'Премьер-министр Молдовы Иван Петров',
      expected: 'Prime Minister of Moldova: Анна Коваль (since 2021-08-06)',
      factId: 'koval-pm-md',
      factSource: 'https://gov.example/md/cabinet',
      factNote: 'Acting from 2021-07',
      factFile: 'claims/offices.json',
    });
  });

  it('links related locations from the message text', () => {
    const cross = run.results[1]!;
    expect(cross.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'articles/other.md', uriBaseId: '%SRCROOT%', index: 1 },
          region: { startLine: 1, startColumn: 18 },
        },
        message: { text: 'says 4.2 billion dollars' },
      },
    ]);
    expect(cross.message.text).toContain('See also: [articles/other.md:1:18](1)');
  });

  it('turns a fix into a replacement whose offsets and lines select the flagged text', () => {
    const fix = run.results[0]!.fixes[0];
    const change = fix.artifactChanges[0];
    expect(change.artifactLocation.uri).toBe('articles/en.md');
    const { deletedRegion, insertedContent } = change.replacements[0];
    const source = SOURCES['articles/en.md']!;
    expect(source.slice(deletedRegion.charOffset, deletedRegion.charOffset + deletedRegion.charLength)).toBe('12%');
    expect(deletedRegion).toMatchObject({ startLine: 2, startColumn: 22, endLine: 2, endColumn: 25 });
    expect(insertedContent).toEqual({ text: '8.5%' });
  });

  it('fingerprints by file, rule and claim text: stable when lines move, distinct for other claims', () => {
    const print = (prefix: string, claim: string): string => {
      const body = `${prefix}The minister said turnover was ${claim} last year.\n`;
      const start = body.indexOf(claim);
      const line = body.slice(0, start).split('\n').length;
      const column = start - body.lastIndexOf('\n', start - 1);
      const m = { ruleId: 'metric-value', severity: 2 as const, message: 'wrong', line, column, endLine: line, endColumn: column + claim.length };
      const result = lintResult('a.md', [m]);
      const out = JSON.parse(sarif([result], context({ readSource: () => body }))) as SarifLog;
      expect(out.runs[0]!.results[0]!.locations[0].physicalLocation.region.snippet.text).toBe(claim);
      return out.runs[0]!.results[0]!.partialFingerprints[FINGERPRINT_KEY];
    };
    const before = print('', '5 billion');
    const moved = print('# Title\n\nA new first paragraph.\n', '5 billion');
    expect(moved).toBe(before);
    expect(print('', '6 billion')).not.toBe(before);
    expect(before).toMatch(/^[0-9a-f]{32}:1$/);
  });

  it('numbers identical claims in one file so their fingerprints differ', () => {
    const body = 'It grew 12% in May. It grew 12% in June.\n';
    const m = (column: number) => ({ ruleId: 'metric-value', severity: 2 as const, message: 'wrong', line: 1, column, endLine: 1, endColumn: column + 3 });
    const result = lintResult('a.md', [m(9), m(29)]);
    const out = JSON.parse(sarif([result], context({ readSource: () => body }))) as SarifLog;
    const [a, b] = out.runs[0]!.results.map((r) => r.partialFingerprints[FINGERPRINT_KEY] as string);
    expect(a!.split(':')[0]).toBe(b!.split(':')[0]);
    expect([a!.split(':')[1], b!.split(':')[1]]).toEqual(['1', '2']);
  });

  it('is deterministic', () => {
    expect(sarif(fixtureResults(), context())).toBe(text);
  });

  it('conforms to the SARIF 2.1.0 JSON schema', () => {
    if (!existsSync(SARIF_SCHEMA_FILE)) {
      console.warn(`SARIF schema check skipped: ${SARIF_SCHEMA_FILE} is missing`);
      return;
    }
    const ajv = new Ajv2020.default({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
});

const unavailable = validatorUnavailable();
if (unavailable) console.warn(`SARIF Multitool validation skipped: ${unavailable}`);

describe.skipIf(unavailable !== undefined)(`sarif validated by the SARIF Multitool${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let findings: Finding[] = [];
  beforeAll(() => {
    findings = validateSarif(text);
  }, 120_000);

  it('reports no errors and no warnings for our log', () => {
    const problems = findings.filter((f) => f.level === 'error' || f.level === 'warning');
    expect(problems, problems.map((p) => `${p.level} ${p.ruleId}: ${p.text}`).join('\n')).toEqual([]);
  });

  it('does report errors for a broken log (the check can fail)', () => {
    const broken = JSON.parse(text) as SarifLog;
    broken.runs[0]!.results[0]!.locations[0].physicalLocation.region.startLine = 0;
    const errors = validateSarif(JSON.stringify(broken)).filter((f) => f.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
  }, 120_000);
});

describe('sarif edge cases', () => {
  it('gives files outside the working directory absolute file URIs without a base', () => {
    const result = lintResult('/elsewhere/notes on trade.md', [{ ruleId: 'place', severity: 2, message: 'wrong place', line: 1, column: 1, endLine: 1, endColumn: 5 }]);
    const out = JSON.parse(sarif([result], context({ readSource: () => undefined }))) as SarifLog;
    const loc = out.runs[0]!.results[0]!.locations[0].physicalLocation;
    expect(loc.artifactLocation).toEqual({ uri: 'file:///elsewhere/notes%20on%20trade.md', index: 0 });
    expect(loc.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 5 });
  });

  it('still lists the rules and an empty results array when there is nothing to report', () => {
    const out = JSON.parse(sarif([], context())) as SarifLog;
    expect(out.runs[0]!.results).toEqual([]);
    expect(out.runs[0]!.artifacts).toEqual([]);
    expect(out.runs[0]!.tool.driver.rules).toHaveLength(RULES.length);
  });

  it('adds a descriptor for a rule the run did not list, so ruleIndex stays valid', () => {
    const result = lintResult('a.md', [{ ruleId: 'share-value', severity: 1, message: 'x', line: 1, column: 1, endLine: 1, endColumn: 2 }]);
    const out = JSON.parse(sarif([result], context())) as SarifLog;
    const r = out.runs[0]!.results[0]!;
    expect(out.runs[0]!.tool.driver.rules[r.ruleIndex]).toMatchObject({ id: 'share-value', name: 'ShareValue' });
  });

  it('escapes text in messages that would read as an embedded link', () => {
    const result = lintResult('a.md', [{ ruleId: 'place', severity: 2, message: 'see [the map](1) here', line: 1, column: 1, endLine: 1, endColumn: 2 }]);
    const out = JSON.parse(sarif([result], context({ readSource: () => undefined }))) as SarifLog;
    expect(out.runs[0]!.results[0]!.message.text).toBe('see \\[the map\\](1) here');
  });
});
