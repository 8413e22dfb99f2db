// The reporters by name, for --format.
import { FactlintError } from '../errors.js';
import { checkstyle } from './checkstyle.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { rdjson } from './rdjson.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
export { loadRuleMeta } from './rule-meta.js';
export const DEFAULT_FORMAT = 'stylish';
export const formatters = {
    stylish,
    compact,
    json,
    sarif,
    github,
    junit,
    checkstyle,
    rdjson,
};
export const formatNames = Object.keys(formatters);
export function getFormatter(name) {
    const formatter = Object.hasOwn(formatters, name) ? formatters[name] : undefined;
    if (!formatter)
        throw new FactlintError(`unknown format "${name}"; valid formats: ${formatNames.join(', ')}`);
    return formatter;
}
