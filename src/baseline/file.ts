// Reading and writing the baseline file; malformed files are usage errors (exit 2) naming the entry.
import { existsSync } from 'node:fs';
import { FactlintError, ioReason } from '../errors.js';
import { writeAtomic } from '../fix/write.js';
import { readJsonFile } from '../json-file.js';
import { BASELINE_VERSION, serialiseBaseline, type Baseline, type BaselineEntry } from './baseline.js';

export function readBaseline(file: string, display: string): Baseline {
  const data = readJsonFile(file, 'baseline', display);
  const d = data as { version?: unknown; entries?: unknown } | null;
  if (typeof d !== 'object' || d === null || !Array.isArray(d.entries)) throw new FactlintError(`baseline ${display}: expected an object with an "entries" list`);
  if (d.version !== BASELINE_VERSION) throw new FactlintError(`baseline ${display}: unsupported version ${JSON.stringify(d.version)} (expected ${BASELINE_VERSION})`);
  const entries = d.entries.map((e, i): BaselineEntry => {
    const x = e as Partial<BaselineEntry> | null;
    if (!x || typeof x.file !== 'string' || typeof x.ruleId !== 'string' || typeof x.fingerprint !== 'string'
      || typeof x.count !== 'number' || !Number.isInteger(x.count) || x.count < 1) {
      throw new FactlintError(`baseline ${display}#/entries/${i}: expected file, ruleId, fingerprint and a positive whole count`);
    }
    return { file: x.file, ruleId: x.ruleId, fingerprint: x.fingerprint, count: x.count, claim: typeof x.claim === 'string' ? x.claim : '' };
  });
  return { version: BASELINE_VERSION, entries };
}

export function baselineExists(file: string): boolean {
  return existsSync(file);
}

export function writeBaseline(file: string, display: string, entries: BaselineEntry[]): void {
  try {
    writeAtomic(file, serialiseBaseline(entries));
  } catch (err) {
    throw new FactlintError(`cannot write baseline ${display}: ${ioReason(err)}`);
  }
}
