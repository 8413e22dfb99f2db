// An article's text, line by line, with every claim's span marked by its verdict. Lines keep
// the numbers diagnostics give (a gutter drawn by CSS, so copying the text leaves them out),
// and each has an id so a problem's line:col can link to it.
import type { Verdict } from '../../types.js';
import { esc, langAttr } from './escape.js';
import type { FileView } from './model.js';
import { nestRanges, type Piece, type Range } from './nest.js';

export const ICON: Record<Verdict | 'flag', string> = { verified: '✓', contradicted: '✗', unverifiable: '?', flag: '⚠' };

/** What a mark stands for: a claim, or a diagnostic that reports no claim (cross-article, say). */
interface MarkInfo {
  kind: Verdict | 'flag';
  /** Element id of the first piece (the target of links to this claim or problem). */
  anchor: string;
  /** Where the icon leads: the problem for a reported claim, else the claim's row. */
  href: string;
  label: string;
}

export const claimAnchor = (f: FileView, k: number): string => `f${f.index}-c${k}`;
export const claimRow = (f: FileView, k: number): string => `f${f.index}-r${k}`;
export const problemAnchor = (f: FileView, i: number): string => `f${f.index}-m${i}`;
export const flagAnchor = (f: FileView, i: number): string => `f${f.index}-x${i}`;
export const lineAnchor = (f: FileView, line: number): string => `f${f.index}-L${line}`;

function markInfos(f: FileView): { ranges: Range[]; info: MarkInfo[] } {
  const ranges: Range[] = [];
  const info: MarkInfo[] = [];
  f.claims.forEach((c, k) => {
    ranges.push({ start: c.start, end: c.end, id: info.length });
    info.push({
      kind: c.verdict,
      anchor: claimAnchor(f, k),
      href: `#${c.message === undefined ? claimRow(f, k) : problemAnchor(f, c.message)}`,
      label: `${c.verdict} claim at ${c.line}:${c.column}: ${c.reason}`,
    });
  });
  f.messages.forEach((m, i) => {
    if (m.claim !== undefined || m.start === undefined || m.end === undefined || m.end <= m.start) return;
    ranges.push({ start: m.start, end: m.end, id: info.length });
    info.push({ kind: 'flag', anchor: flagAnchor(f, i), href: `#${problemAnchor(f, i)}`, label: `${m.ruleId} at ${m.line}:${m.column}: ${m.message}` });
  });
  return { ranges, info };
}

function renderPieces(text: string, pieces: Piece[], info: MarkInfo[], depth: number): string {
  let out = '';
  for (const p of pieces) {
    if (p.kind === 'text') {
      out += esc(text.slice(p.start, p.end));
      continue;
    }
    const m = info[p.id]!;
    const id = p.first ? ` id="${esc(m.anchor)}"` : '';
    const d = depth > 0 ? ` d${Math.min(depth, 2)}` : '';
    out += `<mark class="v-${m.kind}${d}"${id} title="${esc(m.label)}">${renderPieces(text, p.children, info, depth + 1)}`;
    // The icon: the non-colour cue, and a link to the verdict's details.
    if (p.last) out += `<a class="cue ic-${m.kind}" href="${esc(m.href)}" aria-label="${esc(m.label)}">${ICON[m.kind]}</a>`;
    out += '</mark>';
  }
  return out;
}

/** The text block of one article; empty when its text could not be read again. */
export function articleText(f: FileView): string {
  const lines = f.lines;
  if (!lines) return '';
  const { ranges, info } = markInfos(f);
  const lang = langAttr(f.lang);
  const rows: string[] = [];
  for (let n = 1; n <= lines.lineCount; n++) {
    const from = lines.offsetOf(n, 1);
    const to = from + (lines.line(n) ?? '').length;
    // Only the ranges touching this line (a claim over a line break is cut into one piece per line).
    const here = ranges.filter((r) => r.start < to && r.end > from);
    const body = renderPieces(lines.text, nestRanges(from, to, here), info, 0);
    rows.push(`<div class="l" id="${lineAnchor(f, n)}" data-n="${n}" dir="auto">${body}</div>`);
  }
  // A trailing newline makes one more, empty line: not worth a row.
  if (rows.length > 1 && lines.line(lines.lineCount) === '') rows.pop();
  return `<div class="text"${lang}>\n${rows.join('\n')}\n</div>`;
}
