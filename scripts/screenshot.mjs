// Renders `factlint --format html examples/articles` (from dist/: run `npm run build` first)
// and saves a 1200px-wide crop of it as docs/img/html-report.png for the README.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hasChromium, openChromium, CHROMIUM } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs/img/html-report.png');

if (!hasChromium()) {
  console.error(`screenshot: ${CHROMIUM} not found (apt-get install -y chromium)`);
  process.exit(1);
}
const dir = mkdtempSync(path.join(tmpdir(), 'factlint-report-'));
const report = path.join(dir, 'report.html');
try {
  // The CLI exits 1 when it finds problems, which the examples are there to show.
  let html;
  try {
    html = execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), '-f', 'html', 'examples/articles'], { cwd: root, encoding: 'utf8' });
  } catch (err) {
    if (err.status !== 1 || !err.stdout) throw err;
    html = err.stdout;
  }
  writeFileSync(report, html);
  const browser = await openChromium({ width: 1200, height: 820 });
  try {
    const page = await browser.context.newPage();
    await page.goto(pathToFileURL(report).href);
    // Start at the legend: the highlights and a problem card fit the crop, the totals are above.
    await page.locator('.legend').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8));
    await page.screenshot({ path: out, type: 'png' });
  } finally {
    await browser.close();
  }
  console.log(`screenshot: wrote ${path.relative(root, out)} (${Math.round(statSync(out).size / 1024)} KB)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
