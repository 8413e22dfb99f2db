// Every claim of an article in a table, as the `-f claims` view lists them: verdict (icon and
// word, never colour alone), place, kind, rule, the claim as written, why, and its slots.
import type { ClaimReport } from '../../types.js';
import { claimAnchor, claimRow, ICON, problemAnchor } from './article-text.js';
import { esc, langAttr } from './escape.js';
import type { FileView } from './model.js';

function slotText(c: ClaimReport): string {
  return Object.entries(c.slots)
    .map(([name, s]) => `${name}=${s.value}${s.bound === 'text' ? '' : ` (${s.bound})`}`)
    .join('  ');
}

export function claimTable(f: FileView): string {
  if (f.claims.length === 0) return '';
  const lang = langAttr(f.lang);
  const rows = f.claims.map((c, k) => {
    const place = f.lines ? `<a href="#${claimAnchor(f, k)}">${c.line}:${c.column}</a>` : `${c.line}:${c.column}`;
    const problem = c.message !== undefined ? ` <a href="#${problemAnchor(f, c.message)}">problem</a>` : '';
    return [
      `<tr id="${claimRow(f, k)}" class="row-${c.verdict}">`,
      `<td><span class="ic-${c.verdict}" aria-hidden="true">${ICON[c.verdict]}</span> ${c.verdict}${problem}</td>`,
      `<td class="n">${place}</td>`,
      `<td>${esc(c.kind)}</td>`,
      `<td><code>${esc(c.ruleId)}</code></td>`,
      `<td${lang}>${esc(c.text)}</td>`,
      `<td>${esc(c.reason)}<code class="slots">${esc(slotText(c))}</code></td>`,
      '</tr>',
    ].join('');
  });
  return [
    `<section class="claims" aria-labelledby="f${f.index}-ch"><h3 id="f${f.index}-ch">Claims (${f.claims.length})</h3>`,
    '<table><thead><tr><th scope="col">Verdict</th><th scope="col">Line:col</th><th scope="col">Kind</th><th scope="col">Rule</th><th scope="col">Claim</th><th scope="col">Why</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody></table></section>`,
  ].join('\n');
}
