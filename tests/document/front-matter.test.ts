import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/errors.js';
import { parseFrontMatter } from '../../src/document/front-matter.js';

function errorOf(text: string): string {
  try {
    parseFrontMatter(text);
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    return (err as Error).message;
  }
  throw new Error('expected a DocumentError');
}

describe('parseFrontMatter', () => {
  it('is undefined without a "---" first line', () => {
    expect(parseFrontMatter('# Title\n\nBody.')).toBeUndefined();
    expect(parseFrontMatter(' ---\ndate: 2024-01-01\n---\n')).toBeUndefined();
    expect(parseFrontMatter('----\nx\n')).toBeUndefined();
    expect(parseFrontMatter('')).toBeUndefined();
  });

  it('reads date, lang and keeps other keys; body starts after the closing line', () => {
    const text = '---\ndate: 2024-03-14\nlang: EN\nauthor: Desk\ntags: [a, b]\n---\n# Title\n';
    const fm = parseFrontMatter(text)!;
    expect(fm.date).toBe('2024-03-14');
    expect(fm.lang).toBe('en');
    expect(fm.data).toEqual({ date: '2024-03-14', lang: 'EN', author: 'Desk', tags: ['a', 'b'] });
    expect(text.slice(fm.bodyStart)).toBe('# Title\n');
  });

  it('accepts a date-only block, an empty block and a closing line at the end of the file', () => {
    expect(parseFrontMatter('---\ndate: 2023-10-12\n---\nBody')!.date).toBe('2023-10-12');
    const empty = parseFrontMatter('---\n---\nBody')!;
    expect(empty).toEqual({ data: {}, bodyStart: 8, date: undefined, lang: undefined });
    const atEnd = parseFrontMatter('---\nlang: de\n---');
    expect(atEnd!.bodyStart).toBe('---\nlang: de\n---'.length);
  });

  it('accepts "..." as the closing line and trailing spaces on the markers', () => {
    const fm = parseFrontMatter('--- \nlang: id\n...  \nIsi')!;
    expect(fm.lang).toBe('id');
  });

  it('handles CRLF and lone CR line breaks', () => {
    const crlf = '---\r\ndate: 2023-10-12\r\nlang: ru\r\n---\r\nТекст\r\n';
    const fm = parseFrontMatter(crlf)!;
    expect(fm.date).toBe('2023-10-12');
    expect(crlf.slice(fm.bodyStart)).toBe('Текст\r\n');
    const cr = '---\rlang: de\r---\rText';
    expect(cr.slice(parseFrontMatter(cr)!.bodyStart)).toBe('Text');
    // Several keys with old Mac line ends: each line is its own key, and errors name the right line.
    const crKeys = '---\rdate: 2024-05-01\rlang: en\rtags: [a, b]\r---\rBody';
    const fmCr = parseFrontMatter(crKeys)!;
    expect([fmCr.date, fmCr.lang, crKeys.slice(fmCr.bodyStart)]).toEqual(['2024-05-01', 'en', 'Body']);
    expect(() => parseFrontMatter('---\rlang: en\rdate: 2024-13-45\r---\rx')).toThrow(/invalid date "2024-13-45" at line 3/);
  });

  it('takes the date part of full ISO timestamps, as written (no UTC shift)', () => {
    expect(parseFrontMatter('---\ndate: 2023-10-12T23:30:00-05:00\n---\n')!.date).toBe('2023-10-12');
    expect(parseFrontMatter('---\ndate: "2023-10-12 08:00"\n---\n')!.date).toBe('2023-10-12');
    expect(parseFrontMatter('---\ndate: 2023-10-12T08:00:00.250Z\n---\n')!.date).toBe('2023-10-12');
  });

  it('rejects an unterminated block', () => {
    expect(errorOf('---\ndate: 2024-01-01\n# Title\n\nBody without end')).toBe('front matter: unterminated (no closing ---)');
    expect(errorOf('---\n')).toBe('front matter: unterminated (no closing ---)');
  });

  it('reports YAML syntax errors with the file line', () => {
    const msg = errorOf('---\ndate: 2024-01-01\ntags: [a, b\nlang: en\n---\n');
    expect(msg).toMatch(/^front matter: YAML error at line [345]: /);
    expect(errorOf('---\ntitle: x\ntitle: y\n---\n')).toMatch(/^front matter: YAML error at line 3: .*unique/);
  });

  it('rejects impossible and malformed dates, naming the line', () => {
    expect(errorOf('---\nlang: en\ndate: 2023-02-30\n---\n')).toBe(
      'front matter: invalid date "2023-02-30" at line 3 (expected YYYY-MM-DD)',
    );
    expect(errorOf('---\ndate: 12.10.2023\n---\n')).toMatch(/invalid date "12\.10\.2023" at line 2/);
    expect(errorOf('---\ndate: 20231012\n---\n')).toMatch(/invalid date 20231012/);
    expect(errorOf('---\ndate: 2023-13-01\n---\n')).toMatch(/invalid date/);
    expect(parseFrontMatter('---\ndate: 2024-02-29\n---\n')!.date).toBe('2024-02-29');
    expect(errorOf('---\ndate: 2100-02-29\n---\n')).toMatch(/invalid date/);
  });

  it('treats an empty date as no date', () => {
    expect(parseFrontMatter('---\ndate:\n---\n')!.date).toBeUndefined();
  });

  it('rejects a lang that is not a language code, accepts region subtags', () => {
    expect(errorOf('---\nlang: russian\n---\n')).toMatch(/^front matter: invalid lang "russian" at line 2/);
    expect(errorOf('---\nlang: 7\n---\n')).toMatch(/invalid lang 7/);
    expect(parseFrontMatter('---\nlang: de-AT\n---\n')!.lang).toBe('de');
    expect(parseFrontMatter('---\nlang: pt_BR\n---\n')!.lang).toBe('pt');
  });

  it('rejects a block that is not key/value pairs', () => {
    expect(errorOf('---\n- a\n- b\n---\n')).toMatch(/^front matter: expected "key: value" lines at line 2/);
    expect(errorOf('---\njust text\n---\n')).toMatch(/expected "key: value"/);
  });

  it('treats unresolvable aliases as YAML errors, not crashes', () => {
    expect(errorOf('---\nx: *nothing\n---\n')).toMatch(/^front matter: YAML error/);
  });
});

