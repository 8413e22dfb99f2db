// File bytes -> SourceDocument: decoding, BOM, front matter, language, publication date.
import { DocumentError, FactlintError } from '../errors.js';
import type { SourceDocument } from '../types.js';
import { parseIsoDate } from './dates.js';
import { findDateline } from './dateline.js';
import { detect, langFromFileName, type Detection } from './detect-lang.js';
import { parseFrontMatter } from './front-matter.js';
import { lineStarts } from './lines.js';
import { encodingProblem, hasUtf16Bom, UTF16_MESSAGE } from '../text/utf8.js';

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

function decode(buf: Uint8Array): { text: string; bom: boolean } {
  // UTF-16 first: its zero bytes would otherwise read as binary.
  if (hasUtf16Bom(buf)) throw new DocumentError(UTF16_MESSAGE);
  if (looksBinary(buf)) throw new DocumentError('binary file');
  const bad = encodingProblem(buf);
  if (bad) throw new DocumentError(bad.message, bad.line);
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
 * Language: see detect-lang.ts for the order; undefined (with `langUnknown`) when nothing states
 * it and detection does not answer.
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
  const stated = fm?.lang ?? optionLang ?? langFromFileName(path);
  // Detection runs only when nothing states the language; when it does not answer, `lang` stays
  // undefined (no language's rules are applied) and `langUnknown` says why.
  const detected: Detection | undefined = stated === undefined ? detect(text, bodyStart) : undefined;
  const lang = stated ?? detected?.lang;

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
    ...(detected && detected.lang === undefined ? { langUnknown: detected.reason } : {}),
    date,
    dateSource,
    frontMatter: fm?.data ?? {},
    lineStarts: lineStarts(text),
    bom,
  };
}
