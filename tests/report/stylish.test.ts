import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/report/stylish.js';
import { displayWidth, layoutLine } from '../../src/report/text-width.js';
import type { LintResult } from '../../src/types.js';
import { CWD, context, diag, fixtureResults } from './fixtures.js';

const ANSI = /\u001b\[[0-9;]*m/g;

/** The block of lines printed for the message whose header starts with `location`. */
function block(output: string, location: string): string[] {
  const blocks = output.split('\n\n');
  const found = blocks.find((b) => b.startsWith(`${location} `));
  if (!found) throw new Error(`no block for ${location} in:\n${output}`);
  return found.split('\n');
}

/** Text of the code line and the underline, after the "N | " gutter. */
function frame(lines: string[]): { target: string; caretCol: number; caretLen: number } {
  const targetRow = lines.find((l) => /^ {2}> +\d+ \| /.test(l));
  const underlineRow = lines.find((l) => /^ +\| +\^/.test(l));
  if (!targetRow || !underlineRow) throw new Error(`no frame in:\n${lines.join('\n')}`);
  const target = targetRow.slice(targetRow.indexOf('|') + 2);
  const underline = underlineRow.slice(underlineRow.indexOf('|') + 2);
  const caretCol = underline.indexOf('^');
  return { target, caretCol, caretLen: underline.length - caretCol };
}

/** The text under the caret, measured in display columns (cells, so joined emoji count once). */
function underlined(f: { target: string; caretCol: number; caretLen: number }): string {
  let col = 0;
  let out = '';
  for (const cell of layoutLine(f.target)) {
    if (col >= f.caretCol && col < f.caretCol + f.caretLen) out += cell.text;
    col += cell.width;
  }
  return out;
}

describe('stylish', () => {
  const output = stylish(fixtureResults(), context());

  it('starts each message with a clickable path:line:col relative to cwd, severity, message and rule', () => {
    expect(output.split('\n')[0]).toBe('articles/en.md:2:22  error  Trade growth in 2023 was 8.5%, not 12%  metric-value');
    expect(output).toContain('\nстатьи/ru.md:5:1  error  Иван Петров is not Prime Minister');
    expect(output).toContain('\narticles/en.md:3:19  warning  Turnover last year');
    expect(output).not.toContain(CWD);
  });

  it('underlines the span after emoji by display width (UTF-16 column 22, screen column 19)', () => {
    const f = frame(block(output, 'articles/en.md:2:22'));
    expect(f.caretCol).toBe(19);
    expect(underlined(f)).toBe('12%');
  });

  it('underlines a Cyrillic span and shows the line before', () => {
    const lines = block(output, 'статьи/ru.md:5:1');
    expect(lines).toContain('    4 | Выставку открыли во вторник.');
    const f = frame(lines);
    expect(f.caretCol).toBe(0);
    expect(underlined(f)).toBe('Премьер-министр Молдовы Иван Петров');
  });

  it('expands tabs in the frame so the underline stays under the span', () => {
    const f = frame(block(output, 'articles/en.md:3:19'));
    expect(f.target).not.toContain('\t');
    expect(underlined(f)).toBe('5 billion dollars');
  });

  it('underlines a multi-line span to the end of its first line', () => {
    const f = frame(block(output, 'articles/en.md:4:20'));
    expect(f.target).toBe('The fair opened on Tuesday,');
    expect(underlined(f)).toBe('Tuesday,');
  });

  it('crops a long line around the span', () => {
    const f = frame(block(output, 'articles/en.md:6:221'));
    expect(f.target.startsWith('…')).toBe(true);
    expect(displayWidth(f.target)).toBeLessThanOrEqual(102);
    expect(underlined(f)).toBe('The port in Tallinn');
  });

  it('prints what the article says, what the facts say, the source and related places', () => {
    const lines = block(output, 'articles/en.md:3:19');
    expect(lines).toContain('  article:  5 billion dollars');
    expect(lines).toContain('  facts:    4.2 billion dollars (articles/other.md)');
    expect(lines).toContain('  see also: articles/other.md:1:18  says 4.2 billion dollars');
    const ru = block(output, 'статьи/ru.md:5:1');
    expect(ru).toContain('  source:   https://gov.example/md/cabinet (koval-pm-md)');
    expect(ru).toContain('  note:     Acting from 2021-07');
  });

  it('keeps the rule id on the header of a multi-line message and shows control characters visibly', () => {
    const lines = block(output, 'articles/en.md:4:20');
    expect(lines[0]).toMatch(/not a Tuesday {2}date-weekday$/);
    expect(lines[1]).toBe('  second line <tag> & "quoted" \u2407bell');
    expect(output).not.toContain('\u0007');
  });

  it('reports a fatal file as one error line without a frame, and says nothing of a clean file', () => {
    const lines = block(output, 'articles/binary.md:1:1');
    expect(lines).toEqual(['articles/binary.md:1:1  error  binary content (NUL bytes at offset 12)  file-error']);
    expect(output).not.toContain('clean.md');
  });

  it('ends with the summary and the fixable count', () => {
    expect(output.endsWith('\n\n✖ 7 problems (5 errors, 2 warnings)\n  1 fixable with --fix\n')).toBe(true);
  });

  it('has no ANSI codes without color, and the same text with them when color is on', () => {
    expect(output).not.toMatch(ANSI);
    const colored = stylish(fixtureResults(), context({ color: true }));
    expect(colored).toMatch(ANSI);
    expect(colored).toContain('\u001b[31merror\u001b[39m');
    expect(colored.replace(ANSI, '')).toBe(output);
  });

  it('prints nothing when there are no problems', () => {
    expect(stylish([], context())).toBe('');
    const clean = fixtureResults().filter((r) => r.messages.length === 0 && !r.fatal);
    expect(clean).toHaveLength(1);
    expect(stylish(clean, context())).toBe('');
  });

  it('splits a CRLF message into lines without leaving a CR behind', () => {
    const [result] = fixtureResults();
    const crlf = { ...result!, messages: [{ ...result!.messages[0]!, message: 'first\r\nsecond' }] };
    const lines = block(stylish([crlf], context()), 'articles/en.md:2:22');
    expect(lines[0]).toBe('articles/en.md:2:22  error  first  metric-value');
    expect(lines[1]).toBe('  second');
  });

  it('uses singular words and omits the fixable line when nothing is fixable', () => {
    const one: LintResult = {
      filePath: 'articles/other.md',
      messages: [diag('articles/other.md', '4.2', { ruleId: 'cross-article', message: 'Differs', severity: 1 })],
      errorCount: 0,
      warningCount: 1,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
    const out = stylish([one], context());
    expect(out.endsWith('\n\n✖ 1 problem (0 errors, 1 warning)\n')).toBe(true);
  });

  it('still prints message and facts when the source text cannot be read', () => {
    const out = stylish(fixtureResults(), context({ readSource: () => undefined }));
    const lines = block(out, 'articles/en.md:2:22');
    expect(lines.some((l) => l.includes(' | '))).toBe(false);
    expect(lines).toContain('  article:  12%');
  });
});
