// The command line's options as parseArgs definitions, in a module of their own: the bin's small
// loader reads them too (bin/run-mode.ts), to tell a run over a few named articles from a large
// one before the bundle loads, and must parse the arguments exactly as main() will.

/** parseArgs definitions of the speed options (engine/speed-options.ts checks their values). */
export const SPEED_OPTIONS = {
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  concurrency: { type: 'string' },
  shard: { type: 'string' },
} as const;

/** The options of a lint run (`factlint [OPTIONS] [FILES...]`, and `factlint merge`). */
export const LINT_OPTIONS = {
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
  'output-file': { type: 'string' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'print-config': { type: 'string' },
  rule: { type: 'string', multiple: true },
  'no-ignore': { type: 'boolean' },
  'ignore-pattern': { type: 'string', multiple: true },
  debug: { type: 'boolean' },
  partial: { type: 'string' },
  date: { type: 'string' },
  lang: { type: 'string' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  ...SPEED_OPTIONS,
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
