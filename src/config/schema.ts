// The JSON Schema of factlint.config.json / .factlintrc.json. Kept as code so it ships inside
// dist/; factlint.schema.json at the repository root is the same object for editors (a test
// keeps the two equal: regenerate with `node dist/config/print-schema.js > factlint.schema.json`).
import { formatNames } from '../report/index.js';

export const CONFIG_SCHEMA_ID = 'https://raw.githubusercontent.com/factlint/factlint/main/factlint.schema.json';

export function configSchema(): Record<string, unknown> {
  const level = { enum: ['off', 'warn', 'error'] };
  const paths = {
    type: 'array',
    items: { type: 'string', minLength: 1 },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: CONFIG_SCHEMA_ID,
    title: 'factlint configuration',
    description: 'factlint.config.json or .factlintrc.json; found in the current folder or the nearest folder above it. Command-line options override it.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'URL or path of this schema, for editors.' },
      rules: {
        description: 'Rule settings by rule id: "off", "warn", "error", or [level, options].',
        type: 'object',
        additionalProperties: { $ref: '#/$defs/ruleSetting' },
      },
      claims: {
        description: 'Fact files or folders, relative to this file. Default: ./claims when present, else the fact set bundled with factlint.',
        anyOf: [{ type: 'string', minLength: 1 }, { ...paths, minItems: 1 }],
      },
      include: { ...paths, description: 'Globs of articles to lint when no paths are given on the command line, relative to this file.' },
      exclude: { ...paths, description: 'Files to leave out, in .gitignore syntax, relative to this file.' },
      lang: { type: 'string', pattern: '^[a-z]{2,3}$', description: 'Language of articles that state none (en, ru, de, id, ...).' },
      date: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'Publication date (YYYY-MM-DD) of articles that state none.' },
      format: { enum: [...formatNames], description: 'Report format.' },
      maxWarnings: { type: 'integer', minimum: 0, description: 'Exit 1 when there are more warnings than this.' },
    },
    $defs: {
      level,
      ruleSetting: {
        description: '"off", "warn", "error", or a list [level, options]',
        anyOf: [
          { $ref: '#/$defs/level' },
          // No rule takes options yet: an options object must be empty, so a misspelt or invented option is an error, not silence.
          { type: 'array', prefixItems: [{ $ref: '#/$defs/level' }, { type: 'object', properties: {}, additionalProperties: false, description: 'Rule options; no rule takes any yet.' }], minItems: 1, items: false },
        ],
      },
    },
  };
}
