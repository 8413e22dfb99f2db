// Which settings and fact set lint a document: the answer `factlint <file>` would give when run
// where the user runs it. The config is the nearest factlint.config.json / .factlintrc.json in
// the document's folder or above (the CLI's search, which stops at the repository root and the
// home folder). The project folder, standing for the CLI's current folder, is the config's
// folder, else the workspace folder holding the document, else the document's folder; without
// a "claims" setting the fact set is that folder's ./claims, else the bundled one.
import { statSync } from 'node:fs';
import path from 'node:path';
import { findConfig, loadConfig, type Config } from '../config/load.js';
import { resolveSettings } from '../config/settings.js';
import { defaultClaims, defaultSeverities } from '../engine/run.js';
import type { Severities } from '../engine/severity.js';
import { cacheDir, privateDir } from '../cache-dir.js';
import { loadFactSetCached } from '../facts/compiled-cache.js';
import { FactIndex } from '../facts/index.js';
import { loadRuleMeta } from '../report/rule-meta.js';
import { relativePath } from '../report/paths.js';
import type { RuleMeta } from '../types.js';

export interface Project {
  /** Stands for the CLI's current folder: relative paths in messages and the default ./claims. */
  dir: string;
  config: Config | undefined;
  claims: string[];
  lang: string | undefined;
  date: string | undefined;
  severities: Severities;
  index: FactIndex;
}

/** A loaded fact set and the modification times it was loaded at. */
interface LoadedIndex {
  index: FactIndex;
  stamps: Array<[file: string, mtimeMs: number]>;
}

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * Finds projects and keeps their fact indexes between lints: building an index takes far longer
 * than linting an article, and a keystroke must not pay for it. An index is rebuilt when one of
 * its files changed on disk (checked by modification time at each lint; a fact file added to a
 * folder is seen after a restart, or after any fact file of the set is saved).
 */
export class Projects {
  private readonly indexes = new Map<string, LoadedIndex>();
  private rules: RuleMeta[] | undefined;

  constructor(private readonly workspaceFolders: () => string[]) {}

  ruleMeta(): RuleMeta[] {
    return (this.rules ??= loadRuleMeta());
  }

  /** The project of an article file; throws FactlintError for a broken config or fact set. */
  projectFor(file: string): Project {
    const docDir = path.dirname(file);
    const rules = this.ruleMeta();
    const found = findConfig(docDir);
    const config = found ? loadConfig(found, rules.map((r) => r.id), relativePath(found, docDir)) : undefined;
    const dir = config?.dir ?? this.workspaceOf(file) ?? docDir;
    const settings = resolveSettings({}, config, dir);
    const claims = settings.claims ?? defaultClaims(dir);
    return {
      dir,
      config,
      claims,
      lang: settings.lang,
      date: settings.date,
      severities: { ...defaultSeverities(rules), ...settings.severities },
      index: this.indexFor(claims, dir),
    };
  }

  /** The innermost workspace folder holding `file`, if any. */
  private workspaceOf(file: string): string | undefined {
    return this.workspaceFolders()
      .filter((root) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep))
      .sort((a, b) => b.length - a.length)[0];
  }

  private indexFor(claims: string[], dir: string): FactIndex {
    const key = claims.join('\u0000');
    const had = this.indexes.get(key);
    if (had && had.stamps.every(([f, m]) => mtime(f) === m)) return had.index;
    // Fact messages name files relative to the server's folder, as the CLI's do to its own.
    const cwd = process.cwd();
    const cached = loadFactSetCached(claims, { cwd, dir: privateDir(cacheDir(dir)) });
    const loadedIndex: LoadedIndex = {
      index: cached.index(),
      stamps: cached.files.map((f) => {
        const abs = path.resolve(cwd, f);
        return [abs, mtime(abs)];
      }),
    };
    this.indexes.set(key, loadedIndex);
    return loadedIndex.index;
  }
}
