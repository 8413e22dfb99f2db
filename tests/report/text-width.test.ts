import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { displayPath } from '../../src/report/paths.js';
import { displayWidth, isSpecial, knownPlain, layoutLine, knownPlainEnd, printable, printableLine, TAB_WIDTH } from '../../src/report/text-width.js';

describe('displayWidth', () => {
  it('counts Latin and Cyrillic letters one column each', () => {
    expect(displayWidth('Premier')).toBe(7);
    expect(displayWidth('Премьер-министр')).toBe(15);
  });

  it('counts emoji and CJK two columns each, though an emoji is two UTF-16 units', () => {
    expect('🎉'.length).toBe(2);
    expect(displayWidth('🎉')).toBe(2);
    expect(displayWidth('🎉🎉 ok')).toBe(7);
    expect(displayWidth('東京')).toBe(4);
  });

  it('gives combining marks, joiners and variation selectors no width', () => {
    expect(displayWidth('e\u0301')).toBe(1); // e + combining acute
    expect(displayWidth('👩\u200d💻')).toBe(2); // ZWJ sequence drawn as one glyph
    expect(displayWidth('❤\ufe0f')).toBe(2); // text-style heart turned emoji by VS16
    expect(displayWidth('👍🏽')).toBe(2); // skin tone modifier attaches
    expect(displayWidth('🇲🇩')).toBe(2); // flag: a pair of regional indicators
  });

  it('expands tabs to the next tab stop', () => {
    expect(displayWidth('\t')).toBe(TAB_WIDTH);
    expect(displayWidth('ab\tc')).toBe(TAB_WIDTH + 1);
    const cells = layoutLine('a\tb');
    expect(cells[1]).toMatchObject({ start: 1, end: 2, text: ' '.repeat(TAB_WIDTH - 1), width: TAB_WIDTH - 1 });
  });

  it('shows control characters as one-column symbols', () => {
    const cells = layoutLine('a\u0007b');
    expect(cells.map((c) => c.text).join('')).toBe('a\u2407b');
    expect(displayWidth('a\u0007b')).toBe(3);
  });

  it('maps each cell back to the UTF-16 offsets of its code point', () => {
    const cells = layoutLine('🎉x');
    expect(cells.map((c) => [c.start, c.end])).toEqual([
      [0, 2],
      [2, 3],
    ]);
  });
});

describe('printable', () => {
  it('replaces control characters but keeps line feeds and tabs', () => {
    expect(printable('a\u0007b\u001b[31m\nc\td')).toBe('a\u2407b\u241b[31m\nc\td');
  });
});

describe('knownPlain', () => {
  it('agrees with the Unicode property classification wherever it answers', () => {
    const disagree: string[] = [];
    let answered = 0;
    for (let cp = 0; cp <= 0xffff; cp++) {
      const known = knownPlain(cp);
      if (known === undefined) continue;
      answered++;
      if (known === isSpecial(cp)) disagree.push(cp.toString(16));
    }
    expect(disagree).toEqual([]);
    expect(answered).toBe(0x7e - 0x20 + 1 + 0x52f - 0xa0 + 1 + 0x2027 - 0x2010 + 1);
  });

  it('calls plain exactly what knownPlainEnd passes over, which looks as far as asked and no further than 256', () => {
    const differ: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if ((knownPlain(cp) === true) !== (knownPlainEnd(`${String.fromCharCode(cp)}\u0000`, 0, 1) === 1)) differ.push(cp.toString(16));
    }
    expect(differ).toEqual([]);
    const line = `\u0000${'a'.repeat(300)}`;
    expect(knownPlainEnd(line, 1, 1000)).toBe(257);
    expect(knownPlainEnd(line, 1, 10)).toBe(17);
    expect(knownPlainEnd(line, 1, 64)).toBe(65);
    expect(knownPlainEnd(line, 0, 10)).toBe(0);
    expect(knownPlainEnd(line, 290, 100)).toBe(301);
  });
});

describe('printableLine and displayPath', () => {
  it('show line breaks, tabs, escapes and bidi controls of a name, which stays on one line', () => {
    expect(printableLine('a\n::warning::x\r\t\u001b[31m\u009b\u202e\u2028.md')).toBe('a␊::warning::x␍␉␛[31m\ufffd\ufffd\ufffd.md');
    expect(printable('keeps\nline\tbreaks\u202e')).toBe('keeps\nline\tbreaks\ufffd');
  });

  it('put ./ before a name that a CI runner could read as a command', () => {
    const cwd = process.cwd();
    expect(displayPath(path.join(cwd, '::error file=x::y.md'), cwd)).toBe('./::error file=x::y.md');
    expect(displayPath(path.join(cwd, '##[error]y.md'), cwd)).toBe('./##[error]y.md');
    expect(displayPath(path.join(cwd, 'a', 'b.md'), cwd)).toBe('a/b.md');
    expect(displayPath(path.join(cwd, 'статья.ru.md'), cwd)).toBe('статья.ru.md');
  });
});
