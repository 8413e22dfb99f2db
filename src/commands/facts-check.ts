// `factlint facts check [PATHS]`: validates a fact set (schema and references, as every run does)
// and audits it (facts/audit). Exit 0 when clean, 1 when it finds a problem, 2 on a usage error.
import path from 'node:path';
import { parseOptions, textOrJson } from '../cli-options.js';
import { plural } from '../text/plural.js';
import { FactlintError, FactSetError } from '../errors.js';
import { auditFactSet, type AuditFinding } from '../facts/audit/index.js';
import { FactIndex, loadFactSet } from '../facts/index.js';
import { coverage, type PostCoverage } from '../facts/audit/coverage.js';
import { isValidDate } from '../facts/time.js';
import { defaultClaims } from '../engine/run.js';
import { printableLine } from '../report/text-width.js';
import type { CliIO } from '../cli-io.js';

export const FACTS_CHECK_HELP = `Usage: factlint facts check [options] [fact files or folders...]

Validates a fact set and audits it: gaps and overlaps between successive holders of a post,
open terms (to: null) without a recent "verified" date, statements without a web source,
names and Wikidata ids that two entities share. Paths default to ./claims when present, else
the fact set bundled with factlint.

Options:
  --today YYYY-MM-DD   the day to judge "verified" dates against (default: today)
  --max-age DAYS       how long a "verified" date stays good (default 365)
  --coverage FROM..TO  also print, per post, the share of days FROM..TO (YYYY-MM-DD..YYYY-MM-DD)
                       with a known holder
  -f, --format NAME    text (default) or json
  -h, --help           show this help

Exit codes: 0 clean, 1 problems found, 2 usage error or a fact set that does not load.`;

function today(io: CliIO): string {
  const fixed = io.env.FACTLINT_TODAY;
  return fixed && isValidDate(fixed) ? fixed : new Date().toISOString().slice(0, 10);
}

export function factsCheck(argv: string[], io: CliIO): number {
  const { values, positionals } = parseOptions(argv, {
    today: { type: 'string' },
    'max-age': { type: 'string' },
    coverage: { type: 'string' },
    format: { type: 'string', short: 'f' },
    help: { type: 'boolean', short: 'h' },
  }, 'factlint facts check');

  if (values.help) {
    io.stdout(FACTS_CHECK_HELP + '\n');
    return 0;
  }
  const day = values.today ?? today(io);
  if (!isValidDate(day)) throw new FactlintError(`--today must be a calendar date YYYY-MM-DD, got "${day}"`);
  if (values['max-age'] !== undefined && !/^\d+$/.test(values['max-age'])) throw new FactlintError(`--max-age must be a whole number of days, got "${values['max-age']}"`);
  const maxAgeDays = values['max-age'] === undefined ? 365 : Number(values['max-age']);
  const format = textOrJson(values.format);

  const span = values.coverage === undefined ? undefined : /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(values.coverage);
  if (values.coverage !== undefined && (!span || !isValidDate(span[1]!) || !isValidDate(span[2]!) || span[1]! > span[2]!)) {
    throw new FactlintError(`--coverage must be a span of days YYYY-MM-DD..YYYY-MM-DD, got "${values.coverage}"`);
  }
  const paths = positionals.length ? positionals.map((p) => path.resolve(io.cwd, p)) : defaultClaims(io.cwd);
  let findings: AuditFinding[];
  let summary: ReturnType<typeof auditFactSet>['summary'] | undefined;
  let posts: PostCoverage[] | undefined;
  try {
    const loaded = loadFactSet(paths, { cwd: io.cwd });
    ({ findings, summary } = auditFactSet(loaded, { today: day, maxAgeDays }));
    if (span) posts = coverage(new FactIndex(loaded), span[1]!, span[2]!);
  } catch (err) {
    // A set that does not load is a finding too: the same list every run would stop on.
    if (!(err instanceof FactSetError)) throw err;
    findings = err.problems.map((p) => ({ check: 'invalid', ...p }));
  }

  if (format === 'json') {
    io.stdout(JSON.stringify({ findings, ...(summary ? { summary } : {}), ...(posts ? { coverage: posts } : {}) }, null, 2) + '\n');
  } else {
    for (const p of posts ?? []) {
      io.stdout(`${(p.known / p.days * 100).toFixed(1).padStart(5)} %  ${printableLine(p.office)} of ${printableLine(p.of)} (${p.known} of ${p.days} days${p.documented ? `; ${plural(p.documented, 'day')} without a holder, explained in "continuity"` : ''})\n`);
    }
    for (const f of findings) {
      io.stdout(`${printableLine(f.file)}${f.pointer ? `#${f.pointer}` : ''}: ${printableLine(f.message)}  ${f.check}\n`);
      for (const r of f.related ?? []) io.stdout(`  see ${printableLine(r)}\n`);
    }
    if (summary) {
      io.stdout(`${findings.length === 0 ? '✔' : '✖'} ${plural(findings.length, 'problem')} in ${summary.statements} statements, ${summary.entities} entities (${summary.withWikidata} with a Wikidata id), ${summary.posts} posts\n`);
    } else {
      io.stdout(`✖ ${plural(findings.length, 'problem')}: the fact set does not load\n`);
    }
  }
  return findings.length ? 1 : 0;
}
