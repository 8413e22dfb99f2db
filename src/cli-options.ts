// Command-line option parsing shared by factlint and its `facts` subcommands: node:util's
// parseArgs, with its errors as a FactlintError that points at the command's --help.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { FactlintError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O }>>;

/** Parses `argv` (positionals allowed, unknown options refused); `command` names the --help to suggest. */
export function parseOptions<O extends Options>(argv: string[], options: O, command: string): Parsed<O> {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options });
  } catch (err) {
    // parseArgs messages name the option ("Unknown option '--x'"); drop its advice about "--".
    const msg = (err as Error).message.split('. To specify')[0]!.replace(/\.$/, '');
    throw new FactlintError([msg, `Run ${command} --help for the options.`]);
  }
}

/** A report format of a `facts` subcommand: text (default) or json. */
export function textOrJson(format: string | undefined): 'text' | 'json' {
  const f = format ?? 'text';
  if (f !== 'text' && f !== 'json') throw new FactlintError(`--format must be text or json, got "${f}"`);
  return f;
}
