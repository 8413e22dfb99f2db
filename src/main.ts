// Command line: parse options, run, report, exit 0 (clean), 1 (errors found or too many
// warnings) or 2 (usage, config or fact-set error). Never a stack trace for a user's mistake.
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { baselineSuppressed, entriesByFile, entriesFor, suppressKnown, type Baseline, type BaselineEntry } from './baseline/baseline.js';
import { baselineExists, readBaseline, writeBaseline } from './baseline/file.js';
import { findConfig, loadConfig, type Config } from './config/load.js';
import { selectFiles } from './config/files.js';
import { resolveSettings } from './config/settings.js';
import { applyDirectives, UNUSED_DIRECTIVE_META } from './directives/apply.js';
import { parseDirectives } from './directives/parse.js';
import { run, summarise, type LintedSource } from './engine/run.js';
import { SPEED_HELP, SPEED_OPTIONS, speedOptions } from './engine/speed-options.js';
import { FactlintError, ioReason } from './errors.js';
import { isValidDate } from './facts/time.js';
import { factsCommand } from './commands/facts.js';
import type { CliIO } from './cli-io.js';
import { parseOptions } from './cli-options.js';
import { applyFixes } from './fix/apply.js';
import { fixPatch } from './fix/patch.js';
import { projectRoot } from './fix/project-root.js';
import { encodeDocument } from './fix/write.js';
import { writeFixedArticle, type WritePolicy } from './fix/write-article.js';
import { touches, type LineRanges } from './git/diff-hunks.js';
import { formatNames, getFormatter, loadRuleMeta, type ReportContext } from './report/index.js';
import { appendStepSummary } from './report/step-summary-file.js';
import { relativePath } from './report/paths.js';
import { printableLine } from './report/text-width.js';
import type { Diagnostic, LintResult, SuppressedMessage } from './types.js';

const HELP = `Usage: factlint [options] [paths or globs...]

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
  -o, --output FILE        write the report to FILE instead of standard output
  --date YYYY-MM-DD        publication date for articles that state none
  --lang CODE              language for articles that state none (en, ru, de, id, ...)
  --max-warnings N         exit 1 when there are more than N warnings
  --quiet                  report errors only
  --color, --no-color      force colours on or off (default: on for a terminal; NO_COLOR honoured)
  -h, --help               show this help
  -v, --version            show the version

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
  --no-warn-ignored        do not warn when a file named on the command line is ignored

${SPEED_HELP}

The fact set:
  factlint facts check [PATHS]        validate and audit a fact set (factlint facts check --help)
  factlint facts import-wikidata FILE turn a Wikidata export into statements to review

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings),
2 usage, configuration or fact-set error.`;

export type { CliIO } from './cli-io.js';

function version(): string {
  // dist/main.js and the bundle (dist/bundle/cli.cjs) sit at different depths: look upward.
  let dir = new URL('./', import.meta.url);
  for (let i = 0; i < 4; i++, dir = new URL('../', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'factlint') return pkg.version;
    } catch {
      // not here: one folder up
    }
  }
  return '0.0.0';
}

