// Lints an editor's text (saved or not) as the CLI lints a file: the same engine call
// (readAndLint, given the text in place of the file's bytes), then the inline directives
// (<!-- factlint-disable ... -->). Never throws: whatever goes wrong — a broken config or fact
// set, a bug on odd input — becomes one file-error diagnostic saying why, so an editor shows
// the reason and the server keeps serving.
import { applyDirectives } from '../directives/apply.js';
import { parseDirectives } from '../directives/parse.js';
import { lineStarts } from '../document/lines.js';
import { FactlintError } from '../errors.js';
import { fileError, readAndLint } from '../engine/run.js';
import type { ClaimReport, CrossRecord, Diagnostic } from '../types.js';
import type { Project } from './project.js';

export interface TextLint {
  /** Diagnostics of this article alone (cross-article ones are added by the workspace). */
  messages: Diagnostic[];
  claims: ClaimReport[];
  /** Figures for the cross-article check. */
  records: CrossRecord[];
}

export function errorMessage(err: unknown): string {
  if (err instanceof FactlintError) return err.lines.join('; ');
  return `internal error: ${err instanceof Error ? err.message : String(err)}`;
}

/** The one diagnostic of a document that could not be linted. */
export function failed(file: string, reason: string): TextLint {
  return { messages: fileError(file, reason).messages, claims: [], records: [] };
}

/** Lints `text` as the article `file` (an absolute path) of `project` (undefined: it could not be set up, `why`). */
export function lintText(file: string, text: string, project: Project | { error: string }): TextLint {
  if ('error' in project) return failed(file, project.error);
  try {
    const opts = {
      cwd: project.dir,
      patterns: [],
      ...(project.lang ? { lang: project.lang } : {}),
      ...(project.date ? { date: project.date } : {}),
    };
    const { result } = readAndLint(file, file, project.index, opts, project.severities, Buffer.from(text, 'utf8'));
    const messages = result.fatal !== undefined && !result.messages.some((m) => m.ruleId === 'file-error')
      ? fileError(file, result.fatal).messages
      : result.messages;
    return { messages, claims: result.claims ?? [], records: result.records ?? [] };
  } catch (err) {
    return failed(file, errorMessage(err));
  }
}

/** Drops the diagnostics inline directives suppress, as the CLI does after linting. */
export function withDirectives(file: string, text: string, messages: Diagnostic[]): Diagnostic[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const markdown = /\.(md|markdown)$/i.test(file);
  return applyDirectives(messages, parseDirectives(body, markdown), lineStarts(body), false).kept;
}
