// Command line: parse options, run, report, exit 0 (clean), 1 (errors found or too many
// warnings) or 2 (usage, config or fact-set error). Never a stack trace for a user's mistake.
import { closeSync, openSync, readFileSync, realpathSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { entriesByFile } from './baseline/baseline.js';
import { baselineExists, readBaseline, writeBaseline } from './baseline/file.js';
import { ignoredFilter, selectFiles, type Selection } from './config/files.js';
import { resolveSettings } from './config/settings.js';
import { UNUSED_DIRECTIVE_META } from './directives/apply.js';
import { LARGE_RUN_FILES, mergeRun, run, type RunOutput } from './engine/run.js';
import { parsePartial, serializePartial, type PartialFile } from './engine/partial.js';
import { SPEED_HELP, speedOptions } from './engine/speed-options.js';
import { LINT_OPTIONS } from './cli-option-table.js';
import { NO_TRACE } from './engine/trace.js';
import { FactlintError, ioReason } from './errors.js';
import { isValidDate } from './facts/time.js';
import { factsCommand } from './commands/facts.js';
import type { CliIO } from './cli-io.js';
import { parseOptions } from './cli-options.js';
import { projectRoot } from './fix/project-root.js';
import { loadedPacks } from './language/pack.js';
import { afterLint, type FileSteps } from './lint/after-lint.js';
import { loadConfigFor } from './lint/config-for.js';
import { debugTrace } from './lint/debug-log.js';
import { resolvedConfig } from './lint/print-config.js';
import { parseRuleOptions } from './lint/rule-option.js';
import { stdinInput, wantsStdin } from './lint/stdin-input.js';
import { formatNames, getChunkedFormatter, getFormatter, loadRuleMeta, type ReportContext } from './report/index.js';
import { appendStepSummary } from './report/step-summary-file.js';
import { relativePath } from './report/paths.js';
import { printableLine } from './report/text-width.js';
import { version } from './version.js';
import type { LintResult } from './types.js';

const HELP = `Usage: factlint [options] [paths or globs...]
       factlint [options] --stdin [--stdin-filename PATH] < article.md

Checks news articles (.md, .markdown, .txt) against a fact set and reports claims that
disagree with it: who holds which office, figures, shares, dates and weekdays, places.
Paths default to the config's "include", else the current folder.

Options:
  --claims FILE|DIR        fact set to check against (repeatable; default ./claims when
                           present, else the fact set bundled with factlint)
  -c, --config FILE        config file (default: factlint.config.json or .factlintrc.json in
                           the current folder or the nearest folder above it, up to the
                           repository root or the home folder)
  -f, --format NAME        output format: ${formatNames.join(', ')} (default stylish)
  -o, --output-file FILE   write the report to FILE instead of standard output (also --output)
  --date YYYY-MM-DD        publication date for articles that state none
  --lang CODE              language for articles that state none (en, ru, de, id, ...)
  --max-warnings N         exit 1 when there are more than N warnings
  --quiet                  report errors only
  --rule 'ID: SEVERITY'    set a rule's severity (off, warn, error or 0, 1, 2) over the config
                           (repeatable), e.g. --rule 'office-holder: off'
  --print-config FILE      print the settings used for FILE as JSON and exit
  --debug                  tell on standard error what was loaded from where and how long each
                           stage took
  --color, --no-color      force colours on or off (default: on for a terminal; NO_COLOR honoured)
  -h, --help               show this help
  -v, --version            show the version

Standard input:
  --stdin, -               lint the article read from standard input
  --stdin-filename PATH    the path it stands for: its language by file name, the ignore rules
                           and the path in the report; with --fix, the fixed text goes to
                           standard output and the report to standard error

Only what changed (git):
  --changed-since REF      report only problems on lines added or changed since REF (a commit,
                           branch or tag); unchanged files are skipped, untracked ones count
  --staged                 lint the staged content of staged files (pre-commit hooks)

Fixes:
  --fix                    apply the fixes problems carry, writing the files in place
  --fix-follow-links       with --fix: also write through symbolic links that lead out of
                           the project (the git work tree, else the current folder)
  --fix-dry-run            print the fixes as a unified diff and change nothing

Suppressing known problems:
  --baseline FILE          do not report the problems recorded in FILE
  --update-baseline        record the current problems in the --baseline FILE
  --report-unused-disable-directives
                           warn about <!-- factlint-disable... --> comments that suppress nothing
  Files named in .factlintignore (gitignore syntax) are skipped.
  --ignore-pattern PATTERN leave out files matching PATTERN too (gitignore syntax, relative to
                           the current folder; repeatable)
  --no-ignore              lint ignored files too: .factlintignore, the config's "exclude" and
                           --ignore-pattern do not apply
  --no-warn-ignored        do not warn when a file named on the command line is ignored

${SPEED_HELP}
  --partial FILE           with --shard: write the shard's findings to FILE for factlint merge
                           instead of a report (exit 0 unless the run cannot start)
  factlint merge [OPTIONS] FILES...
                           the report of the whole run from the partial files of all N shards,
                           cross-article checks included; give it the options the shards had

Editors:
  --lsp                    run as a language server over stdio (docs/editors.md)

Resident server (fast short runs: hooks, editors, scripts):
  factlint daemon start|stop|status   keep factlint loaded and warm in the background
                                      (factlint daemon --help)

The fact set:
  factlint facts check [PATHS]        validate and audit a fact set (factlint facts check --help)
  factlint facts import-wikidata FILE turn a Wikidata export into statements to review

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings),
2 usage, configuration or fact-set error.`;

export type { CliIO } from './cli-io.js';

/** Formats that print each file's claims; for the others a run does not keep them. */
const CLAIM_FORMATS = new Set(['json', 'claims', 'html']);

/** UTF-16 units of articles' texts kept for the report's code frames; the others are read again. Off: see run.ts DEFERRED_TEXT_UNITS. */
const KEEP_SOURCE_UNITS = 0;

function parse(argv: string[]) {
  return parseOptions(argv, LINT_OPTIONS, 'factlint');
}

function colorWanted(values: { color?: boolean; 'no-color'?: boolean }, io: CliIO, toFile: boolean): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY && !toFile;
}

