// The public types of the Node API (docs/api.md). Results have the shape of the JSON format
// (`factlint --format json`), so a program reads the same objects whether it runs factlint or
// imports it.
import type { ClaimReport, Diagnostic, Entity, Property, Statement, SuppressedMessage } from '../types.js';

/** A rule severity, as in the config file or ESLint's numbers. */
export type RuleLevel = 'off' | 'warn' | 'error' | 0 | 1 | 2;

/** Options shared by lintFiles and lintText. Every one is optional. */
export interface LintOptions {
  /** Folder that relative paths, the config search and .factlintignore start from (default: process.cwd()). */
  cwd?: string;
  /** Fact files or folders (relative to cwd), or a set from loadFactSet(). Default: the config's
   *  "claims", else ./claims when present, else the fact set bundled with factlint. */
  claims?: string | string[] | LoadedFacts;
  /** A config file (relative to cwd), or false to use none. Default: the nearest one, as the CLI finds it. */
  config?: string | false;
  /** Language of articles that state none (en, ru, de, id, ...). */
  lang?: string;
  /** Publication date (YYYY-MM-DD) of articles that state none. */
  date?: string;
  /** Rule severities over the config's, e.g. { 'cross-article': 'off' }. Unknown ids throw. */
  rules?: Record<string, RuleLevel>;
  /** Apply fixes to the text (files are never written): a result whose text changed has `output`. */
  fix?: boolean;
  /** false: .factlintignore, the config's "exclude" and ignorePatterns do not apply (CLI --no-ignore). */
  ignore?: boolean;
  /** More files to leave out, gitignore syntax, relative to cwd (CLI --ignore-pattern). */
  ignorePatterns?: string[];
  /** Warn about disable comments that suppress nothing (CLI --report-unused-disable-directives). */
  reportUnusedDisableDirectives?: boolean;
}

export interface LintTextOptions extends LintOptions {
  /** The path the text stands for: its language by file name, the ignore rules and the reported
   *  path. Default: "<text>" in cwd. A filePath that the ignore rules leave out gives no result. */
  filePath?: string;
}

/** One problem, as in the JSON format: a diagnostic without its internal offsets. */
export type FactlintMessage = Omit<Diagnostic, 'span'> & {
  /** The message standing for a file that could not be linted. */
  fatal?: boolean;
};

/** One file's result, as in the JSON format, plus `output` when `fix` changed its text. */
export interface FactlintResult {
  /** Absolute path. */
  filePath: string;
  messages: FactlintMessage[];
  /** Problems found but switched off, with why (ESLint 9's suppressedMessages). */
  suppressedMessages: Array<Omit<SuppressedMessage, 'span'>>;
  errorCount: number;
  warningCount: number;
  fatalErrorCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Why the file could not be linted (binary, unreadable, broken front matter, ...). */
  fatal?: string;
  /** Every claim found, with its verdict (what the "claims" format reports). */
  claims?: ClaimReport[];
  /** The file's text, when it has errors or warnings (as ESLint gives it). */
  source?: string;
  /** Always empty: factlint has no deprecated rules (ESLint's field). */
  usedDeprecatedRules: Array<{ ruleId: string; replacedBy: string[] }>;
  /** The article's language as read, when known. */
  lang?: string;
  /** The fixed text, when `fix` was on and a fix changed it (the file itself is not written). */
  output?: string;
}

/** A loaded, validated fact set: pass it as `claims` to lint many texts without loading it again. */
export interface LoadedFacts {
  /** The files read, in load order, as absolute paths. */
  readonly files: readonly string[];
  /** sha256 over the files' paths and contents. */
  readonly hash: string;
  readonly entities: readonly Entity[];
  readonly properties: readonly Property[];
  readonly statements: readonly Statement[];
}

export interface FormatOptions {
  /** Paths in the report are relative to this (default: process.cwd()). */
  cwd?: string;
  /** ANSI colours in the stylish format (default: false). */
  color?: boolean;
}
