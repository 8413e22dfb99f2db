// Property tests: parseDocument throws only DocumentError; positions and ranges stay valid.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DocumentError } from '../../src/errors.js';
import { parseDocument } from '../../src/document/parse.js';
import { lineStarts, lineText, positionAt, rangeOf } from '../../src/document/lines.js';

const pieces = fc.constantFrom('---\n', '---\r\n', 'date: 2024-03-14\n', 'date: 2023-02-30\n', 'lang: ru\n', 'x: [\n', '...\n', '\uFEFF', '\n', '\r', '21 мая 2024\n', 'October 12, 2023', '12.10.2023', 'Text. ', 'Ёж', '😀', ':', '\u0000');
const input = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
  fc.uint8Array({ maxLength: 200 }).map((u) => Buffer.from(u)),
  fc.array(pieces, { maxLength: 40 }).map((a) => Buffer.from(a.join(''), 'utf8')),
);

describe('parseDocument and positions: properties', () => {
  it('only DocumentError escapes; the document is consistent', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(undefined, 'de'), (inp, lang) => {
        let doc;
        try {
          doc = parseDocument('x.md', inp, lang ? { lang } : {});
        } catch (err) {
          expect(err).toBeInstanceOf(DocumentError);
          return;
        }
        expect(doc.bodyStart).toBeGreaterThanOrEqual(0);
        expect(doc.bodyStart).toBeLessThanOrEqual(doc.text.length);
        expect(doc.lineStarts[0]).toBe(0);
        for (let i = 1; i < doc.lineStarts.length; i++) expect(doc.lineStarts[i]).toBeGreaterThan(doc.lineStarts[i - 1]!);
        // Exactly one BOM is removed (a second U+FEFF is content).
        const raw = typeof inp === 'string' ? inp : inp.toString('utf8');
        expect(doc.text).toBe(doc.bom ? raw.slice(1) : raw);
        expect(doc.bom).toBe(raw.charCodeAt(0) === 0xfeff);
        if (doc.date !== undefined) expect(doc.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(doc.dateSource === 'none').toBe(doc.date === undefined);
      }),
      { numRuns: 500 },
    );
  });

  it('positionAt and rangeOf map every offset inside the text and round-trip through lineText', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: -5, max: 250 }), fc.integer({ min: -5, max: 250 }), (s, a, b) => {
        const doc = { text: s, lineStarts: lineStarts(s) };
        const p = positionAt(doc, a);
        expect(p.line).toBeGreaterThanOrEqual(1);
        expect(p.line).toBeLessThanOrEqual(doc.lineStarts.length);
        expect(p.column).toBeGreaterThanOrEqual(1);
        expect(p.column - 1).toBeLessThanOrEqual(lineText(doc, p.line).length + 1);
        const r = rangeOf(doc, { start: Math.min(a, b), end: Math.max(a, b) });
        expect(r.endLine > r.line || (r.endLine === r.line && r.endColumn >= r.column)).toBe(true);
        const o = Math.min(Math.max(a, 0), doc.text.length);
        const expectedLine = doc.text.slice(0, o).split(/\r\n|\r|\n/).length;
        // An offset between \r and \n belongs to the line the \r ends.
        if (!(doc.text[o - 1] === '\r' && doc.text[o] === '\n')) expect(p.line).toBe(expectedLine);
      }),
      { numRuns: 500 },
    );
  });
});
