// Which config file a run uses: the one named (--config / the API's `config`), none (`false`),
// or the nearest one found from the run's folder (see findConfig).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { findConfig, loadConfig, type Config } from '../config/load.js';
import { FactlintError } from '../errors.js';
import { relativePath } from '../report/paths.js';

/** `config`: a file name (relative to cwd), false for no config at all, undefined to look for one. */
export function loadConfigFor(config: string | false | undefined, cwd: string, ruleIds: string[]): Config | undefined {
  if (config === false) return undefined;
  if (config !== undefined) {
    const file = path.resolve(cwd, config);
    if (!existsSync(file)) throw new FactlintError(`no such config file: ${config}`);
    return loadConfig(file, ruleIds, config);
  }
  const found = findConfig(cwd);
  return found ? loadConfig(found, ruleIds, relativePath(found, cwd)) : undefined;
}
