// File bytes -> SourceDocument: decoding, BOM, front matter, language, publication date.
import { isUtf8 } from 'node:buffer';
import { DocumentError, FactlintError } from '../errors.js';
import type { SourceDocument } from '../types.js';
import { parseIsoDate } from './dates.js';
import { findDateline } from './dateline.js';
import { detectLanguage, langFromFileName } from './detect-lang.js';
import { parseFrontMatter } from './front-matter.js';
import { lineStarts } from './lines.js';

export interface ParseOptions {
  /** --lang: language for files that do not state their own. */
  lang?: string;
  /** --date: publication date (YYYY-MM-DD) for files without front matter date or dateline. */
  date?: string;
}

/** Bytes (or characters) sniffed for binary content. */
const SNIFF = 8192;
/** Share of control characters above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.1;

function isControl(c: number): boolean {
  // C0 controls except tab, LF, VT, FF, CR; ESC is allowed for ANSI-coloured text; and DEL.
  return (c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27) || c === 0x7f;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return true;
    if (isControl(c)) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

/** The same test on text given as a string (UTF-16 units instead of bytes). Two functions, not
 *  one reading through a callback: a call per byte cost more than the test itself. */
function looksBinaryText(text: string): boolean {
  const n = Math.min(text.length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isControl(c)) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence. */
function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function decode(buf: Uint8Array): { text: string; bom: boolean } {
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new DocumentError('UTF-16 text: convert the file to UTF-8');
  }
  if (looksBinary(buf)) throw new DocumentError('binary file');
  if (!isUtf8(buf)) {
    const at = firstInvalidUtf8(buf);
    let line = 1;
    for (let i = 0; i < at; i++) if (buf[i] === 10 || (buf[i] === 13 && buf[i + 1] !== 10)) line++;
    throw new DocumentError(`invalid UTF-8 at byte ${at} (line ${line})`, line);
  }
  const bom = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  // ignoreBOM: keep U+FEFF in the string so it is removed in one place, below.
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf);
  return { text: bom ? text.slice(1) : text, bom };
}

/**
 * Read one article. Offsets in the result (bodyStart, lineStarts, every span computed later)
 * index `text`, which is the file WITHOUT its UTF-8 BOM: column 1 of line 1 is the first
 * character after the BOM, as editors show it. `bom` records that there was one, so fixes can
 * write it back.
 *
 * Throws DocumentError for binary content, invalid UTF-8 and broken front matter (the run goes
 * on with other files), FactlintError for an invalid `opts.date` or `opts.lang` (usage errors).
 *
 * Date: front matter `date:`, else a dateline near the top, else `opts.date`.
 * Language: see detect-lang.ts for the order.
 */
export function parseDocument(path: string, input: Buffer | Uint8Array | string, opts: ParseOptions = {}): SourceDocument {
  let text: string;
  let bom: boolean;
  if (typeof input === 'string') {
    if (looksBinaryText(input)) throw new DocumentError('binary file');
    bom = input.charCodeAt(0) === 0xfeff;
    text = bom ? input.slice(1) : input;
  } else {
    ({ text, bom } = decode(input));
  }

  let optionDate: string | undefined;
  if (opts.date !== undefined) {
    optionDate = parseIsoDate(opts.date);
    if (!optionDate) throw new FactlintError(`invalid --date ${JSON.stringify(opts.date)} (expected YYYY-MM-DD)`);
  }

  let optionLang: string | undefined;
  if (opts.lang !== undefined) {
    optionLang = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i.exec(opts.lang.trim())?.[1]?.toLowerCase();
    if (!optionLang) throw new FactlintError(`invalid --lang ${JSON.stringify(opts.lang)} (expected a language code such as "en")`);
  }

  const fm = parseFrontMatter(text);
  const bodyStart = fm?.bodyStart ?? 0;
  const lang = fm?.lang ?? optionLang ?? langFromFileName(path) ?? detectLanguage(text, bodyStart);

  let date: string | undefined;
  let dateSource: SourceDocument['dateSource'] = 'none';
  if (fm?.date) {
    date = fm.date;
    dateSource = 'front-matter';
  } else {
    const dl = findDateline(text, bodyStart, lang);
    if (dl) {
      date = dl.date;
      dateSource = 'dateline';
    } else if (optionDate) {
      date = optionDate;
      dateSource = 'option';
    }
  }

  return {
    path,
    text,
    bodyStart,
    lang,
    date,
    dateSource,
    frontMatter: fm?.data ?? {},
    lineStarts: lineStarts(text),
    bom,
  };
}
