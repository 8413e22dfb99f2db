// The textlint + prh peer baseline of the bench: a prh.yml of name and office rules generated
// from the default fact set (claims/), and the textlint configuration that uses it.
// prh replaces wrong spellings by right ones, word lists a newsroom keeps by hand; here each
// rule turns two made-up misspellings of a real name or office (two inner letters swapped,
// one letter doubled) into the name, so that textlint does work of the size a real
// spelling list asks for. Deterministic: the same rules on every machine.
//   node scripts/bench/prh.mjs OUT_DIR   writes OUT_DIR/prh.yml and OUT_DIR/.textlintrc.json
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLAIMS_DIR } from './generate.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** textlint's bin, or undefined when textlint (a devDependency) is not installed. */
export function textlintBin() {
  try {
    const require = createRequire(path.join(ROOT, 'package.json'));
    const pkgFile = require.resolve('textlint/package.json');
    require.resolve('textlint-rule-prh');
    const bin = JSON.parse(readFileSync(pkgFile, 'utf8')).bin;
    return path.join(path.dirname(pkgFile), typeof bin === 'string' ? bin : bin.textlint);
  } catch {
    return undefined;
  }
}

/** Two misspellings of a word that are not the word: an inner swap and a doubled letter. */
function misspell(name) {
  const chars = [...name];
  const out = new Set();
  // Swap the two letters at the middle of the longest word.
  const words = name.split(' ');
  const longest = words.reduce((a, b) => ([...b].length > [...a].length ? b : a), '');
  const at = name.indexOf(longest);
  const w = [...longest];
  if (w.length >= 5) {
    const k = Math.floor(w.length / 2);
    if (w[k] !== w[k - 1]) {
      [w[k - 1], w[k]] = [w[k], w[k - 1]];
      out.add(name.slice(0, at) + w.join('') + name.slice(at + longest.length));
    }
  }
  // Double the third letter from the end.
  if (chars.length >= 5) {
    const k = chars.length - 3;
    if (/\p{L}/u.test(chars[k])) out.add([...chars.slice(0, k + 1), chars[k], ...chars.slice(k + 1)].join(''));
  }
  out.delete(name);
  return [...out];
}

const yamlString = (s) => JSON.stringify(s); // JSON strings are YAML strings

/** prh rules from the people, countries, places, organisations and offices of the default fact set. */
export function prhRules(max = 400) {
  const entities = [];
  for (const f of readdirSync(CLAIMS_DIR).filter((n) => n.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(path.join(CLAIMS_DIR, f), 'utf8'));
    for (const e of data.entities ?? []) entities.push(e);
  }
  const known = new Set(entities.flatMap((e) => Object.values(e.names ?? {}).flat()));
  const seen = new Set();
  const byLang = ['en', 'ru', 'de', 'id', 'fr', 'es', 'ky'].map((lang) => {
    const list = [];
    for (const e of entities) {
      for (const name of e.names?.[lang] ?? []) {
        // Letters and spaces only: prh escapes '-' and '.' as \- and \., which its /u regexes refuse.
        if ([...name].length < 5 || !/^[\p{L} ]+$/u.test(name) || seen.has(name)) continue;
        const patterns = misspell(name).filter((p) => !known.has(p));
        if (patterns.length === 0) continue;
        seen.add(name);
        list.push({ expected: name, patterns });
      }
    }
    return list;
  });
  // Round-robin over the languages, so that a cut at `max` keeps rules for every language.
  const rules = [];
  for (let i = 0; rules.length < max && byLang.some((l) => i < l.length); i++) {
    for (const l of byLang) if (i < l.length && rules.length < max) rules.push(l[i]);
  }
  return rules;
}

/** Writes prh.yml and .textlintrc.json (prh only) into `dir`; returns the config's path. */
export function writeTextlintConfig(dir, max = 400) {
  const rules = prhRules(max);
  const yml = ['version: 1', 'rules:', ...rules.flatMap((r) => [`  - expected: ${yamlString(r.expected)}`, '    patterns:', ...r.patterns.map((p) => `      - ${yamlString(p)}`)])];
  writeFileSync(path.join(dir, 'prh.yml'), `${yml.join('\n')}\n`);
  const config = path.join(dir, '.textlintrc.json');
  writeFileSync(config, `${JSON.stringify({ rules: { prh: { rulePaths: [path.join(dir, 'prh.yml')] } } }, null, 2)}\n`);
  return { config, rules: rules.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? '.';
  const { config, rules } = writeTextlintConfig(out);
  console.log(`${rules} rules; ${config}`);
}
