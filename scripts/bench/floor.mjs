// The pipeline floor: what every factlint run does before it extracts anything. It reads each
// file, parses its front matter, splits the body into sentences and the sentences into words,
// with factlint's own modules (dist/), and nothing more: no names, numbers, dates or checks.
// The bench times it beside the scan baseline, to show how much of the corpus budget the
// steps that no design can skip already take.
//   node scripts/bench/floor.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dist = new URL('../../dist/', import.meta.url);
const { parseDocument } = await import(new URL('document/parse.js', dist).href);
const { sentences } = await import(new URL('text/sentences.js', dist).href);
const { tokenize } = await import(new URL('extract/tokens.js', dist).href);

const dir = process.argv[2];
let words = 0;
for (const name of readdirSync(dir).sort()) {
  const file = path.join(dir, name);
  const doc = parseDocument(file, readFileSync(file));
  for (const s of sentences(doc.text, { start: doc.bodyStart, end: doc.text.length }, doc.lang)) words += tokenize(doc.text, s).length;
}
console.log(words);
