import { describe, expect, it } from 'vitest';
import { formatNames, getFormatter } from '../../src/report/index.js';
import { reportMessages, totals } from '../../src/report/messages.js';
import { sourceLines } from '../../src/report/source-lines.js';
import { stylish } from '../../src/report/stylish.js';
import type { LintResult } from '../../src/types.js';
import { context } from './fixtures.js';

function fatalResult(withMessage: boolean): LintResult {
  const message = 'invalid UTF-8 at byte 7';
  return {
    filePath: 'broken.md',
    messages: withMessage ? [{ ruleId: 'file-error', severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1 }] : [],
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    fatal: message,
  };
}

describe('reportMessages', () => {
  it('adds the fatal error as a file-error message when the result has none', () => {
    expect(reportMessages(fatalResult(false))).toEqual([
      { ruleId: 'file-error', severity: 2, message: 'invalid UTF-8 at byte 7', line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true },
    ]);
  });

  it('marks, and does not repeat, a file-error message the engine already added', () => {
    const messages = reportMessages(fatalResult(true));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'file-error', fatal: true });
    expect(totals([fatalResult(true)])).toEqual({ problems: 1, errors: 1, warnings: 0, fixable: 0 });
  });

  it('never reads a fatal file (its bytes are no text and may be huge) nor draws a frame for it', () => {
    const read: string[] = [];
    const readSource = (f: string) => {
      read.push(f);
      return '\u0000\u0001binary';
    };
    const out = stylish([fatalResult(true)], context({ readSource }));
    expect(out).toBe('broken.md:1:1  error  invalid UTF-8 at byte 7  file-error\n\n✖ 1 problem (1 error, 0 warnings)\n');
    for (const name of formatNames) getFormatter(name)([fatalResult(true), fatalResult(false)], context({ readSource }));
    expect(read).toEqual([]);
  });
});

describe('sourceLines', () => {
  it('breaks lines at LF, CRLF and lone CR, like the document line index', () => {
    const lines = sourceLines('one\r\ntwo\rthree\nfour');
    expect([1, 2, 3, 4].map((n) => lines.line(n))).toEqual(['one', 'two', 'three', 'four']);
    expect(lines.line(5)).toBeUndefined();
    expect(lines.positionOf(9)).toEqual({ line: 3, column: 1 });
    expect(lines.offsetOf(3, 1)).toBe(9);
    expect(lines.offsetOf(1, 99)).toBe(3); // clamped to the end of "one"
  });

  it('maps offsets and positions both ways', () => {
    const text = 'Выставка\nоткрыта 🎉 вчера\n';
    const lines = sourceLines(text);
    for (let offset = 0; offset <= text.length; offset++) {
      const p = lines.positionOf(offset);
      expect(lines.offsetOf(p.line, p.column)).toBe(offset);
    }
  });
});
