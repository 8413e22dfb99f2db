// The page's only style sheet, inlined so the report works from disk with no network. Verdicts
// differ by colour and, for readers who do not see the colours, by underline style and icon
// (✓ solid, ✗ wavy, ? dotted, ⚠ dashed). Text stays near-black on pale tints, and every
// coloured foreground is at least 4.5:1 on white (WCAG AA).
export const STYLE = `
:root{--fg:#1b1b1b;--muted:#555555;--line:#d0d7de;--ok:#176b2f;--ok-bg:#dcf5e3;--bad:#b3261e;--bad-bg:#ffe0e0;--unk:#7a4f00;--unk-bg:#fff1c2;--flag:#5b32a3;--flag-bg:#efe6ff;--link:#0b57d0}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1400px;padding:1rem 1.5rem 3rem;color:var(--fg);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
a{color:var(--link)}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.25rem;margin:1.2rem 0 .4rem}
.file h2,h2.inline{font-size:1.1rem;margin:0;display:inline}
summary h2{cursor:pointer}
h3{font-size:1rem;margin:1rem 0 .4rem}
code{font:13px/1.4 ui-monospace,"Cascadia Mono","DejaVu Sans Mono",monospace}
table{border-collapse:collapse;margin:.4rem 0 1rem}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f7}
caption{text-align:left;font-weight:bold;padding:.2rem 0}
th code{white-space:nowrap}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;list-style:none;padding:0;margin:.5rem 0 1rem}
.file{border-top:1px solid var(--line);padding:.6rem 0}
.file>details>summary{cursor:pointer;padding:.2rem 0}
.file .tally{margin-left:.75rem}
.body{display:grid;grid-template-columns:minmax(0,1fr);gap:0 2rem}
@media (min-width:1100px){.body{grid-template-columns:minmax(0,3fr) minmax(0,2fr)}.body>.claims{grid-column:1/-1}}
.text{font:14px/2.3 ui-monospace,"Cascadia Mono","DejaVu Sans Mono",monospace;border:1px solid var(--line);border-radius:4px;padding:.4rem .6rem;margin:.6rem 0;background:#fcfcfc}
.l{position:relative;padding-left:3.4em;white-space:pre-wrap;overflow-wrap:anywhere;min-height:2.3em}
.l::before{content:attr(data-n);position:absolute;left:0;width:2.6em;text-align:right;color:var(--muted);user-select:none}
.l:target{background:#fff8c5}
mark{color:inherit;text-decoration-line:underline;text-decoration-thickness:2px;text-decoration-skip-ink:none;text-underline-offset:3px;border-radius:2px}
mark.d1{text-underline-offset:7px}
mark.d2{text-underline-offset:11px}
mark:target{outline:2px solid var(--link)}
.v-verified{background:var(--ok-bg);text-decoration-color:var(--ok);text-decoration-style:solid}
.v-contradicted{background:var(--bad-bg);text-decoration-color:var(--bad);text-decoration-style:wavy}
.v-unverifiable{background:var(--unk-bg);text-decoration-color:var(--unk);text-decoration-style:dotted}
.v-flag{background:var(--flag-bg);text-decoration-color:var(--flag);text-decoration-style:dashed}
.cue{display:inline-block;font:bold 11px/1 system-ui,sans-serif;vertical-align:super;margin-left:1px;text-decoration:none}
.ic-verified{color:var(--ok)}.ic-contradicted{color:var(--bad)}.ic-unverifiable{color:var(--unk)}.ic-flag{color:var(--flag)}
.problems{list-style:none;padding:0;margin:.6rem 0}
.problem{border:1px solid var(--line);border-left:4px solid var(--bad);border-radius:4px;padding:.4rem .7rem;margin:0 0 .6rem}
.problem.warning{border-left-color:var(--unk)}
.problem:target{outline:2px solid var(--link)}
.problem p{margin:.2rem 0}
.sev{font-weight:bold;text-transform:uppercase;font-size:.8rem}
.error .sev,.sev-error{color:var(--bad)}.warning .sev,.sev-warning{color:var(--unk)}
dl.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem .8rem;margin:.3rem 0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0;overflow-wrap:anywhere}
table.claims td{overflow-wrap:anywhere}
.slots{display:block;color:var(--muted);font-size:.85em}
@media print{
body{font-size:10pt;max-width:none;padding:0}
mark,.problem,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.problem,tr{break-inside:avoid}
.body{grid-template-columns:minmax(0,1fr)}
a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;color:var(--muted);overflow-wrap:anywhere}
}
/* Printing without the script's beforeprint (a PDF made headless): show collapsed articles anyway.
   A rule of its own, as a browser that lacks ::details-content drops the whole rule. */
@media print{details::details-content{content-visibility:visible;display:contents}}
`;

// Collapsed articles open for printing (and close again after), and following a link into a
// collapsed article opens it: the only script, small enough to read in the page source.
export const SCRIPT = `
(() => {
  let closed = [];
  addEventListener('beforeprint', () => { closed = [...document.querySelectorAll('details:not([open])')]; for (const d of closed) d.open = true; });
  addEventListener('afterprint', () => { for (const d of closed) d.open = false; closed = []; });
  const reveal = () => {
    const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    for (let d = target && target.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
    if (target) target.scrollIntoView();
  };
  addEventListener('hashchange', reveal);
  reveal();
})();
`;
