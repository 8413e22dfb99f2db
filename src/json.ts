// JSON parsing that says where a file is broken (fact files, the config, the baseline): V8's
// messages do not always carry a position, so on failure a small scanner walks the text to find
// the first bad character.
import { scanJson } from './json-scan.js';

export interface JsonSyntaxError {
  line: number;
  column: number;
  reason: string;
}

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; error: JsonSyntaxError };

/**
 * Parses JSON text (BOM already removed); on failure says the 1-based line and column and why.
 * Text nested deeper than MAX_DEPTH is refused here, before anything walks the value: the schema
 * validator, the semantic checks and JSON.stringify recurse, and thousands of levels overflow
 * the stack ("Maximum call stack size exceeded", with no file named).
 */
export function parseJson(text: string): JsonParseResult {
  const deep = tooDeepAt(text);
  if (deep !== undefined) return tooDeep(text, deep);
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (err) {
    const found = locateJsonError(text);
    const offset = found?.offset ?? text.length;
    const reason = found?.reason ?? (err instanceof Error ? err.message : String(err));
    return { ok: false, error: { ...lineColumn(text, offset), reason } };
  }
}

function tooDeep(text: string, offset: number): JsonParseResult & { ok: false } {
  return { ok: false, error: { ...lineColumn(text, offset), reason: `nested too deeply (more than ${MAX_DEPTH} levels of arrays and objects)` } };
}

/**
 * parseJson, and the keys given twice (duplicateKeys) when the text parses: the answer both
 * would give, with one pass over the text besides JSON.parse (a fact file can be 45 MB). V8's
 * JSON.parse does not recurse, so it goes first; the pass then finds a too-deep nesting in text
 * that parsed, and text that did not is handed to parseJson, which says why as it always did.
 */
export function parseJsonChecked(text: string, limit = 20): { ok: true; value: unknown; duplicates: DuplicateKey[] } | { ok: false; error: JsonSyntaxError } {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return parseJson(text) as JsonParseResult & { ok: false };
  }
  const scan = scanJson(text, MAX_DEPTH, limit);
  if (scan.tooDeep !== undefined) return tooDeep(text, scan.tooDeep);
  return { ok: true, value, duplicates: reported(text, scan.duplicates) };
}

/** 1-based line and UTF-16 column of an offset (\r\n, \n and \r end lines). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

class Fail {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

const MAX_DEPTH = 2000;

/**
 * Offset of the first `[` or `{` more than MAX_DEPTH levels deep, strings skipped; undefined when
 * there is none. A loop, not a recursion, so no depth can overflow it; it does not check syntax.
 */
export function tooDeepAt(text: string): number | undefined {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      // To the closing quote; an escaped character is skipped with its backslash.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92) i++;
        else if (d === 34) break;
      }
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 93 || c === 125) {
      depth--;
    }
  }
  return undefined;
}

/** Offset and reason of the first syntax error in `text`, or undefined when it is valid JSON. */
export function locateJsonError(text: string): { offset: number; reason: string } | undefined {
  let pos = 0;

  const describe = (at: number): string =>
    at >= text.length ? 'unexpected end of file' : `unexpected character ${JSON.stringify(text[at])}`;
  const fail = (at: number, expected?: string): never => {
    throw new Fail(at, expected && at < text.length ? `expected ${expected}, found ${JSON.stringify(text[at])}` : expected ? `expected ${expected}, found end of file` : describe(at));
  };
  const skipWs = (): void => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      pos++;
    }
  };
  const digits = (): number => {
    const start = pos;
    while (pos < text.length && text.charCodeAt(pos) >= 48 && text.charCodeAt(pos) <= 57) pos++;
    return pos - start;
  };
  const string = (): void => {
    pos++; // opening quote
    for (;;) {
      if (pos >= text.length) throw new Fail(pos, 'unterminated string');
      const c = text.charCodeAt(pos);
      if (c === 34) {
        pos++;
        return;
      }
      if (c < 32) throw new Fail(pos, 'control character in string (line break inside quotes?)');
      if (c === 92) {
        const e = text[pos + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) throw new Fail(pos, 'invalid \\u escape');
          pos += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          pos += 2;
        } else {
          throw new Fail(pos, 'invalid escape in string');
        }
        continue;
      }
      pos++;
    }
  };
  const number = (): void => {
    const start = pos;
    if (text[pos] === '-') pos++;
    if (text[pos] === '0') pos++;
    else if (digits() === 0) throw new Fail(start, 'invalid number');
    if (text[pos] === '.') {
      pos++;
      if (digits() === 0) throw new Fail(start, 'invalid number');
    }
    if (text[pos] === 'e' || text[pos] === 'E') {
      pos++;
      if (text[pos] === '+' || text[pos] === '-') pos++;
      if (digits() === 0) throw new Fail(start, 'invalid number');
    }
  };
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new Fail(pos, 'nested too deeply');
    skipWs();
    const c = text[pos];
    if (c === '{') {
      pos++;
      skipWs();
      if (text[pos] === '}') {
        pos++;
        return;
      }
      for (;;) {
        skipWs();
        if (text[pos] !== '"') fail(pos, text[pos] === '}' ? 'a property name (trailing comma?)' : 'a property name in double quotes');
        string();
        skipWs();
        if (text[pos] !== ':') fail(pos, "':'");
        pos++;
        value(depth + 1);
        skipWs();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return;
        }
        fail(pos, "',' or '}'");
      }
    }
    if (c === '[') {
      pos++;
      skipWs();
      if (text[pos] === ']') {
        pos++;
        return;
      }
      for (;;) {
        skipWs();
        if (text[pos] === ']') fail(pos, 'a value (trailing comma?)');
        value(depth + 1);
        skipWs();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return;
        }
        fail(pos, "',' or ']'");
      }
    }
    if (c === '"') return string();
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return;
      }
    }
    fail(pos);
  };

  try {
    value(0);
    skipWs();
    if (pos < text.length) fail(pos, 'end of file');
    return undefined;
  } catch (err) {
    if (err instanceof Fail) return { offset: err.offset, reason: err.reason };
    throw err;
  }
}

/** A key as one segment of a JSON pointer (RFC 6901: "~" is "~0", "/" is "~1"). */
export function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The key one segment of a JSON pointer stands for: pointerToken undone. */
export function keyOfPointerToken(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export interface DuplicateKey {
  /** JSON pointer of the repeated key ("/statements/3/to"). */
  pointer: string;
  key: string;
  /** Where the repetition is (1-based). */
  line: number;
  column: number;
}

/**
 * Keys given twice in one object of valid JSON text. JSON.parse keeps the last value without a
 * word, so a hand-edited entry with two "to" dates would silently lose one. At most `limit`, in
 * text order; objects nested deeper than MAX_DEPTH are not looked into.
 */
export function duplicateKeys(text: string, limit = 20): DuplicateKey[] {
  return reported(text, scanJson(text, MAX_DEPTH, limit).duplicates);
}

function reported(text: string, found: ReturnType<typeof scanJson>['duplicates']): DuplicateKey[] {
  return found.map((f) => ({ pointer: `/${[...f.path, f.key].map((k) => pointerToken(String(k))).join('/')}`, key: f.key, ...lineColumn(text, f.offset) }));
}
