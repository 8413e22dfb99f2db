// Cross-article checking in the editor. The check compares an article's figures with those of
// the other articles of the run, so the server lints each workspace folder's articles once at
// start (the files `factlint` run in that folder would lint: the config's include/exclude and
// .factlintignore apply) and keeps only their small cross-article records, never their texts.
// An open document's records are replaced at each lint of its unsaved text. Records are only
// compared within one project folder (one CLI run). Articles changed on disk outside the editor
// after the scan are not re-read until the server restarts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { findConfig, loadConfig } from '../config/load.js';
import { selectFiles } from '../config/files.js';
import { severityNumber } from '../engine/severity.js';
import { relativePath } from '../report/paths.js';
import { crossCheck } from '../rules/cross-article.js';
import type { CrossRecord, Diagnostic } from '../types.js';
import type { Project, Projects } from './project.js';
import { lintText } from './lint-text.js';

/** A workspace bigger than this is not scanned past it: the editor must stay responsive. */
export const MAX_SCANNED_FILES = 5000;

export class Workspace {
  private readonly records = new Map<string, { dir: string; records: CrossRecord[] }>();

  /** Records the figures of `file` (absolute) as its project `dir` sees them. */
  setRecords(file: string, dir: string, records: CrossRecord[]): void {
    if (records.length) this.records.set(file, { dir, records });
    else this.records.delete(file);
  }

  /** The cross-article diagnostics of `file`, whose current records were just set. */
  crossDiagnostics(file: string, project: Project): Diagnostic[] {
    const level = severityNumber(project.severities['cross-article']);
    if (level === 0 || !this.records.has(file)) return [];
    const all: CrossRecord[] = [];
    for (const { dir, records } of this.records.values()) if (dir === project.dir) all.push(...records);
    return crossCheck(all, level, (f) => relativePath(f, project.dir)).get(file) ?? [];
  }

  /** Sets the records of `file` from its text on disk; an unreadable file takes no part. */
  readFromDisk(file: string, projects: Projects): void {
    try {
      const project = projects.projectFor(path.resolve(file));
      const { records } = lintText(file, readFileSync(file, 'utf8'), project);
      this.setRecords(file, project.dir, records);
    } catch {
      // Gone, unreadable, or a broken config: the article takes no part, as in a CLI run.
      this.records.delete(file);
    }
  }

  /**
   * Lints the articles of `roots` one by one, yielding to the event loop between files so
   * requests keep being answered; `skip` says which files are open (their text is the editor's).
   * Returns the number of files read; problems are reported through `log`, never thrown.
   */
  async scan(roots: string[], projects: Projects, skip: (file: string) => boolean, log: (message: string) => void): Promise<number> {
    let n = 0;
    for (const root of roots) {
      let files: string[];
      try {
        const found = findConfig(root);
        const config = found ? loadConfig(found, projects.ruleMeta().map((r) => r.id), found) : undefined;
        files = selectFiles({ cwd: root, patterns: [], config, staged: false, changedSince: undefined }).inputs.map((f) => f.path);
      } catch (err) {
        log(`factlint: not scanning ${root} for cross-article checks: ${(err as Error).message}`);
        continue;
      }
      for (const file of files) {
        if (n >= MAX_SCANNED_FILES) {
          log(`factlint: scanned the first ${MAX_SCANNED_FILES} articles only; cross-article checks do not see the rest`);
          return n;
        }
        await new Promise<void>((resolve) => setImmediate(resolve));
        // Checked after yielding: a document opened meanwhile is the editor's to lint.
        if (skip(file)) continue;
        n++;
        this.readFromDisk(file, projects);
      }
    }
    return n;
  }
}
