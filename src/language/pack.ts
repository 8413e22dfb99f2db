// Lazy, cached access to per-language rule data: rules/lang/<lang>/<topic>.json.
// The rules folder ships next to dist/ (package.json "files"), so it is found relative to
// this module: src/language/ under vitest and dist/language/ after build are both two levels
// below the package root.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FactlintError } from '../errors.js';
import { isVerified, packProblems } from './pack-schema.js';

const RULES_ROOT = new URL('../../rules/', import.meta.url);

// Codes and topics become path segments: keep them to plain names so no input can escape rules/.
const LANG_RE = /^[a-z]{2,3}$/;
const TOPIC_RE = /^[a-z][a-z0-9-]*$/;

const cache = new Map<string, unknown>();

function packPath(lang: string, topic: string): string {
  return fileURLToPath(new URL(`lang/${lang}/${topic}.json`, RULES_ROOT));
}

/**
 * The parsed JSON of rules/lang/<lang>/<topic>.json, read and validated once and cached;
 * undefined when the language has no such file (or the code is not a plain language code).
 * Callers must treat the returned object as read-only: it is shared.
 */
export function loadPack<T>(lang: string, topic: string): T | undefined {
  const code = lang.toLowerCase();
  if (!LANG_RE.test(code) || !TOPIC_RE.test(topic)) return undefined;
  const key = `${code}/${topic}`;
  if (cache.has(key)) return cache.get(key) as T | undefined;
  const file = packPath(code, topic);
  const value = existsSync(file) ? readPack(file, topic) : undefined;
  cache.set(key, value);
  return value as T | undefined;
}

/** The pack files this thread has read so far (rules/lang/<lang>/<topic>.json), sorted: for --debug. */
export function loadedPacks(): string[] {
  return [...cache.entries()].filter(([, v]) => v !== undefined).map(([key]) => packPath(...(key.split('/') as [string, string]))).sort();
}

/**
 * Reads one pack file and checks it against its topic's schema (rules/schema/<topic>.schema.json,
 * or `schemaDir`). A malformed or invalid pack is a packaging bug the user cannot work around:
 * a FactlintError (exit 2) naming the file, the JSON pointer of each problem and what is wrong.
 */
export function readPack(file: string, topic: string, schemaDir?: string): unknown {
  let bytes: Buffer;
  let value: unknown;
  try {
    bytes = readFileSync(file);
    value = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw new FactlintError(`cannot read ${file}: ${(err as Error).message}`);
  }
  // A pack the build validated, unchanged, is not validated again (see pack-schema.ts).
  if (schemaDir === undefined && isVerified(topic, bytes)) return value;
  const problems = packProblems(value, topic, schemaDir);
  if (problems.length === 0) return value;
  const lines = problems.slice(0, 20).map((p) => `  ${file}#${p.pointer}: ${p.message}`);
  if (problems.length > 20) lines.push(`  ... and ${problems.length - 20} more`);
  throw new FactlintError([`invalid language pack ${file}:`, ...lines]);
}

/** Language codes (sorted) that have rules/lang/<lang>/<topic>.json. */
export function availableLangs(topic: string): string[] {
  if (!TOPIC_RE.test(topic)) return [];
  let dirs: string[];
  try {
    dirs = readdirSync(new URL('lang/', RULES_ROOT));
  } catch {
    return [];
  }
  return dirs.filter((d) => LANG_RE.test(d) && existsSync(packPath(d, topic))).sort();
}

/**
 * A per-language builder run once per language code (lower-cased): the result, undefined too,
 * is kept for the life of the process. The language modules build their rules this way.
 */
export function perLanguage<T>(build: (code: string) => T): (lang: string) => T {
  const built = new Map<string, T>();
  return (lang) => {
    const code = lang.toLowerCase();
    if (built.has(code)) return built.get(code)!;
    const value = build(code);
    built.set(code, value);
    return value;
  };
}
