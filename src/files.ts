// Which files a run lints: paths, folders and globs -> a sorted, de-duplicated list.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { FactlintError } from './errors.js';
import { onDemand } from './on-demand.js';

export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt'];

const GLOB_CHARS = /[*?[\]{}!]/;

/** fast-glob, loaded on first use: a run on named files never pays for it (start-up time). */
const fg = onDemand<typeof import('fast-glob')>('fast-glob');

export interface DiscoverOptions {
  cwd: string;
  extensions?: string[];
  /** Extra glob patterns to leave out (config `exclude`). */
  ignore?: string[];
}

/**
 * Files named by the user. A folder means its article files (by extension), a glob is expanded,
 * a file is taken as named whatever its extension. A path that matches nothing is a usage error.
 * Symbolic links are not followed into folders, so link loops end.
 */
export function discoverFiles(inputs: string[], opts: DiscoverOptions): string[] {
  const exts = opts.extensions ?? DEFAULT_EXTENSIONS;
  const ignore = ['**/node_modules/**', '**/.git/**', ...(opts.ignore ?? [])];
  const found = new Set<string>();
  for (const input of inputs.length ? inputs : ['.']) {
    const abs = path.resolve(opts.cwd, input);
    if (!GLOB_CHARS.test(input)) {
      let st;
      try {
        st = statSync(abs);
      } catch {
        throw new FactlintError(`no such file or folder: ${input}`);
      }
      if (st.isFile()) {
        found.add(abs);
        continue;
      }
      if (!st.isDirectory()) throw new FactlintError(`not a file or folder: ${input}`);
      let inFolder: string[];
      if (!opts.ignore?.length && exts.every((e) => /^[\w-]+$/.test(e))) inFolder = walkFolder(abs, exts);
      else {
        const pattern = `**/*.{${exts.join(',')}}`;
        inFolder = fg().sync(exts.length === 1 ? `**/*.${exts[0]}` : pattern, {
          cwd: abs, absolute: true, ignore, followSymbolicLinks: false, dot: false, suppressErrors: true, onlyFiles: true,
        }).map((f) => path.normalize(f));
      }
      // A folder named on the command line that holds no article is a wrong path more often than
      // not, and a CI job pointed at it would pass forever. The default folder may be empty.
      if (inFolder.length === 0 && inputs.length > 0) {
        throw new FactlintError(`no articles (${exts.map((e) => `.${e}`).join(', ')}) in folder: ${input}`);
      }
      for (const f of inFolder) found.add(f);
      continue;
    }
    const matches = fg().sync(input.replace(/\\/g, '/'), {
      cwd: opts.cwd, absolute: true, ignore, followSymbolicLinks: false, suppressErrors: true, onlyFiles: true,
    });
    if (matches.length === 0) throw new FactlintError(`no files match: ${input}`);
    for (const f of matches) found.add(path.normalize(f));
  }
  return [...found].sort();
}

/**
 * The article files below a folder, as fast-glob lists them for the pattern above with the
 * options above (regular files only, no dot names, no node_modules or .git, symbolic links
 * neither followed nor listed, unreadable folders skipped), without loading it: a plain
 * folder walk is all that is needed, and fast-glob costs start-up time.
 */
export function walkFolder(root: string, exts: readonly string[]): string[] {
  const suffixes = exts.map((e) => `.${e}`);
  const out: string[] = [];
  const visit = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) {
        if (e.name !== 'node_modules') visit(path.join(dir, e.name));
      } else if (e.isFile() && suffixes.some((x) => e.name.endsWith(x))) {
        out.push(path.join(dir, e.name));
      }
    }
  };
  visit(root);
  return out;
}
