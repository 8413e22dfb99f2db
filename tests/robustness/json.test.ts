import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKeys, lineColumn, locateJsonError, parseJson } from '../../src/json.js';

function errorOf(text: string) {
  const r = parseJson(text);
  if (r.ok) throw new Error('expected a syntax error');
  return r.error;
}

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a": [1, 2.5e3, "x", null, true]}')).toEqual({ ok: true, value: { a: [1, 2500, 'x', null, true] } });
  });

  it('points at a trailing comma', () => {
    expect(errorOf('{\n  "a": [\n    1,\n  ]\n}')).toEqual({ line: 4, column: 3, reason: 'expected a value (trailing comma?), found "]"' });
    expect(errorOf('{ "a": 1, }')).toMatchObject({ line: 1, column: 11, reason: 'expected a property name (trailing comma?), found "}"' });
  });

  it('points at a missing comma and a missing colon', () => {
    expect(errorOf('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({ line: 3, column: 3, reason: `expected ',' or '}', found "\\""` });
    expect(errorOf('{"a" 1}')).toMatchObject({ line: 1, column: 6, reason: `expected ':', found "1"` });
  });

  it('reports unterminated strings, bad words and truncated files', () => {
    expect(errorOf('{"a": "abc')).toMatchObject({ line: 1, column: 11, reason: 'unterminated string' });
    expect(errorOf('{"a": tru}')).toMatchObject({ line: 1, column: 7, reason: 'unexpected character "t"' });
    expect(errorOf('{"a": [1, 2')).toMatchObject({ line: 1, column: 12, reason: "expected ',' or ']', found end of file" });
    expect(errorOf('')).toMatchObject({ line: 1, column: 1, reason: 'unexpected end of file' });
    expect(errorOf('{} x')).toMatchObject({ line: 1, column: 4, reason: 'expected end of file, found "x"' });
  });

  it('refuses nesting past 2,000 levels before anything recurses, strings not counted', () => {
    for (const depth of [2_001, 5_000, 100_000]) {
      expect(errorOf(`${'['.repeat(depth)}${']'.repeat(depth)}`)).toEqual({ line: 1, column: 2001, reason: 'nested too deeply (more than 2000 levels of arrays and objects)' });
    }
    expect(parseJson(`${'['.repeat(2_000)}${']'.repeat(2_000)}`).ok).toBe(true);
    expect(parseJson(`["${'[{\\\"'.repeat(3_000)}"]`).ok).toBe(true);
  });

  it('counts CRLF line ends once', () => {
    expect(errorOf('{\r\n"a": 1,\r\n"b": }')).toMatchObject({ line: 3, column: 6 });
    expect(lineColumn('a\r\nb\rc\nd', 7)).toEqual({ line: 4, column: 1 });
  });

  it('finds no error in any JSON.stringify output', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => locateJsonError(JSON.stringify(value, null, pretty ? 2 : 0)) === undefined));
  });
});

describe('duplicateKeys', () => {
  it('finds a key given twice in one object, with its JSON pointer and position', () => {
    const text = '{\n  "statements": [\n    { "subject": "a", "to": "2020-01-01", "to": null }\n  ]\n}\n';
    expect(duplicateKeys(text)).toEqual([{ pointer: '/statements/0/to', key: 'to', line: 3, column: 43 }]);
  });

  it('tells keys apart after unescaping, and escapes the pointer', () => {
    expect(duplicateKeys('{"a/b": 1, "a\\/b": 2}')).toEqual([{ pointer: '/a~1b', key: 'a/b', line: 1, column: 12 }]);
    expect(duplicateKeys('{"x": {"k": 1}, "y": {"k": 2}}')).toEqual([]); // the same key in two objects is fine
    expect(duplicateKeys('[{"a": [1, {"b": true, "b": false}]}]').map((d) => d.pointer)).toEqual(['/0/a/1/b']);
  });

  it('finds nothing in JSON without repeats, whatever its values', () => {
    expect(duplicateKeys('{"n": -1.5e+3, "t": true, "f": false, "z": null, "s": "}\\"{", "e": {}, "l": []}')).toEqual([]);
    expect(duplicateKeys('"just a string"')).toEqual([]);
  });

  it('stops at the limit, and does not look into absurd nesting', () => {
    const many = `{${Array.from({ length: 30 }, () => '"k": 1').join(', ')}}`;
    expect(duplicateKeys(many)).toHaveLength(20);
    expect(duplicateKeys(many, 3)).toHaveLength(3);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(duplicateKeys(deep)).toEqual([]);
  });
});

describe('duplicateKeys on any JSON', () => {
  it('never throws, and finds nothing in what JSON.stringify writes (it cannot repeat a key)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 2 }), (value, indent) => {
        expect(duplicateKeys(JSON.stringify(value, null, indent))).toEqual([]);
      }),
    );
  });
});
