// factlint's version, from its package.json: for --version, reports and the Node API.
import { readFileSync } from 'node:fs';

let known: string | undefined;

export function version(): string {
  if (known) return known;
  // dist/main.js and the bundle (dist/bundle/cli.cjs) sit at different depths: look upward.
  let dir = new URL('./', import.meta.url);
  for (let i = 0; i < 4; i++, dir = new URL('../', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version: string };
      if (pkg.name === 'factlint') return (known = pkg.version);
    } catch {
      // not here: one folder up
    }
  }
  return (known = '0.0.0');
}
