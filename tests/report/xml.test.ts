import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkstyle } from '../../src/report/checkstyle.js';
import { junit } from '../../src/report/junit.js';
import { escapeAttr, escapeText } from '../../src/report/xml.js';
import { CWD, EXPECTED_DIAGNOSTICS, context, fixtureResults } from './fixtures.js';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: '#text',
  parseAttributeValue: false,
  parseTagValue: false,
  htmlEntities: true, // decode numeric references such as &#10;
  isArray: (name) => ['testsuite', 'testcase', 'file', 'error', 'failure'].includes(name),
});

type Node = Record<string, any>;

describe('xml escaping', () => {
  it('escapes markup characters and keeps line breaks in attributes', () => {
    expect(escapeText('a < b & c > d')).toBe('a &lt; b &amp; c &gt; d');
    expect(escapeAttr(`"it's"\n\t`)).toBe('&quot;it&apos;s&quot;&#10;&#9;');
  });

  it('replaces characters XML 1.0 cannot carry', () => {
    expect(escapeText('bell\u0007 nul\u0000 ok\u00e9 lone\ud800 pair\ud83c\udf89')).toBe('bell\ufffd nul\ufffd ok\u00e9 lone\ufffd pair\ud83c\udf89');
  });
});

describe('junit', () => {
  const xml = junit(fixtureResults(), context());
  const doc = parser.parse(xml) as Node;
  const suites = doc.testsuites.testsuite as Node[];

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites')).toBe(true);
  });

  it('has a testsuite per file and totals that add up', () => {
    expect(suites.map((s) => s.name)).toEqual(['articles/en.md', 'articles/other.md', 'статьи/ru.md', 'articles/binary.md', 'articles/clean.md']);
    expect(suites.map((s) => [s.tests, s.failures, s.errors])).toEqual([
      ['4', '4', '0'],
      ['1', '1', '0'],
      ['1', '1', '0'],
      ['1', '0', '1'],
      ['1', '0', '0'],
    ]);
    expect(doc.testsuites).toMatchObject({ name: 'factlint', tests: '8', failures: '6', errors: '1' });
  });

  it('has a failing testcase per diagnostic, an error for the fatal file and a passing one for the clean file', () => {
    const cases = suites.flatMap((s) => s.testcase as Node[]);
    const failing = cases.filter((c) => c.failure || c.error);
    expect(failing).toHaveLength(EXPECTED_DIAGNOSTICS);
    const clean = suites[4]!.testcase as Node[];
    expect(clean).toHaveLength(1);
    expect(clean[0]!.failure).toBeUndefined();
    expect(clean[0]!.error).toBeUndefined();
    const fatal = (suites[3]!.testcase as Node[])[0]!;
    expect((fatal.error as Node[])[0]).toMatchObject({ message: 'binary content (NUL bytes at offset 12)', type: 'file-error' });
  });

  it('gives each failure the message, the rule as type and the details as text', () => {
    const first = (suites[0]!.testcase as Node[])[0]!;
    expect(first).toMatchObject({ classname: 'articles/en.md', name: 'articles/en.md:2:22 metric-value' });
    const failure = (first.failure as Node[])[0]!;
    expect(failure.message).toBe('Trade growth in 2023 was 8.5%, not 12%');
    expect(failure.type).toBe('metric-value');
    expect(failure['#text']).toContain('facts: 8.5% (tolerance 3%)');
    expect(failure['#text']).toContain('source: stat.example, table 4 (trade-growth-2023)');
  });

  it('escapes markup, quotes, line breaks and control characters', () => {
    const hostile = ((suites[0]!.testcase as Node[])[2]!.failure as Node[])[0]!;
    expect(hostile.message).toBe('100% sure: 8 May 2023 was a Monday, not a Tuesday\nsecond line <tag> & "quoted" \ufffdbell');
    expect(hostile['#text']).toContain('second line <tag> & "quoted" \ufffdbell [date-weekday]');
    expect(xml).not.toContain('\u0007');
  });
});

describe('checkstyle', () => {
  const xml = checkstyle(fixtureResults(), context());
  const doc = parser.parse(xml) as Node;
  const files = doc.checkstyle.file as Node[];

  it('is well-formed Checkstyle XML with a file element per linted file', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(doc.checkstyle.version).toBe('4.3');
    expect(files.map((f) => f.name)).toEqual([
      `${CWD}/articles/en.md`,
      `${CWD}/articles/other.md`,
      `${CWD}/статьи/ru.md`,
      `${CWD}/articles/binary.md`,
      `${CWD}/articles/clean.md`,
    ]);
  });

  it('has an error element per diagnostic with line, column, severity, message and source', () => {
    const errors = files.flatMap((f) => (f.error as Node[] | undefined) ?? []);
    expect(errors).toHaveLength(EXPECTED_DIAGNOSTICS);
    expect(errors[0]).toEqual({
      line: '2',
      column: '22',
      severity: 'error',
      message: 'Trade growth in 2023 was 8.5%, not 12% (metric-value)',
      source: 'factlint.rules.metric-value',
    });
    expect(errors.map((e) => e.severity)).toEqual(['error', 'warning', 'error', 'error', 'warning', 'error', 'error']);
    expect(errors[2]!.message).toBe('100% sure: 8 May 2023 was a Monday, not a Tuesday\nsecond line <tag> & "quoted" \ufffdbell (date-weekday)');
    expect(files[4]!.error).toBeUndefined();
  });
});

describe('xml escaping, any input', () => {
  // Markup, line breaks, control characters, lone surrogates, non-characters, and any code point.
  const risky = fc.oneof(
    fc.constantFrom('<', '>', '&', '"', "'", '\r', '\n', '\t', '\u0000', '\u0007', '\ud800', '\udc00', '\uffff', 'я', '🎉', ' '),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  );

  it('always yields well-formed XML that reads back as the input (non-XML characters as U+FFFD)', () => {
    const lenient = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, htmlEntities: true, trimValues: false });
    const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    fc.assert(
      fc.property(fc.string({ unit: risky, maxLength: 40 }), (s) => {
        const doc = `<a b="${escapeAttr(s)}">${escapeText(s)}</a>`;
        expect(XMLValidator.validate(doc)).toBe(true);
        // XML normalises CR and CRLF in text content to LF; attributes keep them as references.
        const expected = s.replace(notXml, '\uFFFD');
        const parsed = lenient.parse(doc) as { a: { b: string; '#text'?: string } | string };
        const a = typeof parsed.a === 'string' ? { b: '', '#text': parsed.a } : parsed.a;
        expect(a.b).toBe(expected);
        expect(a['#text'] ?? '').toBe(expected.replace(/\r\n?/g, '\n'));
      }),
      { numRuns: 300 },
    );
  });
});
