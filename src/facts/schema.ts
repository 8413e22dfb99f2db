// JSON Schema validation of one fact file, with ajv's errors turned into short messages.
// ajv is required on first use only (and compiled once), so importing this module is cheap.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { FactProblem } from './problem.js';
import { pointerToken } from '../json.js';
import { label, show, TYPE_WORDS } from '../schema-words.js';

/** The published schema of one fact file (claims/schema/factset.schema.json, shipped with the package). */
export const FACTSET_SCHEMA_PATH = fileURLToPath(new URL('../../claims/schema/factset.schema.json', import.meta.url));

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  const require = createRequire(import.meta.url);
  const Ajv2020 = (require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')).default;
  const schema = JSON.parse(readFileSync(FACTSET_SCHEMA_PATH, 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true });
  compiled = ajv.compile(schema);
  return compiled;
}

/** Validates the parsed content of one fact file; returns its problems (empty when valid). */
export function validateFactFile(data: unknown, file: string): FactProblem[] {
  const validate = validator();
  if (validate(data)) return [];
  // A key of its own at the top of a file ("notes": [...], "version": "2") is the writer's
  // metadata and is read past; one that holds entries (an array of objects) is a misspelled
  // section ("statments"), an error, since its facts would be lost without a word.
  const errors = (validate.errors ?? []).filter((e) => !(e.keyword === 'additionalProperties' && e.instancePath === ''
    && !holdsEntries((data as Record<string, unknown>)[String((e.params as Record<string, unknown>).additionalProperty)])));
  return errors.length ? formatSchemaErrors(errors, file) : [];
}

/** An array of objects, or an empty one: what a section holds. Notes are strings or an object. */
function holdsEntries(v: unknown): boolean {
  return Array.isArray(v) && (v.length === 0 || v.some((x) => x !== null && typeof x === 'object' && !Array.isArray(x)));
}

const ENTRY_TITLES = new Set(['entity', 'property', 'statement']);

function parentPath(path: string): string {
  return path.slice(0, path.lastIndexOf('/'));
}

function titleOf(error: ErrorObject): string | undefined {
  const schema = error.parentSchema as { title?: unknown } | undefined;
  return typeof schema?.title === 'string' ? schema.title : undefined;
}

function describe(error: ErrorObject): { pointer: string; message: string } | undefined {
  const path = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const title = titleOf(error);
  switch (error.keyword) {
    case 'required':
      return { pointer: path, message: `missing "${String(params.missingProperty)}"` };
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const hint = path === '' ? ' (a fact file holds entities, properties, statements)' : '';
      return { pointer: `${path}/${pointerToken(key)}`, message: `unknown key "${key}"${hint}` };
    }
    case 'type': {
      const want = TYPE_WORDS[String(params.type)] ?? String(params.type);
      if (path === '') return { pointer: path, message: 'a fact file must hold a JSON object' };
      const who = title && ENTRY_TITLES.has(title) ? `${title === 'entity' ? 'an' : 'a'} ${title}` : label(path);
      return { pointer: path, message: `${who} must be ${want}, got ${show(error.data)}` };
    }
    case 'pattern':
      if (error.propertyName !== undefined) {
        const name = error.propertyName;
        return { pointer: `${path}/${pointerToken(name)}`, message: `invalid language code "${name}"` };
      }
      if (title === 'date') return { pointer: path, message: `invalid date ${String(error.data)}` };
      if (title === 'period') return { pointer: path, message: `invalid period ${String(error.data)}` };
      if (title === 'id') return { pointer: path, message: `invalid id ${show(error.data)} (use lowercase letters, digits and "-")` };
      return { pointer: path, message: `${label(path)} does not match ${String(params.pattern)}` };
    case 'not':
      return { pointer: path, message: `${label(path)} is reserved for the loader` };
    case 'propertyNames':
      return undefined; // reported by the pattern error on the name itself
    case 'enum':
      return {
        pointer: path,
        message: `${label(path)} must be one of ${(params.allowedValues as unknown[]).map(String).join(', ')} (got ${show(error.data)})`,
      };
    case 'minItems':
      if (title === 'name list') return { pointer: path, message: `empty name list ${label(path)}` };
      return { pointer: path, message: `${label(path)} must not be an empty list` };
    case 'minLength':
      if (title === 'name') return { pointer: path, message: `empty name in ${label(parentPath(path))}` };
      return { pointer: path, message: `${label(path)} must not be empty` };
    case 'minProperties':
      return { pointer: path, message: `${label(path)} must not be empty` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { pointer: path, message: `${label(path)} must be ${String(params.comparison)} ${String(params.limit)} (got ${show(error.data)})` };
    case 'anyOf': {
      const schema = error.parentSchema as { description?: unknown } | undefined;
      const want = typeof schema?.description === 'string' ? schema.description : 'of another form';
      return { pointer: path, message: `${label(path)} must be ${want}, got ${show(error.data)}` };
    }
    default:
      return { pointer: path, message: `${label(path)} ${error.message ?? 'is invalid'}` };
  }
}

/**
 * Turns ajv errors into one message per problem. An `anyOf` ("an id or a list of ids") fails with
 * one error per branch; a value of the wrong type for a branch only says that the branch does not
 * apply, so those are dropped and the errors that remain (a bad pattern, a missing key) are
 * reported; when nothing remains, the anyOf's own description is.
 */
export function formatSchemaErrors(errors: readonly ErrorObject[], file: string): FactProblem[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  const ownerOf = (path: string): string | undefined => {
    for (let p = path; ; p = parentPath(p)) {
      if (anyOfPaths.has(p)) return p;
      if (p === '') return undefined;
    }
  };
  const explained = new Set<string>();
  const kept: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword === 'anyOf') continue;
    const owner = ownerOf(error.instancePath);
    if (owner !== undefined && error.keyword === 'type' && error.instancePath === owner) continue;
    if (owner !== undefined) explained.add(owner);
    kept.push(error);
  }
  for (const error of errors) {
    if (error.keyword === 'anyOf' && !explained.has(error.instancePath)) kept.push(error);
  }
  const seen = new Set<string>();
  const problems: FactProblem[] = [];
  for (const error of kept) {
    const d = describe(error);
    if (!d) continue;
    const key = `${d.pointer}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ file, pointer: d.pointer, message: d.message });
  }
  return problems;
}
