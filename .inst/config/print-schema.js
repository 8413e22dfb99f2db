// Prints the config schema as JSON: `node dist/config/print-schema.js > factlint.schema.json`.
import { configSchema } from './schema.js';
process.stdout.write(`${JSON.stringify(configSchema(), null, 2)}\n`);
