// The top of the page: totals of the run, the rules involved, a legend of the highlights and
// an index of the articles (a few hundred rows stay usable: one line each, linking down).
import { ICON } from './article-text.js';
import { esc, webHref } from './escape.js';
import type { FileView, RunView } from './model.js';

export function legend(): string {
  const item = (cls: string, icon: string, word: string, what: string): string =>
    `<li><mark class="${cls}">${word}<span class="cue ${cls.replace('v-', 'ic-')}" aria-hidden="true">${icon}</span></mark> ${what}</li>`;
  return [
    '<ul class="legend" aria-label="Legend">',
    item('v-verified', ICON.verified, 'verified', 'the fact set agrees (solid underline)'),
    item('v-contradicted', ICON.contradicted, 'contradicted', 'the fact set disagrees (wavy underline)'),
    item('v-unverifiable', ICON.unverifiable, 'unverifiable', 'the fact set cannot tell (dotted underline)'),
    item('v-flag', ICON.flag, 'other problem', 'reported without a claim, such as articles disagreeing (dashed underline)'),
    '</ul>',
  ].join('\n');
}

function totalsTable(run: RunView): string {
  const t = run.totals;
  const row = (label: string, n: number): string => `<tr><th scope="row">${label}</th><td class="n">${n}</td></tr>`;
  return [
    '<table class="totals"><caption class="muted">Totals</caption><tbody>',
    row('Files', run.files.length),
    row('Files with problems', t.withProblems),
    row('Files without claims', t.withoutClaims),
    ...(t.unread > 0 ? [row('Files not read', t.unread)] : []),
    row(`${ICON.verified} Verified claims`, t.verified),
    row(`${ICON.contradicted} Contradicted claims`, t.contradicted),
    row(`${ICON.unverifiable} Unverifiable claims`, t.unverifiable),
    row('Errors', t.errors),
    row('Warnings', t.warnings),
    ...(t.fixable > 0 ? [row('Fixable with --fix', t.fixable)] : []),
    '</tbody></table>',
  ].join('\n');
}

function rulesTable(run: RunView): string {
  if (run.rules.length === 0) return '';
  const rows = run.rules.map((r) => {
    const href = r.meta ? webHref(r.meta.url) : undefined;
    const id = href ? `<a href="${esc(href)}" rel="noopener noreferrer"><code>${esc(r.id)}</code></a>` : `<code>${esc(r.id)}</code>`;
    return `<tr><th scope="row">${id}</th><td>${esc(r.meta?.description ?? '')}</td><td class="n">${r.claims.verified}</td><td class="n">${r.claims.contradicted}</td><td class="n">${r.claims.unverifiable}</td><td class="n">${r.errors}</td><td class="n">${r.warnings}</td></tr>`;
  });
  return [
    '<table class="rules"><caption class="muted">By rule</caption>',
    `<thead><tr><th scope="col">Rule</th><th scope="col">What it checks</th><th scope="col" class="n">${ICON.verified} Verified</th><th scope="col" class="n">${ICON.contradicted} Contradicted</th><th scope="col" class="n">${ICON.unverifiable} Unverifiable</th><th scope="col" class="n">Errors</th><th scope="col" class="n">Warnings</th></tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody></table>`,
  ].join('\n');
}

/** One row per article shown in full, linking to its section. */
function articleIndex(files: FileView[]): string {
  if (files.length === 0) return '';
  const rows = files.map((f) => {
    const c = f.counts;
    return `<tr><th scope="row"><a href="#f${f.index}">${esc(f.path)}</a></th><td>${esc(f.lang ?? '')}</td><td class="n">${c.verified}</td><td class="n">${c.contradicted}</td><td class="n">${c.unverifiable}</td><td class="n">${c.errors}</td><td class="n">${c.warnings}</td></tr>`;
  });
  return [
    '<table class="index"><caption class="muted">Articles</caption>',
    `<thead><tr><th scope="col">Article</th><th scope="col">Language</th><th scope="col" class="n">${ICON.verified}<span class="muted"> verified</span></th><th scope="col" class="n">${ICON.contradicted}<span class="muted"> contradicted</span></th><th scope="col" class="n">${ICON.unverifiable}<span class="muted"> unverifiable</span></th><th scope="col" class="n">Errors</th><th scope="col" class="n">Warnings</th></tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody></table>`,
  ].join('\n');
}

export function summary(run: RunView, withClaims: FileView[]): string {
  return [
    '<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>',
    totalsTable(run),
    rulesTable(run),
    articleIndex(withClaims),
    '</section>',
  ].join('\n');
}
