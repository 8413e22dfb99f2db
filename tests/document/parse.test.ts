import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DocumentError, FactlintError } from '../../src/errors.js';
import { parseDocument } from '../../src/document/parse.js';
import { positionAt, rangeOf } from '../../src/document/lines.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const utf8 = (s: string) => Buffer.from(s, 'utf8');

function docError(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DocumentError);
    return (err as Error).message;
  }
  throw new Error('expected a DocumentError');
}

describe('parseDocument: content checks', () => {
  it('rejects NUL bytes as binary', () => {
    expect(docError(() => parseDocument('a.md', Buffer.from([0x48, 0x69, 0x00, 0x21])))).toBe('binary file');
    expect(docError(() => parseDocument('a.md', 'Hi\u0000!'))).toBe('binary file');
  });

  it('rejects a high share of control characters as binary', () => {
    const bytes = Buffer.alloc(200, 0x41);
    for (let i = 0; i < 40; i++) bytes[i * 5] = 0x01;
    expect(docError(() => parseDocument('a.bin', bytes))).toBe('binary file');
  });

  it('accepts text with tabs, form feeds and a few stray controls', () => {
    const text = 'Tab\there.\fNext page.\r\n' + 'x'.repeat(100) + '\u0007';
    expect(parseDocument('a.txt', utf8(text)).text).toBe(text);
  });

  it('rejects invalid UTF-8, naming the byte offset and line', () => {
    const bytes = Buffer.concat([utf8('Строка один\nline two '), Buffer.from([0xc3, 0x28]), utf8(' end')]);
    const offset = utf8('Строка один\nline two ').length;
    expect(docError(() => parseDocument('a.md', bytes))).toBe(`invalid UTF-8 at byte ${offset} (line 2)`);
  });

  it('rejects overlong encodings, encoded surrogates and truncated sequences', () => {
    expect(docError(() => parseDocument('a', Buffer.from([0x61, 0xc0, 0xaf])))).toMatch(/^invalid UTF-8 at byte 1 /);
    expect(docError(() => parseDocument('a', Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80])))).toMatch(/^invalid UTF-8 at byte 2 /);
    expect(docError(() => parseDocument('a', Buffer.from([0x61, 0xe2, 0x82])))).toMatch(/^invalid UTF-8 at byte 1 /);
  });

  it('names UTF-16 files instead of calling them binary', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi', 'utf16le')]);
    expect(docError(() => parseDocument('a.txt', le))).toMatch(/UTF-16/);
  });

  it('accepts an empty file', () => {
    const doc = parseDocument('empty.md', Buffer.alloc(0));
    expect(doc).toMatchObject({ text: '', bodyStart: 0, lineStarts: [0], bom: false, dateSource: 'none', frontMatter: {} });
  });
});

