// Which files a run lints: the paths given (or the config's `include`), less .factlintignore and
// the config's `exclude`; with --staged, the staged files instead; with --changed-since, only
// files that changed.
import { statSync } from 'node:fs';
import path from 'node:path';
import { FactlintError } from '../errors.js';
import type { FileInput } from '../engine/run.js';
import { discoverFiles, DEFAULT_EXTENSIONS } from '../files.js';
import { changedSince, stagedFiles, type ChangedLines } from '../git/changes.js';
import { ignoreMatcher, loadIgnoreFile } from '../ignore-file.js';
import type { Config } from './load.js';

export interface SelectOptions {
  cwd: string;
  patterns: string[];
  config: Config | undefined;
  staged: boolean;
  changedSince: string | undefined;
  /** false (--no-ignore): neither .factlintignore, nor the config's "exclude", nor ignorePatterns apply. */
  ignore?: boolean;
  /** --ignore-pattern: more files to leave out, gitignore syntax, relative to cwd. */
  ignorePatterns?: string[];
}

export interface Selection {
  inputs: FileInput[];
  /** Files named on the command line (not through a folder or glob) that ignore rules left out. */
  ignored: string[];
  /** Lines that count per file, with --changed-since. */
  changed: ChangedLines | undefined;
}

const GLOB_CHARS = /[*?[\]{}!]/;

/** With --staged, paths given on the command line narrow the staged files: a file, a folder, or a glob. */
function underAny(patterns: string[], cwd: string): (abs: string) => boolean {
  if (patterns.length === 0) return () => true;
  const plain = patterns.filter((p) => !GLOB_CHARS.test(p)).map((p) => path.resolve(cwd, p));
  const globbed = new Set(patterns.some((p) => GLOB_CHARS.test(p))
    ? discoverFiles(patterns.filter((p) => GLOB_CHARS.test(p)), { cwd })
    : []);
  return (abs) => globbed.has(abs) || plain.some((p) => abs === p || abs.startsWith(p.endsWith(path.sep) ? p : p + path.sep));
}

/**
 * Whether a file is left out: by .factlintignore in cwd, the config's "exclude" or
 * --ignore-pattern; nothing is with --no-ignore (ESLint's reading: it turns off every ignore
 * source, --ignore-pattern included).
 */
export function ignoredFilter(opts: Pick<SelectOptions, 'cwd' | 'config' | 'ignore' | 'ignorePatterns'>): (abs: string) => boolean {
  if (opts.ignore === false) return () => false;
  const { cwd, config } = opts;
  const ignoredByFile = loadIgnoreFile(cwd);
  const excluded = config?.exclude ? ignoreMatcher(config.exclude, config.dir) : () => false;
  const byOption = opts.ignorePatterns?.length ? ignoreMatcher(opts.ignorePatterns, cwd) : () => false;
  return (abs) => ignoredByFile(abs) || excluded(abs) || byOption(abs);
}

export function selectFiles(opts: SelectOptions): Selection {
  const { cwd, config } = opts;
  const ignored = ignoredFilter(opts);
  const keep = (abs: string) => !ignored(abs);

  let inputs: FileInput[];
  if (opts.staged) {
    const wanted = underAny(opts.patterns, cwd);
    inputs = stagedFiles(cwd, DEFAULT_EXTENSIONS.map((e) => `.${e}`)).filter((f) => wanted(f.path));
  } else if (opts.patterns.length === 0 && config?.include && config.include.length > 0) {
    inputs = discoverFiles(config.include, { cwd: config.dir }).map((p) => ({ path: p }));
  } else {
    inputs = discoverFiles(opts.patterns, { cwd }).map((p) => ({ path: p }));
  }
  const before = inputs.length;
  inputs = inputs.filter((f) => keep(f.path));
  // A file named outright and then ignored is said so (the caller warns): a run that checks nothing
  // must not look like a clean one. A folder or glob whose every file is ignored is an error, as an
  // empty folder is.
  const named = new Set(opts.staged ? [] : opts.patterns.filter((p) => !GLOB_CHARS.test(p)).map((p) => path.resolve(cwd, p)));
  const kept = new Set(inputs.map((f) => f.path));
  const namedIgnored = [...named].filter((f) => !kept.has(f) && isFile(f)).sort();
  if (!opts.staged && before > 0 && inputs.length === 0 && namedIgnored.length === 0 && (opts.patterns.length > 0 || config?.include?.length)) {
    const what = opts.patterns.length ? opts.patterns.join(' ') : 'the config\'s "include"';
    throw new FactlintError(`all files matched by ${what} are ignored (by .factlintignore, the config's "exclude" or --ignore-pattern; --no-ignore lints them)`);
  }

  let changed: ChangedLines | undefined;
  if (opts.changedSince !== undefined) {
    changed = changedSince(cwd, opts.changedSince, { staged: opts.staged });
    inputs = inputs.filter((f) => changed!.has(f.path));
  }
  return { inputs, ignored: namedIgnored, changed };
}

function isFile(abs: string): boolean {
  try {
    return statSync(abs).isFile();
  } catch {
    return false;
  }
}
