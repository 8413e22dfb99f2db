// The job summary of a GitHub Actions run ($GITHUB_STEP_SUMMARY): totals and a Markdown table of
// the problems, file by file. Annotations stop at 10 per kind and step (github.ts); the summary
// is where a reviewer sees the whole list on the run's page. Everything taken from articles and
// messages is escaped: an article's text must not add links, mentions, HTML or table cells.
import type { LintResult } from '../types.js';
import { SUMMARY_MAX_MESSAGE, SUMMARY_MAX_ROWS, countWords, keepMostUseful, located } from './limits.js';
import { oneLine, severityWord } from './messages.js';
import { pathUnder, relativePath, uriOfRelative } from './paths.js';
import { printable } from './text-width.js';
import type { ReportContext } from './types.js';

/** Where the summary may link lines to: GITHUB_SERVER_URL/GITHUB_REPOSITORY/blob/GITHUB_SHA. */
export interface SummaryLinks {
  server: string;
  repository: string;
  sha: string;
}

export function linksFromEnv(env: NodeJS.ProcessEnv): SummaryLinks | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  return server && repository && sha ? { server, repository, sha } : undefined;
}

/**
 * Text for a Markdown table cell, shown as written: HTML's & < > as entities, Markdown's
 * punctuation (emphasis, code, links, strikethrough, the cell's |, :emoji:, @mentions, #refs)
 * behind a backslash, line breaks as spaces and control characters as visible symbols.
 */
export function markdownCell(s: string): string {
  return printable(oneLine(s))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~:@#]/g, '\\$&');
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

export function stepSummary(results: readonly LintResult[], ctx: ReportContext, links?: SummaryLinks, maxRows = SUMMARY_MAX_ROWS): string {
  const all = located(results);
  const errors = all.filter((x) => x.message.severity === 2).length;
  const warnings = all.length - errors;
  const files = new Set(all.map((x) => x.result.filePath)).size;
  const checked = `${results.length} file${results.length === 1 ? '' : 's'} checked`;
  const out = ['## factlint', ''];
  if (all.length === 0) {
    out.push(`No problems in ${checked}.`, '');
    return out.join('\n');
  }
  out.push(`**${countWords(errors, warnings)}** in ${files} of ${checked}.`, '');
  out.push('| File | Line | Severity | Rule | Problem |', '| --- | ---: | --- | --- | --- |');
  // Over the limit, errors go first; the rows keep the order of the files and their text.
  const { kept } = keepMostUseful(all, maxRows, (x) => x.message.severity);
  const root = links ? (ctx.projectRoot?.() ?? ctx.cwd) : ctx.cwd;
  for (const { result, message: m } of kept) {
    const file = markdownCell(relativePath(result.filePath, ctx.cwd));
    const where = `${m.line}:${m.column}`;
    const inRepo = links ? pathUnder(result.filePath, ctx.cwd, root) : undefined;
    const line = links && inRepo !== undefined ? `[${where}](<${links.server}/${links.repository}/blob/${links.sha}/${uriOfRelative(inRepo)}#L${m.line}>)` : where;
    out.push(`| ${file} | ${line} | ${severityWord(m.severity)} | ${markdownCell(m.ruleId)} | ${markdownCell(clip(m.message, SUMMARY_MAX_MESSAGE))} |`);
  }
  out.push('');
  if (kept.length < all.length) {
    out.push(`The first ${kept.length} of ${all.length} problems are listed, errors first; the step's log has them all.`, '');
  }
  return out.join('\n');
}