describe('parseDocument: BOM and line breaks', () => {
  it('strips a UTF-8 BOM and keeps offsets relative to the text without it', () => {
    const doc = parseDocument('a.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('---\ndate: 2024-03-14\n---\nBody')]));
    expect(doc.bom).toBe(true);
    expect(doc.text.startsWith('---')).toBe(true);
    expect(doc.date).toBe('2024-03-14');
    expect(doc.dateSource).toBe('front-matter');
    expect(doc.text.slice(doc.bodyStart)).toBe('Body');
    expect(positionAt(doc, doc.bodyStart)).toEqual({ line: 4, column: 1 });
  });

  it('strips a BOM from string input too', () => {
    const doc = parseDocument('a.md', '\uFEFFText');
    expect(doc).toMatchObject({ text: 'Text', bom: true });
  });

  it('keeps lines and columns right with CRLF and lone CR', () => {
    const doc = parseDocument('a.md', utf8('---\r\nlang: en\r\n---\r\nTitle\r\n\r\nPutin met Japarov.\rNext line.'));
    const at = doc.text.indexOf('Japarov');
    expect(rangeOf(doc, { start: at, end: at + 7 })).toEqual({ line: 6, column: 11, endLine: 6, endColumn: 18 });
    expect(positionAt(doc, doc.text.indexOf('Next'))).toEqual({ line: 7, column: 1 });
    expect(doc.text.slice(doc.bodyStart).startsWith('Title')).toBe(true);
  });
});

describe('parseDocument: date and language precedence', () => {
  it('takes front matter date and lang over everything else', () => {
    const doc = parseDocument('talks.en.md', fixture('talks.en.md'), { lang: 'de', date: '2020-01-01' });
    expect(doc).toMatchObject({ lang: 'en', date: '2024-03-14', dateSource: 'front-matter' });
    expect(doc.frontMatter).toMatchObject({ source: 'desk', tags: ['trade', 'visit'] });
    expect(doc.text.slice(doc.bodyStart).startsWith('# Ministers meet')).toBe(true);
  });

  it('takes a dateline over --date, and the file-name suffix when there is no --lang', () => {
    const doc = parseDocument('vstrecha.ru.txt', fixture('vstrecha.ru.txt'), { date: '2020-01-01' });
    expect(doc).toMatchObject({ lang: 'ru', date: '2024-03-21', dateSource: 'dateline', bodyStart: 0 });
  });

  it('prefers --lang over the file-name suffix and detection', () => {
    expect(parseDocument('vstrecha.ru.txt', fixture('vstrecha.ru.txt'), { lang: 'EN' }).lang).toBe('en');
  });

  it('detects the language when nothing states it', () => {
    expect(parseDocument('treffen.txt', fixture('treffen.txt'))).toMatchObject({ lang: 'de', date: '2023-10-12', dateSource: 'dateline' });
    expect(parseDocument('pertemuan.txt', fixture('pertemuan.txt'))).toMatchObject({ lang: 'id', date: '2023-10-13', dateSource: 'dateline' });
  });

  it('keeps the order front matter > --lang > file name > detection, and detects only when nothing states it', () => {
    const polish = 'Ministrowie spraw zagranicznych spotkali się we wtorek w Astanie, aby omówić handel i dostawy wody.';
    expect(parseDocument('a.md', `---\nlang: ru\n---\n${polish}`, { lang: 'de' })).toMatchObject({ lang: 'ru' });
    expect(parseDocument('a.en.md', polish, { lang: 'de' })).toMatchObject({ lang: 'de' });
    const named = parseDocument('a.en.md', polish);
    expect(named.lang).toBe('en');
    expect(named.langUnknown).toBeUndefined();
    expect(parseDocument('a.md', 'Les deux parties ont convenu d\'ouvrir un nouveau poste frontière avant la fin de l\'année.')).toMatchObject({ lang: 'fr' });
  });

  it('leaves the language unknown, with the reason, when detection does not answer: no English fallback', () => {
    const polish = 'Ministrowie spraw zagranicznych spotkali się we wtorek w Astanie, aby omówić handel i dostawy wody.';
    expect(parseDocument('a.md', polish)).toMatchObject({ lang: undefined, langUnknown: 'no-match' });
    expect(parseDocument('a.md', 'Putin, Japarov')).toMatchObject({ lang: undefined, langUnknown: 'too-short' });
    expect(parseDocument('a.md', '---\ndate: 2024-01-01\n---\n')).toMatchObject({ lang: undefined, langUnknown: 'no-text' });
  });

  it('falls back to --date, then to none', () => {
    const text = 'Ministers met on Thursday. The talks lasted four hours and the sides agreed on a plan.';
    expect(parseDocument('a.txt', text, { date: '2024-03-14' })).toMatchObject({ date: '2024-03-14', dateSource: 'option' });
    expect(parseDocument('a.txt', text, { date: '2024-03-14T10:00:00Z' }).date).toBe('2024-03-14');
    expect(parseDocument('a.txt', text)).toMatchObject({ date: undefined, dateSource: 'none' });
  });

  it('uses the front matter lang to read the dateline of the body', () => {
    const doc = parseDocument('a.md', '---\nlang: de\n---\nWien, 2. Jänner 2024\n\nText.');
    expect(doc).toMatchObject({ lang: 'de', date: '2024-01-02', dateSource: 'dateline' });
  });

  it('rejects an invalid --lang as a usage error and reduces region tags to the language', () => {
    expect(() => parseDocument('a.txt', 'x', { lang: 'russian' })).toThrow(FactlintError);
    expect(parseDocument('a.txt', 'x', { lang: 'de-AT' }).lang).toBe('de');
  });

  it('rejects an invalid --date as a usage error', () => {
    expect(() => parseDocument('a.txt', 'x', { date: '2023-02-30' })).toThrow(FactlintError);
    expect(() => parseDocument('a.txt', 'x', { date: '2023-02-30' })).toThrow(/invalid --date "2023-02-30"/);
  });

  it('reports front matter problems as DocumentError', () => {
    expect(docError(() => parseDocument('a.md', utf8('---\ndate: 2023-02-30\n---\nx')))).toMatch(/invalid date "2023-02-30"/);
    expect(docError(() => parseDocument('a.md', utf8('\uFEFF---\r\ndate: 2024-01-01\r\nBody\r\n')))).toBe(
      'front matter: unterminated (no closing ---)',
    );
  });
});

describe('parseDocument on the dev corpus', () => {
  it('reads every article with front matter date and lang', async () => {
    const { readdirSync, existsSync } = await import('node:fs');
    const dir = '/work/shared/eval/dev/articles';
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const doc = parseDocument(name, readFileSync(`${dir}/${name}`));
      expect(doc.dateSource, name).toBe('front-matter');
      expect(doc.lang, name).toBe(name.split('.').at(-2));
      expect(positionAt(doc, doc.bodyStart).line, name).toBe(5);
    }
  });
});
