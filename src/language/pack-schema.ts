// JSON Schema validation of one language pack (rules/lang/<lang>/<topic>.json) against
// rules/schema/<topic>.schema.json. ajv is required on first use and each topic's schema is
// compiled once. Loading ajv and compiling the schemas costs over 100 ms, more than a
// one-article run takes, so the build validates the shipped packs (scripts/verify-packs.mjs)
// and keeps the exact bytes of each pack it passed, and of the schema it passed it against, in
// dist/verified-packs.bin, indexed by dist/verified-packs.json: a pack whose bytes and schema's
// bytes are those the build saw is known to be valid; any other (edited, added, or run from src/
// where there is no list) is validated.
//
// Why bytes and not a hash: a hash of the pack and schema texts (a JS loop over 60 KB for one
// language, run cold in the interpreter) cost 4-7 ms of a one-article run, and node:crypto costs
// 5 ms to load. Comparing with Buffer.equals is native (microseconds), and exact: any edit, even
// one that keeps the size, is caught. Sizes or modification times alone would not do: an edit
// can keep the size, and npm sets every installed file's mtime to the same 1985 date.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { pointerToken } from '../json.js';
import { label, show, TYPE_WORDS } from '../schema-words.js';

/** The shipped schemas, found like the packs: two folders above this module (src/ or dist/). */
export const PACK_SCHEMA_DIR = fileURLToPath(new URL('../../rules/schema/', import.meta.url));

/** The build's index of valid packs: dist/verified-packs.json from dist/language/ and dist/bundle/ alike. */
export const VERIFIED_PACKS_FILE = fileURLToPath(new URL('../verified-packs.json', import.meta.url));
/** The bytes the index points into (next to it). */
export const VERIFIED_BLOB_FILE = fileURLToPath(new URL('../verified-packs.bin', import.meta.url));

/** Where the build's copy of a text lies in the blob: [offset, length] in bytes. */
export type BlobSpan = [number, number];

/** dist/verified-packs.json: per topic, the schema the packs were validated against and the valid packs, by byte length. */
export interface VerifiedIndex {
  format: 2;
  topics: Record<string, { schema: BlobSpan; packs: Record<string, number[]> }>;
}

let verified: { index: VerifiedIndex; blob: Buffer } | null | undefined;
const schemaOk = new Map<string, boolean>();

function verifiedList(): { index: VerifiedIndex; blob: Buffer } | null {
  if (verified === undefined) {
    try {
      const index = JSON.parse(readFileSync(VERIFIED_PACKS_FILE, 'utf8')) as VerifiedIndex;
      verified = index.format === 2 ? { index, blob: readFileSync(VERIFIED_BLOB_FILE) } : null;
    } catch {
      verified = null; // no list (src/, or a build without it): validate everything
    }
  }
  return verified;
}

function sameBytes(blob: Buffer, [offset, length]: BlobSpan, bytes: Buffer): boolean {
  return length === bytes.length && offset + length <= blob.length && blob.subarray(offset, offset + length).equals(bytes);
}

/** Whether the build validated these bytes of a `topic` pack against the schema now shipped. */
export function isVerified(topic: string, packBytes: Buffer): boolean {
  const list = verifiedList();
  const entry = list && Object.hasOwn(list.index.topics, topic) ? list.index.topics[topic]! : undefined;
  if (!list || !entry) return false;
  let ok = schemaOk.get(topic);
  if (ok === undefined) {
    let schema: Buffer | undefined;
    try {
      schema = readFileSync(packSchemaPath(topic));
    } catch {
      schema = undefined;
    }
    ok = schema !== undefined && sameBytes(list.blob, entry.schema, schema);
    schemaOk.set(topic, ok);
  }
  if (!ok) return false;
  const offsets = Object.hasOwn(entry.packs, String(packBytes.length)) ? entry.packs[String(packBytes.length)]! : [];
  return offsets.some((offset) => sameBytes(list.blob, [offset, packBytes.length], packBytes));
}

export interface PackProblem {
  /** JSON pointer into the pack ("" for the whole file). */
  pointer: string;
  message: string;
}

let ajv: import('ajv/dist/2020.js').default | undefined;
const compiled = new Map<string, ValidateFunction>();

/** The schema file of a topic. */
export function packSchemaPath(topic: string, dir = PACK_SCHEMA_DIR): string {
  return `${dir.replace(/[\\/]$/u, '')}/${topic}.schema.json`;
}

