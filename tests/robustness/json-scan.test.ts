// The one-pass scan (json-scan.ts) against the readings it replaced: the duplicate-key walk and
// the depth check, kept here as oracles, on generated JSON with repeated and escaped keys.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKeys, lineColumn, parseJson, parseJsonChecked, pointerToken, tooDeepAt } from '../../src/json.js';

const MAX_DEPTH = 2000;

/** The duplicate-key walk before json-scan.ts (recursive, keys cut out as strings). */
function oracleDuplicateKeys(text: string, limit = 20): Array<{ pointer: string; key: string; line: number; column: number }> {
  const found: Array<{ pointer: string; key: string; offset: number }> = [];
  const path: string[] = [];
  const n = text.length;
  let pos = 0;
  const skipWs = (): void => {
    for (let c = text.charCodeAt(pos); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++pos));
  };
  const skipString = (): boolean => {
    let escaped = false;
    pos++;
    for (let c = text.charCodeAt(pos); c !== 34; c = text.charCodeAt(++pos)) {
      if (c === 92) {
        escaped = true;
        pos++;
      }
    }
    pos++;
    return escaped;
  };
  const value = (depth: number): void => {
    skipWs();
    const c = text.charCodeAt(pos);
    if (c === 123 || c === 91) {
      if (depth > MAX_DEPTH) throw new Error('deep');
      pos++;
      const keys: string[] | undefined = c === 123 ? [] : undefined;
      const close = c === 123 ? 125 : 93;
      for (let i = 0; ; i++) {
        skipWs();
        if (text.charCodeAt(pos) === close) break;
        if (keys) {
          const at = pos;
          const escaped = skipString();
          const key = escaped ? (JSON.parse(text.slice(at, pos)) as string) : text.slice(at + 1, pos - 1);
          if (keys.includes(key) && found.length < limit) found.push({ pointer: `/${[...path, key].map(pointerToken).join('/')}`, key, offset: at });
          keys.push(key);
          skipWs();
          pos++;
          path.push(key);
        } else path.push(String(i));
        value(depth + 1);
        path.pop();
        skipWs();
        if (text.charCodeAt(pos) === 44) pos++;
      }
      pos++;
      return;
    }
    if (c === 34) {
      skipString();
      return;
    }
    for (let d = text.charCodeAt(pos); pos < n && d !== 44 && d !== 93 && d !== 125 && d !== 32 && d !== 9 && d !== 10 && d !== 13; d = text.charCodeAt(++pos));
  };
  try {
    value(0);
  } catch {
    // too deep: what was found before
  }
  return found.map((f) => ({ pointer: f.pointer, key: f.key, ...lineColumn(text, f.offset) }));
}

/** Keys written several ways: escaped forms of the same key, pointer characters, quotes and backslashes. */
const KEYS = ['a', 'b', 'to', '\\u0061', 'a\\/b', 'a/b', 'x~y', '\\"', '\\\\', '\\\\\\"', 'ключ', '\\u043a\\u043b\\u044e\\u0447', '', ' '];
const ws = fc.constantFrom('', ' ', '\n  ', '\r\n', '\t');

/** JSON text with objects that may repeat keys (JSON.parse accepts it). */
const jsonText = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('1', '-2.5e+3', 'true', 'false', 'null', '"s"', '"}\\"{["', '"\\\\"', '"a\\\\\\"]"'),
    fc.array(fc.tuple(ws, tie('value'), ws), { maxLength: 4 }).map((xs) => `[${xs.map(([a, v, b]) => a + v + b).join(',')}]`),
    fc.array(fc.tuple(ws, fc.constantFrom(...KEYS), ws, tie('value')), { maxLength: 5 }).map((xs) => `{${xs.map(([a, k, b, v]) => `${a}"${k}"${b}:${v}`).join(',')}}`),
  ),
})).value;

describe('duplicateKeys (one pass) against the walk it replaced', () => {
  it('finds the same keys, pointers and positions on generated JSON', () => {
    fc.assert(
      fc.property(jsonText, fc.integer({ min: 1, max: 25 }), (text, limit) => {
        JSON.parse(text); // the generator writes valid JSON only
        expect(duplicateKeys(text, limit)).toEqual(oracleDuplicateKeys(text, limit));
      }),
      { numRuns: 2000 },
    );
  });

  it('tells repeats apart in an object past the keys compared one by one', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `"k${i % 70}": ${i}`);
    keys.splice(50, 0, '"k\\u0031": 0');
    const text = `{"big": {${keys.join(', ')}}, "k1": [{}]}`;
    expect(duplicateKeys(text, 50)).toEqual(oracleDuplicateKeys(text, 50));
    expect(duplicateKeys(text, 50)).toHaveLength(31);
  });
});

describe('parseJsonChecked', () => {
  const separately = (text: string) => {
    const r = parseJson(text);
    return r.ok ? { ...r, duplicates: duplicateKeys(text) } : r;
  };

  it('answers as parseJson and duplicateKeys do, for valid, broken and deep text', () => {
    const deep = (d: number) => `${'['.repeat(d)}${']'.repeat(d)}`;
    const texts = [
      '{"a": 1, "a": 2}',
      '{"a": [1, 2,]}',
      '',
      deep(2_000),
      deep(2_001),
      deep(100_000),
      `{"a": 1, "a": 2, "d": ${deep(3_000)}}`,
      `{"a": 1, "a": 2, "d": ${deep(3_000)}`, // too deep and broken: the depth is reported
      `{"a": 1 "d": ${deep(3_000)}}`,
      `["${'[{\\"'.repeat(3_000)}"]`,
      `{"s": "${'{'.repeat(3_000)}", "s": 1}`,
    ];
    for (const text of texts) expect(parseJsonChecked(text)).toEqual(separately(text));
    expect(tooDeepAt(deep(2_001))).toBe(2_000);
  });

  it('agrees on generated text, valid or cut short', () => {
    fc.assert(
      fc.property(jsonText, fc.nat(), (text, cut) => {
        for (const t of [text, text.slice(0, cut % (text.length + 1))]) expect(parseJsonChecked(t)).toEqual(separately(t));
      }),
      { numRuns: 1000 },
    );
  });
});
