// Inline directives: parsing, ESLint-like semantics, and the CLI filter with unused reporting.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyDirectives } from '../../src/directives/apply.js';
import { justificationOf, parseDirectives, ruleList } from '../../src/directives/parse.js';
import { lineStarts } from '../../src/document/lines.js';
import type { Diagnostic } from '../../src/types.js';
import { factlint, messagesOf, requireBuilt, tempDir, write } from '../cli/helpers.js';

describe('parseDirectives', () => {
  it('reads kinds, rule lists and reasons after --', () => {
    const text = [
      '<!-- factlint-disable-next-line office-holder, place -- the minister misspoke -->',
      'x <!-- factlint-disable-line -->',
      '<!--factlint-disable date-weekday-->',
      '<!-- factlint-enable -->',
      '<!-- factlint-disabled -->',
      '<!-- an ordinary comment -->',
    ].join('\n');
    expect(parseDirectives(text, true).map((d) => [d.kind, d.rules])).toEqual([
      ['disable-next-line', ['office-holder', 'place']],
      ['disable-line', []],
      ['disable', ['date-weekday']],
      ['enable', []],
    ]);
    expect(ruleList(' a b,c -- why -- not')).toEqual(['a', 'b', 'c']);
    // ESLint's justification: everything after the first ` -- `, trimmed.
    expect(parseDirectives(text, true).map((d) => d.justification)).toEqual(['the minister misspoke', '', '', '']);
    expect(justificationOf(' a b,c -- why -- not ')).toBe('why -- not');
  });

  it('ignores comments inside fenced code blocks in Markdown, not in plain text', () => {
    const text = 'a\n```\n<!-- factlint-disable -->\n```\n~~~~md\n<!-- factlint-disable -->\n~~~~\n<!-- factlint-enable -->\n';
    expect(parseDirectives(text, true).map((d) => d.kind)).toEqual(['enable']);
    expect(parseDirectives(text, false).map((d) => d.kind)).toEqual(['disable', 'disable', 'enable']);
  });

  it('an unclosed comment is no directive', () => {
    expect(parseDirectives('<!-- factlint-disable', true)).toEqual([]);
  });
});

describe('applyDirectives', () => {
  const at = (text: string, needle: string, ruleId = 'r1'): Diagnostic => {
    const start = text.indexOf(needle);
    const starts = lineStarts(text);
    let line = 1;
    while (line < starts.length && starts[line]! <= start) line++;
    return { ruleId, severity: 2, message: needle, line, column: start - starts[line - 1]! + 1, endLine: line, endColumn: 1, span: { start, end: start + needle.length } };
  };

  it('disable ... enable covers what lies between, for the rules named', () => {
    const text = 'A1\n<!-- factlint-disable r1 -->\nB1 B2\n<!-- factlint-enable r1 -->\nC1';
    const ds = [at(text, 'A1'), at(text, 'B1'), at(text, 'B2', 'r2'), at(text, 'C1')];
    const out = applyDirectives(ds, parseDirectives(text, true), lineStarts(text), true);
    expect(out.kept.map((d) => d.message)).toEqual(['A1', 'B2', 'C1']);
    expect(out.unused).toEqual([]);
  });

  it('disable of every rule, then enable of one, switches that one back on', () => {
    const text = '<!-- factlint-disable -->\n<!-- factlint-enable r2 -->\nX Y';
    const out = applyDirectives([at(text, 'X'), at(text, 'Y', 'r2')], parseDirectives(text, true), lineStarts(text), false);
    expect(out.kept.map((d) => d.message)).toEqual(['Y']);
  });

  it('disable-line and disable-next-line cover one line only', () => {
    const text = 'P1 <!-- factlint-disable-line -->\n<!-- factlint-disable-next-line r1 -->\nP2\nP3';
    const out = applyDirectives([at(text, 'P1'), at(text, 'P2'), at(text, 'P3')], parseDirectives(text, true), lineStarts(text), false);
    expect(out.kept.map((d) => d.message)).toEqual(['P3']);
    expect(out.suppressed).toBe(2);
  });

  it('reports directives, and rule ids in them, that suppressed nothing', () => {
    const text = '<!-- factlint-disable-next-line r1, r9 -->\nQ1\n<!-- factlint-disable-next-line -->\nQ2';
    const out = applyDirectives([at(text, 'Q1')], parseDirectives(text, true), lineStarts(text), true);
    expect(out.unused.map((d) => [d.ruleId, d.severity, d.line, d.message])).toEqual([
      ['unused-disable-directive', 1, 1, "Unused factlint-disable-next-line directive (no problems were reported from 'r9')"],
      ['unused-disable-directive', 1, 3, 'Unused factlint-disable-next-line directive (no problems were reported)'],
    ]);
  });
});

describe('directives on the command line', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(requireBuilt);
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  // 8 May 2023 was a Monday, 9 May a Tuesday: two wrong weekdays, one suppressed.
  const article = (directive: string) => [
    '---', 'date: 2023-05-08', 'lang: en', '---',
    directive,
    'The ministers met on Tuesday, 8 May, in the capital.',
    '',
    'They left on Wednesday, 9 May.',
    '',
  ].join('\n');

  it('suppresses the next line in Markdown and in plain text alike', () => {
    for (const name of ['a.md', 'a.txt']) {
      write(tmp.dir, name, article('<!-- factlint-disable-next-line date-weekday -- quoted from the invitation -->'));
      const r = factlint(['-f', 'json', name], tmp.dir);
      expect(messagesOf(r)[0]!.messages.map((m) => m.line)).toEqual([8]);
    }
  });

  it('--report-unused-disable-directives warns about a directive that suppressed nothing', () => {
    write(tmp.dir, 'a.md', article('<!-- factlint-disable-next-line office-holder -->'));
    const plain = factlint(['-f', 'json', 'a.md'], tmp.dir);
    expect(messagesOf(plain)[0]!.messages.map((m) => m.ruleId)).toEqual(['date-weekday', 'date-weekday']);
    const r = factlint(['-f', 'json', '--report-unused-disable-directives', 'a.md'], tmp.dir);
    expect(messagesOf(r)[0]!.messages.map((m) => `${m.ruleId}:${m.line}:${m.severity}`)).toEqual([
      'unused-disable-directive:5:1', 'date-weekday:6:2', 'date-weekday:8:2',
    ]);
    // SARIF knows the extra rule.
    const sarif = JSON.parse(factlint(['-f', 'sarif', '--report-unused-disable-directives', 'a.md'], tmp.dir).stdout) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } } }>;
    };
    expect(sarif.runs[0]!.tool.driver.rules.map((x) => x.id)).toContain('unused-disable-directive');
  });
});
