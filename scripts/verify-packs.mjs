// Build step: validates every language pack in rules/lang/ against its schema with the compiled
// validator (dist/), failing the build on a broken pack, and keeps the exact bytes of each schema
// and of each pack it passed in dist/verified-packs.bin, indexed by dist/verified-packs.json, so
// that a run does not load ajv for them: a pack whose bytes (and its schema's) are found there is
// known to be valid (src/language/pack-schema.ts says why bytes, not a hash).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packProblems, packSchemaPath, VERIFIED_BLOB_FILE, VERIFIED_PACKS_FILE } from '../dist/language/pack-schema.js';

const LANG_DIR = 'rules/lang';
const problems = [];
const chunks = [];
let size = 0;
/** Appends bytes to the blob (once per distinct text of a topic) and returns their offset. */
function put(bytes) {
  chunks.push(bytes);
  size += bytes.length;
  return size - bytes.length;
}
const topics = {};
for (const lang of readdirSync(LANG_DIR).sort()) {
  const dir = path.join(LANG_DIR, lang);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const topic = name.slice(0, -'.json'.length);
    const file = path.join(dir, name);
    const bytes = readFileSync(file);
    const found = packProblems(JSON.parse(bytes.toString('utf8')), topic);
    if (found.length > 0) {
      problems.push(...found.map((p) => `  ${file}#${p.pointer}: ${p.message}`));
      continue;
    }
    topics[topic] ??= { schema: [], packs: {}, texts: [] };
    const t = topics[topic];
    if (t.schema.length === 0) {
      const schema = readFileSync(packSchemaPath(topic));
      t.schema = [put(schema), schema.length];
    }
    if (t.texts.some((b) => b.equals(bytes))) continue;
    t.texts.push(bytes);
    (t.packs[bytes.length] ??= []).push(put(bytes));
  }
}
if (problems.length > 0) {
  console.error(['invalid language packs:', ...problems].join('\n'));
  process.exit(1);
}
const index = { format: 2, topics: {} };
for (const topic of Object.keys(topics).sort()) index.topics[topic] = { schema: topics[topic].schema, packs: topics[topic].packs };
writeFileSync(VERIFIED_BLOB_FILE, Buffer.concat(chunks));
writeFileSync(VERIFIED_PACKS_FILE, `${JSON.stringify(index, null, 1)}\n`);
