"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// scripts/bundle/import-meta-url.js
var importMetaUrl = require("node:url").pathToFileURL(__filename).href;

// dist/engine/lint-worker.js
var import_node_worker_threads = require("node:worker_threads");

// dist/facts/byte-source.js
var import_node_fs = require("node:fs");
var SMALL = 4 * 1024 * 1024;
function check(size, offset, length) {
  if (!(offset >= 0 && length >= 0 && offset + length <= size))
    throw new RangeError(`bytes ${offset}+${length} past the end (${size})`);
}
var MemorySource = class {
  bytes;
  size;
  constructor(bytes) {
    this.bytes = bytes;
    this.size = bytes.length;
  }
  read(offset, length) {
    check(this.size, offset, length);
    return this.bytes.subarray(offset, offset + length);
  }
  all() {
    return this.bytes;
  }
};
var FileSource = class _FileSource {
  fd;
  size;
  static closer = new FinalizationRegistry((fd) => {
    try {
      (0, import_node_fs.closeSync)(fd);
    } catch {
    }
  });
  constructor(fd) {
    this.fd = fd;
    this.size = (0, import_node_fs.fstatSync)(fd).size;
    _FileSource.closer.register(this, fd);
  }
  /** The file opened for reading, or undefined when it cannot be. */
  static open(file) {
    let fd;
    try {
      fd = (0, import_node_fs.openSync)(file, "r");
    } catch {
      return void 0;
    }
    try {
      if ((0, import_node_fs.fstatSync)(fd).size <= SMALL) {
        const bytes = (0, import_node_fs.readFileSync)(fd);
        (0, import_node_fs.closeSync)(fd);
        return new MemorySource(bytes);
      }
      return new _FileSource(fd);
    } catch {
      try {
        (0, import_node_fs.closeSync)(fd);
      } catch {
      }
      return void 0;
    }
  }
  read(offset, length) {
    check(this.size, offset, length);
    const out = Buffer.allocUnsafe(length);
    for (let done = 0; done < length; ) {
      const n = (0, import_node_fs.readSync)(this.fd, out, done, length - done, offset + done);
      if (n === 0)
        throw new RangeError("the file ended early");
      done += n;
    }
    return out;
  }
  all() {
    return this.read(0, this.size);
  }
};

// dist/facts/index-source.js
function setKey(ids) {
  if (ids.length === 1)
    return ids[0];
  return [...new Set(ids)].sort().join("\0");
}

// dist/facts/eager-index.js
function asList(v) {
  return v === void 0 ? [] : Array.isArray(v) ? v : [v];
}
function push(map, key, value) {
  const list2 = map.get(key);
  if (list2)
    list2.push(value);
  else
    map.set(key, [value]);
}
function push2(map, a, b, value) {
  let inner = map.get(a);
  if (!inner)
    map.set(a, inner = /* @__PURE__ */ new Map());
  push(inner, b, value);
}
function byFrom(a, b) {
  const fa = a.from ?? "";
  const fb = b.from ?? "";
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}
var EagerIndex = class {
  entityById = /* @__PURE__ */ new Map();
  propertyById = /* @__PURE__ */ new Map();
  entitiesByType = /* @__PURE__ */ new Map();
  /** office → of → holds-office statements */
  posts = /* @__PURE__ */ new Map();
  holders = /* @__PURE__ */ new Map();
  /** property → subject-set key → statements */
  bySubject = /* @__PURE__ */ new Map();
  byProperty = /* @__PURE__ */ new Map();
  places = /* @__PURE__ */ new Map();
  /** The statement that first put each of a subject's places (for the compiled cache). */
  placeStatements = /* @__PURE__ */ new Map();
  dates = /* @__PURE__ */ new Map();
  statementById;
  all;
  constructor(loaded) {
    for (const e of loaded.facts.entities) {
      this.entityById.set(e.id, e);
      push(this.entitiesByType, e.type, e);
    }
    for (const p of loaded.facts.properties)
      this.propertyById.set(p.id, p);
    this.all = loaded.statements;
    for (const s of loaded.statements) {
      const subjects = asList(s.subject);
      const kind = this.propertyById.get(s.property)?.kind;
      push(this.byProperty, s.property, s);
      push2(this.bySubject, s.property, setKey(subjects), s);
      if (kind === "office" && typeof s.object === "object") {
        push2(this.posts, s.object.office, s.object.of, s);
        for (const person of subjects)
          push(this.holders, person, s);
      } else if (kind === "place" && typeof s.object === "string" && s.rank !== "deprecated") {
        for (const subject of subjects) {
          const targets = this.places.get(subject);
          if (targets?.includes(s.object))
            continue;
          if (targets)
            targets.push(s.object);
          else
            this.places.set(subject, [s.object]);
          push(this.placeStatements, subject, s);
        }
      } else if (kind === "date") {
        for (const subject of new Set(subjects))
          push(this.dates, subject, s);
      }
    }
    for (const inner of this.posts.values())
      for (const list2 of inner.values())
        list2.sort(byFrom);
    for (const list2 of this.holders.values())
      list2.sort(byFrom);
  }
  entity(id) {
    return this.entityById.get(id);
  }
  property(id) {
    return this.propertyById.get(id);
  }
  statement(id) {
    this.statementById ??= new Map(this.all.map((s) => [s.id, s]));
    return this.statementById.get(id);
  }
  entities() {
    return [...this.entityById.values()];
  }
  properties() {
    return [...this.propertyById.values()];
  }
  entitiesOfType(type) {
    return this.entitiesByType.get(type) ?? [];
  }
  statementsOf(property) {
    return this.byProperty.get(property) ?? [];
  }
  postsOf(office, of) {
    return this.posts.get(office)?.get(of) ?? [];
  }
  heldBy(person) {
    return this.holders.get(person) ?? [];
  }
  bySubjects(property, key) {
    return this.bySubject.get(property)?.get(key) ?? [];
  }
  locatedIn(subject) {
    return this.places.get(subject) ?? [];
  }
  datesOf(subject) {
    return this.dates.get(subject) ?? [];
  }
  locatable() {
    return this.entities().filter((e) => this.places.has(e.id) || this.dates.has(e.id));
  }
  /** Names grouped in advance, when the set was compiled too (a cache miss): see names(). */
  groupedNames;
  names() {
    return this.groupedNames ?? this.entities();
  }
};

// dist/language/pack.js
var import_node_fs3 = require("node:fs");
var import_node_url2 = require("node:url");

// dist/errors.js
var FactlintError = class extends Error {
  exitCode;
  /**
   * The lines the CLI prints. A message given as a string is one line: a line break in it comes
   * from a file name or a value and is shown escaped, so that it cannot start a line of its own.
   */
  lines;
  constructor(message, exitCode = 2) {
    const lines = typeof message === "string" ? [message] : message;
    super(lines.join("\n"));
    this.name = "FactlintError";
    this.exitCode = exitCode;
    this.lines = lines;
  }
};
var FactSetError = class extends FactlintError {
  problems;
  constructor(problems) {
    const lines = problems.slice(0, 20).map((p) => `  ${p.file}${p.pointer ? `#${p.pointer}` : ""}: ${p.message}`);
    if (problems.length > 20)
      lines.push(`  ... and ${problems.length - 20} more`);
    super(["invalid fact set:", ...lines]);
    this.name = "FactSetError";
    this.problems = problems;
  }
};
var DocumentError = class extends Error {
  line;
  constructor(message, line = 1) {
    super(message);
    this.name = "DocumentError";
    this.line = line;
  }
};
var IO_REASONS = {
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "it is a folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EMFILE: "too many open files",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links",
  EIO: "input/output error",
  EBUSY: "the file is busy"
};
function ioReason(err) {
  const code = err?.code;
  if (code && IO_REASONS[code])
    return `${IO_REASONS[code]} (${code})`;
  return code ?? (err instanceof Error ? err.message : String(err));
}

// dist/language/pack-schema.js
var import_node_fs2 = require("node:fs");
var import_node_module2 = require("node:module");
var import_node_url = require("node:url");

// dist/on-demand.js
var import_node_module = require("node:module");
var load = (0, import_node_module.createRequire)(importMetaUrl);
function onDemand(id) {
  let mod;
  return () => mod ??= load(id);
}

// dist/hash.js
var crypto = onDemand("node:crypto");
function createHash(algorithm) {
  return crypto().createHash(algorithm);
}
function hashRange(text, start, end) {
  let h = 2166136261;
  for (let k = start; k < end; k++)
    h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  return h | 0;
}

// dist/json-scan.js
var FEW_KEYS = 32;
function stringEnd(text, start) {
  let q = text.indexOf('"', start + 1);
  while (q > 0 && text.charCodeAt(q - 1) === 92) {
    let b = q - 1;
    while (text.charCodeAt(b - 1) === 92)
      b--;
    if ((q - b) % 2 === 0)
      break;
    q = text.indexOf('"', q + 1);
  }
  return q;
}
function hasBackslash(text, from, to) {
  for (let i = from; i < to; i++)
    if (text.charCodeAt(i) === 92)
      return true;
  return false;
}
function scanJson(text, maxDepth, limit) {
  const duplicates = [];
  const frames = [];
  let depth = 0;
  const starts = [];
  const ends = [];
  const hashes = [];
  const lengths = [];
  let top = 0;
  let expectKey = false;
  const n = text.length;
  const keyText = (k) => {
    const raw = text.slice(starts[k] + 1, ends[k]);
    return raw.includes("\\") ? JSON.parse(`"${raw}"`) : raw;
  };
  const pathTo = () => frames.slice(0, depth - 1).map((f, i) => f.object ? keyText(frames[i + 1].base - 1) : f.index);
  const report = (k) => {
    if (duplicates.length < limit)
      duplicates.push({ path: pathTo(), key: keyText(k), offset: starts[k] });
  };
  const addKey = (frame, at, end) => {
    let hash = hashRange(text, at + 1, end);
    let length = end - at - 1;
    if (hasBackslash(text, at + 1, end)) {
      const key = JSON.parse(text.slice(at, end + 1));
      hash = hashRange(key, 0, key.length);
      length = key.length;
    }
    const k = top++;
    starts[k] = at;
    ends[k] = end;
    hashes[k] = hash;
    lengths[k] = length;
    if (frame.seen) {
      const key = keyText(k);
      if (frame.seen.has(key))
        report(k);
      else
        frame.seen.add(key);
      return;
    }
    for (let j = frame.base; j < k; j++) {
      if (hashes[j] === hash && lengths[j] === length && keyText(j) === keyText(k)) {
        report(k);
        break;
      }
    }
    if (k + 1 - frame.base > FEW_KEYS) {
      frame.seen = /* @__PURE__ */ new Set();
      for (let j = frame.base; j <= k; j++)
        frame.seen.add(keyText(j));
    }
  };
  for (let pos = 0; pos < n; pos++) {
    const c = text.charCodeAt(pos);
    if (c === 34) {
      const end = stringEnd(text, pos);
      if (end < 0)
        break;
      if (expectKey) {
        addKey(frames[depth - 1], pos, end);
        expectKey = false;
      }
      pos = end;
    } else if (c === 123 || c === 91) {
      if (depth >= maxDepth)
        return { tooDeep: pos, duplicates };
      const f = frames[depth++] ??= { object: false, index: 0, base: 0, seen: void 0 };
      f.object = c === 123;
      f.index = 0;
      f.base = top;
      f.seen = void 0;
      expectKey = f.object;
    } else if (c === 125 || c === 93) {
      if (depth > 0 && frames[--depth].object)
        top = frames[depth].base;
      expectKey = false;
    } else if (c === 44 && depth > 0) {
      const f = frames[depth - 1];
      if (f.object)
        expectKey = true;
      else
        f.index++;
    }
  }
  return { tooDeep: void 0, duplicates };
}

// dist/json.js
function parseJson(text) {
  const deep = tooDeepAt(text);
  if (deep !== void 0)
    return tooDeep(text, deep);
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const found = locateJsonError(text);
    const offset = found?.offset ?? text.length;
    const reason = found?.reason ?? (err instanceof Error ? err.message : String(err));
    return { ok: false, error: { ...lineColumn(text, offset), reason } };
  }
}
function tooDeep(text, offset) {
  return { ok: false, error: { ...lineColumn(text, offset), reason: `nested too deeply (more than ${MAX_DEPTH} levels of arrays and objects)` } };
}
function parseJsonChecked(text, limit = 20) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return parseJson(text);
  }
  const scan = scanJson(text, MAX_DEPTH, limit);
  if (scan.tooDeep !== void 0)
    return tooDeep(text, scan.tooDeep);
  return { ok: true, value, duplicates: reported(text, scan.duplicates) };
}
function lineColumn(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
var Fail = class {
  offset;
  reason;
  constructor(offset, reason) {
    this.offset = offset;
    this.reason = reason;
  }
};
var MAX_DEPTH = 2e3;
function tooDeepAt(text) {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92)
          i++;
        else if (d === 34)
          break;
      }
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH)
        return i;
    } else if (c === 93 || c === 125) {
      depth--;
    }
  }
  return void 0;
}
function locateJsonError(text) {
  let pos = 0;
  const describe3 = (at) => at >= text.length ? "unexpected end of file" : `unexpected character ${JSON.stringify(text[at])}`;
  const fail = (at, expected) => {
    throw new Fail(at, expected && at < text.length ? `expected ${expected}, found ${JSON.stringify(text[at])}` : expected ? `expected ${expected}, found end of file` : describe3(at));
  };
  const skipWs = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13)
        break;
      pos++;
    }
  };
  const digits = () => {
    const start = pos;
    while (pos < text.length && text.charCodeAt(pos) >= 48 && text.charCodeAt(pos) <= 57)
      pos++;
    return pos - start;
  };
  const string = () => {
    pos++;
    for (; ; ) {
      if (pos >= text.length)
        throw new Fail(pos, "unterminated string");
      const c = text.charCodeAt(pos);
      if (c === 34) {
        pos++;
        return;
      }
      if (c < 32)
        throw new Fail(pos, "control character in string (line break inside quotes?)");
      if (c === 92) {
        const e = text[pos + 1];
        if (e === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6)))
            throw new Fail(pos, "invalid \\u escape");
          pos += 6;
        } else if (e !== void 0 && '"\\/bfnrt'.includes(e)) {
          pos += 2;
        } else {
          throw new Fail(pos, "invalid escape in string");
        }
        continue;
      }
      pos++;
    }
  };
  const number = () => {
    const start = pos;
    if (text[pos] === "-")
      pos++;
    if (text[pos] === "0")
      pos++;
    else if (digits() === 0)
      throw new Fail(start, "invalid number");
    if (text[pos] === ".") {
      pos++;
      if (digits() === 0)
        throw new Fail(start, "invalid number");
    }
    if (text[pos] === "e" || text[pos] === "E") {
      pos++;
      if (text[pos] === "+" || text[pos] === "-")
        pos++;
      if (digits() === 0)
        throw new Fail(start, "invalid number");
    }
  };
  const value = (depth) => {
    if (depth > MAX_DEPTH)
      throw new Fail(pos, "nested too deeply");
    skipWs();
    const c = text[pos];
    if (c === "{") {
      pos++;
      skipWs();
      if (text[pos] === "}") {
        pos++;
        return;
      }
      for (; ; ) {
        skipWs();
        if (text[pos] !== '"')
          fail(pos, text[pos] === "}" ? "a property name (trailing comma?)" : "a property name in double quotes");
        string();
        skipWs();
        if (text[pos] !== ":")
          fail(pos, "':'");
        pos++;
        value(depth + 1);
        skipWs();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "}") {
          pos++;
          return;
        }
        fail(pos, "',' or '}'");
      }
    }
    if (c === "[") {
      pos++;
      skipWs();
      if (text[pos] === "]") {
        pos++;
        return;
      }
      for (; ; ) {
        skipWs();
        if (text[pos] === "]")
          fail(pos, "a value (trailing comma?)");
        value(depth + 1);
        skipWs();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === "]") {
          pos++;
          return;
        }
        fail(pos, "',' or ']'");
      }
    }
    if (c === '"')
      return string();
    if (c === "-" || c !== void 0 && c >= "0" && c <= "9")
      return number();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return;
      }
    }
    fail(pos);
  };
  try {
    value(0);
    skipWs();
    if (pos < text.length)
      fail(pos, "end of file");
    return void 0;
  } catch (err) {
    if (err instanceof Fail)
      return { offset: err.offset, reason: err.reason };
    throw err;
  }
}
function pointerToken(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function keyOfPointerToken(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function reported(text, found) {
  return found.map((f) => ({ pointer: `/${[...f.path, f.key].map((k) => pointerToken(String(k))).join("/")}`, key: f.key, ...lineColumn(text, f.offset) }));
}

// dist/schema-words.js
var TYPE_WORDS = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  null: "null"
};
function label(path2) {
  if (path2 === "")
    return "the file";
  const segments = path2.split("/");
  const last = keyOfPointerToken(segments[segments.length - 1]);
  if (/^\d+$/u.test(last) && segments.length > 2)
    return `item ${last} of "${keyOfPointerToken(segments[segments.length - 2])}"`;
  return `"${last}"`;
}
function show(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// dist/language/pack-schema.js
var PACK_SCHEMA_DIR = (0, import_node_url.fileURLToPath)(new URL("../../rules/schema/", importMetaUrl));
var VERIFIED_PACKS_FILE = (0, import_node_url.fileURLToPath)(new URL("../verified-packs.json", importMetaUrl));
var VERIFIED_BLOB_FILE = (0, import_node_url.fileURLToPath)(new URL("../verified-packs.bin", importMetaUrl));
var verified;
var schemaOk = /* @__PURE__ */ new Map();
function verifiedList() {
  if (verified === void 0) {
    try {
      const index = JSON.parse((0, import_node_fs2.readFileSync)(VERIFIED_PACKS_FILE, "utf8"));
      verified = index.format === 2 ? { index, blob: (0, import_node_fs2.readFileSync)(VERIFIED_BLOB_FILE) } : null;
    } catch {
      verified = null;
    }
  }
  return verified;
}
function sameBytes(blob, [offset, length], bytes) {
  return length === bytes.length && offset + length <= blob.length && blob.subarray(offset, offset + length).equals(bytes);
}
function isVerified(topic, packBytes) {
  const list2 = verifiedList();
  const entry = list2 && Object.hasOwn(list2.index.topics, topic) ? list2.index.topics[topic] : void 0;
  if (!list2 || !entry)
    return false;
  let ok = schemaOk.get(topic);
  if (ok === void 0) {
    let schema;
    try {
      schema = (0, import_node_fs2.readFileSync)(packSchemaPath(topic));
    } catch {
      schema = void 0;
    }
    ok = schema !== void 0 && sameBytes(list2.blob, entry.schema, schema);
    schemaOk.set(topic, ok);
  }
  if (!ok)
    return false;
  const offsets = Object.hasOwn(entry.packs, String(packBytes.length)) ? entry.packs[String(packBytes.length)] : [];
  return offsets.some((offset) => sameBytes(list2.blob, [offset, packBytes.length], packBytes));
}
var ajv;
var compiled = /* @__PURE__ */ new Map();
function packSchemaPath(topic, dir = PACK_SCHEMA_DIR) {
  return `${dir.replace(/[\\/]$/u, "")}/${topic}.schema.json`;
}
function validator(topic, dir) {
  const file = packSchemaPath(topic, dir);
  const known = compiled.get(file);
  if (known)
    return known;
  if (!(0, import_node_fs2.existsSync)(file))
    return void 0;
  if (!ajv) {
    const require2 = (0, import_node_module2.createRequire)(importMetaUrl);
    const Ajv = require2("ajv/dist/2020.js").default;
    ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
  }
  const schema = JSON.parse((0, import_node_fs2.readFileSync)(file, "utf8"));
  const validate = schema.$id && ajv.getSchema(schema.$id) || ajv.compile(schema);
  compiled.set(file, validate);
  return validate;
}
function packProblems(data, topic, schemaDir = PACK_SCHEMA_DIR) {
  const validate = validator(topic, schemaDir);
  if (!validate)
    return [{ pointer: "", message: `no schema for "${topic}" packs (${packSchemaPath(topic, schemaDir)} is missing)` }];
  if (!validate(data))
    return schemaProblems(validate.errors ?? []);
  return topic === "grammar" ? grammarProblems(data) : [];
}
function grammarProblems(pack) {
  const out = [];
  (pack.anniversaries ?? []).forEach((source, i) => {
    const pointer = `/anniversaries/${i}`;
    let groups;
    try {
      groups = new RegExp(`${source}|`, "giu").exec("").length - 1;
    } catch (err) {
      out.push({ pointer, message: `not a regular expression: ${err.message}` });
      return;
    }
    if (groups < 1)
      out.push({ pointer, message: "has no capturing group for the count" });
  });
  return out;
}
var TRIMMED = "^\\S(.*\\S)?$";
function describe(e) {
  const p = e.params;
  if (e.propertyName !== void 0) {
    const pointer = `${e.instancePath}/${pointerToken(e.propertyName)}`;
    const want = e.keyword === "enum" ? `one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` : `a key matching ${String(p.pattern ?? e.message)}`;
    return { pointer, message: `key "${e.propertyName}" is not allowed here: must be ${want}` };
  }
  const path2 = e.instancePath;
  switch (e.keyword) {
    case "required":
      return { pointer: path2, message: `missing "${String(p.missingProperty)}"` };
    case "dependentRequired":
      return { pointer: path2, message: `"${String(p.property)}" needs "${String(p.missingProperty)}"` };
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      return { pointer: `${path2}/${pointerToken(key)}`, message: `unknown key "${key}"` };
    }
    case "type":
      return { pointer: path2, message: `${label(path2)} must be ${TYPE_WORDS[String(p.type)] ?? String(p.type)}, got ${show(e.data)}` };
    case "pattern":
      if (p.pattern === TRIMMED)
        return { pointer: path2, message: `${label(path2)} must not start or end with a space (got ${show(e.data)})` };
      return { pointer: path2, message: `${label(path2)} ${show(e.data)} does not match ${String(p.pattern)}` };
    case "enum":
      return { pointer: path2, message: `${label(path2)} must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")} (got ${show(e.data)})` };
    case "const":
      return { pointer: path2, message: `${label(path2)} must be ${JSON.stringify(p.allowedValue)} (got ${show(e.data)})` };
    case "minItems":
    case "maxItems":
      return { pointer: path2, message: `${label(path2)} must have ${e.keyword === "minItems" ? "at least" : "at most"} ${String(p.limit)} items (got ${Array.isArray(e.data) ? e.data.length : show(e.data)})` };
    case "minLength":
    case "maxLength":
      return { pointer: path2, message: `${label(path2)} must be ${e.keyword === "minLength" ? "at least" : "at most"} ${String(p.limit)} characters long (got ${show(e.data)})` };
    case "uniqueItems":
      return { pointer: path2, message: `${label(path2)} lists ${show(e.data[p.i])} twice (items ${String(p.j)} and ${String(p.i)})` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { pointer: path2, message: `${label(path2)} must be ${String(p.comparison)} ${String(p.limit)} (got ${show(e.data)})` };
    case "propertyNames":
      return void 0;
    // told by the error on the name itself
    case "if":
    case "allOf":
    case "oneOf":
    case "anyOf":
      return void 0;
    // their branches' own errors say what is wrong
    default:
      return { pointer: path2, message: `${label(path2)} ${e.message ?? "is invalid"}` };
  }
}
function schemaProblems(errors) {
  const branched = new Set(errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf").map((e) => e.instancePath));
  const informative = (e) => !(e.keyword === "type" && branched.has(e.instancePath));
  const kept = errors.filter((e) => {
    if (informative(e))
      return true;
    return !errors.some((o) => o !== e && informative(o) && describe(o) && (o.instancePath === e.instancePath || o.instancePath.startsWith(`${e.instancePath}/`)));
  });
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of kept) {
    const d = describe(e);
    if (!d)
      continue;
    const key = `${d.pointer}\0${d.message}`;
    if (seen.has(key))
      continue;
    seen.add(key);
    out.push(d);
  }
  return mergeTypes(out);
}
function mergeTypes(problems) {
  const out = [];
  const typeAt = /* @__PURE__ */ new Map();
  for (const pr of problems) {
    const m = / must be (.+), got (.+)$/u.exec(pr.message);
    const prev = typeAt.get(pr.pointer);
    if (m && prev) {
      prev.message = prev.message.replace(/, got (.+)$/u, ` or ${m[1]}, got ${m[2]}`);
      continue;
    }
    if (m)
      typeAt.set(pr.pointer, pr);
    out.push(pr);
  }
  return out;
}

// dist/language/pack.js
var RULES_ROOT = new URL("../../rules/", importMetaUrl);
var LANG_RE = /^[a-z]{2,3}$/;
var TOPIC_RE = /^[a-z][a-z0-9-]*$/;
var cache = /* @__PURE__ */ new Map();
function packPath(lang, topic) {
  return (0, import_node_url2.fileURLToPath)(new URL(`lang/${lang}/${topic}.json`, RULES_ROOT));
}
function loadPack(lang, topic) {
  const code = lang.toLowerCase();
  if (!LANG_RE.test(code) || !TOPIC_RE.test(topic))
    return void 0;
  const key = `${code}/${topic}`;
  if (cache.has(key))
    return cache.get(key);
  const file = packPath(code, topic);
  const value = (0, import_node_fs3.existsSync)(file) ? readPack(file, topic) : void 0;
  cache.set(key, value);
  return value;
}
function readPack(file, topic, schemaDir) {
  let bytes;
  let value;
  try {
    bytes = (0, import_node_fs3.readFileSync)(file);
    value = JSON.parse(bytes.toString("utf8"));
  } catch (err) {
    throw new FactlintError(`cannot read ${file}: ${err.message}`);
  }
  if (schemaDir === void 0 && isVerified(topic, bytes))
    return value;
  const problems = packProblems(value, topic, schemaDir);
  if (problems.length === 0)
    return value;
  const lines = problems.slice(0, 20).map((p) => `  ${file}#${p.pointer}: ${p.message}`);
  if (problems.length > 20)
    lines.push(`  ... and ${problems.length - 20} more`);
  throw new FactlintError([`invalid language pack ${file}:`, ...lines]);
}
function availableLangs(topic) {
  if (!TOPIC_RE.test(topic))
    return [];
  let dirs;
  try {
    dirs = (0, import_node_fs3.readdirSync)(new URL("lang/", RULES_ROOT));
  } catch {
    return [];
  }
  return dirs.filter((d) => LANG_RE.test(d) && (0, import_node_fs3.existsSync)(packPath(d, topic))).sort();
}
function perLanguage(build) {
  const built = /* @__PURE__ */ new Map();
  return (lang) => {
    const code = lang.toLowerCase();
    if (built.has(code))
      return built.get(code);
    const value = build(code);
    built.set(code, value);
    return value;
  };
}

// dist/text/char-class.js
var LETTER = 1;
var MARK = 2;
var NUMBER = 4;
var SPACE = 8;
var KNOWN = 128;
var table = new Uint8Array(65536);
function classify(cp) {
  const ch = String.fromCodePoint(cp);
  let c = KNOWN;
  if (new RegExp("\\p{L}", "u").test(ch))
    c |= LETTER;
  if (new RegExp("\\p{M}", "u").test(ch))
    c |= MARK;
  if (new RegExp("\\p{N}", "u").test(ch))
    c |= NUMBER;
  if (/\s/u.test(ch))
    c |= SPACE;
  return c;
}
function classOf(cp) {
  if (cp > 65535)
    return classify(cp);
  let c = table[cp];
  if (c === 0)
    table[cp] = c = classify(cp);
  return c;
}
function codePointIn(text, i, end = text.length) {
  const cu = text.charCodeAt(i);
  if (cu >= 55296 && cu <= 56319 && i + 1 < end) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 56320 && lo <= 57343)
      return (cu - 55296) * 1024 + (lo - 56320) + 65536;
  }
  return cu;
}
function codePointBefore(text, i) {
  if (i <= 0)
    return -1;
  const lo = text.charCodeAt(i - 1);
  if (lo >= 56320 && lo <= 57343 && i >= 2) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 55296 && hi <= 56319)
      return (hi - 55296) * 1024 + (lo - 56320) + 65536;
  }
  return lo;
}
function isDigitCode(c) {
  return c >= 48 && c <= 57;
}
function unitsOf(cp) {
  return cp > 65535 ? 2 : 1;
}
function afterSpaces(text, pos, max) {
  let j = pos;
  while (j < text.length && j - pos < max && classOf(text.charCodeAt(j)) & SPACE)
    j++;
  return j;
}
var INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
var INVISIBLE_ALL = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
function isInvisible(cp) {
  return cp === 173 || cp >= 8203 && cp <= 8205 || cp === 8288 || cp === 65279;
}

// dist/extract/word-table.js
var WordTable = class {
  max;
  /** Open addressing: the word number in each slot, -1 for an empty one. */
  slots = new Int32Array(1 << 12).fill(-1);
  hashes = [];
  texts = [];
  keys = [];
  constructor(max) {
    this.max = max;
  }
  get size() {
    return this.texts.length;
  }
  /** Number of the word text[start, end) with hash `hash`, or -1 when it is not in the table. */
  find(text, start, end, hash) {
    const slots = this.slots;
    const mask = slots.length - 1;
    for (let s = hash & mask; ; s = s + 1 & mask) {
      const id = slots[s];
      if (id < 0)
        return -1;
      if (this.hashes[id] === hash) {
        const w = this.texts[id];
        if (w.length === end - start && text.startsWith(w, start))
          return id;
      }
    }
  }
  /** Adds a word not in the table; -1 when the table is full (the caller then goes without). */
  add(word, key, hash) {
    if (this.texts.length >= this.max)
      return -1;
    const id = this.texts.length;
    this.texts.push(word);
    this.keys.push(key);
    this.hashes.push(hash);
    if (2 * this.texts.length > this.slots.length)
      this.grow();
    else
      this.place(id);
    return id;
  }
  place(id) {
    const mask = this.slots.length - 1;
    let s = this.hashes[id] & mask;
    while (this.slots[s] >= 0)
      s = s + 1 & mask;
    this.slots[s] = id;
  }
  grow() {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let id = 0; id < this.texts.length; id++)
      this.place(id);
  }
};

// dist/extract/tokens.js
function foldWord(word) {
  let w = word.toLowerCase();
  if (w.includes("\u0451"))
    w = w.replace(/ё/g, "\u0435");
  if (w.includes("\u2019"))
    w = w.replace(/’/g, "'");
  if (INVISIBLE.test(w))
    w = w.replace(INVISIBLE_ALL, "");
  return w;
}
var WORD_CHAR = LETTER | MARK | NUMBER;
var APOSTROPHE = 39;
var RIGHT_QUOTE = 8217;
function wordEnd(text, i, end) {
  let j = i;
  while (j < end) {
    const cp = codePointIn(text, j, end);
    if (!(classOf(cp) & WORD_CHAR)) {
      if (!isInvisible(cp) || j + 1 >= end || !(classOf(codePointIn(text, j + 1, end)) & WORD_CHAR))
        break;
    }
    j += unitsOf(cp);
  }
  for (; ; ) {
    const q = text.charCodeAt(j);
    if (q !== APOSTROPHE && q !== RIGHT_QUOTE || j + 1 >= end)
      return j;
    let k = j + 1;
    while (k < end) {
      const cp = codePointIn(text, k, end);
      if (!(classOf(cp) & (LETTER | MARK)))
        break;
      k += unitsOf(cp);
    }
    if (k === j + 1)
      return j;
    j = k;
  }
}
var words = new WordTable(2e5);
function tokenize(text, span = { start: 0, end: text.length }) {
  const out = [];
  const end = Math.min(span.end, text.length);
  for (let i = Math.max(0, span.start); i < end; ) {
    const cp = codePointIn(text, i, end);
    if (!(classOf(cp) & WORD_CHAR)) {
      i += unitsOf(cp);
      continue;
    }
    const j = wordEnd(text, i, end);
    const hash = hashRange(text, i, j);
    let id = words.find(text, i, j, hash);
    if (id < 0) {
      const word = text.slice(i, j);
      const key = foldWord(word);
      id = words.add(word, key, hash);
      if (id < 0) {
        out.push({ start: i, end: j, text: word, key, word: -1 });
        i = j;
        continue;
      }
    }
    out.push({ start: i, end: j, text: words.texts[id], key: words.keys[id], word: id });
    i = j;
  }
  return out;
}
function onlySpaceBetween(text, from, to) {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 160 || c === 8239 || c === 8201 || c === 8199))
      return false;
  }
  return true;
}
function tokenIndexAt(tokens2, offset) {
  let lo = 0;
  let hi = tokens2.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (tokens2[mid].end <= offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}
function splitElisions(tokens2, text, elisions) {
  if (elisions.length === 0)
    return tokens2;
  let out;
  for (let i = 0; i < tokens2.length; i++) {
    const t = tokens2[i];
    const e = elisions.find((x) => t.key.length > x.length && t.key.startsWith(x));
    if (!e) {
      out?.push(t);
      continue;
    }
    out ??= tokens2.slice(0, i);
    const cut = t.start + e.length;
    const rest = text.slice(cut, t.end);
    out.push({ start: t.start, end: cut, text: text.slice(t.start, cut), key: e, word: -1 });
    out.push({ start: cut, end: t.end, text: rest, key: foldWord(rest), word: -1 });
  }
  return out ?? tokens2;
}

// dist/language/phrase-pattern.js
var GAP_CLASS = "[\\s\\u00A0\\u2009\\u202F]";
var WORD_GAP = `${GAP_CLASS}{1,3}`;
function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function formText(spec) {
  return typeof spec === "string" ? spec : spec.form;
}
var STAR = "[^\\s\\d.,;:!?()\\[\\]{}\"'\xAB\xBB\u201E\u201C\u201D\u2018\u2019\\-\u2013\u2014/\\\\<>|@#$%^&*+=~`]{0,8}";
function phraseSource(phrase) {
  return phrase.trim().split(/\s+/).map((word) => {
    const star = word.length > 1 && word.endsWith("*");
    const body = star ? word.slice(0, -1) : word;
    const src = escapeRegex(body).replace(/[её]/g, "[\u0435\u0451]").replace(/[ЕЁ]/g, "[\u0415\u0401]").replace(/['’ʼ]/g, "['\u2019\u02BC]").replace(/-/g, "[-\u2010\u2011]");
    return star ? `${src}${STAR}` : src;
  }).join(WORD_GAP);
}

// dist/language/calendar.js
function keyOf(word) {
  return word.trim().toLowerCase().replace(/ё/g, "\u0435").replace(/\.$/, "");
}
function formSource(form) {
  return escapeRegex(form).replace(/е/g, "[\u0435\u0451]").replace(/['’ʼ]/g, "['\u2019\u02BC]");
}
function longestFirst(groups) {
  const forms = [...new Set(groups.flat())];
  return forms.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}
function alternation(groups) {
  return longestFirst(groups).map(formSource).join("|");
}
function indexOf(groups) {
  const map = /* @__PURE__ */ new Map();
  groups.forEach((forms, i) => {
    for (const f of forms)
      if (!map.has(keyOf(f)))
        map.set(keyOf(f), i + 1);
  });
  return map;
}
var calendarIndex = perLanguage(buildCalendarIndex);
function buildCalendarIndex(code) {
  const pack = loadPack(code, "calendar");
  let idx;
  if (pack) {
    const relative = /* @__PURE__ */ new Map();
    for (const [offset, words4] of Object.entries(pack.relative ?? {})) {
      for (const w of words4)
        relative.set(keyOf(w), Number(offset));
    }
    const weekdays = indexOf(pack.weekdays);
    idx = {
      months: indexOf(pack.months),
      weekdays,
      relative,
      monthSource: alternation(pack.months),
      weekdayForms: longestFirst(pack.weekdays).map((form) => ({ form, weekday: weekdays.get(keyOf(form)) }))
    };
  }
  return idx;
}
function calendarPack(lang) {
  return loadPack(lang, "calendar");
}
function monthIndex(lang, word) {
  return calendarIndex(lang)?.months.get(keyOf(word));
}
function relativeDayOffset(lang, word) {
  return calendarIndex(lang)?.relative.get(keyOf(word).replace(/\s+/g, " "));
}
function calendarPattern(lang) {
  const idx = calendarIndex(lang);
  return idx ? { month: idx.monthSource } : void 0;
}
function weekdayForms(lang) {
  return calendarIndex(lang)?.weekdayForms ?? [];
}

// dist/extract/grammar.js
var CUE_CLASSES = ["clauseOpener", "comparison", "refutation", "decline", "lease", "capital", "placeNear", "countryAnaphor", "personPronoun", "subordinate", "adjectivePrefix", "since", "rise", "counterpart", "thingPronoun", "attribution", "asideOpener", "duration", "leaseFrom", "preposition", "located", "host", "succession", "officeStart", "tenureSince", "possessivePronoun", "comparisonAfter", "sinceAfter", "attributionAfter", "otherInstance", "placeKind"];
var EMPTY = {
  inflection: { tails: ["s"], minStem: 3 },
  nameJoiners: [],
  possessive: [],
  and: [],
  listSeparators: [","],
  articles: [],
  qualifiers: { former: [], then: [], acting: [], future: [] },
  predicateCues: []
};
function grammarOf(lang) {
  return loadPack(lang, "grammar") ?? EMPTY;
}
var inflectionOf = perLanguage((lang) => {
  const rule = grammarOf(lang).inflection;
  const minStem = rule.minStem ?? 3;
  const strip = [...rule.stripEndings ?? []].sort((a, b) => b.length - a.length);
  const tails = new Set((rule.tails ?? []).map((t) => t.replace(/’/g, "'").toLowerCase()));
  const chars = rule.tailChars ? new Set(rule.tailChars) : void 0;
  const maxTail = Math.max(rule.maxTail ?? 0, ...[...tails].map((t) => t.length), 0);
  return {
    stem(word) {
      for (const e of strip)
        if (word.endsWith(e) && word.length - e.length >= minStem)
          return word.slice(0, -e.length);
      return word;
    },
    allows(tail) {
      if (tail === "")
        return true;
      if (tails.has(tail))
        return true;
      if (chars && tail.length <= (rule.maxTail ?? 0)) {
        for (const c of tail)
          if (!chars.has(c))
            return false;
        return true;
      }
      return false;
    },
    maxTail
  };
});
var placeBeforeEndingsOf = perLanguage((lang) => (grammarOf(lang).placeBeforeEndings ?? []).map(foldWord));
var locativeEndingsOf = perLanguage((lang) => new Set((grammarOf(lang).locativeEndings ?? []).map(foldWord)));
var articleWordsOf = perLanguage((lang) => new Set(grammarOf(lang).articles.map(foldWord)));
var andWordsOf = perLanguage((lang) => new Set(grammarOf(lang).and.map(foldWord)));
var joinerWordsOf = perLanguage((lang) => new Set(grammarOf(lang).nameJoiners.flatMap((j) => foldWord(j).split(/\s+/u)).filter(Boolean)));
var weekdayKeysOf = perLanguage((lang) => new Set(weekdayForms(lang).map((f) => foldWord(f.form))));

// dist/extract/name-source.js
function surnameFirstForms(name) {
  const words4 = name.trim().split(BLANKS);
  if (words4.length < 2 || !isSurname(words4[words4.length - 1]))
    return NO_FORMS;
  const last = words4.pop();
  const full = `${last} ${words4.join(" ")}`;
  return words4.length === 1 ? [full] : [full, `${last} ${words4[0]}`];
}
var BLANKS = /\s+/u;
function isSurname(word) {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
var NO_FORMS = [];
var NAME_KINDS = 3;
function isNameSource(v) {
  return typeof v === "object" && v !== null && v.groupedNames === true;
}
var MapGroups = class {
  pending;
  size;
  constructor(pending, size) {
    this.pending = pending;
    this.size = size;
  }
  get open() {
    return this.pending.size > 0;
  }
  take(g) {
    const items = this.pending.get(g);
    if (items)
      this.pending.delete(g);
    return items;
  }
};

// dist/extract/names.js
function officesAroundAdjectives(matcher, text, tokens2, mentions, adjectiveAfter = true) {
  const adjectives = mentions.filter((m) => m.form === "adjective" && m.entityType === "country");
  if (adjectives.length === 0)
    return mentions;
  const inside2 = /* @__PURE__ */ new Set();
  for (const a of adjectives)
    for (let t = a.tokenStart; t < a.tokenEnd; t++)
      inside2.add(t);
  const split = matcher.find(text, tokens2, (t) => inside2.has(t)).filter((o) => o.entityType === "office" && adjectives.some((a) => a.tokenStart > o.tokenStart && a.tokenEnd < o.tokenEnd) && (adjectiveAfter || !mentions.some((m) => m.entityType === "office" && m.tokenStart > o.tokenStart && m.tokenEnd <= o.tokenEnd)));
  if (split.length === 0)
    return mentions;
  const out = mentions.filter((m) => !split.some((o) => m.tokenStart >= o.tokenStart && m.tokenEnd <= o.tokenEnd));
  for (const o of split)
    out.push({ ...o, inner: adjectives.find((a) => a.tokenStart > o.tokenStart && a.tokenEnd < o.tokenEnd) });
  return out.sort((x, y) => x.tokenStart - y.tokenStart || y.tokenEnd - x.tokenEnd);
}
var SCRIPT_CYRILLIC = new RegExp("\\p{Script=Cyrillic}", "u");
var SCRIPT_LATIN = new RegExp("\\p{Script=Latin}", "u");
var WORD_SPLIT = /[^\p{L}\p{M}\p{N}'’]+/u;
var SPLIT_KEEPING_SEPARATORS = new RegExp(`(${WORD_SPLIT.source})`, "u");
function scriptOf(s) {
  if (SCRIPT_CYRILLIC.test(s))
    return "cyrl";
  if (SCRIPT_LATIN.test(s))
    return "latn";
  return "other";
}
var LANG_SCRIPT = { ru: "cyrl", uk: "cyrl", be: "cyrl", bg: "cyrl", sr: "cyrl", kk: "cyrl", ky: "cyrl" };
function langScript(lang) {
  return LANG_SCRIPT[lang] ?? "latn";
}
function isAcronym(word) {
  return word.length <= 6 && word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}
function isCapitalised(word) {
  const first = word[0] ?? "";
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
var WORDS = /[\p{L}\p{M}\p{N}'’]+/gu;
var SECOND_KEY = 5;
var SPLIT_ABOVE = 16;
var NO_CUTS = [];
var NO_MATCHES = [];
var FIRST_WORD = /[\p{L}\p{M}\p{N}'’]+/u;
var PREFIX = 3;
function lengthBit(length) {
  return 1 << Math.min(length, 31);
}
var NameMatcher = class {
  lang;
  byFirstStem = /* @__PURE__ */ new Map();
  /** First three letters of the first-word stems -> the stem lengths under them, one bit per
   *  length (bit 31: 31 or more): most text words (verbs, function words) are turned away by one
   *  map lookup, before any cutting. */
  prefixes = /* @__PURE__ */ new Map();
  /** Stems shorter than that ("ЕС", "UN"), and their first letters: the screen for them. */
  shortStems = /* @__PURE__ */ new Set();
  shortFirst = /* @__PURE__ */ new Set();
  inflection;
  elisions;
  /** Names collected (one given in two languages counts twice): zero when the matcher can find nothing. */
  size;
  /**
   * Names not yet turned into entries, by the first `group` characters of their folded first word.
   * Why lazily: stemming every word of every name took 20-30 ms of a one-article run (2,400 names
   * for English in the default set), and an article's words meet a few hundred of the groups.
   * A group is built when a text word that could start with one of its stems is first looked up.
   */
  pending;
  /** Length of the group keys: min(PREFIX, the language's minStem). */
  group;
  /** The language's patronymics (grammar.json "patronymic"), when it has them. */
  patronymic;
  constructor(entities, lang) {
    this.lang = lang;
    this.inflection = inflectionOf(lang);
    const pat = grammarOf(lang).patronymic;
    this.patronymic = pat ? { endings: (pat.endings ?? []).map(foldWord), words: new Set((pat.words ?? []).map(foldWord)) } : void 0;
    this.elisions = grammarOf(lang).elisions ?? [];
    this.group = Math.max(0, Math.min(PREFIX, grammarOf(lang).inflection.minStem ?? 3));
    const grouping = { lang, length: this.group, elisions: this.elisions, groupOf: (name) => this.groupOf(name), surnameFirst: grammarOf(lang).surnameFirst === true };
    this.pending = isNameSource(entities) ? entities.groups(grouping) : collectNames(entities, grouping);
    this.size = this.pending.size;
  }
  /** The group of a name: its first word as entryOf takes it (an elided article split off), folded, cut to GROUP characters. */
  groupOf(name) {
    const m = FIRST_WORD.exec(name);
    if (!m)
      return void 0;
    const piece = m[0];
    const folded = foldWord(piece);
    const e = this.elisions.length ? this.elisions.find((x) => folded.length > x.length && folded.startsWith(x)) : void 0;
    return (e ? foldWord(piece.slice(0, e.length)) : folded).slice(0, this.group);
  }
  /**
   * Builds the groups whose stems could be a prefix of this text key: a stem of length >= GROUP
   * is in the group of the key's first GROUP characters, a shorter one is a whole folded word
   * and in the group named by itself. Entries keep their order of collection (seq), buckets are
   * complete once their group is built (a stem lives in one group), so what the matcher finds
   * is what a matcher built in full finds.
   */
  materialize(key) {
    for (let len = this.group === 0 ? 0 : 1; len <= this.group && len <= key.length; len++) {
      const g = key.slice(0, len);
      const items = this.pending.take(g);
      if (!items)
        continue;
      const touched = /* @__PURE__ */ new Map();
      let scope = -1;
      let firstName = "";
      let lastWord;
      let lastStem = "";
      let taken;
      for (const item of items) {
        if (item.scope !== scope) {
          scope = item.scope;
          firstName = item.name;
          taken = void 0;
        } else {
          taken ??= /* @__PURE__ */ new Set([foldWord(firstName)]);
          const folded = foldWord(item.name);
          if (taken.has(folded))
            continue;
          taken.add(folded);
        }
        const split = this.headOf(item);
        if (!split)
          continue;
        if (split.first !== lastWord)
          lastStem = this.stemOf(lastWord = split.first);
        const first = lastStem;
        let bucket = this.byFirstStem.get(first);
        if (!bucket) {
          this.byFirstStem.set(first, bucket = { all: [], single: [], bySecond: void 0, waiting: void 0, unbuilt: void 0 });
          if (first.length >= PREFIX) {
            const head = first.slice(0, PREFIX);
            this.prefixes.set(head, (this.prefixes.get(head) ?? 0) | lengthBit(first.length));
          } else {
            this.shortStems.add(first);
            this.shortFirst.add(first.charAt(0));
          }
        }
        const list2 = touched.get(bucket);
        if (list2)
          list2.push(split);
        else
          touched.set(bucket, [split]);
      }
      for (const [bucket, names] of touched) {
        let longer = 0;
        for (const n of names)
          if (n.second !== void 0)
            longer++;
        if (longer <= SPLIT_ABOVE) {
          bucket.unbuilt = names;
          continue;
        }
        bucket.bySecond = /* @__PURE__ */ new Map();
        bucket.waiting = /* @__PURE__ */ new Map();
        bucket.unbuilt = [];
        for (const n of names) {
          if (n.second === void 0) {
            bucket.unbuilt.push(n);
            continue;
          }
          const k = foldWord(n.second).slice(0, SECOND_KEY);
          const list2 = bucket.waiting.get(k);
          if (list2)
            list2.push(n);
          else
            bucket.waiting.set(k, [n]);
        }
      }
    }
  }
  /**
   * The first two of partsOf's words, without cutting the whole name (most names of a crowded
   * first word never become entries); undefined for a name without words.
   */
  headOf(item) {
    const name = item.name;
    WORDS.lastIndex = 0;
    const one = WORDS.exec(name)?.[0];
    if (one === void 0)
      return void 0;
    const e1 = this.elisionOf(one);
    if (e1)
      return { item, first: one.slice(0, e1.length), second: one.slice(e1.length) };
    const two = WORDS.exec(name)?.[0];
    const e2 = two === void 0 ? void 0 : this.elisionOf(two);
    return { item, first: one, second: e2 ? two.slice(0, e2.length) : two };
  }
  /** The elided word a piece starts with («l'» of «l'Assemblée»), if any. */
  elisionOf(piece) {
    if (this.elisions.length === 0)
      return void 0;
    const folded = foldWord(piece);
    return this.elisions.find((x) => folded.length > x.length && folded.startsWith(x));
  }
  /** The words of a name as the text's tokens would give them. */
  partsOf(name) {
    const pieces = name.split(SPLIT_KEEPING_SEPARATORS);
    const parts = [];
    for (let k = 0; k < pieces.length; k += 2) {
      const piece = pieces[k];
      if (!piece)
        continue;
      const sep = pieces[k - 1] ?? "";
      const before = sep.replace(/[\s\u00a0\-‐‑–.]/gu, "");
      const dash = DASH.test(sep);
      const e = this.elisionOf(piece);
      if (e) {
        parts.push({ word: piece.slice(0, e.length), before, dash }, { word: piece.slice(e.length), before: "", dash: false });
      } else
        parts.push({ word: piece, before, dash });
    }
    return parts;
  }
  /** A word's stem and whether it is an acronym, remembered: crowded first names repeat thousands of times. */
  wordOf(w) {
    let known = this.words.get(w);
    if (!known) {
      const stem = this.stemOf(w);
      const exact = isAcronym(w);
      this.words.set(w, known = { stem, exact, baseTail: exact ? "" : foldWord(w).slice(stem.length) });
    }
    return known;
  }
  /** A name word's stem: an acronym as it is (folded), another word with an ending cut off. */
  stemOf(w) {
    const folded = foldWord(w);
    return isAcronym(w) ? folded : this.inflection.stem(folded);
  }
  words = /* @__PURE__ */ new Map();
  entryOf({ item: { id, type, form, seq, name } }) {
    const proper = form === "name" && type !== "office";
    const words4 = this.partsOf(name).map(({ word: w, before, dash }) => {
      const { stem, exact, baseTail } = this.wordOf(w);
      return { stem, exact, capital: proper && isCapitalised(w), original: w, baseTail, punctBefore: before, dashBefore: dash };
    });
    return { entityId: id, entityType: type, form, words: words4, seq };
  }
  /**
   * Makes entries of a crowded stem's names whose second-word stem could be a cut of this key
   * (what candidates looks up). A stem of SECOND_KEY letters or more shares them with the key;
   * a shorter cut can be the stem of any second word that starts with it.
   */
  buildSecond(bucket, key) {
    const waiting = bucket.waiting;
    const touched = /* @__PURE__ */ new Set();
    for (let cut = 0, max = Math.min(this.inflection.maxTail, key.length - 1); cut <= max && waiting.size > 0; cut++) {
      const stem = cut === 0 ? key : key.slice(0, -cut);
      if (stem.length >= SECOND_KEY)
        this.buildWaiting(bucket, stem.slice(0, SECOND_KEY), touched);
      else
        for (const k of [...waiting.keys()])
          if (k.startsWith(stem))
            this.buildWaiting(bucket, k, touched);
    }
    for (const list2 of touched)
      list2.sort((a, b) => a.seq - b.seq);
  }
  buildWaiting(bucket, k, touched) {
    const names = bucket.waiting.get(k);
    if (!names)
      return;
    bucket.waiting.delete(k);
    for (const n of names) {
      const x = this.entryOf(n);
      let list2 = bucket.bySecond.get(x.words[1].stem);
      if (list2)
        list2.push(x);
      else
        bucket.bySecond.set(x.words[1].stem, list2 = [x]);
      touched.add(list2);
    }
  }
  /** All name mentions in the tokens, longest match first at each position; ambiguous names give one mention per entity. */
  /**
   * All name mentions in the tokens. `skippable` tokens may stand between the words of a name
   * ("доля России во внешней торговле" for the name "доля во внешней торговле"), never first.
   */
  find(text, tokens2, skippable) {
    this.skip = skippable;
    try {
      return this.findAll(text, tokens2);
    } finally {
      this.skip = void 0;
    }
  }
  skip;
  findAll(text, tokens2) {
    const out = [];
    for (let i = 0; i < tokens2.length; ) {
      const tok = tokens2[i];
      if (this.cutsOf(tok.key, tok.word).length === 0) {
        i++;
        continue;
      }
      let best = this.longestAt(text, tokens2, i);
      if (best.length === 0)
        best = this.respelledAt(text, tokens2, i);
      if (best.length === 0 && this.patronymic)
        best = this.patronymicAt(text, tokens2, i);
      if (best.length === 0) {
        i++;
        continue;
      }
      best.sort((a, b) => a.form === b.form ? 0 : a.form === "name" ? -1 : 1);
      const first = best[0];
      if (best.length > 1)
        first.alternatives = [...new Set(best.slice(1).map((b) => b.entityId).filter((id) => id !== first.entityId))];
      out.push(first);
      i = first.tokenEnd;
    }
    return out;
  }
  /** Whether some stem could be a prefix of this key (a stem is never cut shorter than itself). */
  mayStart(key, head) {
    if (key.length >= PREFIX && this.prefixes.has(head))
      return true;
    if (!this.shortFirst.has(key.charAt(0)))
      return false;
    for (let n = 1; n < PREFIX && n <= key.length; n++)
      if (this.shortStems.has(key.slice(0, n)))
        return true;
    return false;
  }
  /**
   * The cuts of a text word that leave a first-word stem of the fact set, shortest cut first,
   * remembered per word of the word table: three matchers look up every word, and words repeat.
   */
  cutsOf(key, word) {
    let cuts = word >= 0 ? this.cutsByWord[word] : void 0;
    if (cuts)
      return cuts;
    cuts = NO_CUTS;
    if (this.pending.open)
      this.materialize(key);
    const head = key.slice(0, PREFIX);
    if (this.mayStart(key, head)) {
      const maxCut = Math.min(this.inflection.maxTail, key.length - 1);
      const lengths = key.length >= PREFIX ? this.prefixes.get(head) ?? 0 : 0;
      for (let cut = 0; cut <= maxCut; cut++) {
        const len = key.length - cut;
        if (len >= PREFIX ? (lengths & lengthBit(len)) === 0 : this.shortStems.size === 0)
          continue;
        const bucket = this.byFirstStem.get(cut === 0 ? key : key.slice(0, -cut));
        if (!bucket)
          continue;
        if (cuts === NO_CUTS)
          cuts = [];
        cuts.push({ tail: cut === 0 ? "" : key.slice(-cut), bucket });
      }
    }
    if (word >= 0) {
      while (this.cutsByWord.length <= word)
        this.cutsByWord.push(void 0);
      this.cutsByWord[word] = cuts;
    }
    return cuts;
  }
  /** Cuts per word of the tokenizer's word table. */
  cutsByWord = [];
  longestAt(text, tokens2, i) {
    const tok = tokens2[i];
    const cuts = this.cutsOf(tok.key, tok.word);
    if (cuts.length === 0)
      return NO_MATCHES;
    let best = NO_MATCHES;
    let bestLen = 0;
    for (const { tail, bucket } of cuts) {
      const entries = this.candidates(bucket, tokens2[i + 1]);
      if (!entries)
        continue;
      for (const entry of entries) {
        const end = this.matchEntry(text, tokens2, i, entry, tail);
        if (end === void 0)
          continue;
        const len = tokens2[end.index - 1].end - tok.start;
        if (len < bestLen)
          continue;
        const m = {
          entityId: entry.entityId,
          entityType: entry.entityType,
          form: entry.form,
          span: { start: tok.start, end: tokens2[end.index - 1].end },
          text: text.slice(tok.start, tokens2[end.index - 1].end),
          tokenStart: i,
          tokenEnd: end.index,
          tail: end.tail,
          alternatives: [],
          inflected: end.inflected
        };
        if (len > bestLen) {
          best = [m];
          bestLen = len;
        } else {
          const same = best.find((b) => b.entityId === m.entityId && b.form === m.form);
          if (!same)
            best.push(m);
          else if (m.inflected && !same.inflected)
            same.inflected = true;
        }
      }
    }
    return best;
  }
  /**
   * "Akylbek Japarow" where the fact set writes "Akylbek Japarov": a person's given name, and right
   * after it a capitalised word spelled like that person's surname but for its last letters (a
   * transliteration the set does not list). The two words are that person; read alone, the
   * surname would be another's who shares it in some spelling ("Japarow", Sadyr Japarov). Only
   * names of two words, and a surname the function below takes for a respelling.
   */
  respelledAt(text, tokens2, i) {
    const tok = tokens2[i];
    const next = tokens2[i + 1];
    if (!next || !isCapitalised(tok.text) || !isCapitalised(next.text) || !onlySpaceBetween(text, tok.end, next.start))
      return NO_MATCHES;
    let found = NO_MATCHES;
    for (const { tail, bucket } of this.cutsOf(tok.key, tok.word)) {
      if (!this.inflection.allows(tail))
        continue;
      const entries = this.candidates(bucket, next);
      if (!entries)
        continue;
      for (const entry of entries) {
        if (entry.entityType !== "person" || entry.form !== "name" || entry.words.length !== 2 || entry.words[0].exact)
          continue;
        if (!respelled(entry.words[1].stem + entry.words[1].baseTail, next.key))
          continue;
        if (found.some((m2) => m2.entityId === entry.entityId))
          continue;
        const m = {
          entityId: entry.entityId,
          entityType: "person",
          form: "name",
          span: { start: tok.start, end: next.end },
          text: text.slice(tok.start, next.end),
          tokenStart: i,
          tokenEnd: i + 2,
          tail: "",
          alternatives: [],
          inflected: tail !== entry.words[0].baseTail
        };
        found = found === NO_MATCHES ? [m] : [...found, m];
      }
    }
    return found;
  }
  /**
   * "Abdulla Nigmatovich Aripov", «Абдуллы Нигматовича Арипова», "Ilham Heydar oglu Aliyev": a
   * person's given name, a patronymic (a word with a patronymic ending, or a father's name and a
   * word such as "oglu"), then the rest of the name the fact set writes without it.
   */
  patronymicAt(text, tokens2, i) {
    const p = this.patronymic;
    const tok = tokens2[i];
    const next = tokens2[i + 1];
    if (!next || !isCapitalised(tok.text) || !isCapitalised(next.text) || !onlySpaceBetween(text, tok.end, next.start))
      return NO_MATCHES;
    let k = 0;
    if (p.endings.some((e) => stripsTo(next.key, e, this.inflection.maxTail)))
      k = 1;
    else if (tokens2[i + 2] && p.words.has(tokens2[i + 2].key) && onlySpaceBetween(text, next.end, tokens2[i + 2].start))
      k = 2;
    const rest = tokens2[i + 1 + k];
    if (!k || !rest || !isCapitalised(rest.text) || !onlySpaceBetween(text, tokens2[i + k].end, rest.start))
      return NO_MATCHES;
    const outer = this.skip;
    this.skip = (t) => t > i && t <= i + k;
    try {
      return this.longestAt(text, tokens2, i).filter((m) => m.entityType === "person" && m.form === "name" && m.tokenEnd > i + 1 + k);
    } finally {
      this.skip = outer;
    }
  }
  /**
   * Entries whose first word has this stem, in insertion order. A crowded first word ("Alexander"
   * in a large fact set) narrows its longer names to those whose second word is a stem of the
   * next token (cut by at most the longest tail: no longer tail is ever allowed).
   */
  candidates(bucket, next) {
    if (bucket.unbuilt) {
      const list2 = bucket.bySecond ? bucket.single : bucket.all;
      for (const n of bucket.unbuilt)
        list2.push(this.entryOf(n));
      bucket.unbuilt = void 0;
    }
    if (!bucket.bySecond)
      return bucket.all;
    if (!next)
      return bucket.single;
    const lists = bucket.single.length ? [bucket.single] : [];
    const key = next.key;
    if (bucket.waiting?.size)
      this.buildSecond(bucket, key);
    for (let cut = 0, max = Math.min(this.inflection.maxTail, key.length - 1); cut <= max; cut++) {
      const list2 = bucket.bySecond.get(cut === 0 ? key : key.slice(0, -cut));
      if (list2)
        lists.push(list2);
    }
    return lists.length <= 1 ? lists[0] : lists.flat().sort((a, b) => a.seq - b.seq);
  }
  /** Token index after the match and the last word's tail, or undefined when the entry does not match at i. */
  matchEntry(text, tokens2, i, entry, firstTail) {
    let tail = firstTail;
    let inflected = false;
    let at = i;
    for (let w = 0; w < entry.words.length; w++) {
      const word = entry.words[w];
      if (w > 0) {
        at++;
        while (this.skip && at < tokens2.length && this.skip(at) && !word.exact && tokens2[at].key.indexOf(word.stem) !== 0) {
          if (!joinedByNameGap(text, tokens2[at - 1].end, tokens2[at].start))
            return void 0;
          at++;
        }
      }
      const tok = tokens2[at];
      if (!tok)
        return void 0;
      if (w > 0) {
        const prev = tokens2[at - 1];
        const elided = prev.end === tok.start && /['’]$/u.test(prev.text);
        if (!elided && !joinedByNameGap(text, prev.end, tok.start, word.punctBefore) && !(word.dashBefore && joinedByDash(text, prev.end, tok.start)))
          return void 0;
        const t = this.tailOf(word, tok.key);
        if (t === void 0)
          return void 0;
        tail = t;
      }
      if (word.exact) {
        if (tok.text !== word.original || tail !== "")
          return void 0;
      } else {
        if (!this.inflection.allows(tail))
          return void 0;
        if (word.capital && !isCapitalised(tok.text))
          return void 0;
        if (tail !== word.baseTail)
          inflected = true;
      }
    }
    return { index: at + 1, tail, inflected };
  }
  tailOf(word, key) {
    if (!key.startsWith(word.stem))
      return void 0;
    return key.slice(word.stem.length);
  }
};
function respelled(surname, key) {
  if (surname === key || Math.abs(surname.length - key.length) > 1)
    return false;
  const n = Math.min(surname.length, key.length);
  let common = 0;
  while (common < n && surname.charCodeAt(common) === key.charCodeAt(common))
    common++;
  const longer = Math.max(surname.length, key.length);
  return common >= 4 && common >= longer - (longer >= 8 ? 2 : 1);
}
var DASH = /[-‐‑–—]/u;
function joinedByDash(text, from, to) {
  if (to - from > 5)
    return false;
  let dashes = 0;
  for (let i = from; i < to; i++) {
    if (DASH.test(text[i]))
      dashes++;
    else if (!onlySpaceBetween(text, i, i + 1))
      return false;
  }
  return dashes === 1;
}
function joinedByNameGap(text, from, to, punct = "") {
  if (to - from === 1 && /[-‐‑]/.test(text[from]))
    return true;
  if (punct && text.startsWith(punct, from)) {
    from += punct.length;
    if (to === from && !/\s/u.test(punct))
      return true;
  }
  if (text[from] === ".")
    from++;
  return to > from && to - from <= 3 && onlySpaceBetween(text, from, to);
}
var matchers = /* @__PURE__ */ new WeakMap();
function matcherFor(owner, entities, lang, vocabulary = "names") {
  let byVocabulary = matchers.get(owner);
  if (!byVocabulary)
    matchers.set(owner, byVocabulary = /* @__PURE__ */ new Map());
  let byLang = byVocabulary.get(vocabulary);
  if (!byLang)
    byVocabulary.set(vocabulary, byLang = /* @__PURE__ */ new Map());
  let m = byLang.get(lang);
  if (!m)
    byLang.set(lang, m = new NameMatcher(entities(), lang));
  return m;
}
function stripsTo(key, ending, maxTail) {
  for (let cut = 0; cut <= maxTail && key.length - cut > ending.length; cut++)
    if (key.endsWith(ending, key.length - cut))
      return true;
  return false;
}
function collectNames(entities, grouping) {
  const lang = grouping.lang;
  const pending = /* @__PURE__ */ new Map();
  const script = langScript(lang);
  let n = 0;
  let size = 0;
  let scope = 0;
  const push3 = (name, e, form) => {
    const g = grouping.groupOf(name);
    if (g === void 0)
      return false;
    const item = { id: e.id, type: e.type, form, name, seq: n++, scope };
    const list2 = pending.get(g);
    if (list2)
      list2.push(item);
    else
      pending.set(g, [item]);
    return true;
  };
  const taken = [];
  for (const e of entities) {
    const invert = grouping.surnameFirst && e.type === "person";
    for (const [form, lists] of [["name", e.names], ["adjective", e.adjectives]]) {
      if (!lists)
        continue;
      scope++;
      const langs = Object.keys(lists).sort((a, b) => a === lang ? -1 : b === lang ? 1 : a < b ? -1 : a > b ? 1 : 0);
      for (const l of langs) {
        for (const name of lists[l] ?? []) {
          if (l !== lang && scriptOf(name) !== script)
            continue;
          if (!push3(name, e, form))
            continue;
          size++;
          if (invert && form === "name") {
            const forms = surnameFirstForms(name);
            if (forms.length > 0)
              taken.push(forms);
          }
        }
      }
      if (taken.length === 0)
        continue;
      for (let kind = 1; kind < NAME_KINDS; kind++) {
        for (const forms of taken) {
          const inverted = forms[kind - 1];
          if (inverted !== void 0)
            push3(inverted, e, form);
        }
      }
      taken.length = 0;
    }
  }
  return new MapGroups(pending, size);
}

// dist/facts/guarded-names.js
var GuardedGroups = class {
  inner;
  grouping;
  entities;
  fallback;
  taken = [];
  size;
  constructor(inner, grouping, entities) {
    this.inner = inner;
    this.grouping = grouping;
    this.entities = entities;
    this.size = inner.size;
  }
  get open() {
    return this.fallback ? this.fallback.open : this.inner.open;
  }
  take(g) {
    if (this.fallback)
      return this.fallback.take(g);
    try {
      const names = this.inner.take(g);
      this.taken.push(g);
      return names;
    } catch {
      this.fallback = collectNames(this.entities(), this.grouping);
      for (const t of this.taken)
        this.fallback.take(t);
      return this.fallback.take(g);
    }
  }
};
function guardNames(inner, entities) {
  return { groupedNames: true, groups: (grouping) => new GuardedGroups(inner.groups(grouping), grouping, entities) };
}

// dist/document/dates.js
function isLeapYear(year) {
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
}
function daysInMonth(year, month) {
  if (month === 2)
    return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
function isValidDate(year, month, day) {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day))
    return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
    return false;
  return day <= daysInMonth(year, month);
}
function formatDate(year, month, day) {
  if (!isValidDate(year, month, day))
    return void 0;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
function parseIsoDate(value) {
  const m = ISO_DATE.exec(value.trim());
  if (!m)
    return void 0;
  return formatDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

// dist/facts/time.js
var DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
var PERIOD_RE = /^(\d{4})(?:-H(\d)|-Q(\d)|-(\d{2})(?:\.\.(\d{4})-(\d{2}))?|\.\.(\d{4}))?$/;
function pad2(n) {
  return n < 10 ? `0${n}` : String(n);
}
function monthStart(year, month) {
  return `${year}-${pad2(month)}-01`;
}
function monthEnd(year, month) {
  return `${year}-${pad2(month)}-${pad2(daysInMonth(Number(year), month))}`;
}
function isValidDate2(text) {
  const m = DATE_RE.exec(text);
  if (!m)
    return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(m[1]), month);
}
function dateInSpan(date, from, to) {
  return (from == null || from <= date) && (to == null || date <= to);
}
function periodProblem(period) {
  const range = parsePeriod(period);
  if (range === "invalid")
    return `invalid period ${period}`;
  if (range.end < range.start)
    return `period ${period} ends before it starts`;
  return void 0;
}
function addDays(iso, days) {
  const t = Date.parse(iso) + days * 864e5;
  return Number.isNaN(t) ? iso : new Date(t).toISOString().slice(0, 10);
}
function isValidPeriod(period) {
  return periodProblem(period) === void 0;
}
function periodRange(period) {
  const range = parsePeriod(period);
  if (range === "invalid" || range.end < range.start)
    throw new RangeError(`invalid period ${period}`);
  return range;
}
function parsePeriod(period) {
  const m = PERIOD_RE.exec(period);
  if (!m)
    return "invalid";
  const year = m[1];
  const [, , half, quarter, month, endYear, endMonth, lastYear] = m;
  if (lastYear !== void 0)
    return { start: `${year}-01-01`, end: `${lastYear}-12-31` };
  if (half !== void 0) {
    if (half !== "1" && half !== "2")
      return "invalid";
    return half === "1" ? { start: monthStart(year, 1), end: monthEnd(year, 6) } : { start: monthStart(year, 7), end: monthEnd(year, 12) };
  }
  if (quarter !== void 0) {
    const q = Number(quarter);
    if (q < 1 || q > 4)
      return "invalid";
    return { start: monthStart(year, q * 3 - 2), end: monthEnd(year, q * 3) };
  }
  if (month !== void 0) {
    const first = Number(month);
    if (first < 1 || first > 12)
      return "invalid";
    if (endYear === void 0 || endMonth === void 0)
      return { start: monthStart(year, first), end: monthEnd(year, first) };
    const last = Number(endMonth);
    if (last < 1 || last > 12)
      return "invalid";
    return { start: monthStart(year, first), end: monthEnd(endYear, last) };
  }
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

// dist/facts/uncertain.js
function pad22(n) {
  return n < 10 ? `0${n}` : String(n);
}
function boundaryRange(day, precision, alternatives) {
  let earliest = day;
  let latest = day;
  if (precision === "month") {
    const [y, m] = [day.slice(0, 4), Number(day.slice(5, 7))];
    earliest = `${y}-${pad22(m)}-01`;
    latest = `${y}-${pad22(m)}-${pad22(daysInMonth(Number(y), m))}`;
  } else if (precision === "year") {
    earliest = `${day.slice(0, 4)}-01-01`;
    latest = `${day.slice(0, 4)}-12-31`;
  }
  for (const alt of alternatives ?? []) {
    if (alt < earliest)
      earliest = alt;
    if (alt > latest)
      latest = alt;
  }
  return { earliest, latest };
}
function fromRange(s) {
  return typeof s.from === "string" ? boundaryRange(s.from, s.fromPrecision, s.fromAlt) : void 0;
}
function toRange(s) {
  return typeof s.to === "string" ? boundaryRange(s.to, s.toPrecision, s.toAlt) : void 0;
}
function possibleSpan(s) {
  return { from: fromRange(s)?.earliest, to: toRange(s)?.latest };
}
function certainSpan(s) {
  return { from: fromRange(s)?.latest, to: toRange(s)?.earliest };
}
function describeBoundary(day, precision, alternatives) {
  const shown2 = precision === "month" ? day.slice(0, 7) : precision === "year" ? day.slice(0, 4) : day;
  return alternatives?.length ? `${shown2} (or ${alternatives.join(", ")})` : shown2;
}

// dist/facts/load.js
var import_node_fs6 = require("node:fs");

// dist/facts/files.js
var import_node_fs4 = require("node:fs");
var import_node_path = __toESM(require("node:path"), 1);
function toSlashes(p) {
  return p.split(import_node_path.default.sep).join("/");
}
function displayPath(absolute, cwd) {
  const rel = import_node_path.default.relative(cwd, absolute);
  return toSlashes(rel === "" || rel.startsWith("..") || import_node_path.default.isAbsolute(rel) ? absolute : rel);
}
function isFactFileName(name) {
  return name.endsWith(".json") && !name.endsWith(".schema.json");
}
function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function walk(root) {
  const found = [];
  const visit = (dir, rel) => {
    for (const entry of (0, import_node_fs4.readdirSync)(dir, { withFileTypes: true })) {
      const abs = import_node_path.default.join(dir, entry.name);
      const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = (0, import_node_fs4.statSync)(abs, { throwIfNoEntry: false });
        isDir = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDir && entry.name !== "schema")
        visit(abs, relPath);
      else if (isFile && isFactFileName(entry.name))
        found.push(relPath);
    }
  };
  visit(root, "");
  return found.sort(byCodePoint);
}
function listFactFiles(paths, cwd = process.cwd()) {
  if (paths.length === 0)
    throw new FactlintError("no fact set given");
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  const add2 = (absolute, name) => {
    if (seen.has(absolute))
      return;
    seen.add(absolute);
    files.push({ absolute, display: displayPath(absolute, cwd), name });
  };
  for (const given of paths) {
    const absolute = import_node_path.default.resolve(cwd, given);
    let stats;
    try {
      stats = (0, import_node_fs4.statSync)(absolute, { throwIfNoEntry: false });
    } catch {
      stats = void 0;
    }
    if (!stats)
      throw new FactlintError(`no such file or folder: ${given}`);
    if (stats.isDirectory()) {
      const inside2 = walk(absolute);
      if (inside2.length === 0)
        throw new FactlintError(`no fact files (*.json) in folder: ${given}`);
      for (const rel of inside2)
        add2(import_node_path.default.join(absolute, rel), rel);
    } else {
      add2(absolute, import_node_path.default.basename(absolute));
    }
  }
  const counts = /* @__PURE__ */ new Map();
  for (const f of files)
    counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
  return files.map((f) => (counts.get(f.name) ?? 0) > 1 ? { ...f, name: f.display } : f);
}

// dist/text/utf8.js
var import_node_buffer = require("node:buffer");
function hasUtf16Bom(buf) {
  return buf[0] === 255 && buf[1] === 254 || buf[0] === 254 && buf[1] === 255;
}
var UTF16_MESSAGE = "UTF-16 text: convert the file to UTF-8";
function encodingProblem(buf) {
  if (hasUtf16Bom(buf))
    return { message: UTF16_MESSAGE, line: 1 };
  if ((0, import_node_buffer.isUtf8)(buf))
    return void 0;
  const at = firstInvalidUtf8(buf);
  let line = 1;
  for (let i = 0; i < at; i++)
    if (buf[i] === 10 || buf[i] === 13 && buf[i + 1] !== 10)
      line++;
  return { message: `invalid UTF-8 at byte ${at} (line ${line})`, line };
}
function firstInvalidUtf8(buf) {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let need;
    let min;
    if (b < 128) {
      i++;
      continue;
    } else if (b >= 194 && b <= 223) {
      need = 1;
      min = 128;
    } else if (b >= 224 && b <= 239) {
      need = 2;
      min = 2048;
    } else if (b >= 240 && b <= 244) {
      need = 3;
      min = 65536;
    } else
      return i;
    let cp = b & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === void 0 || (c & 192) !== 128)
        return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343)
      return i;
    i += need + 1;
  }
  return -1;
}

// dist/facts/problem.js
var SECTION_ORDER = { entities: 1, properties: 2, statements: 3 };
function compareSegments(x, y) {
  const numeric = /^\d+$/;
  if (numeric.test(x) && numeric.test(y))
    return Number(x) - Number(y);
  return x < y ? -1 : x > y ? 1 : 0;
}
function sortProblems(problems, fileOrder) {
  const rank = new Map(fileOrder.map((f, i) => [f, i]));
  return problems.map((p, i) => {
    const keys = p.pointer.split("/").slice(1);
    return { p, i, keys, file: rank.get(p.file) ?? -1, section: keys.length === 0 ? 0 : SECTION_ORDER[keys[0]] ?? 0 };
  }).sort((a, b) => {
    if (a.file !== b.file)
      return a.file - b.file;
    if (a.section !== b.section)
      return a.section - b.section;
    const n = Math.min(a.keys.length, b.keys.length);
    for (let k = 0; k < n; k++) {
      const c = compareSegments(a.keys[k], b.keys[k]);
      if (c !== 0)
        return c;
    }
    return a.keys.length - b.keys.length || a.i - b.i;
  }).map((x) => x.p);
}

// dist/facts/schema.js
var import_node_fs5 = require("node:fs");
var import_node_module3 = require("node:module");
var import_node_url3 = require("node:url");
var FACTSET_SCHEMA_PATH = (0, import_node_url3.fileURLToPath)(new URL("../../claims/schema/factset.schema.json", importMetaUrl));
var compiled2;
function validator2() {
  if (compiled2)
    return compiled2;
  const require2 = (0, import_node_module3.createRequire)(importMetaUrl);
  const Ajv2020 = require2("ajv/dist/2020.js").default;
  const schema = JSON.parse((0, import_node_fs5.readFileSync)(FACTSET_SCHEMA_PATH, "utf8"));
  const ajv2 = new Ajv2020({ allErrors: true, verbose: true, strict: true });
  compiled2 = ajv2.compile(schema);
  return compiled2;
}
function validateFactFile(data, file) {
  const validate = validator2();
  if (validate(data))
    return [];
  const errors = (validate.errors ?? []).filter((e) => !(e.keyword === "additionalProperties" && e.instancePath === "" && !holdsEntries(data[String(e.params.additionalProperty)])));
  return errors.length ? formatSchemaErrors(errors, file) : [];
}
function holdsEntries(v) {
  return Array.isArray(v) && (v.length === 0 || v.some((x) => x !== null && typeof x === "object" && !Array.isArray(x)));
}
var ENTRY_TITLES = /* @__PURE__ */ new Set(["entity", "property", "statement"]);
function parentPath(path2) {
  return path2.slice(0, path2.lastIndexOf("/"));
}
function titleOf(error) {
  const schema = error.parentSchema;
  return typeof schema?.title === "string" ? schema.title : void 0;
}
function describe2(error) {
  const path2 = error.instancePath;
  const params = error.params;
  const title = titleOf(error);
  switch (error.keyword) {
    case "required":
      return { pointer: path2, message: `missing "${String(params.missingProperty)}"` };
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const hint = path2 === "" ? " (a fact file holds entities, properties, statements)" : "";
      return { pointer: `${path2}/${pointerToken(key)}`, message: `unknown key "${key}"${hint}` };
    }
    case "type": {
      const want = TYPE_WORDS[String(params.type)] ?? String(params.type);
      if (path2 === "")
        return { pointer: path2, message: "a fact file must hold a JSON object" };
      const who = title && ENTRY_TITLES.has(title) ? `${title === "entity" ? "an" : "a"} ${title}` : label(path2);
      return { pointer: path2, message: `${who} must be ${want}, got ${show(error.data)}` };
    }
    case "pattern":
      if (error.propertyName !== void 0) {
        const name = error.propertyName;
        return { pointer: `${path2}/${pointerToken(name)}`, message: `invalid language code "${name}"` };
      }
      if (title === "date")
        return { pointer: path2, message: `invalid date ${String(error.data)}` };
      if (title === "period")
        return { pointer: path2, message: `invalid period ${String(error.data)}` };
      if (title === "id")
        return { pointer: path2, message: `invalid id ${show(error.data)} (use lowercase letters, digits and "-")` };
      return { pointer: path2, message: `${label(path2)} does not match ${String(params.pattern)}` };
    case "not":
      return { pointer: path2, message: `${label(path2)} is reserved for the loader` };
    case "propertyNames":
      return void 0;
    // reported by the pattern error on the name itself
    case "enum":
      return {
        pointer: path2,
        message: `${label(path2)} must be one of ${params.allowedValues.map(String).join(", ")} (got ${show(error.data)})`
      };
    case "minItems":
      if (title === "name list")
        return { pointer: path2, message: `empty name list ${label(path2)}` };
      return { pointer: path2, message: `${label(path2)} must not be an empty list` };
    case "minLength":
      if (title === "name")
        return { pointer: path2, message: `empty name in ${label(parentPath(path2))}` };
      return { pointer: path2, message: `${label(path2)} must not be empty` };
    case "minProperties":
      return { pointer: path2, message: `${label(path2)} must not be empty` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { pointer: path2, message: `${label(path2)} must be ${String(params.comparison)} ${String(params.limit)} (got ${show(error.data)})` };
    case "anyOf": {
      const schema = error.parentSchema;
      const want = typeof schema?.description === "string" ? schema.description : "of another form";
      return { pointer: path2, message: `${label(path2)} must be ${want}, got ${show(error.data)}` };
    }
    default:
      return { pointer: path2, message: `${label(path2)} ${error.message ?? "is invalid"}` };
  }
}
function formatSchemaErrors(errors, file) {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  const ownerOf = (path2) => {
    for (let p = path2; ; p = parentPath(p)) {
      if (anyOfPaths.has(p))
        return p;
      if (p === "")
        return void 0;
    }
  };
  const explained = /* @__PURE__ */ new Set();
  const kept = [];
  for (const error of errors) {
    if (error.keyword === "anyOf")
      continue;
    const owner = ownerOf(error.instancePath);
    if (owner !== void 0 && error.keyword === "type" && error.instancePath === owner)
      continue;
    if (owner !== void 0)
      explained.add(owner);
    kept.push(error);
  }
  for (const error of errors) {
    if (error.keyword === "anyOf" && !explained.has(error.instancePath))
      kept.push(error);
  }
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const error of kept) {
    const d = describe2(error);
    if (!d)
      continue;
    const key = `${d.pointer}\0${d.message}`;
    if (seen.has(key))
      continue;
    seen.add(key);
    problems.push({ file, pointer: d.pointer, message: d.message });
  }
  return problems;
}

// dist/facts/kinds.js
var PLACE_TYPES = /* @__PURE__ */ new Set(["country", "region", "city"]);
var CONTAINER_TYPES = /* @__PURE__ */ new Set([...PLACE_TYPES, "place"]);
var CONTEXT_TYPES = /* @__PURE__ */ new Set(["country", "currency", "organization"]);
var PLACE_TYPE_ALIASES = new Map([
  ...["province", "oblast", "governorate", "prefecture", "territory", "county", "district", "regency", "island", "department", "canton", "emirate"].map((t) => [t, "region"]),
  ...["town", "village", "municipality", "settlement", "capital"].map((t) => [t, "city"])
]);
var TIME_UNITS = /* @__PURE__ */ new Set(["years", "months", "days"]);
var MEASURES = /* @__PURE__ */ new Set(["km", "m", "m3", "t", "MW"]);
var UNIT_ALIASES = new Map([
  ...["km", "kilometre", "kilometres", "kilometer", "kilometers"].map((u) => [u, "km"]),
  ...["MW", "megawatt", "megawatts"].map((u) => [u, "MW"]),
  ...["t", "tonne", "tonnes", "ton", "tons", "metric tons", "metric tonnes"].map((u) => [u, "t"]),
  ...["m3", "m\xB3", "cubic metre", "cubic metres", "cubic meter", "cubic meters"].map((u) => [u, "m3"]),
  ...["m", "metre", "metres", "meter", "meters"].map((u) => [u, "m"])
]);
function isCurrency(unit) {
  return unit !== void 0 && /^[A-Z]{3}$/u.test(unit);
}
function unitFits(property, figure) {
  return property === figure || isCurrency(figure) && (isCurrency(property) || property === "currency");
}
function canonicalUnit(unit) {
  return UNIT_ALIASES.get(unit) ?? (unit.length > 3 ? UNIT_ALIASES.get(unit.toLowerCase()) : void 0) ?? unit;
}

// dist/facts/suggest.js
function boundedEditDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max)
    return max + 1;
  let prev = new Array(b.length + 1);
  let cur = new Array(b.length + 1);
  for (let j = 0; j <= b.length; j++)
    prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = v;
      if (v < rowMin)
        rowMin = v;
    }
    if (rowMin > max)
      return max + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length], max + 1);
}
var Suggester = class {
  candidates;
  maxLookups;
  cache = /* @__PURE__ */ new Map();
  lookups = 0;
  constructor(candidates, maxLookups = 25) {
    this.candidates = candidates;
    this.maxLookups = maxLookups;
  }
  /** The closest candidate within a few edits, or undefined (also once the lookup budget is spent). */
  suggest(unknown) {
    if (this.cache.has(unknown))
      return this.cache.get(unknown);
    if (this.lookups >= this.maxLookups)
      return void 0;
    this.lookups++;
    const max = unknown.length <= 4 ? 1 : unknown.length <= 12 ? 2 : 3;
    let best;
    let bestDistance = max + 1;
    for (const candidate of this.candidates) {
      const d = boundedEditDistance(unknown, candidate, Math.min(max, bestDistance - 1));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
        if (d === 1)
          break;
      }
    }
    this.cache.set(unknown, best);
    return best;
  }
};

// dist/facts/semantic.js
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function list(data, key) {
  const v = isRecord(data) ? data[key] : void 0;
  return Array.isArray(v) ? v : [];
}
var NUMERIC_KINDS = /* @__PURE__ */ new Set(["quantity", "change", "share"]);
var DATE_FIELDS = ["from", "to", "date", "verified"];
var precisionOf = (p) => p === "month" || p === "year" || p === "day" ? p : void 0;
function checkFactSemantics(files, options) {
  const problems = [];
  const entities = /* @__PURE__ */ new Map();
  const properties = /* @__PURE__ */ new Map();
  const statementIds = /* @__PURE__ */ new Map();
  for (const { file, data } of files) {
    collect(list(data, "entities"), "entities", "entity", "type", entities, file, problems);
    collect(list(data, "properties"), "properties", "property", "kind", properties, file, problems);
    collect(list(data, "statements"), "statements", "statement", "property", statementIds, file, problems);
  }
  let entitySuggester;
  let officeSuggester;
  let propertySuggester;
  const suggestEntity = (id, office) => {
    if (office) {
      officeSuggester ??= new Suggester([...entities].filter(([, d]) => d.type === "office").map(([k]) => k));
      return officeSuggester.suggest(id);
    }
    entitySuggester ??= new Suggester([...entities.keys()]);
    return entitySuggester.suggest(id);
  };
  const didYouMean = (s) => s === void 0 ? "" : ` (did you mean "${s}"?)`;
  const at = (entry, path2, j) => j === void 0 ? `${entry}/${path2}` : `${entry}/${path2}/${j}`;
  const entityRef = (id, file, entry, path2, j, office = false) => {
    if (!options.checkReferences || typeof id !== "string")
      return;
    const found = entities.get(id);
    if (found === void 0 || office) {
      const field = path2.replace("/", ".");
      if (found) {
        if (found.type !== "office") {
          problems.push({ file, pointer: at(entry, path2, j), message: `"${id}" in ${field} is not an office (type ${String(found.type)})` });
        }
        return;
      }
      const hint = properties.has(id) ? ` ("${id}" is a property)` : didYouMean(suggestEntity(id, office));
      problems.push({ file, pointer: at(entry, path2, j), message: `unknown ${office ? "office" : "entity"} "${id}" in ${field}${hint}` });
    }
  };
  const entityRefs = (ids, file, entry, path2) => {
    if (!Array.isArray(ids))
      return entityRef(ids, file, entry, path2);
    for (let j = 0; j < ids.length; j++)
      entityRef(ids[j], file, entry, path2, j);
  };
  const propertyRef = (id, file, entry, path2) => {
    if (typeof id !== "string")
      return void 0;
    const found = properties.get(id);
    if (found || !options.checkReferences)
      return found;
    propertySuggester ??= new Suggester([...properties.keys()]);
    const hint = entities.has(id) ? ` ("${id}" is an entity)` : didYouMean(propertySuggester.suggest(id));
    problems.push({ file, pointer: at(entry, path2), message: `unknown property "${id}"${path2 === "property" ? "" : ` in ${path2}`}${hint}` });
    return void 0;
  };
  for (const { file, data } of files) {
    for (const section2 of ["entities"]) {
      list(data, section2).forEach((e, i) => {
        if (!isRecord(e))
          return;
        for (const field of ["names", "adjectives"]) {
          const names = e[field];
          if (!isRecord(names))
            continue;
          for (const [lang, words4] of Object.entries(names)) {
            if (!Array.isArray(words4))
              continue;
            words4.forEach((w, k) => {
              if (typeof w === "string" && isOneLetter(w)) {
                problems.push({ file, pointer: `/${section2}/${i}/${field}/${lang}/${k}`, message: `the name "${w}" is one letter: it would be found in almost every text` });
              }
            });
          }
        }
      });
    }
    list(data, "properties").forEach((p, i) => {
      if (!isRecord(p))
        return;
      if (p.of !== void 0) {
        const base = propertyRef(p.of, file, `/properties/${i}`, "of");
        if (p.kind === "change" && base && base.type !== "quantity") {
          problems.push({ file, pointer: `/properties/${i}/of`, message: `a change property grows a quantity; "${String(p.of)}" is a ${String(base.type)} property` });
        }
      } else if (p.kind === "change") {
        problems.push({ file, pointer: `/properties/${i}`, message: `a change property needs "of", the quantity property it is the growth of: without it no figure can be read as "${String(p.id)}"` });
      }
    });
    list(data, "statements").forEach((s, i) => {
      if (isRecord(s))
        checkStatement(s, file, `/statements/${i}`);
    });
  }
  return problems;
  function checkStatement(s, file, entry) {
    entityRefs(s.subject, file, entry, "subject");
    entityRefs(s.of, file, entry, "of");
    if (s.parties !== void 0)
      entityRefs(s.parties, file, entry, "parties");
    const object = s.object;
    if (isRecord(object)) {
      entityRef(object.office, file, entry, "object/office", void 0, true);
      entityRef(object.of, file, entry, "object/of");
    } else {
      entityRef(object, file, entry, "object");
    }
    for (const field of DATE_FIELDS) {
      const v = s[field];
      if (typeof v === "string" && !isValidDate2(v))
        problems.push({ file, pointer: `${entry}/${field}`, message: `invalid date ${v}` });
    }
    if (typeof s.from === "string" && typeof s.to === "string" && isValidDate2(s.from) && isValidDate2(s.to) && boundaryRange(s.from, precisionOf(s.fromPrecision), void 0).earliest > boundaryRange(s.to, precisionOf(s.toPrecision), void 0).latest) {
      problems.push({ file, pointer: `${entry}/from`, message: `from ${s.from} is after to ${s.to}` });
    }
    for (const [alt, day] of [["fromAlt", "from"], ["toAlt", "to"]]) {
      const list2 = s[alt];
      if (!Array.isArray(list2))
        continue;
      if (typeof s[day] !== "string")
        problems.push({ file, pointer: `${entry}/${alt}`, message: `${alt} gives other days for "${day}", which the statement does not have` });
      list2.forEach((d, k) => {
        if (typeof d === "string" && !isValidDate2(d))
          problems.push({ file, pointer: `${entry}/${alt}/${k}`, message: `invalid date ${d}` });
      });
    }
    for (const [precision, day] of [["fromPrecision", "from"], ["toPrecision", "to"]]) {
      if (s[precision] !== void 0 && typeof s[day] !== "string")
        problems.push({ file, pointer: `${entry}/${precision}`, message: `${precision} qualifies "${day}", which the statement does not have` });
    }
    if (s.verified !== void 0 && s.to !== null)
      problems.push({ file, pointer: `${entry}/verified`, message: "verified dates an open term: it belongs on a statement with to: null" });
    if (typeof s.min === "number" && typeof s.max === "number" && s.min > s.max)
      problems.push({ file, pointer: `${entry}/min`, message: `min ${s.min} is above max ${s.max}` });
    if (typeof s.period === "string") {
      const problem = periodProblem(s.period);
      if (problem)
        problems.push({ file, pointer: `${entry}/period`, message: problem });
    }
    const property = propertyRef(s.property, file, entry, "property");
    if (property)
      checkShape(s, String(s.property), property.type, file, entry);
  }
  function checkShape(s, propertyId, kind, file, at2) {
    const needs = (what, field) => {
      problems.push({
        file,
        pointer: s[field] === void 0 ? at2 : `${at2}/${field}`,
        message: `statement for property "${propertyId}" (kind ${String(kind)}) needs ${what}`
      });
    };
    if (kind === "office") {
      const o = s.object;
      if (!isRecord(o) || typeof o.office !== "string" || typeof o.of !== "string")
        needs("an object {office, of}", "object");
    } else if (typeof kind === "string" && NUMERIC_KINDS.has(kind)) {
      if (typeof s.value !== "number" && typeof s.min !== "number" && typeof s.max !== "number")
        needs("a numeric value (or min / max bounds)", "value");
      for (const field of ["value", "min", "max"]) {
        const v = s[field];
        if (typeof v !== "number")
          continue;
        if (kind === "quantity" && v <= 0)
          problems.push({ file, pointer: `${at2}/${field}`, message: `${field} ${v} of "${propertyId}" is not a positive amount` });
        if (kind === "share" && (v < 0 || v > 100))
          problems.push({ file, pointer: `${at2}/${field}`, message: `${field} ${v} of "${propertyId}" is not a share between 0 and 100` });
      }
    } else if (kind === "place") {
      if (typeof s.object !== "string")
        needs("an object (the id of the place)", "object");
    } else if (kind === "date") {
      if (typeof s.date !== "string" && typeof s.from !== "string")
        needs("a date or from", "date");
    }
  }
}
function isOneLetter(w) {
  if (w.length >= 2 && isPlainLetter(w.charCodeAt(0)) && isPlainLetter(w.charCodeAt(1)))
    return false;
  return w.replace(INVISIBLE_ALL, "").replace(/\s/gu, "").length === 1;
}
function isPlainLetter(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c >= 1040 && c <= 1103;
}
function collect(entries, section2, noun, typeKey, seen, file, problems) {
  entries.forEach((e, i) => {
    if (!isRecord(e) || typeof e.id !== "string")
      return;
    const first = seen.get(e.id);
    if (first) {
      problems.push({ file, pointer: `/${section2}/${i}/id`, message: `duplicate ${noun} id "${e.id}" (first defined in ${first.where})` });
    } else {
      seen.set(e.id, { where: `${file}#/${section2}/${i}`, type: e[typeKey] });
    }
  });
}

// dist/facts/load.js
var LOADER_VERSION = "factset-v1/4";
function loadFactSet(paths, options = {}) {
  const files = listFactFiles(paths, options.cwd);
  const hash = createHash("sha256").update(LOADER_VERSION);
  const problems = [];
  const parsed = [];
  let allParsed = true;
  for (const f of files) {
    let bytes;
    try {
      bytes = (0, import_node_fs6.readFileSync)(f.absolute);
    } catch (err) {
      throw new FactlintError(`cannot read fact file ${f.display}: ${ioReason(err)}`);
    }
    const encoding = encodingProblem(bytes);
    if (encoding) {
      problems.push({ file: f.display, pointer: "", message: encoding.message });
      allParsed = false;
      continue;
    }
    let text = bytes.toString("utf8");
    hash.update(`\0${f.display}\0${text.length}\0`).update(bytes);
    if (text.charCodeAt(0) === 65279)
      text = text.slice(1);
    const result = parseJsonChecked(text);
    if (!result.ok) {
      const { line, column, reason } = result.error;
      problems.push({ file: f.display, pointer: "", message: `invalid JSON at line ${line}, column ${column}: ${reason}` });
      allParsed = false;
      continue;
    }
    for (const d of result.duplicates) {
      problems.push({ file: f.display, pointer: d.pointer, message: `duplicate key "${d.key}" (line ${d.line}, column ${d.column}): JSON keeps only the last value` });
    }
    problems.push(...validateFactFile(result.value, f.display));
    parsed.push({ file: f.display, name: f.name, data: result.value });
  }
  const reported2 = new Set(problems.map((p) => `${p.file}#${p.pointer}`));
  for (const p of checkFactSemantics(parsed, { checkReferences: allParsed })) {
    if (!reported2.has(`${p.file}#${p.pointer}`))
      problems.push(p);
  }
  const order = files.map((f) => f.display);
  if (problems.length > 0)
    throw new FactSetError(sortProblems(problems, order));
  return { ...merge(parsed), files: order, hash: hash.digest("hex") };
}
function section(data, key) {
  const v = data[key];
  return Array.isArray(v) ? v : [];
}
function merge(parsed) {
  const facts = { entities: [], properties: [], statements: [] };
  const statements = [];
  const entityOrigins = /* @__PURE__ */ new Map();
  for (const { file, name, data } of parsed) {
    section(data, "entities").forEach((e, i) => {
      const kind = PLACE_TYPE_ALIASES.get(e.type);
      if (kind)
        e.type = kind;
      facts.entities.push(e);
      entityOrigins.set(e.id, { file, pointer: `/entities/${i}` });
    });
    for (const p of section(data, "properties")) {
      if (typeof p.unit === "string")
        p.unit = canonicalUnit(p.unit);
      facts.properties.push(p);
    }
    section(data, "statements").forEach((s, i) => {
      const pointer = `/statements/${i}`;
      const indexed = s;
      if (typeof indexed.unit === "string")
        indexed.unit = canonicalUnit(indexed.unit);
      if (typeof indexed.id !== "string")
        indexed.id = `${name}#${pointer}`;
      indexed.origin = { file, pointer };
      statements.push(indexed);
    });
  }
  facts.statements = statements;
  return { facts, statements, entityOrigins };
}

// dist/facts/index.js
function inPossibleSpan(date, s) {
  const span = possibleSpan(s);
  return dateInSpan(date, span.from, span.to);
}
function isDeprecated(s) {
  return s.rank === "deprecated";
}
var FactIndex = class {
  reload;
  source;
  withinCache = /* @__PURE__ */ new Map();
  /**
   * Over a loaded set, or over a stored one; `reload` loads the set from its files, for when the
   * stored bytes prove damaged on a later read: the index then answers from the loaded set.
   */
  constructor(set, reload) {
    this.reload = reload;
    this.source = "facts" in set ? new EagerIndex(set) : set;
  }
  /** A query of the source; a damaged stored set is replaced by the loaded one and asked again. */
  ask(query) {
    if (!this.reload)
      return query(this.source);
    try {
      return query(this.source);
    } catch {
      this.replace();
      return query(this.source);
    }
  }
  /** Loads the set from its files instead of the stored bytes (once). */
  replace() {
    const reload = this.reload;
    if (!reload)
      return;
    this.reload = void 0;
    this.source = new EagerIndex(reload());
  }
  /** The entity with this id, if any. */
  entity(id) {
    return this.ask((s) => s.entity(id));
  }
  /** The property with this id, if any. */
  property(id) {
    return this.ask((s) => s.property(id));
  }
  /** A statement by its id ("offices.json#/statements/3"). */
  statement(id) {
    return this.ask((s) => s.statement(id));
  }
  /** All entities, in load order. */
  entities() {
    return this.ask((s) => s.entities());
  }
  /** All properties, in load order. */
  properties() {
    return this.ask((s) => s.properties());
  }
  /** Entities of one type ("office", "person", "country"...), in load order. */
  entitiesOfType(type) {
    return this.ask((s) => s.entitiesOfType(type));
  }
  /** Every statement of a property (any subject, any rank), in load order. */
  statementsOf(property) {
    return this.ask((s) => s.statementsOf(property));
  }
  /** Every holds-office statement of a post (office of a country/organisation), earliest first. */
  postsOf(office, of) {
    return this.ask((s) => s.postsOf(office, of));
  }
  /**
   * Who may have held the post on `date` (YYYY-MM-DD): from ≤ date ≤ to, no from = since always,
   * to null = still; an uncertain boundary counts with every candidate day (facts/uncertain.ts).
   */
  holdersAt(office, of, date) {
    return this.postsOf(office, of).filter((s) => !isDeprecated(s) && inPossibleSpan(date, s));
  }
  /** Every post a person held, at any time and of any rank, earliest first. */
  heldBy(person) {
    return this.ask((s) => s.heldBy(person));
  }
  /** The posts a person held on `date` (YYYY-MM-DD). */
  heldByAt(person, date) {
    return this.heldBy(person).filter((s) => !isDeprecated(s) && inPossibleSpan(date, s));
  }
  /**
   * Statements of a property about exactly this set of subjects (order and repeats do not
   * matter: ["russia","kyrgyzstan"] finds a statement on ["kyrgyzstan","russia"]), in load order.
   */
  statementsFor(property, subjects, opts = {}) {
    const found = this.ask((s) => s.bySubjects(property, setKey(subjects)));
    if (opts.of === void 0)
      return found;
    const want = setKey(opts.of);
    return found.filter((s) => setKey(asList(s.of)) === want);
  }
  /** Where a subject is, directly (objects of its place statements), in load order. */
  locatedIn(subject) {
    return this.ask((s) => s.locatedIn(subject));
  }
  /**
   * Every place a subject lies in, nearest first, following located-in transitively
   * (Kant → Chuy region → Kyrgyzstan). A cycle in the data ends the walk instead of looping.
   */
  placesAround(subject) {
    const cached = this.withinCache.get(subject);
    if (cached)
      return cached;
    const seen = /* @__PURE__ */ new Set([subject]);
    const order = [];
    for (let i = -1; i < order.length; i++) {
      const from = i < 0 ? subject : order[i];
      for (const target of this.locatedIn(from)) {
        if (seen.has(target))
          continue;
        seen.add(target);
        order.push(target);
      }
    }
    this.withinCache.set(subject, order);
    return order;
  }
  /** True when `place` is reached from `subject` by one or more located-in steps. */
  isWithin(subject, place2) {
    return this.placesAround(subject).includes(place2);
  }
  /** Date statements whose subjects include `subject`, optionally of one property, in load order. */
  datesOf(subject, property) {
    const all = this.ask((s) => s.datesOf(subject));
    return property === void 0 ? all : all.filter((s) => s.property === property);
  }
  /** Entities with a place or a date (what head nouns can refer to), in load order. */
  locatableEntities() {
    return this.ask((s) => s.locatable());
  }
  /** The names for a NameMatcher: the entities, or the stored set's tables grouped in advance. */
  names() {
    const names = this.ask((s) => s.names());
    if (!this.reload || !("groupedNames" in names))
      return names;
    return guardNames(names, () => {
      this.replace();
      return this.source.entities();
    });
  }
};

// dist/facts/disk-map.js
function keyHash(key) {
  return hashRange(key, 0, key.length) >>> 0;
}
var ENTRY = 16;
var DiskMap = class {
  bytes;
  count;
  slots;
  entries;
  constructor(bytes) {
    this.bytes = bytes;
    this.count = bytes.readUInt32LE(0);
    this.slots = bytes.readUInt32LE(4);
    this.entries = 8 + this.slots * 4;
    if ((this.slots & this.slots - 1) !== 0 || this.slots < this.count || this.entries + this.count * ENTRY > bytes.length) {
      throw new RangeError("not a disk map");
    }
  }
  get size() {
    return this.count;
  }
  /** The two numbers stored for `key`, or undefined. */
  get(key) {
    const i = this.indexOf(key);
    return i < 0 ? void 0 : this.valueAt(i);
  }
  /** The key of entry i (entries are in key order). */
  keyAt(i) {
    const e = this.entries + i * ENTRY;
    const at = this.bytes.readUInt32LE(e);
    return this.bytes.toString("utf8", at, at + this.bytes.readUInt32LE(e + 4));
  }
  valueAt(i) {
    const e = this.entries + i * ENTRY;
    return [this.bytes.readUInt32LE(e + 8), this.bytes.readUInt32LE(e + 12)];
  }
  /** Entries [from, to) whose keys start with `prefix`. */
  rangeOf(prefix) {
    const from = this.lowerBound(prefix);
    let lo = from;
    let hi = this.count;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.keyAt(mid).startsWith(prefix))
        lo = mid + 1;
      else
        hi = mid;
    }
    return [from, lo];
  }
  lowerBound(key) {
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (this.keyAt(mid) < key)
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo;
  }
  /** The entry number of `key`, or -1. */
  indexOf(key) {
    const mask = this.slots - 1;
    for (let s = keyHash(key) & mask, n = 0; n <= this.count; s = s + 1 & mask, n++) {
      const i = this.bytes.readUInt32LE(8 + s * 4);
      if (i === 0)
        return -1;
      if (i > this.count)
        throw new RangeError("damaged disk map");
      if (this.keyAt(i - 1) === key)
        return i - 1;
    }
    return -1;
  }
};

// dist/facts/stored-format.js
var import_node_buffer2 = require("node:buffer");
var MARKER = "factlint-fact-cache/4";
var MAGIC = Buffer.from(`${MARKER}
`, "latin1");
var LIST_MAPS = ["byType", "posts", "holders", "bySubject", "byProperty", "places", "dates"];
var SEP = "\0";
var NAME_SEP = "";
var SURNAME_SEP = "";
var IRREGULAR = "";
var NAME_FIELDS = 6;
function utf8(bytes) {
  if (!(0, import_node_buffer2.isUtf8)(bytes))
    throw new TypeError("not UTF-8");
  return bytes.toString("utf8");
}

// dist/facts/stored-names.js
var SCRIPTS = ["cyrl", "latn", "other"];
var BUCKET = 3;
var StoredNames = class {
  store;
  groupedNames = true;
  /** Buckets parsed, by entry number: the matchers of en, de and id read the same Latin buckets. */
  parsed = /* @__PURE__ */ new Map();
  constructor(store) {
    this.store = store;
  }
  groups(grouping) {
    return new StoredGroups(this.store, grouping, (i) => this.bucket(i));
  }
  bucket(i) {
    let r = this.parsed.get(i);
    if (!r) {
      const [at, length] = this.store.map("names").valueAt(i);
      r = JSON.parse(utf8(this.store.slice("names.json", at, length)));
      if (!Array.isArray(r))
        throw new TypeError("names: not a list of records");
      this.parsed.set(i, r);
    }
    return r;
  }
};
var StoredGroups = class {
  store;
  grouping;
  bucket;
  size;
  open = true;
  tables = [];
  /** Rank of each language (by number) in the matcher's order: the article's first, then code-point order. */
  rank;
  own;
  taken = /* @__PURE__ */ new Set();
  irregular;
  filter;
  constructor(store, grouping, bucket) {
    this.store = store;
    this.grouping = grouping;
    this.bucket = bucket;
    const { header } = store;
    const lang = grouping.lang;
    const script = langScript(lang);
    this.rank = header.langs.map((l, i) => l === lang ? 0 : i + 1);
    this.own = header.langs.indexOf(lang);
    let size = 0;
    for (const [l, counts] of Object.entries(header.nameCounts)) {
      for (const [s, n] of Object.entries(counts))
        if (l === lang || s === script)
          size += n;
    }
    this.size = size;
    for (const s of SCRIPTS) {
      const any = s === script;
      if (!any && !header.nameCounts[lang]?.[s])
        continue;
      this.tables.push({ prefix: `${s}${NAME_SEP}`, any, surnameFirst: false });
      if (grouping.surnameFirst)
        this.tables.push({ prefix: `${s}${SURNAME_SEP}`, any, surnameFirst: true });
    }
    this.filter = grouping.length !== BUCKET || grouping.elisions.length > 0;
  }
  take(g) {
    if (this.taken.has(g))
      return void 0;
    this.taken.add(g);
    const map = this.store.map("names");
    const { length, elisions } = this.grouping;
    const out = [];
    for (const table2 of this.tables) {
      const entries = /* @__PURE__ */ new Set();
      if (g.length === length && length < BUCKET)
        this.addRange(map, table2.prefix + g, entries);
      else
        this.addExact(map, table2.prefix + g.slice(0, BUCKET), entries);
      for (const e of elisions)
        if (e.slice(0, length) === g)
          this.addRange(map, table2.prefix + e.slice(0, BUCKET), entries);
      for (const i of entries)
        this.read(i, table2, out, this.filter ? g : void 0);
    }
    const odd = this.irregularGroups().get(g);
    if (odd)
      out.push(...odd);
    if (out.length === 0)
      return void 0;
    return out.sort((a, b) => a.seq - b.seq);
  }
  addExact(map, key, into) {
    const i = map.indexOf(key);
    if (i >= 0)
      into.add(i);
  }
  addRange(map, prefix, into) {
    const [from, to] = map.rangeOf(prefix);
    for (let i = from; i < to; i++)
      if (!map.keyAt(i).endsWith(IRREGULAR))
        into.add(i);
  }
  /** Parses a bucket's records into `out`; with `only`, keeps the names of that group. */
  read(entry, table2, out, only) {
    const { header } = this.store;
    const r = this.bucket(entry);
    const langs = header.langs.length + 1;
    const slots = header.nameSlots;
    for (let k = 0; k < r.length; ) {
      const entity = r[k];
      const form = r[k + 1];
      const type = header.types[r[k + 2]];
      const id = r[k + 3];
      const name = r[k + 4];
      const n = r[k + 5];
      const end = k + NAME_FIELDS + 2 * n;
      if (typeof id !== "string" || typeof name !== "string" || type === void 0 || !Number.isInteger(entity) || !(n > 0) || end > r.length)
        throw new TypeError("names: damaged record");
      let best = Infinity;
      for (let w = k + NAME_FIELDS; w < end; w += 2) {
        const l = r[w];
        if (!table2.any && l !== this.own)
          continue;
        const rank = this.rank[l];
        if (rank === void 0)
          throw new TypeError("names: damaged record");
        best = Math.min(best, rank * slots + r[w + 1]);
      }
      k = end;
      if (best === Infinity)
        continue;
      const scope = entity * 2 + form;
      const base = scope * NAME_KINDS * langs * slots + best;
      const kind = form === 1 ? "adjective" : "name";
      if (!table2.surnameFirst) {
        if (only !== void 0 && this.grouping.groupOf(name) !== only)
          continue;
        out.push({ id, type, form: kind, name, seq: base, scope: scope + 1 });
        continue;
      }
      const forms = surnameFirstForms(name);
      if (forms.length === 0 || only !== void 0 && this.grouping.groupOf(forms[0]) !== only)
        continue;
      for (let f = 0; f < forms.length; f++)
        out.push({ id, type, form: kind, name: forms[f], seq: base + (f + 1) * langs * slots, scope: scope + 1 });
    }
  }
  /** Names of the irregular buckets, by the group the matcher gives them (read once). */
  irregularGroups() {
    if (this.irregular)
      return this.irregular;
    const map = this.store.map("names");
    const all = [];
    for (const table2 of this.tables) {
      const entry = map.indexOf(table2.prefix + IRREGULAR);
      if (entry >= 0)
        this.read(entry, table2, all, void 0);
    }
    this.irregular = /* @__PURE__ */ new Map();
    for (const p of all) {
      const g = this.grouping.groupOf(p.name);
      if (g === void 0)
        continue;
      const list2 = this.irregular.get(g);
      if (list2)
        list2.push(p);
      else
        this.irregular.set(g, [p]);
    }
    return this.irregular;
  }
};

// dist/facts/stored-set.js
function isHeader(h, size) {
  const x = h;
  if (typeof x !== "object" || x === null || x.marker !== MARKER || x.size !== size)
    return false;
  if (typeof x.key !== "string" || typeof x.hash !== "string" || !Array.isArray(x.files) || !Array.isArray(x.properties))
    return false;
  if (!Number.isInteger(x.entityCount) || !Number.isInteger(x.statementCount) || !Number.isInteger(x.nameSlots))
    return false;
  if (!Array.isArray(x.types) || !Array.isArray(x.langs) || !Array.isArray(x.locatable) || typeof x.nameCounts !== "object" || x.nameCounts === null)
    return false;
  const needed = ["entities", "entities.at", "entities.id", "statements", "statements.at", "statements.id", "names", "names.json", ...LIST_MAPS.flatMap((m) => [m, `${m}.json`])];
  return typeof x.sections === "object" && x.sections !== null && needed.every((n) => {
    const s = x.sections[n];
    return Array.isArray(s) && Number.isInteger(s[0]) && Number.isInteger(s[1]) && s[0] >= 0 && s[1] >= 0 && s[0] + s[1] <= size;
  });
}
function isEntity(v) {
  const e = v;
  return typeof e === "object" && e !== null && typeof e.id === "string" && typeof e.type === "string";
}
function isStatement(v) {
  const s = v;
  return typeof s === "object" && s !== null && typeof s.id === "string" && typeof s.property === "string" && typeof s.origin === "object" && s.origin !== null;
}
var StoredSet = class _StoredSet {
  source;
  header;
  sectionCache = /* @__PURE__ */ new Map();
  maps = /* @__PURE__ */ new Map();
  entityRecords;
  statementRecords;
  lists = /* @__PURE__ */ new Map();
  propertyById = /* @__PURE__ */ new Map();
  entityById = /* @__PURE__ */ new Map();
  storedNames;
  constructor(source, header) {
    this.source = source;
    this.header = header;
    this.entityRecords = new Array(header.entityCount);
    this.statementRecords = new Array(header.statementCount);
    for (const p of header.properties)
      this.propertyById.set(p.id, p);
  }
  /** The set in these bytes, or undefined when they are not a whole cache file (of this key). */
  static open(source, key) {
    try {
      if (source.size < MAGIC.length + 4 || !source.read(0, MAGIC.length).equals(MAGIC))
        return void 0;
      const length = source.read(MAGIC.length, 4).readUInt32LE(0);
      const header = JSON.parse(utf8(source.read(MAGIC.length + 4, length)));
      if (!isHeader(header, source.size) || key !== void 0 && header.key !== key)
        return void 0;
      return new _StoredSet(source, header);
    } catch {
      return void 0;
    }
  }
  get files() {
    return this.header.files;
  }
  get hash() {
    return this.header.hash;
  }
  /** The whole file (for a worker thread). */
  bytes() {
    return this.source.all();
  }
  /** A section read whole, once. */
  section(name) {
    let b = this.sectionCache.get(name);
    if (!b) {
      const [at, length] = this.header.sections[name];
      this.sectionCache.set(name, b = this.source.read(at, length));
    }
    return b;
  }
  /** `length` bytes at `offset` of a section, read where they lie. */
  slice(name, offset, length) {
    const [at, size] = this.header.sections[name];
    if (offset + length > size)
      throw new RangeError(`${name}: past the end`);
    return this.source.read(at + offset, length);
  }
  map(name) {
    let m = this.maps.get(name);
    if (!m)
      this.maps.set(name, m = new DiskMap(this.section(name)));
    return m;
  }
  /** The JSON value a map holds for `key`, parsed. */
  json(name, key) {
    const where = this.map(name).get(key);
    return where ? JSON.parse(utf8(this.slice(`${name}.json`, where[0], where[1]))) : void 0;
  }
  record(name, i) {
    const at = this.section(`${name}.at`);
    const from = at.readUInt32LE(i * 4);
    return JSON.parse(utf8(this.slice(name, from, at.readUInt32LE(i * 4 + 4) - from)));
  }
  entityAt(i) {
    let e = this.entityRecords[i];
    if (!e) {
      if (!(i >= 0 && i < this.header.entityCount))
        throw new RangeError(`no entity ${i}`);
      const v = this.record("entities", i);
      if (!isEntity(v))
        throw new TypeError(`entity ${i} is not one`);
      this.entityRecords[i] = e = v;
    }
    return e;
  }
  statementAt(i) {
    let s = this.statementRecords[i];
    if (!s) {
      if (!(i >= 0 && i < this.header.statementCount))
        throw new RangeError(`no statement ${i}`);
      const v = this.record("statements", i);
      if (!isStatement(v))
        throw new TypeError(`statement ${i} is not one`);
      this.statementRecords[i] = s = v;
    }
    return s;
  }
  /** A map's list for a key, made of records by `at` (entityAt, statementAt), kept. */
  list(name, key, at) {
    let byKey = this.lists.get(name);
    if (!byKey)
      this.lists.set(name, byKey = /* @__PURE__ */ new Map());
    let list2 = byKey.get(key);
    if (!list2) {
      const v = this.json(name, key) ?? [];
      if (!Array.isArray(v))
        throw new TypeError(`${name}: not a list`);
      list2 = v.map((x) => at(x));
      byKey.set(key, list2);
    }
    return list2.length ? list2 : [];
  }
  statements(name, key) {
    return this.list(name, key, (i) => this.statementAt(i));
  }
  entity(id) {
    let e = this.entityById.get(id);
    if (e === void 0) {
      const at = this.map("entities.id").get(id);
      this.entityById.set(id, e = at ? this.entityAt(at[0]) : null);
    }
    return e ?? void 0;
  }
  property(id) {
    return this.propertyById.get(id);
  }
  statement(id) {
    const at = this.map("statements.id").get(id);
    return at ? this.statementAt(at[0]) : void 0;
  }
  entities() {
    const byId = /* @__PURE__ */ new Map();
    for (let i = 0; i < this.header.entityCount; i++) {
      const e = this.entityAt(i);
      byId.set(e.id, e);
    }
    return [...byId.values()];
  }
  properties() {
    return [...this.propertyById.values()];
  }
  entitiesOfType(type) {
    return this.list("byType", type, (i) => this.entityAt(i));
  }
  statementsOf(property) {
    return this.statements("byProperty", property);
  }
  postsOf(office, of) {
    return this.statements("posts", `${office}${SEP}${of}`);
  }
  heldBy(person) {
    return this.statements("holders", person);
  }
  bySubjects(property, key) {
    return this.statements("bySubject", `${property}${SEP}${key}`);
  }
  locatedIn(subject) {
    return this.list("places", subject, (x) => {
      if (typeof x !== "string")
        throw new TypeError("places: not a place");
      return x;
    });
  }
  datesOf(subject) {
    return this.statements("dates", subject);
  }
  locatable() {
    return this.header.locatable.map((i) => this.entityAt(i));
  }
  names() {
    const h = this.header;
    if (h.entityCount * 2 * NAME_KINDS * (h.langs.length + 1) * h.nameSlots > Number.MAX_SAFE_INTEGER)
      return this.entities();
    return this.storedNames ??= new StoredNames(this);
  }
  /** The whole set as plain objects, as loadFactSet gives it (without entity origins). */
  loaded() {
    const entities = Array.from({ length: this.header.entityCount }, (_, i) => this.entityAt(i));
    const statements = Array.from({ length: this.header.statementCount }, (_, i) => this.statementAt(i));
    return { facts: { entities, properties: this.header.properties, statements }, statements, files: this.header.files, hash: this.header.hash };
  }
};

// dist/facts/byte-writer.js
var FIRST = 64 * 1024;
var LARGEST = 4 * 1024 * 1024;

// dist/facts/cached-set.js
var EAGER_FILES = 50;
var SMALL_SET = 2e4;
function fromStored(stored, from, reload, file) {
  let index;
  let loaded;
  const whole = () => {
    if (loaded)
      return loaded;
    try {
      return loaded = stored.loaded();
    } catch {
      return loaded = reload();
    }
  };
  const small = stored.header.entityCount + stored.header.statementCount <= SMALL_SET;
  return {
    files: stored.files,
    hash: stored.hash,
    hit: true,
    index: (files = 1) => index ??= files >= EAGER_FILES && small ? new FactIndex(whole()) : new FactIndex(stored, reload),
    loaded: whole,
    handoff: () => file ? { file, key: stored.header.key } : { bytes: stored.bytes() },
    from
  };
}
function openHandoff(h) {
  if ("file" in h) {
    const source = FileSource.open(h.file);
    return source && StoredSet.open(source, h.key);
  }
  return StoredSet.open(new MemorySource(Buffer.from(h.bytes.buffer, h.bytes.byteOffset, h.bytes.byteLength)));
}

// dist/engine/run.js
var import_node_fs8 = require("node:fs");

// dist/document/dateline.js
var MAX_LINES = 5;
var MAX_PREFIX_CHARS = 40;
var MAX_PREFIX_WORDS = 4;
var FOUR_DIGITS = /\d{4}/;
var matchers2 = /* @__PURE__ */ new Map();
function monthOf(word, langs) {
  for (const l of langs) {
    const n = monthIndex(l, word);
    if (n !== void 0)
      return n;
  }
  return void 0;
}
function langsFor(lang) {
  const all = availableLangs("calendar");
  return lang && all.includes(lang) ? [lang, ...all.filter((l) => l !== lang)] : all;
}
function matchersFor(lang) {
  const key = lang ?? "";
  const cached = matchers2.get(key);
  if (cached)
    return cached;
  const langs = langsFor(lang);
  const month = langs.map((l) => calendarPattern(l)?.month).filter(Boolean).join("|");
  const B = "(?<![\\p{L}\\p{N}])";
  const E = "(?![\\p{L}\\p{N}])";
  const year = "(\\d{4})(?!\\d)";
  const list2 = [
    // 2023-10-12
    { re: new RegExp(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`, "u"), read: (m) => formatDate(+m[1], +m[2], +m[3]) },
    // 12.10.2023 (day first: the order of every language served here)
    { re: new RegExp(`${B}(\\d{1,2})\\.(\\d{1,2})\\.${year}`, "u"), read: (m) => formatDate(+m[3], +m[2], +m[1]) }
  ];
  if (month) {
    const mon = `(${month})(?![\\p{L}])`;
    list2.push({
      re: new RegExp(`${B}(\\d{1,2})\\.?[ \\t\\u00A0]+${mon}[ \\t\\u00A0]*,?[ \\t\\u00A0]+${year}`, "iu"),
      read: (m) => {
        const mo = monthOf(m[2], langs);
        return mo ? formatDate(+m[3], mo, +m[1]) : void 0;
      }
    });
    list2.push({
      re: new RegExp(`${B}${mon}[ \\t\\u00A0]+(\\d{1,2})(?:st|nd|rd|th)?,?[ \\t\\u00A0]+${year}`, "iu"),
      read: (m) => {
        const mo = monthOf(m[1], langs);
        return mo ? formatDate(+m[3], mo, +m[2]) : void 0;
      }
    });
  }
  matchers2.set(key, list2);
  return list2;
}
function isDatelinePrefix(prefix) {
  const p = prefix.trim();
  if (p === "")
    return true;
  if (p.length > MAX_PREFIX_CHARS || p.split(/\s+/u).length > MAX_PREFIX_WORDS)
    return false;
  if (/[.!?…](?:\s|$)/u.test(p))
    return false;
  return /[,:;|/·–—-]$/u.test(p) || !/\s/u.test(p);
}
function findDateline(text, from = 0, lang) {
  const lineRe = /[^\r\n]*/y;
  let pos = from;
  let seen = 0;
  while (pos < text.length && seen < MAX_LINES) {
    lineRe.lastIndex = pos;
    const fullLine = lineRe.exec(text)[0];
    const line = fullLine.slice(0, MAX_PREFIX_CHARS + 60);
    const lineStart = pos;
    pos += fullLine.length;
    if (text.charCodeAt(pos) === 13 && text.charCodeAt(pos + 1) === 10)
      pos += 2;
    else if (pos < text.length)
      pos += 1;
    if (fullLine.trim() === "")
      continue;
    seen++;
    if (!FOUR_DIGITS.test(line))
      continue;
    let best;
    let bestIndex = Infinity;
    for (const { re, read } of matchersFor(lang)) {
      const m = re.exec(line);
      if (!m || m.index >= bestIndex)
        continue;
      if (!isDatelinePrefix(line.slice(0, m.index).replace(/^[#>*\s]+/u, "")))
        continue;
      const date = read(m, lang);
      if (!date)
        continue;
      best = { date, span: { start: lineStart + m.index, end: lineStart + m.index + m[0].length } };
      bestIndex = m.index;
    }
    if (best)
      return best;
  }
  return void 0;
}

// dist/document/detect-lang.js
var import_node_path2 = require("node:path");

// dist/language/detect-pack.js
var SCRIPT_NAME = /^[A-Z][a-z]+$/;
function strings(v) {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}
function compile(lang, raw) {
  const p = raw;
  const where = `rules/lang/${lang}/detect.json`;
  if (!p || typeof p !== "object")
    throw new FactlintError(`${where}: expected an object`);
  if (!strings(p.scripts) || p.scripts.length === 0 || !p.scripts.every((s) => SCRIPT_NAME.test(s)))
    throw new FactlintError(`${where}#/scripts: expected Unicode script names such as "Latin"`);
  if (typeof p.alphabet !== "string" || !p.alphabet)
    throw new FactlintError(`${where}#/alphabet: expected the language's lower-case letters`);
  for (const key of ["words", "letters", "against"]) {
    if (p[key] !== void 0 && !strings(p[key]))
      throw new FactlintError(`${where}#/${key}: expected a list of strings`);
  }
  if (!p.words?.length)
    throw new FactlintError(`${where}#/words: expected frequent function words`);
  const norm = (s) => s.normalize("NFC").toLowerCase();
  return {
    lang,
    scripts: p.scripts,
    alphabet: /* @__PURE__ */ new Set([...norm(p.alphabet)]),
    words: new Set(p.words.map(norm)),
    letters: new Set((p.letters ?? []).map(norm)),
    against: new Set((p.against ?? []).map(norm))
  };
}
var profiles;
function detectProfiles() {
  return profiles ??= availableLangs("detect").map((lang) => compile(lang, loadPack(lang, "detect")));
}

// dist/document/detect-lang.js
var ISO_639_1 = new Set("aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu".split(" "));
function langFromFileName(path2) {
  const parts = (0, import_node_path2.basename)(path2).split(".");
  if (parts.length < 3)
    return void 0;
  const code = parts[parts.length - 2].toLowerCase();
  if (ISO_639_1.has(code))
    return code;
  if (/^[a-z]{3}$/.test(code) && availableLangs("calendar").includes(code))
    return code;
  return void 0;
}
var SAMPLE = 2e4;
var MIN_LETTERS = 20;
var MIN_HITS = 2;
var MIN_COVERAGE = 0.2;
var MIN_SHORT = 4;
var MIN_EXPLAINED = 0.6;
var MIN_RATIO = 1.5;
var MAX_FOREIGN = 2;
var MAX_FOREIGN_SHARE = 0.015;
var MAX_AGAINST = 2;
var MAX_AGAINST_SHARE = 0.15;
var scriptTests = /* @__PURE__ */ new Map();
function scriptTest(name) {
  let re = scriptTests.get(name);
  if (!re) {
    try {
      re = new RegExp(`^\\p{Script=${name}}$`, "u");
    } catch {
      re = /^(?!)/u;
    }
    scriptTests.set(name, re);
  }
  return re;
}
var charKinds = /* @__PURE__ */ new Map();
var charKindsFor = "";
var LETTER2 = new RegExp("\\p{L}", "u");
function charKind(ch, scripts) {
  let kind = charKinds.get(ch);
  if (kind === void 0) {
    kind = LETTER2.test(ch) ? scripts.findIndex((name) => scriptTest(name).test(ch)) : -2;
    charKinds.set(ch, kind);
  }
  return kind;
}
function isLowerCase(ch) {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
var shapes = /* @__PURE__ */ new Map();
var MAX_SHAPES = 1e5;
function shapeOf(w, scripts) {
  let shape = shapes.get(w);
  if (shape)
    return shape;
  let letters = 0;
  let other = 0;
  const byScript = [];
  for (const ch of w) {
    const kind = charKind(ch, scripts);
    if (kind === -2)
      continue;
    letters++;
    if (kind < 0) {
      other++;
      continue;
    }
    let slot = -1;
    for (let k = 0; k < byScript.length; k += 2)
      if (byScript[k] === kind)
        slot = k;
    if (slot < 0)
      byScript.push(kind, 1);
    else
      byScript[slot + 1]++;
  }
  const low = w.toLowerCase();
  shape = { low, small: isLowerCase(w[0]), short: [...low].length <= 2, letters, other, byScript };
  if (shapes.size >= MAX_SHAPES)
    shapes.clear();
  shapes.set(w, shape);
  return shape;
}
function readSample(text, scripts) {
  const key = scripts.join("\0");
  if (charKindsFor !== key) {
    charKinds.clear();
    shapes.clear();
    charKindsFor = key;
  }
  const counts = new Array(scripts.length).fill(0);
  let other = 0;
  let letters = 0;
  const byLow = /* @__PURE__ */ new Map();
  const words4 = [];
  let total = 0;
  let lowerTotal = 0;
  for (const m of text.normalize("NFC").matchAll(new RegExp("\\p{L}[\\p{L}\\p{M}]*", "gu"))) {
    const shape = shapeOf(m[0], scripts);
    letters += shape.letters;
    other += shape.other;
    for (let k = 0; k < shape.byScript.length; k += 2)
      counts[shape.byScript[k]] += shape.byScript[k + 1];
    let word = byLow.get(shape.low);
    if (!word) {
      byLow.set(shape.low, word = { low: shape.low, lowerCount: 0, otherCount: 0, short: shape.short });
      words4.push(word);
    }
    total++;
    if (shape.small) {
      word.lowerCount++;
      lowerTotal++;
    } else
      word.otherCount++;
  }
  let best = -1;
  for (let k = 0; k < scripts.length; k++) {
    if (counts[k] === 0)
      continue;
    if (best < 0 || counts[k] > counts[best] || counts[k] === counts[best] && scripts[k] < scripts[best])
      best = k;
  }
  const script = best >= 0 && counts[best] > other ? scripts[best] : void 0;
  return { words: words4, total, lowerTotal, script, letters };
}
var HIT = 1;
var AGAINST = 2;
var FOREIGN = 4;
var verdicts = /* @__PURE__ */ new WeakMap();
function verdictsFor(p, script) {
  let byScript = verdicts.get(p);
  if (!byScript)
    verdicts.set(p, byScript = /* @__PURE__ */ new Map());
  let table2 = byScript.get(script);
  if (!table2)
    byScript.set(script, table2 = /* @__PURE__ */ new Map());
  if (table2.size >= MAX_SHAPES)
    table2.clear();
  return table2;
}
function verdictOf(p, w, inScript) {
  let v = 0;
  for (const ch of w) {
    if (!p.alphabet.has(ch) && inScript(ch)) {
      v |= FOREIGN;
      break;
    }
  }
  let hit = p.words.has(w);
  if (!hit && p.against.has(w))
    v |= AGAINST;
  else if (!hit && p.letters.size)
    hit = [...w].some((ch) => p.letters.has(ch));
  return hit ? v | HIT : v;
}
function score(p, s, script, inScript) {
  const table2 = verdictsFor(p, script);
  let foreign = 0;
  let hits = 0;
  let against = 0;
  let lowerHits = 0;
  let short = 0;
  let shortKnown = 0;
  for (const word of s.words) {
    let v = table2.get(word.low);
    if (v === void 0)
      table2.set(word.low, v = verdictOf(p, word.low, inScript));
    if (v & FOREIGN)
      foreign += word.lowerCount;
    const n = word.lowerCount + word.otherCount;
    if (v & HIT) {
      hits += n;
      lowerHits += word.lowerCount;
    } else if (v & AGAINST)
      against += n;
    if (word.short) {
      short += word.lowerCount;
      if (p.words.has(word.low))
        shortKnown += word.lowerCount;
    }
  }
  if (foreign >= MAX_FOREIGN && foreign >= s.lowerTotal * MAX_FOREIGN_SHARE)
    return void 0;
  if (against >= MAX_AGAINST && against >= hits * MAX_AGAINST_SHARE)
    return void 0;
  const explained = short < MIN_SHORT ? 1 : shortKnown / short;
  return { lang: p.lang, hits, coverage: s.lowerTotal ? lowerHits / s.lowerTotal : 0, explained };
}
function detect(text, from = 0) {
  const profiles2 = detectProfiles();
  const scripts = [...new Set(profiles2.flatMap((p) => p.scripts))].sort();
  const s = readSample(text.slice(from, from + SAMPLE), scripts);
  if (s.letters === 0)
    return { lang: void 0, reason: "no-text" };
  if (s.letters < MIN_LETTERS)
    return { lang: void 0, reason: "too-short" };
  if (!s.script)
    return { lang: void 0, reason: "no-match" };
  const script = scriptTest(s.script);
  const seen = /* @__PURE__ */ new Map();
  const inScript = (ch) => {
    let yes = seen.get(ch);
    if (yes === void 0)
      seen.set(ch, yes = script.test(ch));
    return yes;
  };
  const scores = profiles2.filter((p) => p.scripts.includes(s.script)).map((p) => score(p, s, s.script, inScript)).filter((x) => x !== void 0).sort((a, b) => b.hits - a.hits || (a.lang < b.lang ? -1 : 1));
  const [first, second] = scores;
  if (!first || first.hits < MIN_HITS || first.coverage < MIN_COVERAGE || first.explained < MIN_EXPLAINED) {
    return { lang: void 0, reason: s.total < 6 ? "too-short" : "no-match" };
  }
  if (second && first.hits < second.hits * MIN_RATIO)
    return { lang: void 0, reason: "ambiguous" };
  return { lang: first.lang };
}

// dist/document/simple-front-matter.js
var PAIR = /^([A-Za-z_][A-Za-z0-9_-]{0,63}):(?: (.*))?$/;
var PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} .,_/()+'’-]{0,1000}$/u;
var NULL = /^(?:null|Null|NULL)$/;
var TRUE = /^(?:true|True|TRUE)$/;
var FALSE = /^(?:false|False|FALSE)$/;
var WHOLE = /^\d{1,15}$/;
var ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
function trimSpaces(s) {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 32)
    a++;
  while (b > a && s.charCodeAt(b - 1) === 32)
    b--;
  return s.slice(a, b);
}
function scalar(value) {
  if (value === void 0 || value === "")
    return { ok: true, value: null };
  if (!PLAIN.test(value))
    return { ok: false };
  if (NULL.test(value))
    return { ok: true, value: null };
  if (TRUE.test(value))
    return { ok: true, value: true };
  if (FALSE.test(value))
    return { ok: true, value: false };
  if (WHOLE.test(value))
    return { ok: true, value: Number(value) };
  if (ISO_DAY.test(value))
    return { ok: true, value };
  if (/^\d/.test(value))
    return { ok: false };
  return { ok: true, value };
}
function parseSimpleFrontMatter(source) {
  const data = {};
  const seen = /* @__PURE__ */ new Set();
  for (const line of source.split(/\r?\n/)) {
    if (line.includes("\r"))
      return void 0;
    if (line === "" || line.startsWith("#"))
      continue;
    const m = PAIR.exec(line);
    if (!m)
      return void 0;
    const key = m[1];
    if (seen.has(key) || key === "__proto__" || NULL.test(key) || TRUE.test(key) || FALSE.test(key))
      return void 0;
    seen.add(key);
    const v = scalar(m[2] === void 0 ? void 0 : trimSpaces(m[2]));
    if (!v.ok)
      return void 0;
    data[key] = v.value;
  }
  return data;
}

// dist/document/front-matter.js
var yaml = onDemand("yaml");
var OPEN = /^---[ \t]*(?:\r\n|\n|\r)/;
var CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
var LANG = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i;
function parseFrontMatter(text) {
  const open = OPEN.exec(text);
  if (!open)
    return void 0;
  const yamlStart = open[0].length;
  const lineRe = /([^\r\n]*)(\r\n|\n|\r|$)/y;
  lineRe.lastIndex = yamlStart;
  let yamlEnd = -1;
  let bodyStart = -1;
  while (lineRe.lastIndex < text.length) {
    const at = lineRe.lastIndex;
    const m = lineRe.exec(text);
    if (CLOSE.test(m[1])) {
      yamlEnd = at;
      bodyStart = at + m[0].length;
      break;
    }
    if (m[0].length === 0)
      break;
  }
  if (yamlEnd < 0)
    throw new DocumentError("front matter: unterminated (no closing ---)");
  const source = text.slice(yamlStart, yamlEnd).replace(/\r(?!\n)/g, "\n");
  const simple = parseSimpleFrontMatter(source);
  if (simple) {
    const fast = validKeys(simple);
    if (fast)
      return { data: simple, bodyStart, ...fast };
  }
  const { parseDocument: parseYaml, isMap, isScalar } = yaml();
  const doc = parseYaml(source, { prettyErrors: false, uniqueKeys: true });
  const fileLine = (yamlOffset) => {
    let line = 2;
    const end = Math.min(yamlOffset ?? 0, source.length);
    for (let i = 0; i < end; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || c === 13 && source.charCodeAt(i + 1) !== 10)
        line++;
    }
    return line;
  };
  const firstError = doc.errors[0];
  if (firstError) {
    const message = firstError.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    const line = fileLine(firstError.pos[0]);
    throw new DocumentError(`front matter: YAML error at line ${line}: ${message}`, line);
  }
  if (doc.contents !== null && !isMap(doc.contents)) {
    const line = fileLine(doc.contents.range?.[0]);
    throw new DocumentError(`front matter: expected "key: value" lines at line ${line}`, line);
  }
  let data;
  try {
    const js = doc.toJS({ maxAliasCount: 100 });
    data = js && typeof js === "object" ? js : {};
  } catch (err) {
    throw new DocumentError(`front matter: YAML error: ${err.message}`);
  }
  const keyLine = (key) => {
    if (!isMap(doc.contents))
      return 2;
    const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key);
    const node = pair?.value ?? pair?.key;
    const range = node && typeof node === "object" && "range" in node ? node.range : void 0;
    return fileLine(range?.[0]);
  };
  let date;
  if ("date" in data && data.date !== null && data.date !== void 0) {
    const raw = data.date;
    date = raw instanceof Date ? parseIsoDate(raw.toISOString()) : typeof raw === "string" ? parseIsoDate(raw) : void 0;
    if (!date) {
      const line = keyLine("date");
      throw new DocumentError(`front matter: invalid date ${shown(raw instanceof Date ? raw.toISOString() : raw)} at line ${line} (expected YYYY-MM-DD)`, line);
    }
  }
  let lang;
  if ("lang" in data && data.lang !== null && data.lang !== void 0) {
    const m = typeof data.lang === "string" ? LANG.exec(data.lang.trim()) : null;
    if (!m) {
      const line = keyLine("lang");
      throw new DocumentError(`front matter: invalid lang ${shown(data.lang)} at line ${line} (expected a 2\u20133 letter language code such as "en")`, line);
    }
    lang = m[1].toLowerCase();
  }
  return { data, bodyStart, date, lang };
}
function shown(value) {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 42 ? `${json.slice(0, 40)}\u2026${json.endsWith('"') ? '"' : ""}` : json;
}
function validKeys(data) {
  let date;
  if (data.date !== null && data.date !== void 0) {
    date = typeof data.date === "string" ? parseIsoDate(data.date) : void 0;
    if (!date)
      return void 0;
  }
  let lang;
  if (data.lang !== null && data.lang !== void 0) {
    const m = typeof data.lang === "string" ? LANG.exec(data.lang.trim()) : null;
    if (!m)
      return void 0;
    lang = m[1].toLowerCase();
  }
  return { date, lang };
}

// dist/document/lines.js
function lineStarts(text) {
  const starts = [0];
  if (text.indexOf("\r") === -1) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
      starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10)
      starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10)
        i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
function lineIndexAt(starts, offset) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= offset)
      lo = mid;
    else
      hi = mid - 1;
  }
  return lo;
}
function positionAt(doc, offset) {
  const o = Number.isFinite(offset) ? Math.min(Math.max(Math.trunc(offset), 0), doc.text.length) : 0;
  const idx = lineIndexAt(doc.lineStarts, o);
  return { line: idx + 1, column: o - doc.lineStarts[idx] + 1 };
}
function rangeOf(doc, span) {
  const start = positionAt(doc, span.start);
  const end = positionAt(doc, Math.max(span.start, span.end));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

// dist/document/parse.js
var SNIFF = 8192;
var MAX_CONTROL_SHARE = 0.1;
function isControl(c) {
  return c < 32 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 27 || c === 127;
}
function looksBinary(bytes) {
  const n = Math.min(bytes.length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c === 0)
      return true;
    if (isControl(c))
      control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}
function looksBinaryText(text) {
  const n = Math.min(text.length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0)
      return true;
    if (isControl(c))
      control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}
function decode(buf) {
  if (hasUtf16Bom(buf))
    throw new DocumentError(UTF16_MESSAGE);
  if (looksBinary(buf))
    throw new DocumentError("binary file");
  const bad = encodingProblem(buf);
  if (bad)
    throw new DocumentError(bad.message, bad.line);
  const bom = buf[0] === 239 && buf[1] === 187 && buf[2] === 191;
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buf);
  return { text: bom ? text.slice(1) : text, bom };
}
function parseDocument(path2, input, opts = {}) {
  let text;
  let bom;
  if (typeof input === "string") {
    if (looksBinaryText(input))
      throw new DocumentError("binary file");
    bom = input.charCodeAt(0) === 65279;
    text = bom ? input.slice(1) : input;
  } else {
    ({ text, bom } = decode(input));
  }
  let optionDate;
  if (opts.date !== void 0) {
    optionDate = parseIsoDate(opts.date);
    if (!optionDate)
      throw new FactlintError(`invalid --date ${JSON.stringify(opts.date)} (expected YYYY-MM-DD)`);
  }
  let optionLang;
  if (opts.lang !== void 0) {
    optionLang = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i.exec(opts.lang.trim())?.[1]?.toLowerCase();
    if (!optionLang)
      throw new FactlintError(`invalid --lang ${JSON.stringify(opts.lang)} (expected a language code such as "en")`);
  }
  const fm = parseFrontMatter(text);
  const bodyStart = fm?.bodyStart ?? 0;
  const stated = fm?.lang ?? optionLang ?? langFromFileName(path2);
  const detected = stated === void 0 ? detect(text, bodyStart) : void 0;
  const lang = stated ?? detected?.lang;
  let date;
  let dateSource = "none";
  if (fm?.date) {
    date = fm.date;
    dateSource = "front-matter";
  } else {
    const dl = findDateline(text, bodyStart, lang);
    if (dl) {
      date = dl.date;
      dateSource = "dateline";
    } else if (optionDate) {
      date = optionDate;
      dateSource = "option";
    }
  }
  return {
    path: path2,
    text,
    bodyStart,
    lang,
    ...detected && detected.lang === void 0 ? { langUnknown: detected.reason } : {},
    date,
    dateSource,
    frontMatter: fm?.data ?? {},
    lineStarts: lineStarts(text),
    bom
  };
}

// dist/facts/compiled-cache.js
var KEEP_BYTES = 400 * 1024 * 1024;
var LARGE_BYTES = 1024 * 1024;

// dist/files.js
var fg = onDemand("fast-glob");

// dist/report/rule-meta.js
var RULES_FILE = new URL("../../rules/rules.json", importMetaUrl);

// dist/extract/near.js
var NEAR_LIMIT = 48;
var NEAR_REACH = 400;
function firstWhere(list2, ok) {
  let lo = 0;
  let hi = list2.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (ok(list2[mid]))
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}
function near(list2, at) {
  if (list2.length <= NEAR_LIMIT)
    return list2;
  let sorted = sortedLists.get(list2);
  if (!sorted)
    sortedLists.set(list2, sorted = inTextOrder(list2));
  return window(sorted, at);
}
var sortedLists = /* @__PURE__ */ new WeakMap();
function window(list2, at) {
  const from = firstWhere(list2, (x) => x.span.start >= at.start - NEAR_REACH * 2);
  const to = firstWhere(list2, (x) => x.span.start > at.end + NEAR_REACH);
  return list2.slice(from, to).filter((x) => x.span.end >= at.start - NEAR_REACH);
}
function inTextOrder(list2) {
  for (let i = 1; i < list2.length; i++)
    if (list2[i].span.start < list2[i - 1].span.start)
      return [...list2].sort((a, b) => a.span.start - b.span.start);
  return list2;
}

// dist/language/overlaps.js
function dropOverlaps(items) {
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const it of items)
    if (!out.length || it.start >= out[out.length - 1].end)
      out.push(it);
  return out;
}

// dist/language/lexicon.js
var STAR_EXCLUDED = new Set(".,;:!?()[]{}\"'\xAB\xBB\u201E\u201C\u201D\u2018\u2019-\u2013\u2014/\\<>|@#$%^&*+=~`");
var starStops = new Uint8Array(65536);
function computeStopsStar(cp) {
  return (classOf(cp) & SPACE) !== 0 || cp >= 48 && cp <= 57 || STAR_EXCLUDED.has(String.fromCodePoint(cp));
}
function stopsStar(cp) {
  if (cp > 65535)
    return computeStopsStar(cp);
  let v = starStops[cp];
  if (v === 0)
    starStops[cp] = v = computeStopsStar(cp) ? 2 : 1;
  return v === 2;
}
function maskOf(boundary) {
  return boundary === "word" ? LETTER | NUMBER : boundary === "letter" ? LETTER : 0;
}
function blocks(mask, cp) {
  return cp >= 0 && (classOf(cp) & mask) !== 0;
}
var WORD_MASK = LETTER | NUMBER;
var APOSTROPHES = /* @__PURE__ */ new Set([8217, 700]);
var HYPHENS = /* @__PURE__ */ new Set([8208, 8209]);
var FOLD_EXTRA = /* @__PURE__ */ new Map([[962, 963], [383, 115]]);
var foldedCi = new Int32Array(65536).fill(-1);
var foldedCs = new Int32Array(65536).fill(-1);
function foldCodePoint(cp, caseInsensitive) {
  if (APOSTROPHES.has(cp))
    return 39;
  if (HYPHENS.has(cp))
    return 45;
  let f = cp;
  if (caseInsensitive) {
    f = FOLD_EXTRA.get(cp) ?? cp;
    if (f === cp) {
      const lower = String.fromCodePoint(cp).toLowerCase();
      const lcp = lower.codePointAt(0);
      if (lower.length === unitsOf(lcp))
        f = lcp;
    }
  }
  if (f === 1105)
    return 1077;
  if (f === 1025)
    return 1045;
  return f;
}
function fold(cp, caseInsensitive) {
  if (cp > 65535)
    return foldCodePoint(cp, caseInsensitive);
  const table2 = caseInsensitive ? foldedCi : foldedCs;
  let f = table2[cp];
  if (f < 0)
    table2[cp] = f = foldCodePoint(cp, caseInsensitive);
  return f;
}
function newNode() {
  return { next: void 0, fewKeys: void 0, few: void 0, dense: void 0, gap: void 0, star: void 0, ends: [] };
}
var LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
function wordStart(phrase) {
  return LETTER_OR_DIGIT.test(phrase.trim());
}
function wordEnd2(phrase) {
  const p = phrase.trim();
  return p.endsWith("*") || LETTER_OR_DIGIT.test(p.slice(-1));
}
function orderedForms(items) {
  const seen = /* @__PURE__ */ new Set();
  const unique = items.filter((i) => {
    const key = `${formText(i.spec)}\0${typeof i.spec === "string" ? "" : JSON.stringify(i.spec)}`;
    if (seen.has(key) || formText(i.spec).trim() === "")
      return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => {
    const ta = formText(a.spec);
    const tb = formText(b.spec);
    return tb.length - ta.length || (ta < tb ? -1 : ta > tb ? 1 : 0);
  });
}
var Lexicon = class {
  entries = [];
  roots;
  /** Longest form in characters, bounding how far back `endingAt` looks. */
  maxLen;
  parts;
  leadMask;
  trailMask;
  search;
  /** Whether every form needs the lead boundary (starts with a letter or digit). */
  allLead;
  resume;
  firstOfPart;
  startTable;
  constructor(items, opts = {}) {
    this.leadMask = maskOf(opts.lead ?? "word");
    this.trailMask = maskOf(opts.trail ?? "word");
    const unique = orderedForms(items);
    const ciRoot = newNode();
    const csRoot = newNode();
    const forms = unique.map((item) => {
      const text = formText(item.spec);
      return { item, text, cs: typeof item.spec !== "string" && item.spec.caseSensitive === true, atStart: wordStart(text), atEnd: wordEnd2(text) };
    });
    let part = 0;
    for (const caseSensitive of [false, true]) {
      for (const atStart of [true, false]) {
        for (const atEnd of [true, false]) {
          let order = 0;
          for (const { item, text, cs, atStart: s0, atEnd: e0 } of forms) {
            if (cs !== caseSensitive || s0 !== atStart || e0 !== atEnd)
              continue;
            const idx = this.entries.length;
            this.entries.push({ data: item.data, spec: item.spec, part, order: order++, lead: atStart, trail: atEnd });
            insert(caseSensitive ? csRoot : ciRoot, text, !caseSensitive).ends.push(idx);
          }
          if (order > 0)
            part++;
        }
      }
    }
    this.parts = part;
    indexChildren(ciRoot);
    indexChildren(csRoot);
    this.resume = new Int32Array(part);
    this.firstOfPart = new Int32Array(part);
    this.allLead = this.entries.every((e) => e.lead);
    this.roots = [{ root: ciRoot, ci: true }, { root: csRoot, ci: false }].filter((r) => r.root.next);
    const n = this.entries.length;
    this.search = { ends: new Int32Array(n), stamp: new Int32Array(n), found: new Int32Array(n), count: 0, call: 0 };
    this.maxLen = Math.min(120, forms.reduce((m, f) => Math.max(m, f.text.length * 2 + 12), 0));
  }
  /** The longest form starting exactly at `pos`. */
  at(text, pos) {
    if (pos > text.length)
      return void 0;
    return this.bestAt(text, Math.max(0, pos), text.length, false, 0);
  }
  /**
   * The longest form that ends at `end`, or before it with only spaces between. Tried only at
   * word starts inside a bounded window, so the cost per call does not grow with the text.
   */
  endingAt(text, end) {
    const windowStart = Math.max(0, end - this.maxLen);
    for (let k = windowStart; k < end; k++) {
      const prev = k > 0 ? text.charCodeAt(k - 1) : -1;
      const cur = text.charCodeAt(k);
      if (blocks(WORD_MASK, prev) && blocks(WORD_MASK, cur))
        continue;
      const best = this.bestAt(text, k, end, true, windowStart);
      if (best)
        return best;
    }
    return void 0;
  }
  /** All non-overlapping matches in the text, leftmost first, the longer one at a tie. */
  all(text) {
    const resume = this.resume.fill(0);
    const first = this.firstOfPart;
    const found = [];
    const s = this.search;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      if (!this.mayStartAt(text, i))
        continue;
      if (i > 0 && (this.allLead || this.startTable !== void 0 && this.startTable[text.charCodeAt(i)] === LEAD_ONLY) && blocks(this.leadMask, codePointBefore(text, i)))
        continue;
      if (!this.maySecondAt(text, i, n))
        continue;
      this.collect(text, i, n, false, 0);
      if (s.count === 0)
        continue;
      this.firstPerPart(i, resume);
      for (let p = 0; p < this.parts; p++) {
        const e = first[p];
        if (e < 0)
          continue;
        const end = s.ends[e];
        if (end === i)
          continue;
        resume[p] = end;
        found.push(this.match(text, i, end, e));
      }
    }
    return found.length < 2 ? found : dropOverlaps(found);
  }
  /** Can some form start at `i`? A table per list, filled on demand: most offsets end here. */
  mayStartAt(text, i) {
    const cu = text.charCodeAt(i);
    if (cu >= 55296 && cu <= 57343)
      return this.startsWith(codePointIn(text, i));
    const table2 = this.startTable ??= new Uint8Array(65536);
    let v = table2[cu];
    if (v === 0)
      table2[cu] = v = !this.startsWith(cu) ? NO_START : this.startsFree(cu) ? FREE_START : LEAD_ONLY;
    return v !== NO_START;
  }
  /** Whether some form that needs no boundary before it (not starting with a letter or digit) starts with `cp`. */
  startsFree(cp) {
    if (isInvisible(cp))
      return true;
    for (const { root, ci } of this.roots) {
      const child = childOf(root, fold(cp, ci));
      if (child && this.hasFree(child))
        return true;
    }
    return false;
  }
  hasFree(node) {
    for (const e of node.ends)
      if (!this.entries[e].lead)
        return true;
    for (const child of node.next?.values() ?? [])
      if (this.hasFree(child))
        return true;
    return node.gap !== void 0 && this.hasFree(node.gap) || node.star !== void 0 && this.hasFree(node.star);
  }
  /**
   * Can the first two characters at `i` begin a path? Most word starts that pass the first-letter
   * table die at the second letter; this screen spares them a full `collect` (two trie walks with
   * their bookkeeping). Anything it cannot judge cheaply (an invisible character, a form ending,
   * going on by spaces or a `*` after one letter, the text's end) passes to the full walk.
   */
  maySecondAt(text, i, n) {
    const cp = codePointIn(text, i);
    if (isInvisible(cp))
      return true;
    const j = i + unitsOf(cp);
    if (j >= n)
      return true;
    const cp2 = codePointIn(text, j);
    if (isInvisible(cp2))
      return true;
    for (const { root, ci } of this.roots) {
      const child = childOf(root, fold(cp, ci));
      if (!child)
        continue;
      if (child.ends.length > 0 || child.gap || child.star || !child.next)
        return true;
      if (childOf(child, fold(cp2, ci)))
        return true;
    }
    return false;
  }
  startsWith(cp) {
    for (const { root, ci } of this.roots)
      if (root.next?.has(fold(cp, ci)))
        return true;
    return false;
  }
  match(text, start, end, e) {
    const entry = this.entries[e];
    return { start, end, text: text.slice(start, end), data: entry.data, spec: entry.spec };
  }
  /**
   * The match at `start` the regexes returned: in each alternation the first alternative that
   * matches, then the longest of those (the earlier alternation at a tie). With `toLimit`, a
   * match must reach `limit` but for up to 3 spaces, as `endingAt` needs.
   */
  bestAt(text, start, limit, toLimit, textStart) {
    if (!this.mayStartAt(text, start))
      return void 0;
    this.collect(text, start, limit, toLimit, textStart);
    const s = this.search;
    if (s.count === 0)
      return void 0;
    const first = this.firstPerPart();
    let best = -1;
    for (const e of first)
      if (e >= 0 && (best < 0 || s.ends[e] > s.ends[best]))
        best = e;
    return this.match(text, start, s.ends[best], best);
  }
  /**
   * Of the entries `collect` found, the one each alternation chose: its first alternative that
   * matched, even when a later one is longer (-1: none). With `resume`, an alternation whose
   * scan resumes after `at` takes no part.
   */
  firstPerPart(at = 0, resume) {
    const s = this.search;
    const first = this.firstOfPart.fill(-1);
    for (let k = 0; k < s.count; k++) {
      const e = s.found[k];
      const entry = this.entries[e];
      if (resume && at < resume[entry.part])
        continue;
      const cur = first[entry.part];
      if (cur < 0 || entry.order < this.entries[cur].order)
        first[entry.part] = e;
    }
    return first;
  }
  /** Every entry that matches at `start`, with the end of its first path in regex order. */
  collect(text, start, limit, toLimit, textStart) {
    const s = this.search;
    s.call++;
    s.count = 0;
    const leadOk = start === textStart || !blocks(this.leadMask, codePointBefore(text, start));
    for (const { root, ci } of this.roots)
      this.walk(root, text, start, limit, toLimit, leadOk, ci);
  }
  walk(node, text, i, limit, toLimit, leadOk, ci) {
    const s = this.search;
    for (; ; ) {
      const ends = node.ends;
      for (let x = 0; x < ends.length; x++) {
        const e = ends[x];
        if (s.stamp[e] === s.call)
          continue;
        const entry = this.entries[e];
        if (entry.lead && !leadOk)
          continue;
        if (entry.trail && i < limit && blocks(this.trailMask, visibleAt(text, i, limit)))
          continue;
        if (toLimit && !onlySpacesTo(text, i, limit))
          continue;
        s.stamp[e] = s.call;
        s.ends[e] = i;
        s.found[s.count++] = e;
      }
      if (node.gap) {
        let j = i;
        let n = 0;
        while (j < limit && n < 4 && classOf(codePointIn(text, j)) & SPACE) {
          j += unitsOf(codePointIn(text, j));
          n++;
        }
        if (n >= 1 && n <= 3)
          this.walk(node.gap, text, j, limit, toLimit, leadOk, ci);
      }
      if (node.star) {
        const stops = [i];
        let j = i;
        while (stops.length <= 8 && j < limit) {
          const c = codePointIn(text, j);
          if (stopsStar(c))
            break;
          j += Math.min(unitsOf(c), limit - j);
          stops.push(j);
        }
        for (let k = stops.length - 1; k >= 0; k--)
          this.walk(node.star, text, stops[k], limit, toLimit, leadOk, ci);
      }
      if (!node.next || i >= limit)
        return;
      let cp = codePointIn(text, i);
      while (isInvisible(cp) && i + 1 < limit && i > 0 && classOf(codePointBefore(text, i)) & LETTER) {
        i += 1;
        cp = codePointIn(text, i);
      }
      const f = fold(cp, ci);
      let child;
      if (node.fewKeys) {
        const keys = node.fewKeys;
        for (let k = 0; k < keys.length; k++) {
          if (keys[k] === f) {
            child = node.few[k];
            break;
          }
        }
      } else if (f < DENSE_BELOW)
        child = node.dense[f];
      else
        child = node.next.get(f);
      if (!child)
        return;
      node = child;
      i += unitsOf(cp);
    }
  }
};
function childOf(node, f) {
  if (!node.next)
    return void 0;
  if (node.fewKeys) {
    const keys = node.fewKeys;
    for (let k = 0; k < keys.length; k++)
      if (keys[k] === f)
        return node.few[k];
    return void 0;
  }
  return f < DENSE_BELOW ? node.dense[f] : node.next.get(f);
}
function visibleAt(text, i, limit) {
  let cp = codePointIn(text, i);
  while (isInvisible(cp) && i + 1 < limit)
    cp = codePointIn(text, ++i);
  return cp;
}
function onlySpacesTo(text, i, limit) {
  let n = 0;
  for (let j = i; j < limit; j++) {
    if (!(classOf(text.charCodeAt(j)) & SPACE) || ++n > 3)
      return false;
  }
  return true;
}
function insert(root, phrase, ci) {
  let node = root;
  const words4 = phrase.trim().split(/\s+/);
  words4.forEach((word, w) => {
    if (w > 0)
      node = node.gap ??= newNode();
    const star = word.length > 1 && word.endsWith("*");
    const body = star ? word.slice(0, -1) : word;
    for (const ch of body) {
      const f = fold(ch.codePointAt(0), ci);
      node.next ??= /* @__PURE__ */ new Map();
      let child = node.next.get(f);
      if (!child)
        node.next.set(f, child = newNode());
      node = child;
    }
    if (star)
      node = node.star ??= newNode();
  });
  return node;
}
var NO_START = 2;
var LEAD_ONLY = 1;
var FREE_START = 3;
var FEW_CHILDREN = 8;
var DENSE_BELOW = 1328;
function indexChildren(node) {
  if (node.next && node.next.size <= FEW_CHILDREN) {
    node.fewKeys = Int32Array.from(node.next.keys());
    node.few = [...node.next.values()];
  } else if (node.next) {
    const dense = new Array(DENSE_BELOW).fill(void 0);
    for (const [key, child] of node.next)
      if (key < DENSE_BELOW)
        dense[key] = child;
    node.dense = dense;
  }
  for (const child of node.next?.values() ?? [])
    indexChildren(child);
  if (node.gap)
    indexChildren(node.gap);
  if (node.star)
    indexChildren(node.star);
}

// dist/language/dates.js
var G = GAP_CLASS;
function alternation2(forms) {
  if (!forms || forms.length === 0)
    return void 0;
  return [...new Set(forms)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(phraseSource).join("|");
}
function numericFormat(format) {
  const order = [];
  let src = "";
  for (const ch of format) {
    if (ch === "D" || ch === "M") {
      order.push(ch);
      src += "(\\d{1,2})";
    } else if (ch === "Y") {
      order.push("Y");
      src += "(\\d{4})";
    } else if (ch === "y") {
      order.push("y");
      src += "(\\d{2})";
    } else
      src += escapeRegex(ch);
  }
  const first = format.charAt(0);
  const last = format.charAt(format.length - 1);
  const lead = /[DMYy]/.test(first) ? "(?<![\\p{N}]|[\\p{N}][.,/-])" : "";
  const trail = /[DMYy]/.test(last) ? "(?![\\p{N}]|[.,/-][\\p{N}])" : last === "." ? "(?![\\p{N}])" : "";
  return { re: new RegExp(`${lead}${src}${trail}`, "gu"), order };
}
var dateRules = perLanguage(buildDateRules);
function buildDateRules(code) {
  const pack = loadPack(code, "periods");
  const cal = calendarPattern(code);
  let rules;
  if (pack) {
    const d = pack.dates;
    const suffix = alternation2(d.daySuffixes);
    const link = alternation2(d.dayMonthLinks);
    const day = `(\\d{1,2})${suffix ? `(?:${suffix})?` : ""}`;
    const yearLink = alternation2(d.monthYearLinks);
    const dayJoin = alternation2(d.dayMonthJoiners);
    const year = `(?:,?${G}{0,3}${yearLink ? `(?:(?:${yearLink})${G}{1,3})?` : ""}(\\d{4})(?![\\p{N}]|[.,]\\p{N}))?`;
    const month = cal ? `((?:${cal.month}))(?!\\p{L})` : void 0;
    const joiners = alternation2(d.weekdayJoiners);
    const formats = ["Y-M-D", ...d.numeric ?? []];
    formats.sort((a, b) => b.length - a.length);
    rules = {
      monthsCapitalized: pack.monthsCapitalized === true,
      dm: month && d.order.includes("DM") ? new RegExp(`(?<![\\p{L}\\p{N}]|[\\p{N}][.,])(?:${day}${G}{0,2}[-\u2013\u2014]${G}{0,2})?${day}(?:${G}{1,3}(?:${link ?? "(?!)"}))?(?:${G}{1,3}${dayJoin ? `|(?:${dayJoin})` : ""})${month}${year}`, "giu") : void 0,
      md: month && d.order.includes("MD") ? new RegExp(`(?<![\\p{L}\\p{N}])${month}${G}{1,3}(\\d{1,2})(?:${suffix ?? "(?!)"})?(?![\\p{L}\\p{N}]|[.,]\\p{N})${year}`, "giu") : void 0,
      numeric: formats.map(numericFormat),
      weekday: cal ? new Lexicon(weekdayForms(code).map(({ form, weekday }) => ({ spec: form, data: weekday })), { trail: "letter" }) : void 0,
      // "Friday, 11 October", "am Freitag, dem 11. Oktober", and a month-name date in brackets:
      // "Friday (October 11, 2024)" (numeric dates bring their own brackets: "Senin (8/5)").
      // "Montag, dem 8. Mai"; a joiner may take its own comma ("шейшемби күнү, 6-ноябрда").
      joiner: new RegExp(`,?${G}{0,3}(?:(?:${joiners ?? "(?!)"}),?${G}{1,3})?(?:\\((?=\\p{L}|\\d{1,2}\\.?${G}{1,3}\\p{L}))?`, "iuy"),
      weekdayLeads: new Lexicon((d.weekdayLeads ?? []).map((spec) => ({ spec, data: true }))),
      pastBefore: new Lexicon((d.weekdayPast?.before ?? []).map((spec) => ({ spec, data: true }))),
      pastAfter: new Lexicon((d.weekdayPast?.after ?? []).map((spec) => ({ spec, data: true }))),
      yearBefore: alternation2(d.yearBeforeLinks) ? new RegExp(`(?<![\\p{N}])(\\d{4})(?:${alternation2(d.yearBeforeLinks)})${G}{1,3}$`, "iu") : void 0,
      yearAfter: new Lexicon(pack.yearAfter.map((spec) => ({ spec, data: true })), { lead: "none" }),
      timeBefore: new Lexicon((pack.time.before ?? []).map((spec) => ({ spec, data: true }))),
      timeAfter: alternation2(pack.time.after) ? new RegExp(`(?<![\\p{N}]|\\p{N}[.,])\\d{1,2}(?:[.:]\\d{2})?${G}{0,2}(?:${alternation2(pack.time.after)})(?![\\p{L}\\p{N}])`, "giu") : void 0
    };
  }
  return rules;
}
var isoDate = formatDate;
var WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
function weekdayOf(iso) {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}
function yearOf(articleDate) {
  const m = articleDate ? /^(\d{4})-\d{2}-\d{2}/.exec(articleDate) : null;
  return m ? Number(m[1]) : void 0;
}
function startsUpper(s) {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}
function textualDates(text, lang, r) {
  const out = [];
  const push3 = (start, end, day, monthWord, year) => {
    if (r.monthsCapitalized && !startsUpper(monthWord))
      return;
    const month = monthIndex(lang, monthWord);
    const d = Number(day);
    if (!month || d < 1 || d > 31)
      return;
    let e = end;
    let y;
    if (year !== void 0) {
      y = Number(year);
      const after = r.yearAfter.at(text, afterSpaces(text, e, 3));
      if (after)
        e = after.end;
    }
    out.push({ start, end: e, day: d, month, year: y });
  };
  if (r.dm) {
    r.dm.lastIndex = 0;
    for (let m = r.dm.exec(text); m; m = r.dm.exec(text)) {
      let dayAt = m.index;
      if (m[1] !== void 0) {
        const firstEnd = m.index + m[1].length;
        dayAt = firstEnd;
        while (dayAt < m.index + m[0].length && !isDigitCode(text.charCodeAt(dayAt)))
          dayAt++;
        const suffixEnd = text.slice(firstEnd, dayAt).search(/[\s\u00A0\u2009\u202F\-–—]/u);
        const before2 = out.length;
        push3(m.index, m.index + m[0].length, m[1], m[3], m[4]);
        const first = out[before2];
        if (first)
          first.end = suffixEnd > 0 ? firstEnd + suffixEnd : firstEnd;
      }
      const before = m[4] === void 0 && r.yearBefore ? r.yearBefore.exec(text.slice(Math.max(0, m.index - 24), m.index)) : null;
      if (before)
        push3(m.index - before[0].length, m.index + m[0].length, m[2], m[3], before[1]);
      else
        push3(dayAt, m.index + m[0].length, m[2], m[3], m[4]);
    }
  }
  if (r.md) {
    r.md.lastIndex = 0;
    for (let m = r.md.exec(text); m; m = r.md.exec(text))
      push3(m.index, m.index + m[0].length, m[2], m[1], m[3]);
  }
  return out;
}
function numericDates(text, r) {
  const out = [];
  for (const f of r.numeric) {
    f.re.lastIndex = 0;
    for (let m = f.re.exec(text); m; m = f.re.exec(text)) {
      const fields = {};
      f.order.forEach((k, i) => fields[k] = Number(m[i + 1]));
      const { D, M } = fields;
      const Y = fields.y === void 0 ? fields.Y : 2e3 + fields.y;
      if (D === void 0 || M === void 0 || D < 1 || D > 31 || M < 1 || M > 12)
        continue;
      out.push({ start: m.index, end: m.index + m[0].length, day: D, month: M, year: Y });
    }
  }
  return out;
}
var AFTER_GAP = new RegExp("^[\\s\\u00a0]*[,(][\\s\\u00a0]*(?:\\p{Ll}{1,4}[\\s\\u00a0]+)?$", "u");
function weekdayAfter(text, d, weekdays, from, raw, joiner) {
  for (let k = from; k < weekdays.length; k++) {
    const wk = weekdays[k];
    if (wk.start < d.end)
      continue;
    if (wk.start - d.end > 10)
      break;
    if (!AFTER_GAP.test(text.slice(d.end, wk.start)))
      return void 0;
    joiner.lastIndex = wk.end;
    const j = joiner.exec(text);
    if (j && raw.some((x) => x.start === wk.end + j[0].length))
      return void 0;
    return wk;
  }
  return void 0;
}
var DAY_MS = 864e5;
function yearNear(articleDate, articleYear, month, day) {
  if (articleYear === void 0 || !articleDate)
    return articleYear;
  const t = Date.parse(articleDate.slice(0, 10));
  const away = (y) => Math.abs(Date.UTC(y, month - 1, day) - t) / DAY_MS;
  if (away(articleYear) <= 300)
    return articleYear;
  for (const y of [articleYear - 1, articleYear + 1])
    if (away(y) <= 60)
      return y;
  return articleYear;
}
function findDates(text, lang, articleDate) {
  const r = dateRules(lang);
  if (!r)
    return [];
  const raw = dropOverlaps([...textualDates(text, lang, r), ...numericDates(text, r)]);
  const articleYear = yearOf(articleDate);
  const weekdays = [];
  if (r.weekday) {
    for (const m of r.weekday.all(text)) {
      if (r.monthsCapitalized && !startsUpper(m.text))
        continue;
      weekdays.push({ start: m.start, end: m.end, weekday: m.data });
    }
  }
  const out = [];
  const usedWeekdays = /* @__PURE__ */ new Set();
  let w = 0;
  for (const d of raw) {
    while (w < weekdays.length && weekdays[w].end <= d.start - 40)
      w++;
    let weekday;
    for (let k = w; k < weekdays.length && weekdays[k].end <= d.start; k++) {
      const wk = weekdays[k];
      r.joiner.lastIndex = wk.end;
      const j = r.joiner.exec(text);
      if (j && wk.end + j[0].length === d.start)
        weekday = wk;
    }
    if (!weekday)
      weekday = weekdayAfter(text, d, weekdays, w, raw, r.joiner);
    const year = d.year ?? yearNear(articleDate, articleYear, d.month, d.day);
    const mention = {
      kind: "date",
      // A weekday after its date ("10-мартта, шейшемби күнү", "9 May 2023, a Wednesday") ends the span.
      span: { start: weekday ? Math.min(weekday.start, d.start) : d.start, end: weekday ? Math.max(weekday.end, d.end) : d.end },
      dateSpan: { start: d.start, end: d.end },
      month: d.month,
      day: d.day,
      yearExplicit: d.year !== void 0
    };
    if (year !== void 0) {
      mention.year = year;
      const iso = isoDate(year, d.month, d.day);
      if (iso)
        mention.resolved = iso;
    }
    if (weekday) {
      mention.weekday = weekday.weekday;
      mention.weekdaySpan = { start: weekday.start, end: weekday.end };
      usedWeekdays.add(weekday.start);
    }
    out.push(mention);
  }
  const dateSpans = raw;
  let di = 0;
  for (const wk of weekdays) {
    if (usedWeekdays.has(wk.start))
      continue;
    while (di < dateSpans.length && dateSpans[di].end <= wk.start)
      di++;
    const inside2 = di < dateSpans.length && dateSpans[di].start < wk.end;
    if (inside2)
      continue;
    const past = articleDate ? r.pastBefore.endingAt(text, wk.start) ?? pastAfterAt(r, text, wk.end) : void 0;
    const day = past && articleDate ? lastWeekdayBefore(articleDate, wk.weekday) : void 0;
    if (past && day) {
      const start = Math.min(past.start, wk.start);
      const end = Math.max(past.end, wk.end);
      out.push({ kind: "date", span: { start, end }, dateSpan: { start, end }, year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)), yearExplicit: false, resolved: day });
      continue;
    }
    const lead = r.weekdayLeads.endingAt(text, wk.start);
    if (!lead)
      continue;
    const span = { start: wk.start, end: wk.end };
    out.push({ kind: "weekday", span, weekday: wk.weekday, weekdaySpan: { ...span } });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
function pastAfterAt(r, text, end) {
  let at = end;
  while (at < text.length && at - end < 3 && /[\s\u00a0]/u.test(text[at]))
    at++;
  if (at === end)
    return void 0;
  return r.pastAfter.at(text, at);
}
function lastWeekdayBefore(date, weekday) {
  const t = Date.parse(date);
  if (Number.isNaN(t))
    return void 0;
  const iso = (new Date(t).getUTCDay() + 6) % 7 + 1;
  const back = (iso - weekday + 7) % 7 || 7;
  return new Date(t - back * 864e5).toISOString().slice(0, 10);
}
var ISO_TRIPLE = /(?<![\p{N}])\d{1,4}([./-])\d{1,2}\1\d{1,4}(?![\p{N}])/gu;
var CLOCK = new RegExp("(?<![\\p{N}]|\\p{N}[.,:])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\p{N}])", "gu");
var CLOCK_DOT = /\d{1,2}[.:]\d{2}(?![\p{N}])/uy;
function dateAndTimeMasks(text, lang, dates = findDates(text, lang)) {
  const spans = [];
  for (const d of dates)
    if (d.kind === "date")
      spans.push({ ...d.dateSpan });
  for (const re of [ISO_TRIPLE, CLOCK]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  const r = dateRules(lang);
  if (r?.timeAfter) {
    r.timeAfter.lastIndex = 0;
    for (let m = r.timeAfter.exec(text); m; m = r.timeAfter.exec(text))
      spans.push({ start: m.index, end: m.index + m[0].length });
  }
  if (r) {
    for (const lead of r.timeBefore.all(text)) {
      const at = afterSpaces(text, lead.end, 3);
      CLOCK_DOT.lastIndex = at;
      const m = CLOCK_DOT.exec(text);
      if (m && at > lead.end)
        spans.push({ start: at, end: at + m[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

// dist/language/date-ranges.js
var weekdayWordsOf = perLanguage((lang) => new Map(weekdayForms(lang).map((f) => [f.form.toLowerCase(), f.weekday])));
var LAST_WORD = new RegExp("(\\p{L}+)([^\\p{L}\\p{N}]*)$", "u");
function weekdayBefore(text, at, lang, joiner) {
  const head = text.slice(Math.max(0, at - 40), at);
  for (let cut = head.length; cut >= 0; cut--) {
    if (!joiner.test(head.slice(cut)))
      continue;
    const m = LAST_WORD.exec(head.slice(0, cut));
    if (!m || m[2] !== "" && !/^[\s\u00a0]*$/u.test(m[2]))
      continue;
    const weekday = weekdayWordsOf(lang).get(m[1].toLowerCase());
    if (weekday === void 0)
      continue;
    const start = at - head.length + m.index;
    return { weekday, start, end: start + m[1].length };
  }
  return void 0;
}
var joinersOf = perLanguage((lang) => {
  const range = loadPack(lang, "periods")?.rangeJoiners ?? [];
  const words4 = [...grammarOf(lang).and, ...range].map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
  return new RegExp(`^[\\s\\u00a0]*(?:(?:${[...words4, "[-\u2013\u2014/]"].join("|")})[\\s\\u00a0]*)$`, "iu");
});
var DAY_AFTER = /^[\s\u00a0]*[-–—][\s\u00a0]*(\d{1,2})(?!\d)/u;
function withDay(d, day) {
  return d.year === void 0 ? void 0 : formatDate(d.year, d.month, day);
}
function pairWeekdayRanges(found, text, lang) {
  const joiner = joinersOf(lang);
  const out = [];
  for (let i = 0; i < found.length; i++) {
    const d = found[i];
    if (d.kind !== "date")
      continue;
    const prev = found[i - 1];
    const before = d.weekday === void 0 || !d.weekdaySpan ? void 0 : prev?.kind === "weekday" && joiner.test(text.slice(prev.span.end, d.weekdaySpan.start)) ? { weekday: prev.weekday, start: prev.weekdaySpan.start, end: prev.weekdaySpan.end } : weekdayBefore(text, d.weekdaySpan.start, lang, joiner);
    if (!before || d.weekday === void 0 || !d.weekdaySpan) {
      out.push(d);
      continue;
    }
    const next = found[i + 1];
    const gap2 = next?.kind === "date" ? text.slice(d.dateSpan.end, next.dateSpan.start) : void 0;
    let secondDay;
    let second;
    if (next?.kind === "date" && gap2 !== void 0 && /^[\s\u00a0]*[-–—][\s\u00a0]*$/u.test(gap2)) {
      secondDay = next.day;
      second = next;
    } else {
      const m = DAY_AFTER.exec(text.slice(d.dateSpan.end, d.dateSpan.end + 8));
      if (m)
        secondDay = Number(m[1]);
    }
    if (secondDay === void 0 || secondDay <= d.day) {
      out.push(d);
      continue;
    }
    const firstIso = d.resolved;
    const secondIso = second?.resolved ?? withDay(d, secondDay);
    const span = { start: before.start, end: d.span.end };
    out.push({ ...d, weekday: before.weekday, weekdaySpan: { start: before.start, end: before.end }, span, ...firstIso ? { resolved: firstIso } : {} });
    const secondMention = {
      kind: "date",
      span: { start: d.weekdaySpan.start, end: second ? second.span.end : d.span.end },
      dateSpan: second ? second.dateSpan : d.dateSpan,
      month: d.month,
      day: secondDay,
      yearExplicit: second?.yearExplicit ?? d.yearExplicit,
      weekday: d.weekday,
      weekdaySpan: { ...d.weekdaySpan },
      ...d.year !== void 0 ? { year: d.year } : {},
      ...secondIso ? { resolved: secondIso } : {}
    };
    out.push(secondMention);
    if (second)
      i++;
  }
  return out;
}

// dist/language/relative-weekdays.js
var WORD = /[\p{L}\p{M}'’-]+/gu;
var MAX_BETWEEN = 1;
var SHORT = 4;
var DAY_MS2 = 864e5;
function findRelativeWeekdays(text, lang, articleDate, taken, from = 0) {
  if (!articleDate || !/^\d{4}-\d{2}-\d{2}$/u.test(articleDate))
    return [];
  const forms = weekdayForms(lang);
  if (forms.length === 0)
    return [];
  const weekdayOf2 = /* @__PURE__ */ new Map();
  for (const f of forms)
    if (!/\s/u.test(f.form))
      weekdayOf2.set(f.form.toLowerCase(), f.weekday);
  const words4 = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m; m = WORD.exec(text))
    words4.push({ start: m.index, end: m.index + m[0].length, key: m[0].toLowerCase() });
  const out = [];
  const base = Date.parse(`${articleDate}T00:00:00Z`);
  const spans = [...taken].sort((a, b) => a.start - b.start);
  let t = 0;
  let reach = -1;
  for (let i = 0; i < words4.length; i++) {
    const w = words4[i];
    while (t < spans.length && spans[t].start <= w.start)
      reach = Math.max(reach, spans[t++].end);
    const weekday = weekdayOf2.get(w.key);
    if (weekday === void 0 || reach >= w.end)
      continue;
    for (let j = i - 1; j >= 0 && j >= i - 1 - MAX_BETWEEN - 1; j--) {
      const gap2 = text.slice(words4[j].end, w.start);
      if (/[.!?;:\n]/u.test(gap2))
        break;
      if (j < i - 1 && words4.slice(j + 1, i).some((x) => x.end - x.start > SHORT))
        continue;
      const one = relativeDayOffset(lang, words4[j].key);
      const two = j > 0 ? relativeDayOffset(lang, `${words4[j - 1].key} ${words4[j].key}`) : void 0;
      const offset = two ?? one;
      if (offset === void 0)
        continue;
      const start = two !== void 0 ? words4[j - 1].start : words4[j].start;
      const day = new Date(base + offset * DAY_MS2);
      const actual = (day.getUTCDay() + 6) % 7 + 1;
      const off = Math.min((weekday - actual + 7) % 7, (actual - weekday + 7) % 7);
      if (off === 1)
        break;
      const resolved = day.toISOString().slice(0, 10);
      out.push({
        kind: "date",
        span: { start, end: w.end },
        dateSpan: { start, end: two !== void 0 ? words4[j].end : words4[j].end },
        year: day.getUTCFullYear(),
        month: day.getUTCMonth() + 1,
        day: day.getUTCDate(),
        weekday,
        weekdaySpan: { start: w.start, end: w.end },
        yearExplicit: false,
        resolved
      });
      break;
    }
  }
  return out;
}

// dist/language/numbers.js
function numbersPack(lang) {
  return loadPack(lang, "numbers");
}
function isSpaceChar(c) {
  return /^[\s\u00A0\u2009\u202F]$/u.test(c);
}
function wordItems(pack) {
  const items = [];
  const listed = /* @__PURE__ */ new Set();
  for (const w of pack.words) {
    for (const spec of w.forms) {
      items.push({ spec, data: { kind: w.kind, value: w.value ?? 0 } });
      listed.add(formText(spec).toLowerCase());
    }
  }
  for (const s of pack.scales) {
    for (const spec of s.forms) {
      if (typeof spec !== "string" && (spec.gluedOnly || spec.afterCurrency))
        continue;
      if (listed.has(formText(spec).toLowerCase()))
        continue;
      const base = typeof spec === "string" ? { form: spec } : spec;
      items.push({ spec: { ...base, alone: false }, data: { kind: "scale", value: s.value } });
    }
  }
  return items;
}
var numberRules = perLanguage(buildNumberRules);
function buildNumberRules(code) {
  const pack = numbersPack(code);
  let rules;
  if (pack) {
    const all = [...pack.decimal, ...pack.group];
    const items = wordItems(pack);
    rules = {
      decimal: new Set(pack.decimal),
      group: new Set(pack.group),
      joiners: /* @__PURE__ */ new Set([".", ",", ...all.filter((c) => !isSpaceChar(c))]),
      spaceGroups: new Set(pack.group.filter(isSpaceChar)),
      lone: pack.loneSeparator ?? {},
      negative: new Set(pack.negative),
      rangeJoiners: new Set(pack.rangeJoiners),
      rangeWords: new Lexicon((pack.rangeWords ?? []).map((spec) => ({ spec, data: true }))),
      changeFrom: new Lexicon((pack.changeFrom ?? []).map((spec) => ({ spec, data: true }))),
      ordinalDot: pack.ordinalDot === true,
      // Scale words may follow digits directly ("5bn"), so only a letter before them is a boundary.
      scales: new Lexicon(pack.scales.flatMap((s) => s.forms.map((spec) => ({ spec, data: s.value }))), { lead: "letter", trail: "word" }),
      words: new Lexicon(items),
      morphemes: pack.compoundWords ? new Lexicon(items.filter((i) => new RegExp("^\\p{L}+$", "u").test(formText(i.spec))), { lead: "none", trail: "none" }) : void 0,
      // A currency written before the number may touch it ("Rp68", "US$4"): no boundary after.
      currencyBefore: new Lexicon(pack.units.filter((u) => u.currency).flatMap((u) => (u.before ?? []).map((spec) => ({ spec, data: u.unit }))), { lead: "word", trail: "none" }),
      hyphenUnits: new Lexicon(pack.units.filter((u) => u.hyphenated).flatMap((u) => (u.after ?? []).map((spec) => ({ spec, data: true }))))
    };
  }
  return rules;
}
function isDigitAt(text, i) {
  return i >= 0 && i < text.length && isDigitCode(text.charCodeAt(i));
}
var LETTER3 = new RegExp("\\p{L}", "u");
function isLetterAt(text, i) {
  if (i < 0 || i >= text.length)
    return false;
  const c = text.charCodeAt(i);
  if (c >= 56320 && c <= 57343 && i > 0)
    return LETTER3.test(text.slice(i - 1, i + 1));
  if (c >= 55296 && c <= 56319)
    return LETTER3.test(text.slice(i, i + 2));
  return LETTER3.test(text.charAt(i));
}
function digitsEnd(text, i) {
  let j = i;
  while (j < text.length && isDigitCode(text.charCodeAt(j)))
    j++;
  return j;
}
function readDigitToken(text, i, r) {
  let j = digitsEnd(text, i);
  const groups = [text.slice(i, j)];
  const seps = [];
  let spacedSoFar = j - i <= 3;
  while (j < text.length - 1) {
    const c = text.charAt(j);
    if (!isDigitAt(text, j + 1))
      break;
    if (r.joiners.has(c)) {
      const k = digitsEnd(text, j + 1);
      spacedSoFar = false;
      seps.push(c);
      groups.push(text.slice(j + 1, k));
      j = k;
      continue;
    }
    if (r.spaceGroups.has(c)) {
      const k = digitsEnd(text, j + 1);
      if (k - (j + 1) === 3 && spacedSoFar) {
        seps.push(c);
        groups.push(text.slice(j + 1, k));
        j = k;
        continue;
      }
    }
    break;
  }
  return { start: i, end: j, groups, seps };
}
function isGroupChar(c, r) {
  return c === "." || c === "," || r.group.has(c) || r.spaceGroups.has(c);
}
function parseDigitGroups(groups, seps, r) {
  const head = groups[0] ?? "";
  if (seps.length === 0)
    return { plain: head, decimals: 0, ambiguous: false };
  const tail = groups[groups.length - 1] ?? "";
  const canGroup = (gs) => head.length <= 3 && !(head === "0") && gs.every((g) => g.length === 3);
  if (seps.length === 1) {
    const c = seps[0] ?? "";
    if (r.spaceGroups.has(c))
      return { plain: head + tail, decimals: 0, ambiguous: false };
    const threeAfter = tail.length === 3 && canGroup([tail]);
    let reading;
    if (r.decimal.has(c) && !r.group.has(c))
      reading = "decimal";
    else if (r.group.has(c) && !r.decimal.has(c))
      reading = threeAfter ? "group" : "decimal";
    else
      reading = threeAfter ? r.lone[c] ?? "decimal" : "decimal";
    if (reading === "group")
      return { plain: head + tail, decimals: 0, ambiguous: true };
    if (c !== "." && c !== "," && !r.decimal.has(c))
      return void 0;
    return { plain: `${head}.${tail}`, decimals: tail.length, ambiguous: threeAfter };
  }
  const inner = seps.slice(0, -1);
  const first = inner[0] ?? "";
  if (!inner.every((s) => s === first) || !isGroupChar(first, r))
    return void 0;
  if (!canGroup(groups.slice(1, -1)))
    return void 0;
  const last = seps[seps.length - 1] ?? "";
  const intPart = groups.slice(0, -1).join("");
  if (last === first) {
    if (tail.length !== 3)
      return void 0;
    return { plain: intPart + tail, decimals: 0, ambiguous: false };
  }
  if (last !== "." && last !== "," && !r.decimal.has(last))
    return void 0;
  return { plain: `${intPart}.${tail}`, decimals: tail.length, ambiguous: false };
}
function scaledValue(plain, scale) {
  const exp = Math.log10(scale);
  return Number.isInteger(exp) ? Number(`${plain}e${exp}`) : Number(plain) * scale;
}
function scaleAfter(text, numStart, end, r) {
  const at = afterSpaces(text, end, 2);
  const m = r.scales.at(text, at);
  if (!m)
    return void 0;
  const spec = m.spec;
  if (typeof spec !== "string") {
    if (spec.gluedOnly && at !== end)
      return void 0;
    if (spec.afterCurrency && !r.currencyBefore.endingAt(text, numStart))
      return void 0;
  }
  return { end: m.end, value: m.data, word: m.text };
}
function masked(m, start, end) {
  while (m.idx < m.spans.length && (m.spans[m.idx]?.end ?? 0) <= start)
    m.idx++;
  const s = m.spans[m.idx];
  return s !== void 0 && s.start < end;
}
var MAX_DIGITS = 21;
function scanDigits(text, r, masks) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const tok = readDigitToken(text, i, r);
    i = tok.end;
    const m = readDigitNumber(text, tok, r);
    if (m && !masked(masks, tok.start, tok.end))
      out.push(m);
  }
  return out;
}
function readDigitNumber(text, tok, r) {
  const { start, end } = tok;
  if (tok.groups.join("").length > MAX_DIGITS)
    return void 0;
  const prev = text.charAt(start - 1);
  if (isLetterAt(text, start - 1)) {
    const cur = r.currencyBefore.endingAt(text, start);
    if (!cur || cur.end !== start)
      return void 0;
  }
  if ((prev === "-" || prev === "\u2010" || prev === "/") && isLetterAt(text, start - 2))
    return void 0;
  if (prev === "/" && isDigitAt(text, start - 2))
    return void 0;
  const next = text.charAt(end);
  if (next === "/" && isDigitAt(text, end + 1))
    return void 0;
  let scale = scaleAfter(text, start, end, r);
  if (isLetterAt(text, end) && (!scale || scale.end === end))
    return void 0;
  if ((next === "-" || next === "\u2010") && isLetterAt(text, end + 1) && !r.hyphenUnits.at(text, end + 1))
    return void 0;
  const parsed = parseDigitGroups(tok.groups, tok.seps, r);
  if (!parsed)
    return void 0;
  let ordinal = false;
  if (r.ordinalDot && tok.seps.length === 0 && !scale && next === "." && tok.groups[0].length <= 3) {
    const after = text.charAt(end + 1);
    if (isSpaceChar(after) && (isLetterAt(text, end + 2) || isDigitAt(text, end + 2)))
      ordinal = true;
  }
  const factor = scale?.value ?? 1;
  const value = scaledValue(parsed.plain, factor);
  if (!Number.isFinite(value))
    return void 0;
  const spanEnd = scale ? scale.end : end;
  const signAt = r.negative.has(prev) && (start === 1 || /[\s([]/u.test(text.charAt(start - 2))) ? start - 1 : -1;
  const head = tok.groups[0] ?? "";
  const isYearLike = tok.seps.length === 0 && !scale && head.length === 4 && Number(head) >= 1900 && Number(head) <= 2100;
  const mention = {
    span: { start, end: spanEnd },
    numberSpan: { start, end },
    value,
    decimals: parsed.decimals,
    scale: factor,
    raw: text.slice(start, spanEnd),
    form: "digits",
    isYearLike
  };
  if (scale)
    mention.scaleWord = scale.word;
  if (ordinal)
    mention.ordinal = true;
  if (parsed.ambiguous)
    mention.ambiguous = true;
  return { mention, plain: parsed.plain, signAt };
}
function joinedAsRange(text, da, db, r) {
  const a = da.mention;
  const b = db.mention;
  let bStart = b.span.start;
  const cur = r.currencyBefore.endingAt(text, bStart);
  if (cur && cur.start >= a.span.end)
    bStart = cur.start;
  const between = text.slice(a.span.end, bStart);
  const trimmed = between.trim();
  if (between.length <= 5 && trimmed.length === 1 && r.rangeJoiners.has(trimmed)) {
    return !(between.startsWith(trimmed) === false && between.endsWith(trimmed) && db.signAt === b.span.start - 1);
  }
  if (between.length > 20 || !/^[\s\u00A0]/u.test(between) || !/[\s\u00A0]$/u.test(between))
    return false;
  const word = r.rangeWords.at(text, afterSpaces(text, a.span.end, 2));
  if (!word || afterSpaces(text, word.end, 2) !== bStart)
    return false;
  const aCur = r.currencyBefore.endingAt(text, a.span.start);
  return !r.changeFrom.endingAt(text, aCur ? aCur.start : a.span.start);
}
function linkRanges(text, list2, r) {
  for (let k = 1; k < list2.length; k++) {
    const da = list2[k - 1];
    const db = list2[k];
    const a = da.mention;
    const b = db.mention;
    if (a.range || a.ordinal || b.ordinal)
      continue;
    if (!joinedAsRange(text, da, db, r))
      continue;
    const ascending = a.scaleWord || !b.scaleWord ? a.value < b.value : Number(da.plain) < Number(db.plain);
    if (!ascending)
      continue;
    a.range = { role: "from", partner: { ...b.span } };
    b.range = { role: "to", partner: { ...a.span } };
    if (db.signAt === b.span.start - 1)
      db.signAt = -1;
    if (!a.scaleWord && b.scaleWord && b.scale > 1) {
      a.value = scaledValue(da.plain, b.scale);
      a.scale = b.scale;
      a.scaleWord = b.scaleWord;
    }
  }
  return list2.map(({ mention: m, signAt }) => {
    if (signAt < 0)
      return m;
    return {
      ...m,
      value: -m.value,
      span: { start: signAt, end: m.span.end },
      raw: text.slice(signAt, m.span.end),
      isYearLike: false
    };
  });
}
function toToken(m) {
  const alone = typeof m.spec === "string" || m.spec.alone !== false;
  return { start: m.start, end: m.end, text: m.text, kind: m.data.kind, value: m.data.value, alone };
}
var LETTER_RUN = new RegExp("\\p{L}+", "gu");
function compoundTokens(text, morphemes) {
  const out = [];
  LETTER_RUN.lastIndex = 0;
  let m;
  while ((m = LETTER_RUN.exec(text)) !== null) {
    if (m[0].length < 4 || m[0].length > 60)
      continue;
    const end = m.index + m[0].length;
    const parts = [];
    let pos = m.index;
    while (pos < end && parts.length <= 8) {
      const hit = morphemes.at(text, pos);
      if (!hit || hit.end > end)
        break;
      parts.push(toToken(hit));
      pos = hit.end;
    }
    if (pos === end && parts.length >= 2)
      out.push(...parts.map((p) => ({ ...p, alone: true })));
  }
  return out;
}
function adjacent(text, a, b) {
  if (a.end === b.start)
    return true;
  const gap2 = text.slice(a.end, b.start);
  return gap2.length <= 3 && (/^[\s\u00A0\u2009\u202F]+$/u.test(gap2) || gap2 === "-" || gap2 === "\u2010");
}
function digitCount(v) {
  return Math.floor(Math.log10(v)) + 1;
}
function fits(seg, last, v) {
  if (!Number.isInteger(v) || v <= 0 || v >= last)
    return false;
  return seg % 10 ** digitCount(v) === 0;
}
function readWordNumber(text, toks, i) {
  let total = 0;
  let seg = 0;
  let last = 0;
  let lastKind = "";
  let lastScale = Infinity;
  let maxScale = 1;
  let scaleWord;
  let used = 0;
  let aloneOk = false;
  let joined = false;
  let done = false;
  let k = i;
  for (; k < toks.length && !done; k++) {
    const t = toks[k];
    if (k > i && !adjacent(text, toks[k - 1], t))
      break;
    if (t.kind === "join") {
      const nx = toks[k + 1];
      const nx2 = toks[k + 2];
      if (lastKind === "" || !nx || !adjacent(text, t, nx))
        break;
      if (nx.kind === "add" && nx.value === 1 && nx2?.kind === "fraction" && adjacent(text, nx, nx2)) {
        seg += nx2.value;
        used += 2;
        k += 2;
        done = true;
        continue;
      }
      const afterBig = (lastKind === "mul" || lastKind === "scale") && nx.kind === "add";
      const inverted = lastKind === "add" && last < 10 && nx.kind === "add" && nx.value >= 20 && nx.value < 100 && nx.value % 10 === 0;
      if (!afterBig && !inverted)
        break;
      joined = true;
      continue;
    }
    if (lastKind === "fraction")
      break;
    let ok = true;
    switch (t.kind) {
      case "add":
        if (lastKind === "" || lastKind === "scale") {
          seg = t.value;
          last = t.value;
        } else if (joined && lastKind === "add") {
          seg += t.value;
          last += t.value;
        } else if ((lastKind === "add" || lastKind === "plus" || lastKind === "mul") && (joined || fits(seg, last, t.value))) {
          seg += t.value;
          last = t.value;
        } else
          ok = false;
        break;
      case "mul":
        if (lastKind === "" || lastKind === "scale" && seg === 0) {
          seg = t.value;
          last = t.value;
        } else if ((lastKind === "add" || lastKind === "plus") && last < t.value) {
          seg = seg - last + last * t.value;
          last = last * t.value;
        } else
          ok = false;
        break;
      case "plus":
        if (lastKind === "" || lastKind === "scale") {
          seg = t.value;
          last = t.value;
        } else if (lastKind === "add" || lastKind === "mul") {
          seg += t.value;
          last += t.value;
        } else
          ok = false;
        break;
      case "fraction":
        if (lastKind === "")
          seg = t.value;
        else if (lastKind === "add" || lastKind === "plus" || lastKind === "mul")
          seg *= t.value;
        else
          ok = false;
        break;
      case "scale":
        if (t.value >= lastScale || lastKind !== "" && seg === 0)
          ok = false;
        else {
          total += (lastKind === "" ? 1 : seg) * t.value;
          seg = 0;
          last = 0;
          lastScale = t.value;
          if (t.value > maxScale) {
            maxScale = t.value;
            scaleWord = t.text;
          }
        }
        break;
    }
    if (!ok)
      break;
    if (used === 0)
      aloneOk = t.alone;
    lastKind = t.kind;
    joined = false;
    used++;
  }
  const first = toks[i];
  const lastTok = toks[Math.max(i, k - 1)];
  const next = Math.max(k, i + 1);
  if (used === 0 || used === 1 && !aloneOk)
    return { next, mention: void 0 };
  const value = total + seg;
  if (!(value > 0) || !Number.isFinite(value))
    return { next, mention: void 0 };
  const unscaled = value / maxScale;
  const decimals = Number.isInteger(unscaled) ? 0 : Number.isInteger(Math.round(unscaled * 1e9) / 1e8) ? 1 : Number.isInteger(Math.round(unscaled * 1e9) / 1e7) ? 2 : 0;
  const span = { start: first.start, end: lastTok.end };
  const mention = {
    span,
    numberSpan: { ...span },
    value,
    decimals,
    scale: maxScale,
    raw: text.slice(span.start, span.end),
    form: "words",
    isYearLike: false
  };
  if (scaleWord)
    mention.scaleWord = scaleWord;
  return { next, mention };
}
function scanWords(text, r) {
  let toks = r.words.all(text).map(toToken);
  if (r.morphemes) {
    const compounds = compoundTokens(text, r.morphemes);
    if (compounds.length) {
      toks = [...toks, ...compounds].sort((a, b) => a.start - b.start || b.end - a.end);
      const kept = [];
      for (const t of toks)
        if (!kept.length || t.start >= kept[kept.length - 1].end)
          kept.push(t);
      toks = kept;
    }
  }
  const out = [];
  let i = 0;
  while (i < toks.length) {
    const { next, mention } = readWordNumber(text, toks, i);
    if (mention)
      out.push(mention);
    i = next;
  }
  return out;
}
function findNumbers(text, lang, dates) {
  const r = numberRules(lang);
  if (!r)
    return [];
  const masks = { spans: dateAndTimeMasks(text, lang, dates), idx: 0 };
  const digits = linkRanges(text, scanDigits(text, r, masks), r);
  const words4 = scanWords(text, r);
  const wordMasks = { spans: [...digits.map((d) => d.span), ...masks.spans].sort((a, b) => a.start - b.start), idx: 0 };
  const keptWords = words4.filter((w) => !masked(wordMasks, w.span.start, w.span.end));
  return [...digits, ...keptWords].sort((a, b) => a.span.start - b.span.start);
}

// dist/language/quantities.js
var quantityRules = perLanguage(buildQuantityRules);
function buildQuantityRules(code) {
  const pack = numbersPack(code);
  const nr = numberRules(code);
  let rules;
  if (pack && nr) {
    const currencies = pack.units.filter((u) => u.currency);
    rules = {
      before: nr.currencyBefore,
      // A unit may touch the number ("13,6%", "5USD"), so only a letter before it is a boundary.
      after: new Lexicon(pack.units.flatMap((u) => (u.after ?? []).map((spec) => ({ spec, data: { unit: u.unit, currency: u.currency === true, factor: u.factor ?? 1 } }))), { lead: "letter", trail: "word" }),
      hedges: new Lexicon(pack.hedges.flatMap((h) => {
        const data = { approx: h.approx === true };
        if (h.bound)
          data.bound = h.bound;
        if (h.direction)
          data.direction = h.direction;
        return h.forms.map((spec) => ({ spec, data }));
      })),
      fillers: new Lexicon((pack.hedgeFillers ?? []).map((spec) => ({ spec, data: true }))),
      rateMarkers: new Lexicon((pack.rateMarkers ?? []).map((spec) => ({ spec, data: true }))),
      rateCues: new Lexicon((pack.rateCues ?? []).map((spec) => ({ spec, data: true }))),
      currencyAny: new Lexicon(currencies.flatMap((u) => [...u.before ?? [], ...u.after ?? []].map((spec) => ({ spec, data: u.unit }))))
    };
  }
  return rules;
}
function rateTail(text, end, r) {
  const marker = r.rateMarkers.at(text, afterSpaces(text, end, 2));
  if (!marker || marker.start === end)
    return void 0;
  let at = afterSpaces(text, marker.end, 2);
  if (at === marker.end)
    return void 0;
  const one = /^(?:1|one|один|einen|satu)[\s\u00A0]{1,2}/iu.exec(text.slice(at, at + 10));
  if (one)
    at += one[0].length;
  const cur = r.currencyAny.at(text, at);
  return cur ? { end: cur.end, per: cur.data } : void 0;
}
var SENTENCE_END = /[.!?;:\n]\s/gu;
function hasRateCue(text, start, r) {
  const from = Math.max(0, start - 60);
  const window2 = text.slice(from, start);
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window2); m; m = SENTENCE_END.exec(window2))
    cut = m.index + m[0].length;
  const scope = window2.slice(cut);
  return r.rateCues.all(scope).length > 0;
}
function hedgeBefore(text, start, r) {
  let at = start;
  for (let i = 0; i < 3; i++) {
    const h = r.hedges.endingAt(text, at);
    if (h)
      return h;
    const f = r.fillers.endingAt(text, at);
    if (!f)
      return void 0;
    at = f.start;
  }
  return void 0;
}
function findQuantities(text, lang, dates) {
  const r = quantityRules(lang);
  if (!r)
    return [];
  const nums = findNumbers(text, lang, dates);
  const out = [];
  for (let i = 0; i < nums.length; i++) {
    const n = nums[i];
    if (n.ordinal || n.range?.role === "to")
      continue;
    const to = n.range?.role === "from" ? nums[i + 1] : void 0;
    const last = to ?? n;
    let start = n.span.start;
    let end = last.span.end;
    let unit;
    let unitSpan;
    const pre = r.before.endingAt(text, start);
    if (pre && text.slice(pre.end, start).length <= 1) {
      unit = pre.data;
      unitSpan = { start: pre.start, end: pre.end };
      start = pre.start;
    }
    const hyphen = last.form === "digits" && (text.charAt(end) === "-" || text.charAt(end) === "\u2010");
    const post = r.after.at(text, hyphen ? end + 1 : afterSpaces(text, end, 2));
    let factor = 1;
    if (post && (unit === void 0 || post.data.unit === unit)) {
      unit = post.data.unit;
      factor = post.data.factor;
      if (!unitSpan)
        unitSpan = { start: post.start, end: post.end };
      end = post.end;
    }
    if (unit === void 0 && n.isYearLike && (!to || to.isYearLike))
      continue;
    let rate = false;
    let per;
    const tail = unit === "%" || unit === "pp" ? void 0 : rateTail(text, end, r);
    if (tail && tail.per !== unit) {
      rate = true;
      per = tail.per;
      end = tail.end;
    } else if (unit !== void 0 && unit !== "%" && unit !== "pp" && hasRateCue(text, start, r)) {
      rate = true;
    }
    const hedge = hedgeBefore(text, start, r);
    const q = {
      span: { start: hedge ? hedge.start : start, end },
      value: n.value * factor,
      unit,
      decimals: Math.max(n.decimals, to?.decimals ?? 0),
      scale: n.scale * factor,
      approx: hedge?.data.approx ?? false,
      rate,
      raw: text.slice(hedge ? hedge.start : start, end),
      number: n
    };
    if (hyphen && post && unitSpan?.start === post.start)
      q.hyphened = true;
    if (hedge?.data.direction)
      q.direction = hedge.data.direction;
    if (hedge?.data.bound)
      q.bound = hedge.data.bound;
    if (per)
      q.per = per;
    if (to)
      q.range = { from: n.value * factor, to: to.value * factor };
    if (hedge)
      q.hedgeSpan = { start: hedge.start, end: hedge.end };
    if (unitSpan)
      q.unitSpan = unitSpan;
    out.push(q);
  }
  return out;
}

// dist/extract/cues.js
var cuePhrasesOf = perLanguage((lang) => {
  const raw = grammarOf(lang).cues ?? {};
  const out = {};
  for (const c of CUE_CLASSES) {
    out[c] = (raw[c] ?? []).map((p) => foldWord(p).split(/[\s]+/u).filter(Boolean)).filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  }
  return out;
});
function phraseAt(tokens2, at, phrases) {
  outer: for (const ph of phrases) {
    if (at + ph.length > tokens2.length)
      continue;
    for (let i = 0; i < ph.length; i++)
      if (tokens2[at + i].key !== ph[i])
        continue outer;
    return ph.length;
  }
  return 0;
}
var prepositionWordsOf = perLanguage((lang) => /* @__PURE__ */ new Set([
  ...cuePhrasesOf(lang).preposition.filter((p) => p.length === 1).map((p) => p[0]),
  ...(grammarOf(lang).nameJoiners ?? []).filter((j) => !/\s/u.test(j)).map(foldWord)
]));

// dist/extract/clauses.js
var HARD = /[;:()[\]]|\s[–—-]\s/u;
var SOFT = /,/u;
var DASH_ONLY = /^\s+[–—-]\s+$/u;
var CAPITAL = new RegExp("^\\p{Lu}", "u");
function clauseIds(text, tokens2, lang, protect = [], hard) {
  const openers = cuePhrasesOf(lang).clauseOpener;
  const asides = cuePhrasesOf(lang).asideOpener;
  const ids = new Int32Array(tokens2.length);
  let next = 1;
  let id = 0;
  const stack = [];
  const spans = [...protect].sort((a, b) => a.start - b.start);
  let sp = 0;
  const copula = grammarOf(lang).copulaDash === true;
  let clauseStart = 0;
  for (let i = 1; i < tokens2.length; i++) {
    const gapStart = tokens2[i - 1].end;
    const gapEnd = tokens2[i].start;
    if (gapEnd - gapStart === 1 && text.charCodeAt(gapStart) === 32) {
      ids[i] = id;
      continue;
    }
    while (sp < spans.length && spans[sp].end <= gapEnd)
      sp++;
    let inside2 = false;
    for (let k = sp; k < spans.length && spans[k].start < gapStart; k++)
      if (spans[k].end > gapEnd)
        inside2 = true;
    if (inside2) {
      ids[i] = id;
      continue;
    }
    const gap2 = text.slice(gapStart, gapEnd);
    if (gap2 === "," && isDigit(text.charCodeAt(gapStart - 1)) && isDigit(text.charCodeAt(gapEnd))) {
      ids[i] = id;
      continue;
    }
    if (HARD.test(gap2)) {
      if (copula && DASH_ONLY.test(gap2) && i - clauseStart <= 3 && CAPITAL.test(tokens2[clauseStart].text) && !text.slice(tokens2[clauseStart].start, gapStart).match(/[,;:()[\]–—-]/u)) {
        ids[i] = id;
        clauseStart = -Infinity;
        continue;
      }
      stack.length = 0;
      id = next++;
      hard?.add(id);
      clauseStart = i;
    } else if (SOFT.test(gap2)) {
      if (phraseAt(tokens2, i, asides) > 0) {
        stack.push(id);
        id = next++;
      } else if (phraseAt(tokens2, i, openers) > 0) {
        stack.length = 0;
        id = next++;
      } else if (stack.length > 0) {
        id = stack.pop();
      }
    }
    ids[i] = id;
  }
  return ids;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}

// dist/annotate/sentence.js
var cueIndexOf = perLanguage((lang) => {
  const phrases = cuePhrasesOf(lang);
  const out = {};
  for (const c of CUE_CLASSES) {
    const m = /* @__PURE__ */ new Map();
    for (const ph of phrases[c]) {
      const list2 = m.get(ph[0]);
      if (list2)
        list2.push(ph);
      else
        m.set(ph[0], [ph]);
    }
    out[c] = m;
  }
  return out;
});
if (CUE_CLASSES.length > 31)
  throw new Error("more cue classes than a word mask holds");
var CLASS_BIT = new Map(CUE_CLASSES.map((c, k) => [c, 1 << k]));
var UNKNOWN = -1;
var firstWordClassesOf = perLanguage(() => ({ masks: [] }));
function classesOfWord(masks, index, key, word) {
  let m = word < masks.length ? masks[word] : UNKNOWN;
  if (m !== UNKNOWN)
    return m;
  m = 0;
  for (const c of CUE_CLASSES)
    if (index[c].has(key))
      m |= CLASS_BIT.get(c);
  while (masks.length <= word)
    masks.push(UNKNOWN);
  masks[word] = m;
  return m;
}
var lastLang;
var lastTables;
function tablesOf(lang) {
  if (lang !== lastLang || !lastTables) {
    lastTables = { all: cueIndexOf(lang), masks: firstWordClassesOf(lang).masks };
    lastLang = lang;
  }
  return lastTables;
}
var SentenceAnnotation = class {
  text;
  tokens;
  lang;
  cueTables = /* @__PURE__ */ new Map();
  // The class asked for last and its table: callers ask for one class token after token.
  lastClass;
  lastTable;
  cueClauses = /* @__PURE__ */ new Map();
  protectedSpans = [];
  protectLater = [];
  clauseCache;
  constructor(text, tokens2, lang) {
    this.text = text;
    this.tokens = tokens2;
    this.lang = lang;
  }
  /** Length in tokens of the `cls` cue phrase starting at token `i`, or 0. */
  cue(cls, i) {
    let table2 = cls === this.lastClass ? this.lastTable : this.cueTables.get(cls);
    if (!table2) {
      table2 = new Uint8Array(this.tokens.length);
      const { all, masks } = tablesOf(this.lang);
      const index = all[cls];
      if (index.size) {
        const bit = CLASS_BIT.get(cls);
        for (let t = 0; t < this.tokens.length; t++) {
          const tok = this.tokens[t];
          if (tok.word >= 0 && (classesOfWord(masks, all, tok.key, tok.word) & bit) === 0)
            continue;
          const candidates = index.get(tok.key);
          if (!candidates)
            continue;
          for (const ph of candidates) {
            if (t + ph.length > this.tokens.length)
              continue;
            let ok = true;
            for (let k = 1; k < ph.length && ok; k++)
              ok = this.tokens[t + k].key === ph[k];
            if (ok) {
              table2[t] = ph.length;
              break;
            }
          }
        }
      }
      this.cueTables.set(cls, table2);
    }
    this.lastClass = cls;
    this.lastTable = table2;
    return i >= 0 && i < table2.length ? table2[i] : 0;
  }
  /** Whether a `cls` cue starts at any token in [from, to). */
  cueIn(cls, from, to) {
    for (let i = Math.max(0, from); i < Math.min(to, this.tokens.length); i++)
      if (this.cue(cls, i))
        return true;
    return false;
  }
  /** The clauses in which a `cls` cue starts ("a handover clause", "a clause with a pronoun"), found once per class. */
  clausesWith(cls) {
    let set = this.cueClauses.get(cls);
    if (!set) {
      const found = /* @__PURE__ */ new Set();
      const { ids } = this.clauses();
      for (let i = 0; i < this.tokens.length; i++)
        if (this.cue(cls, i))
          found.add(ids[i]);
      this.cueClauses.set(cls, set = found);
    }
    return set;
  }
  /** Spans no clause boundary may cut (a period "январь — октябрь", a figure, a date); before the first clauses() call. */
  protect(spans) {
    if (this.clauseCache)
      throw new Error("protect() after clauses()");
    this.protectedSpans.push(...spans);
  }
  /** Spans to protect, found only if clauses are ever asked for (periods are found on demand). */
  protectLazily(spans) {
    if (this.clauseCache)
      throw new Error("protectLazily() after clauses()");
    this.protectLater.push(spans);
  }
  /** Clause number of each token, and the clauses that start after a hard boundary (semicolon, colon, bracket, dash). */
  clauses() {
    if (!this.clauseCache) {
      for (const f of this.protectLater)
        this.protectedSpans.push(...f());
      const hard = /* @__PURE__ */ new Set();
      this.clauseCache = { ids: clauseIds(this.text, this.tokens, this.lang, this.protectedSpans, hard), hard };
    }
    return this.clauseCache;
  }
  /** Index of the token covering or following `offset`. */
  tokenAt(offset) {
    return tokenIndexAt(this.tokens, offset);
  }
  /** The clause of the token covering or following `offset`. */
  clauseAt(offset) {
    const { ids } = this.clauses();
    return ids[Math.min(this.tokenAt(offset), this.tokens.length - 1)] ?? 0;
  }
  /** Items (dates, periods, figures, names) by the clause they start in, in input order: a finder then looks only at a clause's own. */
  byClause(items) {
    const out = /* @__PURE__ */ new Map();
    for (const x of items) {
      const k = this.clauseAt(x.span.start);
      const list2 = out.get(k);
      if (list2)
        list2.push(x);
      else
        out.set(k, [x]);
    }
    return out;
  }
};

// dist/extract/country-anaphor.js
function countryAnaphorMentions(text, tokens2, mentions, annotation) {
  const offices = mentions.filter((m) => m.entityType === "office");
  if (offices.length === 0)
    return [];
  const covered = new Uint8Array(tokens2.length);
  const countryAt = new Uint8Array(tokens2.length + 1);
  for (const m of mentions) {
    for (let t = m.tokenStart; t < m.tokenEnd && t < tokens2.length; t++)
      if (m.entityType !== "office")
        covered[t] = 1;
    if (m.entityType === "country")
      countryAt[m.tokenStart] = 1;
  }
  const besideOffice = new Uint8Array(tokens2.length + 2);
  for (const o of offices) {
    for (let t = Math.max(0, o.tokenStart - 2); t <= o.tokenStart; t++)
      besideOffice[t] = 1;
    for (let t = o.tokenEnd; t <= Math.min(tokens2.length, o.tokenEnd + 1); t++)
      besideOffice[t] = 1;
  }
  let first;
  let several = false;
  let k = 0;
  const countries = mentions.filter((m) => m.entityType === "country" && m.form === "name");
  const anaphors = /* @__PURE__ */ new Map();
  for (const office of offices) {
    let at = -1;
    let n = 0;
    for (let i = office.tokenEnd; i <= office.tokenEnd + 1 && i < tokens2.length; i++) {
      n = annotation.cue("countryAnaphor", i);
      if (n > 0) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      for (let i = Math.max(0, office.tokenStart - 3); i < office.tokenStart; i++) {
        const len = annotation.cue("countryAnaphor", i);
        if (len > 0 && i + len === office.tokenStart) {
          at = i;
          n = len;
          break;
        }
      }
    }
    if (at < 0)
      continue;
    let inside2 = false;
    for (let t = at; t < at + n && !inside2; t++)
      inside2 = covered[t] === 1;
    if (inside2 || countryAt[at + n] === 1)
      continue;
    anaphors.set(office.tokenStart, { at, n });
  }
  if (anaphors.size === 0)
    return [];
  const out = [];
  for (const office of offices) {
    const a = anaphors.get(office.tokenStart);
    if (!a)
      continue;
    const limit = Math.min(a.at, office.tokenStart);
    while (k < countries.length && countries[k].tokenEnd <= limit) {
      const m = countries[k++];
      if (besideOffice[m.tokenStart] || besideOffice[m.tokenEnd])
        continue;
      if (first === void 0)
        first = m.entityId;
      else if (m.entityId !== first)
        several = true;
    }
    if (first === void 0 || several)
      continue;
    const start = tokens2[a.at].start;
    const end = tokens2[a.at + a.n - 1].end;
    out.push({
      entityId: first,
      entityType: "country",
      form: "name",
      span: { start, end },
      text: text.slice(start, end),
      tokenStart: a.at,
      tokenEnd: a.at + a.n,
      tail: "",
      alternatives: []
    });
  }
  return out;
}

// dist/language/periods.js
var periodRules = perLanguage(buildPeriodRules);
function buildPeriodRules(code) {
  const pack = loadPack(code, "periods");
  let rules;
  if (pack) {
    const byForm = /* @__PURE__ */ new Map();
    const add2 = (forms, role, n = 0) => {
      for (const form of forms ?? []) {
        const key = form.toLowerCase();
        const entry = byForm.get(key) ?? { form, roles: [] };
        entry.roles.push({ role, n });
        byForm.set(key, entry);
      }
    };
    add2(pack.leads, "lead");
    add2(pack.yearBefore, "yearBefore");
    add2(pack.yearAfter, "yearAfter");
    add2(pack.links, "link");
    add2(pack.rangeJoiners, "joiner");
    for (const r of pack.relativeYears)
      add2(r.forms, "relative", r.offset);
    for (const h of pack.halves)
      add2(h.forms, "half", h.n);
    for (const q of pack.quarters)
      add2(q.forms, "quarter", q.n);
    for (const s of pack.monthSpans ?? [])
      add2(s.forms, "monthSpan", s.n);
    calendarPack(code)?.months.forEach((forms, i) => add2(forms, "month", i + 1));
    rules = {
      // Year words may touch the year ("2024г."), so only a letter before a form is a boundary.
      words: new Lexicon([...byForm.values()].map((e) => ({ spec: e.form, data: e.roles })), { lead: "letter", trail: "word" }),
      monthsCapitalized: pack.monthsCapitalized === true,
      partAfterYear: pack.partAfterYear === true,
      fiscal: pack.fiscalYear?.length ? new RegExp(`(?<!\\p{L})(?:${pack.fiscalYear.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|")})(?!\\p{Ll})`, "iu") : void 0
    };
  }
  return rules;
}
var YEAR = new RegExp("(?<![\\p{L}\\p{N}]|\\p{N}[.,])\\d{4}(?![\\p{N}]|[.,]\\p{N})", "gu");
var FY_YEAR = new RegExp("(?<![\\p{L}\\p{N}])FY(\\d{4})(?!\\p{N})", "gu");
function tokens(text, r, dates) {
  const masks = dates.filter((d) => d.kind === "date").map((d) => d.span);
  const words4 = r.words.all(text);
  const toks = words4.map((m) => ({ start: m.start, end: m.end, text: m.text, roles: m.data }));
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    toks.push({ start: m.index, end: m.index + 4, text: m[0], roles: [], year: Number(m[0]) });
  }
  if (r.fiscal && text.includes("FY")) {
    FY_YEAR.lastIndex = 0;
    for (let m = FY_YEAR.exec(text); m; m = FY_YEAR.exec(text))
      toks.push({ start: m.index + 2, end: m.index + 6, text: m[1], roles: [], year: Number(m[1]), fy: true });
  }
  toks.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  let mi = 0;
  for (const t of toks) {
    if (out.length && t.start < out[out.length - 1].end)
      continue;
    while (mi < masks.length && masks[mi].end <= t.start)
      mi++;
    const mask = masks[mi];
    if (mask && mask.start < t.end)
      continue;
    if (r.monthsCapitalized && t.roles.some((v) => v.role === "month") && t.text.charAt(0) === t.text.charAt(0).toLowerCase()) {
      t.roles = t.roles.filter((v) => v.role !== "month");
      if (!t.roles.length)
        continue;
    }
    out.push(t);
  }
  return out;
}
function has(t, role) {
  return t?.roles.find((v) => v.role === role);
}
var Grammar = class {
  text;
  toks;
  articleYear;
  partAfterYear;
  fiscal;
  constructor(text, toks, articleYear, partAfterYear, fiscal) {
    this.text = text;
    this.toks = toks;
    this.articleYear = articleYear;
    this.partAfterYear = partAfterYear;
    this.fiscal = fiscal;
  }
  /**
   * A fiscal year written as two years: "2023/24", "2023/2024", "2023-24" are one; "2022-2023"
   * only with a word for a fiscal year next to it ("fiscal year 2022-2023", "tahun fiskal
   * 2022-2023"), else it is two calendar years. Given as "2023/24": which months it spans differs
   * by country, and the check reads them from the fact set.
   */
  fiscalYear(i, y) {
    let yt = i;
    while (yt < y.next && this.toks[yt].year === void 0)
      yt++;
    const t = this.toks[yt];
    if (!t || t.year !== y.year)
      return void 0;
    const m = /^([/\-\u2013])(\d{4}|\d{2})(?!\d)/u.exec(this.text.slice(t.end, t.end + 6));
    if (!m && t.fy)
      return { next: yt + 1, period: `${y.year - 1}/${String(y.year % 100).padStart(2, "0")}`, relative: false };
    if (!m)
      return void 0;
    const second = m[2].length === 2 ? Math.floor(y.year / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (second !== y.year + 1)
      return void 0;
    if (m[1] !== "/" && m[2].length === 4) {
      const around = this.text.slice(Math.max(0, t.start - 30), t.end + m[0].length + 30);
      if (!this.fiscal?.test(around))
        return void 0;
    }
    const end = t.end + m[0].length;
    let next = yt + 1;
    while (next < this.toks.length && this.toks[next].start < end)
      next++;
    return { next, period: `${y.year}/${String(second % 100).padStart(2, "0")}`, relative: false };
  }
  /** Tokens i and i+1 touch or stand apart by at most three spaces. */
  adj(i) {
    const a = this.toks[i];
    const b = this.toks[i + 1];
    if (!a || !b)
      return false;
    const gap2 = this.text.slice(a.end, b.start);
    return gap2.length <= 3 && /^[\s\u00A0\u2009\u202F]*$/u.test(gap2);
  }
  /** A year at token i: relative words, or [year-before] YYYY [year-after]. */
  yearRef(i, lead) {
    const t = this.toks[i];
    if (!t)
      return void 0;
    const rel = has(t, "relative");
    if (rel) {
      if (this.articleYear === void 0)
        return void 0;
      return { next: i + 1, year: this.articleYear + rel.n, relative: true, worded: true };
    }
    let k = i;
    let worded = lead;
    if (has(t, "yearBefore") && this.adj(k)) {
      k++;
      worded = true;
    }
    const y = this.toks[k];
    if (y?.year === void 0 || k > i && !this.adj(k - 1))
      return void 0;
    k++;
    if (has(this.toks[k], "yearAfter") && this.adj(k - 1)) {
      k++;
      worded = true;
    }
    const lo = worded ? 1e3 : 1900;
    const hi = worded ? 2999 : 2100;
    if (y.year < lo || y.year > hi)
      return void 0;
    return { next: k, year: y.year, relative: false, worded };
  }
  /** An optional link word, then a year-ref. */
  linkedYear(i) {
    if (has(this.toks[i], "link") && this.adj(i - 1) && this.adj(i)) {
      const y = this.yearRef(i + 1, true);
      if (y)
        return y;
    }
    if (!this.adj(i - 1))
      return void 0;
    return this.yearRef(i, true);
  }
  fallbackYear() {
    return this.articleYear === void 0 ? void 0 : { next: -1, year: this.articleYear, relative: true, worded: true };
  }
  /** A period starting at token i (after any lead). */
  core(i, lead) {
    const t = this.toks[i];
    if (!t)
      return void 0;
    const part = has(t, "half") ?? has(t, "quarter") ?? has(t, "monthSpan");
    if (part) {
      const y2 = this.linkedYear(i + 1) ?? this.fallbackYear();
      if (!y2)
        return void 0;
      const next = y2.next < 0 ? i + 1 : y2.next;
      const period = part.role === "half" ? `${y2.year}-H${part.n}` : part.role === "quarter" ? `${y2.year}-Q${part.n}` : `${y2.year}-01..${y2.year}-${pad(part.n)}`;
      return { next, period, relative: y2.relative };
    }
    const month = has(t, "month");
    if (month) {
      let k = i + 1;
      const y1 = this.adj(i) ? this.yearRef(k, true) : void 0;
      if (y1 && !y1.relative)
        k = y1.next;
      const joiner = has(this.toks[k], "joiner") && this.adj(k - 1) && this.adj(k);
      const month2 = joiner ? has(this.toks[k + 1], "month") : void 0;
      if (month2) {
        const y1Explicit = y1 && !y1.relative ? y1 : void 0;
        const y22 = this.linkedYear(k + 2);
        let startYear;
        let endYear;
        let relative;
        if (y22) {
          endYear = y22.year;
          startYear = y1Explicit ? y1Explicit.year : month.n > month2.n ? endYear - 1 : endYear;
          relative = y22.relative && !y1Explicit;
        } else if (y1Explicit) {
          startYear = y1Explicit.year;
          endYear = month2.n >= month.n ? startYear : startYear + 1;
          relative = false;
        } else if (this.articleYear !== void 0) {
          endYear = this.articleYear;
          startYear = month.n > month2.n ? endYear - 1 : endYear;
          relative = true;
        } else
          return void 0;
        return { next: y22 ? y22.next : k + 2, period: `${startYear}-${pad(month.n)}..${endYear}-${pad(month2.n)}`, relative };
      }
      const y2 = y1 ?? this.linkedYear(i + 1);
      if (y2)
        return { next: y2.next, period: `${y2.year}-${pad(month.n)}`, relative: y2.relative };
      if (lead && this.articleYear !== void 0) {
        return { next: i + 1, period: `${this.articleYear}-${pad(month.n)}`, relative: true };
      }
      return void 0;
    }
    const y = this.yearRef(i, lead);
    if (!y)
      return void 0;
    if (!y.relative) {
      const fy = this.fiscalYear(i, y);
      if (fy)
        return fy;
    }
    if (this.partAfterYear && this.adj(y.next - 1)) {
      const after = this.partOfYear(y);
      if (after)
        return after;
    }
    if (!y.relative && has(this.toks[y.next], "joiner") && this.adj(y.next - 1) && this.adj(y.next)) {
      const y2 = this.yearRef(y.next + 1, true);
      if (y2 && !y2.relative && y2.year > y.year) {
        return { next: y2.next, period: `${y.year}-01..${y2.year}-12`, relative: false };
      }
    }
    return { next: y.next, period: String(y.year), relative: y.relative };
  }
  /** A half, quarter, month span, month or month range right after the year it belongs to. */
  partOfYear(y) {
    const k = y.next;
    const t = this.toks[k];
    const part = has(t, "half") ?? has(t, "quarter") ?? has(t, "monthSpan");
    if (part) {
      const period = part.role === "half" ? `${y.year}-H${part.n}` : part.role === "quarter" ? `${y.year}-Q${part.n}` : `${y.year}-01..${y.year}-${pad(part.n)}`;
      return { next: k + 1, period, relative: y.relative };
    }
    const month = has(t, "month");
    if (!month)
      return void 0;
    const month2 = has(this.toks[k + 1], "joiner") && this.adj(k) && this.adj(k + 1) ? has(this.toks[k + 2], "month") : void 0;
    if (month2) {
      const end = month2.n >= month.n ? y.year : y.year + 1;
      return { next: k + 3, period: `${y.year}-${pad(month.n)}..${end}-${pad(month2.n)}`, relative: y.relative };
    }
    return { next: k + 1, period: `${y.year}-${pad(month.n)}`, relative: y.relative };
  }
  at(i) {
    const t = this.toks[i];
    const attempts = has(t, "lead") && this.adj(i) ? [[i + 1, true], [i, false]] : [[i, false]];
    for (const [from, lead] of attempts) {
      const r = this.core(from, lead);
      if (!r)
        continue;
      const last = this.toks[r.next - 1];
      return { next: r.next, mention: { span: { start: t.start, end: last.end }, period: r.period, relative: r.relative } };
    }
    return void 0;
  }
};
function pad(n) {
  return String(n).padStart(2, "0");
}
function findPeriods(text, lang, articleDate, dates) {
  const r = periodRules(lang);
  if (!r)
    return [];
  const toks = tokens(text, r, dates ?? findDates(text, lang));
  const g = new Grammar(text, toks, yearOf(articleDate), r.partAfterYear, r.fiscal);
  const out = [];
  let i = 0;
  while (i < toks.length) {
    const hit = g.at(i);
    if (hit) {
      out.push(hit.mention);
      i = Math.max(hit.next, i + 1);
    } else
      i++;
  }
  return out;
}

// dist/claims/frame.js
var verified2 = (reason) => ({ verdict: "verified", reason });
var unverifiable = (reason) => ({ verdict: "unverifiable", reason });

// dist/rules/date-weekday.js
var EN_DAYS = WEEKDAY_NAMES;
var EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
function checkWeekday(d, text, lang) {
  if (d.weekday === void 0 || !d.resolved || !d.weekdaySpan)
    return unverifiable("no year for the date");
  const actual = weekdayOf(d.resolved);
  const when = `${d.day} ${EN_MONTHS[d.month - 1]} ${d.year}`;
  if (actual === d.weekday)
    return verified2(`${when} was a ${EN_DAYS[actual - 1]}`);
  const yearNote = d.yearExplicit ? "" : ` (year from the article's date)`;
  return {
    verdict: "contradicted",
    reason: `${when} was a ${EN_DAYS[actual - 1]}`,
    finding: {
      ruleId: "date-weekday",
      span: d.span,
      message: `${when} was a ${EN_DAYS[actual - 1]}, not a ${EN_DAYS[d.weekday - 1]}${yearNote}`,
      actual: `${EN_DAYS[d.weekday - 1]}, ${when}`,
      expected: `${EN_DAYS[actual - 1]}, ${when}`,
      ...weekdayFix(d, actual, text, lang)
    }
  };
}
function weekdayFix(d, actual, text, lang) {
  const pack = calendarPack(lang);
  if (!pack || !d.weekdaySpan)
    return {};
  const written = text.slice(d.weekdaySpan.start, d.weekdaySpan.end);
  const forms = pack.weekdays[(d.weekday ?? 1) - 1] ?? [];
  if (!forms[0] || forms[0].toLowerCase() !== written.toLowerCase())
    return {};
  let replacement = pack.weekdays[actual - 1]?.[0];
  if (!replacement)
    return {};
  const upper = written[0] !== written[0].toLowerCase();
  replacement = upper ? replacement[0].toUpperCase() + replacement.slice(1) : replacement[0].toLowerCase() + replacement.slice(1);
  return { fix: { range: [d.weekdaySpan.start, d.weekdaySpan.end], text: replacement } };
}
var dateWeekday = {
  meta: { id: "date-weekday", frame: "weekday" },
  check: (frame, ctx) => checkWeekday(frame.claim, ctx.text, ctx.lang)
};

// dist/checks/names.js
function displayName(index, id, lang, lower = false) {
  const e = index.entity(id);
  const name = e?.names?.[lang]?.[0] ?? e?.names?.en?.[0] ?? id;
  return lower && e?.type === "office" && lang === "en" ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

// dist/checks/office-equivalents.js
var import_node_fs7 = require("node:fs");
var shipped;
function load2() {
  if (!shipped) {
    try {
      const data = JSON.parse((0, import_node_fs7.readFileSync)(new URL("../../rules/office-equivalents.json", importMetaUrl), "utf8"));
      shipped = { groups: data.groups ?? [], exclusive: new Set(data.exclusive ?? []), plural: new Set(data.plural ?? []) };
    } catch {
      shipped = { groups: [], exclusive: /* @__PURE__ */ new Set(), plural: /* @__PURE__ */ new Set() };
    }
  }
  return shipped;
}
function pluralOffice(office) {
  return load2().plural.has(office);
}
function shippedGroups() {
  return load2().groups;
}
function excludes(index, held, claimed) {
  const ex = load2().exclusive;
  return ex.has(held) && ex.has(claimed) && !equivalentOffices(index, claimed).has(held);
}
var cache2 = /* @__PURE__ */ new WeakMap();
function equivalentOffices(index, office) {
  let byOffice = cache2.get(index);
  if (!byOffice)
    cache2.set(index, byOffice = /* @__PURE__ */ new Map());
  let set = byOffice.get(office);
  if (set)
    return set;
  set = /* @__PURE__ */ new Set([office]);
  for (const g of shippedGroups())
    if (g.includes(office))
      for (const o of g)
        set.add(o);
  const own = index.entity(office)?.sameAs;
  if (Array.isArray(own)) {
    for (const o of own)
      if (typeof o === "string")
        set.add(o);
  }
  for (const e of index.entitiesOfType("office")) {
    if (Array.isArray(e.sameAs) && e.sameAs.includes(office))
      set.add(e.id);
  }
  byOffice.set(office, set);
  return set;
}

// dist/facts/posts.js
function postOf(s) {
  const o = s.object;
  return o && typeof o === "object" ? o : void 0;
}

// dist/rules/office-holder.js
var MIN = "0000-01-01";
var MAX = "9999-12-31";
var HANDOVER_DAYS = 3;
function overlaps(s, w) {
  const span = possibleSpan(s);
  return (span.from ?? MIN) <= w.end && (span.to ?? MAX) >= w.start;
}
function certainlyOverlaps(s, w) {
  const span = certainSpan(s);
  return (span.from ?? MIN) <= (span.to ?? MAX) && (span.from ?? MIN) <= w.end && (span.to ?? MAX) >= w.start;
}
function describePost(index, office, of) {
  const o = displayName(index, office, "en", true);
  return of ? `${o} of ${displayName(index, of, "en")}` : o;
}
function describeTerm(s) {
  const from = s.from ? describeBoundary(s.from, s.fromPrecision, s.fromAlt) : void 0;
  const to = s.to ? describeBoundary(s.to, s.toPrecision, s.toAlt) : void 0;
  if (from && to)
    return `${from} to ${to}`;
  if (from)
    return `since ${from}`;
  if (to)
    return `until ${to}`;
  return "at all times";
}
function covers(posts, w) {
  if (w.start === MIN || w.end === MAX)
    return false;
  const terms = posts.map(certainSpan).filter((t) => (t.from ?? MIN) <= (t.to ?? MAX)).map((t) => [t.from ?? MIN, t.to ?? MAX]).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  let next = w.start;
  for (const [from, to] of terms) {
    if (from > next)
      return false;
    if (to >= next)
      next = to === MAX ? MAX : addDays(to, 1);
    if (next > w.end)
      return true;
  }
  return next > w.end;
}
var isCountry = (index, id) => !!id && index.entity(id)?.type === "country";
function jurisdictions(claim2, posts, w) {
  if (claim2.of)
    return [claim2.of];
  const ofs = (list2) => [...new Set(list2.map((s) => postOf(s)?.of).filter((x) => !!x))];
  const then = ofs(posts.filter((s) => overlaps(s, w)));
  return then.length ? then : ofs(posts);
}
function contradiction(index, claim2, posts, w, same) {
  const ofs = jurisdictions(claim2, posts, w);
  if (ofs.length !== 1)
    return void 0;
  const of = ofs[0];
  const holders = [...same].flatMap((o) => index.postsOf(o, of)).filter((s) => s.rank !== "deprecated" && overlaps(s, w));
  const others = holders.filter((s) => s.subject !== claim2.person);
  if (!pluralOffice(claim2.office) && others.length > 0 && others.length === holders.length && covers(others, w))
    return "held by someone else";
  const then = posts.filter((s) => s.rank !== "deprecated" && certainlyOverlaps(s, w));
  if (posts.some((s) => s.rank !== "deprecated" && overlaps(s, w) && !certainlyOverlaps(s, w)))
    return void 0;
  if (then.length === 0)
    return void 0;
  if (isCountry(index, of) && then.every((s) => isCountry(index, postOf(s)?.of) && postOf(s)?.of !== of))
    return "held posts of another country";
  if (then.every((s) => postOf(s)?.of === of && excludes(index, postOf(s).office, claim2.office)))
    return "held another post that excludes this one";
  return void 0;
}
function holderCountry(index, holder, time) {
  const same = equivalentOffices(index, holder.office);
  const ofs = /* @__PURE__ */ new Set();
  for (const person of [holder.person, ...holder.alternatives ?? []]) {
    for (const s of index.heldBy(person)) {
      const p = postOf(s);
      if (p && same.has(p.office) && s.rank !== "deprecated" && time.windows.some((w) => overlaps(s, w)))
        ofs.add(p.of);
    }
  }
  return ofs.size === 1 ? [...ofs][0] : void 0;
}
function servesCountries(index, office) {
  const same = equivalentOffices(index, office);
  return index.statementsOf("holds-office").some((s) => {
    const p = postOf(s);
    return p !== void 0 && same.has(p.office) && index.entity(p.of)?.type === "country";
  });
}
function checkOffice(claim2, time, index, text) {
  if (claim2.of === void 0 && claim2.ofHolder) {
    const of = holderCountry(index, claim2.ofHolder, time);
    const { ofHolder: _, ...rest } = claim2;
    return checkOffice(of ? { ...rest, of } : rest, time, index, text);
  }
  if (claim2.servedAlternative) {
    const { servedAlternative: inner, ...post2 } = claim2;
    const asInner = checkOffice({ ...post2, office: inner }, time, index, text);
    if (asInner.verdict === "verified")
      return asInner;
    return checkOffice(post2, time, index, text);
  }
  if (claim2.alternatives?.length) {
    const outcomes = [claim2.person, ...claim2.alternatives].map((p) => checkOffice({ ...claim2, person: p, alternatives: [] }, time, index, text));
    return outcomes.find((o) => o.verdict === "verified") ?? outcomes.find((o) => o.verdict === "unverifiable") ?? outcomes[0];
  }
  if (claim2.ofFrom && claim2.of !== void 0 && !servesCountries(index, claim2.office)) {
    const { of: _, ofFrom: __, ...rest } = claim2;
    return checkOffice({ ...rest, of: void 0 }, time, index, text);
  }
  const posts = index.heldBy(claim2.person);
  const person = displayName(index, claim2.person, "en");
  if (posts.length === 0)
    return unverifiable(`the fact set lists no posts for ${person}`);
  const same = equivalentOffices(index, claim2.office);
  const samePost = posts.filter((s) => {
    const p = postOf(s);
    return p && same.has(p.office) && (claim2.of === void 0 || p.of === claim2.of) && s.rank !== "deprecated";
  });
  const post = describePost(index, claim2.office, claim2.of);
  const begins = (s, slack = 0) => !time.startIn || typeof s.from === "string" && s.from >= addDays(time.startIn.start, -slack) && s.from <= addDays(time.startIn.end, slack);
  const hit = samePost.find((s) => begins(s) && time.windows.some((w) => overlaps(s, w)));
  if (hit && claim2.since !== void 0)
    return checkSince(claim2, claim2.since, hit, samePost, index, person);
  if (hit)
    return verified2(`${person}: ${describePost(index, postOf(hit).office, postOf(hit).of)} ${describeTerm(hit)}`);
  if (time.loose)
    return unverifiable("the clause speaks of a time it does not pin down");
  const handover = samePost.find((s) => begins(s, HANDOVER_DAYS) && time.windows.some((w) => overlaps(s, {
    start: w.start === MIN ? MIN : addDays(w.start, -HANDOVER_DAYS),
    end: w.end === MAX ? MAX : addDays(w.end, HANDOVER_DAYS)
  })));
  if (handover)
    return unverifiable(`${person} was ${describePost(index, postOf(handover).office, postOf(handover).of)} ${describeTerm(handover)}, within ${HANDOVER_DAYS} days of the time the article speaks of: news of a handover`);
  if (time.startIn && claim2.of !== void 0 && !pluralOffice(claim2.office)) {
    const newer = [...same].flatMap((o) => index.postsOf(o, claim2.of)).find((s) => s.subject !== claim2.person && s.rank !== "deprecated" && begins(s));
    if (newer)
      return { verdict: "contradicted", reason: "held by someone else", finding: finding(claim2, index, text, posts, samePost, time) };
  }
  const why = time.windows.map((w) => contradiction(index, claim2, posts, w, same));
  if (why.some((x) => x === void 0))
    return unverifiable(`the fact set does not say who was ${post} then`);
  return { verdict: "contradicted", reason: why[0], finding: finding(claim2, index, text, posts, samePost, time) };
}
function checkSince(claim2, since, hit, terms, index, person) {
  const starts = terms.map((s) => s.from).filter((f) => typeof f === "string");
  if (starts.some((f) => Number(f.slice(0, 4)) === since))
    return verified2(`${person}: ${describePost(index, postOf(hit).office, postOf(hit).of)} ${describeTerm(hit)}`);
  if (!hit.from)
    return unverifiable(`the fact set does not say when ${person}'s term began`);
  const exact = describePost(index, postOf(hit).office, postOf(hit).of);
  return {
    verdict: "contradicted",
    reason: `${person} has been ${exact} since ${hit.from}`,
    finding: {
      ruleId: "office-holder",
      span: claim2.span,
      message: `${person} has been ${exact} since ${hit.from}, not since ${since}`,
      actual: `${person}: ${exact} since ${since}`,
      expected: `${person}: ${exact} ${describeTerm(hit)}`,
      fact: hit
    }
  };
}
function finding(claim2, index, text, posts, samePost, time) {
  const person = displayName(index, claim2.person, "en");
  const post = describePost(index, claim2.office, claim2.of);
  const started = claim2.started;
  const at = started ? started.length === 4 ? `${started}-12-31` : started : claim2.thenAt && time?.windows[0] && time.windows[0].start !== MIN ? time.windows[0].start : claim2.at;
  const when = started ? started.length === 4 ? ` in ${started}` : ` on ${started}` : at ? ` on ${at}` : "";
  const heldThen = at ? posts.filter((s) => overlaps(s, { start: at, end: at })) : posts;
  const holders = at && claim2.of ? index.holdersAt(claim2.office, claim2.of, at).filter((s) => s.subject !== claim2.person) : [];
  let message;
  let fact;
  let term;
  const firstDays = samePost.filter((s) => s.from);
  if (started && at && firstDays.length > 0) {
    const distance4 = (s2) => Math.abs(Date.parse(s2.from) - Date.parse(at));
    const s = firstDays.reduce((a, b) => distance4(b) < distance4(a) ? b : a);
    fact = s;
    const exact = describePost(index, claim2.office, postOf(s)?.of);
    message = `${person} took office as ${exact} on ${describeBoundary(s.from, s.fromPrecision, s.fromAlt)}, not${when}`;
    term = `${person}: ${exact} ${describeTerm(s)}`;
  } else if (samePost.length > 0 && at) {
    const s = samePost.reduce((a, b) => (a.from ?? MIN) > (b.from ?? MIN) ? a : b);
    fact = s;
    const exact = describePost(index, claim2.office, postOf(s)?.of);
    const terms = [...samePost].sort((a, b) => (a.from ?? MIN) < (b.from ?? MIN) ? -1 : (a.from ?? MIN) > (b.from ?? MIN) ? 1 : 0);
    const next = terms.find((t) => (t.from ?? MIN) > at);
    const prev = [...terms].reverse().find((t) => (t.from ?? MIN) <= at);
    if (terms.length > 1 && next && !prev) {
      fact = next;
      message = `${person} first took office as ${exact} on ${describeBoundary(next.from, next.fromPrecision, next.fromAlt)}, after ${at}`;
    } else if (terms.length > 1 && next && prev && prev.to && prev.to < at) {
      fact = next;
      message = `${person} was ${exact} ${describeTerm(prev)} and ${describeTerm(next)}, not${when}`;
    } else if ((s.from ?? MIN) > at)
      message = `${person} took office as ${exact} only on ${describeBoundary(s.from, s.fromPrecision, s.fromAlt)}, after ${at}`;
    else if (!s.to)
      message = `${person} has been ${exact} since ${describeBoundary(s.from ?? MIN, s.fromPrecision, s.fromAlt)}${claim2.recent ? `: no new holder${when}` : `, not${when}`}`;
    else
      message = `${person} was ${exact} until ${describeBoundary(s.to, s.toPrecision, s.toAlt)}, not${when}`;
  } else {
    message = `${person} was not ${post}${when}`;
    fact = heldThen[0] ?? posts[0];
  }
  const actualPosts = heldThen.map((s) => {
    const p = postOf(s);
    return p ? `${describePost(index, p.office, p.of)} (${describeTerm(s)})` : "";
  }).filter(Boolean);
  if (actualPosts.length)
    message += `; the fact set has ${person} as ${actualPosts.join(" and ")}`;
  const holderNames = holders.map((h) => displayName(index, Array.isArray(h.subject) ? h.subject[0] : h.subject, "en"));
  if (holderNames.length)
    message += `; ${post}${when ? " then" : ""}: ${holderNames.join(", ")}`;
  if (!fact && holders[0])
    fact = holders[0];
  return {
    ruleId: "office-holder",
    span: claim2.span,
    message,
    actual: `${person}: ${post}`,
    expected: term ?? (actualPosts.length ? `${person}: ${actualPosts.join("; ")}` : holderNames.length ? `${post}: ${holderNames.join(", ")}` : `${person}: no such post${when}`),
    ...fact ? { fact } : {},
    ...countryFix(claim2, index, heldThen, text)
  };
}
function countryFix(claim2, index, heldThen, text) {
  if (!claim2.of || !claim2.ofSpan || !claim2.at)
    return {};
  const right = heldThen.map(postOf).filter((p) => p && p.office === claim2.office && p.of !== claim2.of);
  if (right.length !== 1)
    return {};
  const written = text.slice(claim2.ofSpan.start, claim2.ofSpan.end);
  const wrongNames = index.entity(claim2.of)?.names?.[claim2.lang] ?? [];
  if (!wrongNames.some((n) => n === written))
    return {};
  const replacement = index.entity(right[0].of)?.names?.[claim2.lang]?.[0];
  if (!replacement)
    return {};
  return { fix: { range: [claim2.ofSpan.start, claim2.ofSpan.end], text: replacement } };
}
var NEAR_DAYS = 60;
function nearArticleDate(resolved, at) {
  return !!resolved && !!at && Math.abs(Date.parse(resolved) - Date.parse(at)) <= NEAR_DAYS * 864e5;
}
var RECENT_DAYS = 366;
var INCOMING_DAYS = 92;
function officeTime(claim2, years, dates) {
  const d = claim2.at;
  const near2 = (x) => nearArticleDate(x.resolved, d);
  const days = [...new Set(dates.filter((x) => x.resolved && (x.yearExplicit || near2(x))).map((x) => x.resolved))];
  const written = [
    ...years.map((y) => ({ start: `${y}-01-01`, end: `${y}-12-31` })),
    ...days.map((day) => ({ start: day, end: day }))
  ];
  const loose = dates.some((x) => !x.yearExplicit && !near2(x));
  switch (claim2.tense) {
    case "former":
    case "then":
      if (claim2.tense === "then" && claim2.thenAt && written.length)
        return { windows: written, loose: false };
      return { windows: d ? [{ start: MIN, end: addDays(d, -1) }, ...written] : [{ start: MIN, end: MAX }], loose: false };
    case "future":
      if (claim2.recent && d) {
        const startIn = { start: addDays(d, -RECENT_DAYS), end: addDays(d, INCOMING_DAYS) };
        return { windows: [startIn, ...written], loose: false, startIn };
      }
      return { windows: [{ start: MIN, end: MAX }], loose: false };
    default:
      return { windows: d ? [{ start: d, end: d }, ...written] : written.length ? written : [{ start: MIN, end: MAX }], loose };
  }
}
var officeHolder = {
  meta: { id: "office-holder", frame: "office" },
  check(frame, ctx) {
    return checkOffice(frame.claim, frame.time, ctx.index, ctx.text);
  }
};

// dist/rules/event-date.js
function agrees(s, when, slack = 0) {
  const cut = (d) => d.slice(0, when.length);
  const span = possibleSpan(s);
  const day = typeof s.date === "string" ? s.date : span.from;
  if (!day)
    return true;
  if (slack > 0 && when.length === 4)
    return Math.abs(Number(day.slice(0, 4)) - Number(when)) <= slack;
  if (typeof s.date === "string")
    return cut(s.date) === when;
  const to = span.to ?? day;
  return when >= cut(day) && when <= cut(to);
}
function nearDay(s, day) {
  const span = possibleSpan(s);
  const from = typeof s.date === "string" ? s.date : span.from;
  if (!from)
    return false;
  const to = typeof s.date === "string" ? s.date : span.to ?? from;
  const t = Date.parse(day);
  return Date.parse(from) - NEAR_MS <= t && t <= Date.parse(to) + NEAR_MS;
}
var NEAR_MS = NEAR_DAYS * 864e5;
function checkEventDate(claim2, index) {
  const all = index.datesOf(claim2.subject, claim2.property).filter((s2) => s2.rank !== "deprecated");
  const subjectName = displayName(index, claim2.subject, "en");
  const verb = claim2.property ? index.property(claim2.property)?.names?.en?.[0] ?? claim2.property : "dated";
  if (all.length === 0)
    return unverifiable(`the fact set has no date for ${subjectName} ${verb}`);
  const named = claim2.named;
  const statements = named ? all.filter((s2) => {
    const subjects2 = Array.isArray(s2.subject) ? s2.subject : [s2.subject];
    return subjects2.length < 2 || subjects2.every((e) => e === claim2.subject || named.includes(e));
  }) : all;
  if (statements.length === 0)
    return unverifiable(`the sentence names only one side of ${verb} the fact set dates for a pair`);
  const ok = statements.find((s2) => agrees(s2, claim2.when, claim2.slackYears));
  if (!ok && claim2.yearless && !statements.some((s2) => nearDay(s2, claim2.when)))
    return unverifiable(`${subjectName} ${verb}: the day is written without its year, and the fact set's is not near the article's`);
  if (ok)
    return verified2(`${subjectName} ${claim2.property ? verb : ok.property}: ${ok.date ?? ok.from}`);
  const s = statements[0];
  const right = typeof s.date === "string" ? s.date : s.from === s.to || !s.to ? `${s.from}` : `${s.from} to ${s.to}`;
  const subjects = Array.isArray(s.subject) ? s.subject : [s.subject];
  const what = subjects.map((id) => displayName(index, id, "en")).join("\u2013");
  const sVerb = index.property(s.property)?.names?.en?.[0] ?? s.property;
  return {
    verdict: "contradicted",
    reason: `${what} ${sVerb} ${right}`,
    finding: {
      ruleId: "event-date",
      span: claim2.span,
      message: claim2.property ? `${what} ${verb}: the article says ${claim2.when}, the fact set ${right}` : `${what}: the anniversary counts from ${claim2.when}, the fact set has ${sVerb} ${right}`,
      actual: claim2.when,
      expected: right,
      fact: s
    }
  };
}
var eventDate = {
  meta: { id: "event-date", frame: "event-date" },
  check: (frame, ctx) => checkEventDate(frame.claim, ctx.index)
};

// dist/checks/figures.js
function entitiesOf(s) {
  return [...asList(s.subject), ...asList(s.of)];
}
var DAY = 864e5;
var JUST_HELD_DAYS = 10;
function eventLike(index, e) {
  const type = index.entity(e)?.type;
  return type !== "country" && (type === "event" || index.datesOf(e).length > 0);
}
function justHeld(index, e, s, date) {
  const t = Date.parse(date);
  if (Number.isNaN(t))
    return false;
  const held = index.datesOf(e).map((d) => d.date ?? d.to ?? d.from).filter((d) => typeof d === "string");
  if (held.length)
    return held.some((d) => t >= Date.parse(d) && t <= Date.parse(d) + JUST_HELD_DAYS * DAY);
  if (!s.period || !/^\d{4}-\d{2}$/u.test(s.period))
    return false;
  const before = new Date(t - JUST_HELD_DAYS * DAY).toISOString().slice(0, 7);
  return s.period === date.slice(0, 7) || s.period === before;
}
function heldIn(index, e, period) {
  if (!isValidPeriod(period))
    return false;
  const { start, end } = periodRange(period);
  return index.datesOf(e).some((d) => {
    const day = d.date ?? d.from ?? d.to;
    return typeof day === "string" && day >= start && day <= end;
  });
}
function candidatesCountry(index, s, claim2, country) {
  if (claim2.propertyKind !== "share" || index.entity(country)?.type !== "country" || !asList(s.of).some((e) => eventLike(index, e)))
    return false;
  return asList(s.subject).some((p) => claim2.named.includes(p) && index.entity(p)?.type === "person" && index.heldBy(p).some((h) => postOf(h)?.of === country));
}
function consistent(s, claim2, index, date) {
  const es = entitiesOf(s);
  if (claim2.named.some((n) => !es.includes(n) && !candidatesCountry(index, s, claim2, n)))
    return false;
  const missing = es.filter((e) => !claim2.named.includes(e));
  const pinned = (e) => asList(s.of).includes(e) && index.entity(e)?.type !== "country" && index.datesOf(e).length > 0 && claim2.named.length > 0 || date !== void 0 && claim2.propertyKind === "share" && !claim2.periodExplicit && eventLike(index, e) && justHeld(index, e, s, date) || claim2.propertyKind === "share" && claim2.periodFromShare === true && !!claim2.period && eventLike(index, e) && heldIn(index, e, claim2.period);
  if (missing.some((e) => !claim2.context.includes(e) && !pinned(e)))
    return false;
  const namedCountries = claim2.named.filter((n) => index.entity(n)?.type === "country");
  const pair = asList(s.subject).length > 1;
  if (pair && namedCountries.length === 1 && missing.length > 0 && !claim2.bilateral)
    return false;
  return true;
}
function movedYear(claim2, candidates) {
  if (claim2.propertyKind !== "quantity" || !claim2.periodExplicit || claim2.periodCarried || claim2.periodQuoted || claim2.comparisonBase || claim2.approx || claim2.bound !== void 0 || claim2.nearly || claim2.part || !claim2.period || !/^\d{4}$/u.test(claim2.period) || claim2.halfUnit <= 0)
    return void 0;
  let units = Math.round(Math.abs(claim2.value) / (2 * claim2.halfUnit));
  while (units > 0 && units % 10 === 0)
    units /= 10;
  if (units < 100)
    return void 0;
  const others = candidates.filter((s) => s.rank !== "deprecated" && typeof s.value === "number" && !!s.period && /^\d{4}$/u.test(s.period) && s.period !== claim2.period && Math.abs(s.value - claim2.value) <= claim2.halfUnit + 1e-9 * Math.abs(s.value));
  return others.length > 0 && new Set(others.map((s) => s.period)).size === 1 ? others[0] : void 0;
}
var PRELIMINARY_POINTS = 2;
var PRELIMINARY_SHARE = 0.05;
var BOUND_REACH = 1.5;
var NEARLY_REACH = 0.1;
function within(claim2, value, tolerance) {
  const tol = Math.max(tolerance ?? 0, claim2.approx ? 0.05 : 0);
  const allowed = Math.max(tol * Math.abs(value), claim2.halfUnit);
  if (claim2.nearly && !claim2.bound) {
    const exact = Math.max((tolerance ?? 0) * Math.abs(value), claim2.halfUnit);
    return Math.abs(value) <= Math.abs(claim2.value) + exact && Math.abs(value) >= Math.abs(claim2.value) * (1 - NEARLY_REACH) - exact;
  }
  if (claim2.bound === "lower")
    return value >= claim2.value - allowed && Math.abs(value) <= Math.abs(claim2.value) * BOUND_REACH + allowed;
  if (claim2.bound === "upper")
    return value <= claim2.value + allowed && Math.abs(value) * BOUND_REACH + allowed >= Math.abs(claim2.value);
  return Math.abs(claim2.value - value) <= allowed + 1e-9 * Math.abs(value);
}
function fits2(claim2, s) {
  if (typeof s.value === "number")
    return within(claim2, s.value, s.tolerance);
  if (typeof s.min !== "number" && typeof s.max !== "number")
    return false;
  const allowed = Math.max(claim2.approx ? 0.05 * Math.abs(claim2.value) : 0, claim2.halfUnit) + 1e-9 * Math.abs(claim2.value);
  const lo = claim2.bound === "upper" ? -Infinity : claim2.value - allowed;
  const hi = claim2.bound === "lower" ? Infinity : claim2.value + allowed;
  return hi >= (s.min ?? -Infinity) && lo <= (s.max ?? Infinity);
}
function describeValue(s, unit, withPeriod = false) {
  const u = s.unit ?? unit;
  let v;
  if (typeof s.value === "number")
    v = `${formatValue(s.value, u)}${tolText(s)}`;
  else if (typeof s.min === "number" && typeof s.max === "number")
    v = `${formatValue(s.min, u)} to ${formatValue(s.max, u)}`;
  else if (typeof s.min === "number")
    v = `at least ${formatValue(s.min, u)}`;
  else if (typeof s.max === "number")
    v = `at most ${formatValue(s.max, u)}`;
  else
    v = "no value";
  const tags = [s.series, withPeriod ? s.period : void 0].filter(Boolean);
  return tags.length ? `${v} (${tags.join(", ")})` : v;
}
function distance(s, v) {
  if (typeof s.value === "number")
    return Math.abs(s.value - v);
  if (typeof s.min === "number" && v < s.min)
    return s.min - v;
  if (typeof s.max === "number" && v > s.max)
    return v - s.max;
  return 0;
}
function formatValue(value, unit) {
  const abs = Math.abs(value);
  const scaled = abs >= 1e12 ? `${round(value / 1e12)} trillion` : abs >= 1e9 ? `${round(value / 1e9)} billion` : abs >= 1e6 ? `${round(value / 1e6)} million` : `${round(value)}`;
  if (unit === "%")
    return `${scaled} %`;
  return unit ? `${scaled} ${unit}` : scaled;
}
function round(v) {
  return String(Math.round(v * 1e3) / 1e3);
}
function tolText(s) {
  return s.tolerance ? ` (\xB1${Math.round(s.tolerance * 1e3) / 10} %)` : "";
}
function samePeriodAs(a, b) {
  if (a === b)
    return true;
  if (!a || !b || !isValidPeriod(a) || !isValidPeriod(b))
    return false;
  const x = periodRange(a);
  const y = periodRange(b);
  return x.start === y.start && x.end === y.end;
}
function subjectsOfStatement(st) {
  return [...new Set(entitiesOf(st))].sort();
}
function subjectSets(statements) {
  const sets = /* @__PURE__ */ new Map();
  for (const st of statements) {
    const es = subjectsOfStatement(st);
    sets.set(es.join(","), es);
  }
  return sets;
}
function containersOf(index, property) {
  const out = /* @__PURE__ */ new Set();
  for (const s of index.statementsOf(property))
    for (const e of asList(s.of))
      out.add(e);
  return out;
}
var FISCAL_YEAR = /^(\d{4})\/\d{2}$/u;
function isFiscalYearOf(period, year) {
  if (!isValidPeriod(period))
    return false;
  const { start, end } = periodRange(period);
  const months = (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(start.slice(5, 7)) + 1;
  return Number(start.slice(0, 4)) === year && Number(end.slice(0, 4)) === year + 1 && months === 12;
}
function checkMetricClaim(claim2, index, text, date) {
  const containers = claim2.part ? containersOf(index, claim2.property) : void 0;
  const all = index.statementsOf(claim2.property).filter((s) => consistent(s, claim2, index, date) && !(containers && typeof s.subject === "string" && containers.has(s.subject)) && !(claim2.wholeValue !== void 0 && typeof s.value === "number" && s.value > claim2.wholeValue));
  const unitOk = (s) => s.unit === void 0 || claim2.unit === void 0 || s.unit === claim2.unit;
  const candidates = all.filter(unitOk);
  const sets = subjectSets(candidates);
  const subjects = sets.size === 1 ? [...sets.values()][0] : sets.size === 0 ? index.statementsOf(claim2.property).length ? claim2.named : claim2.namedByName : [];
  const pairs = index.statementsOf(claim2.property).some((s) => asList(s.subject).length > 1);
  const oneSide = sets.size === 0 && pairs && subjects.filter((e) => index.entity(e)?.type === "country").length === 1 && !claim2.bilateral;
  const recordSubjects = oneSide ? [] : [...new Set(subjects)].sort();
  const record = (reason) => recordSubjects.length === 0 ? unverifiable(`${reason.split(";")[0]}; the figure's subjects are not named`) : {
    verdict: "unverifiable",
    reason,
    record: {
      // One key per period however written ("2024-H1", "2024-01..2024-06").
      key: `${claim2.property}|${claim2.period && isValidPeriod(claim2.period) ? Object.values(periodRange(claim2.period)).join("..") : claim2.period}|${claim2.unit ?? ""}`,
      property: claim2.property,
      ...claim2.source ? { source: claim2.source } : {},
      // With adjectives too ("russische Soldaten"): another article may name by name what this one names by adjective.
      ...sets.size === 0 && recordSubjects.length && claim2.named.length > recordSubjects.length ? { named: [...new Set(claim2.named)].sort() } : {},
      subjects: recordSubjects,
      value: claim2.value,
      unit: claim2.unit,
      halfUnit: claim2.halfUnit,
      approx: claim2.approx,
      bound: claim2.bound,
      ...claim2.articleDate && !claim2.periodExplicit ? { on: claim2.articleDate } : {},
      text: text.slice(claim2.span.start, claim2.span.end)
    }
  };
  const fiscal = claim2.period ? FISCAL_YEAR.exec(claim2.period) : null;
  if (fiscal) {
    const months = [...new Set(candidates.map((s) => s.period).filter((p) => !!p && isFiscalYearOf(p, Number(fiscal[1]))))];
    if (months.length === 1)
      return checkMetricClaim({ ...claim2, period: months[0] }, index, text, date);
  }
  if (!claim2.period && !candidates.some((s) => s.period === void 0))
    return unverifiable("no period");
  const samePeriod = candidates.filter((s) => samePeriodAs(s.period, claim2.period) || s.period === void 0 || !claim2.periodExplicit && !!claim2.period && !!s.period?.startsWith(claim2.period) && (asList(s.of).some((e) => index.datesOf(e).length > 0) || claim2.propertyKind === "share" && entitiesOf(s).some((e) => eventLike(index, e))) || claim2.periodExplicit && claim2.propertyKind === "share" && !!claim2.period && /^\d{4}$/u.test(claim2.period) && !!s.period?.startsWith(claim2.period) && entitiesOf(s).some((e) => eventLike(index, e)));
  if (claim2.propertyKind === "share" && !claim2.periodExplicit && claim2.period && /^\d{4}$/.test(claim2.period)) {
    const has2 = (p) => candidates.some((s) => samePeriodAs(s.period, p));
    const context = claim2.periodInContext;
    if (context && context !== claim2.period && has2(context))
      return checkMetricClaim({ ...claim2, period: context, periodExplicit: true, periodInContext: void 0 }, index, text, date);
    const before = claim2.periodBefore;
    const shifted2 = before ? { ...claim2, period: before, periodExplicit: true, periodInContext: void 0, periodBefore: void 0, periodFromShare: true } : void 0;
    if (before && shifted2 && before !== claim2.period && index.statementsOf(claim2.property).some((st) => samePeriodAs(st.period, before) && consistent(st, shifted2, index, date)))
      return checkMetricClaim(shifted2, index, text, date);
    const last = String(Number(claim2.period) - 1);
    if (samePeriod.length === 0 && has2(last))
      return checkMetricClaim({ ...claim2, period: last, periodInContext: void 0 }, index, text, date);
  }
  if (samePeriod.length === 0 && claim2.periodQuoted && recordSubjects.length > 0)
    return unverifiable(`the fact set has no value for ${claim2.period}; a relative period inside a quotation is not compared with other articles`);
  if (samePeriod.length === 0) {
    const moved = movedYear(claim2, candidates);
    if (moved && recordSubjects.length > 0) {
      const said2 = formatValue(claim2.value, claim2.unit);
      const what2 = index.property(claim2.property)?.names?.en?.[0] ?? claim2.property;
      const who2 = recordSubjects.map((id) => displayName(index, id, "en")).join("\u2013");
      return {
        verdict: "contradicted",
        reason: `${describeValue(moved, claim2.unit)} is the fact set's value for ${moved.period}, and it has none for ${claim2.period}`,
        finding: {
          ruleId: "metric-value",
          span: claim2.span,
          message: `${what2} (${who2}): the article gives ${said2} for ${claim2.period}; that is the fact set's value for ${moved.period}, and it has none for ${claim2.period}: is the year right?`,
          actual: `${said2} (${claim2.period})`,
          expected: `${describeValue(moved, claim2.unit)} (${moved.period})`,
          fact: moved
        }
      };
    }
    return record(`the fact set has no value for ${claim2.period}; compared with other articles`);
  }
  const live = samePeriod.filter((s) => s.rank !== "deprecated");
  const match = live.find((s) => fits2(claim2, s));
  if (match)
    return verified2(`${describeValue(match, claim2.unit)} (${match.period ?? "at all times"})`);
  if (claim2.periodQuoted && claim2.period) {
    const earlier = claim2.period.replace(/\d{4}/g, (y) => String(Number(y) - 1));
    const fitsEarlier = candidates.find((s) => s.rank !== "deprecated" && samePeriodAs(s.period, earlier) && fits2(claim2, s));
    if (fitsEarlier)
      return unverifiable(`a relative period inside a quotation: the figure fits ${earlier}, the year before, if the words were said then`);
  }
  let same = subjectSets(samePeriod);
  let pool = live;
  let readAs = "";
  const withEvent = same.size > 1 && claim2.lastEvent ? [...same.entries()].filter(([, es]) => es.includes(claim2.lastEvent)) : [];
  if (withEvent.length === 1) {
    const key = withEvent[0][0];
    pool = live.filter((st) => subjectsOfStatement(st).join(",") === key);
    same = new Map(withEvent);
    readAs = `; read as of ${displayName(index, claim2.lastEvent, "en")}, named before`;
  }
  if (same.size > 1)
    return unverifiable(`the sentence does not say whose figure it is (${[...same.keys()].join(" or ")})`);
  if (claim2.preliminary) {
    const best0 = pool.reduce((a, s) => !a || distance(s, claim2.value) < distance(a, claim2.value) ? s : a, void 0);
    const gap2 = best0 ? distance(best0, claim2.value) : Infinity;
    const reach = claim2.unit === "%" ? PRELIMINARY_POINTS : PRELIMINARY_SHARE * Math.abs(claim2.value);
    if (best0 && gap2 <= reach)
      return unverifiable(`a preliminary figure; the fact set has the final one, ${describeValue(best0, claim2.unit)}`);
  }
  const rule = claim2.propertyKind === "share" ? "share-value" : "metric-value";
  const prop = index.property(claim2.property);
  const what = prop?.names?.en?.[0] ?? claim2.property;
  const ref = pool[0] ?? candidates[0];
  const names = (ids) => ids.map((id) => displayName(index, id, "en")).join("\u2013");
  const who = ref && ref.of !== void 0 ? `${names(asList(ref.subject))} in ${names(asList(ref.of))}` : names(subjects.length ? subjects : [...same.values()][0] ?? []);
  const byValue = claim2.propertyKind === "change" ? pool.filter((s) => typeof s.value === "number") : [];
  if (new Set(byValue.map((s) => s.series ?? s.source)).size >= 2 && claim2.bound === void 0) {
    const vs = byValue.map((s) => s.value);
    if (claim2.value > Math.min(...vs) && claim2.value < Math.max(...vs))
      return unverifiable(`between the values the fact set's sources give (${[...new Set(byValue.map((s) => describeValue(s, claim2.unit)))].join("; ")}): another source may give it`);
  }
  const deprecated = samePeriod.find((s) => s.rank === "deprecated" && fits2(claim2, s));
  const best = pool.reduce((a, s) => !a || distance(s, claim2.value) < distance(a, claim2.value) ? s : a, void 0);
  const said = `${claim2.bound === "lower" ? "more than " : claim2.bound === "upper" ? "less than " : claim2.approx ? "about " : ""}${formatValue(claim2.value, claim2.unit)}`;
  const values = [...new Set(pool.map((s) => describeValue(s, claim2.unit)))];
  let message;
  if (deprecated && !best)
    message = `${what} (${who}, ${claim2.period}): ${said} is a value the fact set marks as wrong`;
  else if (best)
    message = `${what} (${who}, ${claim2.period}): the article says ${said}, the fact set ${values.join("; ")}${readAs}`;
  else
    return unverifiable("no value to compare");
  const other = candidates.find((s) => s.period && !samePeriodAs(s.period, claim2.period) && s.rank !== "deprecated" && typeof s.value === "number" && within({ ...claim2, approx: false }, s.value, s.tolerance));
  if (other)
    message += `; ${formatValue(other.value ?? NaN, other.unit ?? claim2.unit)} is the value for ${other.period}`;
  if (deprecated && best)
    message += "; the value is one the fact set marks as wrong";
  return {
    verdict: "contradicted",
    reason: best ? `the fact set has ${values.join("; ")}${readAs}` : "a value marked wrong",
    finding: {
      ruleId: rule,
      span: claim2.span,
      message,
      actual: `${said} (${claim2.period})`,
      expected: best ? `${values.join("; ")} (${best.period})` : "another value",
      ...best ?? deprecated ? { fact: best ?? deprecated } : {}
    }
  };
}

// dist/rules/metric-value.js
var metricValue = {
  meta: { id: "metric-value", frame: "metric" },
  applies: (frame) => frame.claim.propertyKind !== "share",
  check: (frame, ctx) => checkMetricClaim(frame.claim, ctx.index, ctx.text, ctx.date)
};

// dist/extract/place-kinds.js
var words2;
function placeKindWords() {
  if (!words2)
    words2 = new Set(availableLangs("grammar").flatMap((l) => grammarOf(l).cues?.placeKind ?? []).flatMap((w) => w.toLowerCase().split(/\s+/u)));
  return words2;
}

// dist/rules/place.js
function locatedInProperty(index) {
  return index.properties().find((p) => p.kind === "place" && p.id === "located-in")?.id ?? index.properties().find((p) => p.kind === "place")?.id ?? "located-in";
}
function knownPlaces(index, claim2) {
  const prop = claim2.property ?? locatedInProperty(index);
  if (prop === locatedInProperty(index)) {
    const facts2 = index.statementsOf(prop).filter((s) => s.subject === claim2.subject || Array.isArray(s.subject) && s.subject.includes(claim2.subject));
    return { places: index.placesAround(claim2.subject), facts: facts2 };
  }
  const facts = index.statementsOf(prop).filter((s) => (s.subject === claim2.subject || Array.isArray(s.subject) && s.subject.includes(claim2.subject)) && typeof s.object === "string" && s.rank !== "deprecated");
  const places = facts.flatMap((s) => [s.object, ...index.placesAround(s.object)]);
  return { places: [...new Set(places)], facts };
}
function kindOf(index, id, memo) {
  const e = index.entity(id);
  if (!e || e.type !== "place")
    return e?.type;
  let k = memo.get(id);
  if (k === void 0) {
    const words4 = placeKindWords();
    const region = Object.values(e.names ?? {}).some((ns) => ns.some((n) => n.toLowerCase().split(/[\s\-]+/u).some((w) => words4.has(w))));
    const depth = index.placesAround(id).filter((p) => index.entity(p)?.type !== "country").length;
    k = `place:${region ? "region" : "other"}:${depth}`;
    memo.set(id, k);
  }
  return k;
}
function baseNames(index, id) {
  const words4 = placeKindWords();
  const out = /* @__PURE__ */ new Set();
  for (const ns of Object.values(index.entity(id)?.names ?? {})) {
    for (const n of ns) {
      const base = n.toLowerCase().replace(/\([^)]*\)/gu, " ").split(/[\s\-]+/u).filter((w) => w && !words4.has(w)).join(" ");
      if (base)
        out.add(base);
    }
  }
  return out;
}
function sharesName(index, a, b) {
  const x = baseNames(index, a);
  for (const n of baseNames(index, b))
    if (x.has(n))
      return true;
  return false;
}
function checkPlace(claim2, index) {
  const { places, facts } = knownPlaces(index, claim2);
  const subject = displayName(index, claim2.subject, "en");
  const place2 = displayName(index, claim2.place, "en");
  const near2 = claim2.pattern === "near";
  const claimed = [claim2.place, ...index.placesAround(claim2.place)];
  for (let i = claimed.length - 1; i > 0; i--) {
    if (sharesName(index, claim2.place, claimed[i])) {
      claimed.splice(0, i);
      if (!near2 && places.includes(claimed[0]))
        return verified2(`${subject} is in ${displayName(index, claimed[0], "en")}`);
      break;
    }
  }
  if (!near2 && places.includes(claim2.place))
    return verified2(`${subject} is in ${place2}`);
  const memo = /* @__PURE__ */ new Map();
  for (const c of claimed) {
    const type = kindOf(index, c, memo);
    if (near2 && c === claim2.place)
      continue;
    const actual = places.find((p) => kindOf(index, p, memo) === type);
    if (!actual)
      continue;
    if (actual === c) {
      if (near2 || c !== claim2.place)
        continue;
      return verified2(`${subject} is in ${place2}`);
    }
    if (index.isWithin(actual, c) || index.isWithin(c, actual))
      continue;
    const right = displayName(index, actual, "en");
    const chain = places.map((p) => displayName(index, p, "en")).join(", ");
    const via = c === claim2.place ? "" : ` (${place2} is in ${displayName(index, c, "en")})`;
    const verb = claim2.property && claim2.property !== locatedInProperty(index) ? index.property(claim2.property)?.names?.en?.[0] ?? claim2.property : "in";
    const verbOf = claim2.property && claim2.property !== locatedInProperty(index) ? index.property(claim2.property)?.names?.en?.[0] ?? claim2.property : "is in";
    return {
      verdict: "contradicted",
      reason: `${subject} ${verbOf} ${right}`,
      finding: {
        ruleId: "place",
        span: claim2.span,
        message: verb === "in" ? `${subject} is in ${right}, not in ${displayName(index, c, "en")}${via} (the fact set places it in ${chain})` : `${subject} ${verb} ${right}, not ${displayName(index, c, "en")}${via}`,
        actual: `${subject} ${verb} ${place2}`,
        expected: `${subject} ${verb} ${chain}`,
        ...facts[0] ? { fact: facts[0] } : {}
      }
    };
  }
  if (near2 && places.length)
    return verified2(`${subject} is in the same country as ${place2}`);
  return unverifiable(`the fact set does not relate ${subject} to ${place2}`);
}
var place = {
  meta: { id: "place", frame: "place" },
  check: (frame, ctx) => checkPlace(frame.claim, ctx.index)
};

// dist/rules/share-value.js
var shareValue = {
  meta: { id: "share-value", frame: "metric" },
  applies: (frame) => frame.claim.propertyKind === "share",
  check: (frame, ctx) => checkMetricClaim(frame.claim, ctx.index, ctx.text, ctx.date)
};

// dist/rules/index.js
var frameRules = [officeHolder, metricValue, shareValue, dateWeekday, eventDate, place];

// dist/claims/years.js
var YEAR2 = /(?<![\p{L}\p{N}.,])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;
function yearsIn(text, span) {
  return [...new Set(yearMentionsIn(text, span).map((y) => y.year))];
}
function yearMentionsIn(text, span) {
  const out = [];
  YEAR2.lastIndex = 0;
  const s = text.slice(span.start, span.end);
  for (let m = YEAR2.exec(s); m; m = YEAR2.exec(s))
    out.push({ year: Number(m[1]), start: span.start + m.index });
  return out;
}
var ASIDE_REACH = 200;
function yearsOutsideAsides(text, span, claim2, years, others) {
  if (years.length === 0 || others.length === 0)
    return [...new Set(years.map((y) => y.year))];
  const kept = years.filter((y) => {
    const from = Math.max(span.start, y.start - ASIDE_REACH);
    const open = text.slice(from, y.start).lastIndexOf(",");
    if (open < 0)
      return true;
    const openAt = from + open;
    const rest = text.slice(y.start, Math.min(span.end, y.start + ASIDE_REACH));
    const close = rest.indexOf(",") < 0 ? Math.min(span.end, y.start + ASIDE_REACH) : y.start + rest.indexOf(",");
    if (claim2.start >= openAt && claim2.start < close)
      return true;
    const before = text.slice(Math.max(span.start, openAt - ASIDE_REACH), openAt).trimEnd().length + Math.max(span.start, openAt - ASIDE_REACH);
    return !others.some((o) => o.end === before);
  });
  return [...new Set(kept.map((y) => y.year))];
}

// dist/claims/office-start.js
var START_DAYS = 120;
var EARLY_DAYS = 3;
var YEAR_REACH = 300;
function attributive(text, at, articles) {
  const before = new RegExp("(\\p{L}+)[\\s\\u00a0]+$", "u").exec(text.slice(Math.max(0, at - 12), at));
  return !!before && articles.has(foldWord(before[1]));
}
function officeStart(claim2, annotation, text, sentence, dates) {
  if (claim2.via !== "predicate" || claim2.since !== void 0)
    return void 0;
  const clause = annotation.clauseAt(claim2.officeSpan.start);
  if (annotation.clauseAt(claim2.personSpan.start) !== clause || !annotation.clausesWith("officeStart").has(clause))
    return void 0;
  const at = claim2.at;
  const near2 = (d) => nearArticleDate(d.resolved, at);
  const joined = (start2, end2) => {
    const a = Math.min(end2, claim2.officeSpan.start);
    const b = Math.max(start2, Math.max(claim2.officeSpan.end, claim2.ofSpan?.end ?? 0));
    return !text.slice(a, b).includes(",");
  };
  const inClause = dates.filter((d) => annotation.clauseAt(d.span.start) === clause && joined(d.span.start, d.span.end));
  const days = /* @__PURE__ */ new Set();
  for (const d of inClause) {
    if (!d.resolved || !(d.yearExplicit || near2(d)))
      return void 0;
    days.add(d.resolved);
  }
  const around = { start: Math.max(sentence.start, claim2.span.start - YEAR_REACH), end: Math.min(sentence.end, claim2.span.end + YEAR_REACH) };
  const years = new Set(yearMentionsIn(text, around).filter((y) => annotation.clauseAt(y.start) === clause && joined(y.start, y.start + 4) && !dates.some((d) => y.start >= d.span.start && y.start < d.span.end) && !attributive(text, y.start, articleWordsOf(claim2.lang))).map((y) => y.year));
  if (days.size + years.size === 0) {
    if (claim2.tense !== "current" || !at)
      return void 0;
    return { window: { start: at, end: addDays(at, START_DAYS) } };
  }
  if (days.size + years.size !== 1)
    return void 0;
  const day = [...days][0];
  const year = [...years][0];
  const start = day ?? `${year}-01-01`;
  const end = addDays(day ?? `${year}-12-31`, START_DAYS);
  if (at && start > at)
    return void 0;
  return { window: { start: addDays(start, -EARLY_DAYS), end }, written: day ?? String(year) };
}

// dist/text/quotes.js
var OPEN2 = /* @__PURE__ */ new Set(["\xAB", "\u201C", "\u201E", "\u2039"]);
var CLOSE2 = /* @__PURE__ */ new Set(["\xBB", "\u201D", "\u203A"]);
function insideQuote(text, offset) {
  let start = text.lastIndexOf("\n\n", offset);
  start = start < 0 ? 0 : start + 2;
  let depth = 0;
  let straight = false;
  for (let i = start; i < offset; i++) {
    const c = text[i];
    if (c === '"')
      straight = !straight;
    else if (c === "\u201C" && depth > 0 && text.lastIndexOf("\u201E", i) >= start && text.lastIndexOf("\u201E", i) > text.lastIndexOf("\u201C", i - 1))
      depth--;
    else if (OPEN2.has(c))
      depth++;
    else if (CLOSE2.has(c) && depth > 0)
      depth--;
  }
  return depth > 0 || straight;
}

// dist/extract/metric-claims.js
var ENTITY_TYPES = CONTEXT_TYPES;
var NOT_THINGS = /* @__PURE__ */ new Set([...PLACE_TYPES, ...CONTEXT_TYPES, "person", "office", "party", "organisation"]);
var CAPITALISED = new RegExp("^\\p{Lu}", "u");
var RELATIVE_REACH = 8;
var UNKNOWN_REACH = 16;
var placeKindWords2 = perLanguage((lang) => new Set(cuePhrasesOf(lang).placeKind.filter((p) => p.length === 1).map((p) => p[0])));
var RIVALS = /* @__PURE__ */ new Set(["person", "party", "organization", "organisation"]);
function durationBefore(ann, q) {
  const at = ann.tokenAt((q.hedgeSpan ?? q.span).start);
  for (let i = Math.max(0, at - 4); i < at; i++)
    if (ann.cue("duration", i) === at - i)
      return true;
  return false;
}
var partOfWholeOf = perLanguage((lang) => (numbersPack(lang)?.partOfWhole ?? []).map((p) => foldWord(p).split(/\s+/u)).sort((a, b) => b.length - a.length));
var cues = perLanguage((lang) => {
  const g = grammarOf(lang);
  return {
    change: new Set((g.changeCues ?? []).map(foldWord)),
    bilateral: (g.bilateralCues ?? []).map((p) => foldWord(p).split(/\s+/u)),
    // Split as the tokenizer splits words: at spaces and hyphens ("masing-masing").
    respectively: (g.respectively ?? []).map((p) => foldWord(p).split(/[\s\u2010-\u2015-]+/u).filter(Boolean)),
    target: new Set((g.targetCues ?? []).map(foldWord)),
    partner: new Set((g.partnerWords ?? []).map(foldWord)),
    otherWholes: new Set((g.otherWholes ?? []).map(foldWord)),
    counted: new Set((g.countedWords ?? []).map(foldWord)),
    approval: new Set((g.approvalWords ?? []).map(foldWord)),
    rival: new Set((g.rivalWords ?? []).map(foldWord)),
    part: new Set((g.partWords ?? []).map(foldWord)),
    preliminary: (g.preliminaryWords ?? []).map((p) => foldWord(p).split(/\s+/u)),
    previous: new Set((g.previousWords ?? []).map(foldWord)),
    changeAfter: new Set((g.changeAfter ?? []).map(foldWord)),
    and: andWordsOf(lang),
    articles: articleWordsOf(lang),
    when: (g.whenWords ?? []).map((p) => foldWord(p).split(/\s+/u))
  };
});
function withinOwnName() {
  const furthest = /* @__PURE__ */ new Map();
  return (m) => {
    const end = furthest.get(m.entityId);
    if (end !== void 0 && m.span.end <= end)
      return false;
    furthest.set(m.entityId, m.span.end);
    return true;
  };
}
function distance2(a, b) {
  if (a.end <= b.start)
    return b.start - a.end;
  if (b.end <= a.start)
    return a.start - b.end;
  return 0;
}
var isDigit2 = (c) => c >= 48 && c <= 57;
function commaIn(text, from, to) {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 59 || ch === 44 && !(isDigit2(text.charCodeAt(i - 1)) && isDigit2(text.charCodeAt(i + 1))))
      return true;
  }
  return false;
}
function inside(s, outer) {
  return s.start >= outer.start && s.end <= outer.end;
}
function quantityReadings(props, kinds, property) {
  const out = [];
  for (const p of props) {
    if (kinds(p) === "quantity") {
      out.push(p);
      continue;
    }
    const alt = p.alternatives.find((id) => property(id)?.kind === "quantity");
    if (alt)
      out.push({ ...p, entityId: alt, alternatives: [] });
  }
  return out;
}
function joinCompoundAmounts(ctx) {
  const qs = ctx.quantities;
  if (qs.length < 2)
    return ctx;
  const out = [];
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i];
    const b = qs[i + 1];
    if (b && a.unit === void 0 && b.unit !== void 0 && a.scale > b.scale && b.scale > 1 && !a.range && !b.range && /^[\s\u00a0]+$/u.test(ctx.text.slice(a.span.end, b.span.start))) {
      out.push({ ...b, value: a.value + b.value, span: { start: a.span.start, end: b.span.end }, raw: `${a.raw} ${b.raw}`, scale: b.scale, decimals: 0, approx: a.approx || b.approx, ...a.hedgeSpan ? { hedgeSpan: a.hedgeSpan } : {} });
      i++;
    } else
      out.push(a);
  }
  return out.length === qs.length ? ctx : { ...ctx, quantities: out };
}
function extractMetricClaims(ctx0) {
  const ctx = withCarriedProperty(joinCompoundAmounts(ctx0));
  if (ctx.properties.length === 0 || ctx.quantities.length === 0)
    return [];
  const c = cues(ctx.lang);
  const cp = cuePhrasesOf(ctx.lang);
  const ann = ctx.annotation ?? annotate(ctx);
  const tokens2 = ctx.tokens;
  const keys = tokens2.map((t) => t.key);
  const clause = ann.clauses().ids;
  const hardClauses = ann.clauses().hard;
  const runStart = new Int32Array(clause.length);
  const clauseFirst = /* @__PURE__ */ new Map();
  for (let i = 0; i < clause.length; i++) {
    runStart[i] = i > 0 && clause[i - 1] === clause[i] ? runStart[i - 1] : i;
    if (!clauseFirst.has(clause[i]))
      clauseFirst.set(clause[i], i);
  }
  let clauseCount = 0;
  for (let i = 0; i < clause.length; i++)
    if (clause[i] >= clauseCount)
      clauseCount = clause[i] + 1;
  const segmentOf = new Int32Array(clauseCount);
  const statementOf = new Int32Array(clauseCount);
  for (let c2 = 1; c2 < clauseCount; c2++) {
    const hard = hardClauses.has(c2);
    segmentOf[c2] = hard ? c2 : segmentOf[c2 - 1];
    const t = clauseFirst.get(c2) ?? -1;
    statementOf[c2] = hard && t > 0 && /[:;]/u.test(ctx.text.slice(tokens2[t - 1].end, tokens2[t].start)) ? c2 : statementOf[c2 - 1];
  }
  const segmentStart = (c2) => segmentOf[c2] ?? 0;
  const asideParent = (c2) => {
    const s0 = clauseFirst.get(c2) ?? -1;
    return s0 > 0 && ann.cue("asideOpener", s0) > 0 ? clause[s0 - 1] : void 0;
  };
  const statementStart = (c2) => statementOf[c2] ?? 0;
  const clauseOf = (s) => ann.clauseAt(s.start);
  const propsInOrder = inTextOrder(ctx.properties);
  const quantitiesInOrder = inTextOrder(ctx.quantities);
  const inFigure = (m) => near(quantitiesInOrder, m.span).some((q) => inside(m.span, q.span));
  const partOfName = (m) => near(propsInOrder, m.span).some((p) => inside(m.span, p.span) && ctx.property(p.entityId)?.kind !== "share");
  const subjectMentions = ctx.mentions.filter((m) => ENTITY_TYPES.has(m.entityType) && !partOfName(m) && !inFigure(m));
  const sourcedCache = /* @__PURE__ */ new Map();
  const bilateralClauses = /* @__PURE__ */ new Set();
  for (let i = 0; i < keys.length; i++) {
    for (const ph of c.bilateral) {
      if (keys[i] !== ph[0])
        continue;
      let k = 1;
      while (k < ph.length && keys[i + k] === ph[k])
        k++;
      if (k === ph.length) {
        bilateralClauses.add(clause[i]);
        break;
      }
    }
  }
  const bilateral = bilateralClauses.size > 0;
  const respectivelyClauses = /* @__PURE__ */ new Set();
  for (let i = 0; i < keys.length; i++) {
    for (const ph of c.respectively) {
      let k = 0;
      while (k < ph.length && keys[i + k] === ph[k])
        k++;
      if (k === ph.length)
        respectivelyClauses.add(clause[i]);
    }
  }
  const anaphorIn = /* @__PURE__ */ new Map();
  const pronounIn = ann.clausesWith("personPronoun");
  for (let i = 0; i < tokens2.length; i++)
    if (ann.cue("countryAnaphor", i) && !anaphorIn.has(clause[i]))
      anaphorIn.set(clause[i], i);
  const inProperty = new Uint8Array(tokens2.length);
  for (const p of ctx.properties)
    for (let i = tokenIndexAt(tokens2, p.span.start); i < tokens2.length && tokens2[i].end <= p.span.end; i++)
      inProperty[i] = 1;
  const candidateCache = /* @__PURE__ */ new Map();
  const clauseGroups = /* @__PURE__ */ new Map();
  const byClause = (list2) => {
    let g = clauseGroups.get(list2);
    if (!g)
      clauseGroups.set(list2, g = ann.byClause(list2));
    return g;
  };
  let asMentions;
  const headMentions = () => asMentions ??= (ctx.heads ?? []).map((h) => ({ ...h, entityType: h.entityType.replace(/^head:/u, "") }));
  const candidatesOf = (types) => {
    let list2 = candidateCache.get(types);
    if (!list2) {
      list2 = [...ctx.mentions, ...headMentions()].filter((m) => types.has(m.entityType) && !partOfName(m) && !inFigure(m)).sort((a, b) => a.span.start - b.span.start);
      candidateCache.set(types, list2);
    }
    return list2;
  };
  let opener;
  const sentenceOpener = (figurePartner) => {
    if (opener === void 0) {
      let first = 0;
      while (first < keys.length && c.articles.has(keys[first]))
        first++;
      const m = subjectMentions.find((x) => x.tokenStart >= first);
      const isOpener2 = m && m.tokenStart === first && m.entityType === "country" && m.form === "name";
      const partners = /* @__PURE__ */ new Set();
      if (isOpener2) {
        for (const x of subjectMentions) {
          if (x.tokenStart <= m.tokenStart || clause[x.tokenStart] !== clause[m.tokenStart])
            continue;
          let i = x.tokenStart - 1;
          while (i > m.tokenEnd && c.articles.has(keys[i]))
            i--;
          if (x.entityType === "country" && (c.partner.has(keys[i]) || c.partner.has(keys[i - 1] ?? "")))
            partners.add(x.entityId);
        }
      }
      opener = isOpener2 && partners.size > 0 ? { m, partners } : null;
    }
    return opener && [...opener.partners].some((e) => e !== figurePartner) ? opener.m : void 0;
  };
  let things;
  const thingsOf = () => things ??= [...ctx.mentions, ...headMentions()].filter((m) => !NOT_THINGS.has(m.entityType) && !partOfName(m) && !inFigure(m) && !(m.entityType === "place" && afterPreposition(m.tokenStart)) && (ctx.mentions.includes(m) || ctx.namedInArticle?.has(m.entityId) === true)).sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end).filter(withinOwnName());
  const prepositions = prepositionWordsOf(ctx.lang);
  const afterPreposition = (i) => {
    let k = i - 1;
    while (k >= 0 && c.articles.has(keys[k]))
      k--;
    return k >= 0 && prepositions.has(keys[k]);
  };
  const partGoverned = (m) => {
    if (c.part.size === 0)
      return false;
    let start = m.tokenStart;
    for (let moved = true; moved; ) {
      moved = false;
      for (const list2 of [near(ctx.mentions, m.span), near(headMentions(), m.span)]) {
        for (const x of list2) {
          if (x.entityId === m.entityId && x.tokenStart < start && x.tokenEnd >= start - 1) {
            start = x.tokenStart;
            moved = true;
          }
        }
      }
    }
    for (let k = start - 1; k >= 0 && k >= start - 4; k--) {
      if (/[,;:()]/u.test(ctx.text.slice(tokens2[k].end, tokens2[k + 1].start)))
        return false;
      if (c.part.has(keys[k]))
        return true;
    }
    return false;
  };
  const thingOf = (q, cl) => {
    const list2 = thingsOf();
    if (list2.length === 0)
      return void 0;
    const one = (ms) => {
      const ids = new Set(ms.map((m) => m.entityId));
      return ids.size === 1 ? [...ids][0] : void 0;
    };
    const inClause = near(byClause(list2).get(cl) ?? [], q.span).filter((m) => !partGoverned(m));
    const before = inClause.filter((m) => m.span.end <= q.span.start);
    if (before.length) {
      const last = before[before.length - 1];
      const joined = before.some((m) => m.entityId !== last.entityId && m.tokenEnd <= last.tokenStart && last.tokenStart - m.tokenEnd <= 2 && keys.slice(m.tokenEnd, last.tokenStart).some((k) => c.and.has(k)));
      return joined ? void 0 : last.entityId;
    }
    if (inClause.length)
      return one(inClause);
    const segment = statementStart(cl);
    return one(near(list2, q.span).filter((m) => m.span.end <= q.span.start && clause[m.tokenStart] >= segment && !partGoverned(m)));
  };
  const unknownNameBefore = (q, cl) => {
    const qi = tokenIndexAt(tokens2, q.span.start);
    const rivalBefore = (i) => {
      for (let k = i - 1; k >= 0 && k >= i - 4 && clause[k] === cl; k--)
        if (c.rival.has(keys[k]))
          return true;
      return false;
    };
    const known = (i) => near(ctx.mentions, tokens2[i]).some((m) => m.tokenStart <= i && m.tokenEnd > i) || monthIndex(ctx.lang, tokens2[i].text) !== void 0 || weekdayKeysOf(ctx.lang).has(keys[i]);
    for (let i = qi - 2; i >= 0 && i >= qi - UNKNOWN_REACH && clause[i] === cl; i--) {
      if (clause[i + 1] !== cl || clause[i] === void 0)
        continue;
      if (i === 0 || clause[i - 1] !== cl)
        break;
      if (CAPITALISED.test(tokens2[i].text) && CAPITALISED.test(tokens2[i + 1].text) && new RegExp("^\\p{L}", "u").test(tokens2[i + 1].text) && onlySpaceBetween(ctx.text, tokens2[i].end, tokens2[i + 1].start) && !known(i) && !known(i + 1) && rivalBefore(i))
        return i;
    }
    return -1;
  };
  const rivals = /* @__PURE__ */ new Map();
  const thingMeasures = /* @__PURE__ */ new Set();
  const subjectsOf = (q, prop, wholeEnd) => {
    const cl = clauseOf(q.span);
    const types = ctx.subjectTypes?.(prop.id);
    const candidates = types?.size ? candidatesOf(types) : subjectMentions;
    const sourced = (m) => {
      const known = sourcedCache.get(m);
      if (known !== void 0)
        return known;
      const v = isSourced(m);
      sourcedCache.set(m, v);
      return v;
    };
    const isSourced = (m) => {
      for (let i = Math.max(0, m.tokenStart - 6); i < m.tokenStart; i++) {
        const n = ann.cue("attribution", i);
        if (n && i + n <= m.tokenStart && clause[i] === clause[m.tokenStart] && !ctx.text.slice(tokens2[i + n - 1].end, m.span.start).includes(","))
          return true;
      }
      for (let i = m.tokenEnd; i < m.tokenEnd + 4 && i < tokens2.length; i++) {
        if (clause[i] === clause[m.tokenStart] && ann.cue("attributionAfter", i))
          return true;
      }
      return cp.attribution.some((ph) => ph.some((_, k) => k > 0 && k < ph.length && ph.slice(0, k).every((w, j) => keys[m.tokenStart - k + j] === w) && ph.slice(k).every((w, j) => keys[m.tokenEnd + j] === w)));
    };
    let ms = near(byClause(candidates).get(cl) ?? [], q.span).filter((m) => !(m.tokenEnd > 0 && sourced(m)) && (wholeEnd === void 0 || m.span.start <= wholeEnd) && !(q.unit !== "%" && partGoverned(m)));
    if (ms.length > 1) {
      const qi = tokenIndexAt(tokens2, q.span.start);
      const head = ms.filter((m) => RIVALS.has(m.entityType) && m.span.end <= q.span.start && m.tokenEnd < qi && qi - m.tokenEnd <= RELATIVE_REACH && ann.cue("asideOpener", m.tokenEnd) > 0 && !c.articles.has(keys[m.tokenEnd])).at(-1);
      if (head && !ms.some((m) => m !== head && RIVALS.has(m.entityType) && m.span.start > head.span.end && m.span.end <= q.span.start)) {
        ms = ms.filter((m) => m.entityId === head.entityId || !RIVALS.has(m.entityType));
      }
    }
    if (q.span.start > 0 && ms.length > 1) {
      const people = ms.filter((m) => m.entityType === "person" && m.span.end <= q.span.start);
      if (people.length > 1) {
        const inAside = (m) => people.some((h) => {
          if (h.entityId === m.entityId || h.span.end > m.span.start)
            return false;
          const gap2 = ctx.text.slice(h.span.end, m.span.start);
          const open = gap2.indexOf(",");
          if (open < 0 || gap2.slice(0, open).trim() !== "" || gap2.slice(open + 1).includes(","))
            return false;
          return ctx.text.slice(m.span.end, q.span.start).includes(",");
        });
        const kept = ms.filter((m) => !inAside(m));
        if (kept.length < ms.length)
          ms = kept;
      }
    }
    if (ms.some((m) => m.span.start >= q.span.end)) {
      const from = tokenIndexAt(tokens2, q.span.end);
      ms = ms.filter((m) => m.span.start < q.span.end || !ann.cueIn("comparison", from, m.tokenStart));
    }
    const parentClause = ms.length === 0 ? asideParent(cl) : void 0;
    let asideOfUnknown = false;
    if (parentClause !== void 0) {
      const opener2 = clauseFirst.get(cl) ?? 0;
      const before2 = tokens2[opener2 - 1];
      asideOfUnknown = before2 !== void 0 && CAPITALISED.test(before2.text) && /^\s*,\s*$/u.test(ctx.text.slice(before2.end, tokens2[opener2].start)) && !near(ctx.mentions, before2).some((m) => m.tokenStart < opener2 && m.tokenEnd >= opener2);
      ms = asideOfUnknown ? [] : near(byClause(candidates).get(parentClause) ?? [], q.span).filter((m) => m.span.end <= q.span.start && !(m.tokenEnd > 0 && sourced(m)));
      const antecedent = !asideOfUnknown ? ms.find((m) => m.tokenEnd === opener2 && RIVALS.has(m.entityType)) : void 0;
      if (antecedent)
        ms = ms.filter((m) => m.entityId === antecedent.entityId || !RIVALS.has(m.entityType));
    }
    if (q.unit !== void 0 && (/^[A-Z]{3}$/u.test(q.unit) || MEASURES.has(q.unit))) {
      const before2 = near(figuresInOrder, q.span).filter((f) => f !== q && f.span.end <= q.span.start && f.unit === q.unit && clauseOf(f.span) === cl).at(-1);
      const own = before2 ? ms.filter((m) => m.span.start >= before2.span.end && m.span.end <= q.span.start) : [];
      if (own.length > 0)
        ms = own;
      if (MEASURES.has(q.unit)) {
        const next = near(figuresInOrder, q.span).find((f) => f !== q && f.span.start >= q.span.end && f.unit === q.unit && clauseOf(f.span) === cl);
        if (next)
          ms = ms.filter((m) => m.span.start < next.span.start);
      }
    }
    if (ms.length > 0) {
      let nextStart;
      const from = tokenIndexAt(tokens2, q.span.end);
      for (let i = from; i < tokens2.length && i < from + 20; i++) {
        if (i > from && /[;:]/u.test(ctx.text.slice(tokens2[i - 1].end, tokens2[i].start)))
          break;
        if (/^\d{1,3}$/u.test(tokens2[i].text) && tokens2[i].start >= q.span.end) {
          nextStart = tokens2[i].start;
          break;
        }
      }
      if (nextStart !== void 0) {
        const before2 = nextStart;
        const resultName = (m) => m.entityType === "person" || m.entityType === "organization" || m.entityType === "party";
        const between = (m) => resultName(m) && m.span.start >= q.span.end && m.span.end <= before2;
        const later = (m) => resultName(m) && m.span.start >= before2;
        if (ms.some(between))
          ms = ms.filter((m) => !between(m) && !later(m));
      }
    }
    if (q.unit === "%" && ms.length > 1) {
      const next = near(figuresInOrder, q.span).find((f) => f.span.start >= q.span.end && f.unit === "%");
      const rival3 = next && clauseOf(next.span) === cl && inComparison(next.span, 3, true) ? rivalAfter(next) : void 0;
      if (rival3 && ms.some((m) => m !== rival3 && RIVALS.has(m.entityType) && m.span.end <= q.span.start))
        ms = ms.filter((m) => m.entityId !== rival3.entityId || m.span.end <= q.span.start);
    }
    let paired = false;
    if (respectivelyClauses.has(cl) && q.unit !== void 0) {
      const figs = near(figuresInOrder, q.span).filter((f) => f.unit === q.unit && clauseOf(f.span) === cl);
      if (figs.length >= 2) {
        paired = true;
        const first = figs[0].span.start;
        const names = [...new Set(ms.filter((m) => m.span.end <= first && RIVALS.has(m.entityType)).map((m) => m.entityId))];
        const own = names.length === figs.length ? names[figs.indexOf(q)] : void 0;
        ms = ms.filter((m) => !RIVALS.has(m.entityType) || m.entityId === own);
      }
    }
    const pi = ms.findIndex((m) => m.entityType === "country" && m.tokenStart > 0 && c.partner.has(keys[m.tokenStart - 1]));
    const partner = ms[pi];
    let bare = false;
    let otherSideUnknown = false;
    if (partner) {
      const next = ms[pi + 1];
      const joined = next && next.entityType === "country" && next.tokenStart - partner.tokenEnd === 1 && c.and.has(keys[partner.tokenEnd]);
      const word = nearest(near(ctx.properties, partner.span).filter((p) => p.span.end <= partner.span.start), partner.span);
      const from = word ? Math.max(0, tokenIndexAt(tokens2, word.span.start) - 3) : partner.tokenStart;
      ms = ms.filter((m) => m === partner || joined && m === next || m.tokenStart >= from && m.tokenEnd <= partner.tokenStart);
      if (word) {
        let unknown = false;
        for (let i = tokenIndexAt(tokens2, word.span.end); i < partner.tokenStart - 1; i++) {
          if (!c.articles.has(keys[i]) && !ms.some((m) => m.tokenStart <= i && m.tokenEnd > i))
            unknown = true;
        }
        let k = tokenIndexAt(tokens2, word.span.start) - 1;
        while (k >= 0 && c.articles.has(keys[k]))
          k--;
        const after = tokenIndexAt(tokens2, word.span.end);
        if (!unknown && (k >= 0 && (ann.cue("placeKind", k) > 0 || placeKindWords2(ctx.lang).has(keys[k].replace(/['’]s$/u, ""))) && !ms.some((m) => m.tokenStart <= k && m.tokenEnd > k) || after < partner.tokenStart && ann.cue("placeKind", after) > 0 && !ms.some((m) => m.tokenStart <= after && m.tokenEnd > after)))
          unknown = true;
        if (unknown)
          ms = ms.filter((m) => m === partner || joined && m === next);
        otherSideUnknown = unknown && !joined;
        bare = !unknown && !ms.some((m) => m !== partner && m !== next);
      }
      if (bare && !joined) {
        const first = sentenceOpener(partner.entityId);
        if (first && first.entityId !== partner.entityId && !ms.includes(first)) {
          ms = [first, ...ms];
          bare = false;
        }
      }
    }
    const unknownAt = !asideOfUnknown && types?.has("person") === true ? unknownNameBefore(q, cl) : -1;
    const unknownSubject = unknownAt >= 0 && ms.every((m) => m.tokenEnd <= unknownAt && !ms.some((o) => o.span.start >= q.span.end));
    if (unknownSubject)
      ms = [];
    if (ms.length === 0 && !asideOfUnknown && !unknownSubject) {
      const before2 = near(candidates, q.span).filter((m) => m.span.end <= q.span.start && !(m.tokenEnd > 0 && sourced(m)) && !(paired && RIVALS.has(m.entityType)) && !(q.unit !== "%" && partGoverned(m)));
      const segment = statementStart(cl);
      const own = segment > 0 ? before2.filter((m) => clause[m.tokenStart] >= segment) : [];
      ms = own.length ? own : before2;
    }
    if (!otherSideUnknown) {
      const unknownName = (i, m) => i >= 0 && i < tokens2.length && clause[i] === clause[m.tokenStart] && CAPITALISED.test(tokens2[i].text) && !near(ctx.mentions, tokens2[i]).some((x) => x.tokenStart <= i && x.tokenEnd > i);
      const afterArticles = (i) => {
        while (i < tokens2.length && c.articles.has(keys[i]))
          i++;
        return i;
      };
      otherSideUnknown = ms.some((m) => m.entityType === "country" && m.form === "name" && (m.tokenStart >= 2 && c.and.has(keys[m.tokenStart - 1]) && unknownName(m.tokenStart - 2, m) || m.tokenEnd + 1 < tokens2.length && c.and.has(keys[m.tokenEnd]) && unknownName(afterArticles(m.tokenEnd + 1), m)));
    }
    if (q.unit === "%") {
      const qi = tokenIndexAt(tokens2, q.span.start);
      for (let i = Math.max(0, qi - 4); i < qi; i++) {
        if (clause[i] === clause[qi] && c.approval.has(keys[i])) {
          ms = ms.filter((m) => !RIVALS.has(m.entityType));
          break;
        }
      }
    }
    const named = [...new Set(ms.map((m) => m.entityId))];
    const byName = [...new Set(ms.filter((m) => m.form === "name").map((m) => m.entityId))];
    if (bare && partner && ctx.lastPair?.includes(partner.entityId)) {
      const home = ctx.lastPair.find((e) => e !== partner.entityId);
      if (home && !named.includes(home) && named.filter((e) => ctx.mentions.some((m) => m.entityId === e && m.entityType === "country")).length === 1) {
        named.push(home);
        byName.push(home);
      }
    }
    const pair = ctx.lastPair;
    const bilateralHere = bilateralClauses.has(cl);
    if (bilateralHere && pair?.length === 2 && named.filter((e) => pair.includes(e) || ctx.mentions.some((m) => m.entityId === e && m.entityType === "country")).length < 2) {
      const countries = named.filter((e) => ctx.mentions.some((m) => m.entityId === e && m.entityType === "country"));
      if (countries.every((e) => pair.includes(e))) {
        for (const e of pair)
          if (!named.includes(e)) {
            named.push(e);
            byName.push(e);
          }
      }
    }
    if (bilateralHere && pair?.length === 2 && pair.every((e) => named.includes(e)) && named.length > 2) {
      const region = (e) => ctx.mentions.some((m) => m.entityId === e && (m.entityType === "region" || m.entityType === "organization"));
      for (let k = named.length - 1; k >= 0; k--)
        if (!pair.includes(named[k]) && region(named[k]))
          named.splice(k, 1);
      for (let k = byName.length - 1; k >= 0; k--)
        if (!named.includes(byName[k]))
          byName.splice(k, 1);
    }
    const anaphorAt = anaphorIn.get(cl) ?? -1;
    const before = anaphorAt >= 0 ? near(ctx.mentions, tokens2[anaphorAt]).filter((m) => m.entityType === "country" && m.form === "name" && m.tokenEnd > 0 && m.tokenEnd <= anaphorAt && !partOfName(m) && !sourced(m)).at(-1)?.entityId : void 0;
    const a = before ?? ctx.lastCountry;
    if (a && !named.includes(a) && anaphorAt >= 0) {
      named.push(a);
      byName.push(a);
      if (!partner && (anaphorAt >= 1 && c.partner.has(keys[anaphorAt - 1]) || c.partner.has(keys[anaphorAt])) && named.length === 1)
        bare = true;
    }
    let pronounBefore = false;
    if (types?.has("person") && pronounIn.has(cl)) {
      const qi = tokenIndexAt(tokens2, q.span.start);
      for (let i = qi - 1; i >= 0 && clause[i] === cl && !pronounBefore; i--)
        pronounBefore = ann.cue("personPronoun", i) > 0;
      const people = ms.filter((m) => m.entityType === "person");
      if (pronounBefore && people.length > 0 && people.every((m) => m.span.start >= q.span.end)) {
        ms = ms.filter((m) => m.entityType !== "person");
        for (let k = named.length - 1; k >= 0; k--)
          if (people.some((m) => m.entityId === named[k]))
            named.splice(k, 1);
        for (let k = byName.length - 1; k >= 0; k--)
          if (people.some((m) => m.entityId === byName[k]))
            byName.splice(k, 1);
      }
    }
    const lastPerson = pronounBefore && !unknownSubject ? near(ctx.mentions, q.span).findLast((m) => m.entityType === "person" && m.span.end <= q.span.start)?.entityId ?? ctx.lastPerson : void 0;
    if (lastPerson && !ms.some((m) => m.entityType === "person")) {
      named.push(lastPerson);
      byName.push(lastPerson);
    }
    const rival2 = rivals.get(q);
    if (rival2) {
      const other = (e) => e !== rival2.entityId && ctx.mentions.some((m) => m.entityId === e && RIVALS.has(m.entityType));
      for (const list2 of [named, byName]) {
        for (let k = list2.length - 1; k >= 0; k--)
          if (other(list2[k]))
            list2.splice(k, 1);
        if (!list2.includes(rival2.entityId))
          list2.push(rival2.entityId);
      }
    }
    let thing;
    const measure = q.unit !== void 0 && MEASURES.has(q.unit);
    if (q.hyphened && q.unitSpan) {
      const next = tokenIndexAt(tokens2, q.unitSpan.end);
      thing = [...thingsOf(), ...candidates].find((m) => m.tokenStart === next)?.entityId;
      named.length = 0;
      byName.length = 0;
      if (thing) {
        named.push(thing);
        byName.push(thing);
      }
    } else if ((named.length === 0 || measure) && !types?.size) {
      thing = thingOf(q, cl);
      if (measure) {
        named.length = 0;
        byName.length = 0;
      }
      if (thing) {
        named.push(thing);
        byName.push(thing);
      }
    }
    const source = [...new Set(near(byClause(candidates).get(cl) ?? [], q.span).filter((m) => m.tokenEnd > 0 && sourced(m)).map((m) => m.entityId))].sort();
    return { named, byName, partner: bare, otherSideUnknown, source, thing };
  };
  const countriesNamed = subjectMentions.filter((m) => m.entityType === "country").length;
  const unknownPartner = countriesNamed < 2 && tokens2.some((t, i) => {
    const next = tokens2[i + 1];
    if (!c.partner.has(t.key) || !next || !new RegExp("^\\p{Lu}", "u").test(next.text))
      return false;
    return !ctx.mentions.some((m) => m.tokenStart <= i + 1 && m.tokenEnd > i + 1);
  });
  if (unknownPartner)
    return [];
  const refuted = ann.cueIn("refutation", 0, tokens2.length);
  const inComparison = (s, reach, figure = false) => {
    const at = tokenIndexAt(tokens2, s.start);
    for (let i = Math.max(0, at - reach); i <= at && i < tokens2.length; i++) {
      if (clause[i] !== clause[at] || !ann.cue("comparison", i))
        continue;
      const t = tokens2[i];
      if (near(quantitiesInOrder, t).some((f) => f.span.start <= t.start && f.span.end >= t.end))
        continue;
      const cueEnd = tokens2[i].end;
      if (figure && ctx.periods.some((p) => p.span.start >= cueEnd && p.span.end <= s.start))
        continue;
      return true;
    }
    const end = tokenIndexAt(tokens2, s.end);
    for (let i = end; i < end + 3 && i < tokens2.length; i++) {
      if (clause[i] === clause[at] && ann.cue("comparisonAfter", i))
        return true;
    }
    return false;
  };
  const basePeriods = new Set(ctx.periods.filter((p) => inComparison(p.span, 8)));
  const basePeriodAfter = (q) => [...basePeriods].some((p) => {
    if (p.span.start < q.span.end || clauseOf(p.span) !== clauseOf(q.span) || p.span.start - q.span.end > 60)
      return false;
    for (let i = tokenIndexAt(tokens2, q.span.end); i < tokens2.length && tokens2[i].end <= p.span.start; i++)
      if (c.otherWholes.has(keys[i]) || inProperty[i])
        return false;
    return true;
  });
  const opens = (p) => {
    if (p.period.includes(".."))
      return false;
    const at = tokenIndexAt(tokens2, p.span.start);
    for (let i = Math.max(0, at - 2); i <= at && i < tokens2.length; i++) {
      const n = ann.cue("since", i);
      if (n && i + n >= at && i + n <= at + 1)
        return true;
    }
    return ann.cue("sinceAfter", tokenIndexAt(tokens2, p.span.end)) > 0;
  };
  const periods = ctx.periods.filter((p) => !basePeriods.has(p) && !opens(p));
  const periodsBy = ann.byClause(periods);
  const out = [];
  const used = /* @__PURE__ */ new Set();
  const kinds = (p) => ctx.property(p.entityId)?.kind;
  const targetAt = [];
  for (let i = 0; i < keys.length; i++)
    if (c.target.has(keys[i]))
      targetAt.push(i);
  const isTarget = (q) => {
    const qi0 = tokenIndexAt(tokens2, q.span.start);
    const qEnd = tokenIndexAt(tokens2, q.span.end);
    for (const i of targetAt) {
      if (i >= qEnd + 4)
        break;
      if (i < qi0 || clause[i] === clause[qi0])
        return true;
    }
    return false;
  };
  const ofPrevious = (q) => {
    const qi = tokenIndexAt(tokens2, q.span.start);
    const from = tokenIndexAt(tokens2, q.span.end);
    const next = near(figuresInOrder, q.span).find((f) => f !== q && f.span.start >= q.span.end);
    for (let i = from; i < Math.min(tokens2.length, from + 8) && clause[i] === clause[qi]; i++) {
      if (next && tokens2[i].start >= next.span.start)
        return false;
      if (c.previous.has(keys[i]) && !near(ctx.mentions, tokens2[i]).some((m) => (m.entityType === "office" || m.entityType === "person") && (m.tokenEnd === i || m.tokenStart === i + 1)))
        return true;
    }
    return false;
  };
  const figures = ctx.quantities.filter((q) => {
    if (q.rate || q.unit === "pp")
      return false;
    if (q.unit !== "%")
      return true;
    const qEnd = tokenIndexAt(tokens2, q.span.end);
    const window2 = Math.min(ctx.sentence.end, tokens2[Math.min(tokens2.length - 1, qEnd + 5)]?.end ?? ctx.sentence.end);
    const stop = ctx.text.slice(q.span.end, Math.max(q.span.end, window2)).search(/[,;:.!?()]/u);
    const limit = stop < 0 ? ctx.sentence.end : q.span.end + stop;
    for (let i = qEnd; i < Math.min(tokens2.length, qEnd + 5) && tokens2[i].start < limit; i++)
      if (c.counted.has(keys[i]))
        return false;
    for (let i = qEnd; i < Math.min(tokens2.length, qEnd + 5) && tokens2[i].start < limit; i++) {
      const t = tokens2[i];
      if (near(propsInOrder, t).some((p) => p.span.start <= t.start && p.span.end >= t.end))
        return true;
      if (c.otherWholes.has(t.key))
        return false;
    }
    return true;
  });
  const inReach = (q, ps) => {
    const own = ps.filter((p) => clauseOf(p.span) === clauseOf(q.span));
    if (own.length)
      return own;
    const parent = asideParent(clauseOf(q.span));
    const inParent = parent === void 0 ? [] : ps.filter((p) => clauseOf(p.span) === parent && p.span.end <= q.span.start);
    if (inParent.length)
      return inParent;
    const main = segmentStart(clauseOf(q.span));
    const before = (c2) => ps.filter((p) => clauseOf(p.span) === c2 && p.span.end <= q.span.start);
    const segment = main > 0 ? before(main) : [];
    return segment.length ? segment : before(0);
  };
  const rival = (q, near2) => {
    const qi = tokenIndexAt(tokens2, q.span.start);
    const qe = tokenIndexAt(tokens2, q.span.end);
    const ni = tokenIndexAt(tokens2, near2.start);
    const d = Math.min(Math.abs(ni - qi), Math.abs(ni - qe));
    for (let i = Math.max(0, qi - 6); i < Math.min(tokens2.length, qe + 4); i++) {
      if (clause[i] !== clause[qi] || !c.otherWholes.has(keys[i]) || inProperty[i])
        continue;
      if (ni < qi && i >= qe && commaIn(ctx.text, q.span.end, tokens2[i].start))
        continue;
      if (ni > qe && i < qi && commaIn(ctx.text, tokens2[i].end, q.span.start))
        continue;
      if (Math.min(Math.abs(i - qi), Math.abs(i - qe)) < d)
        return true;
    }
    return false;
  };
  const percents = figures.filter((q) => q.unit === "%");
  const percentsBy = ann.byClause(percents);
  const shareOf = /* @__PURE__ */ new Map();
  const changeAt = /* @__PURE__ */ new Map();
  const lastOf = /* @__PURE__ */ new Map();
  const unitWord = (p) => near(percents, p.span).some((q) => p.span.start >= q.span.start && p.span.end <= q.span.end);
  const grown = (p) => {
    if (kinds(p) !== "share")
      return false;
    const at = tokenIndexAt(tokens2, p.span.start);
    const cue = changeCueBefore(ann, at, 1);
    return cue >= 0 && clause[cue] === clause[at];
  };
  const claimants = ctx.properties.filter((p) => {
    if (unitWord(p) || grown(p))
      return false;
    const o = lastOf.get(p.entityId);
    lastOf.set(p.entityId, p);
    return !(o && clauseOf(o.span) === clauseOf(p.span) && tokenIndexAt(tokens2, p.span.start) - tokenIndexAt(tokens2, o.span.end) <= 4);
  });
  const directional = (i) => i >= 0 && (ann.cue("rise", i) > 0 || ann.cue("decline", i) > 0);
  const changeMarked = (q) => {
    const qi = tokenIndexAt(tokens2, q.span.start);
    return directional(qi - 1) || qi > 1 && c.change.has(keys[qi - 1]) && directional(qi - 2);
  };
  const complement = (p) => kinds(p) === "share" && near(claimants, p.span).some((o) => {
    if (o === p || o.entityId === p.entityId || kinds(o) !== "share" || o.span.end > p.span.start || clauseOf(o.span) !== clauseOf(p.span))
      return false;
    const from = tokenIndexAt(tokens2, o.span.end);
    const to = tokenIndexAt(tokens2, p.span.start);
    const own = nearest(near(percentsBy.get(clauseOf(o.span)) ?? [], o.span), o.span);
    if (to - from > 4 || !own || own.span.start < p.span.end)
      return false;
    for (let i = from; i < to; i++)
      if (prepositions.has(keys[i]))
        return true;
    return false;
  });
  for (const [kind, into] of [["share", shareOf], ["change", changeAt]]) {
    const words4 = claimants.filter((m) => kinds(m) === kind && !(kind === "share" && complement(m)));
    for (const p of words4) {
      const q = nearest(near(percentsBy.get(clauseOf(p.span)) ?? [], p.span).filter((x) => !shareOf.has(x) && !changeAt.has(x) && !rival(x, p.span) && !(kind === "share" && changeMarked(x))), p.span);
      if (q && kind === "share" && words4.some((o) => o !== p && clauseOf(o.span) === clauseOf(q.span) && distance2(o.span, q.span) < distance2(p.span, q.span)))
        continue;
      if (q)
        into.set(q, p);
    }
  }
  for (const [x, p] of [...shareOf]) {
    if (p.span.start < x.span.end)
      continue;
    const prev = near(percentsBy.get(clauseOf(x.span)) ?? [], x.span).filter((f) => f.span.end <= x.span.start).at(-1);
    if (!prev || shareOf.has(prev) || changeAt.has(prev) || changeMarked(prev))
      continue;
    const from = tokenIndexAt(tokens2, prev.span.end);
    const to = tokenIndexAt(tokens2, x.span.start);
    if (to - from === 1 && c.and.has(keys[from]) && /^[\s\u00a0]+$/u.test(ctx.text.slice(prev.span.end, tokens2[from].start)))
      shareOf.set(prev, p);
  }
  const quantities = quantityReadings(ctx.properties, kinds, ctx.property);
  const growing = quantities.filter((p) => ctx.changeOf(p.entityId));
  const figuresInOrder = inTextOrder(figures);
  const whenWords = c.when;
  const periodEndingAt = /* @__PURE__ */ new Map();
  for (const p of ctx.periods)
    periodEndingAt.set(p.span.end, p);
  const whenPeriod = (q) => {
    if (whenWords.length === 0)
      return void 0;
    const s0 = runStart[tokenIndexAt(tokens2, q.span.start)] ?? 0;
    if (s0 === 0 || !whenWords.some((w) => w.every((x, k) => keys[s0 + k] === x)))
      return void 0;
    let at = tokens2[s0].start;
    for (let n = 0; n < 4 && at > 0 && /[\s,]/u.test(ctx.text[at - 1]); n++)
      at--;
    return periodEndingAt.get(at);
  };
  const wholes = /* @__PURE__ */ new Set();
  const parts = /* @__PURE__ */ new Set();
  const wholeOf = /* @__PURE__ */ new Map();
  const partWords = partOfWholeOf(ctx.lang);
  const wholeAfter = (q) => {
    if (partWords.length === 0 || q.unit !== void 0)
      return void 0;
    const at = tokenIndexAt(tokens2, q.span.end);
    for (const ph of partWords) {
      if (!ph.every((w, k) => keys[at + k] === w))
        continue;
      for (let skip = 0; skip <= 1; skip++) {
        const k = at + ph.length + skip;
        const next = tokens2[k];
        if (!next || skip === 1 && !new RegExp("^\\p{Ll}+$", "u").test(tokens2[k - 1].text))
          break;
        const f = near(figuresInOrder, next).find((x) => x.span.start === next.start && x.unit === void 0 && x.value > q.value);
        if (f && clause[k] === clause[at])
          return f;
      }
    }
    return void 0;
  };
  const adjectivesBetween = (from, to) => {
    const adjs = near(ctx.mentions, { start: from, end: to }).filter((m) => m.form === "adjective" && m.span.start >= from && m.span.end <= to);
    if (adjs.length === 0 || adjs.length > 2)
      return false;
    let at = from;
    for (const m of adjs) {
      if (ctx.text.slice(at, m.span.start).trim() !== "")
        return false;
      at = m.span.end;
    }
    return ctx.text.slice(at, to).trim() === "";
  };
  let prelim;
  const preliminary = () => prelim ??= c.preliminary.some((ph) => keys.some((_, i) => ph.every((w, k) => keys[i + k] === w)));
  let lastRate;
  const rivalAfter = (q) => {
    const at = tokenIndexAt(tokens2, q.span.end);
    const m = near(ctx.mentions, q.span).find((x) => x.tokenStart >= at && x.tokenStart - at <= 6 && RIVALS.has(x.entityType) && clause[x.tokenStart] === clause[at]);
    return m && !near(figuresInOrder, q.span).some((f) => f !== q && f.span.start >= q.span.end && f.span.end <= m.span.start) ? m : void 0;
  };
  for (const q of figures) {
    if (!q.number.isYearLike && near(ctx.mentions, q.span).some((m) => m.tokenEnd - m.tokenStart > 1 && m.span.start <= q.span.start && q.span.end <= m.span.end))
      continue;
    let chosen;
    if (q.unit === "%") {
      const share = shareOf.get(q);
      if (share) {
        chosen = { prop: ctx.property(share.entityId), near: share.span };
        used.add(share);
      } else {
        const change = changeAt.get(q);
        const base2 = nearest(inReach(q, near(growing, q.span)), q.span);
        const qi = tokenIndexAt(tokens2, q.span.start);
        const cueBefore = c.change.has(keys[qi - 1] ?? "") || c.change.has(keys[qi - 2] ?? "") || directional(qi - 1) || directional(qi - 2) || c.changeAfter.has(keys[tokenIndexAt(tokens2, q.span.end)] ?? "");
        if (base2 && rival(q, base2.span))
          continue;
        if (change && base2 && ctx.property(change.entityId)?.of === base2.entityId && !used.has(change)) {
          chosen = { prop: ctx.property(change.entityId), near: cover(change.span, base2.span), word: change.span };
          used.add(change);
        } else if (base2 && cueBefore && !used.has(base2)) {
          const ch = ctx.changeOf(base2.entityId);
          if (ch) {
            chosen = { prop: ch, near: base2.span };
            used.add(base2);
          }
        }
      }
    } else if (q.unit !== void 0) {
      if (TIME_UNITS.has(q.unit) && !durationBefore(ann, q))
        continue;
      const ownedLater = (p) => {
        if (p.span.start < q.span.end)
          return false;
        const f = near(figuresInOrder, p.span).find((x) => x !== q && x.span.start >= p.span.end);
        return f !== void 0 && (f.unit === q.unit || f.unit === void 0 && f.scale > 1 && q.scale > 1) && clauseOf(f.span) === clauseOf(p.span) && tokenIndexAt(tokens2, f.span.start) - tokenIndexAt(tokens2, p.span.end) <= 6;
      };
      const base2 = nearest(inReach(q, near(quantities, q.span).filter((p) => unitFits(ctx.property(p.entityId)?.unit, q.unit) && (!inside(p.span, q.span) || MEASURES.has(q.unit) && q.unitSpan !== void 0 && inside(p.span, q.unitSpan)) && !ownedLater(p))), q.span);
      if (base2 && !rival(q, base2.span))
        chosen = { prop: ctx.property(base2.entityId), near: base2.span };
    } else {
      if (wholes.has(q))
        continue;
      const whole = wholeAfter(q);
      const head = whole ?? q;
      const after = near(ctx.properties, head.span).find((p) => {
        const prop = ctx.property(p.entityId);
        return prop?.kind === "quantity" && prop.unit !== void 0 && !/^[A-Z]{3}$/.test(prop.unit) && prop.unit !== "%" && p.span.start >= head.span.end && (p.span.start - head.span.end <= 2 || adjectivesBetween(head.span.end, p.span.start));
      });
      if (after) {
        chosen = { prop: ctx.property(after.entityId), near: after.span };
        if (whole) {
          wholes.add(whole);
          parts.add(q);
          wholeOf.set(q, whole.value);
        }
      }
    }
    if (!chosen && lastRate && q.unit === "%") {
      const from = tokenIndexAt(tokens2, lastRate.q.span.end);
      const to = tokenIndexAt(tokens2, q.span.start);
      let joined = false;
      let only = to > from;
      for (let i = from; i < to && only; i++) {
        const t = tokens2[i];
        if (c.and.has(keys[i]))
          joined = true;
        else if (!ctx.periods.some((p) => p.span.start <= t.start && p.span.end >= t.end))
          only = false;
      }
      if (only && joined && clause[from] === clause[Math.max(from, to - 1)])
        chosen = lastRate.chosen;
      else if (to - from <= 8 && inComparison(q.span, 3, true) && basePeriodAfter(q)) {
        let plain = true;
        let cueEnd = -1;
        for (let i = from; i < to && plain; i++) {
          const t = tokens2[i];
          const n = ann.cue("comparison", i);
          if (n > 0)
            cueEnd = Math.max(cueEnd, i + n);
          plain = i < cueEnd || t.start >= lastRate.chosen.near.start && t.end <= lastRate.chosen.near.end || ctx.periods.some((p) => p.span.start <= t.start && p.span.end >= t.end);
        }
        if (plain)
          chosen = lastRate.chosen;
      } else if (lastRate.chosen.prop.kind === "share" && to - from <= 6 && inComparison(q.span, 3, true) && rivalAfter(q)) {
        chosen = lastRate.chosen;
        rivals.set(q, rivalAfter(q));
      }
    }
    if (!chosen)
      continue;
    if (q.unit === "%")
      lastRate = { q, chosen };
    const kind = chosen.prop.kind;
    let wholeEnd;
    if (kind === "share") {
      const from = Math.max(chosen.near.end, q.span.end);
      const comma = ctx.text.slice(from, Math.min(ctx.sentence.end, from + 400)).search(/[,;:]/u);
      if (comma >= 0)
        wholeEnd = from + comma;
    }
    const who = subjectsOf(q, chosen.prop, wholeEnd);
    const base = inComparison(q.span, 4, true);
    let period = whenPeriod(q) ?? (base ? periodOf([...basePeriods], q, clauseOf) : periodOf(periods, q, clauseOf, periodsBy, figuresInOrder, ctx.text, (c2) => asideParent(c2) !== void 0));
    const flowFigure = !who.thing && (kind === "change" || kind === "quantity" && q.unit !== void 0 && /^[A-Z]{3}$/.test(q.unit));
    const carried = flowFigure && !period && !base && ctx.carriedPeriod !== void 0 && (ctx.periods.length === 0 || ctx.changeOfPrevious === true && !ctx.periods.some((p) => clauseOf(p.span) === clauseOf(q.span)));
    if (carried)
      period = ctx.carriedPeriod;
    if (kind === "share" && !period && !base) {
      const after = periods.filter((p) => p.span.start >= q.span.end && !near(figuresInOrder, p.span).some((f) => f !== q && bracketTied(ctx.text, f, p)));
      if (after.length > 0 && after.every((p) => p.period === after[0].period))
        period = after[0];
    }
    let value = q.value;
    if (kind === "change" && declines(ann, clause, q, chosen.word))
      value = -value;
    const flow = flowFigure;
    const year = ctx.date?.slice(0, 4);
    const measureKey = who.thing !== void 0 ? `${chosen.prop.id}|${q.unit ?? ""}|${who.thing}|${clauseOf(q.span)}` : void 0;
    const second = measureKey !== void 0 && thingMeasures.has(measureKey);
    if (measureKey !== void 0)
      thingMeasures.add(measureKey);
    const abstain = refuted ? "the article reports this claim as false" : who.otherSideUnknown ? "one party of the figure is not an entity of the fact set" : second ? "a second figure of the same measure in the clause: a part of the first?" : isTarget(q) ? "a target or forecast, not a result" : ofPrevious(q) ? 'a figure of an earlier body or term ("in the outgoing assembly")' : !period && (flow || !year) ? "no period written for the figure" : period && flow && ctx.date && isValidPeriod(period.period) && periodRange(period.period).end > ctx.date ? `the period ${period.period} had not ended on the article's date: a running total or a forecast` : void 0;
    out.push({
      kind: "metric",
      property: chosen.prop.id,
      propertyKind: kind,
      named: who.named,
      namedByName: who.byName,
      ...who.source.length ? { source: who.source } : {},
      context: ctx.context,
      bilateral: bilateral || who.partner,
      value,
      unit: q.unit,
      // A whole percentage may be cut rather than rounded ("70 % of the vote" for 70.96 %): a
      // point either way.
      halfUnit: q.unit === "%" && q.decimals === 0 && q.scale === 1 && q.value >= 10 ? 1 : 0.5 * q.scale * 10 ** -q.decimals,
      approx: q.approx,
      bound: boundOf(ann, q, figuresInOrder, ctx.text, ctx.tokens, ctx.lang),
      ...q.direction === "atMost" ? { nearly: true } : {},
      ...parts.has(q) ? { part: true, ...wholeOf.has(q) ? { wholeValue: wholeOf.get(q) } : {} } : {},
      period: period?.period ?? year,
      periodExplicit: period !== void 0,
      ...carried ? { periodCarried: true } : {},
      ...kind === "share" && !period && !base && ctx.periods.length === 0 && ctx.carriedPeriod ? { periodInContext: ctx.carriedPeriod.period } : {},
      ...kind === "share" && !period && !base && ctx.periods.length === 0 && ctx.sharePeriod ? { periodBefore: ctx.sharePeriod.period } : {},
      ...base ? { comparisonBase: true } : {},
      ...!period && !carried && kind === "quantity" && ctx.date ? { articleDate: ctx.date } : {},
      ...period ? { periodSpan: period.span } : {},
      ...period?.relative && !carried && insideQuote(ctx.text, period.span.start) ? { periodQuoted: true } : {},
      propertySpan: chosen.near,
      ...abstain ? { abstain } : {},
      ...preliminary() ? { preliminary: true } : {},
      span: q.span,
      sentence: ctx.sentence,
      lang: ctx.lang
    });
  }
  return out;
}
function changeOpens(ctx) {
  const c = cues(ctx.lang);
  let first = 0;
  while (first < ctx.tokens.length && c.articles.has(ctx.tokens[first].key))
    first++;
  const ann = ctx.annotation ?? annotate(ctx);
  const own = ctx.properties.some((p) => p.tokenStart === first && p.tokenEnd === first + 1 && ctx.property(p.entityId)?.kind === "change");
  if (first >= ctx.tokens.length || !(own || ann.cue("rise", first) === 1 || ann.cue("decline", first) === 1))
    return false;
  const end = first + 1;
  const q = ctx.quantities.find((x) => x.unit === "%" && x.span.start >= ctx.tokens[first].end);
  if (!q)
    return false;
  const to = tokenIndexAt(ctx.tokens, q.span.start);
  if (to - end > 4)
    return false;
  for (let i = end; i < to; i++) {
    const t = ctx.tokens[i];
    if (CAPITALISED.test(t.text) || c.otherWholes.has(t.key))
      return false;
  }
  return true;
}
function withCarriedProperty(ctx) {
  const prev = ctx.previous;
  if (!prev || ctx.quantities.length === 0)
    return ctx;
  const opens = changeOpens(ctx);
  const firstPercent = opens ? ctx.quantities.find((x) => x.unit === "%").span.start : -1;
  if (ctx.properties.some((p) => ctx.property(p.entityId)?.kind === "quantity" && (!opens || p.span.start < firstPercent)))
    return ctx;
  const ann = ctx.annotation ?? annotate(ctx);
  if (!opens && !ann.cueIn("thingPronoun", 0, ctx.tokens.length))
    return ctx;
  const carried = prev.properties.filter((p) => ctx.property(p.entityId)?.kind === "quantity");
  if (carried.length === 0)
    return ctx;
  const ownNames = ctx.mentions.some((m) => ENTITY_TYPES.has(m.entityType) && (!opens || m.span.start < firstPercent));
  const here = (m) => ({ ...m, tokenStart: 0, tokenEnd: 0 });
  return {
    ...ctx,
    ...opens ? { changeOfPrevious: true } : {},
    properties: [...carried.map(here), ...ctx.properties],
    mentions: ownNames ? ctx.mentions : [...prev.mentions.filter((m) => ENTITY_TYPES.has(m.entityType)).map(here), ...ctx.mentions]
  };
}
function declines(ann, clause, q, word) {
  if (word && ann.cueIn("decline", ann.tokenAt(word.start), ann.tokenAt(word.end)))
    return true;
  const qi = ann.tokenAt(q.span.start);
  const qe = ann.tokenAt(q.span.end);
  let best;
  for (let i = Math.max(0, qi - 12); i < Math.min(ann.tokens.length, qe + 6); i++) {
    if (clause[i] !== clause[qi] || i >= qi && i < qe)
      continue;
    const down = ann.cue("decline", i) > 0;
    const up = !down && ann.cue("rise", i) > 0;
    if (!down && !up)
      continue;
    const d = i < qi ? qi - i : i - qe + 1;
    if (!best || d < best.d)
      best = { d, down };
  }
  return best?.down ?? false;
}
function changeCueBefore(ann, at, gap2) {
  for (let i = Math.max(0, at - 3); i < at; i++) {
    const n = Math.max(ann.cue("rise", i), ann.cue("decline", i));
    if (n > 0 && i + n <= at && i + n >= at - gap2)
      return i;
  }
  return -1;
}
function boundOf(ann, q, figures, text, tokens2, lang) {
  const bound = q.bound ?? (q.direction === "atLeast" ? "lower" : void 0);
  if (bound === void 0 && !q.approx && exceededBefore(ann, q, figures, tokens2, lang))
    return "lower";
  if (bound !== "upper" || !q.hedgeSpan)
    return bound;
  const hedgeStart = q.hedgeSpan.start;
  if (changeCueBefore(ann, ann.tokenAt(hedgeStart), 0) >= 0)
    return void 0;
  if (near(figures, q.span).some((f) => f !== q && f.unit === "%" && f.span.end <= hedgeStart && /^[\s\u00a0]*$/u.test(text.slice(f.span.end, hedgeStart))))
    return void 0;
  return bound;
}
var EXCEED_REACH = 10;
var exceedVerbsOf = perLanguage((lang) => new Set((numbersPack(lang)?.lowerBoundVerbs ?? []).map(foldWord)));
function exceededBefore(ann, q, figures, tokens2, lang) {
  const verbs = exceedVerbsOf(lang);
  if (verbs.size === 0)
    return false;
  const at = ann.tokenAt(q.span.start);
  const clause = ann.clauseAt(q.span.start);
  const others = near(figures, q.span).filter((f) => f !== q);
  for (let i = at - 1; i >= 0 && i >= at - EXCEED_REACH; i--) {
    const t = tokens2[i];
    if (ann.clauseAt(t.start) !== clause)
      return false;
    if (others.some((f) => f.span.start <= t.start && f.span.end > t.start))
      return false;
    if (verbs.has(t.key))
      return !others.some((f) => f.span.start > t.start && f.span.end <= q.span.start);
  }
  return false;
}
function annotate(ctx) {
  const ann = new SentenceAnnotation(ctx.text, ctx.tokens, ctx.lang);
  ann.protect([...ctx.periods.map((p) => p.span), ...ctx.quantities.map((q) => q.span)]);
  return ann;
}
function periodOf(periods, q, clauseOf, byClause, figuresInOrder = [], text, aside) {
  const sameUnit = (f) => f.unit === q.unit || f.unit === void 0 && f.scale > 1 && q.scale > 1 && q.unit !== "%";
  const others = near(figuresInOrder, q.span).filter((f) => f !== q);
  const later = others.filter((f) => f.span.start >= q.span.end);
  const parallel = later.filter(sameUnit);
  const leadsLater = (p) => text !== void 0 && later.some((f) => f.span.start >= p.span.end) && /[,;]\s/u.test(text.slice(q.span.end, p.span.start));
  const nearby = near(periods, q.span);
  const tagged = text !== void 0 ? nearby.find((p) => bracketTied(text, q, p)) : void 0;
  if (tagged)
    return tagged;
  const free = (p) => text === void 0 || !others.some((f) => bracketTied(text, f, p));
  const mine = (p) => free(p) && (p.span.start < q.span.end || !parallel.some((f) => f.span.end <= p.span.start) && !leadsLater(p));
  const own = (byClause ? near(byClause.get(clauseOf(q.span)) ?? [], q.span) : periods.filter((p) => clauseOf(p.span) === clauseOf(q.span))).filter(mine);
  if (own.length)
    return nearestPeriod([...own], q.span);
  const own2 = clauseOf(q.span);
  return nearestPeriod(nearby.filter((p) => p.span.end <= q.span.start && free(p) && !(aside && clauseOf(p.span) !== own2 && aside(clauseOf(p.span)))), q.span);
}
function cover(a, b) {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
function nearest(items, to) {
  let best;
  let bestD = Infinity;
  for (const it of items) {
    const d = distance2(it.span, to);
    if (d < bestD) {
      best = it;
      bestD = d;
    }
  }
  return best;
}
function bracketTied(text, f, p) {
  if (p.span.start >= f.span.end)
    return /^\s*\(\s*$/u.test(text.slice(f.span.end, p.span.start)) && /^\s*\)/u.test(text.slice(p.span.end, p.span.end + 4));
  return f.span.start >= p.span.end && new RegExp("^\\s*(?:\\p{Ll}+\\s+){0,2}\\(\\s*$", "u").test(text.slice(p.span.end, f.span.start));
}
function nearestPeriod(periods, to) {
  let best;
  let bestD = Infinity;
  for (const p of periods) {
    const d = distance2(p.span, to) + (p.span.start > to.end ? 0.5 : 0);
    if (d < bestD) {
      best = p;
      bestD = d;
    }
  }
  return best;
}

// dist/extract/heads.js
var SPLIT = /[\s\u00a0]+/u;
function prepositionAt(words4, prepositions, articles) {
  let i = words4.length - 2;
  while (i >= 0 && articles.has(foldWord(words4[i])))
    i--;
  return i >= 0 && prepositions.has(foldWord(words4[i])) ? i : -1;
}
function bareHead(words4, endings) {
  const last = words4[words4.length - 1];
  const lower = last.toLowerCase();
  const e = endings.find((x) => lower.endsWith(x) && lower.length > x.length);
  if (!e)
    return void 0;
  const stem = last.slice(0, last.length - e.length);
  if (stem.length >= 4)
    return stem;
  const before = words4[words4.length - 2];
  return before && new RegExp("^\\p{Ll}+$", "u").test(before) ? `${before} ${stem}` : void 0;
}
function headsOf(e, lang) {
  const names = e.names?.[lang] ?? [];
  const possessive = [...grammarOf(lang).possessiveHeadEndings ?? []].map((x) => x.toLowerCase()).sort((a, b) => b.length - a.length);
  const position = grammarOf(lang).headPosition ?? "first";
  const modifiers = grammarOf(lang).headModifierEndings ?? [];
  const short = new Set(names.filter((n) => !SPLIT.test(n)).map((n) => n.toLowerCase()));
  const heads = /* @__PURE__ */ new Set();
  const compound = grammarOf(lang).compoundHeadLast === true;
  const prepositions = prepositionWordsOf(lang);
  const articles = articleWordsOf(lang);
  for (const name of names) {
    const words4 = name.split(SPLIT).filter(Boolean);
    if (words4.length === 1 && compound) {
      const part = new RegExp("-(\\p{Lu}\\p{Ll}{3,})$", "u").exec(name)?.[1];
      if (part)
        heads.add(part);
    }
    if (words4.length < 2)
      continue;
    const rest = words4.filter((w) => !short.has(w.toLowerCase()));
    if (rest.length > 0 && rest.length < words4.length) {
      heads.add(rest.join(" "));
      const bare = position === "last" && possessive.length ? bareHead(rest, possessive) : void 0;
      if (bare)
        heads.add(rest.length > 1 && !bare.includes(" ") ? [...rest.slice(0, -1), bare].join(" ") : bare);
    } else if (rest.length === words4.length) {
      let first = 0;
      while (position === "first" && first < words4.length - 1 && modifiers.some((e2) => words4[first].toLowerCase().endsWith(e2)))
        first++;
      const w = position === "last" ? words4[words4.length - 1] : words4[first];
      if (new RegExp("^\\p{Ll}", "u").test(w) || lang === "de") {
        heads.add(w);
        const bare = position === "last" && possessive.length ? bareHead(words4, possessive) : void 0;
        if (bare)
          heads.add(bare);
      } else if (words4.length >= 3 && (position === "first" || e.type === "event")) {
        if (position === "first")
          heads.add(w.toLowerCase());
        else {
          const p = prepositionAt(words4, prepositions, articles);
          if (p < 0 && new RegExp("^\\p{L}+$", "u").test(w)) {
            heads.add(w.toLowerCase());
            const bare = possessive.length ? bareHead(words4.map((x) => x.toLowerCase()), possessive) : void 0;
            if (bare)
              heads.add(bare);
          } else if (p > 0 && new RegExp("^\\p{Ll}+$", "u").test(words4[p - 1]))
            heads.add(words4[p - 1]);
        }
      }
    }
  }
  return [...heads];
}
function headEntities(entities, hasPlace, langs) {
  const out = [];
  for (const e of entities) {
    if (!hasPlace(e.id) || e.type === "country" || e.type === "city" || e.type === "region")
      continue;
    const names = {};
    for (const l of langs) {
      const h = headsOf(e, l);
      if (h.length)
        names[l] = h;
    }
    if (Object.keys(names).length)
      out.push({ id: e.id, type: `head:${e.type}`, names });
  }
  return out;
}

// dist/extract/place-claims.js
var cuesOf = perLanguage((lang) => (grammarOf(lang).placeIn ?? []).map((p) => foldWord(p).split(/\s+/u)).sort((a, b) => b.length - a.length));
function emit(s, subject, place2, pattern, property) {
  if (subject.entityId === place2.entityId)
    return;
  const key = `${subject.entityId}\0${place2.entityId}\0${place2.span.start}\0${property ?? ""}`;
  if (s.seen.has(key))
    return;
  s.seen.add(key);
  s.out.push({
    kind: "place",
    subject: subject.entityId,
    place: place2.entityId,
    ...property ? { property } : {},
    pattern,
    span: { start: Math.min(subject.span.start, place2.span.start), end: Math.max(subject.span.end, place2.span.end) },
    placeSpan: place2.span,
    lang: s.ctx.lang
  });
}
function placeAt(s, j) {
  while (j < s.keys.length && s.articles.has(s.keys[j]))
    j++;
  const y = s.byStart.get(j);
  if (y && CONTAINER_TYPES.has(y.entityType)) {
    if (y.form === "adjective" && y.entityType === "country" && kindAt(s, y.tokenEnd))
      return { ...y, form: "name" };
    return y;
  }
  let n = kindAt(s, j);
  for (let d = 1; !n && d <= 2 && j + d < s.keys.length; d++) {
    if (s.byStart.has(j + d - 1) || !/^[\s\u00a0]+$/u.test(s.ctx.text.slice(s.ctx.tokens[j + d - 1].end, s.ctx.tokens[j + d].start)))
      break;
    const m = kindAt(s, j + d);
    if (m) {
      j += d;
      n = m;
    }
  }
  if (!n)
    return void 0;
  let k = j + n;
  while (k < s.keys.length && (s.articles.has(s.keys[k]) || s.joiners.has(s.keys[k])))
    k++;
  const named = s.byStart.get(k);
  return named && CONTAINER_TYPES.has(named.entityType) && named.form === "name" ? named : void 0;
}
function kindAt(s, j) {
  return j < s.keys.length ? s.ctx.annotation.cue("placeKind", j) : 0;
}
function cityAt(s, j) {
  const y = placeAt(s, j);
  if (y?.entityType === "city" && y.form === "name")
    return { city: y, end: y.tokenEnd };
  const cap = capitalPhrase(s, j);
  if (cap)
    return { city: cap.city, end: cap.city.tokenEnd };
  return void 0;
}
function sameClause(s, a, b) {
  return s.clause[a] === s.clause[Math.max(a, b - 1)];
}
function capitalPhrase(s, j) {
  while (j < s.keys.length && s.articles.has(s.keys[j]))
    j++;
  let country;
  let k = j;
  const adj = s.byStart.get(k);
  if (adj?.entityType === "country") {
    country = adj;
    k = adj.tokenEnd;
  }
  const n = s.ctx.annotation.cue("capital", k);
  if (!n)
    return void 0;
  k += n;
  if (!country) {
    let m = k;
    while (m < s.keys.length && (s.articles.has(s.keys[m]) || s.joiners.has(s.keys[m])))
      m++;
    const c = s.byStart.get(m);
    if (c?.entityType !== "country")
      return void 0;
    country = c;
    k = c.tokenEnd;
  }
  const city = placeAt(s, k);
  if (!city || city.entityType !== "city" || city.form !== "name" || !sameClauseLoose(s, country.tokenStart, city.tokenStart))
    return void 0;
  return { country, city };
}
function sameClauseLoose(s, a, b) {
  return b - a <= 6 && (s.clause[a] === s.clause[b] || Math.abs(s.clause[a] - s.clause[b]) <= 1);
}
function inAndNear(s, subjects) {
  for (const x of subjects) {
    for (const cue of cuesOf(s.ctx.lang)) {
      if (!cue.every((w, i) => s.keys[x.tokenEnd + i] === w))
        continue;
      const y = placeAt(s, x.tokenEnd + cue.length);
      let b = x.tokenStart;
      while (b > 0 && s.articles.has(s.keys[b - 1]))
        b--;
      const governed = y?.entityType === "city" && b > 0 && s.ctx.annotation.cue("preposition", b - 1) === 1;
      const apposed = x.entityType === "city" && /^\s*,\s*$/u.test(s.ctx.text.slice(x.span.end, s.ctx.tokens[x.tokenEnd].start));
      if (y && y.form === "name" && !governed && (sameClause(s, x.tokenStart, y.tokenStart) || apposed && sameClauseLoose(s, x.tokenStart, y.tokenStart)))
        emit(s, x, y, "in");
      break;
    }
    const n = s.ctx.annotation.cue("placeNear", x.tokenEnd);
    if (n) {
      const c = cityAt(s, x.tokenEnd + n);
      if (c)
        emit(s, x, c.city, "near");
    }
    located(s, x);
  }
}
function located(s, x) {
  const ann = s.ctx.annotation;
  const clause = s.clause[x.tokenStart];
  for (let v = x.tokenEnd; v < Math.min(s.keys.length, x.tokenEnd + 5); v++) {
    const n = ann.cue("located", v);
    if (!n)
      continue;
    for (let j = v + n; j < Math.min(s.keys.length, v + n + 6); j++) {
      const cue = cuesOf(s.ctx.lang).find((c) => c.every((w, i) => s.keys[j + i] === w));
      if (!cue)
        continue;
      const y = placeAt(s, j + cue.length);
      if (!y)
        continue;
      const other = s.ctx.mentions.some((m) => m.tokenStart > x.tokenEnd && m.tokenStart < j && s.ctx.locatable(m.entityId));
      if (y.form === "name" && !other && Math.abs(s.clause[y.tokenStart] - clause) <= 1)
        emit(s, x, y, "in");
      return;
    }
    return;
  }
}
function locativeVerb(s, subjects, endings) {
  const ann = s.ctx.annotation;
  for (const y of s.ctx.mentions) {
    const n = ann.cue("located", y.tokenEnd);
    if (!CONTAINER_TYPES.has(y.entityType) || y.form !== "name" || !endings.has(foldWord(y.tail)) || !n)
      continue;
    const after = y.tokenEnd + n;
    if (after < s.ctx.tokens.length && !/[.,;:!?]/u.test(s.ctx.text.slice(s.ctx.tokens[after - 1].end, s.ctx.tokens[after].start)))
      continue;
    const x = near(subjects, y.span).filter((m) => m.tokenEnd <= y.tokenStart && sameClause(s, m.tokenStart, y.tokenStart) && m.entityId !== y.entityId).sort((a, b) => b.tokenEnd - a.tokenEnd)[0];
    const tails = grammarOf(s.ctx.lang).subjectTails ?? [];
    if (x && (x.tail === "" || tails.includes(foldWord(x.tail))) && !ann.cueIn("otherInstance", Math.max(0, x.tokenStart - 2), y.tokenStart))
      emit(s, x, y, "in");
  }
}
function placeBefore(s, subjects, endings) {
  for (const y of s.ctx.mentions) {
    if (!CONTAINER_TYPES.has(y.entityType) || y.form !== "name" || y.tokenEnd === 0)
      continue;
    const last = s.keys[y.tokenEnd - 1];
    if (!endings.some((e) => last.length > e.length && last.endsWith(e)))
      continue;
    const x = subjects.find((m) => m.tokenStart === y.tokenEnd);
    if (x && sameClause(s, y.tokenStart, x.tokenStart))
      emit(s, x, y, "in");
  }
}
function capitals(s) {
  for (let j = 0; j < s.keys.length; j++) {
    const cap = capitalPhrase(s, j);
    if (cap)
      emit(s, cap.city, cap.country, "capital");
  }
  for (const city of s.ctx.mentions) {
    if (city.entityType !== "city" || city.form !== "name")
      continue;
    const gap2 = s.ctx.text.slice(city.span.end, s.ctx.tokens[city.tokenEnd]?.start ?? city.span.end);
    if (!/^\s*,\s*$/u.test(gap2))
      continue;
    let k = city.tokenEnd;
    while (k < s.keys.length && s.articles.has(s.keys[k]))
      k++;
    const n = s.ctx.annotation.cue("capital", k);
    if (!n)
      continue;
    k += n;
    while (k < s.keys.length && (s.articles.has(s.keys[k]) || s.joiners.has(s.keys[k])))
      k++;
    const c = s.byStart.get(k);
    if (c?.entityType === "country")
      emit(s, city, c, "capital");
  }
}
function cityCountry(s) {
  const and = andWordsOf(s.ctx.lang);
  for (const city of s.ctx.mentions) {
    if (city.entityType !== "city" && city.entityType !== "region" && city.entityType !== "place" || city.form !== "name")
      continue;
    const gapAfter = s.ctx.text.slice(city.span.end, s.ctx.tokens[city.tokenEnd]?.start ?? city.span.end);
    const inAfter = cuesOf(s.ctx.lang).find((c) => c.every((w, i) => s.keys[city.tokenEnd + i] === w));
    const inCue = /^\s*,\s*$/u.test(gapAfter) ? inAfter : void 0;
    const genitive = city.tokenStart > 0 && s.joiners.has(s.keys[city.tokenStart - 1]);
    const direct = !inCue && !genitive && inAfter && /^\s+$/u.test(gapAfter) ? inAfter : void 0;
    const at = city.tokenEnd + (inCue?.length ?? direct?.length ?? 0);
    const next = s.byStart.get(at)?.entityType === "country" ? s.byStart.get(at) : placeAt(s, at);
    if (!next || next.entityType !== "country" && next.entityType !== "region" && next.entityType !== "place" || next.form !== "name")
      continue;
    if (direct) {
      const close = s.ctx.text.slice(next.span.end, s.ctx.tokens[next.tokenEnd]?.start ?? next.span.end);
      if (next.entityType !== "country" || next.tail !== "" && (grammarOf(s.ctx.lang).possessive ?? []).includes(next.tail) || !(s.ctx.tokens[next.tokenEnd] === void 0 || /[,.;:!?)\]»"”–—]/u.test(close) || and.has(s.keys[next.tokenEnd] ?? "") || /^\s+$/u.test(close) && s.ctx.annotation.cue("preposition", next.tokenEnd) > 0))
        continue;
      emit(s, city, next, "city");
      continue;
    }
    const gap2 = inCue ? "," : s.ctx.text.slice(city.span.end, next.span.start);
    const paren = /^\s*\(\s*$/u.test(gap2) && /^\s*\)/u.test(s.ctx.text.slice(next.span.end));
    if (!paren && !/^\s*,\s*$/u.test(gap2))
      continue;
    const after = s.ctx.text.slice(next.span.end, s.ctx.tokens[next.tokenEnd]?.start ?? next.span.end);
    if (!paren && s.ctx.tokens[next.tokenEnd] && !/[,.;:!?)\]»"”–—]/u.test(after))
      continue;
    const following = s.byStart.get(next.tokenEnd) ?? s.byStart.get(next.tokenEnd + 1);
    if (!paren && (/^\s*,/u.test(after) || and.has(s.keys[next.tokenEnd] ?? "")) && following && CONTAINER_TYPES.has(following.entityType))
      continue;
    const prev = s.ctx.mentions.find((m) => m.tokenEnd === city.tokenStart - 1 || m.tokenEnd === city.tokenStart);
    if (prev && CONTAINER_TYPES.has(prev.entityType) && /^\s*,\s*$/u.test(s.ctx.text.slice(prev.span.end, city.span.start)))
      continue;
    emit(s, city, next, "city");
  }
}
function leases(s, subjects) {
  for (let i = 0; i < s.keys.length; i++) {
    const n = s.ctx.annotation.cue("lease", i);
    if (!n)
      continue;
    const clause = s.clause[i];
    const lessor = s.ctx.mentions.find((m) => m.entityType === "country" && m.form === "name" && s.clause[m.tokenStart] === clause && (s.ctx.annotation.cue("leaseFrom", m.tokenStart - 1) === 1 || m.tokenStart === i + n));
    if (!lessor)
      continue;
    const thing = subjects.filter((x) => s.clause[x.tokenStart] === clause && x.entityType !== "country").sort((a, b) => Math.abs(a.tokenStart - i) - Math.abs(b.tokenStart - i))[0];
    if (thing)
      emit(s, thing, lessor, "lease");
  }
}
function hosts(s, subjects) {
  const ann = s.ctx.annotation;
  for (let i = 1; i < s.keys.length; i++) {
    const n = ann.cue("host", i);
    if (!n)
      continue;
    const host = s.ctx.mentions.find((m) => m.entityType === "country" && m.form === "name" && m.tokenEnd === i);
    if (!host)
      continue;
    let j = i + n;
    while (j < s.keys.length && s.articles.has(s.keys[j]))
      j++;
    const thing = subjects.find((x) => x.tokenStart === j);
    if (thing)
      emit(s, thing, host, "host");
  }
}
function propertyWords(s) {
  const props = s.ctx.placeProperties ?? [];
  for (const p of props) {
    const y = placeAt(s, p.tokenEnd);
    if (!y || y.form !== "name")
      continue;
    const own = s.ctx.mentions.filter((m) => s.ctx.hasPlace?.(m.entityId, p.entityId) && s.clause[m.tokenStart] === s.clause[p.tokenStart]);
    const subject = own.filter((m) => m.span.end <= p.span.start).sort((a, b) => b.span.end - a.span.end)[0] ?? own.filter((m) => m.span.start >= y.span.end).sort((a, b) => a.span.start - b.span.start)[0];
    const ann = s.ctx.annotation;
    if (subject && subject.span.end <= p.span.start && ann.cueIn("otherInstance", ann.tokenAt(subject.span.end), ann.tokenAt(p.span.start)))
      continue;
    if (subject)
      emit(s, subject, y, "property", p.entityId);
  }
}
function extractPlaceClaims(ctx) {
  const byStart = /* @__PURE__ */ new Map();
  for (const m of ctx.mentions)
    if (!byStart.has(m.tokenStart))
      byStart.set(m.tokenStart, m);
  const s = { ctx, clause: ctx.annotation.clauses().ids, joiners: joinerWordsOf(ctx.lang), keys: ctx.tokens.map((t) => t.key), articles: articleWordsOf(ctx.lang), byStart, out: [], seen: /* @__PURE__ */ new Set() };
  const named = ctx.mentions.filter((m) => !PLACE_TYPES.has(m.entityType) && ctx.locatable(m.entityId));
  const heads = ctx.heads.filter((h) => !near(named, h.span).some((m) => m.entityId === h.entityId && m.span.start <= h.span.start && m.span.end >= h.span.end));
  const subjects = [...named, ...heads];
  const n = ctx.tokens.length;
  if (subjects.length)
    inAndNear(s, subjects);
  const endings = placeBeforeEndingsOf(ctx.lang);
  if (subjects.length && endings.length)
    placeBefore(s, subjects, endings);
  const locative = locativeEndingsOf(ctx.lang);
  if (subjects.length && locative.size && ctx.annotation.cueIn("located", 0, n))
    locativeVerb(s, subjects, locative);
  if (ctx.annotation.cueIn("capital", 0, n))
    capitals(s);
  if (ctx.mentions.some((m) => m.entityType === "city" || m.entityType === "region" || m.entityType === "place"))
    cityCountry(s);
  if (subjects.length && ctx.annotation.cueIn("lease", 0, n))
    leases(s, subjects);
  if (subjects.length && ctx.annotation.cueIn("host", 0, n))
    hosts(s, subjects);
  if (ctx.placeProperties?.length)
    propertyWords(s);
  const own = new Set(s.out.filter((c) => c.pattern === "property").map((o) => `${o.subject}\0${o.place}\0${o.placeSpan.start}`));
  return own.size ? s.out.filter((c) => c.pattern !== "in" || !own.has(`${c.subject}\0${c.place}\0${c.placeSpan.start}`)) : s.out;
}

// dist/extract/served-offices.js
var servedGrammarOf = perLanguage((lang) => {
  const g = grammarOf(lang);
  const s = g.servedOffice;
  if (!s)
    return void 0;
  const words4 = (list2) => list2.flatMap((x) => foldWord(x).split(/\s+/u)).filter(Boolean);
  const q = g.qualifiers;
  return {
    links: new Set(words4(s.links ?? [])),
    adjacent: s.adjacent,
    headAfter: s.headAfter === true,
    nameCase: s.nameCase === true,
    titleCase: s.titleCase === true,
    fillers: /* @__PURE__ */ new Set([...articleWordsOf(lang), ...words4([...q.former, ...q.then, ...q.acting, ...q.future])])
  };
});
var EMPTY2 = { byInner: /* @__PURE__ */ new Map(), byOuter: /* @__PURE__ */ new Map(), size: 0 };
function add(map, key, post) {
  const list2 = map.get(key);
  if (list2)
    list2.push(post);
  else
    map.set(key, [post]);
}
function servedTable(offices, matcher, lang) {
  const g = servedGrammarOf(lang);
  if (!g)
    return EMPTY2;
  const inflection = inflectionOf(lang);
  const elisions = grammarOf(lang).elisions ?? [];
  const table2 = { byInner: /* @__PURE__ */ new Map(), byOuter: /* @__PURE__ */ new Map(), size: 0 };
  for (const e of offices) {
    for (const name of e.names?.[lang] ?? []) {
      const tokens2 = splitElisions(tokenize(name), name, elisions);
      if (tokens2.length < 2)
        continue;
      let inner;
      let head;
      if (g.headAfter) {
        inner = matcher.find(name, tokens2.slice(0, -1)).find((m) => m.entityType === "office" && m.tokenStart === 0 && m.entityId !== e.id);
        if (!inner || !inner.inflected)
          continue;
        head = tokens2.slice(inner.tokenEnd);
      } else {
        const found = matcher.find(name, tokens2.slice(1)).find((m) => m.entityType === "office" && m.tokenEnd === tokens2.length - 1 && m.entityId !== e.id);
        if (!found)
          continue;
        const start = found.tokenStart + 1;
        let h = 0;
        while (h < start && !g.links.has(tokens2[h].key) && !g.fillers.has(tokens2[h].key))
          h++;
        const between = tokens2.slice(h, start);
        if (h === 0 || !between.every((t) => g.links.has(t.key) || g.fillers.has(t.key)))
          continue;
        const linked = between.some((t) => g.links.has(t.key));
        const spaced = onlySpaceBetween(name, tokens2[h - 1].end, tokens2[h].start);
        if (!linked && !(spaced && (g.adjacent === "any" || g.adjacent === "inflected" && found.inflected)))
          continue;
        inner = found;
        head = tokens2.slice(0, h);
      }
      if (head.length === 0)
        continue;
      const stems = head.map((t) => inflection.stem(t.key));
      const post = { outer: e.id, inner: inner.entityId, head: stems, headBase: head.map((t, i) => t.key.slice(stems[i].length)) };
      add(table2.byInner, post.inner, post);
      add(table2.byOuter, post.outer, post);
      table2.size++;
    }
  }
  return table2;
}
function formOf(t, stem, lang) {
  if (!t.key.startsWith(stem))
    return void 0;
  const tail = t.key.slice(stem.length);
  return inflectionOf(lang).allows(tail) ? tail : void 0;
}
function headAt(text, tokens2, at, post, lang) {
  if (at < 0)
    return void 0;
  let inflected = false;
  let tail = "";
  for (let i = 0; i < post.head.length; i++) {
    const t = tokens2[at + i];
    if (!t)
      return void 0;
    if (i > 0 && !onlySpaceBetween(text, tokens2[at + i - 1].end, t.start) && !/^[-‐‑]$/u.test(text.slice(tokens2[at + i - 1].end, t.start)))
      return void 0;
    const f = formOf(t, post.head[i], lang);
    if (f === void 0)
      return void 0;
    if (f !== post.headBase[i])
      inflected = true;
    tail = f;
  }
  return { inflected, tail };
}
function withServedOffices(text, tokens2, mentions, lang, matcher, table2) {
  if (table2.size === 0)
    return mentions;
  const g = servedGrammarOf(lang);
  if (!g)
    return mentions;
  if (!mentions.some((m) => m.entityType === "office"))
    return mentions;
  return g.headAfter ? headAfter(text, tokens2, mentions, lang, table2) : headFirst(text, tokens2, mentions, lang, matcher, table2, g);
}
function postsServing(table2, m) {
  const own = table2.byInner.get(m.entityId) ?? [];
  if (m.alternatives.length === 0)
    return own;
  return [...own, ...m.alternatives.flatMap((a) => table2.byInner.get(a) ?? [])];
}
function headFirst(text, tokens2, mentions, lang, matcher, table2, g) {
  const dropped = /* @__PURE__ */ new Set();
  const put = [];
  for (const o of mentions) {
    if (o.entityType !== "office" || o.form !== "name" || o.innerOffice || o.tokenEnd - o.tokenStart < 2)
      continue;
    const posts = table2.byOuter.get(o.entityId);
    if (!posts)
      continue;
    for (const post of posts) {
      const h = headAt(text, tokens2, o.tokenStart, post, lang);
      if (!h)
        continue;
      let start = o.tokenStart + post.head.length;
      while (start < o.tokenEnd && (g.links.has(tokens2[start].key) || g.fillers.has(tokens2[start].key)))
        start++;
      if (start >= o.tokenEnd)
        continue;
      const inner = matcher.find(text, tokens2.slice(start, o.tokenEnd)).find((m) => m.entityType === "office" && m.tokenStart === 0 && m.tokenEnd === o.tokenEnd - start && (m.entityId === post.inner || m.alternatives.includes(post.inner)));
      if (!inner)
        continue;
      dropped.add(o);
      put.push({ ...o, inflected: h.inflected, innerOffice: shifted(inner, start, tokens2, text) });
      break;
    }
  }
  let endingAt;
  let covered;
  for (const inner of mentions) {
    if (inner.entityType !== "office" || inner.form !== "name" || dropped.has(inner))
      continue;
    if (!endingAt) {
      endingAt = /* @__PURE__ */ new Map();
      covered = new Uint8Array(tokens2.length);
      for (const m of mentions) {
        const list2 = endingAt.get(m.tokenEnd);
        if (list2)
          list2.push(m);
        else
          endingAt.set(m.tokenEnd, [m]);
        for (let t = m.tokenStart; t < m.tokenEnd && t < tokens2.length; t++)
          covered[t] = 1;
      }
    }
    let j = inner.tokenStart;
    let linked = false;
    let adjective;
    for (let guard = 0; guard < 6 && j > 0; guard++) {
      const prev = tokens2[j - 1];
      if (!onlySpaceBetween(text, prev.end, tokens2[j].start) && !(prev.end === tokens2[j].start && /['’]$/u.test(prev.text)))
        break;
      if (g.links.has(prev.key)) {
        linked = true;
        j--;
        continue;
      }
      if (g.fillers.has(prev.key)) {
        j--;
        continue;
      }
      const adj = adjective ? void 0 : endingAt.get(j)?.find((m) => m.form === "adjective" && m.entityType === "country" && !dropped.has(m));
      if (adj) {
        adjective = adj;
        j = adj.tokenStart;
        continue;
      }
      break;
    }
    if (j === 0 || j === inner.tokenStart && !g.adjacent)
      continue;
    if (!onlySpaceBetween(text, tokens2[j - 1].end, tokens2[j].start))
      continue;
    if (!linked && !(g.adjacent === "any" || g.adjacent === "inflected" && inner.inflected))
      continue;
    const serves = (o) => (table2.byOuter.get(o.entityId) ?? []).some((x) => x.inner === inner.entityId || inner.alternatives.includes(x.inner));
    const own = endingAt.get(j)?.find((m) => m.entityType === "office" && m.form === "name" && !m.innerOffice && !dropped.has(m) && m.entityId !== inner.entityId && serves(m));
    let phrase;
    if (own) {
      phrase = { ...own, tokenEnd: inner.tokenEnd, span: { start: own.span.start, end: inner.span.end }, text: text.slice(own.span.start, inner.span.end), innerOffice: inner, ...adjective ? { inner: adjective } : {} };
    } else {
      for (const post of postsServing(table2, inner)) {
        const at = j - post.head.length;
        const h = headAt(text, tokens2, at, post, lang);
        if (!h)
          continue;
        let named = false;
        for (let t = at; t < j && !named; t++)
          named = covered[t] === 1;
        if (named)
          continue;
        const first = tokens2[at];
        phrase = {
          entityId: post.outer,
          entityType: "office",
          form: "name",
          span: { start: first.start, end: inner.span.end },
          text: text.slice(first.start, inner.span.end),
          tokenStart: at,
          tokenEnd: inner.tokenEnd,
          tail: h.tail,
          alternatives: [],
          inflected: h.inflected,
          innerOffice: inner,
          ...adjective ? { inner: adjective } : {}
        };
        break;
      }
    }
    if (!phrase)
      continue;
    dropped.add(inner);
    if (own)
      dropped.add(own);
    if (adjective)
      dropped.add(adjective);
    put.push(phrase);
  }
  if (put.length === 0)
    return mentions;
  return [...mentions.filter((m) => !dropped.has(m)), ...put].sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
}
function shifted(m, offset, tokens2, text) {
  const start = m.tokenStart + offset;
  const end = m.tokenEnd + offset;
  return { ...m, tokenStart: start, tokenEnd: end, span: { start: tokens2[start].start, end: tokens2[end - 1].end }, text: text.slice(tokens2[start].start, tokens2[end - 1].end) };
}
function headAfter(text, tokens2, mentions, lang, table2) {
  const possessive = grammarOf(lang).possessive ?? [];
  let out;
  let starts;
  for (let k = 0; k < mentions.length; k++) {
    const inner = mentions[k];
    if (inner.entityType !== "office" || inner.form !== "name")
      continue;
    const holder = mentions[k + 1];
    if (!holder || holder.entityType !== "person" || !possessive.includes(holder.tail) || !onlySpaceBetween(text, inner.span.end, holder.span.start))
      continue;
    const at = holder.tokenEnd;
    if (!tokens2[at] || !onlySpaceBetween(text, holder.span.end, tokens2[at].start))
      continue;
    starts ??= new Set(mentions.map((m) => m.tokenStart));
    if (starts.has(at))
      continue;
    for (const post of postsServing(table2, inner)) {
      const h = headAt(text, tokens2, at, post, lang);
      if (!h)
        continue;
      const end = at + post.head.length;
      const put = {
        entityId: post.outer,
        entityType: "office",
        form: "name",
        span: { start: tokens2[at].start, end: tokens2[end - 1].end },
        text: text.slice(tokens2[at].start, tokens2[end - 1].end),
        tokenStart: at,
        tokenEnd: end,
        tail: h.tail,
        alternatives: [],
        inflected: h.inflected,
        innerOffice: inner
      };
      out ??= mentions.slice();
      out.push(put);
      break;
    }
  }
  return out ? out.sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end) : mentions;
}

// dist/extract/bracketed-abbreviations.js
var ACRONYM_IN_BRACKETS = new RegExp("\\([\\s\\u00a0]*\\p{Lu}[\\p{Lu}\\p{N}]{1,7}[\\s\\u00a0]*\\)", "gu");
function bracketedAcronym(text, t) {
  if (t.end - t.start < 2 || t.end - t.start > 8 || t.text !== t.text.toUpperCase() || t.text === t.text.toLowerCase())
    return false;
  let a = t.start - 1;
  while (a >= 0 && (text[a] === " " || text[a] === "\xA0"))
    a--;
  let b = t.end;
  while (b < text.length && (text[b] === " " || text[b] === "\xA0"))
    b++;
  return text[a] === "(" && text[b] === ")";
}
function withoutBracketedAcronyms(s) {
  return s.replace(ACRONYM_IN_BRACKETS, "");
}
function openingBracket(text, from, to) {
  return /^[\s\u00a0]*\([\s\u00a0]*$/u.test(text.slice(from, to));
}
function withoutRepeatedAbbreviations(text, tokens2, mentions) {
  let k = 1;
  while (k < mentions.length && !isRepeat(text, tokens2, mentions[k - 1], mentions[k]))
    k++;
  if (k >= mentions.length)
    return mentions;
  return mentions.filter((m, i) => !(i > 0 && isRepeat(text, tokens2, mentions[i - 1], m)));
}
function isRepeat(text, tokens2, prev, m) {
  const same = m.entityId === prev.entityId || prev.alternatives.includes(m.entityId) || m.alternatives.includes(prev.entityId);
  return same && m.tokenEnd - m.tokenStart === 1 && openingBracket(text, prev.span.end, m.span.start) && bracketedAcronym(text, tokens2[m.tokenStart]);
}

// dist/extract/office-claims.js
function wholeQualifiers(keys, p) {
  let i = 0;
  while (i < keys.length) {
    let n = 0;
    for (const q of p.qualifiers)
      if (q.words.length > n && i + q.words.length <= keys.length && startsWithPhrase(keys, i, q.words))
        n = q.words.length;
    if (n === 0)
      return false;
    i += n;
  }
  return true;
}
function listAfter(ctx, k, p) {
  const m = ctx.mentions[k];
  const n = ctx.mentions[k + 1];
  if (!m || !isPerson(n))
    return false;
  const between = keysBetween(ctx, m.tokenEnd, n.tokenStart);
  return between.length <= 1 && between.every((key) => p.and.has(key)) && /^\s*,?\s*$/u.test(punctBetween(ctx.text, m.span.end, n.span.start));
}
function nameWords(tokens2, m) {
  let n = 0;
  for (let i = m.tokenStart; i < m.tokenEnd; i++)
    if (tokens2[i].end - tokens2[i].start > 1)
      n++;
  return n;
}
function declines2(word, ends) {
  const w = foldWord(word);
  return ends.some((e) => w.endsWith(e));
}
function pluralWord(key, tails) {
  for (const t of tails)
    if (t && key.endsWith(t))
      return true;
  return false;
}
function words3(phrase) {
  return foldWord(phrase).split(/[^\p{L}\p{M}\p{N}'’]+/u).filter(Boolean);
}
var phrasesOf = perLanguage((lang) => {
  const g = grammarOf(lang);
  const qualifiers = [];
  for (const tense of ["former", "then", "acting", "future", "recent", "current"]) {
    for (const q of g.qualifiers[tense] ?? []) {
      const w = words3(q);
      if (w.length)
        qualifiers.push({ tense: tense === "then" ? "then-word" : tense === "recent" ? "recent-word" : tense === "current" ? "current-word" : tense, words: w });
    }
  }
  qualifiers.sort((a, b) => b.words.length - a.words.length);
  const side = (list2) => (list2 ?? []).map(words3).filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
  return {
    thenBefore: side(g.qualifiers.thenBefore),
    stateWords: new Set((g.stateWords ?? []).map(foldWord)),
    thenAfter: side(g.qualifiers.thenAfter),
    // Words like "longtime" stand where an article may, between a qualifier or a name and the office.
    articles: /* @__PURE__ */ new Set([...articleWordsOf(lang), ...(g.titleModifiers ?? []).map(foldWord)]),
    joiners: g.nameJoiners.map(words3).filter((w) => w.length > 0).sort((a, b) => b.length - a.length),
    and: new Set([...g.and, ...g.listSeparators].map(foldWord)),
    origin: new Set((g.originWords ?? []).map(foldWord)),
    qualifiers,
    futureSentence: (g.futureSentence ?? []).map(words3).filter((w) => w.length > 0),
    predicate: [...g.predicateCues, ...g.predicatePast ?? []].map(words3).filter((w) => w.length > 0),
    predicatePast: (g.predicatePast ?? []).map(words3).filter((w) => w.length > 0),
    pastAdverbs: (g.pastAdverbs ?? []).map(words3).filter((w) => w.length > 0),
    predicateAfter: (g.predicateAfter ?? []).map(words3).filter((w) => w.length > 0).sort((a, b) => b.length - a.length),
    predicateBeforeHolder: (g.predicateBeforeHolder ?? []).map(words3).filter((w) => w.length > 0).sort((a, b) => b.length - a.length),
    predicateAfterPast: (g.predicateAfterPast ?? []).map(words3).filter((w) => w.length > 0),
    pluralTails: new Set(g.pluralTails ?? []),
    heads: new Set([...loadPack(lang, "offices")?.headBefore ?? [], ...g.nameJoiners].flatMap(words3)),
    possessive: g.possessive ?? [],
    titleBeforeGenitive: g.titleBeforeGenitive === true,
    verbFinal: g.verbFinal === true,
    subjectPronouns: new Set((g.subjectPronouns ?? []).map(foldWord)),
    titleAgreesInCase: g.titleAgreesInCase === true,
    ranks: new Set((g.ranks ?? []).flatMap(words3)),
    declinableEnds: (g.declinableNameEndings ?? []).map(foldWord),
    nameBeforeOffice: !!g.nameBeforeOffice,
    officePossessive: (g.possessiveHeadEndings ?? []).map((e) => e.toLowerCase()),
    adjectiveAfterOffice: !!g.adjectiveAfterOffice,
    officeBodies: new Set((g.officeBodyWords ?? []).map(foldWord)),
    appointVerbs: new Set((g.appointVerbs ?? []).map(foldWord)),
    appointLinks: new Set((g.appointLinks ?? []).map(foldWord))
  };
});
function bodyBefore(ctx, at, p) {
  if (p.officeBodies.size === 0)
    return false;
  const skip = (k) => {
    for (let n = 0; k >= 0 && n < 3 && (p.articles.has(ctx.tokens[k].key) || p.joiners.some((j) => j.length === 1 && j[0] === ctx.tokens[k].key)); n++)
      k--;
    return k;
  };
  const body = skip(at - 1);
  if (body < 0 || !p.officeBodies.has(ctx.tokens[body].key))
    return false;
  const head = skip(body - 1);
  return head >= 0 && p.heads.has(ctx.tokens[head].key) && !p.articles.has(ctx.tokens[head].key);
}
var isPerson = (m) => m?.entityType === "person";
var isOffice = (m) => m?.entityType === "office" && m.form === "name";
var isPlace = (m) => !!m && (m.entityType === "country" || m.entityType === "organization");
function keysBetween(ctx, from, to) {
  const out = [];
  for (let i = from; i < to; i++)
    if (!bracketedAcronym(ctx.text, ctx.tokens[i]))
      out.push(ctx.tokens[i].key);
  return out;
}
function punctBetween(text, from, to) {
  const between = text.slice(from, to);
  return (between.includes("(") ? withoutBracketedAcronyms(between) : between).replace(new RegExp("(?<=\\p{L})['\u2019](?=\\p{L}|$)", "gu"), "").replace(/[\p{L}\p{M}\p{N}\s\u00a0]+/gu, "");
}
function startsWithPhrase(keys, at, phrase) {
  for (let i = 0; i < phrase.length; i++)
    if (keys[at + i] !== phrase[i])
      return false;
  return true;
}
function onlyJoiners(keys, p) {
  let i = 0;
  outer: while (i < keys.length) {
    if (p.articles.has(keys[i]) || p.stateWords.has(keys[i])) {
      i++;
      continue;
    }
    for (const j of p.joiners) {
      if (startsWithPhrase(keys, i, j)) {
        i += j.length;
        continue outer;
      }
    }
    return false;
  }
  return true;
}
function qualifierWithin(keys, from, to, p) {
  for (let i = from; i < to; i++) {
    for (const q of p.qualifiers)
      if (i + q.words.length <= to && startsWithPhrase(keys, i, q.words))
        return q.tense;
  }
  return void 0;
}
function pastStateBefore(keys, from, to, p) {
  for (let i = from; i < to; i++) {
    for (const ph of p.predicatePast) {
      if (!startsWithPhrase(keys, i, ph) || i + ph.length > to)
        continue;
      let j = i + ph.length;
      while (j < to && p.articles.has(keys[j]))
        j++;
      if (j === to)
        return true;
    }
  }
  return false;
}
function qualifierNear(keys, before, after, p, broken = () => false) {
  for (const q of p.qualifiers) {
    if (endsBefore(keys, before, q.words, p, broken))
      return q.tense;
    if (after < keys.length && startsWithPhrase(keys, after, q.words))
      return q.tense;
  }
  if (p.thenBefore.some((w) => endsBefore(keys, before, w, p, broken)))
    return "then";
  if (after < keys.length && p.thenAfter.some((w) => startsWithPhrase(keys, after, w)))
    return "then";
  return void 0;
}
function endsBefore(keys, before, words4, p, broken = () => false) {
  for (let gap2 = 0; gap2 <= 2; gap2++) {
    const start = before - gap2 - words4.length;
    if (start < 0)
      return false;
    if (startsWithPhrase(keys, start, words4) && keys.slice(before - gap2, before).every((k) => p.articles.has(k))) {
      for (let i = start + words4.length; i <= before; i++)
        if (broken(i))
          return false;
      return true;
    }
  }
  return false;
}
function breakBefore(ctx, i) {
  return i > 0 && i < ctx.tokens.length && /[,;:]/u.test(ctx.text.slice(ctx.tokens[i - 1].end, ctx.tokens[i].start));
}
function afterPhrase(tokens2, at, phrases) {
  const n = phraseAt(tokens2, at, phrases);
  return n ? at + n : 0;
}
function hasPhrase(keys, from, to, phrases) {
  for (let i = from; i < to; i++)
    for (const ph of phrases)
      if (i + ph.length <= to && startsWithPhrase(keys, i, ph))
        return true;
  return false;
}
function officePhrase(ctx, k, p) {
  const ms = ctx.mentions;
  const office = ms[k];
  let first = k;
  let last = k;
  const of = [];
  const prev = ms[k - 1];
  if (isPlace(prev)) {
    const between = keysBetween(ctx, prev.tokenEnd, office.tokenStart);
    const onlyArticlesOrQualifiers = between.every((key) => p.articles.has(key) || p.qualifiers.some((q) => q.words.includes(key)));
    const ends = p.possessive;
    const possessive = prev.form === "name" && (ends.includes(prev.tail) || ends.some((e) => /['’]/u.test(e) && prev.text.endsWith(e)));
    const prefixed = prev.form === "adjective" && prev.tokenStart > 0 && phraseAt(ctx.tokens, prev.tokenStart - 1, cuePhrasesOf(ctx.lang).adjectivePrefix) === 1 && /^[-‐‑]$/u.test(ctx.text.slice(ctx.tokens[prev.tokenStart - 1].end, prev.span.start));
    const adjunct = p.nameBeforeOffice && prev.form === "name" && prev.entityType === "country" && between.length === 0 && (new RegExp("^\\p{Lu}", "u").test(office.text) || p.officePossessive.some((e) => office.text.toLowerCase().endsWith(e))) && !(prev.tokenStart > 0 && phraseAt(ctx.tokens, prev.tokenStart - 1, cuePhrasesOf(ctx.lang).preposition) === 1);
    const attributive2 = prev.form === "adjective" && !prefixed || possessive || adjunct || prev.entityType === "organization" && between.length === 0 || prev.form === "name" && between.length === 0 && punctBetween(ctx.text, prev.span.end, office.span.start) !== "," && new RegExp("^\\p{Lu}+$", "u").test(prev.text);
    const locative = prev.tail !== "" && placeBeforeEndingsOf(ctx.lang).includes(prev.tail);
    if (onlyArticlesOrQualifiers && attributive2 && !locative && punctBetween(ctx.text, prev.span.end, office.span.start).replace(/[-‐‑]/g, "") === "") {
      of.push(prev);
      first = k - 1;
      const possessiveName = (m) => m.form === "name" && (ends.includes(m.tail) || ends.some((e) => /['’]/u.test(e) && m.text.endsWith(e)));
      if (prev.form === "adjective" || possessive) {
        for (let j = k - 2; j >= 0; j--) {
          const m = ms[j];
          const sep = keysBetween(ctx, m.tokenEnd, ms[j + 1].tokenStart).filter((key) => !p.articles.has(key));
          const sepPunct = punctBetween(ctx.text, m.span.end, ms[j + 1].span.start);
          const hyphened = prev.form === "adjective" && m.form === "adjective" && sep.length === 0 && /^[-‐‑]$/u.test(sepPunct);
          const sharedEnding = possessive && m.form === "name" && j === k - 2 && sep.length === 1 && p.and.has(sep[0]) && sepPunct === "";
          if (!isPlace(m) || (prev.form === "adjective" ? m.form !== "adjective" : !possessiveName(m) && !sharedEnding))
            break;
          if (!hyphened && !(sep.length <= 1 && sep.every((x) => p.and.has(x)) && /^,?$/.test(sepPunct) && (sep.length > 0 || sepPunct === ",")))
            break;
          of.unshift(m);
          first = j;
        }
      }
    }
  }
  if (of.length === 0 && office.inner)
    of.push(office.inner);
  const after = ms[k + 1];
  if (of.length === 0 && p.adjectiveAfterOffice && isPlace(after) && after.form === "adjective" && after.tokenStart === office.tokenEnd && punctBetween(ctx.text, office.span.end, after.span.start) === "") {
    of.push(after);
    last = k + 1;
  }
  if (of.length === 0) {
    let j = k + 1;
    while (ms[j] && ms[j].form === "adjective" && ms[j + 1]?.entityType === "organization")
      j++;
    const next = ms[j];
    if (isPlace(next) && next.form === "name") {
      let between = keysBetween(ctx, office.tokenEnd, ms[k + 1].tokenStart);
      const q = p.qualifiers.find((x) => x.words.length < between.length && x.words.every((w, i) => between[i] === w));
      if (q)
        between = between.slice(q.words.length);
      const punct = punctBetween(ctx.text, office.span.end, ms[k + 1].span.start);
      if (onlyJoiners(between, p) && punct === "") {
        of.push(next);
        last = j;
        for (let n = j + 1; ms[n] && isPlace(ms[n]) && ms[n].form === "name"; n++) {
          const sep = keysBetween(ctx, ms[n - 1].tokenEnd, ms[n].tokenStart);
          const sepPunct = punctBetween(ctx.text, ms[n - 1].span.end, ms[n].span.start);
          if (!(sep.length <= 2 && sep.every((s) => p.and.has(s)) && /^,?$/.test(sepPunct) && (sep.length > 0 || sepPunct === ",")))
            break;
          of.push(ms[n]);
          last = n;
        }
      }
    }
  }
  return { office, of, first, last };
}
function personList(ctx, i, p) {
  const ms = ctx.mentions;
  const out = [];
  if (!isPerson(ms[i]))
    return out;
  out.push(ms[i]);
  for (let n = i + 1; isPerson(ms[n]); n++) {
    const sep = keysBetween(ctx, ms[n - 1].tokenEnd, ms[n].tokenStart);
    const punct = punctBetween(ctx.text, ms[n - 1].span.end, ms[n].span.start);
    if (!(sep.length <= 2 && sep.every((s) => p.and.has(s)) && /^,?$/.test(punct) && (sep.length > 0 || punct === ",")))
      break;
    out.push(ms[n]);
  }
  return out;
}
function personCountryList(ctx, i, p) {
  const ms = ctx.mentions;
  const out = [];
  for (let n = i; isPerson(ms[n]); n += 2) {
    const country = ms[n + 1];
    if (!country || country.entityType !== "country" || country.form !== "name")
      return [];
    const between = keysBetween(ctx, ms[n].tokenEnd, country.tokenStart);
    if (between.length === 0 || !onlyJoiners(between, p) || punctBetween(ctx.text, ms[n].span.end, country.span.start) !== "")
      return [];
    out.push({ person: ms[n], country });
    const next = ms[n + 2];
    if (!isPerson(next))
      break;
    const sep = keysBetween(ctx, country.tokenEnd, next.tokenStart);
    const punct = punctBetween(ctx.text, country.span.end, next.span.start);
    if (!(sep.length <= 2 && sep.every((x) => p.and.has(x)) && /^,?$/.test(punct) && (sep.length > 0 || punct === ",")))
      break;
  }
  return out;
}
function countryPersonList(ctx, i, p) {
  const ms = ctx.mentions;
  const out = [];
  for (let n = i; isPerson(ms[n]); n += 2) {
    const country = ms[n + 1];
    const person = ms[n + 2];
    if (!country || country.entityType !== "country" || country.form !== "name" || !isPerson(person))
      break;
    const sep = keysBetween(ctx, ms[n].tokenEnd, country.tokenStart);
    const punct = punctBetween(ctx.text, ms[n].span.end, country.span.start);
    if (!(sep.length <= 1 && sep.every((x) => p.and.has(x)) && /^,?$/.test(punct) && (sep.length > 0 || punct === ",")))
      break;
    if (keysBetween(ctx, country.tokenEnd, person.tokenStart).length > 0 || punctBetween(ctx.text, country.span.end, person.span.start) !== "")
      break;
    out.push({ person, country });
  }
  return out;
}
function stackedHolder(ctx, phrase, after, p, opensSentence) {
  const ms = ctx.mentions;
  const end = ms[phrase.last];
  const next = ms[after];
  if (!next || punctBetween(ctx.text, end.span.end, next.span.start) !== "," || !keysBetween(ctx, end.tokenEnd, next.tokenStart).every((key) => p.articles.has(key)))
    return void 0;
  let k2 = after;
  while (ms[k2] && !isOffice(ms[k2]) && ms[k2].entityType !== "person" && k2 - after < 3)
    k2++;
  if (!isOffice(ms[k2]) || ms[k2].entityId === phrase.office.entityId)
    return void 0;
  const second = officePhrase(ctx, k2, p);
  if (second.first !== after || second.office.innerOffice)
    return void 0;
  let j = second.last + 1;
  while (ms[j] && ms[j].span.start === ms[second.last].span.start)
    j++;
  const holder = ms[j];
  if (!isPerson(holder) || punctBetween(ctx.text, ms[second.last].span.end, holder.span.start) !== "" || keysBetween(ctx, ms[second.last].tokenEnd, holder.tokenStart).length > 0)
    return void 0;
  const following = ms[j + 1];
  const listGoesOn2 = p.and.has(ctx.tokens[holder.tokenEnd]?.key ?? "") || following !== void 0 && (isPerson(following) || isOffice(following)) && following.tokenStart - holder.tokenEnd <= 3;
  if (listGoesOn2)
    return void 0;
  return closedAfter(ctx, holder) || opensSentence || p.verbFinal ? holder : void 0;
}
function subjectElsewhere(ctx, titleStart, nameAt, p) {
  if (titleStart > 0 && p.subjectPronouns.has(ctx.tokens[titleStart - 1].key))
    return true;
  const name = ctx.mentions[nameAt];
  for (let j = nameAt + 1; j < ctx.mentions.length; j++) {
    const m = ctx.mentions[j];
    if (m.tokenStart < name.tokenEnd)
      continue;
    if (/[,.;:!?–—]/u.test(ctx.text.slice(name.span.end, m.span.start)))
      return false;
    if (isPerson(m) && m.entityId !== name.entityId && m.tail === "" && !m.inflected)
      return true;
  }
  return false;
}
function closedAfter(ctx, m) {
  let end = m.span.end;
  const n = phraseAt(ctx.tokens, m.tokenEnd, cuePhrasesOf(ctx.lang).tenureSince);
  const year = ctx.tokens[m.tokenEnd + n];
  if (n && year && /^\d{4}$/u.test(year.text))
    end = ctx.tokens[m.tokenEnd + n + 1] && new RegExp("^\\p{L}+$", "u").test(ctx.tokens[m.tokenEnd + n + 1].text) && new RegExp("^\\s+\\p{L}+[\\s\\u00a0]*[,;:)]", "u").test(ctx.text.slice(year.end)) ? ctx.tokens[m.tokenEnd + n + 1].end : year.end;
  const at = afterSpaces(ctx.text, end, ctx.sentence.end - end);
  const rest = ctx.text.slice(at, Math.min(at + 2, ctx.sentence.end));
  return rest === "" || /^[,;:)\]–—.!?»"“”]/u.test(rest) || /^-\s/u.test(rest);
}
function closesPhrase(ctx, m, p) {
  if (m.tail && p.possessive.includes(m.tail))
    return false;
  const next = ctx.tokens[m.tokenEnd];
  return closedAfter(ctx, m) || next !== void 0 && p.and.has(next.key) && /^[\s\u00a0]+$/u.test(ctx.text.slice(m.span.end, next.start));
}
function namedHolderFollows(ctx, last) {
  const next = ctx.tokens[last.tokenEnd];
  if (!next)
    return false;
  const capital = (i) => {
    const t = ctx.tokens[i];
    const first = t?.text[0] ?? "";
    return t !== void 0 && first !== first.toLowerCase() && !ctx.mentions.some((m) => m.tokenStart === i && m.entityType !== "person");
  };
  if (onlySpaceBetween(ctx.text, last.span.end, next.start))
    return capital(last.tokenEnd);
  const after = ctx.tokens[last.tokenEnd + 1];
  return ctx.text.slice(last.span.end, next.start).trim() === "," && capital(last.tokenEnd) && capital(last.tokenEnd + 1) && after !== void 0 && /^[-\s\u00A0‐‑]*$/u.test(ctx.text.slice(next.end, after.start));
}
function claim(ctx, person, phrase, of, tense, via, span, served) {
  const holder = of ? void 0 : served?.holder;
  return {
    kind: "office",
    person: person.entityId,
    ...person.alternatives.length ? { alternatives: person.alternatives } : {},
    personSpan: person.span,
    office: phrase.office.entityId,
    officeSpan: phrase.office.span,
    of: of?.entityId ?? phrase.office.impliedOf,
    ofSpan: served?.sharedOf ? void 0 : of?.span,
    tense: tense === "then-word" ? "then" : tense === "recent-word" ? "future" : tense === "current-word" ? "current" : tense,
    ...tense === "then-word" ? { thenAt: true } : {},
    ...tense === "recent-word" ? { recent: true } : {},
    ...tense === "current-word" ? { currentWord: true } : {},
    at: ctx.date,
    via,
    span,
    sentence: ctx.sentence,
    lang: ctx.lang,
    ...holder ? {
      ofHolder: {
        person: holder.person.entityId,
        ...holder.person.alternatives.length ? { alternatives: holder.person.alternatives } : {},
        office: holder.office,
        span: holder.person.span
      }
    } : {},
    ...served?.alternative ? { servedAlternative: served.alternative } : served?.abstain ? { abstain: served.abstain } : {}
  };
}
var cover2 = (...spans) => ({
  start: Math.min(...spans.map((s) => s.start)),
  end: Math.max(...spans.map((s) => s.end))
});
function subordinateBefore(ctx, at) {
  const phrases = cuePhrasesOf(ctx.lang).subordinate;
  const articles = articleWordsOf(ctx.lang);
  let end = at;
  while (end > 0 && articles.has(ctx.tokens[end - 1].key))
    end--;
  for (let start = Math.max(0, end - 3); start < end; start++) {
    if (phraseAt(ctx.tokens, start, phrases) === end - start)
      return true;
  }
  return false;
}
function listGoesOn(ctx, i, p) {
  const m = ctx.mentions[i];
  const next = ctx.tokens[m.tokenEnd];
  if (!next || ctx.text.slice(m.span.end, next.start).trim() !== ",")
    return false;
  const after = ctx.mentions[i + 1];
  return p.and.has(next.key) || isPerson(after) && after.tokenStart === m.tokenEnd;
}
var capitalised = (s) => {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
};
function caseReading(ctx, post, inner, name) {
  if (!servedGrammarOf(ctx.lang)?.nameCase)
    return "open";
  if (!name.inflected)
    return "outer";
  if (!post.inflected)
    return "inner";
  return name.tail === inner.tail ? "open" : "outer";
}
function titleReading(ctx, post, inner, p) {
  if (!servedGrammarOf(ctx.lang)?.titleCase)
    return "open";
  if (!capitalised(inner.text))
    return "outer";
  const links = servedGrammarOf(ctx.lang).links;
  const before = post.inner && post.inner.tokenStart > post.tokenStart ? post.inner.tokenStart : inner.tokenStart;
  let w = before - 1;
  while (w > post.tokenStart && (links.has(ctx.tokens[w].key) || p.articles.has(ctx.tokens[w].key)))
    w--;
  return w > 0 && capitalised(ctx.tokens[w].text) ? "outer" : "open";
}
function servedClaims(ctx, phrase, p, keys, tense, out) {
  const ms = ctx.mentions;
  const post = phrase.office;
  const inner = post.innerOffice;
  const last = ms[phrase.last];
  let after = phrase.last + 1;
  while (ms[after] && ms[after].span.start === last.span.start)
    after++;
  const p1 = ms[after];
  if (!isPerson(p1) || p1.tokenStart !== last.tokenEnd)
    return {};
  const p0 = ms[phrase.first - 1];
  const before = isPerson(p0) && ["(", ",", "\u2013", "\u2014"].includes(punctBetween(ctx.text, p0.span.end, ms[phrase.first].span.start)) && keysBetween(ctx, p0.tokenEnd, ms[phrase.first].tokenStart).every((key) => p.articles.has(key) || p.heads.has(key) || p.qualifiers.some((q) => q.words.includes(key)));
  if (punctBetween(ctx.text, last.span.end, p1.span.start) !== "") {
    if (before && closedAfter(ctx, p1) && !listGoesOn(ctx, after, p))
      return { abstain: AMBIGUOUS };
    return {};
  }
  const form = caseReading(ctx, post, inner, p1);
  if (form === "outer")
    return {};
  const innerTense = qualifierWithin(keys, post.tokenStart, inner.tokenStart, p) ?? "current";
  const outerTense = tense === "current" ? innerTense : tense;
  const of = phrase.of[0];
  const innerClaim = () => claim(ctx, p1, { office: inner, of: phrase.of, first: phrase.first, last: phrase.last }, of, innerTense, "apposition", cover2(inner.span, ...of ? [of.span] : [], p1.span), { sharedOf: true });
  const served = { holder: { person: p1, office: inner.entityId }, sharedOf: true };
  const p2 = ms[after + 1];
  if (isPerson(p2) && p2.tokenStart === p1.tokenEnd) {
    const punct = punctBetween(ctx.text, p1.span.end, p2.span.start);
    if (punct === "" || punct === "," && closedAfter(ctx, p2) && !listGoesOn(ctx, after + 1, p)) {
      out.push(innerClaim());
      out.push(claim(ctx, p2, phrase, of, outerTense, "apposition", cover2(ms[phrase.first].span, p2.span), served));
      return { next: after + 1 };
    }
  }
  if (before && closedAfter(ctx, p1) && !listGoesOn(ctx, after, p)) {
    out.push(innerClaim());
    out.push(claim(ctx, p0, phrase, of, outerTense, "apposition", cover2(p0.span, ms[phrase.first].span, p1.span), served));
    return { next: after };
  }
  if (form === "inner") {
    out.push(innerClaim());
    return { next: after };
  }
  if (titleReading(ctx, post, inner, p) === "outer")
    return {};
  return { abstain: AMBIGUOUS, alternative: inner.entityId };
}
var AMBIGUOUS = "the phrase names a post and the office it serves; the name after them may be either holder's";
function servedBefore(ctx, k, p) {
  const ms = ctx.mentions;
  const inner = ms[k].innerOffice;
  const holder = ms[k - 1];
  if (!isPerson(holder) || ms[k - 2]?.span.start !== inner.span.start)
    return {};
  const of = officePhrase(ctx, k - 2, p).of[0];
  return of ? { of, sharedOf: true } : { holder: { person: holder, office: inner.entityId } };
}
function extractOfficeClaims(ctx) {
  const p = phrasesOf(ctx.lang);
  const ms = ctx.mentions;
  const keys = ctx.tokens.map((t) => t.key);
  const out = [];
  let lastFuture;
  const futureAfter = (from) => {
    if (lastFuture === void 0) {
      lastFuture = -1;
      for (let i = keys.length - 1; i >= 0 && lastFuture < 0; i--) {
        if (p.futureSentence.some((ph) => i + ph.length <= keys.length && startsWithPhrase(keys, i, ph)))
          lastFuture = i;
      }
    }
    return lastFuture >= from;
  };
  let firstContent = -1;
  const firstContentToken = () => {
    if (firstContent < 0) {
      firstContent = 0;
      while (firstContent < keys.length && p.articles.has(keys[firstContent]))
        firstContent++;
    }
    return firstContent;
  };
  const titles = /* @__PURE__ */ new Map();
  const emit2 = (c) => {
    if (c.via !== "predicate" && !titles.has(c.personSpan.start))
      titles.set(c.personSpan.start, c.office);
    out.push(c);
  };
  let lead = 0;
  while (lead < keys.length && (p.articles.has(keys[lead]) || p.qualifiers.some((q) => q.words.length === 1 && q.words[0] === keys[lead])))
    lead++;
  for (let k = 0; k < ms.length; k++) {
    if (!isOffice(ms[k]))
      continue;
    if (k > 0 && ms[k - 1].span.start === ms[k].span.start)
      continue;
    const phrase = officePhrase(ctx, k, p);
    const leftTok = ms[phrase.first].tokenStart;
    if (subordinateBefore(ctx, leftTok)) {
      k = phrase.last;
      continue;
    }
    let tense = qualifierNear(keys, leftTok, ms[phrase.last].tokenEnd, p, (i) => breakBefore(ctx, i)) ?? qualifierWithin(keys, ms[phrase.first].tokenEnd, phrase.office.tokenStart, p) ?? "current";
    let served;
    const inner = phrase.office.innerOffice;
    if (inner && inner.tokenStart >= phrase.office.tokenStart) {
      const r = servedClaims(ctx, phrase, p, keys, tense, out);
      if (r.next !== void 0) {
        k = r.next;
        continue;
      }
      if (r.abstain)
        served = { abstain: r.abstain, ...r.alternative ? { alternative: r.alternative } : {} };
    } else if (inner)
      served = servedBefore(ctx, k, p);
    let after = phrase.last + 1;
    while (ms[after] && ms[after].span.start === ms[phrase.last].span.start)
      after++;
    const nextPerson = ms[after];
    const stacked = stackedHolder(ctx, phrase, after, p, leftTok <= firstContentToken());
    if (stacked) {
      emit2(claim(ctx, stacked, phrase, phrase.of[0] ?? served?.of, tense, "apposition", cover2(ms[phrase.first].span, stacked.span), served));
      k = phrase.last;
      continue;
    }
    if (isPerson(nextPerson)) {
      const gapKeys = keysBetween(ctx, ms[phrase.last].tokenEnd, nextPerson.tokenStart);
      const punct = punctBetween(ctx.text, ms[phrase.last].span.end, nextPerson.span.start);
      const bare = p.titleBeforeGenitive && phrase.of.length === 0 && !phrase.office.impliedOf && nextPerson.tail !== "";
      const genitive = bare && (!p.possessive.includes(nextPerson.tail) || ctx.tokens[nextPerson.tokenEnd] !== void 0 && onlySpaceBetween(ctx.text, nextPerson.span.end, ctx.tokens[nextPerson.tokenEnd].start)) && !subjectElsewhere(ctx, leftTok, after, p);
      const disagree = p.titleAgreesInCase && tense !== "acting" && gapKeys.length === 0 && phrase.office.inflected === true && nextPerson.inflected === false && !((pluralWord(ctx.tokens[phrase.office.tokenStart].key, p.pluralTails) || p.pluralTails.has(phrase.office.tail)) && (phrase.of.length >= 2 || listAfter(ctx, after, p) || countryPersonList(ctx, after, p).length > 0)) && (nameWords(ctx.tokens, nextPerson) >= 2 || declines2(nextPerson.text, p.declinableEnds));
      const ranked = gapKeys.some((key) => p.ranks.has(key));
      const gapWords = ranked ? gapKeys.filter((key) => !p.ranks.has(key) && !p.articles.has(key) && !/['’]$/u.test(key) && !p.joiners.some((j) => j.length === 1 && j[0] === key)) : gapKeys;
      const gapPunct = ranked ? punct.replace(/[-‐‑'’]/gu, "") : punct;
      const prevOffice = ms[phrase.first - 1];
      const complement = p.titleAgreesInCase && phrase.office.inflected === true && prevOffice !== void 0 && prevOffice.entityType === "office" && prevOffice.inflected === false && prevOffice.tokenEnd === phrase.office.tokenStart && onlySpaceBetween(ctx.text, prevOffice.span.end, phrase.office.span.start);
      const ofBody = bodyBefore(ctx, ms[phrase.first].tokenStart, p);
      const gapOk = !genitive && !disagree && !complement && !ofBody && wholeQualifiers(gapWords, p) && /^(|,|–|—|-|:)$/.test(gapPunct);
      if (gapOk) {
        const list2 = phrase.of.length >= 2;
        const plural2 = list2 || p.pluralTails.has(phrase.office.tail);
        if (!plural2 && phrase.first > 0 && p.and.has(ctx.tokens[ms[phrase.first].tokenStart - 1]?.key ?? "") && personList(ctx, after, p).length >= 2) {
          k = after;
          continue;
        }
        if (plural2 && phrase.of.length === 0) {
          const pairs = personCountryList(ctx, after, p);
          if (pairs.length >= 2) {
            for (const { person, country } of pairs)
              emit2(claim(ctx, person, phrase, country, tense, "list", cover2(person.span, country.span)));
            k = after + pairs.length * 2 - 1;
            continue;
          }
        }
        if (plural2 && phrase.of.length === 1 && isPerson(ms[after])) {
          const rest = countryPersonList(ctx, after, p);
          if (rest.length >= 1) {
            const c0 = phrase.of[0];
            emit2(claim(ctx, ms[after], phrase, c0, tense, "list", cover2(c0.span, ms[after].span)));
            for (const { person, country } of rest)
              emit2(claim(ctx, person, phrase, country, tense, "list", cover2(country.span, person.span)));
            k = after + rest.length * 2;
            continue;
          }
        }
        const persons = plural2 ? personList(ctx, after, p) : [nextPerson];
        if (list2) {
          if (persons.length === phrase.of.length) {
            persons.forEach((person, i) => {
              const c = phrase.of[i];
              emit2(claim(ctx, person, phrase, c, tense, "list", cover2(c.span, person.span)));
            });
          }
          k = after + persons.length - 1;
          continue;
        }
        const opensSentence = leftTok <= firstContentToken();
        const lastP = persons[persons.length - 1];
        let afterAnd = lastP.tokenEnd + 1;
        while (afterAnd < ctx.tokens.length && p.articles.has(ctx.tokens[afterAnd].key))
          afterAnd++;
        const andAfter = p.and.has(ctx.tokens[lastP.tokenEnd]?.key ?? "") && /^[\s\u00a0]+$/u.test(ctx.text.slice(lastP.span.end, ctx.tokens[lastP.tokenEnd]?.start ?? lastP.span.end)) && ms[after + persons.length]?.tokenStart === afterAnd && ms[after + persons.length].entityType === "office";
        const before = ms[phrase.first - 1];
        const pairedBefore = punct === "," && !inner && isPerson(before) && !titles.has(before.span.start) && punctBetween(ctx.text, before.span.end, ms[phrase.first].span.start) === "," && keysBetween(ctx, before.tokenEnd, ms[phrase.first].tokenStart).length === 0;
        if (!pairedBefore && (punct !== "," || closedAfter(ctx, lastP) || opensSentence || andAfter)) {
          let of = phrase.of[0] ?? served?.of;
          let ofFrom = false;
          const afterP = ms[after + persons.length];
          if (!of && isPlace(afterP) && afterP.form === "name") {
            const between = keysBetween(ctx, persons[persons.length - 1].tokenEnd, afterP.tokenStart);
            if (between.length >= 1 && between.length <= 2 && onlyJoiners(between, p))
              of = afterP;
            else if (between.length === 1 && p.origin.has(between[0]) && afterP.entityType === "country" && closesPhrase(ctx, afterP, p)) {
              of = afterP;
              ofFrom = true;
            }
          }
          if (tense === "current" && futureAfter(nextPerson.tokenEnd))
            tense = "future";
          for (const person of persons) {
            const c = claim(ctx, person, phrase, of, tense, "apposition", cover2(ms[phrase.first].span, person.span, ...of ? [of.span] : []), served);
            emit2(ofFrom ? { ...c, ofFrom: true } : c);
          }
          k = after + persons.length - 1;
          continue;
        }
      }
    }
    const appointee = ms[phrase.first - 1];
    if (isPerson(appointee) && p.appointVerbs.size > 0 && phrase.of.length <= 1) {
      const gap2 = keysBetween(ctx, appointee.tokenEnd, ms[phrase.first].tokenStart);
      let v = appointee.tokenStart - 1;
      while (v >= 0 && v >= appointee.tokenStart - 2 && (p.articles.has(keys[v]) || p.appointLinks.has(keys[v])))
        v--;
      if (v >= 0 && p.appointVerbs.has(keys[v]) && gap2.every((k2) => p.appointLinks.has(k2) || p.articles.has(k2)) && onlySpaceBetween(ctx.text, ctx.tokens[v].end, appointee.span.start) && !/[,;:]/u.test(ctx.text.slice(appointee.span.end, ms[phrase.first].span.start))) {
        emit2(claim(ctx, appointee, phrase, phrase.of[0] ?? served?.of, "future", "predicate", cover2(appointee.span, ms[phrase.first].span, ms[phrase.last].span), served));
        continue;
      }
    }
    const prev = ms[phrase.first - 1];
    const titledAs = isPerson(prev) ? titles.get(prev.span.start) : void 0;
    const titled = titledAs !== void 0 && titledAs !== phrase.office.entityId;
    if (isPerson(prev) && !titled && !namedHolderFollows(ctx, ms[phrase.last]) && closedAfter(ctx, ms[phrase.last])) {
      const gapKeys = keysBetween(ctx, prev.tokenEnd, ms[phrase.first].tokenStart);
      const punct = punctBetween(ctx.text, prev.span.end, ms[phrase.first].span.start);
      if ((punct === "," || punct === "\u2013" || punct === "\u2014" || punct === "(") && gapKeys.every((key) => p.articles.has(key) || p.heads.has(key) || p.qualifiers.some((q) => q.words.includes(key)))) {
        if (tense === "current")
          tense = qualifierNear(keys, ms[phrase.first].tokenStart, ms[phrase.last].tokenEnd, p, (i) => breakBefore(ctx, i)) ?? "current";
        emit2(claim(ctx, prev, phrase, phrase.of[0] ?? served?.of, tense, "apposition", cover2(prev.span, ms[phrase.first].span, ms[phrase.last].span), served));
        continue;
      }
    }
    if (phrase.of.length === 1 && !namedHolderFollows(ctx, ms[phrase.last])) {
      let subj;
      for (let j = phrase.first - 1; j >= 0; j--) {
        if (isPerson(ms[j])) {
          subj = ms[j];
          break;
        }
      }
      if (subj) {
        const from = subj.tokenEnd;
        const to = ms[phrase.first].tokenStart;
        const cueFrom = Math.max(from, to - 3);
        let cueAt = -1;
        for (let i = from; i < to && cueAt < 0; i++)
          for (const ph of p.predicate)
            if (i + ph.length <= to && (i >= cueFrom || i + ph.length === to) && startsWithPhrase(keys, i, ph)) {
              cueAt = i + ph.length;
              break;
            }
        if (to - from <= 12 && cueAt >= 0 && (cueAt >= to || !/[,;:]/u.test(ctx.text.slice(ctx.tokens[cueAt - 1].end, ms[phrase.first].span.start)))) {
          const fut = hasPhrase(keys, from, to, p.futureSentence);
          const within2 = tense === "current" ? qualifierWithin(keys, from, to, p) : void 0;
          const past = tense === "current" && (hasPhrase(keys, from, to, p.pastAdverbs) || pastStateBefore(keys, cueFrom, to, p));
          const then = within2 === "then" || within2 === "then-word" || past;
          emit2(claim(ctx, subj, phrase, phrase.of[0], fut ? "future" : then ? "then" : tense, "predicate", cover2(ms[phrase.first].span, ms[phrase.last].span), served));
          continue;
        }
      }
      const cueEnd = afterPhrase(ctx.tokens, ms[phrase.last].tokenEnd, p.predicateAfter);
      let nextK = phrase.last + 1;
      while (ms[nextK] && ms[nextK].tokenStart < ms[phrase.last].tokenEnd)
        nextK++;
      if (cueEnd > 0) {
        const following = ms[nextK]?.tokenStart === cueEnd ? ms[nextK] : void 0;
        const pastCue = p.predicateAfterPast.some((ph) => startsWithPhrase(keys, ms[phrase.last].tokenEnd, ph) && ms[phrase.last].tokenEnd + ph.length === cueEnd);
        const holder = isPerson(following) ? following : subj && ms[phrase.first].tokenStart - subj.tokenEnd <= 12 ? subj : void 0;
        if (holder)
          emit2(claim(ctx, holder, phrase, phrase.of[0], pastCue && tense === "current" ? "then" : tense, "predicate", cover2(ms[phrase.first].span, ms[phrase.last].span), served));
        continue;
      }
      const verbEnd = leftTok <= lead ? afterPhrase(ctx.tokens, ms[phrase.last].tokenEnd, p.predicateBeforeHolder) : 0;
      const named = verbEnd > 0 && ms[nextK]?.tokenStart === verbEnd ? ms[nextK] : void 0;
      if (isPerson(named) && !(named.tail !== "" && p.possessive.includes(named.tail)) && !(ctx.tokens[named.tokenEnd] && /^['’]s?$/u.test(ctx.text.slice(named.span.end, ctx.tokens[named.tokenEnd].start).trim()))) {
        emit2(claim(ctx, named, phrase, phrase.of[0], tense, "predicate", cover2(ms[phrase.first].span, named.span), served));
      }
    }
  }
  return out;
}

// dist/extract/anniversary-claims.js
var patternsOf = perLanguage((lang) => (grammarOf(lang).anniversaries ?? []).map((p) => new RegExp(p, "giu")));
function anniversaryWithin(text, from, to, lang) {
  const part = text.slice(from, to);
  return patternsOf(lang).some((re) => {
    re.lastIndex = 0;
    return re.test(part);
  });
}
function withoutAdjectives(ctx, from, to) {
  let gap2 = ctx.text.slice(from, to);
  for (const a of ctx.adjectives ?? []) {
    if (a.span.start >= from && a.span.end <= to)
      gap2 = gap2.slice(0, a.span.start - from) + " ".repeat(a.span.end - a.span.start) + gap2.slice(a.span.end - from);
  }
  return gap2;
}
function stripJoiners(gap2, lang) {
  const articles = articleWordsOf(lang);
  const joiners = joinerWordsOf(lang);
  return gap2.split(/([\s\u00a0]+)/u).filter((w) => !articles.has(foldWord(w)) && !joiners.has(foldWord(w))).join("");
}
function extractAnniversaryClaims(ctx) {
  const out = [];
  const body = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
  for (const re of patternsOf(ctx.lang)) {
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const count = Number(m[1]);
      if (!(count > 0))
        continue;
      const end = ctx.sentence.start + m.index + m[0].length;
      const after = ctx.subjects.filter((s) => s.entityType !== "country" && s.form === "name" && s.span.start >= end && /^[\s\u00a0]*$/u.test(stripJoiners(withoutAdjectives(ctx, end, s.span.start), ctx.lang))).sort((a, b) => a.span.start - b.span.start)[0];
      if (!after || !ctx.date)
        continue;
      const year = Number(ctx.date.slice(0, 4));
      const written = [...body.matchAll(/(?<!\d)((?:1[89]|20)\d\d)(?!\d)/gu)].map((x) => Number(x[1]));
      if (written.some((y) => y !== year && y > year - count + 1))
        continue;
      out.push({
        subject: after.entityId,
        count,
        year,
        yearWritten: false,
        span: { start: ctx.sentence.start + m.index, end: after.span.end },
        subjectSpan: after.span
      });
    }
  }
  return out;
}

// dist/extract/event-date-claims.js
var YEAR_OR_MONTH = /^\d{4}(-\d{2})?$/u;
function gap(a, b) {
  return a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0;
}
function hardCounts(hard) {
  let max = 0;
  for (const h of hard)
    if (h > max)
      max = h;
  const upTo = new Int32Array(max + 2);
  for (let c = 0; c <= max; c++)
    upTo[c + 1] = upTo[c] + (hard.has(c) ? 1 : 0);
  const at = (c) => upTo[Math.min(Math.max(c, -1), max) + 1];
  return (from, to) => at(to) - at(from) > 0;
}
var WEEKDAY_BESIDE = 8;
var NEAR_WORDS = 12;
var ANNIVERSARY_REACH = 60;
function extractEventDateClaims(ctx) {
  const datesInOrder = inTextOrder(ctx.dates);
  const whens = [
    ...ctx.dates.filter((d) => d.resolved).map((d) => ({ when: d.resolved, span: d.dateSpan, ...d.yearExplicit ? {} : { yearless: true } })),
    // A period inside a written day is that day's year, not a second claim.
    ...ctx.periods.filter((p) => !p.relative && YEAR_OR_MONTH.test(p.period) && !near(datesInOrder, p.span).some((d) => d.span.start <= p.span.start && d.span.end >= p.span.end)).map((p) => ({ when: p.period, span: p.span }))
  ];
  let ann = ctx.annotation;
  if (!ann) {
    ann = new SentenceAnnotation(ctx.text, ctx.tokens, ctx.lang);
    ann.protect(whens.map((w) => w.span));
  }
  const a = ann;
  const open = (sp) => {
    const i = a.tokenAt(sp.start);
    if (i >= a.tokens.length)
      return false;
    if (a.cue("since", i))
      return true;
    for (let j = Math.max(0, i - 3); j < i; j++)
      if (a.cue("since", j) === i - j)
        return true;
    return a.cue("sinceAfter", a.tokenAt(sp.end)) > 0;
  };
  for (let i = whens.length - 1; i >= 0; i--)
    if (open(whens[i].span))
      whens.splice(i, 1);
  if (whens.length === 0)
    return [];
  const { hard, ids } = a.clauses();
  const crossesHard = hardCounts(hard);
  const clauseOf = (s) => a.clauseAt(s.start);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const namedIds = [...new Set(ctx.subjects.map((m) => m.entityId))];
  const whensBy = a.byClause(whens);
  const subjectsBy = /* @__PURE__ */ new Map();
  const propsInOrder = inTextOrder(ctx.properties);
  const datedBy = /* @__PURE__ */ new Map();
  const dated = (property) => {
    let v = datedBy.get(property);
    if (v === void 0)
      datedBy.set(property, v = ctx.subjects.some((m) => ctx.hasDate(m.entityId, property)));
    return v;
  };
  for (const p of ctx.properties) {
    const pc = clauseOf(p.span);
    const own = whensBy.get(pc);
    if (!own)
      continue;
    const reach = near(own, p.span);
    if (reach.length === 0)
      continue;
    const w = reach.reduce((x, y) => gap(y.span, p.span) < gap(x.span, p.span) ? y : x);
    const dist = gap(p.span, w.span);
    if (ctx.weekdays?.some((d) => gap(d, p.span) <= WEEKDAY_BESIDE))
      continue;
    if (near(propsInOrder, w.span).some((o) => o !== p && clauseOf(o.span) === pc && gap(o.span, w.span) < dist && gap(o.span, p.span) > NEAR_WORDS && dated(o.entityId)))
      continue;
    let subs = subjectsBy.get(p.entityId);
    if (!subs) {
      const all = ctx.subjects.filter((m) => ctx.hasDate(m.entityId, p.entityId));
      subjectsBy.set(p.entityId, subs = { all, by: a.byClause(all) });
    }
    if (subs.all.length === 0)
      continue;
    const sameClause2 = near(subs.by.get(pc) ?? [], p.span);
    const pool = sameClause2.length ? sameClause2 : hard.has(pc) || ctx.sameClauseOnly ? [] : near(subs.all, p.span).filter((m) => m.span.end <= p.span.start && clauseOf(m.span) < pc && !crossesHard(clauseOf(m.span), pc));
    if (pool.length === 0)
      continue;
    const compared = (m) => m.span.start > p.span.end && a.cueIn("comparison", a.tokenAt(Math.max(p.span.end, w.span.end)), m.tokenStart);
    const pool2 = pool.filter((m) => !compared(m));
    if (pool2.length === 0)
      continue;
    const subject = pool2.reduce((x, y) => gap(y.span, p.span) < gap(x.span, p.span) ? y : x);
    if (!sameClause2.length && ctx.hasAnyDate && near(ctx.subjects, p.span).some((m) => m.entityId !== subject.entityId && m.span.start >= subject.span.end && m.span.end <= p.span.start && !CONTAINER_TYPES.has(m.entityType) && ctx.hasAnyDate(m.entityId)))
      continue;
    const named = Math.max(subject.span.end, p.span.end);
    const [gapFrom, gapTo] = subject.span.end <= p.span.start ? [subject.span.end, p.span.start] : [p.span.end, subject.span.start];
    if (gapFrom < gapTo && a.cueIn("otherInstance", a.tokenAt(gapFrom), a.tokenAt(gapTo)) || named <= w.span.start && a.cueIn("otherInstance", a.tokenAt(named), a.tokenAt(w.span.start)))
      continue;
    const from = Math.max(0, p.span.start - ANNIVERSARY_REACH);
    let t = a.tokenAt(from);
    while (t < ids.length && ids[t] !== pc)
      t++;
    if (t < ctx.tokens.length && ctx.tokens[t].start < p.span.end && anniversaryWithin(ctx.text, Math.max(from, ctx.tokens[t].start), p.span.end, ctx.lang))
      continue;
    const key = `${subject.entityId}\0${p.entityId}\0${w.span.start}`;
    if (seen.has(key))
      continue;
    seen.add(key);
    out.push({
      subject: subject.entityId,
      property: p.entityId,
      when: w.when,
      ...w.yearless ? { yearless: true } : {},
      span: { start: Math.min(p.span.start, w.span.start), end: Math.max(p.span.end, w.span.end) },
      subjectSpan: subject.span,
      propertySpan: p.span,
      whenSpan: w.span,
      named: namedIds
    });
  }
  return out;
}

// dist/extract/split-properties.js
var SEP2 = "";
var MAX_GAP = 10;
function splitPropertyEntities(properties, lang) {
  const out = [];
  for (const p of properties) {
    if (p.kind !== "date" && p.kind !== "place")
      continue;
    (p.names?.[lang] ?? []).forEach((name, i) => {
      const words4 = name.split(/[\s\u00a0]+/u).filter(Boolean);
      if (words4.length < 2)
        return;
      out.push({ id: `${p.id}${SEP2}h${SEP2}${i}`, type: "split", names: { [lang]: [words4[0]] } });
      out.push({ id: `${p.id}${SEP2}r${SEP2}${i}`, type: "split", names: { [lang]: [words4.slice(1).join(" ")] } });
    });
  }
  return out;
}
function coordinated(tokens2, from, to, and, nameAt) {
  for (let i = from; i < to; i++)
    if (and.has(tokens2[i].key) && !nameAt(i + 1) && !nameAt(i + 2))
      return true;
  return false;
}
function joinSplitProperties(parts, tokens2, clause, existing, and = /* @__PURE__ */ new Set(), nameAt = () => false) {
  const out = [];
  const ordered = [...parts].sort((a, b) => a.tokenStart - b.tokenStart);
  const existingBy = /* @__PURE__ */ new Map();
  for (const e of existing) {
    const list2 = existingBy.get(e.entityId);
    if (list2)
      list2.push(e);
    else
      existingBy.set(e.entityId, [e]);
  }
  for (const list2 of existingBy.values())
    list2.sort((a, b) => a.span.start - b.span.start);
  for (let i = 0; i < ordered.length; i++) {
    const h = ordered[i];
    const [prop, role, n] = h.entityId.split(SEP2);
    if (role !== "h")
      continue;
    let rest;
    for (let j = i + 1; j < ordered.length && ordered[j].tokenStart - h.tokenEnd <= MAX_GAP; j++) {
      const r = ordered[j];
      if (r.entityId === `${prop}${SEP2}r${SEP2}${n}` && r.tokenStart > h.tokenEnd && clause[r.tokenStart] === clause[h.tokenStart]) {
        rest = r;
        break;
      }
    }
    if (!rest)
      continue;
    if (coordinated(tokens2, h.tokenEnd, rest.tokenStart, and, nameAt))
      continue;
    const whole = { start: h.span.start, end: rest.span.end };
    if (near(existingBy.get(prop) ?? [], whole).some((e) => e.span.start <= whole.start && e.span.end >= whole.end))
      continue;
    out.push({
      ...h,
      entityId: prop,
      entityType: h.entityType,
      tokenEnd: rest.tokenEnd,
      span: { start: h.span.start, end: rest.span.end },
      text: "",
      tail: rest.tail,
      alternatives: []
    });
  }
  return out;
}

// dist/extract/institutions.js
var SEP3 = "@";
var institutionEntities = perLanguage((lang) => (loadPack(lang, "offices")?.institutions ?? []).map((i) => ({
  id: `${i.office}${SEP3}${i.of ?? ""}`,
  type: "institution",
  names: { [lang]: i.names }
})));
var headsOf2 = perLanguage((lang) => {
  const pack = loadPack(lang, "offices");
  const words4 = (list2) => (list2 ?? []).map((p) => foldWord(p).split(/\s+/u)).sort((a, b) => b.length - a.length);
  return {
    before: words4(pack?.headBefore),
    after: words4(pack?.headAfter),
    fillers: /* @__PURE__ */ new Set([...articleWordsOf(lang), ...joinerWordsOf(lang)])
  };
});
function endsWith(tokens2, end, phrase) {
  const start = end - phrase.length;
  if (start < 0)
    return false;
  return phrase.every((w, i) => tokens2[start + i].key === w);
}
function institutionOffices(tokens2, mentions, institutions, lang) {
  if (institutions.length === 0)
    return [];
  const h = headsOf2(lang);
  const out = [];
  const countryEnding = /* @__PURE__ */ new Map();
  const countries = mentions.filter((x) => x.entityType === "country").sort((a, b) => a.tokenStart - b.tokenStart);
  for (const x of countries)
    if (!countryEnding.has(x.tokenEnd))
      countryEnding.set(x.tokenEnd, x);
  const countryWithin = (from, to) => {
    let lo = 0;
    let hi = countries.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (countries[mid].tokenStart < from)
        lo = mid + 1;
      else
        hi = mid;
    }
    for (let i = lo; i < countries.length && countries[i].tokenStart < to; i++)
      if (countries[i].tokenEnd <= to)
        return true;
    return false;
  };
  for (const m of institutions) {
    const [office, of] = m.entityId.split(SEP3);
    let at = m.tokenStart;
    let headStart;
    for (let guard = 0; guard < 6 && at > 0; guard++) {
      const phrase = h.before.find((p) => endsWith(tokens2, at, p));
      if (phrase) {
        headStart = at - phrase.length;
        break;
      }
      const country = countryEnding.get(at);
      if (country)
        at = country.tokenStart;
      else if (h.fillers.has(tokens2[at - 1].key))
        at--;
      else
        break;
    }
    let headEnd = m.tokenEnd;
    if (headStart === void 0) {
      const phrase = h.after.find((p) => p.every((w, i) => tokens2[m.tokenEnd + i]?.key === w));
      if (!phrase)
        continue;
      headEnd = m.tokenEnd + phrase.length;
    }
    const between = headStart !== void 0 && countryWithin(headStart, m.tokenStart);
    const startTok = headStart === void 0 || between ? m.tokenStart : headStart;
    out.push({
      ...m,
      entityId: office,
      entityType: "office",
      form: "name",
      tokenStart: startTok,
      tokenEnd: headEnd,
      span: { start: tokens2[startTok].start, end: tokens2[headEnd - 1].end },
      text: "",
      tail: "",
      alternatives: [],
      ...of ? { impliedOf: of } : {}
    });
  }
  return out;
}

// dist/extract/counterpart-claims.js
function extractCounterpartClaims(ctx) {
  if (!ctx.date)
    return [];
  if (ctx.annotation && !ctx.annotation.cueIn("counterpart", 0, ctx.tokens.length))
    return [];
  const cues2 = cuePhrasesOf(ctx.lang).counterpart;
  const articles = articleWordsOf(ctx.lang);
  const and = andWordsOf(ctx.lang);
  const fillers = /* @__PURE__ */ new Set([...articles, ...cuePhrasesOf(ctx.lang).possessivePronoun.map((p) => p.join(" "))]);
  const out = [];
  const startingAt = /* @__PURE__ */ new Map();
  const endingAt = /* @__PURE__ */ new Map();
  for (const m of ctx.mentions) {
    (startingAt.get(m.tokenStart) ?? startingAt.set(m.tokenStart, []).get(m.tokenStart)).push(m);
    (endingAt.get(m.tokenEnd) ?? endingAt.set(m.tokenEnd, []).get(m.tokenEnd)).push(m);
  }
  const persons = ctx.mentions.filter((m) => m.entityType === "person").sort((a, b) => a.tokenEnd - b.tokenEnd);
  const firstAt = /* @__PURE__ */ new Map();
  persons.forEach((m, idx) => {
    if (!firstAt.has(m.entityId))
      firstAt.set(m.entityId, idx);
  });
  const personsBefore = (token) => {
    let lo = 0;
    let hi = persons.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (persons[mid].tokenEnd <= token)
        lo = mid + 1;
      else
        hi = mid;
    }
    return [...firstAt].filter(([, idx]) => idx < lo).map(([id]) => id);
  };
  for (let i = 0; i < ctx.tokens.length; i++) {
    const n = ctx.annotation ? ctx.annotation.cue("counterpart", i) : phraseAt(ctx.tokens, i, cues2);
    if (!n)
      continue;
    let j = i + n;
    while (j < ctx.tokens.length && fillers.has(ctx.tokens[j].key))
      j++;
    const after = startingAt.get(j)?.find((m) => m.entityType === "country");
    let gapFrom = ctx.tokens[i + n - 1].end;
    if (after) {
      j = after.tokenEnd;
      gapFrom = after.span.end;
      while (j < ctx.tokens.length && fillers.has(ctx.tokens[j].key))
        j++;
    }
    const person = startingAt.get(j)?.find((m) => m.entityType === "person");
    if (!person)
      continue;
    const gap2 = ctx.text.slice(gapFrom, person.span.start);
    if (!/^[\s\u00a0,]*$/u.test(gap2))
      continue;
    if (gap2.includes(",")) {
      const at = afterSpaces(ctx.text, person.span.end, ctx.sentence.end - person.span.end);
      if (at < ctx.sentence.end && !/[,;:.!?)\]»"”–—]/u.test(ctx.text[at]))
        continue;
    }
    let k = i;
    while (k > 0 && fillers.has(ctx.tokens[k - 1].key))
      k--;
    let country = endingAt.get(k)?.find((m) => m.entityType === "country") ?? after;
    for (let t = i + n; !country && t < j; t++)
      country = startingAt.get(t)?.find((m) => m.entityType === "country" && m.tokenEnd <= j);
    let start0 = country && country.tokenStart < k ? country.tokenStart : k;
    while (start0 > 0 && fillers.has(ctx.tokens[start0 - 1].key))
      start0--;
    const joinedId = start0 > 0 && and.has(ctx.tokens[start0 - 1].key) ? endingAt.get(start0 - 1)?.find((m) => m.entityType === "person")?.entityId : void 0;
    const joined = joinedId && country && ctx.date && ctx.postOf(joinedId, ctx.date)?.of === country.entityId ? joinedId : void 0;
    const all = personsBefore(country ? country.tokenStart : i).filter((id) => id !== person.entityId);
    const before = all.filter((id) => id !== joined);
    const bare = (m) => !ctx.mentions.some((x) => x.entityType === "person" && (x.tokenStart >= m.tokenEnd && x.tokenStart <= m.tokenEnd + 2 || x.tokenEnd <= m.tokenStart && x.tokenEnd >= m.tokenStart - 2));
    const titles = before.length ? [] : ctx.mentions.filter((m) => m.entityType === "office" && m.tokenEnd <= (country ? country.tokenStart : i) && bare(m));
    const titleOffices = new Set(titles.map((m) => m.entityId));
    if (titleOffices.size > 1)
      continue;
    const others = before.length ? before : titles.length ? [] : ctx.lastPerson && ctx.lastPerson !== joined ? [ctx.lastPerson] : joined ? [] : all;
    const posts = titles.length ? [{ office: titles[0].entityId, of: "" }] : others.map((o) => ctx.postOf(o, ctx.date));
    if (posts.length === 0 || posts.some((p) => !p) || new Set(posts.map((p) => p.office)).size !== 1)
      continue;
    const post = posts[0];
    if (country && posts.some((p) => p.of === country.entityId))
      continue;
    const start = ctx.tokens[country && country.tokenStart < i ? country.tokenStart : i].start;
    out.push({
      kind: "office",
      person: person.entityId,
      ...person.alternatives.length ? { alternatives: person.alternatives } : {},
      personSpan: person.span,
      office: post.office,
      officeSpan: { start: ctx.tokens[i].start, end: ctx.tokens[i + n - 1].end },
      of: country?.entityId,
      ofSpan: country?.span,
      tense: "current",
      at: ctx.date,
      via: "apposition",
      span: { start, end: person.span.end },
      sentence: ctx.sentence,
      lang: ctx.lang
    });
  }
  return out;
}

// dist/language/measure-words.js
var fold2 = (s) => s.trim().toLowerCase().replace(/ё/g, "\u0435");
function withMeasureWords(props, lang) {
  const groups = numbersPack(lang)?.measureWords ?? [];
  if (groups.length === 0)
    return [...props];
  const owners = /* @__PURE__ */ new Map();
  for (const p of props) {
    for (const n of p.names?.[lang] ?? []) {
      const k = fold2(n);
      let set = owners.get(k);
      if (!set)
        owners.set(k, set = /* @__PURE__ */ new Set());
      set.add(p.id);
    }
  }
  const added = /* @__PURE__ */ new Map();
  for (const group of groups) {
    const hit = /* @__PURE__ */ new Set();
    for (const w of group)
      for (const id2 of owners.get(fold2(w)) ?? [])
        hit.add(id2);
    if (hit.size !== 1)
      continue;
    const id = [...hit][0];
    if (props.find((p) => p.id === id)?.kind !== "quantity")
      continue;
    const extra = group.filter((w) => !owners.has(fold2(w)));
    if (extra.length)
      added.set(id, [...added.get(id) ?? [], ...extra]);
  }
  if (added.size === 0)
    return [...props];
  return props.map((p) => {
    const extra = added.get(p.id);
    return extra ? { ...p, names: { ...p.names, [lang]: [...p.names?.[lang] ?? [], ...extra] } } : p;
  });
}

// dist/extract/currency-names.js
var currencyFormsOf = perLanguage((lang) => {
  const out = /* @__PURE__ */ new Set();
  for (const u of numbersPack(lang)?.units ?? []) {
    if (!u.currency)
      continue;
    for (const f of [...u.before ?? [], ...u.after ?? []]) {
      const t = formText(f).replace(/\*$/u, "").toLowerCase();
      if (/[\s-]/u.test(t) && new RegExp("\\p{L}.*\\p{L}", "u").test(t))
        out.add(t);
      else if (new RegExp("^\\p{L}{2,}\\.?\\p{Sc}$", "u").test(t)) {
        out.add(t);
        out.add(t.replace(new RegExp("(?=\\p{Sc}$)", "u"), " "));
      }
    }
  }
  return [...out];
});
function insideCurrencyName(text, span, lang) {
  const name = text.slice(span.start, span.end).toLowerCase();
  for (const form of currencyFormsOf(lang)) {
    const k = form.indexOf(name);
    if (k < 0)
      continue;
    const start = span.start - k;
    if (start >= 0 && text.slice(start, start + form.length).toLowerCase() === form)
      return true;
  }
  return false;
}

// dist/extract/initials.js
var MAX_INITIALS = 2;
function isInitial(text, tokens2, k) {
  const t = tokens2[k];
  if (!t || t.end - t.start !== 1 || text[t.end] !== ".")
    return false;
  const c = t.text;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
function nameWords2(m) {
  return m.tokenEnd - m.tokenStart;
}
function dotGap(text, from, to) {
  return /^\.[\s\u00a0]*$/u.test(text.slice(from, to));
}
function givenNames(entity, lang) {
  const out = [];
  for (const n of entity?.names?.[lang] ?? []) {
    const words4 = n.trim().split(/\s+/u);
    if (words4.length >= 2)
      out.push(words4[0]);
  }
  return out;
}
function withInitials(text, tokens2, mentions, lang, entityOf) {
  let changed = false;
  const out = [];
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const r = withInitialsOne(text, tokens2, m, out[out.length - 1], lang, entityOf);
    if (r !== m)
      changed = true;
    if (r)
      out.push(r);
  }
  return changed ? out : mentions;
}
function withInitialsOne(text, tokens2, m, prev, lang, entityOf) {
  if (m.entityType !== "person" || m.tokenStart === 0 || !isInitial(text, tokens2, m.tokenStart - 1))
    return m;
  if (!dotGap(text, tokens2[m.tokenStart - 1].end, tokens2[m.tokenStart].start))
    return m;
  let start = m.tokenStart;
  const letters = [];
  while (letters.length < MAX_INITIALS && start > 0 && isInitial(text, tokens2, start - 1) && dotGap(text, tokens2[start - 1].end, tokens2[start].start)) {
    start--;
    letters.unshift(tokens2[start].text);
  }
  if (prev && prev.tokenEnd > start)
    return m;
  if (letters.length === 1 && (grammarOf(lang).honorificInitials ?? []).includes(letters[0]))
    return m;
  if (nameWords2(m) >= 2 && givenNames(entityOf(m.entityId), lang).map(foldWord).includes(tokens2[m.tokenStart].key))
    return m;
  const candidates = [m.entityId, ...m.alternatives];
  const before = start - 1;
  const joined = before >= 0 && (!prev || prev.tokenEnd <= before) && /^[\s\u00a0]+$/u.test(text.slice(tokens2[before].end, tokens2[start].start));
  const namedBefore = joined ? candidates.filter((id) => givenNames(entityOf(id), lang).map(foldWord).includes(tokens2[before].key)) : [];
  if (namedBefore.length === 0 && joined && new RegExp("^\\p{Lu}\\p{Ll}", "u").test(tokens2[before].text) && tokens2[before].end - tokens2[before].start > 1)
    return m;
  let chosen;
  if (namedBefore.length > 0) {
    chosen = namedBefore;
    start = before;
  } else {
    const first = letters[0];
    const fits3 = (id) => {
      const given = givenNames(entityOf(id), lang);
      return given.length === 0 ? void 0 : given.some((g) => g.startsWith(first));
    };
    chosen = [...candidates.filter((id) => fits3(id) === true), ...candidates.filter((id) => fits3(id) === void 0)];
    if (chosen.length === 0)
      return void 0;
  }
  const [entityId, ...alternatives] = chosen;
  const from = tokens2[start].start;
  return { ...m, entityId, alternatives, span: { start: from, end: m.span.end }, text: text.slice(from, m.span.end), tokenStart: start };
}

// dist/extract/given-name-variants.js
var CAPITAL2 = new RegExp("^\\p{Lu}\\p{Ll}", "u");
function distance3(a, b, limit) {
  if (Math.abs(a.length - b.length) > limit)
    return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best)
        best = v;
    }
    if (best > limit)
      return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}
function givenNameVariant(given, word) {
  if (given === word || given.length < 2 || word.length < 2 || given[0] !== word[0])
    return false;
  if (given.length <= 3)
    return word.startsWith(given.slice(0, -1)) && word.length - given.length <= 2 && word.length >= given.length;
  const limit = given.length >= 12 ? 3 : given.length >= 5 ? 2 : 1;
  return distance3(given, word, limit) <= limit;
}
function withGivenNameVariants(text, tokens2, mentions, lang, entityOf) {
  let out;
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.entityType !== "person" || m.tokenEnd - m.tokenStart !== 1 || m.tokenStart === 0)
      continue;
    let i = m.tokenStart - 1;
    const prev = mentions[k - 1];
    if (prev && prev.tokenEnd > i)
      continue;
    const word = tokens2[i];
    if (!CAPITAL2.test(word.text) || !onlySpaceBetween(text, word.end, tokens2[m.tokenStart].start))
      continue;
    let key = word.key;
    const first = tokens2[i - 1];
    if (first && CAPITAL2.test(first.text) && text.slice(first.end, word.start) === "-" && !(prev && prev.tokenEnd > i - 1)) {
      key = `${first.key}-${word.key}`;
      i--;
    }
    const ids = [m.entityId, ...m.alternatives];
    const who = ids.filter((id) => [...givenNames(entityOf(id), lang), ...lang === "en" ? [] : givenNames(entityOf(id), "en")].some((g) => givenNameVariant(foldWord(g), key) || foldWord(g) === key));
    if (who.length !== 1)
      continue;
    const start = tokens2[i].start;
    out ??= mentions.slice();
    out[k] = { ...m, entityId: who[0], alternatives: [], tokenStart: i, span: { start, end: m.span.end }, text: text.slice(start, m.span.end) };
  }
  return out ?? mentions;
}

// dist/extract/hyphened-measures.js
function propertiesByUnit(properties) {
  const m = /* @__PURE__ */ new Map();
  for (const p of properties) {
    if (p.kind !== "quantity" || !p.unit)
      continue;
    const unit = canonicalUnit(p.unit);
    m.set(unit, m.has(unit) ? null : p);
  }
  return m;
}
function withHyphenedMeasures(found, quantities, tokens2, byUnit, text) {
  let out;
  for (const q of quantities) {
    if (!q.hyphened || !q.unitSpan || q.unit === void 0)
      continue;
    const unit = q.unitSpan;
    if (near(found, unit).some((p) => p.span.start < unit.end && unit.start < p.span.end))
      continue;
    const property = byUnit().get(q.unit);
    if (!property)
      continue;
    const first = tokenIndexAt(tokens2, unit.start);
    let last = first;
    while (last < tokens2.length && tokens2[last].end <= unit.end)
      last++;
    if (first >= tokens2.length || last === first)
      continue;
    (out ??= [...found]).push({
      entityId: property.id,
      entityType: `property:${property.kind}`,
      form: "name",
      span: { ...unit },
      text: text.slice(unit.start, unit.end),
      tokenStart: first,
      tokenEnd: last,
      tail: "",
      alternatives: []
    });
  }
  return out ? out.sort((a, b) => a.span.start - b.span.start) : found;
}

// dist/extract/title-holders.js
var PERSON_NEAR = 3;
var OPENING_REACH = 8;
function withTitleHolders(ctx) {
  const { tokens: tokens2, mentions } = ctx;
  let out;
  for (const m of mentions) {
    if (m.entityType !== "office" || m.form !== "name")
      continue;
    if (!opens(m))
      continue;
    if (near(mentions, m.span).some((p) => p.entityType === "person" && (p.tokenStart >= m.tokenEnd && p.tokenStart - m.tokenEnd <= PERSON_NEAR || p.tokenEnd <= m.tokenStart && m.tokenStart - p.tokenEnd <= PERSON_NEAR)))
      continue;
    const country = m.impliedOf ?? countryOf(m, ctx);
    const people = country ? ctx.holders(m.entityId, country) : ctx.namedHolders(m.entityId);
    if (new Set(people).size !== 1)
      continue;
    (out ??= [...mentions]).push({ ...m, entityId: people[0], entityType: "person", alternatives: [] });
  }
  return out ? out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end) : mentions;
  function opens(m) {
    if (m.tokenStart > OPENING_REACH)
      return false;
    for (let k = 0; k < m.tokenStart; k++) {
      if (ctx.linkWords.has(tokens2[k].key))
        continue;
      const country = near(mentions, m.span).find((x) => x.entityType === "country" && x.tokenStart <= k && x.tokenEnd > k);
      if (!country)
        return false;
      k = country.tokenEnd - 1;
    }
    return true;
  }
  function countryOf(m, c) {
    const before = near(c.mentions, m.span).find((x) => x.entityType === "country" && x.tokenEnd === m.tokenStart);
    if (before)
      return before.entityId;
    let k = m.tokenEnd;
    while (k < tokens2.length && k - m.tokenEnd < 2 && c.linkWords.has(tokens2[k].key))
      k++;
    return near(c.mentions, m.span).find((x) => x.entityType === "country" && x.form === "name" && x.tokenStart === k)?.entityId;
  }
}

// dist/text/sentences.js
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
var LETTER_OR_DIGIT2 = /[\p{L}\p{N}\p{M}]/u;
var UPPER = /[\p{Lu}\p{Lt}]/u;
var LOWER = new RegExp("\\p{Ll}", "u");
function isWordUnit(text, i) {
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57)
    return true;
  if (c < 128)
    return false;
  return LETTER_OR_DIGIT2.test(text[i]);
}
function isTerminator(c) {
  return c === 46 || c === 33 || c === 63 || c === 8230;
}
function isCloser(c) {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 187 || c === 8221 || c === 8217 || c === 8250;
}
function isOpener(c) {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 171 || c === 8220 || c === 8222 || c === 8216 || c === 8218 || c === 8249;
}
var BLOCK_START = /^(?:#{1,6}(?:\s|$)|[-*+•–—]\s|\d{1,3}[.)]\s|>|\|)/u;
var SHORT_LAST_WORD = new RegExp("(?:^|[^\\p{L}])\\p{Ll}{1,3}$", "u");
var ENDS_CLAUSE = /[.!?…:;]["'»”’)\]]*$/u;
function continues(prev, next) {
  if (prev.startsWith("#") || BLOCK_START.test(next))
    return false;
  if (ENDS_CLAUSE.test(prev))
    return false;
  if (prev.endsWith(","))
    return true;
  if (SHORT_LAST_WORD.test(prev))
    return true;
  const first = String.fromCodePoint(next.codePointAt(0));
  return LOWER.test(first);
}
var LINE_BREAK = /[\r\n]/g;
function paragraphs(text, from = 0, to = text.length) {
  const start = Math.max(0, Math.min(from, text.length));
  const end = Math.max(start, Math.min(to, text.length));
  const out = [];
  let cur;
  let prevLine = "";
  let ls = start;
  while (ls < end) {
    LINE_BREAK.lastIndex = ls;
    let le = LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : end;
    if (le > end)
      le = end;
    let ts = ls;
    let te = le;
    while (ts < te && isSpace(text.charCodeAt(ts)))
      ts++;
    while (te > ts && isSpace(text.charCodeAt(te - 1)))
      te--;
    if (ts === te) {
      if (cur)
        out.push(cur);
      cur = void 0;
    } else {
      const line = text.slice(ts, te);
      if (cur && continues(prevLine, line))
        cur.end = te;
      else {
        if (cur)
          out.push(cur);
        cur = { start: ts, end: te };
      }
      prevLine = line;
    }
    ls = le;
    if (text.charCodeAt(ls) === 13 && text.charCodeAt(ls + 1) === 10 && ls + 1 < end)
      ls += 2;
    else if (ls < end)
      ls += 1;
  }
  if (cur)
    out.push(cur);
  return out;
}
var abbreviationCache = /* @__PURE__ */ new Map();
function addForm(a, form) {
  if (!form.endsWith("."))
    return;
  const key = form.slice(0, -1);
  if (key === key.toLowerCase())
    a.anyCase.add(key);
  else
    a.exact.add(key);
}
function abbreviationsFor(lang) {
  const cacheKey = lang ?? "";
  const cached = abbreviationCache.get(cacheKey);
  if (cached)
    return cached;
  const known = [.../* @__PURE__ */ new Set([...availableLangs("abbreviations"), ...availableLangs("calendar")])].sort();
  const langs = lang ? [lang.toLowerCase()] : known;
  const a = { anyCase: /* @__PURE__ */ new Set(), exact: /* @__PURE__ */ new Set(), endBeforeCapital: /* @__PURE__ */ new Set(), ordinalDot: false, langs };
  for (const l of langs) {
    const pack = loadPack(l, "abbreviations");
    for (const f of pack?.abbreviations ?? [])
      addForm(a, f);
    for (const f of pack?.endBeforeCapital ?? [])
      a.endBeforeCapital.add(f.slice(0, -1).toLowerCase());
    if (lang && pack?.ordinalDot)
      a.ordinalDot = true;
    for (const forms of calendarPack(l)?.months ?? [])
      for (const f of forms)
        addForm(a, f);
    for (const forms of calendarPack(l)?.weekdays ?? [])
      for (const f of forms)
        addForm(a, f);
  }
  abbreviationCache.set(cacheKey, a);
  return a;
}
var MAX_TOKEN = 24;
function dotEndsSentence(text, dot, spanStart, nextWord, abbr) {
  let s = dot;
  while (s > spanStart && dot - s <= MAX_TOKEN && (isWordUnit(text, s - 1) || text.charCodeAt(s - 1) === 46 && s - 1 > spanStart && isWordUnit(text, s - 2)))
    s--;
  if (dot - s > MAX_TOKEN || s === dot)
    return true;
  const token = text.slice(s, dot);
  if (token.length === 1 && !/\d/.test(token))
    return false;
  if (abbr.endBeforeCapital.has(token.toLowerCase()) && new RegExp("^\\p{Lu}\\p{Ll}", "u").test(nextWord))
    return true;
  if (abbr.exact.has(token) || abbr.anyCase.has(token.toLowerCase()))
    return false;
  if (/^\d{1,2}\.\d{1,2}$/.test(token))
    return false;
  if (/^\d{1,3}$/.test(token)) {
    if (abbr.ordinalDot)
      return false;
    if (nextWord && abbr.langs.some((l) => monthIndex(l, nextWord) !== void 0))
      return false;
  }
  return true;
}
var TERMINATOR = /[.!?\u2026]/g;
var TerminatorSearch = class {
  text;
  from = 0;
  found = -2;
  // -2: nothing searched yet; -1: none after `from`
  constructor(text) {
    this.text = text;
  }
  /** Offset of the first terminator at or after `i` (-1: none). */
  next(i) {
    if (this.found !== -2 && i >= this.from && (this.found < 0 || i <= this.found))
      return this.found;
    TERMINATOR.lastIndex = i;
    this.from = i;
    this.found = TERMINATOR.test(this.text) ? TERMINATOR.lastIndex - 1 : -1;
    return this.found;
  }
};
function splitParagraph(text, p, abbr, terminators, out) {
  let sentStart = p.start;
  let i = p.start;
  while (i < p.end) {
    const t = terminators.next(i);
    if (t < 0 || t >= p.end)
      break;
    i = t;
    const c = text.charCodeAt(i);
    let j = i;
    while (j < p.end && isTerminator(text.charCodeAt(j)))
      j++;
    let k = j;
    while (k < p.end && isCloser(text.charCodeAt(k)))
      k++;
    if (k >= p.end)
      break;
    if (!isSpace(text.charCodeAt(k))) {
      i = k > i + 1 ? k : i + 1;
      continue;
    }
    let w = k;
    while (w < p.end && isSpace(text.charCodeAt(w)))
      w++;
    const nc = text.charCodeAt(w);
    const nextChar = String.fromCodePoint(text.codePointAt(w));
    const startsSentence = UPPER.test(nextChar) || nc >= 48 && nc <= 57 || isOpener(nc);
    let split = startsSentence;
    if (split && j - i === 1 && c === 46) {
      let e = w;
      while (e < p.end && e - w < 20 && isWordUnit(text, e))
        e++;
      split = dotEndsSentence(text, i, sentStart, text.slice(w, e), abbr);
    }
    if (split) {
      out.push({ start: sentStart, end: k });
      sentStart = w;
    }
    i = w;
  }
  if (sentStart < p.end)
    out.push({ start: sentStart, end: p.end });
}
function sentences(text, span = { start: 0, end: text.length }, lang) {
  const abbr = abbreviationsFor(lang);
  const out = [];
  const terminators = new TerminatorSearch(text);
  for (const p of paragraphs(text, span.start, span.end))
    splitParagraph(text, p, abbr, terminators, out);
  return out;
}

// dist/engine/severity.js
function severityNumber(level) {
  return level === "error" ? 2 : level === "warn" ? 1 : 0;
}

// dist/engine/lint-document.js
function headMatcherFor(index, lang) {
  return matcherFor(index, () => headEntities(index.locatableEntities(), (id) => index.locatedIn(id).length > 0 || index.datesOf(id).length > 0, [lang, "en"]), lang, "heads");
}
function eventWordMatcherFor(index, lang) {
  const words4 = grammarOf(lang).eventWords;
  if (!words4?.length)
    return void 0;
  return matcherFor(index, () => [{ id: EVENT_WORD, type: "event-word", names: { [lang]: words4 } }], lang, "event-words");
}
var EVENT_WORD = "*event";
var DASHES = /[\u2012-\u2015\u2212]|\s-\s/u;
function propertyMatcherFor(index, lang) {
  return matcherFor(index, () => withMeasureWords(index.properties(), lang).filter((p) => p.kind === "quantity" || p.kind === "change" || p.kind === "share" || p.kind === "date" || p.kind === "place" && p.id !== "located-in").map((p) => ({ id: p.id, type: `property:${p.kind}`, ...p.names ? { names: p.names } : {} })), lang, "properties");
}
var placePropertyCache = /* @__PURE__ */ new WeakMap();
function hasPlaceProperties(index) {
  let v = placePropertyCache.get(index);
  if (v === void 0)
    placePropertyCache.set(index, v = index.properties().some((p) => p.kind === "place" && p.id !== "located-in"));
  return v;
}
function shiftAll(items, by) {
  return items.map((it) => ({ ...it, span: shift(it.span, by) }));
}
function shiftQuantities(items, by) {
  return items.map((q) => {
    const out = { ...q, span: shift(q.span, by) };
    if (q.hedgeSpan)
      out.hedgeSpan = shift(q.hedgeSpan, by);
    if (q.unitSpan)
      out.unitSpan = shift(q.unitSpan, by);
    return out;
  });
}
var DAY2 = 864e5;
var titleLinksOf = perLanguage((lang) => /* @__PURE__ */ new Set([...articleWordsOf(lang), ...joinerWordsOf(lang)]));
var HYPHENED_MEASURE = new RegExp("\\d[-\u2010]\\p{L}", "u");
function pairOf(counts) {
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return ranked.length >= 2 && (ranked.length === 2 || ranked[2][1] < ranked[1][1]) ? [ranked[0][0], ranked[1][0]] : [];
}
function eventNear(index, id, date) {
  if (!date)
    return false;
  const t = Date.parse(date);
  return index.datesOf(id).some((s) => {
    const from = s.from ?? s.date;
    const to = s.to ?? s.date ?? from;
    return typeof from === "string" && typeof to === "string" && t >= Date.parse(from) - 7 * DAY2 && t <= Date.parse(to) + 30 * DAY2;
  });
}
var percentWordsOf = perLanguage((lang) => {
  const pack = numbersPack(lang);
  return (pack?.units ?? []).filter((u) => u.unit === "%").flatMap((u) => (u.after ?? []).map(formText)).filter((w) => new RegExp("\\p{L}{3}", "u").test(w)).map((w) => w.toLowerCase());
});
function mayHoldFigure(text, percentWords) {
  if (/\d/.test(text))
    return true;
  if (percentWords.length === 0)
    return false;
  const lower = text.toLowerCase();
  return percentWords.some((w) => lower.includes(w));
}
function happens(index, id) {
  return index.datesOf(id).some((s) => typeof s.from === "string");
}
function isEvent(index, id) {
  return index.entity(id)?.type === "event" || happens(index, id);
}
function eventYearIn(index, id, sentence) {
  return index.datesOf(id).some((s) => {
    const years = [s.from, s.to, s.date].filter((d) => typeof d === "string").map((d) => d.slice(0, 4));
    return years.some((y) => sentence.includes(y));
  });
}
function lintDocument(doc, index, settings) {
  if (doc.lang === void 0)
    return { diagnostics: [], claims: [], records: [] };
  const lang = doc.lang;
  const on = (rule) => severityNumber(settings.severities[rule]) > 0;
  const matcher = matcherFor(index, () => index.names(), lang);
  const elisions = grammarOf(lang).elisions ?? [];
  const adjectiveAfter = grammarOf(lang).adjectiveAfterOffice === true;
  const splitHeads = officeFirstWords(index, lang);
  const entityOf = (id) => index.entity(id);
  const data = [];
  const named = /* @__PURE__ */ new Set();
  const servedBy = /* @__PURE__ */ new Map();
  for (const span of sentences(doc.text, { start: doc.bodyStart, end: doc.text.length }, doc.lang)) {
    const tokens2 = splitElisions(tokenize(doc.text, span), doc.text, elisions);
    if (tokens2.length === 0)
      continue;
    let mentions = matcher.find(doc.text, tokens2);
    if (adjectiveAfter || adjectiveSplitsOffice(tokens2, mentions, splitHeads))
      mentions = officesAroundAdjectives(matcher, doc.text, tokens2, mentions, adjectiveAfter);
    mentions = withGivenNameVariants(doc.text, tokens2, withInitials(doc.text, tokens2, withoutRepeatedAbbreviations(doc.text, tokens2, mentions), lang, entityOf), lang, entityOf);
    if (mentions.some((m) => (m.entityType === "country" || m.form === "adjective") && insideCurrencyName(doc.text, m.span, lang))) {
      mentions = mentions.filter((m) => !((m.entityType === "country" || m.form === "adjective") && insideCurrencyName(doc.text, m.span, lang)));
    }
    const counted = [];
    for (const m of mentions) {
      named.add(m.entityId);
      if (m.entityType === "country")
        counted.push(m.entityId);
      else if (m.entityType === "person" && doc.date) {
        let served = servedBy.get(m.entityId);
        if (!served)
          servedBy.set(m.entityId, served = [...new Set(index.heldByAt(m.entityId, doc.date).map((st) => postOf(st)?.of).filter((x) => !!x))]);
        counted.push(...served);
      }
    }
    data.push({ span, tokens: tokens2, mentions, counted });
  }
  const article = {
    doc,
    index,
    lang,
    on,
    named,
    frames: [],
    props: void 0
  };
  const metricsOn = on("metric-value") || on("share-value") || on("cross-article");
  const dates = on("date-weekday") || on("event-date") || metricsOn ? pairWeekdayRanges(findDates(doc.text.slice(doc.bodyStart), lang, doc.date), doc.text.slice(doc.bodyStart), lang).map((d) => shiftDate(d, doc.bodyStart)) : [];
  const heads = on("place") || on("event-date") ? headMatcherFor(index, lang) : void 0;
  const props = metricsOn || on("event-date") || on("place") ? propertyMatcherFor(index, lang) : void 0;
  article.props = props;
  const percentWords = percentWordsOf(lang);
  let ownEvent;
  const articleEvent = () => {
    if (ownEvent === void 0) {
      const near2 = [...named].filter((id) => isEvent(index, id) && eventNear(index, id, doc.date)).sort();
      ownEvent = near2.length === 1 ? near2[0] : null;
    }
    return ownEvent ?? void 0;
  };
  const articleWords = articleWordsOf(lang);
  const joinerWords = joinerWordsOf(lang);
  let dateAt = 0;
  let lastCountry;
  let lastPerson;
  let lastEvent;
  let previousText;
  const runCounts = /* @__PURE__ */ new Map();
  const runContext = /* @__PURE__ */ new Set();
  let pairSoFar = [];
  let pairDirty = false;
  let contextSoFar = [];
  for (const sentenceData of data) {
    const { span: sentence, tokens: tokens2, mentions } = sentenceData;
    if (sentenceData.counted.length) {
      for (const c of sentenceData.counted)
        runCounts.set(c, (runCounts.get(c) ?? 0) + 1);
      pairDirty = true;
    }
    let grew = false;
    for (const m of mentions)
      if (!runContext.has(m.entityId) && CONTEXT_TYPES.has(index.entity(m.entityId)?.type ?? "")) {
        runContext.add(m.entityId);
        grew = true;
      }
    if (grew)
      contextSoFar = [...runContext].sort();
    const text = doc.text.slice(sentence.start, sentence.end);
    while (dateAt < dates.length && dates[dateAt].span.start < sentence.start)
      dateAt++;
    let dateEnd = dateAt;
    while (dateEnd < dates.length && dates[dateEnd].span.end <= sentence.end)
      dateEnd++;
    const inSentence = dates.slice(dateAt, dateEnd);
    const sentenceDates = inSentence.filter((d) => d.yearExplicit);
    const figures = mayHoldFigure(text, percentWords);
    if (pairDirty && figures) {
      pairSoFar = pairOf(runCounts);
      pairDirty = false;
    }
    const isThisEvent = (id) => !happens(index, id) || eventNear(index, id, doc.date) || eventYearIn(index, id, text);
    const annotation = new SentenceAnnotation(doc.text, tokens2, lang);
    const digits = figures || /\d/.test(text);
    let periods;
    let quantities;
    const local = () => inSentence.map((d) => shiftDate(d, -sentence.start));
    const periodsOnce = () => periods ??= digits ? shiftAll(findPeriods(text, lang, doc.date, local()), sentence.start) : [];
    let wordPeriods;
    const periodsInWords = () => wordPeriods ??= digits ? periodsOnce() : shiftAll(findPeriods(text, lang, doc.date, local()), sentence.start);
    const findFigures = () => {
      const qs = quantities ??= figures && metricsOn ? shiftQuantities(findQuantities(text, lang, local()), sentence.start) : [];
      const ps = periodsOnce();
      const measure = (q) => q.unit !== void 0 && q.number.isYearLike && !TIME_UNITS.has(q.unit);
      return { periods: qs.some(measure) ? ps.filter((p) => !qs.some((q) => measure(q) && p.span.start >= q.span.start && p.span.end <= q.span.end)) : ps, quantities: qs };
    };
    annotation.protect(inSentence.map((d) => d.dateSpan));
    const dashed = mentions.filter((m) => m.tokenEnd - m.tokenStart > 1 && DASHES.test(doc.text.slice(m.span.start, m.span.end)));
    if (dashed.length)
      annotation.protect(dashed.map((m) => m.span));
    if (digits)
      annotation.protectLazily(() => [...(periods ?? []).map((p) => p.span), ...(quantities ?? []).map((q) => q.span)]);
    const scope = {
      span: sentence,
      tokens: tokens2,
      mentions,
      text,
      dates: sentenceDates,
      allDates: inSentence,
      figures,
      isThisEvent,
      lastCountry,
      lastPerson,
      lastPair: pairSoFar,
      context: contextSoFar,
      counted: sentenceData.counted,
      lastEvent,
      annotation,
      figuresFound: findFigures,
      periodsFound: periodsOnce,
      periodsInWords,
      eventWords: () => {
        const ev = articleEvent();
        const words4 = ev ? eventWordMatcherFor(index, lang) : void 0;
        if (!ev || !words4)
          return [];
        const type = `head:${index.entity(ev)?.type ?? "event"}`;
        return outsideNames(words4.find(doc.text, tokens2), mentions).map((m) => ({ ...m, entityId: ev, entityType: type, alternatives: [] }));
      },
      properties: withHyphenedMeasures(props && (figures || /\d{4}/.test(text) || inSentence.length > 0) ? sentenceProperties(article, props, tokens2, mentions, annotation) : [], figures && HYPHENED_MEASURE.test(text) ? findFigures().quantities : [], tokens2, () => unitPropertiesOf(index), doc.text),
      heads: heads ? headsOfSentence(index, outsideNames(heads.find(doc.text, tokens2), mentions), annotation, named, (id, h) => (named.has(id) || eventNear(index, id, doc.date)) && isThisEvent(id) && yearOfInstance(index, id, tokens2, h, articleWords, joinerWords) && !namedOtherwise(index, id, tokens2, h, lang, mentions)) : []
    };
    if (on("office-holder") && mentions.some((m) => m.entityType === "person"))
      officeFrames(article, scope);
    const pronounFigure = metricsOn && figures && !scope.properties.length && (annotation.cueIn("thingPronoun", 0, tokens2.length) || opensWithChange(annotation, tokens2, articleWords));
    if (pronounFigure && article.previous && props && previousText) {
      article.previous.properties = propertyWords2(props, doc.text, previousText.tokens, article.previous.mentions, articleWords);
    }
    if (metricsOn && figures && (scope.properties.length || pronounFigure && article.previous?.properties.length))
      figureFrames(article, scope);
    article.previous = { properties: scope.properties, mentions };
    previousText = { tokens: tokens2 };
    if (on("event-date") && (/\d{4}/.test(text) && scope.properties.length || /\d/.test(text) || inSentence.length > 0))
      eventDateFrames(article, scope);
    if (on("place") && (scope.heads.length || mentions.some((m) => CONTAINER_TYPES.has(m.entityType))))
      placeFrames(article, scope);
    for (const m of mentions) {
      if (m.entityType === "country" && m.form === "name")
        lastCountry = m.entityId;
      if (m.entityType === "person")
        lastPerson = m.entityId;
      else if (!CONTEXT_TYPES.has(m.entityType) && index.datesOf(m.entityId).length > 0)
        lastEvent = m.entityId;
    }
  }
  if (on("date-weekday")) {
    const relative = findRelativeWeekdays(doc.text, lang, doc.date, dates.map((d) => d.span), doc.bodyStart);
    for (const d of relative.length ? [...dates, ...relative].sort((x, y) => x.span.start - y.span.start) : dates) {
      if (d.weekday === void 0)
        continue;
      const weekdayFrame = {
        kind: "weekday",
        claim: d,
        span: d.span,
        sentence: d.span,
        slots: {
          weekday: { value: WEEKDAY_NAMES[d.weekday - 1] ?? String(d.weekday), ...d.weekdaySpan ? { span: d.weekdaySpan } : {}, bound: "text" },
          date: { value: d.resolved ?? `${d.month}-${d.day}`, span: d.dateSpan, bound: d.yearExplicit ? "text" : "article-date" }
        }
      };
      article.frames.push(weekdayFrame);
    }
  }
  return judge(doc, article, settings);
}
var officeFirstWordCache = /* @__PURE__ */ new WeakMap();
function officeFirstWords(index, lang) {
  let byLang = officeFirstWordCache.get(index);
  if (!byLang)
    officeFirstWordCache.set(index, byLang = /* @__PURE__ */ new Map());
  let set = byLang.get(lang);
  if (!set) {
    const out = /* @__PURE__ */ new Set();
    for (const e of index.entitiesOfType("office")) {
      for (const n of e.names?.[lang] ?? []) {
        const words4 = n.split(/[\s\u00a0]+/u).filter(Boolean);
        if (words4.length >= 2)
          out.add(foldWord(words4[0]));
      }
    }
    byLang.set(lang, set = out);
  }
  return set;
}
function adjectiveSplitsOffice(tokens2, mentions, firstWords) {
  for (const m of mentions) {
    if (m.form !== "adjective" || m.entityType !== "country")
      continue;
    for (let i = Math.max(0, m.tokenStart - 3); i < m.tokenStart; i++)
      if (firstWords.has(tokens2[i].key))
        return true;
  }
  return false;
}
function opensWithChange(annotation, tokens2, articles) {
  let first = 0;
  while (first < tokens2.length && articles.has(tokens2[first].key))
    first++;
  return first < tokens2.length && (annotation.cue("rise", first) === 1 || annotation.cue("decline", first) === 1);
}
function judge(doc, article, settings) {
  const ctx = { index: article.index, text: doc.text, lang: article.lang, date: doc.date };
  const findings = [];
  const records = [];
  const claims = [];
  for (const frame of article.frames) {
    for (const rule of frameRules) {
      if (rule.meta.frame !== frame.kind || !article.on(rule.meta.id))
        continue;
      const r = rule;
      if (r.applies && !r.applies(frame))
        continue;
      const outcome = frame.abstain ? { verdict: "unverifiable", reason: frame.abstain } : r.check(frame, ctx);
      if (outcome.finding)
        findings.push(outcome.finding);
      if (outcome.record) {
        const pos = rangeOf(doc, frame.span);
        records.push({ ...outcome.record, filePath: doc.path, line: pos.line, column: pos.column, endLine: pos.endLine, endColumn: pos.endColumn });
      }
      claims.push({ c: claimReport(doc, frame, rule.meta.id, outcome), at: frame.span.start });
    }
  }
  claims.sort((a, b) => a.at - b.at || a.c.endLine - b.c.endLine || a.c.endColumn - b.c.endColumn || a.c.ruleId.localeCompare(b.c.ruleId));
  return { diagnostics: toDiagnostics(doc, findings, settings), claims: claims.map((x) => x.c), records };
}
function claimReport(doc, frame, ruleId, outcome) {
  const slots = {};
  for (const [name, slot] of Object.entries(frame.slots)) {
    slots[name] = slot.span ? { value: slot.value, text: doc.text.slice(slot.span.start, slot.span.end), bound: slot.bound } : { value: slot.value, bound: slot.bound };
  }
  const r = rangeOf(doc, frame.span);
  return {
    kind: frame.kind,
    ruleId,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
    text: doc.text.slice(frame.span.start, frame.span.end),
    slots,
    verdict: outcome.verdict,
    reason: outcome.reason
  };
}
function otherInstanceHeadsDropped(found, ann) {
  if (found.length === 0)
    return found;
  return found.filter((h) => !anotherInstance(h, ann));
}
function anotherInstance(m, ann) {
  for (let i = Math.max(0, m.tokenStart - 5); i < m.tokenStart; i++) {
    const n = ann.cue("otherInstance", i);
    if (!n || i + n > m.tokenStart || m.tokenStart - (i + n) > 2)
      continue;
    let plain = true;
    for (let j = i + n; j < m.tokenStart && plain; j++)
      plain = new RegExp("^\\p{Ll}", "u").test(ann.tokens[j].text) && /^[\s\u00a0]+$/u.test(ann.text.slice(ann.tokens[j - 1].end, ann.tokens[j].start));
    if (plain && /^[\s\u00a0]+$/u.test(ann.text.slice(ann.tokens[m.tokenStart - 1].end, ann.tokens[m.tokenStart].start)))
      return true;
  }
  return ann.cue("otherInstance", m.tokenEnd) !== 0;
}
var functionWordsOf = perLanguage((lang) => /* @__PURE__ */ new Set([
  ...articleWordsOf(lang),
  ...prepositionWordsOf(lang),
  ...(grammarOf(lang).placeIn ?? []).filter((w) => !/\s/u.test(w)).map(foldWord)
]));
function nameWordsOf(index, id, lang) {
  const names = index.entity(id)?.names;
  return new Set([...names?.[lang] ?? [], ...lang === "en" ? [] : names?.en ?? []].flatMap((n) => foldWord(n).split(/[^\p{L}\p{M}\p{N}]+/u)).filter((w) => w.length > 0));
}
function ordinalNamed(m, ann) {
  const words4 = ordinalsOf(ann.lang);
  if (m.entityType === "head:event")
    return ordinalBefore(ann, m.tokenStart, words4) >= 0;
  if (m.entityType !== "event")
    return false;
  for (let i = m.tokenStart; i < m.tokenEnd; i++)
    if (words4.has(ann.tokens[i].key) || NUMERIC_ORDINAL.test(ann.tokens[i].text))
      return true;
  return false;
}
var ordinalsOf = perLanguage((lang) => new Set((grammarOf(lang).ordinals ?? []).map(foldWord)));
function ordinalBefore(ann, at, ordinals) {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const t = ann.tokens[i];
    if (ordinals.has(t.key))
      return i;
    if (!new RegExp("^\\p{Ll}", "u").test(t.text))
      return -1;
  }
  return -1;
}
var NUMERIC_ORDINAL = /^\d{1,3}(?:st|nd|rd|th|e|er|ème|eme|º|ª)$/iu;
function outsideNames(found, mentions) {
  if (found.length === 0 || mentions.length === 0)
    return found;
  return found.filter((h) => !near(mentions, h.span).some((m) => m.entityId !== h.entityId && m.tokenStart <= h.tokenStart && m.tokenEnd >= h.tokenEnd && m.tokenEnd - m.tokenStart > h.tokenEnd - h.tokenStart));
}
function thisInstance(s) {
  return s.mentions.some((m) => m.entityType === "event") ? s.mentions.filter((m) => m.entityType !== "event" || !anotherInstance(m, s.annotation)) : s.mentions;
}
function yearOfInstance(index, id, tokens2, h, articles, joiners) {
  const isYear = (t) => t !== void 0 && /^(1[89]|20)\d\d$/u.test(t.text);
  let year;
  if (isYear(tokens2[h.tokenStart - 1]))
    year = tokens2[h.tokenStart - 1].text;
  else {
    let j = h.tokenEnd;
    if (tokens2[j] && joiners.has(tokens2[j].key))
      j++;
    if (tokens2[j] && articles.has(tokens2[j].key))
      j++;
    if (isYear(tokens2[j]) && !/^\d/u.test(tokens2[j - 1]?.text ?? ""))
      year = tokens2[j].text;
  }
  if (!year)
    return true;
  return index.datesOf(id).some((s) => [s.from, s.to, s.date].some((d) => typeof d === "string" && d.startsWith(year)));
}
function namedOtherwise(index, id, tokens2, h, lang, mentions) {
  const i = h.tokenStart - 1;
  if (i < 1 || !new RegExp("^\\p{Lu}", "u").test(tokens2[i].text))
    return false;
  if (near(mentions, tokens2[i]).some((m) => m.tokenStart <= i && m.tokenEnd > i && PLACE_TYPES.has(m.entityType)))
    return false;
  const key = tokens2[i].key;
  return ![...nameWordsOf(index, id, lang)].some((w) => key.startsWith(w.slice(0, Math.max(3, w.length - 2))) || w.startsWith(key));
}
function yearsApart(index, id, ann, h) {
  const byClause = yearsByClause(ann);
  if (byClause.size === 0)
    return false;
  const written = byClause.get(ann.clauses().ids[h.tokenStart]);
  if (!written)
    return false;
  const years = index.datesOf(id).flatMap((s) => [s.from, s.to, s.date]).filter((d) => typeof d === "string").map((d) => Number(d.slice(0, 4)));
  return years.length > 0 && written.some((y) => years.every((e) => Math.abs(e - y) >= 2));
}
function relativeApart(index, id, s, h) {
  const clause = s.annotation.clauses().ids;
  const relative = near(relativePeriodsOf(s), h.span).filter((p) => clause[tokenIndexAt(s.tokens, p.span.start)] === clause[h.tokenStart]);
  if (relative.length === 0)
    return false;
  const spans = index.datesOf(id).map((st) => [st.from ?? st.date, st.to ?? st.from ?? st.date]).filter((x) => typeof x[0] === "string" && typeof x[1] === "string");
  if (spans.length === 0)
    return false;
  return relative.every((p) => {
    const r = periodRange(p.period);
    return spans.every(([from, to]) => r.end < addDays(from, -31) || r.start > addDays(to, 31));
  });
}
function relativePeriodsOf(s) {
  let list2 = relativePeriods.get(s);
  if (!list2)
    relativePeriods.set(s, list2 = s.periodsInWords().filter((p) => p.relative && isValidPeriod(p.period)));
  return list2;
}
var relativePeriods = /* @__PURE__ */ new WeakMap();
function yearsByClause(ann) {
  let m = yearsOfClauses.get(ann);
  if (m)
    return m;
  m = /* @__PURE__ */ new Map();
  let ids;
  for (let t = 0; t < ann.tokens.length; t++) {
    if (!/^(1[89]|20)\d\d$/u.test(ann.tokens[t].text))
      continue;
    ids ??= ann.clauses().ids;
    const c = ids[t];
    const y = Number(ann.tokens[t].text);
    const list2 = m.get(c) ?? m.set(c, []).get(c);
    if (!list2.includes(y))
      list2.push(y);
  }
  yearsOfClauses.set(ann, m);
  return m;
}
var yearsOfClauses = /* @__PURE__ */ new WeakMap();
function headsOfSentence(index, found, ann, named, meant) {
  if (found.length === 0)
    return found;
  const ordinals = ordinalsOf(ann.lang);
  const byOrdinal = [];
  const rest = [];
  for (const h of found) {
    const o = ordinalBefore(ann, h.tokenStart, ordinals);
    if (o >= 0) {
      const key = ann.tokens[o].key;
      const wordsOf = (id) => nameWordsOf(index, id, ann.lang);
      let ids = [h.entityId, ...h.alternatives].filter((id) => wordsOf(id).has(key));
      const own = [h.entityId, ...h.alternatives].filter((id) => meant(id, h));
      if (own.length && own.every((id) => ![...wordsOf(id)].some((w) => ordinals.has(w))))
        ids = [];
      if (ids.length > 1) {
        const seen = [...new Set([...named].filter((id) => index.entity(id)?.type === "event").concat(own))].map(wordsOf);
        const overlap = (id) => Math.max(0, ...seen.map((w) => [...wordsOf(id)].filter((x) => x !== key && w.has(x)).length));
        const scores = ids.map(overlap);
        const best = Math.max(...scores);
        ids = best > 1 && scores.filter((x) => x === best).length === 1 ? [ids[scores.indexOf(best)]] : [];
      }
      if (ids.length === 1) {
        byOrdinal.push({ ...h, entityId: ids[0], alternatives: [] });
        continue;
      }
    }
    rest.push(h);
  }
  const others = resolveHeads(otherInstanceHeadsDropped(rest, ann), meant);
  return byOrdinal.length ? [...byOrdinal, ...others] : others;
}
function resolveHeads(found, meant) {
  const out = [];
  for (const h of found) {
    const ids = [h.entityId, ...h.alternatives].filter((id) => meant(id, h));
    if (ids.length === 1)
      out.push(ids[0] === h.entityId ? h : { ...h, entityId: ids[0], alternatives: [] });
  }
  return out;
}
function propertyWords2(props, text, tokens2, mentions, articles) {
  const inserted = /* @__PURE__ */ new Set();
  for (const m of mentions) {
    if (!CONTEXT_TYPES.has(m.entityType))
      continue;
    for (let t = m.tokenStart; t < m.tokenEnd; t++)
      inserted.add(t);
    if (m.tokenStart > 0 && articles.has(tokens2[m.tokenStart - 1].key))
      inserted.add(m.tokenStart - 1);
  }
  return props.find(text, tokens2, inserted.size ? (t) => inserted.has(t) : void 0);
}
function sentenceProperties(a, props, tokens2, mentions, annotation) {
  const found = propertyWords2(props, a.doc.text, tokens2, mentions, articleWordsOf(a.lang));
  const split = matcherFor(a.index, () => splitPropertyEntities(a.index.properties(), a.lang), a.lang, "split-properties");
  if (split.size === 0)
    return found;
  const parts = split.find(a.doc.text, tokens2);
  if (parts.length < 2)
    return found;
  const starts = new Set(mentions.map((m) => m.tokenStart));
  const joined = joinSplitProperties(parts, tokens2, annotation.clauses().ids, found, andWordsOf(a.lang), (i) => starts.has(i)).map((m) => ({ ...m, entityType: `property:${a.index.property(m.entityId)?.kind ?? ""}` }));
  return joined.length ? [...found, ...joined].sort((x, y) => x.span.start - y.span.start) : found;
}
var servedTables = /* @__PURE__ */ new WeakMap();
function servedTableFor(index, lang) {
  let byLang = servedTables.get(index);
  if (!byLang)
    servedTables.set(index, byLang = /* @__PURE__ */ new Map());
  let t = byLang.get(lang);
  if (!t)
    byLang.set(lang, t = servedTable(index.entitiesOfType("office"), matcherFor(index, () => index.names(), lang), lang));
  return t;
}
function officeFrames(a, s) {
  const instMatcher = matcherFor(a.index, () => institutionEntities(a.lang), a.lang, "institutions");
  const institutions = instMatcher.size ? instMatcher.find(a.doc.text, s.tokens) : [];
  const offices = s.mentions.filter((m) => m.entityType === "office");
  const extra = institutionOffices(s.tokens, s.mentions, institutions, a.lang).filter((x) => !near(offices, x.span).some((m) => m.span.start < x.span.end && x.span.start < m.span.end));
  const anaphors = s.annotation.cueIn("countryAnaphor", 0, s.tokens.length) ? countryAnaphorMentions(a.doc.text, s.tokens, s.mentions, s.annotation) : [];
  const added = [...extra, ...anaphors];
  const all = added.length ? [...s.mentions, ...added].sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end) : s.mentions;
  const served = servedTableFor(a.index, a.lang);
  const mentions = served.size ? withServedOffices(a.doc.text, s.tokens, all, a.lang, matcherFor(a.index, () => a.index.names(), a.lang), served) : all;
  const ctx = { text: a.doc.text, sentence: s.span, tokens: s.tokens, mentions, lang: a.lang, date: a.doc.date };
  const years = yearsIn(a.doc.text, s.span);
  const people = years.length ? mentions.filter((m) => m.entityType === "person") : [];
  const yearSpans = years.length ? yearMentionsIn(a.doc.text, s.span).map((y) => ({ y, span: { start: y.start, end: y.start + 4 } })) : [];
  const counterparts = extractCounterpartClaims({
    text: ctx.text,
    sentence: ctx.sentence,
    tokens: ctx.tokens,
    mentions: ctx.mentions,
    lang: ctx.lang,
    date: ctx.date,
    lastPerson: s.lastPerson,
    annotation: s.annotation,
    postOf: (person, date) => {
      const posts = a.index.heldByAt(person, date).map(postOf).filter((o) => o !== void 0);
      const offices2 = new Set(posts.map((o) => o.office));
      return offices2.size === 1 ? posts[0] : void 0;
    }
  });
  for (const claim0 of [...extractOfficeClaims(ctx), ...counterparts]) {
    const since = sinceYear(s, claim0, articleWordsOf(a.lang));
    const handover = claim0.tense === "current" && !claim0.currentWord && succession(s, claim0.span);
    let claim2 = { ...claim0, ...since === void 0 ? {} : { since }, ...handover ? { tense: "future" } : {} };
    const start = officeStart(claim2, s.annotation, a.doc.text, s.span, near(s.allDates, claim2.span));
    if (start)
      claim2 = { ...claim2, tense: "then", ...start.written ? { started: start.written } : {} };
    const others = years.length ? near(people, claim2.span).filter((m) => m.entityId !== claim2.person).map((m) => m.span) : [];
    const own = others.length ? yearsOutsideAsides(a.doc.text, s.span, claim2.span, near(yearSpans, claim2.span).map((y) => y.y), others) : years;
    let time = start ? { windows: [start.window], loose: false } : officeTime(claim2, claim2.tense === "future" ? [] : own, near(s.allDates, claim2.span));
    if (!start && claim2.tense === "current" && a.doc.date && years.length === 0) {
      const month = a.doc.date.slice(0, 7);
      const ps = s.periodsFound().length ? s.periodsFound() : monthPeriods(s, a.doc.text, a.lang, a.doc.date);
      const months = ps.filter((p) => p.relative && /^\d{4}-\d{2}$/u.test(p.period) && p.period <= month && p.period !== month);
      if (months.length)
        time = { ...time, windows: [...time.windows, ...months.map((p) => periodRange(p.period))] };
    }
    if (!start && claim2.thenAt && years.length) {
      const months = s.periodsFound().filter((p) => !p.relative && isValidPeriod(p.period) && p.period.length > 4);
      if (months.length && months.length === s.periodsFound().length)
        time = { windows: [...months.map((p) => periodRange(p.period)), ...time.windows.filter((w) => w.start === w.end)], loose: false };
    }
    a.frames.push({ kind: "office", claim: claim2, time, span: claim2.span, sentence: s.span, slots: officeSlots(claim2, time), ...claim2.abstain ? { abstain: claim2.abstain } : {} });
  }
}
function monthPeriods(s, text, lang, date) {
  let found = monthPeriodsOf.get(s.annotation);
  if (!found) {
    const hasMonth = s.tokens.some((t) => monthIndex(lang, t.text) !== void 0);
    found = hasMonth ? shiftAll(findPeriods(text.slice(s.span.start, s.span.end), lang, date, []), s.span.start) : [];
    monthPeriodsOf.set(s.annotation, found);
  }
  return found;
}
var monthPeriodsOf = /* @__PURE__ */ new WeakMap();
function loneWeekdays(s, lang) {
  const keys = weekdayKeysOf(lang);
  const out = [];
  for (const t of s.tokens) {
    if (!keys.has(t.key) || s.allDates.some((d) => d.span.start <= t.start && d.span.end >= t.end))
      continue;
    out.push({ start: t.start, end: t.end });
  }
  return out;
}
function succession(s, span) {
  return s.annotation.clausesWith("succession").has(s.annotation.clauseAt(span.start));
}
function sinceYear(s, claim2, articles) {
  const ann = s.annotation;
  const yearAt = (i) => {
    const n = ann.cue("tenureSince", i);
    const y = n ? s.tokens[i + n] : void 0;
    if (!y)
      return void 0;
    if (/^(1[89]|20)\d\d$/u.test(y.text))
      return Number(y.text);
    const at = articles.has(y.key) ? s.tokens[i + n + 1] ?? y : y;
    return s.allDates.find((d) => d.dateSpan.start === at.start && d.yearExplicit)?.year;
  };
  const officeEnd = Math.max(claim2.officeSpan.end, claim2.ofSpan?.end ?? 0);
  const after = ann.tokenAt(officeEnd);
  if (claim2.personSpan.start > officeEnd && ann.tokenAt(claim2.personSpan.start) === after)
    return void 0;
  const direct = yearAt(after);
  if (direct !== void 0)
    return direct;
  if (claim2.via === "predicate" && claim2.personSpan.end <= claim2.officeSpan.start) {
    for (let i = ann.tokenAt(claim2.personSpan.end); i < ann.tokenAt(claim2.officeSpan.start); i++) {
      const y = yearAt(i);
      if (y !== void 0 && !s.text.slice(s.tokens[i].start - s.span.start, claim2.officeSpan.start - s.span.start).includes(","))
        return y;
    }
  }
  return void 0;
}
function officeSlots(claim2, time) {
  const slots = {
    person: { value: claim2.person, span: claim2.personSpan, bound: "text" },
    office: { value: claim2.office, span: claim2.officeSpan, bound: "text" }
  };
  if (claim2.of)
    slots.of = { value: claim2.of, ...claim2.ofSpan ? { span: claim2.ofSpan } : {}, bound: "text" };
  if (claim2.ofHolder)
    slots.ofHolder = { value: `${claim2.ofHolder.office}: ${claim2.ofHolder.person}`, span: claim2.ofHolder.span, bound: "text" };
  const w = [...new Set(time.windows.map((x) => x.start === x.end ? x.start : `${x.start}..${x.end}`))].join(", ");
  slots.time = { value: `${claim2.tense}: ${w}`, bound: claim2.tense === "current" ? "article-date" : "tense" };
  if (claim2.since !== void 0)
    slots.since = { value: String(claim2.since), bound: "text" };
  return slots;
}
function figureFrames(a, s) {
  const { doc, index, lang } = a;
  const { quantities, periods } = s.figuresFound();
  const mentions = doc.date && s.mentions.some((m) => m.entityType === "office") ? withTitleHolders({
    tokens: s.tokens,
    mentions: s.mentions,
    linkWords: titleLinksOf(lang),
    holders: (office, of) => index.holdersAt(office, of, doc.date).map((st) => asList(st.subject)[0]).filter(Boolean),
    namedHolders: (office) => [...a.named].filter((p) => index.heldByAt(p, doc.date).some((st) => postOf(st)?.office === office))
  }) : s.mentions;
  const claims = extractMetricClaims({
    text: doc.text,
    sentence: s.span,
    tokens: s.tokens,
    mentions,
    properties: s.properties,
    quantities,
    periods,
    context: s.context,
    lastCountry: s.lastCountry || void 0,
    lastPerson: s.lastPerson || void 0,
    carriedPeriod: a.referencePeriod || void 0,
    previous: a.previous || void 0,
    // "…mit 84,4 Prozent der Stimmen wiedergewählt (Oktober 2020). Die Wahlbeteiligung lag bei 70,7
    // Prozent": the share of the sentence right before gives its period.
    sharePeriod: a.lastShare && /^[\s.!?…"»”')]*$/u.test(doc.text.slice(a.lastShare.end, s.span.start)) ? a.lastShare.period : void 0,
    lastPair: s.lastPair.length === 2 ? s.lastPair : void 0,
    subjectTypes: (id) => subjectTypesOf(index, id),
    heads: [...s.heads, ...s.eventWords()],
    namedInArticle: a.named,
    annotation: s.annotation,
    lang,
    date: doc.date,
    property: (id) => index.property(id),
    changeOf: (q) => index.properties().find((p) => p.kind === "change" && p.of === q)
  });
  const before = a.namedBefore?.sentence === s.span.start ? void 0 : a.namedBefore;
  const here = /* @__PURE__ */ new Map();
  for (const claim2 of claims) {
    if (claim2.propertyKind === "share" && claim2.periodExplicit && !claim2.periodCarried && !claim2.comparisonBase && claim2.period && claim2.periodSpan)
      a.lastShare = { period: { span: claim2.periodSpan, period: claim2.period, relative: false }, end: s.span.end };
    if (claim2.propertyKind !== "quantity" || !isCurrency(claim2.unit))
      continue;
    if (claim2.named.length >= 2)
      here.set(claim2.property, claim2.named);
    const prev = before?.byProperty.get(claim2.property);
    if (claim2.named.length === 0 && !claim2.abstain && prev && !(prev.length === 2 && s.lastPair.length === 2 && prev.every((e) => s.lastPair.includes(e)))) {
      claim2.abstain = "the figure names no one, and the sentence before gave this figure for others than the article's pair";
    }
  }
  a.namedBefore = { sentence: s.span.start, byProperty: here };
  for (const claim2 of claims) {
    if (s.lastEvent)
      claim2.lastEvent = s.lastEvent;
    if (!a.referencePeriod && claim2.periodExplicit && !claim2.periodCarried && !claim2.comparisonBase && claim2.period && claim2.periodSpan)
      a.referencePeriod = { span: claim2.periodSpan, period: claim2.period, relative: false };
    const slots = {
      property: { value: claim2.property, span: claim2.propertySpan, bound: "text" },
      value: { value: `${claim2.value}${claim2.unit ? ` ${claim2.unit}` : ""}`, span: claim2.span, bound: "text" },
      period: { value: claim2.period ?? "?", ...claim2.periodSpan ? { span: claim2.periodSpan } : {}, bound: claim2.periodCarried ? "context" : claim2.periodExplicit ? "text" : "article-date" },
      subjects: { value: claim2.named.join(",") || claim2.context.join(","), bound: claim2.named.length ? "text" : "context" }
    };
    a.frames.push({ kind: "metric", claim: claim2, span: claim2.span, sentence: s.span, slots, ...claim2.abstain ? { abstain: claim2.abstain } : {} });
  }
}
function eventDateFrames(a, s) {
  const { index } = a;
  const refuted = s.annotation.cueIn("refutation", 0, s.tokens.length);
  const all = refuted ? [] : s.properties.filter((m) => index.property(m.entityId)?.kind === "date");
  const fn = functionWordsOf(a.lang);
  const weakWord = (m) => m.tokenEnd - m.tokenStart === 1 && fn.has(s.tokens[m.tokenStart].key);
  const properties = all.filter((m) => !weakWord(m));
  const weak = all.length > properties.length ? all.filter(weakWord) : [];
  const dates = s.allDates.length === s.dates.length ? s.dates : s.allDates.filter((d) => d.yearExplicit || nearArticleDate(d.resolved, a.doc.date));
  const base = {
    text: a.doc.text,
    tokens: s.tokens,
    lang: a.lang,
    // A day without its year counts near the article's date («el 15 de enero» in a January article).
    dates,
    periods: s.periodsFound(),
    weekdays: loneWeekdays(s, a.lang),
    hasDate: (subject, property) => index.datesOf(subject, property).length > 0,
    hasAnyDate: (subject) => index.datesOf(subject).length > 0,
    annotation: s.annotation
  };
  const heads = s.heads.filter((h) => !placedElsewhere(index, h, s));
  const claims = properties.length ? extractEventDateClaims({
    ...base,
    subjects: [...thisInstance(s), ...heads].filter((m) => s.isThisEvent(m.entityId) || ordinalNamed(m, s.annotation)),
    properties
  }) : [];
  if (weak.length) {
    const starts = [...dates.map((d) => d.dateSpan.start), ...base.periods.map((p) => p.span.start)];
    const adjacent2 = weak.filter((m) => starts.some((x) => x > m.span.end && x - m.span.end <= 2 && /^[\s\u00a0]*$/u.test(a.doc.text.slice(m.span.end, x))));
    const named = thisInstance(s).filter((m) => s.isThisEvent(m.entityId) || ordinalNamed(m, s.annotation));
    if (adjacent2.length && named.length) {
      const taken = new Set(claims.map((c) => c.whenSpan.start));
      for (const c of extractEventDateClaims({ ...base, subjects: named, properties: adjacent2, sameClauseOnly: true }))
        if (!taken.has(c.whenSpan.start))
          claims.push(c);
    }
  }
  if (!refuted && dates.length) {
    const taken = new Set(claims.map((c) => c.whenSpan.start));
    const small = prepositionWordsOf(a.lang);
    const articles = articleWordsOf(a.lang);
    for (const m of [...thisInstance(s), ...heads]) {
      if (!(s.isThisEvent(m.entityId) || ordinalNamed(m, s.annotation)) || !isEvent(index, m.entityId))
        continue;
      const props = [...new Set(index.datesOf(m.entityId).map((st) => st.property))];
      if (props.length !== 1)
        continue;
      const d = near(dates, m.span).find((x) => x.resolved && x.dateSpan.start >= m.span.end && x.dateSpan.start - m.span.end <= 16 && !taken.has(x.dateSpan.start) && dayRightAfter(a.doc.text, s.tokens, m, x.dateSpan.start, small, articles));
      if (!d)
        continue;
      taken.add(d.dateSpan.start);
      claims.push({
        subject: m.entityId,
        property: props[0],
        when: d.resolved,
        ...d.yearExplicit ? {} : { yearless: true },
        span: { start: m.span.start, end: d.dateSpan.end },
        subjectSpan: m.span,
        propertySpan: m.span,
        whenSpan: d.dateSpan
      });
    }
  }
  const dated = [...s.mentions, ...s.heads].filter((m) => s.isThisEvent(m.entityId) && index.datesOf(m.entityId).length > 0);
  for (const an of dated.length ? extractAnniversaryClaims({ text: a.doc.text, sentence: s.span, tokens: s.tokens, subjects: dated, adjectives: s.mentions.filter((m) => m.form === "adjective"), lang: a.lang, date: a.doc.date }) : []) {
    const claim2 = { subject: an.subject, property: void 0, slackYears: 1, when: String(an.year - an.count), span: an.span, subjectSpan: an.subjectSpan, propertySpan: an.span, whenSpan: an.span };
    a.frames.push({
      kind: "event-date",
      claim: claim2,
      span: claim2.span,
      sentence: s.span,
      slots: {
        subject: { value: an.subject, span: an.subjectSpan, bound: "text" },
        property: { value: "anniversary", span: an.span, bound: "text" },
        date: { value: claim2.when, bound: an.yearWritten ? "text" : "article-date" }
      }
    });
  }
  for (const claim2 of claims) {
    a.frames.push({
      kind: "event-date",
      claim: claim2,
      span: claim2.span,
      sentence: s.span,
      slots: {
        subject: { value: claim2.subject, span: claim2.subjectSpan, bound: "text" },
        property: { value: claim2.property ?? "date", span: claim2.propertySpan, bound: "text" },
        date: { value: claim2.when, span: claim2.whenSpan, bound: "text" }
      }
    });
  }
}
function countriesOf(index, id) {
  let byId = countryCache.get(index);
  if (!byId)
    countryCache.set(index, byId = /* @__PURE__ */ new Map());
  let list2 = byId.get(id);
  if (!list2) {
    const own = index.entity(id)?.type === "country" ? [id] : [];
    byId.set(id, list2 = [...own, ...index.placesAround(id).filter((p) => index.entity(p)?.type === "country")]);
  }
  return list2;
}
var countryCache = /* @__PURE__ */ new WeakMap();
function placedElsewhere(index, h, s) {
  const where = countriesOf(index, h.entityId);
  if (where.length === 0)
    return false;
  const clause = s.annotation.clauses().ids;
  return near(s.mentions, h.span).some((m) => {
    if (!CONTAINER_TYPES.has(m.entityType) || m.entityType === "country" || clause[m.tokenStart] !== clause[h.tokenStart])
      return false;
    const there = countriesOf(index, m.entityId);
    return there.length > 0 && !there.some((c) => where.includes(c));
  });
}
function dayRightAfter(text, tokens2, m, at, prepositions, articles) {
  let from = m.span.end;
  let words4 = 0;
  for (let i = m.tokenEnd; i < tokens2.length && tokens2[i].start < at; i++) {
    if (++words4 > 2 || !(prepositions.has(tokens2[i].key) || articles.has(tokens2[i].key)))
      return false;
    if (!/^[\s\u00a0]*$/u.test(text.slice(from, tokens2[i].start)))
      return false;
    from = tokens2[i].end;
  }
  return /^[\s\u00a0]*$/u.test(text.slice(from, at));
}
function placeFrames(a, s) {
  const { index } = a;
  const locatable = (id) => index.locatedIn(id).length > 0 && s.isThisEvent(id);
  const words4 = s.properties.length || !a.props || !hasPlaceProperties(index) ? s.properties : sentenceProperties(a, a.props, s.tokens, s.mentions, s.annotation);
  const claims = extractPlaceClaims({
    // A head with a year of another time in its clause is another one ("Beim Erdbeben in der
    // Provinz Van im Jahr 2011"); for a date claim that year is what is checked, so only here.
    text: a.doc.text,
    tokens: s.tokens,
    mentions: thisInstance(s),
    heads: s.heads.filter((h) => !yearsApart(index, h.entityId, s.annotation, h) && !relativeApart(index, h.entityId, s, h) && !anotherInstance(h, s.annotation) && !near(s.mentions, h.span).some((m) => m.tokenEnd === h.tokenStart && anotherInstance(m, s.annotation))),
    lang: a.lang,
    locatable,
    annotation: s.annotation,
    placeProperties: words4.filter((m) => index.property(m.entityId)?.kind === "place"),
    hasPlace: (subject, property) => index.statementsFor(property, [subject]).length > 0
  });
  for (const claim2 of claims) {
    a.frames.push({
      kind: "place",
      claim: claim2,
      span: claim2.span,
      sentence: s.span,
      slots: {
        subject: { value: claim2.subject, bound: "text" },
        ...claim2.property ? { property: { value: claim2.property, bound: "text" } } : {},
        place: { value: claim2.place, span: claim2.placeSpan, bound: "text" },
        pattern: { value: claim2.pattern, bound: "text" }
      }
    });
  }
}
var unitPropertyCache = /* @__PURE__ */ new WeakMap();
function unitPropertiesOf(index) {
  let map = unitPropertyCache.get(index);
  if (!map)
    unitPropertyCache.set(index, map = propertiesByUnit(index.properties()));
  return map;
}
var subjectTypeCache = /* @__PURE__ */ new WeakMap();
function subjectTypesOf(index, property) {
  let byProp = subjectTypeCache.get(index);
  if (!byProp)
    subjectTypeCache.set(index, byProp = /* @__PURE__ */ new Map());
  let types = byProp.get(property);
  if (!types) {
    const set = /* @__PURE__ */ new Set();
    for (const s of index.statementsOf(property)) {
      for (const id of [...Array.isArray(s.subject) ? s.subject : [s.subject], ...Array.isArray(s.of) ? s.of : typeof s.of === "string" ? [s.of] : []]) {
        const t = index.entity(id)?.type;
        if (t)
          set.add(t);
      }
    }
    byProp.set(property, types = set);
  }
  return types;
}
function shift(s, by) {
  return { start: s.start + by, end: s.end + by };
}
function shiftDate(d, by) {
  return { ...d, span: shift(d.span, by), dateSpan: shift(d.dateSpan, by), ...d.weekdaySpan ? { weekdaySpan: shift(d.weekdaySpan, by) } : {} };
}
function toDiagnostics(doc, findings, settings) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const f of findings) {
    const severity = severityNumber(settings.severities[f.ruleId]);
    if (severity === 0)
      continue;
    const key = `${f.ruleId}\0${f.span.start}\0${f.span.end}\0${f.message}`;
    if (seen.has(key))
      continue;
    seen.add(key);
    const d = { ruleId: f.ruleId, severity, message: f.message, ...rangeOf(doc, f.span), span: f.span };
    if (f.actual !== void 0)
      d.actual = f.actual;
    if (f.expected !== void 0)
      d.expected = f.expected;
    if (f.fact)
      d.fact = { id: f.fact.id, source: f.fact.source, ...f.fact.note ? { note: f.fact.note } : {}, file: f.fact.origin.file };
    if (f.fix)
      d.fix = f.fix;
    if (f.related)
      d.related = f.related;
    out.push(d);
  }
  return sortDiagnostics(out);
}
function sortDiagnostics(ds) {
  return ds.sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message));
}

// dist/engine/cache-format.js
var PATH_END = Buffer.from('":{"hash":"');
var CLAIMS = Buffer.from(',"claims":');
var CLOSE3 = Buffer.from("}}\n");
var NEWLINE = Buffer.from("\n");
var SEPARATOR = Buffer.from(",\n");

// dist/engine/cache.js
var crypto2 = onDemand("node:crypto");

// dist/engine/workers.js
var workerThreads = onDemand("node:worker_threads");

// dist/engine/lint-files.js
var WORKER_ENTRY = new URL("./lint-worker.js", importMetaUrl);
var decoder = new TextDecoder("utf-8", { ignoreBOM: true });

// dist/engine/run.js
var nodeV8 = onDemand("node:v8");
var MAX_FILE_BYTES = 10 * 1024 * 1024;
function summarise(filePath, messages, fatal) {
  const r = {
    filePath,
    messages,
    errorCount: messages.filter((m) => m.severity === 2).length,
    warningCount: messages.filter((m) => m.severity === 1).length,
    fatalErrorCount: fatal ? 1 : 0,
    fixableErrorCount: messages.filter((m) => m.severity === 2 && m.fix).length,
    fixableWarningCount: messages.filter((m) => m.severity === 1 && m.fix).length
  };
  if (fatal)
    r.fatal = fatal;
  return r;
}
function fileError(filePath, message, line = 1) {
  return summarise(filePath, [{ ruleId: "file-error", severity: 2, message, line, column: 1, endLine: line, endColumn: 1 }], message);
}
function tooLarge(displayPath2, size) {
  return fileError(displayPath2, `file too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`);
}
var languages;
function supportedLanguages() {
  return languages ??= availableLangs("grammar");
}
var UNKNOWN2 = {
  "too-short": "too little text to tell its language",
  "no-match": "the text is in none of the languages factlint recognises",
  ambiguous: "the text could be in more than one language"
};
function unsupportedLanguage(doc, severities) {
  const level = severityNumber(severities["unsupported-language"]);
  if (level === 0 || doc.langUnknown === "no-text")
    return [];
  const reads = `factlint reads ${supportedLanguages().join(", ")}`;
  const message = doc.lang !== void 0 ? `no rules for language "${doc.lang}" (${reads}): nothing in this file was checked` : `language not recognised: ${UNKNOWN2[doc.langUnknown ?? "no-match"]} (${reads}; state it with "lang:" in front matter or --lang): nothing in this file was checked`;
  return [{ ruleId: "unsupported-language", severity: level, message, line: 1, column: 1, endLine: 1, endColumn: 1 }];
}
function readAndLint(file, displayPath2, index, opts, severities, content) {
  let buf;
  if (content) {
    if (content.length > MAX_FILE_BYTES)
      return { result: tooLarge(displayPath2, content.length) };
    buf = content;
  } else {
    try {
      const size = (0, import_node_fs8.statSync)(file).size;
      if (size > MAX_FILE_BYTES)
        return { result: tooLarge(displayPath2, size) };
      buf = (0, import_node_fs8.readFileSync)(file);
    } catch (err) {
      return { result: fileError(displayPath2, `cannot read file: ${ioReason(err)}`) };
    }
  }
  try {
    const doc = parseDocument(displayPath2, buf, { ...opts.lang ? { lang: opts.lang } : {}, ...opts.date ? { date: opts.date } : {} });
    const source = { text: doc.text, bom: doc.bom, lineStarts: doc.lineStarts };
    if (!content)
      source.onDisk = true;
    if (doc.lang === void 0 || !supportedLanguages().includes(doc.lang)) {
      const result2 = summarise(displayPath2, unsupportedLanguage(doc, severities));
      if (doc.lang !== void 0)
        result2.lang = doc.lang;
      return { result: result2, source };
    }
    const { diagnostics, records, claims } = lintDocument(doc, index, { severities });
    const result = summarise(displayPath2, diagnostics);
    result.lang = doc.lang;
    result.claims = claims;
    if (records.length)
      result.records = records;
    return { result, source };
  } catch (err) {
    if (err instanceof DocumentError)
      return { result: fileError(displayPath2, err.message, err.line) };
    throw err;
  }
}

// dist/engine/lint-worker.js
var { setup, port, signal } = import_node_worker_threads.workerData;
var lintOne;
var setupError;
try {
  const { paths, cwd } = setup.factsFrom;
  const load3 = () => loadFactSet(paths, { cwd });
  const stored = openHandoff(setup.facts);
  const index = stored ? fromStored(stored, setup.factsFrom, load3).index(setup.files) : new FactIndex(load3());
  const opts = { cwd: setup.cwd, patterns: [], ...setup.lang ? { lang: setup.lang } : {}, ...setup.date ? { date: setup.date } : {} };
  const severities = setup.severities;
  lintOne = (t) => readAndLint(t.path, t.path, index, opts, severities, t.content ? Buffer.from(t.content.buffer, t.content.byteOffset, t.content.byteLength) : void 0);
} catch (err) {
  setupError = err;
}
function reply(message) {
  port.postMessage(message);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}
port.on("message", (chunk) => {
  try {
    if (!lintOne)
      throw setupError ?? new Error("worker: not set up");
    reply({ id: chunk.id, outcomes: chunk.tasks.map(lintOne) });
  } catch (err) {
    const e = err;
    reply({ id: chunk.id, error: { name: e.name, message: e.message, stack: e.stack } });
  }
});