describe('parseFrontMatter: where an error is', () => {
  const lineOf = (text: string) => {
    try {
      parseFrontMatter(text);
    } catch (err) {
      return (err as DocumentError).line;
    }
    throw new Error('expected a DocumentError');
  };

  it('carries the line its message names, and line 1 for the block as a whole', () => {
    expect(lineOf('---\ntitle: T\nauthor: A\ndate: 2023-02-30\n---\n')).toBe(4);
    expect(lineOf('---\ndate: 2023-05-08\nlang: english\n---\n')).toBe(3);
    expect(lineOf('---\nlang: en\nkey: value: other\n---\n')).toBe(3);
    expect(lineOf('---\n- a\n- b\n---\n')).toBe(2);
    expect(lineOf('---\ndate: 2023-05-08\n\nno closing line\n')).toBe(1);
  });
});

describe('parseFrontMatter: long values in messages', () => {
  it('quotes at most 40 characters of a bad value', () => {
    expect(errorOf(`---\ndate: ${'x'.repeat(300)}\n---\n`)).toMatch(/^front matter: invalid date "x{39}…" at line 2 \(expected YYYY-MM-DD\)$/);
    expect(errorOf(`---\nlang: ${'y'.repeat(300)}\n---\n`)).toMatch(/^front matter: invalid lang "y{39}…" at line 2 /);
    expect(errorOf('---\ndate: 2023-02-30\n---\n')).toContain('invalid date "2023-02-30" at line 2');
  });
});
