// lintFiles() and lintText(): a lint run as the CLI makes it (config file, ignore rules, inline
// directives, fixes), without printing, exiting or writing files. Problems with the input are
// thrown as FactlintError; problems in an article are in its result, as in the JSON format.
import path from 'node:path';
import { ignoredFilter, selectFiles } from '../config/files.js';
import { resolveSettings, type Settings } from '../config/settings.js';
import type { Config } from '../config/load.js';
import { UNUSED_DIRECTIVE_META } from '../directives/apply.js';
import type { FileInput } from '../engine/files-types.js';
import { run } from '../engine/run.js';
import { FactlintError } from '../errors.js';
import { afterLint, plainSteps } from '../lint/after-lint.js';
import { loadConfigFor } from '../lint/config-for.js';
import { ruleOverrides } from '../lint/rule-option.js';
import { loadRuleMeta } from '../report/rule-meta.js';
import { checkOptions, stringList } from './check-options.js';
import { loadedFactSet } from './fact-set-registry.js';
import { publicResults } from './results.js';
import type { FactlintResult, LintOptions, LintTextOptions } from './types.js';

const LINT_OPTIONS = ['cwd', 'claims', 'config', 'lang', 'date', 'rules', 'fix', 'ignore', 'ignorePatterns', 'reportUnusedDisableDirectives'];

/** The path a text without `filePath` is reported under (ESLint's lintText says "<text>"). */
export const TEXT_NAME = '<text>';

interface Session {
  cwd: string;
  config: Config | undefined;
  settings: Settings;
  options: LintOptions;
}

/** Options -> the settings of a run, as the CLI resolves its flags over the config file. */
function session(options: LintOptions): Session {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const ruleIds = loadRuleMeta().map((r) => r.id);
  const rules = ruleOverrides(options.rules, ruleIds);
  const config = loadConfigFor(options.config, cwd, ruleIds);
  const claims = options.claims === undefined || loadedFactSet(options.claims) ? undefined : stringList(options.claims, 'claims');
  const settings = resolveSettings({
    ...(claims ? { claims } : {}),
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    ...(options.date !== undefined ? { date: options.date } : {}),
    rules,
  }, config, cwd);
  return { cwd, config, settings, options };
}

function isIgnored(s: Session): (abs: string) => boolean {
  return ignoredFilter({ cwd: s.cwd, config: s.config, ignore: s.options.ignore !== false, ignorePatterns: s.options.ignorePatterns ?? [] });
}

function lintInputs(s: Session, inputs: FileInput[]): FactlintResult[] {
  const steps = plainSteps(s.cwd, s.options.fix ? 'output' : undefined);
  steps.reportUnusedDirectives = s.options.reportUnusedDisableDirectives ?? false;
  const facts = loadedFactSet(s.options.claims);
  const out = run({
    cwd: s.cwd,
    patterns: [],
    inputs,
    ...(s.settings.claims ? { claims: s.settings.claims } : {}),
    ...(s.settings.lang ? { lang: s.settings.lang } : {}),
    ...(s.settings.date ? { date: s.settings.date } : {}),
    ...(facts ? { facts } : {}),
    severities: s.settings.severities,
    afterLint: afterLint(steps),
  });
  const rules = steps.reportUnusedDirectives ? [...out.rules, UNUSED_DIRECTIVE_META] : out.rules;
  return publicResults(out.results, s.cwd, rules, steps.sources, steps.outputs);
}

/**
 * Lints the files that paths, folders and globs name (relative to `cwd`; none: the config's
 * "include", else the folder), less those the ignore rules leave out, in path order.
 */
export async function lintFiles(patterns: string | string[] = [], options: LintOptions = {}): Promise<FactlintResult[]> {
  checkOptions(options, LINT_OPTIONS, 'lintFiles');
  const list = typeof patterns === 'string' ? [patterns] : patterns;
  if (!Array.isArray(list) || !list.every((p) => typeof p === 'string' && p !== '')) throw new FactlintError('lintFiles: patterns must be a path or glob, or a list of them');
  const s = session(options);
  const selection = selectFiles({ cwd: s.cwd, config: s.config, ignore: options.ignore !== false, ignorePatterns: options.ignorePatterns ?? [], patterns: list, staged: false, changedSince: undefined });
  return lintInputs(s, selection.inputs);
}

/**
 * Lints one article given as text. `filePath` is the path it stands for (language by file name,
 * ignore rules, reported path); a path the ignore rules leave out gives an empty list.
 */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<FactlintResult[]> {
  if (typeof text !== 'string') throw new FactlintError('lintText: text must be a string');
  checkOptions(options, [...LINT_OPTIONS, 'filePath'], 'lintText');
  const s = session(options);
  const file = path.resolve(s.cwd, options.filePath ?? TEXT_NAME);
  if (options.filePath !== undefined && isIgnored(s)(file)) return [];
  return lintInputs(s, [{ path: file, content: Buffer.from(text, 'utf8') }]);
}
