// The pure pieces of the language server: diagnostics in LSP terms, JSON pointers, hover, fixes.
import { describe, expect, it } from 'vitest';
import type { ClaimReport, Diagnostic } from '../../src/types.js';
import { quickFixes } from '../../src/lsp/code-actions.js';
import { hoverAt } from '../../src/lsp/hover.js';
import { pointerOffset } from '../../src/lsp/json-pointer.js';
import { indexText, offsetOf } from '../../src/lsp/positions.js';
import { toLspDiagnostic, type DiagnosticContext } from '../../src/lsp/to-lsp.js';

const ctx: DiagnosticContext = {
  ruleUrl: (id) => (id === 'date-weekday' ? `https://example.org/${id}` : undefined),
  factLocation: (fact) => ({ uri: `file:///facts/${fact.file ?? 'x.json'}`, range: { start: { line: 7, character: 4 }, end: { line: 7, character: 4 } } }),
  fileUri: (f) => `file:///articles/${f}`,
};

describe('toLspDiagnostic', () => {
  const text = 'On Monday, 9 May.\n';
  const ix = indexText(text);
  it('carries rule, severity, doc link, fact location and the fix as an edit', () => {
    const d: Diagnostic = {
      ruleId: 'date-weekday', severity: 1, message: '9 May 2023 was a Tuesday', line: 1, column: 4, endLine: 1, endColumn: 17,
      span: { start: 3, end: 16 }, expected: 'Tuesday', fact: { id: 'cal#/statements/0', source: 'https://cal.example', file: 'cal.json' },
      fix: { range: [3, 9], text: 'Tuesday' },
    };
    expect(toLspDiagnostic(d, ix, ctx)).toEqual({
      range: { start: { line: 0, character: 3 }, end: { line: 0, character: 16 } },
      severity: 2,
      code: 'date-weekday',
      codeDescription: { href: 'https://example.org/date-weekday' },
      source: 'factlint',
      message: '9 May 2023 was a Tuesday',
      relatedInformation: [{
        location: { uri: 'file:///facts/cal.json', range: { start: { line: 7, character: 4 }, end: { line: 7, character: 4 } } },
        message: 'fact cal#/statements/0; says Tuesday; source: https://cal.example',
      }],
      data: { fix: { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 9 } }, newText: 'Tuesday' } },
    });
  });

  it('points cross-article findings at the other article, and leaves out a doc link it does not have', () => {
    const d: Diagnostic = {
      ruleId: 'cross-article', severity: 2, message: 'differs', line: 1, column: 1, endLine: 1, endColumn: 3,
      related: [{ filePath: 'c.md', line: 5, column: 62, message: '$310 million' }],
    };
    const out = toLspDiagnostic(d, ix, ctx);
    expect(out.severity).toBe(1);
    expect(out.codeDescription).toBeUndefined();
    expect(out.relatedInformation).toEqual([{ location: { uri: 'file:///articles/c.md', range: { start: { line: 4, character: 61 }, end: { line: 4, character: 61 } } }, message: '$310 million' }]);
  });
});

describe('pointerOffset', () => {
  const json = '{\r\n  "entities": [{"id": "a,]}"}],\n  "statements": [\n    {"x": [1, {"y": "\\"}"}]},\n    {"subject": "b"}\n  ],\n  "a/b": {"~": 1}\n}';
  it('finds the value a pointer names, skipping strings with brackets and escapes', () => {
    expect(json.slice(pointerOffset(json, '/statements/1')!)).toMatch(/^\{"subject": "b"\}/);
    expect(json.slice(pointerOffset(json, '/statements/0/x/1/y')!)).toMatch(/^"\\"\}"/);
    expect(json.slice(pointerOffset(json, '/a~1b/~0')!)).toMatch(/^1\}/);
    expect(pointerOffset(json, '')).toBe(0);
  });
  it('says undefined for what is not there', () => {
    expect(pointerOffset(json, '/statements/2')).toBeUndefined();
    expect(pointerOffset(json, '/nothing')).toBeUndefined();
    expect(pointerOffset(json, 'statements')).toBeUndefined();
    expect(pointerOffset('[1, 2]', '/0/x')).toBeUndefined();
  });
});

describe('hoverAt', () => {
  const claim: ClaimReport = {
    kind: 'office', ruleId: 'office-holder', line: 2, column: 1, endLine: 2, endColumn: 8, text: 'Pres X',
    slots: { person: { value: 'x-y', text: 'X', bound: 'text' }, time: { value: 'current: 2023-05-09', bound: 'article-date' } },
    verdict: 'contradicted', reason: 'held by someone else',
  };
  const ix = indexText('head\nPres X|\n');
  it('shows the frame and verdict of the claim under the cursor', () => {
    const h = hoverAt([claim], ix, { line: 1, character: 3 })!;
    expect(h.range).toEqual({ start: { line: 1, character: 0 }, end: { line: 1, character: 7 } });
    expect(h.contents).toEqual({
      kind: 'markdown',
      value: [
        '**✗ office claim: contradicted** (office-holder)', '', '“Pres X”', '', 'held by someone else', '',
        '| slot | value | bound by |', '| --- | --- | --- |', '| person | x-y | “X” |', '| time | current: 2023-05-09 | article-date |',
      ].join('\n'),
    });
  });
  it('escapes what would break the table, and is null off any claim', () => {
    const odd = { ...claim, text: 'a|b', slots: { who: { value: '*x*', bound: 'context' as const } } };
    expect((hoverAt([odd], ix, { line: 1, character: 0 })!.contents as { value: string }).value).toContain('| who | \\*x\\* | context |');
    expect(hoverAt([claim], ix, { line: 0, character: 0 })).toBeNull();
  });
});

describe('quickFixes', () => {
  const text = 'On Monday, 9 May.';
  const ix = indexText(text);
  const slice = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => text.slice(offsetOf(ix, r.start), offsetOf(ix, r.end));
  const fixable = {
    range: { start: { line: 0, character: 3 }, end: { line: 0, character: 16 } },
    source: 'factlint', code: 'date-weekday', message: 'm',
    data: { fix: { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 9 } }, newText: 'Tuesday' } },
  };
  it('turns a fix into a preferred quick fix replacing the span', () => {
    expect(quickFixes('file:///a.md', { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } }, [fixable], slice)).toEqual([{
      title: 'Replace “Monday” with “Tuesday” (factlint date-weekday)',
      kind: 'quickfix',
      diagnostics: [fixable],
      isPreferred: true,
      edit: { changes: { 'file:///a.md': [fixable.data.fix] } },
    }]);
  });
  it('offers nothing for other ranges, other sources or diagnostics without a fix', () => {
    const at = { start: { line: 0, character: 5 }, end: { line: 0, character: 5 } };
    expect(quickFixes('u', { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, [fixable], slice)).toEqual([]);
    expect(quickFixes('u', at, [{ ...fixable, source: 'other' }], slice)).toEqual([]);
    expect(quickFixes('u', at, [{ ...fixable, data: undefined }], slice)).toEqual([]);
    expect(quickFixes('u', at, [{ ...fixable, data: { fix: { newText: 1 } } }], slice)).toEqual([]);
  });
});
