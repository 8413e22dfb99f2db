// `factlint facts SUBCOMMAND`: tools for the fact set rather than for articles.
import { FactlintError } from '../errors.js';
import type { CliIO } from '../cli-io.js';
import { factsCheck } from './facts-check.js';
import { importWikidataCommand } from './import-wikidata.js';

const HELP = `Usage: factlint facts <command> [options]

Commands:
  check [PATHS]              validate and audit a fact set (gaps, overlaps, stale open terms,
                             sources, ambiguous names)
  import-wikidata FILE       turn a Wikidata export (entity JSON, dump lines or SPARQL JSON)
                             into fact-set statements, and report what is new, changed or
                             contradicts the set given with --claims

Run factlint facts <command> --help for its options.`;

export function factsCommand(argv: string[], io: CliIO): number {
  const [command, ...rest] = argv;
  if (command === 'check') return factsCheck(rest, io);
  if (command === 'import-wikidata') return importWikidataCommand(rest, io);
  if (command === undefined || command === '--help' || command === '-h') {
    io.stdout(HELP + '\n');
    return command === undefined ? 2 : 0;
  }
  throw new FactlintError([`unknown facts command "${command}": use check or import-wikidata`, 'Run factlint facts --help for the commands.']);
}
