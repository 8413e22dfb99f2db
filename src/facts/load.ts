// Loads a fact set (format v1) from files and folders: parse, validate (schema, then the
// semantic checks), merge, and give every statement a stable id and origin.
import { createHash } from '../hash.js';
import { readFileSync } from 'node:fs';
import { FactlintError, FactSetError, ioReason } from '../errors.js';
import type { Entity, FactSet, IndexedStatement, Property, Statement, StatementOrigin } from '../types.js';
import { listFactFiles } from './files.js';
import { parseJsonChecked } from '../json.js';
import { encodingProblem } from '../text/utf8.js';
import { sortProblems, type FactProblem } from './problem.js';
import { validateFactFile } from './schema.js';
import { canonicalUnit, PLACE_TYPE_ALIASES } from './kinds.js';
import { checkFactSemantics, type ParsedFactFile } from './semantic.js';

export interface LoadedFactSet {
  /** All files merged, in load order. */
  facts: FactSet;
  /** The statements with ids ("offices.json#/statements/3") and origins: the same objects as facts.statements. */
  statements: IndexedStatement[];
  /** Display paths of the files read, in load order. */
  files: string[];
  /** sha256 over the files' paths and contents, for caches. */
  hash: string;
  /** Where each entity is defined (for `factlint facts check`); absent in a set rebuilt from a cache. */
  entityOrigins?: Map<string, StatementOrigin>;
}

export interface LoadOptions {
  /** Resolve relative paths and shorten display paths against this folder (default: process.cwd()). */
  cwd?: string;
}

// Bump when loading changes what a cache built on `hash` may hold.
const LOADER_VERSION = 'factset-v1/4';

interface ReadFile extends ParsedFactFile {
  name: string;
}

/**
 * Loads and validates a fact set. Each path is a fact file or a folder of them (all `*.json`
 * below it, sorted, skipping `*.schema.json` and folders named `schema`); their entries are merged.
 * Throws FactlintError for a missing path, FactSetError listing every problem found otherwise.
 */
export function loadFactSet(paths: string[], options: LoadOptions = {}): LoadedFactSet {
  const files = listFactFiles(paths, options.cwd);
  const hash = createHash('sha256').update(LOADER_VERSION);
  const problems: FactProblem[] = [];
  const parsed: ReadFile[] = [];
  let allParsed = true;

  for (const f of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(f.absolute);
    } catch (err) {
      throw new FactlintError(`cannot read fact file ${f.display}: ${ioReason(err)}`);
    }
    // Decoded with replacement characters, a Latin-1 file would load with U+FFFD for its letters.
    const encoding = encodingProblem(bytes);
    if (encoding) {
      problems.push({ file: f.display, pointer: '', message: encoding.message });
      allParsed = false;
      continue;
    }
    let text = bytes.toString('utf8');
    // The bytes are valid UTF-8 (checked above), so they are the text's UTF-8: hashed as they are
    // rather than encoded again (45 MB for a 100,000-entity file).
    hash.update(`\u0000${f.display}\u0000${text.length}\u0000`).update(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const result = parseJsonChecked(text);
    if (!result.ok) {
      const { line, column, reason } = result.error;
      problems.push({ file: f.display, pointer: '', message: `invalid JSON at line ${line}, column ${column}: ${reason}` });
      allParsed = false;
      continue;
    }
    for (const d of result.duplicates) {
      problems.push({ file: f.display, pointer: d.pointer, message: `duplicate key "${d.key}" (line ${d.line}, column ${d.column}): JSON keeps only the last value` });
    }
    problems.push(...validateFactFile(result.value, f.display));
    parsed.push({ file: f.display, name: f.name, data: result.value });
  }

  // A schema error and a semantic check may describe the same field: keep the schema's message.
  const reported = new Set(problems.map((p) => `${p.file}#${p.pointer}`));
  for (const p of checkFactSemantics(parsed, { checkReferences: allParsed })) {
    if (!reported.has(`${p.file}#${p.pointer}`)) problems.push(p);
  }
  const order = files.map((f) => f.display);
  if (problems.length > 0) throw new FactSetError(sortProblems(problems, order));

  return { ...merge(parsed), files: order, hash: hash.digest('hex') };
}

function section<T>(data: unknown, key: string): T[] {
  const v = (data as Record<string, unknown>)[key];
  return Array.isArray(v) ? (v as T[]) : [];
}

function merge(parsed: readonly ReadFile[]): { facts: FactSet; statements: IndexedStatement[]; entityOrigins: Map<string, StatementOrigin> } {
  const facts: FactSet = { entities: [], properties: [], statements: [] };
  const statements: IndexedStatement[] = [];
  const entityOrigins = new Map<string, StatementOrigin>();
  for (const { file, name, data } of parsed) {
    section<Entity>(data, 'entities').forEach((e, i) => {
      const kind = PLACE_TYPE_ALIASES.get(e.type);
      if (kind) e.type = kind;
      facts.entities.push(e);
      entityOrigins.set(e.id, { file, pointer: `/entities/${i}` });
    });
    for (const p of section<Property>(data, 'properties')) {
      if (typeof p.unit === 'string') p.unit = canonicalUnit(p.unit);
      facts.properties.push(p);
    }
    section<Statement>(data, 'statements').forEach((s, i) => {
      const pointer = `/statements/${i}`;
      // The parsed objects are ours alone: tag them instead of copying (a large set has 10^5 statements).
      const indexed = s as IndexedStatement;
      if (typeof indexed.unit === 'string') indexed.unit = canonicalUnit(indexed.unit);
      if (typeof indexed.id !== 'string') indexed.id = `${name}#${pointer}`;
      indexed.origin = { file, pointer };
      statements.push(indexed);
    });
  }
  facts.statements = statements;
  return { facts, statements, entityOrigins };
}
