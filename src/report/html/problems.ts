// One article's diagnostics, each as a card: severity, line:col (a link to the highlighted
// claim, or to the line), rule, message, then what the article says against what the fact set
// says, the fact's source (a link when it is a web address) and note, the fix and related places.
import { severityWord } from '../messages.js';
import { claimAnchor, flagAnchor, lineAnchor, problemAnchor } from './article-text.js';
import { esc, webHref } from './escape.js';
import type { FileView, MessageView } from './model.js';

/** A related location's path as shown, and its file when it is in this report (so "see also" links inside the page). */
export type FileLookup = (path: string) => { path: string; view: FileView | undefined };

function sourceLink(source: string): string {
  const href = webHref(source);
  // noopener noreferrer: the fact's site learns neither the report's location nor gets a handle on it.
  return href === undefined ? esc(source) : `<a href="${esc(href)}" rel="noopener noreferrer">${esc(source)}</a>`;
}

function where(f: FileView, m: MessageView, i: number): string {
  const place = `${m.line}:${m.column}`;
  if (m.fatal) return esc(place);
  const target = m.claim !== undefined ? claimAnchor(f, m.claim) : m.start !== undefined && m.end !== undefined && m.end > m.start ? flagAnchor(f, i) : f.lines ? lineAnchor(f, m.line) : undefined;
  return target === undefined ? esc(place) : `<a href="#${target}">${esc(place)}</a>`;
}

function facts(m: MessageView, lookup: FileLookup): string {
  const rows: string[] = [];
  const row = (label: string, html: string): void => {
    rows.push(`<dt>${label}</dt><dd>${html}</dd>`);
  };
  if (m.actual !== undefined) row('Article says', esc(m.actual));
  if (m.expected !== undefined) row('Fact set says', esc(m.expected));
  if (m.fact) {
    // The id names the fact file and the statement in it (holders.json#/statements/5), as in stylish.
    row('Source', `${sourceLink(m.fact.source)} <span class="muted">(${esc(m.fact.id)})</span>`);
    if (m.fact.note !== undefined) row('Note', esc(m.fact.note));
  }
  if (m.fix) row('Fix', m.fix.text === '' ? 'delete the text' : `replace with “${esc(m.fix.text)}” (factlint --fix)`);
  for (const r of m.related ?? []) {
    const { path, view: other } = lookup(r.filePath);
    const place = `${path}:${r.line}:${r.column}`;
    const link = other?.lines ? `<a href="#${lineAnchor(other, r.line)}">${esc(place)}</a>` : esc(place);
    row('See also', r.message ? `${link} ${esc(r.message)}` : link);
  }
  return rows.length ? `<dl class="facts">${rows.join('')}</dl>` : '';
}

export function problemList(f: FileView, lookup: FileLookup): string {
  if (f.messages.length === 0) return '';
  const items = f.messages.map((m, i) => {
    const sev = severityWord(m.severity);
    const claim = m.claim !== undefined ? ` data-claim="${claimAnchor(f, m.claim)}"` : '';
    return [
      `<li class="problem ${sev}" id="${problemAnchor(f, i)}"${claim}>`,
      `<p><span class="sev">${sev}</span> ${where(f, m, i)} <code>${esc(m.ruleId)}</code></p>`,
      `<p class="msg">${esc(m.message)}</p>`,
      facts(m, lookup),
      '</li>',
    ].join('');
  });
  return `<section class="problems-box" aria-labelledby="f${f.index}-ph"><h3 id="f${f.index}-ph">Problems (${f.messages.length})</h3>\n<ol class="problems">\n${items.join('\n')}\n</ol></section>`;
}
