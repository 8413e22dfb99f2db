// The Node API: `import { lintText, lintFiles, loadFactSet, formatResults } from 'factlint'`.
// See docs/api.md.
export { lintFiles, lintText } from './lint.js';
export { loadFactSet } from './fact-set.js';
export { formatNames, formatResults } from './format.js';
export { FactlintError, FactSetError } from '../errors.js';
export type { FactlintMessage, FactlintResult, LoadedFacts, FormatOptions, LintOptions, LintTextOptions, RuleLevel } from './types.js';
