// The key of a --cache run: factlint's code and rules data, the fact set and the options that
// change what a file yields. An entry made under another key is never used.
import { createHash } from '../hash.js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MARKER } from './cache-format.js';

let codeHash: string | undefined;

/**
 * Hash of factlint's own code and rules data: any change to them invalidates every entry. The
 * code is what runs: the bundle's files when this is the bundle (dist/bundle/*.cjs, which holds
 * its own copy of every module), else the compiled modules in dist/. Hashing every module of
 * dist/ for the bundle cost each --cache run about 10 ms, and left out the bundle itself.
 */
export function codeFingerprint(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha256').update(MARKER);
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const self = fileURLToPath(import.meta.url);
  const walk = (dir: string, keep: (name: string) => boolean) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const abs = path.join(dir, name);
      let st;
      try {
        st = statSync(abs);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(abs, keep);
      else if (keep(name)) h.update(`\u0000${path.relative(root, abs)}\u0000`).update(readFileSync(abs));
    }
  };
  if (self.endsWith('.cjs')) walk(path.dirname(self), (n) => /\.c?js$/.test(n));
  else walk(path.dirname(path.dirname(self)), (n) => /\.(js|ts)$/.test(n) && !n.endsWith('.d.ts'));
  walk(path.join(root, 'rules'), (n) => n.endsWith('.json'));
  try {
    h.update(readFileSync(path.join(root, 'package.json')));
  } catch {
    // not in a package
  }
  return (codeHash = h.digest('hex'));
}

/** Key of a run: code, fact set and the options that change a file's own result. */
export function runKey(parts: { factsHash: string; lang?: string; date?: string; severities: Record<string, unknown> }): string {
  const severities = Object.keys(parts.severities).sort().map((k) => [k, parts.severities[k]]);
  return createHash('sha256')
    .update(JSON.stringify([codeFingerprint(), parts.factsHash, parts.lang ?? null, parts.date ?? null, severities]))
    .digest('hex');
}
