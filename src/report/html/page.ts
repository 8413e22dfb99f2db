// The page around the parts: doctype, language, a Content-Security-Policy that allows only the
// page's own inline style and script (by hash) and no loads at all, so a report opened from
// disk or mailed around cannot fetch anything, even if some escaping were ever missed.
// createHash from hash.ts loads node:crypto on first use: imported here at the top, it was loaded
// (about 5 ms) by every run, since the reporters' module graph is part of the CLI's start-up.
import { createHash } from '../../hash.js';
import { plural } from '../../text/plural.js';
import type { LintResult } from '../../types.js';
import { displayPath } from '../paths.js';
import type { ReportContext } from '../types.js';
import { articleText } from './article-text.js';
import { claimTable } from './claim-table.js';
import { esc } from './escape.js';
import { runView, type FileView } from './model.js';
import { problemList, type FileLookup } from './problems.js';
import { SCRIPT, STYLE } from './style.js';
import { legend, summary } from './summary.js';
import { severityWord } from '../messages.js';

const sha256 = (s: string): string => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** The policy for a page whose only style and script are these two inline blocks. */
export function contentSecurityPolicy(style: string, script: string): string {
  return `default-src 'none'; style-src ${sha256(style)}; script-src ${sha256(script)}; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`;
}

function tally(f: FileView): string {
  const c = f.counts;
  const parts = [`✓ ${c.verified}`, `✗ ${c.contradicted}`, `? ${c.unverifiable}`];
  if (c.errors) parts.push(plural(c.errors, 'error'));
  if (c.warnings) parts.push(plural(c.warnings, 'warning'));
  return `<span class="tally muted" aria-label="${c.verified} verified, ${c.contradicted} contradicted, ${c.unverifiable} unverifiable, ${c.errors} errors, ${c.warnings} warnings">${parts.join(' · ')}</span>`;
}

/** An article with claims: open when it has problems, collapsed otherwise (long runs stay short). */
function articleSection(f: FileView, lookup: FileLookup): string {
  const open = f.messages.length > 0 ? ' open' : '';
  return [
    `<section class="file" id="f${f.index}" aria-labelledby="f${f.index}-h">`,
    `<details${open}><summary><h2 id="f${f.index}-h">${esc(f.path)}</h2>${tally(f)}</summary>`,
    '<div class="body">',
    `<div class="source">${articleText(f)}</div>`,
    `<div class="side">${problemList(f, lookup)}</div>`,
    claimTable(f),
    '</div></details></section>',
  ].join('\n');
}

/** Files without claims, one row each: clean, unsupported or unreadable files of a large run. */
function compactFiles(files: FileView[]): string {
  if (files.length === 0) return '';
  const rows = files.map((f) => {
    const status = f.messages.length === 0
      ? '<span class="muted">no claims found</span>'
      : f.messages.map((m) => `<span class="sev-${severityWord(m.severity)}">${severityWord(m.severity)}</span> ${m.line}:${m.column} <code>${esc(m.ruleId)}</code> ${esc(m.message)}`).join('<br>');
    return `<tr id="f${f.index}"><th scope="row">${esc(f.path)}</th><td>${esc(f.lang ?? '')}</td><td>${status}</td></tr>`;
  });
  const open = files.some((f) => f.messages.length > 0) ? ' open' : '';
  return [
    '<section aria-labelledby="noclaims-h">',
    `<details${open}><summary><h2 id="noclaims-h" class="inline">Files without claims (${files.length})</h2></summary>`,
    '<table><thead><tr><th scope="col">File</th><th scope="col">Language</th><th scope="col">Status</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody></table></details></section>`,
  ].join('\n');
}

export function htmlPage(results: LintResult[], ctx: ReportContext): string {
  const run = runView(results, ctx);
  const byPath = new Map(run.files.map((f) => [f.path, f]));
  const lookup: FileLookup = (p) => {
    const shown = displayPath(p, ctx.cwd);
    return { path: shown, view: byPath.get(shown) };
  };
  // An article gets its text shown when there is something to mark in it; the rest (clean,
  // unsupported, unreadable files) take one table row each.
  const shown = (f: FileView): boolean => f.claims.length > 0 || f.messages.some((m) => m.start !== undefined && m.end !== undefined && m.end > m.start);
  const withClaims = run.files.filter(shown);
  const without = run.files.filter((f) => !shown(f));
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(STYLE, SCRIPT)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="generator" content="factlint ${esc(ctx.version)}">`,
    `<title>factlint report: ${plural(run.files.length, 'file')}, ${plural(run.totals.errors, 'error')}, ${plural(run.totals.warnings, 'warning')}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header><h1>factlint report</h1>',
    `<p class="muted">factlint ${esc(ctx.version)} · ${plural(run.files.length, 'file')} · ${run.totals.verified + run.totals.contradicted + run.totals.unverifiable} claims</p></header>`,
    '<main>',
    summary(run, withClaims),
    legend(),
    ...(withClaims.length ? ['<h2>Articles</h2>'] : []),
    ...withClaims.map((f) => articleSection(f, lookup)),
    compactFiles(without),
    '</main>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
