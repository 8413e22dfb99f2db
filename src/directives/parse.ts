// Inline directives in an article's raw text: HTML comments such as
//   <!-- factlint-disable-next-line office-holder -- quoting the speaker's own words -->
// The same comment syntax is read in Markdown and plain text (see docs/workflow.md for why).
// Pure: text in, directives out. Comments inside Markdown fenced code blocks are examples, not directives.

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  rules: string[];
  /** The free text after ` -- ` (empty when none): ESLint's justification of a suppression. */
  justification: string;
  /** Offsets of the whole comment in the text. */
  start: number;
  end: number;
}

const BODY = /^\s*factlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)/;

/** Directives in document order. `markdown` turns on skipping of fenced code blocks. */
export function parseDirectives(text: string, markdown: boolean): Directive[] {
  // Most articles have no comment at all: then there is no need to find their code blocks.
  if (!text.includes('<!--')) return [];
  const fences = markdown ? fencedBlocks(text) : [];
  const out: Directive[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) break;
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    from = close + 3;
    if (fences.some(([a, b]) => open >= a && open < b)) continue;
    const body = text.slice(open + 4, close);
    const m = BODY.exec(body);
    if (!m) continue;
    const rest = body.slice(m[0].length);
    out.push({ kind: m[1] as DirectiveKind, rules: ruleList(rest), justification: justificationOf(rest), start: open, end: close + 3 });
  }
  return out;
}

const REASON = /(?:^|\s)--(?:\s|$)/;

/** `a, b c -- why`: rule ids split on commas and spaces; ` -- ` starts a free-text reason. */
export function ruleList(rest: string): string[] {
  const reason = rest.search(REASON);
  const list = reason >= 0 ? rest.slice(0, reason) : rest;
  return [...new Set(list.split(/[\s,]+/).filter((s) => s !== ''))];
}

/** The reason after ` -- `, trimmed ('' when none), as ESLint reports it. */
export function justificationOf(rest: string): string {
  const m = REASON.exec(rest);
  return m ? rest.slice(m.index + m[0].length).trim() : '';
}

/** Offset ranges of ``` and ~~~ fenced code blocks (CommonMark: up to 3 spaces of indent). */
export function fencedBlocks(text: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let open: { start: number; char: string; len: number } | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (m) {
      const fence = m[1]!;
      if (!open) open = { start: lineStart, char: fence[0]!, len: fence.length };
      else if (fence[0] === open.char && fence.length >= open.len && line.trim() === fence) {
        blocks.push([open.start, lineEnd]);
        open = undefined;
      }
    }
    lineStart = lineEnd + 1;
  }
  if (open) blocks.push([open.start, text.length]);
  return blocks;
}
