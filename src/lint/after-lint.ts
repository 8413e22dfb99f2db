// What happens to one file's findings after linting, in order: inline directives, changed lines
// (--changed-since), the baseline, --quiet, then fixes. Shared by the command line and the Node
// API, so that both report the same problems for the same text.
import path from 'node:path';
import { baselineSuppressed, entriesFor, suppressKnown, type Baseline, type BaselineEntry } from '../baseline/baseline.js';
import { applyDirectives } from '../directives/apply.js';
import { parseDirectives } from '../directives/parse.js';
import { summarise, type LintedSource } from '../engine/run.js';
import { applyFixes } from '../fix/apply.js';
import { fixPatch } from '../fix/patch.js';
import { encodeDocument } from '../fix/write.js';
import { writeFixedArticle, type WritePolicy } from '../fix/write-article.js';
import { touches, type LineRanges } from '../git/diff-hunks.js';
import { relativePath } from '../report/paths.js';
import type { Diagnostic, LintResult, SuppressedMessage } from '../types.js';

/**
 * How fixes are applied: written to the file (--fix), shown as a patch (--fix-dry-run), or kept
 * as the fixed text for the caller to hand out (--fix on standard input, the API's `fix`).
 */
export type FixMode = 'write' | 'dry-run' | 'output';

export interface FileSteps {
  reportUnusedDirectives: boolean;
  changed: Map<string, LineRanges | 'all'> | undefined;
  baseline: { file: string; data: Baseline | undefined; byFile: Map<string, BaselineEntry[]>; update: boolean } | undefined;
  quiet: boolean;
  fix: FixMode | undefined;
  /** Where and how --fix may write. */
  writePolicy: WritePolicy;
  /** Collected along the way. */
  baselineEntries: BaselineEntry[];
  /** --fix-dry-run patches by file, printed in the order of the results. */
  patches: Map<string, string>;
  /** Fixed texts by file (fix mode 'output'), only for files a fix changed. */
  outputs: Map<string, string>;
  sources: Map<string, string | undefined>;
  /**
   * The report reads a file that is not in `sources` from disk (the command line): a text that is
   * the file as it is on disk is then not kept, which on a large run was most of its memory.
   * Except within `sourcesOnDemand.keep`, the UTF-16 units of such texts still kept (used up as
   * they are): reading them again was a tenth of a run of 2,000 unchanged articles from --cache.
   */
  sourcesOnDemand?: { keep: number };
  cwd: string;
}

/** Steps that only filter by directives (no baseline, no changed lines, no fixes): the API's default. */
export function plainSteps(cwd: string, fix: FixMode | undefined = undefined): FileSteps {
  return {
    reportUnusedDirectives: false,
    changed: undefined,
    baseline: undefined,
    quiet: false,
    fix,
    // Only 'write' consults the policy; the API never writes.
    writePolicy: { projectRoot: () => cwd, followLinks: false },
    baselineEntries: [],
    patches: new Map(),
    outputs: new Map(),
    sources: new Map(),
    cwd,
  };
}

export function afterLint(steps: FileSteps) {
  return (result: LintResult, source: LintedSource | undefined): LintResult => {
    let messages = result.messages;
    // What directives and the baseline switched off, for ESLint's suppressedMessages (-f json).
    let suppressed: SuppressedMessage[] = [];
    const text = source?.text;
    if (source) {
      const markdown = /\.(md|markdown)$/i.test(result.filePath);
      const { kept, unused, suppressedMessages } = applyDirectives(messages, parseDirectives(source.text, markdown), source.lineStarts, steps.reportUnusedDirectives);
      messages = unused.length ? [...kept, ...unused].sort(byPosition) : kept;
      suppressed = suppressedMessages;
    }
    const ranges = steps.changed?.get(result.filePath);
    if (ranges && ranges !== 'all') {
      messages = messages.filter((m) => m.ruleId === 'file-error' || touches(ranges, m.line, m.endLine));
    }
    if (steps.baseline) {
      const rel = relativePath(result.filePath, path.dirname(steps.baseline.file));
      const name = relativePath(steps.baseline.file, steps.cwd);
      let dropped: Diagnostic[];
      if (steps.baseline.update) {
        steps.baselineEntries.push(...entriesFor(rel, messages, text));
        [dropped, messages] = [messages, []];
      } else {
        ({ kept: messages, dropped } = suppressKnown(rel, messages, text, steps.baseline.byFile.get(rel) ?? []));
      }
      if (dropped.length > 0) suppressed = [...suppressed, ...dropped.map((m) => baselineSuppressed(m, name))].sort(byPosition);
    }
    if (steps.quiet) {
      messages = messages.filter((m) => m.severity === 2);
      suppressed = suppressed.filter((m) => m.severity === 2);
    }
    let shown = text;
    if (steps.fix && source && !result.fatal) {
      const outcome = applyFixes(source.text, messages);
      if (outcome.fixed.length > 0) {
        if (steps.fix === 'write') {
          const refused = writeFixedArticle({
            file: result.filePath,
            original: encodeDocument(source.text, source.bom),
            data: encodeDocument(outcome.output, source.bom),
          }, steps.writePolicy);
          if (refused === undefined) {
            messages = outcome.remaining;
            shown = outcome.output;
          } else {
            // Reported for this file; its problems stay as linted, the run goes on.
            const notFixed: Diagnostic = { ruleId: 'file-error', severity: 2, message: `not fixed: ${refused}`, line: 1, column: 1, endLine: 1, endColumn: 1 };
            messages = [notFixed, ...messages].sort(byPosition);
          }
        } else if (steps.fix === 'output') {
          // The remaining problems are placed in the fixed text, as after --fix on a file.
          steps.outputs.set(result.filePath, outcome.output);
          messages = outcome.remaining;
          shown = outcome.output;
        } else {
          const bom = source.bom ? '\uFEFF' : '';
          steps.patches.set(result.filePath, fixPatch(relativePath(result.filePath, steps.cwd), bom + source.text, bom + outcome.output));
          // The file is unchanged, so the remaining problems keep their places in it.
          const fixed = new Set(outcome.fixed);
          messages = messages.filter((m) => !fixed.has(m));
        }
      }
    }
    // Code frames are drawn from the text that was linted (the staged blob, the fixed file).
    if (messages.length > 0 && !(steps.sourcesOnDemand && source?.onDisk && shown === text && !keptWithin(steps.sourcesOnDemand, source.text))) steps.sources.set(result.filePath, shown);
    if (messages === result.messages && suppressed.length === 0) return result;
    const out = summarise(result.filePath, messages, result.fatal);
    if (suppressed.length > 0) out.suppressedMessages = suppressed;
    if (result.claims) out.claims = result.claims;
    if (result.spilledClaims) out.spilledClaims = result.spilledClaims;
    if (result.lang !== undefined) out.lang = result.lang;
    return out;
  };
}

/** Whether a text fits what is left of the budget (taken from it when it does). */
function keptWithin(budget: { keep: number }, text: string): boolean {
  if (text.length > budget.keep) return false;
  budget.keep -= text.length;
  return true;
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
