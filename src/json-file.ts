// Reading a JSON file the user gave (the config, a baseline): anything wrong with it is a usage
// error (exit 2) that names the file, and for broken JSON the line and column.
import { readFileSync } from 'node:fs';
import { FactlintError, ioReason } from './errors.js';
import { parseJson } from './json.js';
import { encodingProblem } from './text/utf8.js';

/** The parsed contents of `file`; `what` ("config", "baseline") and `display` name it in messages. */
export function readJsonFile(file: string, what: string, display: string): unknown {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new FactlintError(`cannot read ${what} ${display}: ${ioReason(err)}`);
  }
  const encoding = encodingProblem(bytes);
  if (encoding) throw new FactlintError(`${what} ${display}: ${encoding.message}`);
  const parsed = parseJson(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  if (!parsed.ok) {
    const { line, column, reason } = parsed.error;
    throw new FactlintError(`${what} ${display} is not valid JSON: line ${line}, column ${column}: ${reason}`);
  }
  return parsed.value;
}
