// The YAML-free reader of simple front matter must agree with the YAML library on every block
// it accepts, and leave everything else to it.
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSimpleFrontMatter } from '../../src/document/simple-front-matter.js';
import { parseFrontMatter } from '../../src/document/front-matter.js';

function viaYaml(source: string): unknown {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) return 'error';
  const js: unknown = doc.toJS({ maxAliasCount: 100 });
  return js && typeof js === 'object' ? js : {};
}

const valueParts = ['2024', '-', '05', '.', ' ', ',', '(', ')', '/', '+', "'", '’', 'a', 'Z', 'é', 'ж', 'Ё', '7', '0', 'x', 'e', '_',
  'true', 'False', 'NULL', 'null', '~', ':', '#', '"', '[', '*', '&', '!', '%', '@', '`', '|', '>', '\t', 'inf', '.nan', '0x1F', '0o7', '1e3'];
const value = fc.array(fc.constantFrom(...valueParts), { maxLength: 6 }).map((p) => p.join(''));
const key = fc.constantFrom('date', 'lang', 'title', 'author', 'tags', 'n', 'true', 'null', '__proto__', 'a-b', 'x_1', 'k');
const line = fc.oneof(
  fc.tuple(key, fc.constantFrom(': ', ':', ':  ', ': \t'), value, fc.constantFrom('', ' ', '  ')).map(([k, sep, v, tail]) => `${k}${sep}${v}${tail}`),
  fc.constantFrom('', '# a comment', '  indented: 1', '- item', 'key:value'),
);
const block = fc.array(line, { maxLength: 6 }).chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((nl) => lines.join(nl)));

describe('simple front matter', () => {
  it('agrees with the YAML library whenever it accepts a block', () => {
    let accepted = 0;
    fc.assert(
      fc.property(block, (source) => {
        const fast = parseSimpleFrontMatter(source);
        if (fast === undefined) return;
        accepted++;
        expect(fast).toStrictEqual(viaYaml(source));
      }),
      { numRuns: 3000 },
    );
    // The generator must exercise the fast path, or the property says nothing.
    expect(accepted).toBeGreaterThan(300);
  });

  it('reads the usual article header without the YAML library and gives the same document fields', () => {
    const text = '---\ndate: 2024-07-04\nlang: EN\ntitle: Leaders meet in Astana, again (day 2)\ndraft: false\npriority: 3\n---\nBody.\n';
    const source = text.slice(4, text.indexOf('---', 4));
    expect(parseSimpleFrontMatter(source)).toStrictEqual(viaYaml(source));
    const fm = parseFrontMatter(text)!;
    expect(fm).toStrictEqual({
      data: { date: '2024-07-04', lang: 'EN', title: 'Leaders meet in Astana, again (day 2)', draft: false, priority: 3 },
      bodyStart: text.indexOf('Body.'),
      date: '2024-07-04',
      lang: 'en',
    });
  });

  it('leaves quoting, lists, nesting, floats and duplicate keys to the YAML parser', () => {
    for (const source of ['title: "Quoted"', 'tags: [a, b]', 'a:\n  b: 1', 'x: 1.5', 'k: 1\nk: 2', 'time: 12:30', 'x: 0x1F']) {
      expect(parseSimpleFrontMatter(source)).toBeUndefined();
    }
  });

  it('still reports an invalid date or lang with its line (through the YAML path)', () => {
    expect(() => parseFrontMatter('---\ntitle: T\ndate: 2023-02-30\n---\n')).toThrow(/invalid date "2023-02-30" at line 3/);
    expect(() => parseFrontMatter('---\nlang: 123\n---\n')).toThrow(/invalid lang 123 at line 2/);
  });
});