/** Checks option values and combinations; returns the numeric --max-warnings (undefined: not given). */
function checkOptions(values: ReturnType<typeof parse>['values']): number | undefined {
  if (values.date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(values.date) && isValidDate(values.date))) {
    throw new FactlintError(`--date must be a calendar date YYYY-MM-DD, got "${values.date}"`);
  }
  if (values.lang !== undefined && !/^[a-z]{2,3}$/.test(values.lang)) {
    throw new FactlintError(`--lang must be a language code such as en, ru, de, id; got "${values.lang}"`);
  }
  if (values.format !== undefined) getFormatter(values.format);
  if (values['changed-since'] === '') throw new FactlintError('--changed-since needs a git revision (a commit, branch or tag)');
  if (values.baseline === '') throw new FactlintError('--baseline needs a file name');
  if (values.fix && values['fix-dry-run']) throw new FactlintError('use either --fix or --fix-dry-run, not both');
  if (values['fix-follow-links'] && !values.fix) throw new FactlintError('--fix-follow-links goes with --fix');
  if (values.staged && (values.fix || values['fix-dry-run'])) {
    throw new FactlintError('--fix cannot be combined with --staged: the fixes would apply to the work tree, not to what is staged');
  }
  if (values['update-baseline']) {
    if (values.baseline === undefined) throw new FactlintError('--update-baseline needs --baseline FILE');
    if (values['changed-since'] !== undefined || values.staged) throw new FactlintError('--update-baseline records every problem: do not combine it with --changed-since or --staged');
    if (values.fix || values['fix-dry-run']) throw new FactlintError('--update-baseline cannot be combined with --fix');
  }
  if (values.output !== undefined && values['output-file'] !== undefined) throw new FactlintError('use either --output-file or --output, not both');
  if (values.partial === '') throw new FactlintError('--partial needs a file name');
  if (values.partial !== undefined && (values.fix || values['fix-dry-run'] || values['update-baseline'] || values.stdin)) {
    throw new FactlintError('--partial writes findings for factlint merge: fixes, --update-baseline and --stdin belong to an unsharded run');
  }
  if (values['output-file'] === '' || values.output === '') throw new FactlintError('--output-file needs a file name');
  if (values['stdin-filename'] === '') throw new FactlintError('--stdin-filename needs a path');
  if (values['print-config'] === '') throw new FactlintError('--print-config needs a file name');
  if (values['ignore-pattern']?.some((p) => p.trim() === '')) throw new FactlintError('--ignore-pattern needs a pattern');
  if (values['max-warnings'] === undefined) return undefined;
  if (!/^\d+$/.test(values['max-warnings'])) throw new FactlintError(`--max-warnings must be a whole number, got "${values['max-warnings']}"`);
  return Number(values['max-warnings']);
}

/** `f`, computed on the first call only. */
function once<T>(f: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: f() }).v;
}

