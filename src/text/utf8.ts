// Whether bytes are UTF-8 text, and if not, where they stop being so: articles, fact files and
// configs are all read through this, so a Latin-1 or UTF-16 file gets one clear message.
import { isUtf8 } from 'node:buffer';

export interface EncodingProblem {
  message: string;
  /** 1-based line of the first bad byte. */
  line: number;
}

/** Whether the bytes start with a UTF-16 byte order mark (little or big endian). */
export function hasUtf16Bom(buf: Uint8Array): boolean {
  return (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff);
}

export const UTF16_MESSAGE = 'UTF-16 text: convert the file to UTF-8';

/** What keeps `buf` from being read as UTF-8 (a UTF-16 byte order mark, an invalid sequence), or undefined. */
export function encodingProblem(buf: Uint8Array): EncodingProblem | undefined {
  if (hasUtf16Bom(buf)) return { message: UTF16_MESSAGE, line: 1 };
  if (isUtf8(buf)) return undefined;
  const at = firstInvalidUtf8(buf);
  let line = 1;
  for (let i = 0; i < at; i++) if (buf[i] === 10 || (buf[i] === 13 && buf[i + 1] !== 10)) line++;
  return { message: `invalid UTF-8 at byte ${at} (line ${line})`, line };
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence (-1: none). */
export function firstInvalidUtf8(buf: Uint8Array): number {
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
