// --format html (src/report/html/): the page as text. The browser test (browser.test.ts) checks
// it renders; these check structure, escaping, highlighting, counting and determinism.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { esc, webHref } from '../../../src/report/html/escape.js';
import { html } from '../../../src/report/html/index.js';
import { runView } from '../../../src/report/html/model.js';
import { getFormatter } from '../../../src/report/index.js';
import { sourceLines } from '../../../src/report/source-lines.js';
import type { ReportContext } from '../../../src/report/types.js';
import type { ClaimReport, Diagnostic, LintResult, Verdict } from '../../../src/types.js';

const CWD = '/desk';

function context(sources: Record<string, string>): ReportContext {
  return { cwd: CWD, color: false, rules: [], version: '9.9.9', readSource: (p) => sources[p] };
}

/** Line/column range of the n-th occurrence of `needle` in `text` (columns in UTF-16 units, CRLF aware). */
function place(text: string, needle: string): { line: number; column: number; endLine: number; endColumn: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  const lines = sourceLines(text);
  const a = lines.positionOf(start);
  const b = lines.positionOf(start + needle.length);
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

function claim(text: string, needle: string, verdict: Verdict, ruleId = 'office-holder', reason = 'because'): ClaimReport {
  return { kind: 'office', ruleId, ...place(text, needle), text: needle, slots: { person: { value: 'p', bound: 'text' } }, verdict, reason };
}

function diag(text: string, needle: string, extra: Partial<Diagnostic> = {}): Diagnostic {
  return { ruleId: 'office-holder', severity: 2, message: 'wrong office', ...place(text, needle), ...extra };
}

function result(filePath: string, messages: Diagnostic[], claims: ClaimReport[] | undefined, extra: Partial<LintResult> = {}): LintResult {
  return {
    filePath, messages, errorCount: messages.filter((m) => m.severity === 2).length, warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, ...(claims ? { claims } : {}), ...extra,
  };
}

/** Every tag of the page: name and raw text. Text is escaped, so every `<` opens one of ours. */
function tags(page: string): Array<{ name: string; raw: string }> {
  return [...page.matchAll(/<(\/?[a-zA-Z!][\w-]*)[^>]*>/g)].map((m) => ({ name: m[1]!.replace('/', '').toLowerCase(), raw: m[0] }));
}

const ALLOWED = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'section', 'details', 'summary', 'h1', 'h2', 'h3', 'p', 'div', 'mark', 'a', 'span', 'ol', 'ul', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'br', 'script']);

