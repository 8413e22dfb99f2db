// Rule metadata from rules/rules.json (data, not code), with each rule's documentation URL.
// Resolved relative to this module so it works from src/report (tests) and dist/report (package).
import { readFileSync } from 'node:fs';
import { FactlintError } from '../errors.js';
import { ruleDocUrl } from './project.js';
const RULES_FILE = new URL('../../rules/rules.json', import.meta.url);
const CATEGORIES = ['office', 'metric', 'share', 'date', 'place', 'cross', 'file'];
const SEVERITIES = ['off', 'warn', 'error'];
function isString(v) {
    return typeof v === 'string' && v !== '';
}
/** Checks one entry of rules.json; throws naming the entry when it is malformed. */
export function parseRuleEntry(entry, index) {
    const where = `rules/rules.json#/rules/${index}`;
    if (typeof entry !== 'object' || entry === null)
        throw new FactlintError(`${where}: expected an object`);
    const e = entry;
    if (!isString(e.id))
        throw new FactlintError(`${where}: "id" must be a non-empty string`);
    if (!CATEGORIES.includes(e.category))
        throw new FactlintError(`${where} (${e.id}): unknown category ${JSON.stringify(e.category)}`);
    if (!SEVERITIES.includes(e.defaultSeverity)) {
        throw new FactlintError(`${where} (${e.id}): "defaultSeverity" must be one of ${SEVERITIES.join(', ')}`);
    }
    if (!isString(e.description))
        throw new FactlintError(`${where} (${e.id}): "description" must be a non-empty string`);
    return {
        id: e.id,
        category: e.category,
        description: e.description,
        help: isString(e.help) ? e.help : e.description,
        defaultSeverity: e.defaultSeverity,
        url: ruleDocUrl(e.id),
    };
}
export function parseRuleMeta(json) {
    const rules = json?.rules;
    if (!Array.isArray(rules))
        throw new FactlintError('rules/rules.json: expected an object with a "rules" array');
    return rules.map(parseRuleEntry);
}
export function loadRuleMeta() {
    let text;
    try {
        text = readFileSync(RULES_FILE, 'utf8');
    }
    catch (err) {
        throw new FactlintError(`cannot read rule metadata ${RULES_FILE.pathname}: ${err.message}`);
    }
    try {
        return parseRuleMeta(JSON.parse(text));
    }
    catch (err) {
        if (err instanceof FactlintError)
            throw err;
        throw new FactlintError(`rules/rules.json is not valid JSON: ${err.message}`);
    }
}
