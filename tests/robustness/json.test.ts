import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn, locateJsonError, parseJson } from '../../src/json.js';

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

  it('counts CRLF line ends once', () => {
    expect(errorOf('{\r\n"a": 1,\r\n"b": }')).toMatchObject({ line: 3, column: 6 });
    expect(lineColumn('a\r\nb\rc\nd', 7)).toEqual({ line: 4, column: 1 });
  });

  it('finds no error in any JSON.stringify output', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => locateJsonError(JSON.stringify(value, null, pretty ? 2 : 0)) === undefined));
  });
});
