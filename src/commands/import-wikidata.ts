// `factlint facts import-wikidata FILE`: a Wikidata export (read offline) as fact-set statements
// for a person to review, with what is new, changed or contradicts the set given with --claims.
// Nothing in the set is changed: the statements go to -o OUT (or standard output).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseOptions, textOrJson } from '../cli-options.js';
import { FactlintError, ioReason } from '../errors.js';
import { FactIndex, loadFactSet } from '../facts/index.js';
import { defaultClaims } from '../engine/run.js';
import { printableLine } from '../report/text-width.js';
import type { Entity } from '../types.js';
import { compareWithSet, type Compared } from '../wikidata/compare.js';
import { readExport } from '../wikidata/read-export.js';
import { toStatements } from '../wikidata/to-statements.js';
import type { CliIO } from '../cli-io.js';

export const IMPORT_HELP = `Usage: factlint facts import-wikidata FILE [options]

Reads a Wikidata export offline: the entity JSON of Special:EntityData, a dump's entity lines,
or SPARQL JSON results (?person ?position ?start ?end, optionally ?startPrecision ?endPrecision
?jurisdiction ?kind ?role ?ref). Positions held (P39) become holds-office statements: a position
maps to the set's office of its kind (P279) and the entity of its jurisdiction (P1001), both
found by their "wikidata" ids. Prints what is new, changed or contradicts the set.

Options:
  --claims FILE|DIR   the set to link and compare with (repeatable; default ./claims when
                      present, else the bundled set)
  -o, --output FILE   write the statements to review to FILE (default: standard output, with
                      the report on standard error)
  -f, --format NAME   the report: text (default) or json
  -h, --help          show this help

Exit codes: 0 nothing contradicts the set, 1 something does, 2 usage or input error.`;

/** The languages factlint reads: the packs in rules/lang. */
function languages(): string[] {
  try {
    return readdirSync(new URL('../../rules/lang/', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return ['en'];
  }
}

function term(s: { from?: string | null; to?: string | null }): string {
  return `${s.from ?? '?'} to ${s.to ?? 'now'}`;
}

export function importWikidataCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseOptions(argv, {
    claims: { type: 'string', multiple: true },
    output: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f' },
    help: { type: 'boolean', short: 'h' },
  }, 'factlint facts import-wikidata');

  if (values.help) {
    io.stdout(IMPORT_HELP + '\n');
    return 0;
  }
  if (positionals.length !== 1) throw new FactlintError(['import-wikidata needs one export file', 'Run factlint facts import-wikidata --help for the options.']);
  const format = textOrJson(values.format);
  const file = positionals[0]!;
  let text: string;
  try {
    text = readFileSync(path.resolve(io.cwd, file), 'utf8');
  } catch (err) {
    throw new FactlintError(`cannot read ${file}: ${ioReason(err)}`);
  }
  const exp = readExport(text, file);
  const claims = values.claims?.map((p) => path.resolve(io.cwd, p)) ?? defaultClaims(io.cwd);
  const loaded = loadFactSet(claims, { cwd: io.cwd });
  const index = new FactIndex(loaded);
  const byQ = new Map<string, Entity>();
  for (const e of loaded.facts.entities) if (typeof e.wikidata === 'string' && !byQ.has(e.wikidata)) byQ.set(e.wikidata, e);
  const langs = languages();
  const result = toStatements(exp, { byWikidata: (q) => byQ.get(q), hasId: (id) => !!index.entity(id) }, langs);
  const compared = compareWithSet(result.mapped, index);

  const review = compared.filter((c) => c.verdict !== 'unchanged');
  const usedPeople = new Set(review.map((c) => String(c.statement.subject)));
  const out = {
    description: `Imported from a Wikidata export (${path.basename(file)}, ${exp.form}) for review: ${review.length} statements new, changed or contradicting the set. Check each against its source and add "verified" to open terms before merging.`,
    entities: result.entities.filter((e) => usedPeople.has(e.id)),
    statements: review.map((c) => c.statement),
  };
  const json = JSON.stringify(out, null, 2) + '\n';
  const fresh = new Map(result.entities.map((e) => [e.id, e]));
  const report = format === 'json' ? JSON.stringify(reportJson(compared, result.skipped), null, 2) + '\n' : reportText(compared, result.skipped, (id) => (index.entity(id) ?? fresh.get(id))?.names?.en?.[0] ?? id);
  if (values.output !== undefined) {
    try {
      writeFileSync(path.resolve(io.cwd, values.output), json);
    } catch (err) {
      throw new FactlintError(`cannot write ${values.output}: ${ioReason(err)}`);
    }
    io.stdout(report);
  } else {
    io.stdout(json);
    io.stderr(report);
  }
  return compared.some((c) => c.verdict === 'contradicts') ? 1 : 0;
}

function reportJson(compared: Compared[], skipped: Array<{ item: string; why: string }>) {
  return {
    statements: compared.map((c) => ({ verdict: c.verdict, person: c.person, position: c.position, statement: c.statement, against: c.against.map((a) => a.id) })),
    skipped,
  };
}

function reportText(compared: Compared[], skipped: Array<{ item: string; why: string }>, name: (id: string) => string): string {
  const lines: string[] = [];
  for (const verdict of ['contradicts', 'changed', 'new'] as const) {
    for (const c of compared.filter((x) => x.verdict === verdict)) {
      const s = c.statement;
      const post = s.object as { office: string; of: string };
      let line = `${verdict.padEnd(11)} ${c.person} ${name(String(s.subject))}: ${post.office} of ${post.of}, ${term(s)}`;
      if (verdict === 'changed') line += `; the set: ${c.against.map((a) => `${term(a)} (${a.id})`).join(', ')}`;
      if (verdict === 'contradicts') line += `; the set has ${c.against.map((a) => `${name(String(a.subject))} ${term(a)} (${a.id})`).join(', ')}`;
      lines.push(printableLine(line));
    }
  }
  for (const s of skipped) lines.push(printableLine(`skipped     ${s.item}: ${s.why}`));
  const count = (v: string) => compared.filter((c) => c.verdict === v).length;
  lines.push(`${count('new')} new, ${count('changed')} changed, ${count('contradicts')} contradicting, ${count('unchanged')} unchanged, ${skipped.length} skipped`);
  return lines.join('\n') + '\n';
}
