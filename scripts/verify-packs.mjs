// Build step: validates every language pack in rules/lang/ against its schema with the compiled
// validator (dist/), failing the build on a broken pack, and lists the packs it passed in
// dist/verified-packs.json so that a run does not load ajv for them (src/language/pack-schema.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packProblems, packSchemaPath, verifiedKey, VERIFIED_PACKS_FILE } from '../dist/language/pack-schema.js';

const LANG_DIR = 'rules/lang';
const keys = [];
const problems = [];
for (const lang of readdirSync(LANG_DIR).sort()) {
  const dir = path.join(LANG_DIR, lang);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const topic = name.slice(0, -'.json'.length);
    const file = path.join(dir, name);
    const text = readFileSync(file, 'utf8');
    const found = packProblems(JSON.parse(text), topic);
    if (found.length > 0) problems.push(...found.map((p) => `  ${file}#${p.pointer}: ${p.message}`));
    else keys.push(verifiedKey(topic, readFileSync(packSchemaPath(topic), 'utf8'), text));
  }
}
if (problems.length > 0) {
  console.error(['invalid language packs:', ...problems].join('\n'));
  process.exit(1);
}
writeFileSync(VERIFIED_PACKS_FILE, `${JSON.stringify(keys.sort(), null, 1)}\n`);