export function main(argv: string[], io: CliIO): number {
  // Subcommands for the fact set; a folder named "facts" is linted as ./facts.
  if (argv[0] === 'facts') return factsCommand(argv.slice(1), io);
  // `factlint merge PARTIALS...`: the positionals are partial files, not articles.
  const merging = argv[0] === 'merge';
  const { values, positionals } = parse(merging ? argv.slice(1) : argv);
  if (merging && !values.help && !values.version) checkMergeOptions(values, positionals);
  if (values.help) {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (values.version) {
    io.stdout(version() + '\n');
    return 0;
  }
  const cliMaxWarnings = checkOptions(values);
  const stdin = merging ? false : wantsStdin(values.stdin, positionals);
  checkInputOptions(values, positionals, stdin);
  const speed = speedOptions(values);
  const trace = values.debug ? debugTrace(io.stderr) : NO_TRACE;
  const rules = loadRuleMeta();
  const ruleIds = rules.map((r) => r.id);
  const cliRules = parseRuleOptions(values.rule ?? [], ruleIds);
  const config = loadConfigFor(values.config, io.cwd, ruleIds);
  trace.loaded('config', config ? config.file : 'none (no factlint.config.json or .factlintrc.json found)');
  const settings = resolveSettings({
    ...(values.claims ? { claims: values.claims } : {}),
    ...(values.format !== undefined ? { format: values.format } : {}),
    ...(values.lang !== undefined ? { lang: values.lang } : {}),
    ...(values.date !== undefined ? { date: values.date } : {}),
    ...(cliMaxWarnings !== undefined ? { maxWarnings: cliMaxWarnings } : {}),
    rules: cliRules,
  }, config, io.cwd);
  const format = getChunkedFormatter(settings.format);
  const ignoring = { cwd: io.cwd, config, ignore: !values['no-ignore'], ignorePatterns: values['ignore-pattern'] ?? [] };

  if (values['print-config'] !== undefined) {
    const resolved = resolvedConfig(values['print-config'], io.cwd, config, settings, rules, ignoredFilter(ignoring));
    io.stdout(`${JSON.stringify(resolved, null, 2)}\n`);
    return 0;
  }

  // Standard input is read before anything is linted, and echoed by --fix even when its path is
  // ignored: a filter (`factlint --stdin --fix < a.md > b.md`) must never swallow the article.
  const stdinText = stdin ? readStdin(io) : undefined;
  const outputFile = values['output-file'] ?? values.output;
  const outputName = values['output-file'] !== undefined ? '--output-file' : '--output';
  const selection: Selection = trace.stage('discovery', () => {
    if (merging) return { inputs: [], ignored: [], changed: undefined };
    if (!stdinText) return selectFiles({ ...ignoring, patterns: positionals, staged: values.staged ?? false, changedSince: values['changed-since'] });
    const input = stdinInput(stdinText, values['stdin-filename'], io.cwd);
    const named = values['stdin-filename'] !== undefined;
    const ignored = named && ignoredFilter(ignoring)(input.path);
    return { inputs: ignored ? [] : [input], ignored: ignored ? [input.path] : [], changed: undefined };
  });
  trace.loaded('files', `${selection.inputs.length} to lint`);

  if (!values['no-warn-ignored']) {
    for (const f of selection.ignored) {
      io.stderr(`factlint: warning: ${printableLine(relativePath(f, io.cwd))} is ignored (by .factlintignore, the config's "exclude" or --ignore-pattern); --no-warn-ignored silences this\n`);
    }
  }

  let baseline: FileSteps['baseline'];
  if (values.baseline !== undefined) {
    const file = path.resolve(io.cwd, values.baseline);
    const update = values['update-baseline'] ?? false;
    if (!update && !baselineExists(file)) throw new FactlintError(`no such baseline: ${values.baseline} (create it with --update-baseline)`);
    const data = update && !baselineExists(file) ? undefined : readBaseline(file, values.baseline);
    baseline = { file, data, byFile: data ? entriesByFile(data) : new Map(), update };
  }
  const steps: FileSteps = {
    reportUnusedDirectives: values['report-unused-disable-directives'] ?? false,
    changed: selection.changed,
    baseline,
    quiet: values.quiet ?? false,
    // --fix on standard input has no file to write: the fixed text is printed instead.
    fix: values.fix ? (stdin ? 'output' : 'write') : values['fix-dry-run'] ? 'dry-run' : undefined,
    writePolicy: { projectRoot: once(() => projectRoot(io.cwd)), followLinks: values['fix-follow-links'] ?? false },
    baselineEntries: [],
    patches: new Map(),
    outputs: new Map(),
    sources: new Map(),
    // ctx.readSource below reads what is not kept.
    sourcesOnDemand: { keep: KEEP_SOURCE_UNITS },
    cwd: io.cwd,
  };

  const lintOptions = {
    cwd: io.cwd,
    ...(settings.claims ? { claims: settings.claims } : {}),
    ...(settings.lang ? { lang: settings.lang } : {}),
    ...(settings.date ? { date: settings.date } : {}),
    severities: settings.severities,
    afterLint: afterLint(steps),
  };
  if (values.partial !== undefined) return writePartial(values.partial, io, run({ ...lintOptions, patterns: positionals, inputs: selection.inputs, ...speed, partial: true, tuneHeap: true, trace }));
  const out = merging ? mergeRun(readPartials(positionals, io.cwd), lintOptions) : run({
    ...lintOptions,
    patterns: positionals,
    inputs: selection.inputs,
    keepClaims: CLAIM_FORMATS.has(settings.format),
    tuneHeap: true,
    spillClaimsFrom: LARGE_RUN_FILES,
    ...speed,
    // A fix is applied only when this run's lint produced it, never read from the cache.
    ...(speed.cache && steps.fix ? { cache: { ...speed.cache, reuse: false } } : {}),
    // Standard input is no file a later run could find unchanged: nothing to cache.
    ...(stdin ? { cache: undefined } : {}),
    trace,
  });
  trace.loaded('language packs', (loadedPacks().join(', ') || 'none') + (speed.concurrency !== undefined ? ' (this thread; worker threads load their own)' : ''));
  const results: LintResult[] = out.results;
  for (const w of out.warnings ?? []) io.stderr(`factlint: warning: ${printableLine(w)}\n`);

  if (baseline?.update) {
    // Entries of files this run did not lint stay as they were.
    const linted = new Set(results.map((r) => relativePath(r.filePath, path.dirname(baseline.file))));
    const kept = (baseline.data?.entries ?? []).filter((e) => !linted.has(e.file));
    writeBaseline(baseline.file, values.baseline!, [...kept, ...steps.baselineEntries]);
    const n = steps.baselineEntries.reduce((k, e) => k + e.count, 0);
    io.stderr(`factlint: recorded ${n} problem${n === 1 ? '' : 's'} in ${printableLine(values.baseline!)}\n`);
  }
  if (steps.patches.size > 0) io.stdout(results.map((r) => steps.patches.get(r.filePath) ?? '').join(''));
  // The fixed article, or the article as it came when nothing was fixed (or its path is ignored).
  const fixedText = stdinText && steps.fix === 'output' ? fixedOutput(stdinText, results[0] && steps.outputs.get(results[0].filePath)) : undefined;
  if (fixedText !== undefined) io.stdout(fixedText);

  trace.stage('report', () => {
    const ctx: ReportContext = {
      cwd: io.cwd,
      // The report goes to standard error beside a fixed text: no colour unless asked, as for a file.
      color: colorWanted(values, io, outputFile !== undefined || fixedText !== undefined),
      rules: steps.reportUnusedDirectives ? [...out.rules, UNUSED_DIRECTIVE_META] : out.rules,
      version: version(),
      // A text not kept is the file as linted, read again; not stored, so that the report holds
      // one file's text at a time (reporters memoize the file at hand).
      readSource(filePath) {
        if (steps.sources.has(filePath)) return steps.sources.get(filePath);
        try {
          return readFileSync(path.resolve(io.cwd, filePath), 'utf8').replace(/^\uFEFF/, '');
        } catch {
          return undefined;
        }
      },
      projectRoot: steps.writePolicy.projectRoot,
    };
    // Written piece by piece (a file's part at a time where the format allows): a large run
    // never holds the whole report.
    const report = format(results, ctx);
    if (outputFile !== undefined) writeReport(report, outputFile, outputName, io.cwd, results, out.facts.files);
    else {
      const write = fixedText !== undefined ? io.stderr : io.stdout;
      let last = '';
      for (const chunk of report) {
        if (chunk === '') continue;
        write(chunk);
        last = chunk;
      }
      if (last !== '' && !last.endsWith('\n')) write('\n');
    }
    // The job summary comes after the report is written: a run that --output refuses adds none.
    const summaryProblem = appendStepSummary(settings.format, results, ctx, io.env);
    if (summaryProblem) io.stderr(`factlint: warning: ${summaryProblem}\n`);
  });

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (settings.maxWarnings >= 0 && warnings > settings.maxWarnings) {
    io.stderr(`factlint found too many warnings (maximum: ${settings.maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

/** Options that choose the input, checked together: standard input, --print-config, paths. */
function checkInputOptions(values: ReturnType<typeof parse>['values'], positionals: string[], stdin: boolean): void {
  if (values['stdin-filename'] !== undefined && !stdin) throw new FactlintError('--stdin-filename goes with --stdin (or "-")');
  if (stdin && (values.staged || values['changed-since'] !== undefined)) {
    throw new FactlintError('--stdin cannot be combined with --staged or --changed-since: standard input has no git history');
  }
  if (values['print-config'] !== undefined && (stdin || positionals.length > 0)) {
    throw new FactlintError('--print-config takes one file name and lints nothing: do not give paths or --stdin with it');
  }
}

/** All of standard input, as bytes (the article's encoding is checked as a file's is). */
function readStdin(io: CliIO): Buffer {
  if (!io.readStdin) throw new FactlintError('standard input cannot be read here');
  try {
    return io.readStdin();
  } catch (err) {
    throw new FactlintError(`cannot read standard input: ${ioReason(err)}`);
  }
}

/**
 * The text --fix prints for standard input: the fixed text, else the input unchanged (BOM kept).
 * Input that is not UTF-8 is never fixed (it is a file error), and is echoed decoded.
 */
function fixedOutput(input: Buffer, fixed: string | undefined): string {
  if (fixed === undefined) return input.toString('utf8');
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  return (bom ? '\uFEFF' : '') + fixed;
}

/**
 * Writes the report to --output-file. `-o report.md *.md` with an older report.md, or a slip of
 * the keyboard: never write a report over an article that was just linted, or over a fact file.
 */
function writeReport(report: Iterable<string>, name: string, option: string, cwd: string, results: LintResult[], factFiles: string[]): void {
  const target = path.resolve(cwd, name);
  const same = sameFileAs(target);
  if (results.some((r) => same(path.resolve(cwd, r.filePath)))) {
    throw new FactlintError(`${option} ${name} is one of the files being linted; the report would overwrite it`);
  }
  if (factFiles.some((f) => same(path.resolve(cwd, f)))) {
    throw new FactlintError(`${option} ${name} is a fact file of this run; the report would overwrite it`);
  }
  let fd: number | undefined;
  try {
    fd = openSync(target, 'w');
    for (const chunk of report) writeSync(fd, chunk);
  } catch (err) {
    throw new FactlintError(`cannot write ${name}: ${ioReason(err)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * A test of whether an absolute path names the file at `target` (through symbolic links too).
 * A target that does not exist yet is no input of the run; the target is resolved once.
 */
function sameFileAs(target: string): (file: string) => boolean {
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return () => false;
  }
  return (file) => {
    if (file === target || file === real) return true;
    try {
      return realpathSync(file) === real;
    } catch {
      return false;
    }
  };
}

/** `factlint merge`: partial files to read, and no option that selects or changes articles. */
function checkMergeOptions(values: ReturnType<typeof parse>['values'], partials: string[]): void {
  if (partials.length === 0) throw new FactlintError('merge needs the partial files of every shard (written by --shard K/N --partial FILE)');
  const refused = (['stdin', 'staged', 'fix', 'fix-dry-run', 'update-baseline', 'print-config', 'partial', 'shard', 'changed-since'] as const).filter((k) => values[k] !== undefined && values[k] !== false);
  if (refused.length) throw new FactlintError(`merge reads the shards' findings: --${refused[0]} belongs to the lint runs`);
}

function readPartials(files: string[], cwd: string): Array<{ name: string; partial: PartialFile }> {
  return files.map((name) => {
    let text: string;
    try {
      text = readFileSync(path.resolve(cwd, name), 'utf8');
    } catch (err) {
      throw new FactlintError(`cannot read ${name}: ${ioReason(err)}`);
    }
    return { name, partial: parsePartial(text, name) };
  });
}

/** --partial FILE: the shard's findings for `factlint merge`, and a line on standard error. */
function writePartial(file: string, io: CliIO, out: RunOutput): number {
  const partial = out.partial!;
  try {
    writeFileSync(path.resolve(io.cwd, file), serializePartial(partial));
  } catch (err) {
    throw new FactlintError(`cannot write ${file}: ${ioReason(err)}`);
  }
  for (const w of out.warnings ?? []) io.stderr(`factlint: warning: ${printableLine(w)}\n`);
  io.stderr(`factlint: shard ${partial.shard.index}/${partial.shard.count}: ${partial.entries.length} of ${partial.files} files, findings written to ${printableLine(file)} for factlint merge\n`);
  return 0;
}
