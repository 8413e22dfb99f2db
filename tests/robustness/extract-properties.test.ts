// Property tests over the extraction layer on arbitrary Unicode: nothing throws, every token,
// mention and diagnostic lies inside the text, and line/column agree with the offsets.
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lineStarts } from '../../src/document/lines.js';
import { parseDocument } from '../../src/document/parse.js';
import { lintDocument } from '../../src/engine/lint-document.js';
import { defaultSeverities } from '../../src/engine/run.js';
import { NameMatcher } from '../../src/extract/names.js';
import { tokenize } from '../../src/extract/tokens.js';
import { FactIndex, loadFactSet } from '../../src/facts/index.js';
import { loadRuleMeta } from '../../src/report/rule-meta.js';

const CLAIMS = fileURLToPath(new URL('../../claims/', import.meta.url));
const index = new FactIndex(loadFactSet([CLAIMS]));
const severities = defaultSeverities(loadRuleMeta());

// Fragments that reach the extractors (names, offices, figures, dates) mixed with arbitrary text,
// so the properties are not only tried on strings no rule looks at.
const FRAGMENTS = [
  'President', 'president of Russia', 'Vladimir Putin', 'Putin', 'Sadyr Japarov', 'Japarov', 'Kyrgyzstan', "Kyrgyzstan's",
  'президент', 'Владимир Путин', 'Путина', 'Жапаров', 'Киргизии', 'Präsident', 'Kirgisistans', 'Presiden', 'Rusia',
  'former', 'then-president', 'on Tuesday, 8 May', 'во вторник, 8 мая', 'am Dienstag, dem 8. Mai', 'pada Selasa (8/5)',
  '4,1 млрд долларов', '$4.1bn', '13.6%', '13,6 %', 'in 2024', 'в первом полугодии 2025 года', 'Kant air base', 'Bishkek',
  ', ', '. ', '\n\n', '\r\n', '\u00A0', '\u2009', '-', '–', '’', '«', '»', '"', '(', ')', '1', '2024', '0,5', '%',
  '\uFEFF', '\u0301', '\u200D', '😀', '𝐀', '\uD800', '\uDC00', 'İ', 'ß', 'ẞ', 'ё', 'Ё',
];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const body = fc.array(piece, { maxLength: 60 }).map((p) => p.join(' '));
const lang = fc.constantFrom('en', 'ru', 'de', 'id', 'fr');
const date = fc.constantFrom(undefined, '2024-05-09', '2010-01-31');

function withinText(start: number, end: number, text: string): void {
  expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
  expect(0 <= start && start <= end && end <= text.length).toBe(true);
}

describe('extract layer on arbitrary text', () => {
  it('tokenize: tokens in order, inside the span, each equal to its slice', () => {
    fc.assert(
      fc.property(body, fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = start + ((Math.max(a, b) - Math.min(a, b)) % (text.length - start + 1));
        let last = start;
        for (const t of tokenize(text, { start, end })) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(end);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          last = t.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('tokenize: the same words as the Unicode word regex it replaces', () => {
    const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
    fc.assert(
      fc.property(body, fc.nat(), fc.nat(), (text, a, b) => {
        const start = Math.min(a, b) % (text.length + 1);
        const end = start + ((Math.max(a, b) - Math.min(a, b)) % (text.length - start + 1));
        const slice = text.slice(start, end);
        const expected = [...slice.matchAll(WORD)].map((m) => `${start + m.index}:${m[0]}`);
        expect(tokenize(text, { start, end }).map((t) => `${t.start}:${t.text}`)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  const matchers = new Map<string, NameMatcher>();
  it('NameMatcher.find: mentions inside the text, never overlapping, naming known entities', () => {
    fc.assert(
      fc.property(body, lang, (text, l) => {
        let m = matchers.get(l);
        if (!m) matchers.set(l, (m = new NameMatcher(index.entities(), l)));
        let last = 0;
        for (const found of m.find(text, tokenize(text))) {
          withinText(found.span.start, found.span.end, text);
          expect(found.span.start).toBeGreaterThanOrEqual(last);
          expect(text.slice(found.span.start, found.span.end)).toBe(found.text);
          expect(index.entity(found.entityId)).toBeDefined();
          last = found.span.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lintDocument: never throws; offsets inside the text; line/column agree with them', () => {
    fc.assert(
      fc.property(body, lang, date, fc.boolean(), (text, l, d, frontMatter) => {
        const source = frontMatter ? `---\nlang: ${l}\n${d ? `date: ${d}\n` : ''}---\n${text}` : text;
        let doc;
        try {
          doc = parseDocument(`prop.${l}.md`, Buffer.from(source, 'utf8'), { lang: l, ...(d ? { date: d } : {}) });
        } catch (err) {
          // Arbitrary bytes may be a file problem (binary, front matter): that is a DocumentError.
          expect((err as Error).name).toBe('DocumentError');
          return;
        }
        const starts = lineStarts(doc.text);
        const { diagnostics } = lintDocument(doc, index, { severities });
        for (const diag of diagnostics) {
          expect(diag.span).toBeDefined();
          const { start, end } = diag.span!;
          withinText(start, end, doc.text);
          expect(diag.line).toBeGreaterThanOrEqual(1);
          expect(diag.line).toBeLessThanOrEqual(starts.length);
          expect(diag.endLine).toBeGreaterThanOrEqual(diag.line);
          expect(diag.column).toBe(start - starts[diag.line - 1]! + 1);
          expect(diag.endColumn).toBe(end - starts[diag.endLine - 1]! + 1);
          if (diag.fix) withinText(diag.fix.range[0], diag.fix.range[1], doc.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