function parse(argv: string[]) {
  return parseOptions(argv, {
    claims: { type: 'string', multiple: true },
    config: { type: 'string', short: 'c' },
    'changed-since': { type: 'string' },
    staged: { type: 'boolean' },
    fix: { type: 'boolean' },
    'fix-follow-links': { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    'no-warn-ignored': { type: 'boolean' },
    'report-unused-disable-directives': { type: 'boolean' },
    baseline: { type: 'string' },
    'update-baseline': { type: 'boolean' },
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    date: { type: 'string' },
    lang: { type: 'string' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean' },
    ...SPEED_OPTIONS,
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  }, 'factlint');
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
  if (values['max-warnings'] === undefined) return undefined;
  if (!/^\d+$/.test(values['max-warnings'])) throw new FactlintError(`--max-warnings must be a whole number, got "${values['max-warnings']}"`);
  return Number(values['max-warnings']);
}

function loadConfigFor(values: { config?: string }, cwd: string, ruleIds: string[]): Config | undefined {
  if (values.config !== undefined) {
    const file = path.resolve(cwd, values.config);
    if (!existsSync(file)) throw new FactlintError(`no such config file: ${values.config}`);
    return loadConfig(file, ruleIds, values.config);
  }
  const found = findConfig(cwd);
  return found ? loadConfig(found, ruleIds, relativePath(found, cwd)) : undefined;
}

/** What happens to one file's findings after linting, in order. */
interface FileSteps {
  reportUnusedDirectives: boolean;
  changed: Map<string, LineRanges | 'all'> | undefined;
  baseline: { file: string; data: Baseline | undefined; byFile: Map<string, BaselineEntry[]>; update: boolean } | undefined;
  quiet: boolean;
  fix: 'write' | 'dry-run' | undefined;
  /** Where and how --fix may write. */
  writePolicy: WritePolicy;
  /** Collected along the way. */
  baselineEntries: BaselineEntry[];
  /** --fix-dry-run patches by file, printed in the order of the results. */
  patches: Map<string, string>;
  sources: Map<string, string | undefined>;
  cwd: string;
}

function afterLint(steps: FileSteps) {
  return (result: LintResult, source: LintedSource | undefined): LintResult => {
    let messages = result.messages;
    // What directives and the baseline switched off, for ESLint's suppressedMessages (-f json).
    let suppressed: SuppressedMessage[] = [];
    const text = source?.text;
    if (source) {
      const markdown = /\.(md|markdown)$/i.test(result.filePath);
      const { kept, unused, suppressedMessages } = applyDirectives(messages, parseDirectives(source.text, markdown), source.lineStarts, steps.reportUnusedDirectives);
      messages = unused.length ? [...kept, ...unused].sort(byPosition) : kept;
      suppressed = suppressedMessages;
    }
    const ranges = steps.changed?.get(result.filePath);
    if (ranges && ranges !== 'all') {
      messages = messages.filter((m) => m.ruleId === 'file-error' || touches(ranges, m.line, m.endLine));
    }
    if (steps.baseline) {
      const rel = relativePath(result.filePath, path.dirname(steps.baseline.file));
      const name = relativePath(steps.baseline.file, steps.cwd);
      let dropped: Diagnostic[];
      if (steps.baseline.update) {
        steps.baselineEntries.push(...entriesFor(rel, messages, text));
        [dropped, messages] = [messages, []];
      } else {
        ({ kept: messages, dropped } = suppressKnown(rel, messages, text, steps.baseline.byFile.get(rel) ?? []));
      }
      if (dropped.length > 0) suppressed = [...suppressed, ...dropped.map((m) => baselineSuppressed(m, name))].sort(byPosition);
    }
    if (steps.quiet) {
      messages = messages.filter((m) => m.severity === 2);
      suppressed = suppressed.filter((m) => m.severity === 2);
    }
    let shown = text;
    if (steps.fix && source && !result.fatal) {
      const outcome = applyFixes(source.text, messages);
      if (outcome.fixed.length > 0) {
        if (steps.fix === 'write') {
          const refused = writeFixedArticle({
            file: result.filePath,
            original: encodeDocument(source.text, source.bom),
            data: encodeDocument(outcome.output, source.bom),
          }, steps.writePolicy);
          if (refused === undefined) {
            messages = outcome.remaining;
            shown = outcome.output;
          } else {
            // Reported for this file; its problems stay as linted, the run goes on.
            const notFixed: Diagnostic = { ruleId: 'file-error', severity: 2, message: `not fixed: ${refused}`, line: 1, column: 1, endLine: 1, endColumn: 1 };
            messages = [notFixed, ...messages].sort(byPosition);
          }
        } else {
          const bom = source.bom ? '\uFEFF' : '';
          steps.patches.set(result.filePath, fixPatch(relativePath(result.filePath, steps.cwd), bom + source.text, bom + outcome.output));
          // The file is unchanged, so the remaining problems keep their places in it.
          const fixed = new Set(outcome.fixed);
          messages = messages.filter((m) => !fixed.has(m));
        }
      }
    }
    // Code frames are drawn from the text that was linted (the staged blob, the fixed file).
    if (messages.length > 0) steps.sources.set(result.filePath, shown);
    if (messages === result.messages && suppressed.length === 0) return result;
    const out = summarise(result.filePath, messages, result.fatal);
    if (suppressed.length > 0) out.suppressedMessages = suppressed;
    if (result.claims) out.claims = result.claims;
    return out;
  };
}

/** `f`, computed on the first call only. */
function once<T>(f: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: f() }).v;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

export function main(argv: string[], io: CliIO): number {
  // Subcommands for the fact set; a folder named "facts" is linted as ./facts.
  if (argv[0] === 'facts') return factsCommand(argv.slice(1), io);
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (values.version) {
    io.stdout(version() + '\n');
    return 0;
  }
  const cliMaxWarnings = checkOptions(values);
  const speed = speedOptions(values);
  const rules = loadRuleMeta();
  const config = loadConfigFor(values, io.cwd, rules.map((r) => r.id));
  const settings = resolveSettings({
    ...(values.claims ? { claims: values.claims } : {}),
    ...(values.format !== undefined ? { format: values.format } : {}),
    ...(values.lang !== undefined ? { lang: values.lang } : {}),
    ...(values.date !== undefined ? { date: values.date } : {}),
    ...(cliMaxWarnings !== undefined ? { maxWarnings: cliMaxWarnings } : {}),
  }, config, io.cwd);
  const format = getFormatter(settings.format);

  const selection = selectFiles({
    cwd: io.cwd,
    patterns: positionals,
    config,
    staged: values.staged ?? false,
    changedSince: values['changed-since'],
  });

  if (!values['no-warn-ignored']) {
    for (const f of selection.ignored) {
      io.stderr(`factlint: warning: ${printableLine(relativePath(f, io.cwd))} is ignored (by .factlintignore or the config's "exclude"); --no-warn-ignored silences this\n`);
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
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined,
    writePolicy: { projectRoot: once(() => projectRoot(io.cwd)), followLinks: values['fix-follow-links'] ?? false },
    baselineEntries: [],
    patches: new Map(),
    sources: new Map(),
    cwd: io.cwd,
  };

  const out = run({
    cwd: io.cwd,
    patterns: positionals,
    inputs: selection.inputs,
    ...(settings.claims ? { claims: settings.claims } : {}),
    ...(settings.lang ? { lang: settings.lang } : {}),
    ...(settings.date ? { date: settings.date } : {}),
    severities: settings.severities,
    afterLint: afterLint(steps),
    ...speed,
    // A fix is applied only when this run's lint produced it, never read from the cache.
    ...(speed.cache && steps.fix ? { cache: { ...speed.cache, reuse: false } } : {}),
  });
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

  const ctx: ReportContext = {
    cwd: io.cwd,
    color: colorWanted(values, io, values.output !== undefined),
    rules: steps.reportUnusedDirectives ? [...out.rules, UNUSED_DIRECTIVE_META] : out.rules,
    version: version(),
    readSource(filePath) {
      if (!steps.sources.has(filePath)) {
        try {
          steps.sources.set(filePath, readFileSync(path.resolve(io.cwd, filePath), 'utf8').replace(/^\uFEFF/, ''));
        } catch {
          steps.sources.set(filePath, undefined);
        }
      }
      return steps.sources.get(filePath);
    },
    projectRoot: steps.writePolicy.projectRoot,
  };
  const report = format(results, ctx);
  if (values.output !== undefined) {
    const target = path.resolve(io.cwd, values.output);
    // `-o report.md *.md` with an older report.md, or a slip of the keyboard: never write a
    // report over an article that was just linted, or over a fact file.
    const same = sameFileAs(target);
    if (results.some((r) => same(path.resolve(io.cwd, r.filePath)))) {
      throw new FactlintError(`--output ${values.output} is one of the files being linted; the report would overwrite it`);
    }
    if (out.facts.files.some((f) => same(path.resolve(io.cwd, f)))) {
      throw new FactlintError(`--output ${values.output} is a fact file of this run; the report would overwrite it`);
    }
    try {
      writeFileSync(target, report);
    } catch (err) {
      throw new FactlintError(`cannot write ${values.output}: ${ioReason(err)}`);
    }
  } else if (report) io.stdout(report.endsWith('\n') ? report : report + '\n');
  // The job summary goes with a report that was written, not with a run refused above.
  const summaryProblem = appendStepSummary(settings.format, results, ctx, io.env);
  if (summaryProblem) io.stderr(`factlint: warning: ${summaryProblem}\n`);

  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return 1;
  if (settings.maxWarnings >= 0 && warnings > settings.maxWarnings) {
    io.stderr(`factlint found too many warnings (maximum: ${settings.maxWarnings}).\n`);
    return 1;
  }
  return 0;
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