/** The compiled schema of a topic, or undefined when no schema file exists for it. */
function validator(topic: string, dir: string): ValidateFunction | undefined {
  const file = packSchemaPath(topic, dir);
  const known = compiled.get(file);
  if (known) return known;
  if (!existsSync(file)) return undefined;
  if (!ajv) {
    const require = createRequire(import.meta.url);
    const Ajv = (require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')).default;
    ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
  }
  const schema = JSON.parse(readFileSync(file, 'utf8')) as { $id?: string };
  // One ajv holds every topic: a schema already added under its $id (another folder's copy of
  // the same schema, in tests) is reused rather than added twice, which ajv refuses.
  const validate = (schema.$id && ajv.getSchema(schema.$id)) || ajv.compile(schema);
  compiled.set(file, validate);
  return validate;
}

/**
 * What is wrong with a pack, as pointer and message: schema violations, then what a schema
 * cannot say (a pattern that does not compile). Empty when the pack is valid. A topic with no
 * schema is itself a problem: every kind of pack is described before the code may read it.
 */
export function packProblems(data: unknown, topic: string, schemaDir = PACK_SCHEMA_DIR): PackProblem[] {
  const validate = validator(topic, schemaDir);
  if (!validate) return [{ pointer: '', message: `no schema for "${topic}" packs (${packSchemaPath(topic, schemaDir)} is missing)` }];
  if (!validate(data)) return schemaProblems(validate.errors ?? []);
  return topic === 'grammar' ? grammarProblems(data as { anniversaries?: string[] }) : [];
}

/** Anniversary patterns are regular expressions whose first group is the count: each must compile and have one. */
function grammarProblems(pack: { anniversaries?: string[] }): PackProblem[] {
  const out: PackProblem[] = [];
  (pack.anniversaries ?? []).forEach((source, i) => {
    const pointer = `/anniversaries/${i}`;
    let groups: number;
    try {
      // An empty alternative matches '', so exec reports how many groups the pattern has.
      groups = new RegExp(`${source}|`, 'giu').exec('')!.length - 1;
    } catch (err) {
      out.push({ pointer, message: `not a regular expression: ${(err as Error).message}` });
      return;
    }
    if (groups < 1) out.push({ pointer, message: 'has no capturing group for the count' });
  });
  return out;
}

/** The "^\S(.*\S)?$" of the schemas' forms and phrases, told in words. */
const TRIMMED = '^\\S(.*\\S)?$';

function describe(e: ErrorObject): PackProblem | undefined {
  const p = e.params as Record<string, unknown>;
  // A key refused by propertyNames: the problem is at the key, named as a key.
  if (e.propertyName !== undefined) {
    const pointer = `${e.instancePath}/${pointerToken(e.propertyName)}`;
    const want = e.keyword === 'enum' ? `one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` : `a key matching ${String(p.pattern ?? e.message)}`;
    return { pointer, message: `key "${e.propertyName}" is not allowed here: must be ${want}` };
  }
  const path = e.instancePath;
  switch (e.keyword) {
    case 'required':
      return { pointer: path, message: `missing "${String(p.missingProperty)}"` };
    case 'dependentRequired':
      return { pointer: path, message: `"${String(p.property)}" needs "${String(p.missingProperty)}"` };
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      return { pointer: `${path}/${pointerToken(key)}`, message: `unknown key "${key}"` };
    }
    case 'type':
      return { pointer: path, message: `${label(path)} must be ${TYPE_WORDS[String(p.type)] ?? String(p.type)}, got ${show(e.data)}` };
    case 'pattern':
      if (p.pattern === TRIMMED) return { pointer: path, message: `${label(path)} must not start or end with a space (got ${show(e.data)})` };
      return { pointer: path, message: `${label(path)} ${show(e.data)} does not match ${String(p.pattern)}` };
    case 'enum':
      return { pointer: path, message: `${label(path)} must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')} (got ${show(e.data)})` };
    case 'const':
      return { pointer: path, message: `${label(path)} must be ${JSON.stringify(p.allowedValue)} (got ${show(e.data)})` };
    case 'minItems':
    case 'maxItems':
      return { pointer: path, message: `${label(path)} must have ${e.keyword === 'minItems' ? 'at least' : 'at most'} ${String(p.limit)} items (got ${Array.isArray(e.data) ? e.data.length : show(e.data)})` };
    case 'minLength':
    case 'maxLength':
      return { pointer: path, message: `${label(path)} must be ${e.keyword === 'minLength' ? 'at least' : 'at most'} ${String(p.limit)} characters long (got ${show(e.data)})` };
    case 'uniqueItems':
      return { pointer: path, message: `${label(path)} lists ${show((e.data as unknown[])[p.i as number])} twice (items ${String(p.j)} and ${String(p.i)})` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { pointer: path, message: `${label(path)} must be ${String(p.comparison)} ${String(p.limit)} (got ${show(e.data)})` };
    case 'propertyNames':
      return undefined; // told by the error on the name itself
    case 'if':
    case 'allOf':
    case 'oneOf':
    case 'anyOf':
      return undefined; // their branches' own errors say what is wrong
    default:
      return { pointer: path, message: `${label(path)} ${e.message ?? 'is invalid'}` };
  }
}

/**
 * ajv's errors as one problem each. A "oneOf" of a plain form or a form object fails once per
 * branch: a branch the value is not even the type of says nothing, so those are dropped unless
 * no other error remains at or under that place.
 */
export function schemaProblems(errors: readonly ErrorObject[]): PackProblem[] {
  const branched = new Set(errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath));
  const informative = (e: ErrorObject) => !(e.keyword === 'type' && branched.has(e.instancePath));
  const kept = errors.filter((e) => {
    if (informative(e)) return true;
    // A wrong type inside a oneOf: only worth saying when no branch said more.
    return !errors.some((o) => o !== e && informative(o) && describe(o) && (o.instancePath === e.instancePath || o.instancePath.startsWith(`${e.instancePath}/`)));
  });
  const seen = new Set<string>();
  const out: PackProblem[] = [];
  for (const e of kept) {
    const d = describe(e);
    if (!d) continue;
    const key = `${d.pointer}\u0000${d.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  // Several wrong types for one value ("a string or an object"): say them as one.
  return mergeTypes(out);
}

/** "must be a string, got 5" and "must be an object, got 5" at one pointer become "must be a string or an object, got 5". */
function mergeTypes(problems: PackProblem[]): PackProblem[] {
  const out: PackProblem[] = [];
  const typeAt = new Map<string, PackProblem>();
  for (const pr of problems) {
    const m = / must be (.+), got (.+)$/u.exec(pr.message);
    const prev = typeAt.get(pr.pointer);
    if (m && prev) {
      prev.message = prev.message.replace(/, got (.+)$/u, ` or ${m[1]}, got ${m[2]}`);
      continue;
    }
    if (m) typeAt.set(pr.pointer, pr);
    out.push(pr);
  }
  return out;
}
