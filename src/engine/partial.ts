// One shard's findings for `factlint merge` (--shard K/N --partial FILE): each file's result as
// the shard saw it, with the small records the cross-article check compares, the file's place in
// the whole run's order, and whether its per-file step (directives, changed lines, baseline)
// still waits for the cross-article findings. A merge of all N partials gives the report of the
// whole archive, cross-article checks included.
import { FactlintError } from '../errors.js';
import type { LintResult } from '../types.js';
import type { Shard } from './shard.js';

export const PARTIAL_KIND = 'factlint-partial';
export const PARTIAL_VERSION = 1;

export interface PartialEntry {
  /** Place of the file in the whole run's file order. */
  order: number;
  /** The per-file step runs at the merge, once cross-article findings are known. */
  deferred: boolean;
  result: LintResult;
}

export interface PartialFile {
  kind: typeof PARTIAL_KIND;
  version: typeof PARTIAL_VERSION;
  /** Code, fact set, language, date and severities of the run: partials of different runs do not merge. */
  key: string;
  shard: Shard;
  /** Files in the whole run, over all shards. */
  files: number;
  entries: PartialEntry[];
}

export function serializePartial(p: PartialFile): string {
  return `${JSON.stringify(p)}\n`;
}

/** Parses and checks one partial; `name` is for messages. */
export function parsePartial(text: string, name: string): PartialFile {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new FactlintError(`${name}: not a factlint partial (not JSON)`);
  }
  const p = v as Partial<PartialFile>;
  if (!p || typeof p !== 'object' || p.kind !== PARTIAL_KIND) throw new FactlintError(`${name}: not a factlint partial (written by --partial)`);
  if (p.version !== PARTIAL_VERSION) throw new FactlintError(`${name}: a partial of format version ${String(p.version)}; this factlint reads version ${PARTIAL_VERSION}`);
  const shardOk = p.shard && Number.isInteger(p.shard.index) && Number.isInteger(p.shard.count) && p.shard.index >= 1 && p.shard.index <= p.shard.count;
  if (typeof p.key !== 'string' || !shardOk || !Number.isInteger(p.files) || !Array.isArray(p.entries)) throw new FactlintError(`${name}: a damaged factlint partial`);
  for (const e of p.entries) {
    if (!e || !Number.isInteger(e.order) || typeof e.deferred !== 'boolean' || !e.result || typeof e.result.filePath !== 'string' || !Array.isArray(e.result.messages)) {
      throw new FactlintError(`${name}: a damaged factlint partial`);
    }
  }
  return p as PartialFile;
}

/**
 * Checks that the partials are the N shards of one run, each once, and returns their entries in
 * the whole run's order. A missing or repeated shard, or partials of different runs (another
 * fact set, factlint version, date, language or rule settings), are usage errors: a merge that
 * silently left out part of an archive would pass what it never checked.
 */
export function combinePartials(parts: Array<{ name: string; partial: PartialFile }>): PartialEntry[] {
  if (parts.length === 0) throw new FactlintError('merge needs the partial files of every shard');
  const [first] = parts;
  const count = first!.partial.shard.count;
  const seen = new Map<number, string>();
  for (const { name, partial } of parts) {
    if (partial.key !== first!.partial.key) throw new FactlintError(`${name} and ${first!.name} come from different runs (factlint version, fact set, --lang, --date or rule settings differ)`);
    if (partial.shard.count !== count) throw new FactlintError(`${name} is shard ${partial.shard.index}/${partial.shard.count}, ${first!.name} is of ${count} shards`);
    if (partial.files !== first!.partial.files) throw new FactlintError(`${name} and ${first!.name} saw different file lists (${partial.files} and ${first!.partial.files} files)`);
    const again = seen.get(partial.shard.index);
    if (again) throw new FactlintError(`shard ${partial.shard.index}/${count} is given twice: ${again} and ${name}`);
    seen.set(partial.shard.index, name);
  }
  const missing = [];
  for (let k = 1; k <= count; k++) if (!seen.has(k)) missing.push(`${k}/${count}`);
  if (missing.length) throw new FactlintError(`merge is missing shard${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  return parts.flatMap((p) => p.partial.entries).sort((a, b) => a.order - b.order);
}
