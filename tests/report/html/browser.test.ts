// The html report in a real browser: headless Chromium (Debian's /usr/bin/chromium, driven by
// playwright-core) opens the report of examples/articles from disk and finds the diagnostics
// rendered, the inline style and script allowed by the page's CSP, and no request leaving the
// page. Skipped, saying why, where Chromium is not installed.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, openChromium } from '../../../scripts/chromium.mjs';
import { html } from '../../../src/report/html/index.js';
import { REPO, factlint, requireBuilt } from '../../cli/helpers.js';

const HAVE = hasChromium();
const SKIP_REASON = `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run this test`;
if (!HAVE) console.warn(`html browser test skipped: ${SKIP_REASON}`);

interface JsonResult {
  messages: Array<{ severity: number; line: number; column: number; endLine: number; endColumn: number; message: string }>;
  claims?: Array<{ verdict: string; line: number; column: number; endLine: number; endColumn: number }>;
}

describe.skipIf(!HAVE)(HAVE ? 'html report in headless Chromium' : `html report in headless Chromium (skipped: ${SKIP_REASON})`, () => {
  let dir: string;
  let browser: Awaited<ReturnType<typeof openChromium>>;
  const requests: string[] = [];

  beforeAll(async () => {
    requireBuilt();
    dir = mkdtempSync(path.join(tmpdir(), 'factlint-html-'));
    browser = await openChromium({ width: 1200, height: 900 });
    browser.context.on('request', (r) => requests.push(r.url()));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('renders the diagnostics of examples/articles with no request leaving the page', async () => {
    const report = path.join(dir, 'report.html');
    const r = factlint(['-f', 'html', '-o', report, 'examples/articles'], REPO);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // the examples carry planted errors
    const json = JSON.parse(factlint(['-f', 'json', 'examples/articles'], REPO).stdout) as JsonResult[];
    const same = (a: JsonResult['messages'][number], c: NonNullable<JsonResult['claims']>[number]) =>
      a.line === c.line && a.column === c.column && a.endLine === c.endLine && a.endColumn === c.endColumn;
    // Claims reported as an error or a warning: each must show as one contradicted highlight.
    const reported = json.flatMap((f) => (f.claims ?? []).filter((c) => f.messages.some((m) => m.severity >= 1 && same(m, c))));
    expect(reported.length).toBeGreaterThan(0);

    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(pathToFileURL(report).href);

    expect(await page.locator('mark.v-contradicted[id]').count()).toBe(reported.length);
    expect(await page.locator('li.problem').count()).toBe(json.reduce((n, f) => n + f.messages.length, 0));
    const known = 'Ilham Aliyev was not president of Uzbekistan on 2024-07-04';
    expect(json.some((f) => f.messages.some((m) => m.message.startsWith(known)))).toBe(true);
    await expect(page.getByText(known).first().isVisible()).resolves.toBe(true);
    // The inline style and script ran: the CSP hashes match what the page carries.
    expect(await page.evaluate("getComputedStyle(document.querySelector('mark.v-contradicted')).textDecorationStyle")).toBe('wavy');
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    expect(await page.evaluate("document.querySelector('#f4 .text').lang")).toBe('ru');
    expect(problems).toEqual([]);

    const shot = path.join(dir, 'report.png');
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    await page.close();
    expect(requests.filter((u) => /^https?:/i.test(u))).toEqual([]);
    expect(requests).toContain(pathToFileURL(report).href);
  }, 120_000);

  it('runs nothing from a hostile article: its markup is text on the page', async () => {
    const evil = 'Uzbek President Ilham Aliyev</textarea><script>window.pwned=1</script>"onmouseover="window.pwned=2" <img src=x onerror="window.pwned=3"> <iframe src="https://example.org/"></iframe>\n';
    const claim = { kind: 'office' as const, ruleId: 'office-holder', line: 1, column: 1, endLine: 1, endColumn: 29, text: 'Uzbek President Ilham Aliyev', slots: {}, verdict: 'contradicted' as const, reason: '<b>r</b>' };
    const file = path.join(dir, 'evil.md');
    const page = html([{
      filePath: file, errorCount: 1, warningCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, claims: [claim], lang: 'en',
      messages: [{ ruleId: 'office-holder', severity: 2, message: '<script>window.pwned=4</script>', line: 1, column: 1, endLine: 1, endColumn: 29, fact: { id: 'x', source: 'javascript:window.pwned=5' } }],
    }], { cwd: dir, color: false, rules: [], version: '0', readSource: (p) => (p === file ? evil : readFileSync(p, 'utf8')) });
    const report = path.join(dir, 'evil.html');
    writeFileSync(report, page);

    const tab = await browser.context.newPage();
    const dialogs: string[] = [];
    tab.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await tab.goto(pathToFileURL(report).href);
    await tab.hover('text=onmouseover');
    expect(await tab.evaluate('window.pwned')).toBeUndefined();
    expect(await tab.evaluate('document.scripts.length')).toBe(1);
    expect(await tab.evaluate("document.querySelectorAll('img, iframe, textarea').length")).toBe(0);
    await expect(tab.getByText('</textarea><script>window.pwned=1</script>', { exact: false }).first().isVisible()).resolves.toBe(true);
    expect(dialogs).toEqual([]);
    await tab.close();
    expect(requests.filter((u) => /^https?:/i.test(u))).toEqual([]);
  }, 60_000);
});