describe('escape helpers', () => {
  it('escapes markup characters and shows control and bidi characters as symbols', () => {
    expect(esc(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
    expect(esc('a\u202Eb\u0000c')).not.toMatch(/[\u202E\u0000]/);
    expect(esc('tab\tstays')).toBe('tab\tstays');
  });

  it('links only http(s) sources', () => {
    expect(webHref('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(webHref(' http://example.org ')).toBe('http://example.org/');
    for (const s of ['javascript:alert(1)', 'data:text/html,x', 'JaVaScRiPt:alert(1)', 'TASS 2024-05-12', '//evil.example', 'https://']) expect(webHref(s)).toBeUndefined();
  });
});

describe('--format html', () => {
  const en = 'date: 2024-07-04\r\n\r\n👩‍💻 Uzbek President Ilham Aliyev met Kazakh President Tokayev.\r\nThe 😀 Russian President Vladimir Putin arrived.\r\n';
  const sources = { '/desk/a.en.md': en, '/desk/b.ru.md': 'Президент Казахстана Садыр Жапаров прибыл.\n', '/desk/clean.md': 'Nothing here.\n' };
  const results = [
    result('/desk/a.en.md', [diag(en, 'Uzbek President Ilham Aliyev', { actual: 'Ilham Aliyev: president of Uzbekistan', expected: 'Ilham Aliyev: president of Azerbaijan', fact: { id: 'holders.json#/statements/1', source: 'https://en.wikipedia.org/wiki/Ilham_Aliyev', note: 'a note' } })], [
      claim(en, 'Uzbek President Ilham Aliyev', 'contradicted'),
      claim(en, 'Kazakh President Tokayev', 'verified'),
      claim(en, 'Russian President Vladimir Putin', 'unverifiable', 'office-holder', 'no fact'),
    ], { lang: 'en' }),
    result('/desk/b.ru.md', [diag(sources['/desk/b.ru.md'], 'Президент Казахстана Садыр Жапаров', { severity: 1 })], [claim(sources['/desk/b.ru.md'], 'Президент Казахстана Садыр Жапаров', 'contradicted')], { lang: 'ru' }),
    result('/desk/clean.md', [], [], { lang: 'en' }),
  ];
  const page = html(results, context(sources));

  it('is registered as a format', () => {
    expect(getFormatter('html')).toBe(html);
  });

  it('is one complete page with a CSP that allows only its own inline style and script', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(page.endsWith('</html>\n')).toBe(true);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1];
    expect(csp).toMatch(/^default-src 'none';/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(page)![1]!;
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toContain(`style-src ${hash(style)};`);
    expect(csp).toContain(`script-src ${hash(script)};`);
    // Nothing to load: no src attributes, no stylesheet links, no inline style attributes (the CSP would block them).
    expect(page).not.toMatch(/\ssrc=|<link|\sstyle=/);
  });

  it('is deterministic', () => {
    expect(html(results, context(sources))).toBe(page);
  });

  it('counts verdicts and severities in the summary', () => {
    const run = runView(results, context(sources));
    expect(run.totals).toMatchObject({ verified: 1, contradicted: 2, unverifiable: 1, errors: 1, warnings: 1, withProblems: 2, withoutClaims: 1 });
    expect(run.rules).toEqual([expect.objectContaining({ id: 'office-holder', errors: 1, warnings: 1, claims: { verified: 1, contradicted: 2, unverifiable: 1 } })]);
    expect(page).toMatch(/<th scope="row">✗ Contradicted claims<\/th><td class="n">2<\/td>/);
  });

  it('highlights each claim by verdict, exactly over its text, past emoji and CRLF', () => {
    const marked = (id: string) => new RegExp(`<mark class="([^"]+)" id="${id}"[^>]*>([^<]*)<a class="cue`).exec(page);
    expect(marked('f0-c0')?.slice(1)).toEqual(['v-contradicted', 'Uzbek President Ilham Aliyev']);
    expect(marked('f0-c1')?.slice(1)).toEqual(['v-verified', 'Kazakh President Tokayev']);
    expect(marked('f0-c2')?.slice(1)).toEqual(['v-unverifiable', 'Russian President Vladimir Putin']);
    expect(page).toContain('<div class="l" id="f0-L4" data-n="4" dir="auto">The 😀 <mark');
    expect(page).not.toContain('\r');
    expect(page).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no lone high surrogate
  });

  it('ties each diagnostic to its claim and shows rule, message, article vs facts, source link and line:col', () => {
    const card = /<li class="problem error" id="f0-m0" data-claim="f0-c0">[\s\S]*?<\/li>/.exec(page)?.[0] ?? '';
    expect(card).toContain('<a href="#f0-c0">3:7</a> <code>office-holder</code>');
    expect(card).toContain('wrong office');
    expect(card).toContain('<dt>Article says</dt><dd>Ilham Aliyev: president of Uzbekistan</dd>');
    expect(card).toContain('<dt>Fact set says</dt><dd>Ilham Aliyev: president of Azerbaijan</dd>');
    expect(card).toContain('<a href="https://en.wikipedia.org/wiki/Ilham_Aliyev" rel="noopener noreferrer">');
    expect(page).toContain('<li class="problem warning" id="f1-m0" data-claim="f1-c0">');
    // Contradicted highlights (first pieces) = diagnostics tied to a claim.
    expect(page.match(/<mark class="v-contradicted[^"]*" id=/g)).toHaveLength(2);
  });

  it('sets each article\'s language on its text and claims', () => {
    expect(page).toContain('<div class="text" lang="en">');
    expect(page).toContain('<div class="text" lang="ru">');
    expect(page).toContain('<td lang="ru">Президент Казахстана Садыр Жапаров</td>');
  });

  it('opens articles with problems, collapses the others, and lists files without claims compactly', () => {
    expect(page).toContain('<details open><summary><h2 id="f0-h">a.en.md</h2>');
    expect(page).toContain('<h2 id="noclaims-h" class="inline">Files without claims (1)</h2>');
    expect(page).toContain('<tr id="f2"><th scope="row">clean.md</th><td>en</td><td><span class="muted">no claims found</span></td></tr>');
    const quiet = html([result('/desk/a.en.md', [], [claim(en, 'Kazakh President Tokayev', 'verified')], { lang: 'en' })], context(sources));
    expect(quiet).toContain('<details><summary><h2 id="f0-h">a.en.md</h2>');
  });

  it('marks a diagnostic without a claim (a cross-article conflict) and links related places in the page', () => {
    const cross = diag(en, 'Kazakh President Tokayev', { ruleId: 'cross-article', severity: 1, message: 'other articles say otherwise', related: [{ filePath: '/desk/b.ru.md', line: 1, column: 1, message: 'here' }] });
    const out = html([result('/desk/a.en.md', [cross], [], { lang: 'en' }), results[1]!], context(sources));
    expect(out).toMatch(/<mark class="v-flag" id="f0-x0"[^>]*>Kazakh President Tokayev<a class="cue ic-flag" href="#f0-m0"/);
    expect(out).toContain('<dt>See also</dt><dd><a href="#f1-L1">b.ru.md:1:1</a> here</dd>');
  });

  it('nests overlapping claims and splits crossing ones', () => {
    const text = 'Presidents of Kyrgyzstan and Tajikistan, Sadyr Japarov and Emomali Rahmon, came.\n';
    const out = html([result('/desk/x.md', [], [claim(text, 'Kyrgyzstan and Tajikistan, Sadyr Japarov', 'verified'), claim(text, 'Tajikistan, Sadyr Japarov and Emomali Rahmon', 'verified')], { lang: 'en' })], context({ '/desk/x.md': text }));
    const line = /<div class="l" id="f0-L1"[^>]*>([\s\S]*?)<\/div>/.exec(out)![1]!;
    const plain = line.replace(/<a class="cue[^>]*>[^<]*<\/a>/g, '').replace(/<[^>]+>/g, '');
    expect(plain).toBe(text.trimEnd());
    expect(line.match(/<mark /g)).toHaveLength(3); // the second claim in two pieces
    expect(line).toContain('<mark class="v-verified d1" id="f0-c1"');
  });

  it('renders a hostile article, file name, message and fact as text only', () => {
    const evil = [
      '---', 'title: "</title><script>alert(1)</script>"', '---',
      'Uzbek President Ilham Aliyev</textarea><script>alert(document.cookie)</script>',
      'x" onmouseover="alert(1)" y=\' <img src=x onerror=alert(1)> <!-- ]]> <style>*{display:none}</style> &amp; \u202Egnp.exe',
      '',
    ].join('\n');
    const file = '/desk/<img src=x onerror=alert(1)>.md';
    const m = diag(evil, 'Uzbek President Ilham Aliyev', {
      message: '<script>alert("msg")</script>',
      ruleId: 'rule"><script>',
      actual: '</dd><script>',
      expected: '" onmouseover="x',
      fact: { id: '"><b>', source: 'javascript:alert(1)', note: '<iframe src=//evil>' },
      fix: { range: [0, 1], text: '<svg onload=alert(1)>' },
      related: [{ filePath: '/desk/"><script>.md', line: 1, column: 1, message: '<b>' }],
    });
    const out = html([result(file, [m], [claim(evil, 'Uzbek President Ilham Aliyev', 'contradicted', 'x"><script>', '<script>reason</script>')], { lang: 'en" onmouseover="alert(1)' })],
      { ...context({ [file]: evil }), version: '<script>' });
    for (const t of tags(out)) {
      expect(ALLOWED.has(t.name), t.raw).toBe(true);
      expect(t.raw.replace(/"[^"]*"/g, '""'), t.raw).not.toMatch(/\son\w+\s*=/i);
      const href = /\shref="([^"]*)"/.exec(t.raw)?.[1];
      if (href !== undefined) expect(href, t.raw).toMatch(/^(#|https?:\/\/)/);
    }
    expect(out.match(/<script>/g)).toHaveLength(1);
    expect(out).toContain('&lt;/textarea&gt;&lt;script&gt;alert(document.cookie)&lt;/script&gt;');
    expect(out).toContain('x&quot; onmouseover=&quot;alert(1)&quot; y=&#39;');
    expect(out).toContain('<dd>javascript:alert(1) <span class="muted">');
    expect(out).not.toContain('\u202E');
    expect(out).toContain('<div class="text">'); // the malformed lang left out
  });

  it('handles a run with no files and a file that could not be read', () => {
    expect(html([], context({}))).toContain('<title>factlint report: 0 files, 0 errors, 0 warnings</title>');
    const out = html([result('/desk/bin.md', [], undefined, { fatal: 'binary file', errorCount: 1, fatalErrorCount: 1 })], context({}));
    expect(out).toContain('<tr id="f0"><th scope="row">bin.md</th><td></td><td><span class="sev-error">error</span> 1:1 <code>file-error</code> binary file</td></tr>');
  });
});
