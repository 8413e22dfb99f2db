// Hover on a claim: its frame (kind and slots, each with the words that bound it or the rule that
// supplied it) and its verdict with the reason — what `factlint -f claims` prints for it. Pure.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { ClaimReport } from '../types.js';
import { contains, positionOfLineColumn, type TextIndex } from './positions.js';

const MARK: Record<ClaimReport['verdict'], string> = { verified: '✓', contradicted: '✗', unverifiable: '?' };

/**
 * Text from the article or the fact set, kept literal: the characters that would start markup
 * inside a line or a table cell are escaped, plus one that would start a block at a line's start.
 * ("sadyr-japarov" stays readable in clients that show the Markdown source.)
 */
function md(s: string): string {
  return s.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]|<>~]/g, '\\$&').replace(/^([#>+-])/, '\\$1');
}

export function claimMarkdown(c: ClaimReport): string {
  const lines = [
    `**${MARK[c.verdict]} ${c.kind} claim: ${c.verdict}** (${md(c.ruleId)})`,
    '',
    `“${md(c.text)}”`,
    '',
    md(c.reason),
    '',
    '| slot | value | bound by |',
    '| --- | --- | --- |',
    ...Object.entries(c.slots).map(([name, s]) => `| ${md(name)} | ${md(s.value)} | ${s.bound === 'text' && s.text !== undefined ? `“${md(s.text)}”` : md(s.bound)} |`),
  ];
  return lines.join('\n');
}

/** The hover for `pos`: every claim whose range holds it (the innermost first), or null. */
export function hoverAt(claims: readonly ClaimReport[], ix: TextIndex, pos: Position): Hover | null {
  const hits = claims
    .map((c) => ({ c, range: { start: positionOfLineColumn(ix, c.line, c.column), end: positionOfLineColumn(ix, c.endLine, c.endColumn) } }))
    .filter(({ range }) => contains(range, pos))
    .sort((a, b) => (a.c.text.length - b.c.text.length));
  if (hits.length === 0) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: hits.map(({ c }) => claimMarkdown(c)).join('\n\n---\n\n') },
    range: hits[0]!.range,
  };
}
