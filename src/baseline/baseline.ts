// Baselines: known findings recorded once and suppressed from then on, so a team can adopt
// factlint on an archive and see only new problems. A finding is matched by file, rule and the
// text of its claim (whitespace-normalised), counted per occurrence - never by line, so editing
// above a finding keeps it suppressed and editing the claim itself brings it back.
import { createHash } from '../hash.js';
import type { Diagnostic, SuppressedMessage } from '../types.js';
import { normaliseClaim } from '../report/fingerprint.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  /** Path relative to the baseline file's folder, forward slashes. */
  file: string;
  ruleId: string;
  /** sha256 of the normalised claim text, 16 hex digits. */
  fingerprint: string;
  /** The claim as it read, for people reviewing the baseline (not used for matching). */
  claim: string;
  /** How many findings with this file, rule and claim are known. */
  count: number;
}

export interface Baseline {
  version: number;
  entries: BaselineEntry[];
}

/** The text a diagnostic is about: its span in the document, else its message (file errors). */
export function claimText(m: Diagnostic, text: string | undefined): string {
  if (m.span && text !== undefined) return normaliseClaim(text.slice(m.span.start, m.span.end));
  return normaliseClaim(m.message);
}

export function fingerprintOf(claim: string): string {
  return createHash('sha256').update(claim).digest('hex').slice(0, 16);
}

const keyOf = (file: string, ruleId: string, fingerprint: string) => `${file}\u0000${ruleId}\u0000${fingerprint}`;

/** Baseline entries for one file's diagnostics (text = its document text). */
export function entriesFor(file: string, messages: Diagnostic[], text: string | undefined): BaselineEntry[] {
  const byKey = new Map<string, BaselineEntry>();
  for (const m of messages) {
    const claim = claimText(m, text);
    const fingerprint = fingerprintOf(claim);
    const key = keyOf(file, m.ruleId, fingerprint);
    const e = byKey.get(key);
    if (e) e.count++;
    else byKey.set(key, { file, ruleId: m.ruleId, fingerprint, claim, count: 1 });
  }
  return [...byKey.values()];
}

/** Entries by file, so each linted file looks up only its own. */
export function entriesByFile(baseline: Baseline): Map<string, BaselineEntry[]> {
  const out = new Map<string, BaselineEntry[]>();
  for (const e of baseline.entries) {
    const list = out.get(e.file);
    if (list) list.push(e);
    else out.set(e.file, [e]);
  }
  return out;
}

/** A diagnostic the baseline suppressed, as ESLint marks one its suppressions file suppressed. */
export function baselineSuppressed(m: Diagnostic, baselineName: string): SuppressedMessage {
  return { ...m, suppressions: [{ kind: 'file', justification: `recorded in the baseline ${baselineName}` }] };
}

/**
 * Drops the diagnostics the baseline knows: per file, rule and claim, up to the recorded count,
 * earliest in the file first. `known` are the baseline's entries for this file.
 */
export function suppressKnown(file: string, messages: Diagnostic[], text: string | undefined, known: readonly BaselineEntry[]): { kept: Diagnostic[]; suppressed: number; dropped: Diagnostic[] } {
  if (known.length === 0) return { kept: messages, suppressed: 0, dropped: [] };
  const budget = new Map<string, number>();
  for (const e of known) budget.set(keyOf(file, e.ruleId, e.fingerprint), (budget.get(keyOf(file, e.ruleId, e.fingerprint)) ?? 0) + e.count);
  const kept: Diagnostic[] = [];
  const dropped: Diagnostic[] = [];
  for (const m of messages) {
    const key = keyOf(file, m.ruleId, fingerprintOf(claimText(m, text)));
    const left = budget.get(key) ?? 0;
    if (left > 0) {
      budget.set(key, left - 1);
      dropped.push(m);
    } else kept.push(m);
  }
  return { kept, suppressed: dropped.length, dropped };
}

/** Sorted, so the file is the same for the same findings whatever the order of linting. */
export function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...entries].sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
}

export function serialiseBaseline(entries: BaselineEntry[]): string {
  const baseline = { version: BASELINE_VERSION, tool: 'factlint', entries: sortEntries(entries).map((e) => ({
    file: e.file, ruleId: e.ruleId, fingerprint: e.fingerprint, count: e.count, claim: e.claim,
  })) };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

