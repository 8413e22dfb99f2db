// The explain view: every claim factlint read, article by article, with its verdict:
// ✓ verified, ✗ contradicted, ? unverifiable, and why. Users see what was checked and what was
// not; developers see why a claim was missed.
import type { ClaimReport, LintResult } from '../types.js';
import { claimsOf } from '../claims/claims-of.js';
import { displayPath } from './paths.js';
import { oneLine } from './messages.js';
import { printable } from './text-width.js';
import type { Formatter, ReportContext } from './types.js';

const MARK: Record<ClaimReport['verdict'], string> = { verified: '✓', contradicted: '✗', unverifiable: '?' };

function slotText(c: ClaimReport): string {
  return Object.entries(c.slots)
    .map(([name, s]) => `${name}=${s.value}${s.bound === 'text' ? '' : ` (${s.bound})`}`)
    .join('  ');
}

export const claims: Formatter = (results: LintResult[], ctx: ReportContext): string => {
  const out: string[] = [];
  const totals = { verified: 0, contradicted: 0, unverifiable: 0 };
  for (const result of results) {
    const list = claimsOf(result) ?? [];
    out.push(`${displayPath(result.filePath, ctx.cwd)}${result.fatal ? `  (not read: ${printable(oneLine(result.fatal))})` : ''}`);
    if (list.length === 0 && !result.fatal) out.push('  (no claims found)');
    for (const c of list) {
      totals[c.verdict]++;
      out.push(`  ${MARK[c.verdict]} ${c.line}:${c.column}  ${c.kind}  "${printable(oneLine(c.text))}"  ${c.verdict}: ${printable(oneLine(c.reason))}`);
      out.push(`      ${printable(oneLine(slotText(c)))}`);
    }
    out.push('');
  }
  out.push(`${totals.verified} verified, ${totals.contradicted} contradicted, ${totals.unverifiable} unverifiable`);
  return `${out.join('\n')}\n`;
};
