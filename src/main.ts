// Command line: parse options, run, report, exit 0 (clean), 1 (errors found or too many
// warnings) or 2 (usage, config or fact-set error). Never a stack trace for a user's mistake.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { run } from './engine/run.js';
import { FactlintError } from './errors.js';
import { isValidDate } from './facts/time.js';
import { formatNames, getFormatter } from './report/index.js';
import type { LintResult } from './types.js';

const HELP = `Usage: factlint [options] [paths or globs...]

Checks news articles (.md, .markdown, .txt) against a fact set and reports claims that
disagree with it: who holds which office, figures, shares, dates and weekdays, places.
Paths default to the current folder.

Options:
  --claims FILE|DIR        fact set to check against (repeatable; default ./claims when
                           present, else the fact set bundled with factlint)
  -f, --format NAME        output format: ${formatNames.join(', ')} (default stylish)
  -o, --output FILE        write the report to FILE instead of standard output
  --date YYYY-MM-DD        publication date for articles that state none
  --lang CODE              language for articles that state none (en, ru, de, id, ...)
  --max-warnings N         exit 1 when there are more than N warnings
  --quiet                  report errors only
  --color, --no-color      force colours on or off (default: on for a terminal; NO_COLOR honoured)
  -h, --help               show this help
  -v, --version            show the version

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings),
2 usage, configuration or fact-set error.`;

export interface CliIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        claims: { type: 'string', multiple: true },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        date: { type: 'string' },
        lang: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    // parseArgs messages name the option ("Unknown option '--x'"); drop its advice about "--".
    const msg = (err as Error).message.split('. To specify')[0]!.replace(/\.$/, '');
    throw new FactlintError(`${msg}\nRun factlint --help for the options.`);
  }
}

function colorWanted(values: { color?: boolean; 'no-color'?: boolean }, io: CliIO, toFile: boolean): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY && !toFile;
}

export function main(argv: string[], io: CliIO): number {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (values.version) {
    io.stdout(version() + '\n');
    return 0;
  }
  if (values.date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(values.date) && isValidDate(values.date))) {
    throw new FactlintError(`--date must be a calendar date YYYY-MM-DD, got "${values.date}"`);
  }
  if (values.lang !== undefined && !/^[a-z]{2,3}$/.test(values.lang)) {
    throw new FactlintError(`--lang must be a language code such as en, ru, de, id; got "${values.lang}"`);
  }
  let maxWarnings = -1;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new FactlintError(`--max-warnings must be a whole number, got "${values['max-warnings']}"`);
    maxWarnings = Number(values['max-warnings']);
  }
  const format = getFormatter(values.format ?? 'stylish');

  const out = run({
    cwd: io.cwd,
    patterns: positionals,
    ...(values.claims ? { claims: values.claims.map((c) => path.resolve(io.cwd, c)) } : {}),
    ...(values.lang ? { lang: values.lang } : {}),
    ...(values.date ? { date: values.date } : {}),
  });

  let results: LintResult[] = out.results;
  if (values.quiet) {
    results = results.map((r) => {
      const messages = r.messages.filter((m) => m.severity === 2);
      return { ...r, messages, warningCount: 0, fixableWarningCount: 0 };
    });
  }
  const sources = new Map<string, string | undefined>();
  const report = format(results, {
    cwd: io.cwd,
    color: colorWanted(values, io, values.output !== undefined),
    rules: out.rules,
    version: version(),
    readSource(filePath) {
      if (!sources.has(filePath)) {
        try {
          sources.set(filePath, readFileSync(path.resolve(io.cwd, filePath), 'utf8').replace(/^\uFEFF/, ''));
        } catch {
          sources.set(filePath, undefined);
        }
      }
      return sources.get(filePath);
    },
  });
  if (values.output !== undefined) {
    try {
      writeFileSync(path.resolve(io.cwd, values.output), report);
    } catch (err) {
      throw new FactlintError(`cannot write ${values.output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  } else if (report) io.stdout(report.endsWith('\n') ? report : report + '\n');

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    io.stderr(`factlint found too many warnings (maximum: ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}
