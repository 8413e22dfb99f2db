"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
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
var importMetaUrl;
var init_import_meta_url = __esm({
  "scripts/bundle/import-meta-url.js"() {
    "use strict";
    importMetaUrl = require("node:url").pathToFileURL(__filename).href;
  }
});

// dist/errors.js
function ioReason(err) {
  const code = err?.code;
  if (code && IO_REASONS[code])
    return `${IO_REASONS[code]} (${code})`;
  return code ?? (err instanceof Error ? err.message : String(err));
}
var FactlintError, FactSetError, DocumentError, IO_REASONS;
var init_errors = __esm({
  "dist/errors.js"() {
    "use strict";
    init_import_meta_url();
    FactlintError = class extends Error {
      exitCode;
      /**
       * The lines the CLI prints. A message given as a string is one line: a line break in it comes
       * from a file name or a value and is shown escaped, so that it cannot start a line of its own.
       */
      lines;
      constructor(message2, exitCode = 2) {
        const lines = typeof message2 === "string" ? [message2] : message2;
        super(lines.join("\n"));
        this.name = "FactlintError";
        this.exitCode = exitCode;
        this.lines = lines;
      }
    };
    FactSetError = class extends FactlintError {
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
    DocumentError = class extends Error {
      line;
      constructor(message2, line = 1) {
        super(message2);
        this.name = "DocumentError";
        this.line = line;
      }
    };
    IO_REASONS = {
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
  }
});

// dist/cache-dir.js
function cacheDir(cwd, env = process.env) {
  const set = env.FACTLINT_CACHE_DIR;
  if (set !== void 0 && set !== "" && OFF.test(set))
    return void 0;
  return userCacheDir(cwd, env);
}
function userCacheDir(cwd, env = process.env) {
  const set = env.FACTLINT_CACHE_DIR;
  if (set !== void 0 && set !== "" && !OFF.test(set))
    return import_node_path.default.resolve(cwd, set);
  let home = env.XDG_CACHE_HOME ?? "";
  if (!home) {
    try {
      home = import_node_os.default.homedir() ? import_node_path.default.join(import_node_os.default.homedir(), ".cache") : "";
    } catch {
      home = "";
    }
  }
  if (home)
    return import_node_path.default.join(home, "factlint");
  const uid = typeof process.getuid === "function" ? `-${process.getuid()}` : "";
  return import_node_path.default.join(import_node_os.default.tmpdir(), `factlint${uid}`);
}
function privateDir(dir) {
  if (!dir)
    return void 0;
  let st = statOrUndefined(dir);
  if (!st) {
    try {
      (0, import_node_fs.mkdirSync)(import_node_path.default.dirname(dir), { recursive: true });
      (0, import_node_fs.mkdirSync)(dir, { mode: 448 });
    } catch {
    }
    st = statOrUndefined(dir);
  }
  if (!st?.isDirectory())
    return void 0;
  if (typeof process.getuid === "function" && st.uid !== process.getuid())
    return void 0;
  if (process.platform !== "win32" && (st.mode & 18) !== 0)
    return void 0;
  return dir;
}
function statOrUndefined(p) {
  try {
    return (0, import_node_fs.statSync)(p);
  } catch {
    return void 0;
  }
}
function writeCacheFile(file, bytes, family, keep, maxBytes = Infinity) {
  const dir = import_node_path.default.dirname(file);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
    if (bytes instanceof Uint8Array)
      (0, import_node_fs.writeFileSync)(tmp, bytes, { mode: 384 });
    else
      writeParts(tmp, bytes);
    (0, import_node_fs.renameSync)(tmp, file);
  } catch {
    try {
      (0, import_node_fs.unlinkSync)(tmp);
    } catch {
    }
    return false;
  }
  try {
    const files = (0, import_node_fs.readdirSync)(dir).filter(family).map((n) => {
      const st = (0, import_node_fs.statSync)(import_node_path.default.join(dir, n));
      return { n, t: st.mtimeMs, size: st.size };
    }).sort((a, b) => b.t - a.t || (a.n < b.n ? -1 : 1));
    let kept2 = 0;
    let total = 0;
    for (const f of files) {
      if (kept2 === 0 || kept2 < keep && total + f.size <= maxBytes) {
        kept2++;
        total += f.size;
        continue;
      }
      try {
        (0, import_node_fs.unlinkSync)(import_node_path.default.join(dir, f.n));
      } catch {
      }
    }
  } catch {
  }
  return true;
}
function writeParts(file, parts) {
  const fd = (0, import_node_fs.openSync)(file, "w", 384);
  try {
    for (const part of parts) {
      for (let done = 0; done < part.length; )
        done += (0, import_node_fs.writeSync)(fd, part, done);
    }
  } finally {
    (0, import_node_fs.closeSync)(fd);
  }
}
var import_node_fs, import_node_os, import_node_path, OFF;
var init_cache_dir = __esm({
  "dist/cache-dir.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs = require("node:fs");
    import_node_os = __toESM(require("node:os"), 1);
    import_node_path = __toESM(require("node:path"), 1);
    OFF = /^(off|0|false|no)$/i;
  }
});

// dist/on-demand.js
function onDemand(id) {
  let mod;
  return () => mod ??= load(id);
}
var import_node_module, load;
var init_on_demand = __esm({
  "dist/on-demand.js"() {
    "use strict";
    init_import_meta_url();
    import_node_module = require("node:module");
    load = (0, import_node_module.createRequire)(importMetaUrl);
  }
});

// dist/hash.js
function createHash(algorithm) {
  return crypto().createHash(algorithm);
}
function randomBytes(size) {
  return crypto().randomBytes(size);
}
function hashRange(text, start2, end) {
  let h = 2166136261;
  for (let k = start2; k < end; k++)
    h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  return h | 0;
}
function shortHash(s) {
  let b = 84696351;
  for (let i = 0; i < s.length; i++)
    b = Math.imul(b ^ s.charCodeAt(i), 1540483477);
  return (hashRange(s, 0, s.length) >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
var crypto;
var init_hash = __esm({
  "dist/hash.js"() {
    "use strict";
    init_import_meta_url();
    init_on_demand();
    crypto = onDemand("node:crypto");
  }
});

// dist/optimiser.js
function setFlags(flags) {
  (0, import_node_module2.createRequire)(importMetaUrl)("node:v8").setFlagsFromString(flags);
}
function withOptimiser(job) {
  if (globalThis[OFF2] !== true)
    return job();
  setFlags("--opt");
  try {
    return job();
  } finally {
    setFlags("--no-opt");
  }
}
var import_node_module2, OFF2;
var init_optimiser = __esm({
  "dist/optimiser.js"() {
    "use strict";
    init_import_meta_url();
    import_node_module2 = require("node:module");
    OFF2 = /* @__PURE__ */ Symbol.for("factlint.optimiser-off");
  }
});

// dist/facts/files.js
function toSlashes(p) {
  return p.split(import_node_path3.default.sep).join("/");
}
function displayPath(absolute, cwd) {
  const rel = import_node_path3.default.relative(cwd, absolute);
  return toSlashes(rel === "" || rel.startsWith("..") || import_node_path3.default.isAbsolute(rel) ? absolute : rel);
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
    for (const entry2 of (0, import_node_fs3.readdirSync)(dir, { withFileTypes: true })) {
      const abs = import_node_path3.default.join(dir, entry2.name);
      const relPath = rel === "" ? entry2.name : `${rel}/${entry2.name}`;
      let isDir = entry2.isDirectory();
      let isFile2 = entry2.isFile();
      if (entry2.isSymbolicLink()) {
        const target = (0, import_node_fs3.statSync)(abs, { throwIfNoEntry: false });
        isDir = target?.isDirectory() ?? false;
        isFile2 = target?.isFile() ?? false;
      }
      if (isDir && entry2.name !== "schema")
        visit(abs, relPath);
      else if (isFile2 && isFactFileName(entry2.name))
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
    const absolute = import_node_path3.default.resolve(cwd, given);
    let stats;
    try {
      stats = (0, import_node_fs3.statSync)(absolute, { throwIfNoEntry: false });
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
        add2(import_node_path3.default.join(absolute, rel), rel);
    } else {
      add2(absolute, import_node_path3.default.basename(absolute));
    }
  }
  const counts = /* @__PURE__ */ new Map();
  for (const f of files)
    counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
  return files.map((f) => (counts.get(f.name) ?? 0) > 1 ? { ...f, name: f.display } : f);
}
var import_node_fs3, import_node_path3;
var init_files = __esm({
  "dist/facts/files.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs3 = require("node:fs");
    import_node_path3 = __toESM(require("node:path"), 1);
    init_errors();
  }
});

// dist/facts/byte-source.js
function check(size, offset, length) {
  if (!(offset >= 0 && length >= 0 && offset + length <= size))
    throw new RangeError(`bytes ${offset}+${length} past the end (${size})`);
}
var import_node_fs4, SMALL, MemorySource, FileSource;
var init_byte_source = __esm({
  "dist/facts/byte-source.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs4 = require("node:fs");
    SMALL = 4 * 1024 * 1024;
    MemorySource = class {
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
    FileSource = class _FileSource {
      fd;
      size;
      static closer = new FinalizationRegistry((fd) => {
        try {
          (0, import_node_fs4.closeSync)(fd);
        } catch {
        }
      });
      constructor(fd) {
        this.fd = fd;
        this.size = (0, import_node_fs4.fstatSync)(fd).size;
        _FileSource.closer.register(this, fd);
      }
      /** The file opened for reading, or undefined when it cannot be. */
      static open(file) {
        let fd;
        try {
          fd = (0, import_node_fs4.openSync)(file, "r");
        } catch {
          return void 0;
        }
        try {
          if ((0, import_node_fs4.fstatSync)(fd).size <= SMALL) {
            const bytes = (0, import_node_fs4.readFileSync)(fd);
            (0, import_node_fs4.closeSync)(fd);
            return new MemorySource(bytes);
          }
          return new _FileSource(fd);
        } catch {
          try {
            (0, import_node_fs4.closeSync)(fd);
          } catch {
          }
          return void 0;
        }
      }
      read(offset, length) {
        check(this.size, offset, length);
        const out = Buffer.allocUnsafe(length);
        for (let done = 0; done < length; ) {
          const n = (0, import_node_fs4.readSync)(this.fd, out, done, length - done, offset + done);
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
  }
});

// dist/facts/index-source.js
function setKey(ids) {
  if (ids.length === 1)
    return ids[0];
  return [...new Set(ids)].sort().join("\0");
}
var init_index_source = __esm({
  "dist/facts/index-source.js"() {
    "use strict";
    init_import_meta_url();
  }
});

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
var EagerIndex;
var init_eager_index = __esm({
  "dist/facts/eager-index.js"() {
    "use strict";
    init_import_meta_url();
    init_index_source();
    EagerIndex = class {
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
            for (const person2 of subjects)
              push(this.holders, person2, s);
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
      heldBy(person2) {
        return this.holders.get(person2) ?? [];
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
  }
});

// dist/json-scan.js
function stringEnd(text, start2) {
  let q = text.indexOf('"', start2 + 1);
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
  const addKey = (frame2, at, end) => {
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
    if (frame2.seen) {
      const key = keyText(k);
      if (frame2.seen.has(key))
        report(k);
      else
        frame2.seen.add(key);
      return;
    }
    for (let j = frame2.base; j < k; j++) {
      if (hashes[j] === hash && lengths[j] === length && keyText(j) === keyText(k)) {
        report(k);
        break;
      }
    }
    if (k + 1 - frame2.base > FEW_KEYS) {
      frame2.seen = /* @__PURE__ */ new Set();
      for (let j = frame2.base; j <= k; j++)
        frame2.seen.add(keyText(j));
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
var FEW_KEYS;
var init_json_scan = __esm({
  "dist/json-scan.js"() {
    "use strict";
    init_import_meta_url();
    init_hash();
    FEW_KEYS = 32;
  }
});

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
  let lineStart2 = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) {
      line++;
      lineStart2 = i + 1;
    }
  }
  return { line, column: offset - lineStart2 + 1 };
}
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
  const describe4 = (at) => at >= text.length ? "unexpected end of file" : `unexpected character ${JSON.stringify(text[at])}`;
  const fail = (at, expected) => {
    throw new Fail(at, expected && at < text.length ? `expected ${expected}, found ${JSON.stringify(text[at])}` : expected ? `expected ${expected}, found end of file` : describe4(at));
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
    const start2 = pos;
    while (pos < text.length && text.charCodeAt(pos) >= 48 && text.charCodeAt(pos) <= 57)
      pos++;
    return pos - start2;
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
    const start2 = pos;
    if (text[pos] === "-")
      pos++;
    if (text[pos] === "0")
      pos++;
    else if (digits() === 0)
      throw new Fail(start2, "invalid number");
    if (text[pos] === ".") {
      pos++;
      if (digits() === 0)
        throw new Fail(start2, "invalid number");
    }
    if (text[pos] === "e" || text[pos] === "E") {
      pos++;
      if (text[pos] === "+" || text[pos] === "-")
        pos++;
      if (digits() === 0)
        throw new Fail(start2, "invalid number");
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
var Fail, MAX_DEPTH;
var init_json = __esm({
  "dist/json.js"() {
    "use strict";
    init_import_meta_url();
    init_json_scan();
    Fail = class {
      offset;
      reason;
      constructor(offset, reason) {
        this.offset = offset;
        this.reason = reason;
      }
    };
    MAX_DEPTH = 2e3;
  }
});

// dist/schema-words.js
function label(path33) {
  if (path33 === "")
    return "the file";
  const segments = path33.split("/");
  const last = keyOfPointerToken(segments[segments.length - 1]);
  if (/^\d+$/u.test(last) && segments.length > 2)
    return `item ${last} of "${keyOfPointerToken(segments[segments.length - 2])}"`;
  return `"${last}"`;
}
function show(value) {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
var TYPE_WORDS;
var init_schema_words = __esm({
  "dist/schema-words.js"() {
    "use strict";
    init_import_meta_url();
    init_json();
    TYPE_WORDS = {
      string: "a string",
      number: "a number",
      integer: "a whole number",
      boolean: "true or false",
      array: "a list",
      object: "an object",
      null: "null"
    };
  }
});

// dist/language/pack-schema.js
function verifiedList() {
  if (verified === void 0) {
    try {
      const index = JSON.parse((0, import_node_fs5.readFileSync)(VERIFIED_PACKS_FILE, "utf8"));
      verified = index.format === 2 ? { index, blob: (0, import_node_fs5.readFileSync)(VERIFIED_BLOB_FILE) } : null;
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
  const entry2 = list2 && Object.hasOwn(list2.index.topics, topic) ? list2.index.topics[topic] : void 0;
  if (!list2 || !entry2)
    return false;
  let ok = schemaOk.get(topic);
  if (ok === void 0) {
    let schema;
    try {
      schema = (0, import_node_fs5.readFileSync)(packSchemaPath(topic));
    } catch {
      schema = void 0;
    }
    ok = schema !== void 0 && sameBytes(list2.blob, entry2.schema, schema);
    schemaOk.set(topic, ok);
  }
  if (!ok)
    return false;
  const offsets2 = Object.hasOwn(entry2.packs, String(packBytes.length)) ? entry2.packs[String(packBytes.length)] : [];
  return offsets2.some((offset) => sameBytes(list2.blob, [offset, packBytes.length], packBytes));
}
function packSchemaPath(topic, dir = PACK_SCHEMA_DIR) {
  return `${dir.replace(/[\\/]$/u, "")}/${topic}.schema.json`;
}
function validator(topic, dir) {
  const file = packSchemaPath(topic, dir);
  const known2 = compiled.get(file);
  if (known2)
    return known2;
  if (!(0, import_node_fs5.existsSync)(file))
    return void 0;
  if (!ajv) {
    const require2 = (0, import_node_module3.createRequire)(importMetaUrl);
    const Ajv = require2("ajv/dist/2020.js").default;
    ajv = new Ajv({ allErrors: true, verbose: true, strict: true });
  }
  const schema = JSON.parse((0, import_node_fs5.readFileSync)(file, "utf8"));
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
function describe(e) {
  const p = e.params;
  if (e.propertyName !== void 0) {
    const pointer = `${e.instancePath}/${pointerToken(e.propertyName)}`;
    const want = e.keyword === "enum" ? `one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}` : `a key matching ${String(p.pattern ?? e.message)}`;
    return { pointer, message: `key "${e.propertyName}" is not allowed here: must be ${want}` };
  }
  const path33 = e.instancePath;
  switch (e.keyword) {
    case "required":
      return { pointer: path33, message: `missing "${String(p.missingProperty)}"` };
    case "dependentRequired":
      return { pointer: path33, message: `"${String(p.property)}" needs "${String(p.missingProperty)}"` };
    case "additionalProperties": {
      const key = String(p.additionalProperty);
      return { pointer: `${path33}/${pointerToken(key)}`, message: `unknown key "${key}"` };
    }
    case "type":
      return { pointer: path33, message: `${label(path33)} must be ${TYPE_WORDS[String(p.type)] ?? String(p.type)}, got ${show(e.data)}` };
    case "pattern":
      if (p.pattern === TRIMMED)
        return { pointer: path33, message: `${label(path33)} must not start or end with a space (got ${show(e.data)})` };
      return { pointer: path33, message: `${label(path33)} ${show(e.data)} does not match ${String(p.pattern)}` };
    case "enum":
      return { pointer: path33, message: `${label(path33)} must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")} (got ${show(e.data)})` };
    case "const":
      return { pointer: path33, message: `${label(path33)} must be ${JSON.stringify(p.allowedValue)} (got ${show(e.data)})` };
    case "minItems":
    case "maxItems":
      return { pointer: path33, message: `${label(path33)} must have ${e.keyword === "minItems" ? "at least" : "at most"} ${String(p.limit)} items (got ${Array.isArray(e.data) ? e.data.length : show(e.data)})` };
    case "minLength":
    case "maxLength":
      return { pointer: path33, message: `${label(path33)} must be ${e.keyword === "minLength" ? "at least" : "at most"} ${String(p.limit)} characters long (got ${show(e.data)})` };
    case "uniqueItems":
      return { pointer: path33, message: `${label(path33)} lists ${show(e.data[p.i])} twice (items ${String(p.j)} and ${String(p.i)})` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { pointer: path33, message: `${label(path33)} must be ${String(p.comparison)} ${String(p.limit)} (got ${show(e.data)})` };
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
      return { pointer: path33, message: `${label(path33)} ${e.message ?? "is invalid"}` };
  }
}
function schemaProblems(errors) {
  const branched = new Set(errors.filter((e) => e.keyword === "oneOf" || e.keyword === "anyOf").map((e) => e.instancePath));
  const informative = (e) => !(e.keyword === "type" && branched.has(e.instancePath));
  const kept2 = errors.filter((e) => {
    if (informative(e))
      return true;
    return !errors.some((o) => o !== e && informative(o) && describe(o) && (o.instancePath === e.instancePath || o.instancePath.startsWith(`${e.instancePath}/`)));
  });
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const e of kept2) {
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
var import_node_fs5, import_node_module3, import_node_url, PACK_SCHEMA_DIR, VERIFIED_PACKS_FILE, VERIFIED_BLOB_FILE, verified, schemaOk, ajv, compiled, TRIMMED;
var init_pack_schema = __esm({
  "dist/language/pack-schema.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs5 = require("node:fs");
    import_node_module3 = require("node:module");
    import_node_url = require("node:url");
    init_json();
    init_schema_words();
    PACK_SCHEMA_DIR = (0, import_node_url.fileURLToPath)(new URL("../../rules/schema/", importMetaUrl));
    VERIFIED_PACKS_FILE = (0, import_node_url.fileURLToPath)(new URL("../verified-packs.json", importMetaUrl));
    VERIFIED_BLOB_FILE = (0, import_node_url.fileURLToPath)(new URL("../verified-packs.bin", importMetaUrl));
    schemaOk = /* @__PURE__ */ new Map();
    compiled = /* @__PURE__ */ new Map();
    TRIMMED = "^\\S(.*\\S)?$";
  }
});

// dist/language/pack.js
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
  const value = (0, import_node_fs6.existsSync)(file) ? readPack(file, topic) : void 0;
  cache.set(key, value);
  return value;
}
function loadedPacks() {
  return [...cache.entries()].filter(([, v]) => v !== void 0).map(([key]) => packPath(...key.split("/"))).sort();
}
function readPack(file, topic, schemaDir) {
  let bytes;
  let value;
  try {
    bytes = (0, import_node_fs6.readFileSync)(file);
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
    dirs = (0, import_node_fs6.readdirSync)(new URL("lang/", RULES_ROOT));
  } catch {
    return [];
  }
  return dirs.filter((d) => LANG_RE.test(d) && (0, import_node_fs6.existsSync)(packPath(d, topic))).sort();
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
var import_node_fs6, import_node_url2, RULES_ROOT, LANG_RE, TOPIC_RE, cache;
var init_pack = __esm({
  "dist/language/pack.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs6 = require("node:fs");
    import_node_url2 = require("node:url");
    init_errors();
    init_pack_schema();
    RULES_ROOT = new URL("../../rules/", importMetaUrl);
    LANG_RE = /^[a-z]{2,3}$/;
    TOPIC_RE = /^[a-z][a-z0-9-]*$/;
    cache = /* @__PURE__ */ new Map();
  }
});

// dist/text/char-class.js
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
function isInvisible(cp) {
  return cp === 173 || cp >= 8203 && cp <= 8205 || cp === 8288 || cp === 65279;
}
var LETTER, MARK, NUMBER, SPACE, KNOWN, table, INVISIBLE, INVISIBLE_ALL;
var init_char_class = __esm({
  "dist/text/char-class.js"() {
    "use strict";
    init_import_meta_url();
    LETTER = 1;
    MARK = 2;
    NUMBER = 4;
    SPACE = 8;
    KNOWN = 128;
    table = new Uint8Array(65536);
    INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;
    INVISIBLE_ALL = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;
  }
});

// dist/extract/word-table.js
var WordTable;
var init_word_table = __esm({
  "dist/extract/word-table.js"() {
    "use strict";
    init_import_meta_url();
    WordTable = class {
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
      find(text, start2, end, hash) {
        const slots = this.slots;
        const mask = slots.length - 1;
        for (let s = hash & mask; ; s = s + 1 & mask) {
          const id = slots[s];
          if (id < 0)
            return -1;
          if (this.hashes[id] === hash) {
            const w = this.texts[id];
            if (w.length === end - start2 && text.startsWith(w, start2))
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
  }
});

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
var WORD_CHAR, APOSTROPHE, RIGHT_QUOTE, words;
var init_tokens = __esm({
  "dist/extract/tokens.js"() {
    "use strict";
    init_import_meta_url();
    init_char_class();
    init_hash();
    init_word_table();
    WORD_CHAR = LETTER | MARK | NUMBER;
    APOSTROPHE = 39;
    RIGHT_QUOTE = 8217;
    words = new WordTable(2e5);
  }
});

// dist/language/phrase-pattern.js
function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function formText(spec) {
  return typeof spec === "string" ? spec : spec.form;
}
function phraseSource(phrase) {
  return phrase.trim().split(/\s+/).map((word) => {
    const star = word.length > 1 && word.endsWith("*");
    const body2 = star ? word.slice(0, -1) : word;
    const src = escapeRegex(body2).replace(/[её]/g, "[\u0435\u0451]").replace(/[ЕЁ]/g, "[\u0415\u0401]").replace(/['’ʼ]/g, "['\u2019\u02BC]").replace(/-/g, "[-\u2010\u2011]");
    return star ? `${src}${STAR}` : src;
  }).join(WORD_GAP);
}
var GAP_CLASS, WORD_GAP, STAR;
var init_phrase_pattern = __esm({
  "dist/language/phrase-pattern.js"() {
    "use strict";
    init_import_meta_url();
    GAP_CLASS = "[\\s\\u00A0\\u2009\\u202F]";
    WORD_GAP = `${GAP_CLASS}{1,3}`;
    STAR = "[^\\s\\d.,;:!?()\\[\\]{}\"'\xAB\xBB\u201E\u201C\u201D\u2018\u2019\\-\u2013\u2014/\\\\<>|@#$%^&*+=~`]{0,8}";
  }
});

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
var calendarIndex;
var init_calendar = __esm({
  "dist/language/calendar.js"() {
    "use strict";
    init_import_meta_url();
    init_pack();
    init_phrase_pattern();
    calendarIndex = perLanguage(buildCalendarIndex);
  }
});

// dist/extract/grammar.js
function grammarOf(lang) {
  return loadPack(lang, "grammar") ?? EMPTY;
}
var CUE_CLASSES, EMPTY, inflectionOf, placeBeforeEndingsOf, locativeEndingsOf, articleWordsOf, andWordsOf, joinerWordsOf, weekdayKeysOf;
var init_grammar = __esm({
  "dist/extract/grammar.js"() {
    "use strict";
    init_import_meta_url();
    init_pack();
    init_tokens();
    init_calendar();
    CUE_CLASSES = ["clauseOpener", "comparison", "refutation", "decline", "lease", "capital", "placeNear", "countryAnaphor", "personPronoun", "subordinate", "adjectivePrefix", "since", "rise", "counterpart", "thingPronoun", "attribution", "asideOpener", "duration", "leaseFrom", "preposition", "located", "host", "succession", "officeStart", "tenureSince", "possessivePronoun", "comparisonAfter", "sinceAfter", "attributionAfter", "otherInstance", "placeKind"];
    EMPTY = {
      inflection: { tails: ["s"], minStem: 3 },
      nameJoiners: [],
      possessive: [],
      and: [],
      listSeparators: [","],
      articles: [],
      qualifiers: { former: [], then: [], acting: [], future: [] },
      predicateCues: []
    };
    inflectionOf = perLanguage((lang) => {
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
    placeBeforeEndingsOf = perLanguage((lang) => (grammarOf(lang).placeBeforeEndings ?? []).map(foldWord));
    locativeEndingsOf = perLanguage((lang) => new Set((grammarOf(lang).locativeEndings ?? []).map(foldWord)));
    articleWordsOf = perLanguage((lang) => new Set(grammarOf(lang).articles.map(foldWord)));
    andWordsOf = perLanguage((lang) => new Set(grammarOf(lang).and.map(foldWord)));
    joinerWordsOf = perLanguage((lang) => new Set(grammarOf(lang).nameJoiners.flatMap((j) => foldWord(j).split(/\s+/u)).filter(Boolean)));
    weekdayKeysOf = perLanguage((lang) => new Set(weekdayForms(lang).map((f) => foldWord(f.form))));
  }
});

// dist/extract/name-source.js
function surnameFirstForms(name) {
  const words4 = name.trim().split(BLANKS);
  if (words4.length < 2 || !isSurname(words4[words4.length - 1]))
    return NO_FORMS;
  const last = words4.pop();
  const full = `${last} ${words4.join(" ")}`;
  return words4.length === 1 ? [full] : [full, `${last} ${words4[0]}`];
}
function surnameOf(name) {
  const words4 = name.trim().split(BLANKS);
  const last = words4[words4.length - 1];
  return words4.length >= 2 && isSurname(last) ? last : void 0;
}
function isSurname(word) {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
function isNameSource(v) {
  return typeof v === "object" && v !== null && v.groupedNames === true;
}
var BLANKS, NO_FORMS, NAME_KINDS, MapGroups;
var init_name_source = __esm({
  "dist/extract/name-source.js"() {
    "use strict";
    init_import_meta_url();
    BLANKS = /\s+/u;
    NO_FORMS = [];
    NAME_KINDS = 3;
    MapGroups = class {
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
  }
});

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
function scriptOf(s) {
  if (SCRIPT_CYRILLIC.test(s))
    return "cyrl";
  if (SCRIPT_LATIN.test(s))
    return "latn";
  return "other";
}
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
function lengthBit(length) {
  return 1 << Math.min(length, 31);
}
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
var SCRIPT_CYRILLIC, SCRIPT_LATIN, WORD_SPLIT, SPLIT_KEEPING_SEPARATORS, LANG_SCRIPT, WORDS, SECOND_KEY, SPLIT_ABOVE, NO_CUTS, NO_MATCHES, FIRST_WORD, PREFIX, NameMatcher, DASH, matchers;
var init_names = __esm({
  "dist/extract/names.js"() {
    "use strict";
    init_import_meta_url();
    init_grammar();
    init_name_source();
    init_tokens();
    SCRIPT_CYRILLIC = new RegExp("\\p{Script=Cyrillic}", "u");
    SCRIPT_LATIN = new RegExp("\\p{Script=Latin}", "u");
    WORD_SPLIT = /[^\p{L}\p{M}\p{N}'’]+/u;
    SPLIT_KEEPING_SEPARATORS = new RegExp(`(${WORD_SPLIT.source})`, "u");
    LANG_SCRIPT = { ru: "cyrl", uk: "cyrl", be: "cyrl", bg: "cyrl", sr: "cyrl", kk: "cyrl", ky: "cyrl" };
    WORDS = /[\p{L}\p{M}\p{N}'’]+/gu;
    SECOND_KEY = 5;
    SPLIT_ABOVE = 16;
    NO_CUTS = [];
    NO_MATCHES = [];
    FIRST_WORD = /[\p{L}\p{M}\p{N}'’]+/u;
    PREFIX = 3;
    NameMatcher = class {
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
          for (const [bucket, names2] of touched) {
            let longer = 0;
            for (const n of names2)
              if (n.second !== void 0)
                longer++;
            if (longer <= SPLIT_ABOVE) {
              bucket.unbuilt = names2;
              continue;
            }
            bucket.bySecond = /* @__PURE__ */ new Map();
            bucket.waiting = /* @__PURE__ */ new Map();
            bucket.unbuilt = [];
            for (const n of names2) {
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
          const before2 = sep.replace(/[\s\u00a0\-‐‑–.]/gu, "");
          const dash = DASH.test(sep);
          const e = this.elisionOf(piece);
          if (e) {
            parts.push({ word: piece.slice(0, e.length), before: before2, dash }, { word: piece.slice(e.length), before: "", dash: false });
          } else
            parts.push({ word: piece, before: before2, dash });
        }
        return parts;
      }
      /** A word's stem and whether it is an acronym, remembered: crowded first names repeat thousands of times. */
      wordOf(w) {
        let known2 = this.words.get(w);
        if (!known2) {
          const stem = this.stemOf(w);
          const exact = isAcronym(w);
          this.words.set(w, known2 = { stem, exact, baseTail: exact ? "" : foldWord(w).slice(stem.length) });
        }
        return known2;
      }
      /** A name word's stem: an acronym as it is (folded), another word with an ending cut off. */
      stemOf(w) {
        const folded = foldWord(w);
        return isAcronym(w) ? folded : this.inflection.stem(folded);
      }
      words = /* @__PURE__ */ new Map();
      entryOf({ item: { id, type, form, seq, name } }) {
        const proper = form === "name" && type !== "office";
        const words4 = this.partsOf(name).map(({ word: w, before: before2, dash }) => {
          const { stem, exact, baseTail } = this.wordOf(w);
          return { stem, exact, capital: proper && isCapitalised(w), original: w, baseTail, punctBefore: before2, dashBefore: dash };
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
        const names2 = bucket.waiting.get(k);
        if (!names2)
          return;
        bucket.waiting.delete(k);
        for (const n of names2) {
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
          const entries2 = this.candidates(bucket, tokens2[i + 1]);
          if (!entries2)
            continue;
          for (const entry2 of entries2) {
            const end = this.matchEntry(text, tokens2, i, entry2, tail);
            if (end === void 0)
              continue;
            const len = tokens2[end.index - 1].end - tok.start;
            if (len < bestLen)
              continue;
            const m = {
              entityId: entry2.entityId,
              entityType: entry2.entityType,
              form: entry2.form,
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
          const entries2 = this.candidates(bucket, next);
          if (!entries2)
            continue;
          for (const entry2 of entries2) {
            if (entry2.entityType !== "person" || entry2.form !== "name" || entry2.words.length !== 2 || entry2.words[0].exact)
              continue;
            if (!respelled(entry2.words[1].stem + entry2.words[1].baseTail, next.key))
              continue;
            if (found.some((m2) => m2.entityId === entry2.entityId))
              continue;
            const m = {
              entityId: entry2.entityId,
              entityType: "person",
              form: "name",
              span: { start: tok.start, end: next.end },
              text: text.slice(tok.start, next.end),
              tokenStart: i,
              tokenEnd: i + 2,
              tail: "",
              alternatives: [],
              inflected: tail !== entry2.words[0].baseTail
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
      matchEntry(text, tokens2, i, entry2, firstTail) {
        let tail = firstTail;
        let inflected = false;
        let at = i;
        for (let w = 0; w < entry2.words.length; w++) {
          const word = entry2.words[w];
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
    DASH = /[-‐‑–—]/u;
    matchers = /* @__PURE__ */ new WeakMap();
  }
});

// dist/facts/guarded-names.js
function guardNames(inner, entities) {
  return { groupedNames: true, groups: (grouping) => new GuardedGroups(inner.groups(grouping), grouping, entities) };
}
var GuardedGroups;
var init_guarded_names = __esm({
  "dist/facts/guarded-names.js"() {
    "use strict";
    init_import_meta_url();
    init_names();
    GuardedGroups = class {
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
          const names2 = this.inner.take(g);
          this.taken.push(g);
          return names2;
        } catch {
          this.fallback = collectNames(this.entities(), this.grouping);
          for (const t of this.taken)
            this.fallback.take(t);
          return this.fallback.take(g);
        }
      }
    };
  }
});

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
function parseIsoDate(value) {
  const m = ISO_DATE.exec(value.trim());
  if (!m)
    return void 0;
  return formatDate(Number(m[1]), Number(m[2]), Number(m[3]));
}
var ISO_DATE;
var init_dates = __esm({
  "dist/document/dates.js"() {
    "use strict";
    init_import_meta_url();
    ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
  }
});

// dist/facts/time.js
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
var DATE_RE, PERIOD_RE;
var init_time = __esm({
  "dist/facts/time.js"() {
    "use strict";
    init_import_meta_url();
    init_dates();
    DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
    PERIOD_RE = /^(\d{4})(?:-H(\d)|-Q(\d)|-(\d{2})(?:\.\.(\d{4})-(\d{2}))?|\.\.(\d{4}))?$/;
  }
});

// dist/facts/uncertain.js
function pad22(n) {
  return n < 10 ? `0${n}` : String(n);
}
function boundaryRange(day, precision, alternatives2) {
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
  for (const alt of alternatives2 ?? []) {
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
function describeBoundary(day, precision, alternatives2) {
  const shown2 = precision === "month" ? day.slice(0, 7) : precision === "year" ? day.slice(0, 4) : day;
  return alternatives2?.length ? `${shown2} (or ${alternatives2.join(", ")})` : shown2;
}
var init_uncertain = __esm({
  "dist/facts/uncertain.js"() {
    "use strict";
    init_import_meta_url();
    init_time();
  }
});

// dist/text/utf8.js
function hasUtf16Bom(buf) {
  return buf[0] === 255 && buf[1] === 254 || buf[0] === 254 && buf[1] === 255;
}
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
var import_node_buffer, UTF16_MESSAGE;
var init_utf8 = __esm({
  "dist/text/utf8.js"() {
    "use strict";
    init_import_meta_url();
    import_node_buffer = require("node:buffer");
    UTF16_MESSAGE = "UTF-16 text: convert the file to UTF-8";
  }
});

// dist/facts/problem.js
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
var SECTION_ORDER;
var init_problem = __esm({
  "dist/facts/problem.js"() {
    "use strict";
    init_import_meta_url();
    SECTION_ORDER = { entities: 1, properties: 2, statements: 3 };
  }
});

// dist/facts/schema.js
function validator2() {
  if (compiled2)
    return compiled2;
  const require2 = (0, import_node_module4.createRequire)(importMetaUrl);
  const Ajv2020 = require2("ajv/dist/2020.js").default;
  const schema = JSON.parse((0, import_node_fs7.readFileSync)(FACTSET_SCHEMA_PATH, "utf8"));
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
function parentPath(path33) {
  return path33.slice(0, path33.lastIndexOf("/"));
}
function titleOf(error) {
  const schema = error.parentSchema;
  return typeof schema?.title === "string" ? schema.title : void 0;
}
function describe2(error) {
  const path33 = error.instancePath;
  const params = error.params;
  const title = titleOf(error);
  switch (error.keyword) {
    case "required":
      return { pointer: path33, message: `missing "${String(params.missingProperty)}"` };
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const hint = path33 === "" ? " (a fact file holds entities, properties, statements)" : "";
      return { pointer: `${path33}/${pointerToken(key)}`, message: `unknown key "${key}"${hint}` };
    }
    case "type": {
      const want = TYPE_WORDS[String(params.type)] ?? String(params.type);
      if (path33 === "")
        return { pointer: path33, message: "a fact file must hold a JSON object" };
      const who = title && ENTRY_TITLES.has(title) ? `${title === "entity" ? "an" : "a"} ${title}` : label(path33);
      return { pointer: path33, message: `${who} must be ${want}, got ${show(error.data)}` };
    }
    case "pattern":
      if (error.propertyName !== void 0) {
        const name = error.propertyName;
        return { pointer: `${path33}/${pointerToken(name)}`, message: `invalid language code "${name}"` };
      }
      if (title === "date")
        return { pointer: path33, message: `invalid date ${String(error.data)}` };
      if (title === "period")
        return { pointer: path33, message: `invalid period ${String(error.data)}` };
      if (title === "id")
        return { pointer: path33, message: `invalid id ${show(error.data)} (use lowercase letters, digits and "-")` };
      return { pointer: path33, message: `${label(path33)} does not match ${String(params.pattern)}` };
    case "not":
      return { pointer: path33, message: `${label(path33)} is reserved for the loader` };
    case "propertyNames":
      return void 0;
    // reported by the pattern error on the name itself
    case "enum":
      return {
        pointer: path33,
        message: `${label(path33)} must be one of ${params.allowedValues.map(String).join(", ")} (got ${show(error.data)})`
      };
    case "minItems":
      if (title === "name list")
        return { pointer: path33, message: `empty name list ${label(path33)}` };
      return { pointer: path33, message: `${label(path33)} must not be an empty list` };
    case "minLength":
      if (title === "name")
        return { pointer: path33, message: `empty name in ${label(parentPath(path33))}` };
      return { pointer: path33, message: `${label(path33)} must not be empty` };
    case "minProperties":
      return { pointer: path33, message: `${label(path33)} must not be empty` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { pointer: path33, message: `${label(path33)} must be ${String(params.comparison)} ${String(params.limit)} (got ${show(error.data)})` };
    case "anyOf": {
      const schema = error.parentSchema;
      const want = typeof schema?.description === "string" ? schema.description : "of another form";
      return { pointer: path33, message: `${label(path33)} must be ${want}, got ${show(error.data)}` };
    }
    default:
      return { pointer: path33, message: `${label(path33)} ${error.message ?? "is invalid"}` };
  }
}
function formatSchemaErrors(errors, file) {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  const ownerOf = (path33) => {
    for (let p = path33; ; p = parentPath(p)) {
      if (anyOfPaths.has(p))
        return p;
      if (p === "")
        return void 0;
    }
  };
  const explained = /* @__PURE__ */ new Set();
  const kept2 = [];
  for (const error of errors) {
    if (error.keyword === "anyOf")
      continue;
    const owner = ownerOf(error.instancePath);
    if (owner !== void 0 && error.keyword === "type" && error.instancePath === owner)
      continue;
    if (owner !== void 0)
      explained.add(owner);
    kept2.push(error);
  }
  for (const error of errors) {
    if (error.keyword === "anyOf" && !explained.has(error.instancePath))
      kept2.push(error);
  }
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const error of kept2) {
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
var import_node_fs7, import_node_module4, import_node_url3, FACTSET_SCHEMA_PATH, compiled2, ENTRY_TITLES;
var init_schema = __esm({
  "dist/facts/schema.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs7 = require("node:fs");
    import_node_module4 = require("node:module");
    import_node_url3 = require("node:url");
    init_json();
    init_schema_words();
    FACTSET_SCHEMA_PATH = (0, import_node_url3.fileURLToPath)(new URL("../../claims/schema/factset.schema.json", importMetaUrl));
    ENTRY_TITLES = /* @__PURE__ */ new Set(["entity", "property", "statement"]);
  }
});

// dist/facts/kinds.js
function isCurrency(unit) {
  return unit !== void 0 && /^[A-Z]{3}$/u.test(unit);
}
function unitFits(property, figure) {
  return property === figure || isCurrency(figure) && (isCurrency(property) || property === "currency");
}
function canonicalUnit(unit) {
  return UNIT_ALIASES.get(unit) ?? (unit.length > 3 ? UNIT_ALIASES.get(unit.toLowerCase()) : void 0) ?? unit;
}
var PLACE_TYPES, CONTAINER_TYPES, CONTEXT_TYPES, PLACE_TYPE_ALIASES, TIME_UNITS, MEASURES, UNIT_ALIASES;
var init_kinds = __esm({
  "dist/facts/kinds.js"() {
    "use strict";
    init_import_meta_url();
    PLACE_TYPES = /* @__PURE__ */ new Set(["country", "region", "city"]);
    CONTAINER_TYPES = /* @__PURE__ */ new Set([...PLACE_TYPES, "place"]);
    CONTEXT_TYPES = /* @__PURE__ */ new Set(["country", "currency", "organization"]);
    PLACE_TYPE_ALIASES = new Map([
      ...["province", "oblast", "governorate", "prefecture", "territory", "county", "district", "regency", "island", "department", "canton", "emirate"].map((t) => [t, "region"]),
      ...["town", "village", "municipality", "settlement", "capital"].map((t) => [t, "city"])
    ]);
    TIME_UNITS = /* @__PURE__ */ new Set(["years", "months", "days"]);
    MEASURES = /* @__PURE__ */ new Set(["km", "m", "m3", "t", "MW"]);
    UNIT_ALIASES = new Map([
      ...["km", "kilometre", "kilometres", "kilometer", "kilometers"].map((u) => [u, "km"]),
      ...["MW", "megawatt", "megawatts"].map((u) => [u, "MW"]),
      ...["t", "tonne", "tonnes", "ton", "tons", "metric tons", "metric tonnes"].map((u) => [u, "t"]),
      ...["m3", "m\xB3", "cubic metre", "cubic metres", "cubic meter", "cubic meters"].map((u) => [u, "m3"]),
      ...["m", "metre", "metres", "meter", "meters"].map((u) => [u, "m"])
    ]);
  }
});

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
var Suggester;
var init_suggest = __esm({
  "dist/facts/suggest.js"() {
    "use strict";
    init_import_meta_url();
    Suggester = class {
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
  }
});

// dist/facts/semantic.js
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function list(data, key) {
  const v = isRecord(data) ? data[key] : void 0;
  return Array.isArray(v) ? v : [];
}
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
  const at = (entry2, path33, j) => j === void 0 ? `${entry2}/${path33}` : `${entry2}/${path33}/${j}`;
  const entityRef = (id, file, entry2, path33, j, office = false) => {
    if (!options.checkReferences || typeof id !== "string")
      return;
    const found = entities.get(id);
    if (found === void 0 || office) {
      const field = path33.replace("/", ".");
      if (found) {
        if (found.type !== "office") {
          problems.push({ file, pointer: at(entry2, path33, j), message: `"${id}" in ${field} is not an office (type ${String(found.type)})` });
        }
        return;
      }
      const hint = properties.has(id) ? ` ("${id}" is a property)` : didYouMean(suggestEntity(id, office));
      problems.push({ file, pointer: at(entry2, path33, j), message: `unknown ${office ? "office" : "entity"} "${id}" in ${field}${hint}` });
    }
  };
  const entityRefs = (ids, file, entry2, path33) => {
    if (!Array.isArray(ids))
      return entityRef(ids, file, entry2, path33);
    for (let j = 0; j < ids.length; j++)
      entityRef(ids[j], file, entry2, path33, j);
  };
  const propertyRef = (id, file, entry2, path33) => {
    if (typeof id !== "string")
      return void 0;
    const found = properties.get(id);
    if (found || !options.checkReferences)
      return found;
    propertySuggester ??= new Suggester([...properties.keys()]);
    const hint = entities.has(id) ? ` ("${id}" is an entity)` : didYouMean(propertySuggester.suggest(id));
    problems.push({ file, pointer: at(entry2, path33), message: `unknown property "${id}"${path33 === "property" ? "" : ` in ${path33}`}${hint}` });
    return void 0;
  };
  for (const { file, data } of files) {
    for (const section2 of ["entities"]) {
      list(data, section2).forEach((e, i) => {
        if (!isRecord(e))
          return;
        for (const field of ["names", "adjectives"]) {
          const names2 = e[field];
          if (!isRecord(names2))
            continue;
          for (const [lang, words4] of Object.entries(names2)) {
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
  function checkStatement(s, file, entry2) {
    entityRefs(s.subject, file, entry2, "subject");
    entityRefs(s.of, file, entry2, "of");
    if (s.parties !== void 0)
      entityRefs(s.parties, file, entry2, "parties");
    const object = s.object;
    if (isRecord(object)) {
      entityRef(object.office, file, entry2, "object/office", void 0, true);
      entityRef(object.of, file, entry2, "object/of");
    } else {
      entityRef(object, file, entry2, "object");
    }
    for (const field of DATE_FIELDS) {
      const v = s[field];
      if (typeof v === "string" && !isValidDate2(v))
        problems.push({ file, pointer: `${entry2}/${field}`, message: `invalid date ${v}` });
    }
    if (typeof s.from === "string" && typeof s.to === "string" && isValidDate2(s.from) && isValidDate2(s.to) && boundaryRange(s.from, precisionOf(s.fromPrecision), void 0).earliest > boundaryRange(s.to, precisionOf(s.toPrecision), void 0).latest) {
      problems.push({ file, pointer: `${entry2}/from`, message: `from ${s.from} is after to ${s.to}` });
    }
    for (const [alt, day] of [["fromAlt", "from"], ["toAlt", "to"]]) {
      const list2 = s[alt];
      if (!Array.isArray(list2))
        continue;
      if (typeof s[day] !== "string")
        problems.push({ file, pointer: `${entry2}/${alt}`, message: `${alt} gives other days for "${day}", which the statement does not have` });
      list2.forEach((d, k) => {
        if (typeof d === "string" && !isValidDate2(d))
          problems.push({ file, pointer: `${entry2}/${alt}/${k}`, message: `invalid date ${d}` });
      });
    }
    for (const [precision, day] of [["fromPrecision", "from"], ["toPrecision", "to"]]) {
      if (s[precision] !== void 0 && typeof s[day] !== "string")
        problems.push({ file, pointer: `${entry2}/${precision}`, message: `${precision} qualifies "${day}", which the statement does not have` });
    }
    if (s.verified !== void 0 && s.to !== null)
      problems.push({ file, pointer: `${entry2}/verified`, message: "verified dates an open term: it belongs on a statement with to: null" });
    if (typeof s.min === "number" && typeof s.max === "number" && s.min > s.max)
      problems.push({ file, pointer: `${entry2}/min`, message: `min ${s.min} is above max ${s.max}` });
    if (typeof s.period === "string") {
      const problem = periodProblem(s.period);
      if (problem)
        problems.push({ file, pointer: `${entry2}/period`, message: problem });
    }
    const property = propertyRef(s.property, file, entry2, "property");
    if (property)
      checkShape(s, String(s.property), property.type, file, entry2);
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
function collect(entries2, section2, noun, typeKey, seen, file, problems) {
  entries2.forEach((e, i) => {
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
var NUMERIC_KINDS, DATE_FIELDS, precisionOf;
var init_semantic = __esm({
  "dist/facts/semantic.js"() {
    "use strict";
    init_import_meta_url();
    init_uncertain();
    init_char_class();
    init_suggest();
    init_time();
    NUMERIC_KINDS = /* @__PURE__ */ new Set(["quantity", "change", "share"]);
    DATE_FIELDS = ["from", "to", "date", "verified"];
    precisionOf = (p) => p === "month" || p === "year" || p === "day" ? p : void 0;
  }
});

// dist/facts/load.js
function loadFactSet(paths, options = {}) {
  const files = listFactFiles(paths, options.cwd);
  const hash = createHash("sha256").update(LOADER_VERSION);
  const problems = [];
  const parsed = [];
  let allParsed = true;
  for (const f of files) {
    let bytes;
    try {
      bytes = (0, import_node_fs8.readFileSync)(f.absolute);
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
  const order2 = files.map((f) => f.display);
  if (problems.length > 0)
    throw new FactSetError(sortProblems(problems, order2));
  return { ...merge(parsed), files: order2, hash: hash.digest("hex") };
}
function section(data, key) {
  const v = data[key];
  return Array.isArray(v) ? v : [];
}
function merge(parsed) {
  const facts2 = { entities: [], properties: [], statements: [] };
  const statements = [];
  const entityOrigins = /* @__PURE__ */ new Map();
  for (const { file, name, data } of parsed) {
    section(data, "entities").forEach((e, i) => {
      const kind = PLACE_TYPE_ALIASES.get(e.type);
      if (kind)
        e.type = kind;
      facts2.entities.push(e);
      entityOrigins.set(e.id, { file, pointer: `/entities/${i}` });
    });
    for (const p of section(data, "properties")) {
      if (typeof p.unit === "string")
        p.unit = canonicalUnit(p.unit);
      facts2.properties.push(p);
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
  facts2.statements = statements;
  return { facts: facts2, statements, entityOrigins };
}
var import_node_fs8, LOADER_VERSION;
var init_load = __esm({
  "dist/facts/load.js"() {
    "use strict";
    init_import_meta_url();
    init_hash();
    import_node_fs8 = require("node:fs");
    init_errors();
    init_files();
    init_json();
    init_utf8();
    init_problem();
    init_schema();
    init_kinds();
    init_semantic();
    LOADER_VERSION = "factset-v1/4";
  }
});

// dist/facts/index.js
function inPossibleSpan(date, s) {
  const span = possibleSpan(s);
  return dateInSpan(date, span.from, span.to);
}
function isDeprecated(s) {
  return s.rank === "deprecated";
}
var FactIndex;
var init_facts = __esm({
  "dist/facts/index.js"() {
    "use strict";
    init_import_meta_url();
    init_eager_index();
    init_guarded_names();
    init_index_source();
    init_time();
    init_uncertain();
    init_load();
    init_schema();
    init_time();
    FactIndex = class {
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
      heldBy(person2) {
        return this.ask((s) => s.heldBy(person2));
      }
      /** The posts a person held on `date` (YYYY-MM-DD). */
      heldByAt(person2, date) {
        return this.heldBy(person2).filter((s) => !isDeprecated(s) && inPossibleSpan(date, s));
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
        const order2 = [];
        for (let i = -1; i < order2.length; i++) {
          const from = i < 0 ? subject : order2[i];
          for (const target of this.locatedIn(from)) {
            if (seen.has(target))
              continue;
            seen.add(target);
            order2.push(target);
          }
        }
        this.withinCache.set(subject, order2);
        return order2;
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
        const names2 = this.ask((s) => s.names());
        if (!this.reload || !("groupedNames" in names2))
          return names2;
        return guardNames(names2, () => {
          this.replace();
          return this.source.entities();
        });
      }
    };
  }
});

// dist/facts/disk-map.js
function keyHash(key) {
  return hashRange(key, 0, key.length) >>> 0;
}
function buildDiskMap(keys, a, b) {
  const order2 = Array.from(keys.keys());
  order2.sort((i, j) => {
    const x = keys[i];
    const y = keys[j];
    return x < y ? -1 : x > y ? 1 : j - i;
  });
  const kept2 = order2.filter((x, k) => k === 0 || keys[x] !== keys[order2[k - 1]]);
  const count = kept2.length;
  let slots = 1;
  while (slots < count * 2)
    slots *= 2;
  const table2 = new Uint32Array(2 + slots + count * 4);
  table2[0] = count;
  table2[1] = slots;
  const head = table2.byteLength;
  const sorted = [];
  let at = head;
  for (let i = 0; i < count; i++) {
    const x = kept2[i];
    const k = keys[x];
    sorted.push(k);
    let s = keyHash(k) & slots - 1;
    while (table2[2 + s] !== 0)
      s = s + 1 & slots - 1;
    table2[2 + s] = i + 1;
    const e = 2 + slots + i * 4;
    const length = Buffer.byteLength(k, "utf8");
    table2[e] = at;
    table2[e + 1] = length;
    table2[e + 2] = a[x];
    table2[e + 3] = b[x];
    at += length;
  }
  const out = Buffer.allocUnsafe(at);
  const tableBytes = Buffer.from(table2.buffer, 0, head);
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1)
    tableBytes.swap32();
  tableBytes.copy(out, 0);
  out.write(sorted.join(""), head, "utf8");
  return out;
}
var ENTRY, DiskMap;
var init_disk_map = __esm({
  "dist/facts/disk-map.js"() {
    "use strict";
    init_import_meta_url();
    init_hash();
    ENTRY = 16;
    DiskMap = class {
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
  }
});

// dist/facts/stored-format.js
function utf8(bytes) {
  if (!(0, import_node_buffer2.isUtf8)(bytes))
    throw new TypeError("not UTF-8");
  return bytes.toString("utf8");
}
var import_node_buffer2, MARKER, MAGIC, LIST_MAPS, SEP, NAME_SEP, SURNAME_SEP, IRREGULAR, NAME_FIELDS;
var init_stored_format = __esm({
  "dist/facts/stored-format.js"() {
    "use strict";
    init_import_meta_url();
    import_node_buffer2 = require("node:buffer");
    MARKER = "factlint-fact-cache/4";
    MAGIC = Buffer.from(`${MARKER}
`, "latin1");
    LIST_MAPS = ["byType", "posts", "holders", "bySubject", "byProperty", "places", "dates"];
    SEP = "\0";
    NAME_SEP = "";
    SURNAME_SEP = "";
    IRREGULAR = "";
    NAME_FIELDS = 6;
  }
});

// dist/facts/stored-names.js
var SCRIPTS, BUCKET, StoredNames, StoredGroups;
var init_stored_names = __esm({
  "dist/facts/stored-names.js"() {
    "use strict";
    init_import_meta_url();
    init_names();
    init_name_source();
    init_stored_format();
    SCRIPTS = ["cyrl", "latn", "other"];
    BUCKET = 3;
    StoredNames = class {
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
    StoredGroups = class {
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
        const { header: header2 } = store;
        const lang = grouping.lang;
        const script = langScript(lang);
        this.rank = header2.langs.map((l, i) => l === lang ? 0 : i + 1);
        this.own = header2.langs.indexOf(lang);
        let size = 0;
        for (const [l, counts] of Object.entries(header2.nameCounts)) {
          for (const [s, n] of Object.entries(counts))
            if (l === lang || s === script)
              size += n;
        }
        this.size = size;
        for (const s of SCRIPTS) {
          const any = s === script;
          if (!any && !header2.nameCounts[lang]?.[s])
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
          const entries2 = /* @__PURE__ */ new Set();
          if (g.length === length && length < BUCKET)
            this.addRange(map, table2.prefix + g, entries2);
          else
            this.addExact(map, table2.prefix + g.slice(0, BUCKET), entries2);
          for (const e of elisions)
            if (e.slice(0, length) === g)
              this.addRange(map, table2.prefix + e.slice(0, BUCKET), entries2);
          for (const i of entries2)
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
      read(entry2, table2, out, only) {
        const { header: header2 } = this.store;
        const r = this.bucket(entry2);
        const langs = header2.langs.length + 1;
        const slots = header2.nameSlots;
        for (let k = 0; k < r.length; ) {
          const entity = r[k];
          const form = r[k + 1];
          const type = header2.types[r[k + 2]];
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
          const entry2 = map.indexOf(table2.prefix + IRREGULAR);
          if (entry2 >= 0)
            this.read(entry2, table2, all, void 0);
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
  }
});

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
var StoredSet;
var init_stored_set = __esm({
  "dist/facts/stored-set.js"() {
    "use strict";
    init_import_meta_url();
    init_name_source();
    init_disk_map();
    init_stored_format();
    init_stored_names();
    StoredSet = class _StoredSet {
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
      constructor(source, header2) {
        this.source = source;
        this.header = header2;
        this.entityRecords = new Array(header2.entityCount);
        this.statementRecords = new Array(header2.statementCount);
        for (const p of header2.properties)
          this.propertyById.set(p.id, p);
      }
      /** The set in these bytes, or undefined when they are not a whole cache file (of this key). */
      static open(source, key) {
        try {
          if (source.size < MAGIC.length + 4 || !source.read(0, MAGIC.length).equals(MAGIC))
            return void 0;
          const length = source.read(MAGIC.length, 4).readUInt32LE(0);
          const header2 = JSON.parse(utf8(source.read(MAGIC.length + 4, length)));
          if (!isHeader(header2, source.size) || key !== void 0 && header2.key !== key)
            return void 0;
          return new _StoredSet(source, header2);
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
        const where3 = this.map(name).get(key);
        return where3 ? JSON.parse(utf8(this.slice(`${name}.json`, where3[0], where3[1]))) : void 0;
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
      heldBy(person2) {
        return this.statements("holders", person2);
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
  }
});

// dist/facts/byte-writer.js
var FIRST, LARGEST, ByteWriter;
var init_byte_writer = __esm({
  "dist/facts/byte-writer.js"() {
    "use strict";
    init_import_meta_url();
    FIRST = 64 * 1024;
    LARGEST = 4 * 1024 * 1024;
    ByteWriter = class {
      full = [];
      chunk = Buffer.allocUnsafe(FIRST);
      used = 0;
      before = 0;
      /** Bytes written so far. */
      get length() {
        return this.before + this.used;
      }
      /** Appends `text` as UTF-8; returns the length after it. */
      text(text) {
        const most = text.length * 3;
        if (this.used + most > this.chunk.length)
          this.next(most);
        this.used += this.chunk.write(text, this.used);
        return this.length;
      }
      /** What was written, in order (views of the writer's chunks, which it does not write to again). */
      result() {
        const out = [...this.full, this.chunk.subarray(0, this.used)].filter((b) => b.length > 0);
        this.full.length = 0;
        this.chunk = Buffer.alloc(0);
        this.before = 0;
        this.used = 0;
        return out;
      }
      next(most) {
        if (this.used > 0)
          this.full.push(this.chunk.subarray(0, this.used));
        this.before += this.used;
        this.chunk = Buffer.allocUnsafe(Math.max(most, Math.min(this.chunk.length * 2, LARGEST)));
        this.used = 0;
      }
    };
  }
});

// dist/facts/stored-write.js
function joined(values) {
  const w = new ByteWriter();
  const starts = new Uint32Array(values.length + 1);
  for (let i = 0; i < values.length; i++)
    starts[i + 1] = w.text(JSON.stringify(values[i]));
  return { body: w.result(), starts };
}
function uint32LE(values) {
  const out = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1)
    out.swap32();
  return out;
}
function records(values) {
  const { body: body2, starts } = joined(values);
  return { body: body2, at: uint32LE(starts) };
}
function jsonMap(keys, values) {
  const { body: body2, starts } = joined(values);
  const lengths = new Uint32Array(keys.length);
  for (let i = 0; i < keys.length; i++)
    lengths[i] = starts[i + 1] - starts[i];
  return { map: buildDiskMap(keys, starts, lengths), json: body2 };
}
function entries(m, f) {
  const keys = [];
  const values = [];
  for (const [k, v] of m) {
    keys.push(k);
    values.push(f(v));
  }
  return { keys, values };
}
function flatEntries(outer, f) {
  const keys = [];
  const values = [];
  for (const [a, inner] of outer) {
    for (const [b, v] of inner) {
      keys.push(`${a}${SEP}${b}`);
      values.push(f(v));
    }
  }
  return { keys, values };
}
function listMaps(eager, entityNo, statementNo) {
  const st = (list2) => list2.map((s) => statementNo.get(s));
  return {
    byType: entries(eager.entitiesByType, (list2) => list2.map((e) => entityNo.get(e))),
    posts: flatEntries(eager.posts, st),
    holders: entries(eager.holders, st),
    bySubject: flatEntries(eager.bySubject, st),
    byProperty: entries(eager.byProperty, st),
    places: entries(eager.places, (v) => v),
    dates: entries(eager.dates, st)
  };
}
function foldsIrregularly(word, folded) {
  if (folded.length !== word.length)
    return true;
  if (/^[A-Za-z0-9'’\u0410-\u044f\u0401\u0451]*$/.test(word))
    return false;
  let at = 0;
  for (const ch of word) {
    const f = foldWord(ch);
    if (f.length !== ch.length || !folded.startsWith(f, at))
      return true;
    at += f.length;
  }
  return false;
}
function groupKey(script, sep, word) {
  const folded = foldWord(word);
  return `${script}${sep}${foldsIrregularly(word, folded) ? IRREGULAR : folded.slice(0, 3)}`;
}
function nameTables(entities) {
  const langs = /* @__PURE__ */ new Set();
  const types = [];
  const typeNo = /* @__PURE__ */ new Map();
  for (const e of entities) {
    for (const lists of [e.names, e.adjectives])
      if (lists)
        for (const l of Object.keys(lists))
          langs.add(l);
    if (!typeNo.has(e.type))
      typeNo.set(e.type, types.push(e.type) - 1);
  }
  const langList = [...langs].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  const langNo = new Map(langList.map((l, i) => [l, i]));
  const groups = /* @__PURE__ */ new Map();
  const counts = {};
  let slots = 0;
  const alike = /* @__PURE__ */ new Map();
  const add2 = (i, e, form, lists) => {
    const person2 = form === 0 && e.type === "person";
    if (!lists)
      return;
    for (const l of Object.keys(lists)) {
      const names2 = lists[l] ?? [];
      const lang = langNo.get(l);
      for (let k = 0; k < names2.length; k++) {
        const name = names2[k];
        let r = alike.get(name);
        if (!r) {
          const m = FIRST_WORD.exec(name);
          if (!m)
            continue;
          const script = scriptOf(name);
          r = { script, key: groupKey(script, NAME_SEP, m[0]), where: [] };
          alike.set(name, r);
        }
        const byScript = counts[l] ??= {};
        byScript[r.script] = (byScript[r.script] ?? 0) + 1;
        slots = Math.max(slots, k + 1);
        r.where.push(lang, k);
      }
    }
    const put = (key, name, where3) => {
      let list2 = groups.get(key);
      if (!list2)
        groups.set(key, list2 = []);
      list2.push(i, form, typeNo.get(e.type), e.id, name, where3.length / 2, ...where3);
    };
    for (const [name, { script, key, where: where3 }] of alike) {
      put(key, name, where3);
      if (!person2)
        continue;
      const surname = FIRST_WORD.exec(surnameOf(name) ?? "");
      if (surname)
        put(groupKey(script, SURNAME_SEP, surname[0]), name, where3);
    }
    alike.clear();
  };
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i];
    add2(i, e, 0, e.names);
    add2(i, e, 1, e.adjectives);
  }
  const { map, json: json2 } = jsonMap([...groups.keys()], [...groups.values()]);
  return { map, json: json2, types, langs: langList, counts, slots };
}
function encodeStored(loaded, key, eager) {
  return Buffer.concat(encodeStoredParts(loaded, key, eager));
}
function encodeStoredParts(loaded, key, eager = new EagerIndex(loaded)) {
  const entities = loaded.facts.entities;
  const entityNo = new Map(entities.map((e, i) => [e, i]));
  const statementNo = new Map(loaded.statements.map((s, i) => [s, i]));
  const sections = [];
  const ents = records(entities);
  const stmts = records(loaded.statements);
  sections.push(["entities", ents.body], ["entities.at", [ents.at]], ["statements", stmts.body], ["statements.at", [stmts.at]]);
  const ids = (list2) => [buildDiskMap(list2.map((x) => x.id), Uint32Array.from(list2.keys()), new Uint32Array(list2.length))];
  sections.push(["entities.id", ids(entities)], ["statements.id", ids(loaded.statements)]);
  const maps = listMaps(eager, entityNo, statementNo);
  for (const name of LIST_MAPS) {
    const { map, json: json2 } = jsonMap(maps[name].keys, maps[name].values);
    sections.push([name, [map]], [`${name}.json`, json2]);
  }
  const names2 = nameTables(entities);
  sections.push(["names", [names2.map]], ["names.json", names2.json]);
  const header2 = {
    marker: MARKER,
    key,
    hash: loaded.hash,
    files: loaded.files,
    size: 0,
    entityCount: entities.length,
    statementCount: loaded.statements.length,
    properties: loaded.facts.properties,
    sections: {},
    types: names2.types,
    langs: names2.langs,
    nameCounts: names2.counts,
    nameSlots: names2.slots,
    locatable: eager.locatable().map((e) => entityNo.get(e))
  };
  let headerBytes = Buffer.alloc(0);
  for (let guess = 0; ; ) {
    let at = MAGIC.length + 4 + guess;
    for (const [name, parts] of sections) {
      const length2 = parts.reduce((n, b) => n + b.length, 0);
      header2.sections[name] = [at, length2];
      at += length2;
    }
    header2.size = at;
    headerBytes = Buffer.from(JSON.stringify(header2), "utf8");
    if (headerBytes.length <= guess)
      break;
    guess = headerBytes.length + 16;
  }
  const pad3 = Buffer.alloc(header2.sections["entities"][0] - MAGIC.length - 4 - headerBytes.length, 32);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length + pad3.length);
  return [MAGIC, length, headerBytes, pad3, ...sections.flatMap(([, parts]) => parts)];
}
var init_stored_write = __esm({
  "dist/facts/stored-write.js"() {
    "use strict";
    init_import_meta_url();
    init_name_source();
    init_names();
    init_tokens();
    init_byte_writer();
    init_disk_map();
    init_eager_index();
    init_stored_format();
  }
});

// dist/facts/cached-set.js
function fromLoaded(loaded, from, compiled4, eager) {
  let index;
  let handoff = compiled4;
  return {
    files: loaded.files,
    hash: loaded.hash,
    hit: false,
    index: () => index ??= new FactIndex(eager ?? loaded),
    loaded: () => loaded,
    handoff: () => handoff ??= { bytes: encodeStored(loaded, "") },
    from
  };
}
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
var EAGER_FILES, SMALL_SET;
var init_cached_set = __esm({
  "dist/facts/cached-set.js"() {
    "use strict";
    init_import_meta_url();
    init_byte_source();
    init_facts();
    init_stored_set();
    init_stored_write();
    EAGER_FILES = 50;
    SMALL_SET = 2e4;
  }
});

// dist/facts/compiled-cache.js
function loaderStamp() {
  if (loader)
    return loader;
  const parts = [MARKER];
  const here = import_node_path4.default.dirname((0, import_node_url4.fileURLToPath)(importMetaUrl));
  for (const name of (0, import_node_fs9.readdirSync)(here).filter((n) => /\.(c?js|ts)$/.test(n) && !n.endsWith(".d.ts")).sort()) {
    const st = (0, import_node_fs9.statSync)(import_node_path4.default.join(here, name));
    parts.push(`${name}:${st.size}:${st.mtimeMs}`);
  }
  const outside = ["../extract/names", "../extract/tokens", "../extract/name-source", "../text/char-class"].flatMap((f) => [`${f}.js`, `${f}.ts`].map((x) => (0, import_node_url4.fileURLToPath)(new URL(x, importMetaUrl))));
  for (const file of [FACTSET_SCHEMA_PATH, (0, import_node_url4.fileURLToPath)(new URL("../../package.json", importMetaUrl)), ...outside]) {
    const st = (0, import_node_fs9.statSync)(file, { bigint: true, throwIfNoEntry: false });
    parts.push(st ? `${import_node_path4.default.basename(file)}:${st.size}:${st.mtimeNs}:${st.ctimeNs}:${st.ino}` : "missing");
  }
  return loader = parts.join("\0");
}
function contentKey(files) {
  const h = createHash("sha256").update(loaderStamp());
  for (const f of files) {
    let bytes;
    try {
      bytes = (0, import_node_fs9.readFileSync)(f.absolute);
    } catch (err) {
      throw new FactlintError(`cannot read fact file ${f.display}: ${ioReason(err)}`);
    }
    h.update(`\0${f.display}\0${f.name}\0${bytes.length}\0`).update(bytes);
  }
  return h.digest("hex").slice(0, 40);
}
function stampOf(files) {
  const parts = [loaderStamp()];
  let latest = 0;
  let bytes = 0;
  for (const f of files) {
    const st = (0, import_node_fs9.statSync)(f.absolute, { bigint: true, throwIfNoEntry: false });
    if (!st)
      return void 0;
    parts.push(`${f.display}${f.name}${st.size}${st.mtimeNs}${st.ctimeNs}${st.ino}${st.dev}`);
    latest = Math.max(latest, Number(st.mtimeMs), Number(st.ctimeMs));
    bytes += Number(st.size);
  }
  return { text: parts.join("\0"), latest, bytes };
}
function heavy(bytes, job) {
  return bytes !== void 0 && bytes >= LARGE_BYTES ? withOptimiser(job) : job();
}
function sizeOf(paths, cwd) {
  try {
    return listFactFiles(paths, cwd).reduce((n, f) => n + (0, import_node_fs9.statSync)(f.absolute).size, 0);
  } catch {
    return void 0;
  }
}
function readPointer(file, stamp) {
  try {
    const p = JSON.parse((0, import_node_fs9.readFileSync)(file, "utf8"));
    return p?.marker === MARKER && p.stamp === stamp.text && typeof p.key === "string" && /^[0-9a-f]{40}$/.test(p.key) ? p.key : void 0;
  } catch {
    return void 0;
  }
}
function loadFactSetCached(paths, opts, now = Date.now()) {
  const from = { paths, cwd: opts.cwd };
  if (!opts.dir)
    return fromLoaded(heavy(sizeOf(paths, opts.cwd), () => loadFactSet(paths, { cwd: opts.cwd })), from);
  const files = listFactFiles(paths, opts.cwd);
  const stamp = stampOf(files);
  const pointer = stamp ? import_node_path4.default.join(opts.dir, `facts-m${shortHash(stamp.text)}.json`) : void 0;
  let key = pointer && stamp ? readPointer(pointer, stamp) : void 0;
  if (!key) {
    key = contentKey(files);
    if (pointer && stamp && stamp.latest < now - RACY_MS) {
      const p = { marker: MARKER, stamp: stamp.text, key };
      writeCacheFile(pointer, Buffer.from(JSON.stringify(p)), (n) => /^facts-m[0-9a-f]+\.json$/.test(n), KEEP);
    }
  }
  const file = import_node_path4.default.join(opts.dir, `facts-${key}.bin`);
  const id = `${file}\0${opts.cwd}\0${paths.join("\0")}`;
  if (kept?.id === id)
    return kept.set;
  const set = loadByKey(paths, opts, file, key, from, stamp?.bytes);
  if (keeping)
    kept = { id, set };
  return set;
}
function keepLoadedFactSets(on) {
  keeping = on;
  if (!on)
    kept = void 0;
}
function loadByKey(paths, opts, file, key, from, size) {
  const reload = () => heavy(size, () => {
    const loaded = loadFactSet(paths, { cwd: opts.cwd });
    write(file, loaded, key);
    return loaded;
  });
  const source = FileSource.open(file);
  const stored = source && StoredSet.open(source, key);
  if (stored)
    return fromStored(stored, from, reload, file);
  return heavy(size, () => {
    const loaded = loadFactSet(paths, { cwd: opts.cwd });
    const eager = new EagerIndex(loaded);
    const compiled4 = write(file, loaded, key, eager);
    const names2 = StoredSet.open(compiled4.source, key)?.names();
    if (names2 && "groupedNames" in names2)
      eager.groupedNames = names2;
    return fromLoaded(loaded, from, compiled4.handoff, eager);
  });
}
function write(file, loaded, key, eager) {
  const parts = encodeStoredParts(loaded, key, eager);
  const source = writeCacheFile(file, parts, (n) => PAYLOAD.test(n), KEEP, KEEP_BYTES) ? FileSource.open(file) : void 0;
  if (source)
    return { source, handoff: { file, key } };
  const bytes = Buffer.concat(parts);
  return { source: new MemorySource(bytes), handoff: { bytes } };
}
var import_node_fs9, import_node_path4, import_node_url4, KEEP, KEEP_BYTES, loader, RACY_MS, LARGE_BYTES, PAYLOAD, keeping, kept;
var init_compiled_cache = __esm({
  "dist/facts/compiled-cache.js"() {
    "use strict";
    init_import_meta_url();
    init_hash();
    import_node_fs9 = require("node:fs");
    import_node_path4 = __toESM(require("node:path"), 1);
    import_node_url4 = require("node:url");
    init_cache_dir();
    init_errors();
    init_optimiser();
    init_files();
    init_byte_source();
    init_cached_set();
    init_eager_index();
    init_load();
    init_schema();
    init_stored_format();
    init_stored_set();
    init_stored_write();
    KEEP = 8;
    KEEP_BYTES = 400 * 1024 * 1024;
    RACY_MS = 3e3;
    LARGE_BYTES = 1024 * 1024;
    PAYLOAD = /^facts-[0-9a-f]+\.(?:json|v8|bin)$/;
    keeping = false;
  }
});

// dist/report/fingerprint.js
function normaliseClaim(text) {
  return text.replace(/\s+/g, " ").trim();
}
function claimHash(file, ruleId, claim2) {
  return createHash("sha256").update(`${file}\0${ruleId}\0${normaliseClaim(claim2)}`).digest("hex").slice(0, 32);
}
function fingerprinter() {
  const seen = /* @__PURE__ */ new Map();
  return (file, ruleId, claim2) => {
    const hash = claimHash(file, ruleId, claim2);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  };
}
var FINGERPRINT_KEY;
var init_fingerprint = __esm({
  "dist/report/fingerprint.js"() {
    "use strict";
    init_import_meta_url();
    init_hash();
    FINGERPRINT_KEY = "factlintClaimHash/v1";
  }
});

// dist/json-file.js
function readJsonFile(file, what, display) {
  let bytes;
  try {
    bytes = (0, import_node_fs13.readFileSync)(file);
  } catch (err) {
    throw new FactlintError(`cannot read ${what} ${display}: ${ioReason(err)}`);
  }
  const encoding = encodingProblem(bytes);
  if (encoding)
    throw new FactlintError(`${what} ${display}: ${encoding.message}`);
  const parsed = parseJson(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  if (!parsed.ok) {
    const { line, column, reason } = parsed.error;
    throw new FactlintError(`${what} ${display} is not valid JSON: line ${line}, column ${column}: ${reason}`);
  }
  return parsed.value;
}
var import_node_fs13;
var init_json_file = __esm({
  "dist/json-file.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs13 = require("node:fs");
    init_errors();
    init_json();
    init_utf8();
  }
});

// dist/files.js
function discoverFiles(inputs, opts) {
  const exts = opts.extensions ?? DEFAULT_EXTENSIONS;
  const ignore = ["**/node_modules/**", "**/.git/**", ...opts.ignore ?? []];
  const found = /* @__PURE__ */ new Set();
  for (const input of inputs.length ? inputs : ["."]) {
    const abs = import_node_path8.default.resolve(opts.cwd, input);
    if (!GLOB_CHARS.test(input)) {
      let st;
      try {
        st = (0, import_node_fs15.statSync)(abs);
      } catch {
        throw new FactlintError(`no such file or folder: ${input}`);
      }
      if (st.isFile()) {
        found.add(abs);
        continue;
      }
      if (!st.isDirectory())
        throw new FactlintError(`not a file or folder: ${input}`);
      let inFolder;
      if (!opts.ignore?.length && exts.every((e) => /^[\w-]+$/.test(e)))
        inFolder = walkFolder(abs, exts);
      else {
        const pattern = `**/*.{${exts.join(",")}}`;
        inFolder = fg().sync(exts.length === 1 ? `**/*.${exts[0]}` : pattern, {
          cwd: abs,
          absolute: true,
          ignore,
          followSymbolicLinks: false,
          dot: false,
          suppressErrors: true,
          onlyFiles: true
        }).map((f) => import_node_path8.default.normalize(f));
      }
      if (inFolder.length === 0 && inputs.length > 0) {
        throw new FactlintError(`no articles (${exts.map((e) => `.${e}`).join(", ")}) in folder: ${input}`);
      }
      for (const f of inFolder)
        found.add(f);
      continue;
    }
    const matches = fg().sync(input.replace(/\\/g, "/"), {
      cwd: opts.cwd,
      absolute: true,
      ignore,
      followSymbolicLinks: false,
      suppressErrors: true,
      onlyFiles: true
    });
    if (matches.length === 0)
      throw new FactlintError(`no files match: ${input}`);
    for (const f of matches)
      found.add(import_node_path8.default.normalize(f));
  }
  return [...found].sort();
}
function walkFolder(root, exts) {
  const suffixes = exts.map((e) => `.${e}`);
  const out = [];
  const visit = (dir) => {
    let entries2;
    try {
      entries2 = (0, import_node_fs15.readdirSync)(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries2) {
      if (e.name.startsWith("."))
        continue;
      if (e.isDirectory()) {
        if (e.name !== "node_modules")
          visit(import_node_path8.default.join(dir, e.name));
      } else if (e.isFile() && suffixes.some((x) => e.name.endsWith(x))) {
        out.push(import_node_path8.default.join(dir, e.name));
      }
    }
  };
  visit(root);
  return out;
}
var import_node_fs15, import_node_path8, DEFAULT_EXTENSIONS, GLOB_CHARS, fg;
var init_files2 = __esm({
  "dist/files.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs15 = require("node:fs");
    import_node_path8 = __toESM(require("node:path"), 1);
    init_errors();
    init_on_demand();
    DEFAULT_EXTENSIONS = ["md", "markdown", "txt"];
    GLOB_CHARS = /[*?[\]{}!]/;
    fg = onDemand("fast-glob");
  }
});

// dist/git/git.js
function git(args, cwd, input) {
  try {
    return childProcess().execFileSync("git", [...NEUTRAL, ...args], {
      cwd,
      maxBuffer: MAX_BUFFER,
      ...input === void 0 ? { stdio: ["ignore", "pipe", "pipe"] } : { input, stdio: ["pipe", "pipe", "pipe"] },
      env: { ...process.env, GIT_PAGER: "cat", GIT_TERMINAL_PROMPT: "0", LC_ALL: "C" }
    });
  } catch (err) {
    const e = err;
    if (e.code === "ENOENT")
      throw new FactlintError("git is not installed or not on PATH (needed for --changed-since and --staged)");
    const detail = e.stderr?.toString("utf8").trim().split("\n")[0] ?? e.message;
    throw new GitError(`git ${args[0]} failed: ${detail}`, e.status ?? void 0);
  }
}
function repoRoot(cwd, option) {
  try {
    return git(["rev-parse", "--show-toplevel"], cwd).toString("utf8").trim();
  } catch (err) {
    if (err instanceof GitError)
      throw new FactlintError(`${option} needs a git repository, and ${cwd} is not inside one`);
    throw err;
  }
}
function verifyRef(root, ref) {
  if (ref.startsWith("-"))
    throw new FactlintError(`--changed-since: "${ref}" is not a git revision`);
  try {
    git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], root);
  } catch (err) {
    if (err instanceof GitError)
      throw new FactlintError(`--changed-since: unknown git revision "${ref}"`);
    throw err;
  }
}
function splitNul(out) {
  return out.toString("utf8").split("\0").filter((s) => s !== "");
}
var childProcess, MAX_BUFFER, NEUTRAL, GitError;
var init_git = __esm({
  "dist/git/git.js"() {
    "use strict";
    init_import_meta_url();
    init_errors();
    init_on_demand();
    childProcess = onDemand("node:child_process");
    MAX_BUFFER = 512 * 1024 * 1024;
    NEUTRAL = ["-c", "core.quotepath=false", "-c", "color.ui=false", "-c", "diff.noprefix=false", "-c", "diff.mnemonicPrefix=false"];
    GitError = class extends FactlintError {
      status;
      constructor(message2, status2) {
        super(message2);
        this.status = status2;
        this.name = "GitError";
      }
    };
  }
});

// dist/git/diff-hunks.js
function parseUnifiedDiff(diff) {
  const out = /* @__PURE__ */ new Map();
  let current;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const name = headerPath(line.slice(4).replace(/\r$/, ""));
      if (name === void 0) {
        current = void 0;
      } else {
        current = out.get(name) ?? [];
        out.set(name, current);
      }
      continue;
    }
    if (!current || !line.startsWith("@@"))
      continue;
    const m = HUNK.exec(line);
    if (!m)
      continue;
    const start2 = Number(m[1]);
    const count = m[2] === void 0 ? 1 : Number(m[2]);
    if (count > 0)
      current.push([start2, start2 + count - 1]);
  }
  return out;
}
function headerPath(raw) {
  if (raw === "/dev/null")
    return void 0;
  const name = raw.startsWith('"') ? unquoteC(raw) : raw.replace(/\t$/, "");
  return name.startsWith("b/") ? name.slice(2) : name;
}
function unquoteC(quoted) {
  const body2 = quoted.slice(1, quoted.lastIndexOf('"') > 0 ? quoted.lastIndexOf('"') : void 0);
  const bytes = [];
  for (let i = 0; i < body2.length; i++) {
    const cp = body2.codePointAt(i);
    if (cp !== 92) {
      bytes.push(...Buffer.from(String.fromCodePoint(cp), "utf8"));
      if (cp > 65535)
        i++;
      continue;
    }
    const next = body2[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body2.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function touches(ranges, from, to) {
  return ranges.some(([a, b]) => a <= to && from <= b);
}
var HUNK, ESCAPES;
var init_diff_hunks = __esm({
  "dist/git/diff-hunks.js"() {
    "use strict";
    init_import_meta_url();
    HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
    ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  }
});

// dist/git/changes.js
function pathMapper(cwd, root) {
  let realCwd;
  try {
    realCwd = (0, import_node_fs16.realpathSync)(cwd);
  } catch {
    realCwd = cwd;
  }
  return (rel) => import_node_path9.default.resolve(cwd, import_node_path9.default.relative(realCwd, import_node_path9.default.join(root, rel)));
}
function changedSince(cwd, ref, opts = {}) {
  const root = repoRoot(cwd, "--changed-since");
  verifyRef(root, ref);
  const toAbs = pathMapper(cwd, root);
  const args = [
    "diff",
    "--unified=0",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--find-renames",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    ...opts.staged ? ["--cached"] : [],
    ref,
    "--"
  ];
  const out = /* @__PURE__ */ new Map();
  for (const [rel, ranges] of parseUnifiedDiff(git(args, root).toString("utf8")))
    out.set(toAbs(rel), ranges);
  const names2 = ["diff", "--name-only", "-z", "--no-ext-diff", "--find-renames", "--diff-filter=d", ...opts.staged ? ["--cached"] : [], ref, "--"];
  for (const rel of splitNul(git(names2, root))) {
    const abs = toAbs(rel);
    if (!out.has(abs))
      out.set(abs, []);
  }
  if (!opts.staged) {
    for (const rel of splitNul(git(["ls-files", "--others", "--exclude-standard", "-z"], root)))
      out.set(toAbs(rel), "all");
  }
  return out;
}
function stagedFiles(cwd, extensions) {
  const root = repoRoot(cwd, "--staged");
  const toAbs = pathMapper(cwd, root);
  const names2 = splitNul(git(["diff", "--cached", "--name-only", "--diff-filter=ACMR", "--no-renames", "-z"], root)).filter((rel) => extensions.includes(import_node_path9.default.extname(rel).toLowerCase())).sort();
  const contents = stagedBlobs(root, names2);
  return names2.map((rel, i) => ({ path: toAbs(rel), content: contents[i] }));
}
function stagedBlobs(root, rels) {
  const show2 = (rel) => git(["show", "--no-textconv", `:${rel}`], root);
  const batched = rels.filter((rel) => !/[\r\n]/.test(rel));
  const found = /* @__PURE__ */ new Map();
  if (batched.length > 0) {
    const out = git(["cat-file", "--batch"], root, batched.map((rel) => `:${rel}
`).join(""));
    let at = 0;
    for (const rel of batched) {
      const eol = out.indexOf(10, at);
      const header2 = out.subarray(at, eol).toString("utf8");
      at = eol + 1;
      const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header2);
      if (!m)
        continue;
      const size = Number(m[2]);
      if (m[1] === "blob")
        found.set(rel, out.subarray(at, at + size));
      at += size + 1;
    }
  }
  return rels.map((rel) => found.get(rel) ?? show2(rel));
}
var import_node_fs16, import_node_path9;
var init_changes = __esm({
  "dist/git/changes.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs16 = require("node:fs");
    import_node_path9 = __toESM(require("node:path"), 1);
    init_git();
    init_diff_hunks();
  }
});

// dist/ignore-file.js
function ignoreMatcher(patterns, baseDir) {
  if (patterns.length === 0)
    return () => false;
  const ignore = (0, import_node_module5.createRequire)(importMetaUrl)("ignore");
  const ig = ignore().add(patterns);
  return (absPath) => {
    const rel = import_node_path10.default.relative(baseDir, absPath);
    if (rel === "" || rel.startsWith("..") || import_node_path10.default.isAbsolute(rel))
      return false;
    return ig.ignores(rel.split(import_node_path10.default.sep).join("/"));
  };
}
function loadIgnoreFile(cwd) {
  const file = import_node_path10.default.join(cwd, IGNORE_FILE);
  let text;
  try {
    text = (0, import_node_fs17.readFileSync)(file, "utf8");
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR")
      return () => false;
    throw new FactlintError(`cannot read ${IGNORE_FILE}: ${ioReason(err)}`);
  }
  return ignoreMatcher(text.replace(/^\uFEFF/, "").split(/\r?\n/), cwd);
}
var import_node_fs17, import_node_module5, import_node_path10, IGNORE_FILE;
var init_ignore_file = __esm({
  "dist/ignore-file.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs17 = require("node:fs");
    import_node_module5 = require("node:module");
    import_node_path10 = __toESM(require("node:path"), 1);
    init_errors();
    IGNORE_FILE = ".factlintignore";
  }
});

// dist/config/files.js
function underAny(patterns, cwd) {
  if (patterns.length === 0)
    return () => true;
  const plain2 = patterns.filter((p) => !GLOB_CHARS2.test(p)).map((p) => import_node_path11.default.resolve(cwd, p));
  const globbed = new Set(patterns.some((p) => GLOB_CHARS2.test(p)) ? discoverFiles(patterns.filter((p) => GLOB_CHARS2.test(p)), { cwd }) : []);
  return (abs) => globbed.has(abs) || plain2.some((p) => abs === p || abs.startsWith(p.endsWith(import_node_path11.default.sep) ? p : p + import_node_path11.default.sep));
}
function ignoredFilter(opts) {
  if (opts.ignore === false)
    return () => false;
  const { cwd, config } = opts;
  const ignoredByFile = loadIgnoreFile(cwd);
  const excluded = config?.exclude ? ignoreMatcher(config.exclude, config.dir) : () => false;
  const byOption = opts.ignorePatterns?.length ? ignoreMatcher(opts.ignorePatterns, cwd) : () => false;
  return (abs) => ignoredByFile(abs) || excluded(abs) || byOption(abs);
}
function selectFiles(opts) {
  const { cwd, config } = opts;
  const ignored = ignoredFilter(opts);
  const keep = (abs) => !ignored(abs);
  let inputs;
  if (opts.staged) {
    const wanted = underAny(opts.patterns, cwd);
    inputs = stagedFiles(cwd, DEFAULT_EXTENSIONS.map((e) => `.${e}`)).filter((f) => wanted(f.path));
  } else if (opts.patterns.length === 0 && config?.include && config.include.length > 0) {
    inputs = discoverFiles(config.include, { cwd: config.dir }).map((p) => ({ path: p }));
  } else {
    inputs = discoverFiles(opts.patterns, { cwd }).map((p) => ({ path: p }));
  }
  const before2 = inputs.length;
  inputs = inputs.filter((f) => keep(f.path));
  const named = new Set(opts.staged ? [] : opts.patterns.filter((p) => !GLOB_CHARS2.test(p)).map((p) => import_node_path11.default.resolve(cwd, p)));
  const kept2 = new Set(inputs.map((f) => f.path));
  const namedIgnored = [...named].filter((f) => !kept2.has(f) && isFile(f)).sort();
  if (!opts.staged && before2 > 0 && inputs.length === 0 && namedIgnored.length === 0 && (opts.patterns.length > 0 || config?.include?.length)) {
    const what = opts.patterns.length ? opts.patterns.join(" ") : `the config's "include"`;
    throw new FactlintError(`all files matched by ${what} are ignored (by .factlintignore, the config's "exclude" or --ignore-pattern; --no-ignore lints them)`);
  }
  let changed;
  if (opts.changedSince !== void 0) {
    changed = changedSince(cwd, opts.changedSince, { staged: opts.staged });
    inputs = inputs.filter((f) => changed.has(f.path));
  }
  return { inputs, ignored: namedIgnored, changed };
}
function isFile(abs) {
  try {
    return (0, import_node_fs18.statSync)(abs).isFile();
  } catch {
    return false;
  }
}
var import_node_fs18, import_node_path11, GLOB_CHARS2;
var init_files3 = __esm({
  "dist/config/files.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs18 = require("node:fs");
    import_node_path11 = __toESM(require("node:path"), 1);
    init_errors();
    init_files2();
    init_changes();
    init_ignore_file();
    GLOB_CHARS2 = /[*?[\]{}!]/;
  }
});

// dist/config/settings.js
function severitiesOf(rules) {
  const out = {};
  for (const [id, setting] of Object.entries(rules ?? {}))
    out[id] = Array.isArray(setting) ? setting[0] : setting;
  return out;
}
function resolveSettings(cli, config, cwd) {
  const configClaims = config?.claims === void 0 ? void 0 : [].concat(config.claims).map((c) => import_node_path12.default.resolve(config.dir, c));
  return {
    claims: cli.claims ? cli.claims.map((c) => import_node_path12.default.resolve(cwd, c)) : configClaims,
    format: cli.format ?? config?.format ?? "stylish",
    lang: cli.lang ?? config?.lang,
    date: cli.date ?? config?.date,
    maxWarnings: cli.maxWarnings ?? config?.maxWarnings ?? -1,
    severities: { ...severitiesOf(config?.rules), ...cli.rules }
  };
}
var import_node_path12;
var init_settings = __esm({
  "dist/config/settings.js"() {
    "use strict";
    init_import_meta_url();
    import_node_path12 = __toESM(require("node:path"), 1);
  }
});

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
function lineOfOffset(starts, offset) {
  return lineIndexAt(starts, offset) + 1;
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
  const start2 = positionAt(doc, span.start);
  const end = positionAt(doc, Math.max(span.start, span.end));
  return { line: start2.line, column: start2.column, endLine: end.line, endColumn: end.column };
}
var init_lines = __esm({
  "dist/document/lines.js"() {
    "use strict";
    init_import_meta_url();
  }
});

// dist/report/project.js
function ruleDocUrl(ruleId) {
  return `${HOMEPAGE}/blob/main/docs/rules/${ruleId}.md`;
}
var HOMEPAGE;
var init_project = __esm({
  "dist/report/project.js"() {
    "use strict";
    init_import_meta_url();
    HOMEPAGE = "https://github.com/factlint/factlint";
  }
});

// dist/directives/apply.js
function locate(d, lineStarts2) {
  const line = lineOfOffset(lineStarts2, d.start);
  const endLine = lineOfOffset(lineStarts2, Math.max(d.start, d.end - 1));
  return { ...d, line, endLine, column: d.start - lineStarts2[line - 1] + 1, endColumn: d.end - lineStarts2[endLine - 1] + 1 };
}
function startOffset(m, lineStarts2) {
  if (m.span)
    return m.span.start;
  return (lineStarts2[m.line - 1] ?? 0) + m.column - 1;
}
function applyDirectives(messages, directives, lineStarts2, reportUnused) {
  if (directives.length === 0)
    return { kept: messages, suppressed: 0, suppressedMessages: [], unused: [] };
  const located3 = directives.map((d) => locate(d, lineStarts2));
  const used = /* @__PURE__ */ new Map();
  const markUsed = (d, ruleId) => {
    const set = used.get(d) ?? /* @__PURE__ */ new Set();
    set.add(d.rules.length === 0 ? "*" : ruleId);
    used.set(d, set);
  };
  const kept2 = [];
  const suppressedMessages = [];
  for (const m of messages) {
    const by = suppressor(m, located3, lineStarts2);
    if (by) {
      markUsed(by, m.ruleId);
      suppressedMessages.push({ ...m, suppressions: [{ kind: "directive", justification: by.justification }] });
    } else
      kept2.push(m);
  }
  const unused = [];
  if (reportUnused) {
    for (const d of located3) {
      if (d.kind === "enable")
        continue;
      const did = used.get(d);
      const idle = d.rules.length === 0 ? did ? [] : ["*"] : d.rules.filter((r) => !did?.has(r));
      for (const rule of idle) {
        unused.push({
          ruleId: UNUSED_DIRECTIVE_RULE,
          severity: 1,
          message: rule === "*" ? `Unused factlint-${d.kind} directive (no problems were reported)` : `Unused factlint-${d.kind} directive (no problems were reported from '${rule}')`,
          line: d.line,
          column: d.column,
          endLine: d.endLine,
          endColumn: d.endColumn,
          span: { start: d.start, end: d.end }
        });
      }
    }
  }
  return { kept: kept2, suppressed: suppressedMessages.length, suppressedMessages, unused };
}
function suppressor(m, directives, lineStarts2) {
  for (const d of directives) {
    if (d.kind === "disable-line" && m.line >= d.line && m.line <= d.endLine && covers(d, m.ruleId))
      return d;
    if (d.kind === "disable-next-line" && m.line === d.endLine + 1 && covers(d, m.ruleId))
      return d;
  }
  const at = startOffset(m, lineStarts2);
  let state;
  for (const d of directives) {
    if (d.end > at)
      break;
    if (d.kind === "disable" && covers(d, m.ruleId))
      state = d;
    else if (d.kind === "enable" && covers(d, m.ruleId))
      state = void 0;
  }
  return state;
}
var UNUSED_DIRECTIVE_RULE, UNUSED_DIRECTIVE_META, covers;
var init_apply = __esm({
  "dist/directives/apply.js"() {
    "use strict";
    init_import_meta_url();
    init_lines();
    init_project();
    UNUSED_DIRECTIVE_RULE = "unused-disable-directive";
    UNUSED_DIRECTIVE_META = {
      id: UNUSED_DIRECTIVE_RULE,
      category: "file",
      description: "A factlint-disable directive that suppressed no problem (with --report-unused-disable-directives).",
      help: "Remove the comment, or name the rule it is meant for. A directive that suppresses nothing hides the next real problem on its lines.",
      defaultSeverity: "off",
      url: ruleDocUrl(UNUSED_DIRECTIVE_RULE)
    };
    covers = (d, ruleId) => d.rules.length === 0 || d.rules.includes(ruleId);
  }
});

// dist/text/plural.js
function plural(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
var init_plural = __esm({
  "dist/text/plural.js"() {
    "use strict";
    init_import_meta_url();
  }
});

// dist/document/dateline.js
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
    const lineStart2 = pos;
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
      best = { date, span: { start: lineStart2 + m.index, end: lineStart2 + m.index + m[0].length } };
      bestIndex = m.index;
    }
    if (best)
      return best;
  }
  return void 0;
}
var MAX_LINES, MAX_PREFIX_CHARS, MAX_PREFIX_WORDS, FOUR_DIGITS, matchers2;
var init_dateline = __esm({
  "dist/document/dateline.js"() {
    "use strict";
    init_import_meta_url();
    init_pack();
    init_calendar();
    init_dates();
    MAX_LINES = 5;
    MAX_PREFIX_CHARS = 40;
    MAX_PREFIX_WORDS = 4;
    FOUR_DIGITS = /\d{4}/;
    matchers2 = /* @__PURE__ */ new Map();
  }
});

// dist/language/detect-pack.js
function strings(v) {
  return Array.isArray(v) && v.every((x) => typeof x === "string");
}
function compile(lang, raw) {
  const p = raw;
  const where3 = `rules/lang/${lang}/detect.json`;
  if (!p || typeof p !== "object")
    throw new FactlintError(`${where3}: expected an object`);
  if (!strings(p.scripts) || p.scripts.length === 0 || !p.scripts.every((s) => SCRIPT_NAME.test(s)))
    throw new FactlintError(`${where3}#/scripts: expected Unicode script names such as "Latin"`);
  if (typeof p.alphabet !== "string" || !p.alphabet)
    throw new FactlintError(`${where3}#/alphabet: expected the language's lower-case letters`);
  for (const key of ["words", "letters", "against"]) {
    if (p[key] !== void 0 && !strings(p[key]))
      throw new FactlintError(`${where3}#/${key}: expected a list of strings`);
  }
  if (!p.words?.length)
    throw new FactlintError(`${where3}#/words: expected frequent function words`);
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
function detectProfiles() {
  return profiles ??= availableLangs("detect").map((lang) => compile(lang, loadPack(lang, "detect")));
}
var SCRIPT_NAME, profiles;
var init_detect_pack = __esm({
  "dist/language/detect-pack.js"() {
    "use strict";
    init_import_meta_url();
    init_errors();
    init_pack();
    SCRIPT_NAME = /^[A-Z][a-z]+$/;
  }
});

// dist/document/detect-lang.js
function langFromFileName(path33) {
  const parts = (0, import_node_path13.basename)(path33).split(".");
  if (parts.length < 3)
    return void 0;
  const code = parts[parts.length - 2].toLowerCase();
  if (ISO_639_1.has(code))
    return code;
  if (/^[a-z]{3}$/.test(code) && availableLangs("calendar").includes(code))
    return code;
  return void 0;
}
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
var import_node_path13, ISO_639_1, SAMPLE, MIN_LETTERS, MIN_HITS, MIN_COVERAGE, MIN_SHORT, MIN_EXPLAINED, MIN_RATIO, MAX_FOREIGN, MAX_FOREIGN_SHARE, MAX_AGAINST, MAX_AGAINST_SHARE, scriptTests, charKinds, charKindsFor, LETTER2, shapes, MAX_SHAPES, HIT, AGAINST, FOREIGN, verdicts;
var init_detect_lang = __esm({
  "dist/document/detect-lang.js"() {
    "use strict";
    init_import_meta_url();
    import_node_path13 = require("node:path");
    init_pack();
    init_detect_pack();
    ISO_639_1 = new Set("aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu".split(" "));
    SAMPLE = 2e4;
    MIN_LETTERS = 20;
    MIN_HITS = 2;
    MIN_COVERAGE = 0.2;
    MIN_SHORT = 4;
    MIN_EXPLAINED = 0.6;
    MIN_RATIO = 1.5;
    MAX_FOREIGN = 2;
    MAX_FOREIGN_SHARE = 0.015;
    MAX_AGAINST = 2;
    MAX_AGAINST_SHARE = 0.15;
    scriptTests = /* @__PURE__ */ new Map();
    charKinds = /* @__PURE__ */ new Map();
    charKindsFor = "";
    LETTER2 = new RegExp("\\p{L}", "u");
    shapes = /* @__PURE__ */ new Map();
    MAX_SHAPES = 1e5;
    HIT = 1;
    AGAINST = 2;
    FOREIGN = 4;
    verdicts = /* @__PURE__ */ new WeakMap();
  }
});

// dist/document/simple-front-matter.js
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
var PAIR, PLAIN, NULL, TRUE, FALSE, WHOLE, ISO_DAY;
var init_simple_front_matter = __esm({
  "dist/document/simple-front-matter.js"() {
    "use strict";
    init_import_meta_url();
    PAIR = /^([A-Za-z_][A-Za-z0-9_-]{0,63}):(?: (.*))?$/;
    PLAIN = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} .,_/()+'’-]{0,1000}$/u;
    NULL = /^(?:null|Null|NULL)$/;
    TRUE = /^(?:true|True|TRUE)$/;
    FALSE = /^(?:false|False|FALSE)$/;
    WHOLE = /^\d{1,15}$/;
    ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
  }
});

// dist/document/front-matter.js
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
    const message2 = firstError.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    const line = fileLine(firstError.pos[0]);
    throw new DocumentError(`front matter: YAML error at line ${line}: ${message2}`, line);
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
  const json2 = JSON.stringify(value) ?? String(value);
  return json2.length > 42 ? `${json2.slice(0, 40)}\u2026${json2.endsWith('"') ? '"' : ""}` : json2;
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
var yaml, OPEN, CLOSE, LANG;
var init_front_matter = __esm({
  "dist/document/front-matter.js"() {
    "use strict";
    init_import_meta_url();
    init_errors();
    init_dates();
    init_simple_front_matter();
    init_on_demand();
    yaml = onDemand("yaml");
    OPEN = /^---[ \t]*(?:\r\n|\n|\r)/;
    CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
    LANG = /^([a-z]{2,3})(?:[-_][a-z0-9]{2,8})*$/i;
  }
});

// dist/document/parse.js
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
function parseDocument(path33, input, opts = {}) {
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
  const stated = fm?.lang ?? optionLang ?? langFromFileName(path33);
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
    path: path33,
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
var SNIFF, MAX_CONTROL_SHARE;
var init_parse = __esm({
  "dist/document/parse.js"() {
    "use strict";
    init_import_meta_url();
    init_errors();
    init_dates();
    init_dateline();
    init_detect_lang();
    init_front_matter();
    init_lines();
    init_utf8();
    SNIFF = 8192;
    MAX_CONTROL_SHARE = 0.1;
  }
});

// dist/machine-secret.js
function machineSecret(dir) {
  const folder2 = privateDir(dir);
  if (!folder2)
    return void 0;
  const file = import_node_path14.default.join(folder2, NAME);
  return readSecret(file) ?? (create(file) ? readSecret(file) : void 0);
}
function readSecret(file) {
  try {
    const st = (0, import_node_fs19.lstatSync)(file);
    if (!st.isFile() || st.size !== SIZE)
      return void 0;
    if (typeof process.getuid === "function" && st.uid !== process.getuid())
      return void 0;
    if (process.platform !== "win32" && (st.mode & 63) !== 0)
      return void 0;
    const bytes = (0, import_node_fs19.readFileSync)(file);
    return bytes.length === SIZE ? bytes : void 0;
  } catch {
    return void 0;
  }
}
function create(file) {
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    const fd = (0, import_node_fs19.openSync)(tmp, "wx", 384);
    try {
      (0, import_node_fs19.writeSync)(fd, randomBytes(SIZE));
    } finally {
      (0, import_node_fs19.closeSync)(fd);
    }
    try {
      (0, import_node_fs19.linkSync)(tmp, file);
    } catch {
    }
    return true;
  } catch {
    return false;
  } finally {
    try {
      (0, import_node_fs19.unlinkSync)(tmp);
    } catch {
    }
  }
}
var import_node_fs19, import_node_path14, NAME, SIZE;
var init_machine_secret = __esm({
  "dist/machine-secret.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs19 = require("node:fs");
    import_node_path14 = __toESM(require("node:path"), 1);
    init_cache_dir();
    init_hash();
    NAME = "secret";
    SIZE = 32;
  }
});

// dist/report/rule-meta.js
function isString(v) {
  return typeof v === "string" && v !== "";
}
function parseRuleEntry(entry2, index) {
  const where3 = `rules/rules.json#/rules/${index}`;
  if (typeof entry2 !== "object" || entry2 === null)
    throw new FactlintError(`${where3}: expected an object`);
  const e = entry2;
  if (!isString(e.id))
    throw new FactlintError(`${where3}: "id" must be a non-empty string`);
  if (!CATEGORIES.includes(e.category))
    throw new FactlintError(`${where3} (${e.id}): unknown category ${JSON.stringify(e.category)}`);
  if (!SEVERITIES.includes(e.defaultSeverity)) {
    throw new FactlintError(`${where3} (${e.id}): "defaultSeverity" must be one of ${SEVERITIES.join(", ")}`);
  }
  if (!isString(e.description))
    throw new FactlintError(`${where3} (${e.id}): "description" must be a non-empty string`);
  return {
    id: e.id,
    category: e.category,
    description: e.description,
    help: isString(e.help) ? e.help : e.description,
    defaultSeverity: e.defaultSeverity,
    url: ruleDocUrl(e.id)
  };
}
function parseRuleMeta(json2) {
  const rules = json2?.rules;
  if (!Array.isArray(rules))
    throw new FactlintError('rules/rules.json: expected an object with a "rules" array');
  return rules.map(parseRuleEntry);
}
function loadRuleMeta() {
  let text;
  try {
    text = (0, import_node_fs20.readFileSync)(RULES_FILE, "utf8");
  } catch (err) {
    throw new FactlintError(`cannot read rule metadata ${RULES_FILE.pathname}: ${err.message}`);
  }
  try {
    return parseRuleMeta(JSON.parse(text));
  } catch (err) {
    if (err instanceof FactlintError)
      throw err;
    throw new FactlintError(`rules/rules.json is not valid JSON: ${err.message}`);
  }
}
var import_node_fs20, RULES_FILE, CATEGORIES, SEVERITIES;
var init_rule_meta = __esm({
  "dist/report/rule-meta.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs20 = require("node:fs");
    init_errors();
    init_project();
    RULES_FILE = new URL("../../rules/rules.json", importMetaUrl);
    CATEGORIES = ["office", "metric", "share", "date", "place", "cross", "file"];
    SEVERITIES = ["off", "warn", "error"];
  }
});

// dist/extract/near.js
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
var NEAR_LIMIT, NEAR_REACH, sortedLists;
var init_near = __esm({
  "dist/extract/near.js"() {
    "use strict";
    init_import_meta_url();
    NEAR_LIMIT = 48;
    NEAR_REACH = 400;
    sortedLists = /* @__PURE__ */ new WeakMap();
  }
});

// dist/language/overlaps.js
function dropOverlaps(items) {
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = [];
  for (const it of items)
    if (!out.length || it.start >= out[out.length - 1].end)
      out.push(it);
  return out;
}
var init_overlaps = __esm({
  "dist/language/overlaps.js"() {
    "use strict";
    init_import_meta_url();
  }
});

// dist/language/lexicon.js
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
    const body2 = star ? word.slice(0, -1) : word;
    for (const ch of body2) {
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
var STAR_EXCLUDED, starStops, WORD_MASK, APOSTROPHES, HYPHENS, FOLD_EXTRA, foldedCi, foldedCs, LETTER_OR_DIGIT, Lexicon, NO_START, LEAD_ONLY, FREE_START, FEW_CHILDREN, DENSE_BELOW;
var init_lexicon = __esm({
  "dist/language/lexicon.js"() {
    "use strict";
    init_import_meta_url();
    init_char_class();
    init_overlaps();
    init_phrase_pattern();
    STAR_EXCLUDED = new Set(".,;:!?()[]{}\"'\xAB\xBB\u201E\u201C\u201D\u2018\u2019-\u2013\u2014/\\<>|@#$%^&*+=~`");
    starStops = new Uint8Array(65536);
    WORD_MASK = LETTER | NUMBER;
    APOSTROPHES = /* @__PURE__ */ new Set([8217, 700]);
    HYPHENS = /* @__PURE__ */ new Set([8208, 8209]);
    FOLD_EXTRA = /* @__PURE__ */ new Map([[962, 963], [383, 115]]);
    foldedCi = new Int32Array(65536).fill(-1);
    foldedCs = new Int32Array(65536).fill(-1);
    LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
    Lexicon = class {
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
              let order2 = 0;
              for (const { item, text, cs, atStart: s0, atEnd: e0 } of forms) {
                if (cs !== caseSensitive || s0 !== atStart || e0 !== atEnd)
                  continue;
                const idx = this.entries.length;
                this.entries.push({ data: item.data, spec: item.spec, part, order: order2++, lead: atStart, trail: atEnd });
                insert(caseSensitive ? csRoot : ciRoot, text, !caseSensitive).ends.push(idx);
              }
              if (order2 > 0)
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
      match(text, start2, end, e) {
        const entry2 = this.entries[e];
        return { start: start2, end, text: text.slice(start2, end), data: entry2.data, spec: entry2.spec };
      }
      /**
       * The match at `start` the regexes returned: in each alternation the first alternative that
       * matches, then the longest of those (the earlier alternation at a tie). With `toLimit`, a
       * match must reach `limit` but for up to 3 spaces, as `endingAt` needs.
       */
      bestAt(text, start2, limit, toLimit, textStart) {
        if (!this.mayStartAt(text, start2))
          return void 0;
        this.collect(text, start2, limit, toLimit, textStart);
        const s = this.search;
        if (s.count === 0)
          return void 0;
        const first = this.firstPerPart();
        let best = -1;
        for (const e of first)
          if (e >= 0 && (best < 0 || s.ends[e] > s.ends[best]))
            best = e;
        return this.match(text, start2, s.ends[best], best);
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
          const entry2 = this.entries[e];
          if (resume && at < resume[entry2.part])
            continue;
          const cur = first[entry2.part];
          if (cur < 0 || entry2.order < this.entries[cur].order)
            first[entry2.part] = e;
        }
        return first;
      }
      /** Every entry that matches at `start`, with the end of its first path in regex order. */
      collect(text, start2, limit, toLimit, textStart) {
        const s = this.search;
        s.call++;
        s.count = 0;
        const leadOk = start2 === textStart || !blocks(this.leadMask, codePointBefore(text, start2));
        for (const { root, ci } of this.roots)
          this.walk(root, text, start2, limit, toLimit, leadOk, ci);
      }
      walk(node, text, i, limit, toLimit, leadOk, ci) {
        const s = this.search;
        for (; ; ) {
          const ends = node.ends;
          for (let x = 0; x < ends.length; x++) {
            const e = ends[x];
            if (s.stamp[e] === s.call)
              continue;
            const entry2 = this.entries[e];
            if (entry2.lead && !leadOk)
              continue;
            if (entry2.trail && i < limit && blocks(this.trailMask, visibleAt(text, i, limit)))
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
    NO_START = 2;
    LEAD_ONLY = 1;
    FREE_START = 3;
    FEW_CHILDREN = 8;
    DENSE_BELOW = 1328;
  }
});

// dist/language/dates.js
function alternation2(forms) {
  if (!forms || forms.length === 0)
    return void 0;
  return [...new Set(forms)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(phraseSource).join("|");
}
function numericFormat(format) {
  const order2 = [];
  let src = "";
  for (const ch of format) {
    if (ch === "D" || ch === "M") {
      order2.push(ch);
      src += "(\\d{1,2})";
    } else if (ch === "Y") {
      order2.push("Y");
      src += "(\\d{4})";
    } else if (ch === "y") {
      order2.push("y");
      src += "(\\d{2})";
    } else
      src += escapeRegex(ch);
  }
  const first = format.charAt(0);
  const last = format.charAt(format.length - 1);
  const lead = /[DMYy]/.test(first) ? "(?<![\\p{N}]|[\\p{N}][.,/-])" : "";
  const trail = /[DMYy]/.test(last) ? "(?![\\p{N}]|[.,/-][\\p{N}])" : last === "." ? "(?![\\p{N}])" : "";
  return { re: new RegExp(`${lead}${src}${trail}`, "gu"), order: order2 };
}
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
  const push3 = (start2, end, day, monthWord, year) => {
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
    out.push({ start: start2, end: e, day: d, month, year: y });
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
        const before3 = out.length;
        push3(m.index, m.index + m[0].length, m[1], m[3], m[4]);
        const first = out[before3];
        if (first)
          first.end = suffixEnd > 0 ? firstEnd + suffixEnd : firstEnd;
      }
      const before2 = m[4] === void 0 && r.yearBefore ? r.yearBefore.exec(text.slice(Math.max(0, m.index - 24), m.index)) : null;
      if (before2)
        push3(m.index - before2[0].length, m.index + m[0].length, m[2], m[3], before2[1]);
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
      const start2 = Math.min(past.start, wk.start);
      const end = Math.max(past.end, wk.end);
      out.push({ kind: "date", span: { start: start2, end }, dateSpan: { start: start2, end }, year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)), day: Number(day.slice(8, 10)), yearExplicit: false, resolved: day });
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
var G, dateRules, isoDate, WEEKDAY_NAMES, AFTER_GAP, DAY_MS, ISO_TRIPLE, CLOCK, CLOCK_DOT;
var init_dates2 = __esm({
  "dist/language/dates.js"() {
    "use strict";
    init_import_meta_url();
    init_dates();
    init_calendar();
    init_pack();
    init_phrase_pattern();
    init_lexicon();
    init_overlaps();
    init_char_class();
    G = GAP_CLASS;
    dateRules = perLanguage(buildDateRules);
    isoDate = formatDate;
    WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    AFTER_GAP = new RegExp("^[\\s\\u00a0]*[,(][\\s\\u00a0]*(?:\\p{Ll}{1,4}[\\s\\u00a0]+)?$", "u");
    DAY_MS = 864e5;
    ISO_TRIPLE = /(?<![\p{N}])\d{1,4}([./-])\d{1,2}\1\d{1,4}(?![\p{N}])/gu;
    CLOCK = new RegExp("(?<![\\p{N}]|\\p{N}[.,:])\\d{1,2}:\\d{2}(?::\\d{2})?(?![\\p{N}])", "gu");
    CLOCK_DOT = /\d{1,2}[.:]\d{2}(?![\p{N}])/uy;
  }
});

// dist/language/date-ranges.js
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
    const start2 = at - head.length + m.index;
    return { weekday, start: start2, end: start2 + m[1].length };
  }
  return void 0;
}
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
    const before2 = d.weekday === void 0 || !d.weekdaySpan ? void 0 : prev?.kind === "weekday" && joiner.test(text.slice(prev.span.end, d.weekdaySpan.start)) ? { weekday: prev.weekday, start: prev.weekdaySpan.start, end: prev.weekdaySpan.end } : weekdayBefore(text, d.weekdaySpan.start, lang, joiner);
    if (!before2 || d.weekday === void 0 || !d.weekdaySpan) {
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
    const span = { start: before2.start, end: d.span.end };
    out.push({ ...d, weekday: before2.weekday, weekdaySpan: { start: before2.start, end: before2.end }, span, ...firstIso ? { resolved: firstIso } : {} });
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
var weekdayWordsOf, LAST_WORD, joinersOf, DAY_AFTER;
var init_date_ranges = __esm({
  "dist/language/date-ranges.js"() {
    "use strict";
    init_import_meta_url();
    init_dates();
    init_grammar();
    init_pack();
    init_calendar();
    weekdayWordsOf = perLanguage((lang) => new Map(weekdayForms(lang).map((f) => [f.form.toLowerCase(), f.weekday])));
    LAST_WORD = new RegExp("(\\p{L}+)([^\\p{L}\\p{N}]*)$", "u");
    joinersOf = perLanguage((lang) => {
      const range = loadPack(lang, "periods")?.rangeJoiners ?? [];
      const words4 = [...grammarOf(lang).and, ...range].map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"));
      return new RegExp(`^[\\s\\u00a0]*(?:(?:${[...words4, "[-\u2013\u2014/]"].join("|")})[\\s\\u00a0]*)$`, "iu");
    });
    DAY_AFTER = /^[\s\u00a0]*[-–—][\s\u00a0]*(\d{1,2})(?!\d)/u;
  }
});

// dist/language/relative-weekdays.js
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
      const start2 = two !== void 0 ? words4[j - 1].start : words4[j].start;
      const day = new Date(base + offset * DAY_MS2);
      const actual = (day.getUTCDay() + 6) % 7 + 1;
      const off = Math.min((weekday - actual + 7) % 7, (actual - weekday + 7) % 7);
      if (off === 1)
        break;
      const resolved = day.toISOString().slice(0, 10);
      out.push({
        kind: "date",
        span: { start: start2, end: w.end },
        dateSpan: { start: start2, end: two !== void 0 ? words4[j].end : words4[j].end },
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
var WORD, MAX_BETWEEN, SHORT, DAY_MS2;
var init_relative_weekdays = __esm({
  "dist/language/relative-weekdays.js"() {
    "use strict";
    init_import_meta_url();
    init_calendar();
    WORD = /[\p{L}\p{M}'’-]+/gu;
    MAX_BETWEEN = 1;
    SHORT = 4;
    DAY_MS2 = 864e5;
  }
});

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
function scaledValue(plain2, scale) {
  const exp = Math.log10(scale);
  return Number.isInteger(exp) ? Number(`${plain2}e${exp}`) : Number(plain2) * scale;
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
function masked(m, start2, end) {
  while (m.idx < m.spans.length && (m.spans[m.idx]?.end ?? 0) <= start2)
    m.idx++;
  const s = m.spans[m.idx];
  return s !== void 0 && s.start < end;
}
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
  const { start: start2, end } = tok;
  if (tok.groups.join("").length > MAX_DIGITS)
    return void 0;
  const prev = text.charAt(start2 - 1);
  if (isLetterAt(text, start2 - 1)) {
    const cur = r.currencyBefore.endingAt(text, start2);
    if (!cur || cur.end !== start2)
      return void 0;
  }
  if ((prev === "-" || prev === "\u2010" || prev === "/") && isLetterAt(text, start2 - 2))
    return void 0;
  if (prev === "/" && isDigitAt(text, start2 - 2))
    return void 0;
  const next = text.charAt(end);
  if (next === "/" && isDigitAt(text, end + 1))
    return void 0;
  let scale = scaleAfter(text, start2, end, r);
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
  const signAt = r.negative.has(prev) && (start2 === 1 || /[\s([]/u.test(text.charAt(start2 - 2))) ? start2 - 1 : -1;
  const head = tok.groups[0] ?? "";
  const isYearLike = tok.seps.length === 0 && !scale && head.length === 4 && Number(head) >= 1900 && Number(head) <= 2100;
  const mention = {
    span: { start: start2, end: spanEnd },
    numberSpan: { start: start2, end },
    value,
    decimals: parsed.decimals,
    scale: factor,
    raw: text.slice(start2, spanEnd),
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
  let joined2 = false;
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
      joined2 = true;
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
        } else if (joined2 && lastKind === "add") {
          seg += t.value;
          last += t.value;
        } else if ((lastKind === "add" || lastKind === "plus" || lastKind === "mul") && (joined2 || fits(seg, last, t.value))) {
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
    joined2 = false;
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
      const kept2 = [];
      for (const t of toks)
        if (!kept2.length || t.start >= kept2[kept2.length - 1].end)
          kept2.push(t);
      toks = kept2;
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
var numberRules, LETTER3, MAX_DIGITS, LETTER_RUN;
var init_numbers = __esm({
  "dist/language/numbers.js"() {
    "use strict";
    init_import_meta_url();
    init_dates2();
    init_pack();
    init_phrase_pattern();
    init_lexicon();
    init_char_class();
    numberRules = perLanguage(buildNumberRules);
    LETTER3 = new RegExp("\\p{L}", "u");
    MAX_DIGITS = 21;
    LETTER_RUN = new RegExp("\\p{L}+", "gu");
  }
});

// dist/language/quantities.js
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
function hasRateCue(text, start2, r) {
  const from = Math.max(0, start2 - 60);
  const window2 = text.slice(from, start2);
  let cut = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window2); m; m = SENTENCE_END.exec(window2))
    cut = m.index + m[0].length;
  const scope = window2.slice(cut);
  return r.rateCues.all(scope).length > 0;
}
function hedgeBefore(text, start2, r) {
  let at = start2;
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
    let start2 = n.span.start;
    let end = last.span.end;
    let unit;
    let unitSpan;
    const pre = r.before.endingAt(text, start2);
    if (pre && text.slice(pre.end, start2).length <= 1) {
      unit = pre.data;
      unitSpan = { start: pre.start, end: pre.end };
      start2 = pre.start;
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
    } else if (unit !== void 0 && unit !== "%" && unit !== "pp" && hasRateCue(text, start2, r)) {
      rate = true;
    }
    const hedge = hedgeBefore(text, start2, r);
    const q = {
      span: { start: hedge ? hedge.start : start2, end },
      value: n.value * factor,
      unit,
      decimals: Math.max(n.decimals, to?.decimals ?? 0),
      scale: n.scale * factor,
      approx: hedge?.data.approx ?? false,
      rate,
      raw: text.slice(hedge ? hedge.start : start2, end),
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
var quantityRules, SENTENCE_END;
var init_quantities = __esm({
  "dist/language/quantities.js"() {
    "use strict";
    init_import_meta_url();
    init_numbers();
    init_lexicon();
    init_char_class();
    init_pack();
    quantityRules = perLanguage(buildQuantityRules);
    SENTENCE_END = /[.!?;:\n]\s/gu;
  }
});

// dist/extract/cues.js
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
var cuePhrasesOf, prepositionWordsOf;
var init_cues = __esm({
  "dist/extract/cues.js"() {
    "use strict";
    init_import_meta_url();
    init_pack();
    init_grammar();
    init_tokens();
    init_grammar();
    cuePhrasesOf = perLanguage((lang) => {
      const raw = grammarOf(lang).cues ?? {};
      const out = {};
      for (const c of CUE_CLASSES) {
        out[c] = (raw[c] ?? []).map((p) => foldWord(p).split(/[\s]+/u).filter(Boolean)).filter((w) => w.length > 0).sort((a, b) => b.length - a.length);
      }
      return out;
    });
    prepositionWordsOf = perLanguage((lang) => /* @__PURE__ */ new Set([
      ...cuePhrasesOf(lang).preposition.filter((p) => p.length === 1).map((p) => p[0]),
      ...(grammarOf(lang).nameJoiners ?? []).filter((j) => !/\s/u.test(j)).map(foldWord)
    ]));
  }
});

// dist/extract/clauses.js
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
var HARD, SOFT, DASH_ONLY, CAPITAL;
var init_clauses = __esm({
  "dist/extract/clauses.js"() {
    "use strict";
    init_import_meta_url();
    init_cues();
    init_grammar();
    HARD = /[;:()[\]]|\s[–—-]\s/u;
    SOFT = /,/u;
    DASH_ONLY = /^\s+[–—-]\s+$/u;
    CAPITAL = new RegExp("^\\p{Lu}", "u");
  }
});

// dist/annotate/sentence.js
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
function tablesOf(lang) {
  if (lang !== lastLang || !lastTables) {
    lastTables = { all: cueIndexOf(lang), masks: firstWordClassesOf(lang).masks };
    lastLang = lang;
  }
  return lastTables;
}
var cueIndexOf, CLASS_BIT, UNKNOWN, firstWordClassesOf, lastLang, lastTables, SentenceAnnotation;
var init_sentence = __esm({
  "dist/annotate/sentence.js"() {
    "use strict";
    init_import_meta_url();
    init_clauses();
    init_cues();
    init_pack();
    init_tokens();
    cueIndexOf = perLanguage((lang) => {
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
    CLASS_BIT = new Map(CUE_CLASSES.map((c, k) => [c, 1 << k]));
    UNKNOWN = -1;
    firstWordClassesOf = perLanguage(() => ({ masks: [] }));
    SentenceAnnotation = class {
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
  }
});

// dist/extract/country-anaphor.js
function countryAnaphorMentions(text, tokens2, mentions, annotation2) {
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
      n = annotation2.cue("countryAnaphor", i);
      if (n > 0) {
        at = i;
        break;
      }
    }
    if (at < 0) {
      for (let i = Math.max(0, office.tokenStart - 3); i < office.tokenStart; i++) {
        const len = annotation2.cue("countryAnaphor", i);
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
    const start2 = tokens2[a.at].start;
    const end = tokens2[a.at + a.n - 1].end;
    out.push({
      entityId: first,
      entityType: "country",
      form: "name",
      span: { start: start2, end },
      text: text.slice(start2, end),
      tokenStart: a.at,
      tokenEnd: a.at + a.n,
      tail: "",
      alternatives: []
    });
  }
  return out;
}
var init_country_anaphor = __esm({
  "dist/extract/country-anaphor.js"() {
    "use strict";
    init_import_meta_url();
  }
});

// dist/language/periods.js
function buildPeriodRules(code) {
  const pack = loadPack(code, "periods");
  let rules;
  if (pack) {
    const byForm = /* @__PURE__ */ new Map();
    const add2 = (forms, role, n = 0) => {
      for (const form of forms ?? []) {
        const key = form.toLowerCase();
        const entry2 = byForm.get(key) ?? { form, roles: [] };
        entry2.roles.push({ role, n });
        byForm.set(key, entry2);
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
var periodRules, YEAR, FY_YEAR, Grammar;
var init_periods = __esm({
  "dist/language/periods.js"() {
    "use strict";
    init_import_meta_url();
    init_calendar();
    init_dates2();
    init_pack();
    init_lexicon();
    periodRules = perLanguage(buildPeriodRules);
    YEAR = new RegExp("(?<![\\p{L}\\p{N}]|\\p{N}[.,])\\d{4}(?![\\p{N}]|[.,]\\p{N})", "gu");
    FY_YEAR = new RegExp("(?<![\\p{L}\\p{N}])FY(\\d{4})(?!\\p{N})", "gu");
    Grammar = class {
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
  }
});

// dist/claims/frame.js
var verified2, unverifiable;
var init_frame = __esm({
  "dist/claims/frame.js"() {
    "use strict";
    init_import_meta_url();
    verified2 = (reason) => ({ verdict: "verified", reason });
    unverifiable = (reason) => ({ verdict: "unverifiable", reason });
  }
});

// dist/rules/date-weekday.js
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
var EN_DAYS, EN_MONTHS, dateWeekday;
var init_date_weekday = __esm({
  "dist/rules/date-weekday.js"() {
    "use strict";
    init_import_meta_url();
    init_calendar();
    init_dates2();
    init_frame();
    EN_DAYS = WEEKDAY_NAMES;
    EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    dateWeekday = {
      meta: { id: "date-weekday", frame: "weekday" },
      check: (frame2, ctx) => checkWeekday(frame2.claim, ctx.text, ctx.lang)
    };
  }
});

// dist/checks/names.js
function displayName(index, id, lang, lower = false) {
  const e = index.entity(id);
  const name = e?.names?.[lang]?.[0] ?? e?.names?.en?.[0] ?? id;
  return lower && e?.type === "office" && lang === "en" ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
var init_names2 = __esm({
  "dist/checks/names.js"() {
    "use strict";
    init_import_meta_url();
  }
});

// dist/checks/office-equivalents.js
function load2() {
  if (!shipped) {
    try {
      const data = JSON.parse((0, import_node_fs21.readFileSync)(new URL("../../rules/office-equivalents.json", importMetaUrl), "utf8"));
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
  const own2 = index.entity(office)?.sameAs;
  if (Array.isArray(own2)) {
    for (const o of own2)
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
var import_node_fs21, shipped, cache2;
var init_office_equivalents = __esm({
  "dist/checks/office-equivalents.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs21 = require("node:fs");
    cache2 = /* @__PURE__ */ new WeakMap();
  }
});

// dist/facts/posts.js
function postOf(s) {
  const o = s.object;
  return o && typeof o === "object" ? o : void 0;
}
var init_posts = __esm({
  "dist/facts/posts.js"() {
    "use strict";
    init_import_meta_url();
  }
});

// dist/rules/office-holder.js
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
function covers2(posts, w) {
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
  if (!pluralOffice(claim2.office) && others.length > 0 && others.length === holders.length && covers2(others, w))
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
  for (const person2 of [holder.person, ...holder.alternatives ?? []]) {
    for (const s of index.heldBy(person2)) {
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
  const person2 = displayName(index, claim2.person, "en");
  if (posts.length === 0)
    return unverifiable(`the fact set lists no posts for ${person2}`);
  const same = equivalentOffices(index, claim2.office);
  const samePost = posts.filter((s) => {
    const p = postOf(s);
    return p && same.has(p.office) && (claim2.of === void 0 || p.of === claim2.of) && s.rank !== "deprecated";
  });
  const post = describePost(index, claim2.office, claim2.of);
  const begins = (s, slack = 0) => !time.startIn || typeof s.from === "string" && s.from >= addDays(time.startIn.start, -slack) && s.from <= addDays(time.startIn.end, slack);
  const hit = samePost.find((s) => begins(s) && time.windows.some((w) => overlaps(s, w)));
  if (hit && claim2.since !== void 0)
    return checkSince(claim2, claim2.since, hit, samePost, index, person2);
  if (hit)
    return verified2(`${person2}: ${describePost(index, postOf(hit).office, postOf(hit).of)} ${describeTerm(hit)}`);
  if (time.loose)
    return unverifiable("the clause speaks of a time it does not pin down");
  const handover = samePost.find((s) => begins(s, HANDOVER_DAYS) && time.windows.some((w) => overlaps(s, {
    start: w.start === MIN ? MIN : addDays(w.start, -HANDOVER_DAYS),
    end: w.end === MAX ? MAX : addDays(w.end, HANDOVER_DAYS)
  })));
  if (handover)
    return unverifiable(`${person2} was ${describePost(index, postOf(handover).office, postOf(handover).of)} ${describeTerm(handover)}, within ${HANDOVER_DAYS} days of the time the article speaks of: news of a handover`);
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
function checkSince(claim2, since, hit, terms, index, person2) {
  const starts = terms.map((s) => s.from).filter((f) => typeof f === "string");
  if (starts.some((f) => Number(f.slice(0, 4)) === since))
    return verified2(`${person2}: ${describePost(index, postOf(hit).office, postOf(hit).of)} ${describeTerm(hit)}`);
  if (!hit.from)
    return unverifiable(`the fact set does not say when ${person2}'s term began`);
  const exact = describePost(index, postOf(hit).office, postOf(hit).of);
  return {
    verdict: "contradicted",
    reason: `${person2} has been ${exact} since ${hit.from}`,
    finding: {
      ruleId: "office-holder",
      span: claim2.span,
      message: `${person2} has been ${exact} since ${hit.from}, not since ${since}`,
      actual: `${person2}: ${exact} since ${since}`,
      expected: `${person2}: ${exact} ${describeTerm(hit)}`,
      fact: hit
    }
  };
}
function finding(claim2, index, text, posts, samePost, time) {
  const person2 = displayName(index, claim2.person, "en");
  const post = describePost(index, claim2.office, claim2.of);
  const started = claim2.started;
  const at = started ? started.length === 4 ? `${started}-12-31` : started : claim2.thenAt && time?.windows[0] && time.windows[0].start !== MIN ? time.windows[0].start : claim2.at;
  const when = started ? started.length === 4 ? ` in ${started}` : ` on ${started}` : at ? ` on ${at}` : "";
  const heldThen = at ? posts.filter((s) => overlaps(s, { start: at, end: at })) : posts;
  const holders = at && claim2.of ? index.holdersAt(claim2.office, claim2.of, at).filter((s) => s.subject !== claim2.person) : [];
  let message2;
  let fact;
  let term2;
  const firstDays = samePost.filter((s) => s.from);
  if (started && at && firstDays.length > 0) {
    const distance4 = (s2) => Math.abs(Date.parse(s2.from) - Date.parse(at));
    const s = firstDays.reduce((a, b) => distance4(b) < distance4(a) ? b : a);
    fact = s;
    const exact = describePost(index, claim2.office, postOf(s)?.of);
    message2 = `${person2} took office as ${exact} on ${describeBoundary(s.from, s.fromPrecision, s.fromAlt)}, not${when}`;
    term2 = `${person2}: ${exact} ${describeTerm(s)}`;
  } else if (samePost.length > 0 && at) {
    const s = samePost.reduce((a, b) => (a.from ?? MIN) > (b.from ?? MIN) ? a : b);
    fact = s;
    const exact = describePost(index, claim2.office, postOf(s)?.of);
    const terms = [...samePost].sort((a, b) => (a.from ?? MIN) < (b.from ?? MIN) ? -1 : (a.from ?? MIN) > (b.from ?? MIN) ? 1 : 0);
    const next = terms.find((t) => (t.from ?? MIN) > at);
    const prev = [...terms].reverse().find((t) => (t.from ?? MIN) <= at);
    if (terms.length > 1 && next && !prev) {
      fact = next;
      message2 = `${person2} first took office as ${exact} on ${describeBoundary(next.from, next.fromPrecision, next.fromAlt)}, after ${at}`;
    } else if (terms.length > 1 && next && prev && prev.to && prev.to < at) {
      fact = next;
      message2 = `${person2} was ${exact} ${describeTerm(prev)} and ${describeTerm(next)}, not${when}`;
    } else if ((s.from ?? MIN) > at)
      message2 = `${person2} took office as ${exact} only on ${describeBoundary(s.from, s.fromPrecision, s.fromAlt)}, after ${at}`;
    else if (!s.to)
      message2 = `${person2} has been ${exact} since ${describeBoundary(s.from ?? MIN, s.fromPrecision, s.fromAlt)}${claim2.recent ? `: no new holder${when}` : `, not${when}`}`;
    else
      message2 = `${person2} was ${exact} until ${describeBoundary(s.to, s.toPrecision, s.toAlt)}, not${when}`;
  } else {
    message2 = `${person2} was not ${post}${when}`;
    fact = heldThen[0] ?? posts[0];
  }
  const actualPosts = heldThen.map((s) => {
    const p = postOf(s);
    return p ? `${describePost(index, p.office, p.of)} (${describeTerm(s)})` : "";
  }).filter(Boolean);
  if (actualPosts.length)
    message2 += `; the fact set has ${person2} as ${actualPosts.join(" and ")}`;
  const holderNames = holders.map((h) => displayName(index, Array.isArray(h.subject) ? h.subject[0] : h.subject, "en"));
  if (holderNames.length)
    message2 += `; ${post}${when ? " then" : ""}: ${holderNames.join(", ")}`;
  if (!fact && holders[0])
    fact = holders[0];
  return {
    ruleId: "office-holder",
    span: claim2.span,
    message: message2,
    actual: `${person2}: ${post}`,
    expected: term2 ?? (actualPosts.length ? `${person2}: ${actualPosts.join("; ")}` : holderNames.length ? `${post}: ${holderNames.join(", ")}` : `${person2}: no such post${when}`),
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
function nearArticleDate(resolved, at) {
  return !!resolved && !!at && Math.abs(Date.parse(resolved) - Date.parse(at)) <= NEAR_DAYS * 864e5;
}
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
var MIN, MAX, HANDOVER_DAYS, isCountry, NEAR_DAYS, RECENT_DAYS, INCOMING_DAYS, officeHolder;
var init_office_holder = __esm({
  "dist/rules/office-holder.js"() {
    "use strict";
    init_import_meta_url();
    init_frame();
    init_names2();
    init_office_equivalents();
    init_time();
    init_uncertain();
    init_posts();
    MIN = "0000-01-01";
    MAX = "9999-12-31";
    HANDOVER_DAYS = 3;
    isCountry = (index, id) => !!id && index.entity(id)?.type === "country";
    NEAR_DAYS = 60;
    RECENT_DAYS = 366;
    INCOMING_DAYS = 92;
    officeHolder = {
      meta: { id: "office-holder", frame: "office" },
      check(frame2, ctx) {
        return checkOffice(frame2.claim, frame2.time, ctx.index, ctx.text);
      }
    };
  }
});

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
var NEAR_MS, eventDate;
var init_event_date = __esm({
  "dist/rules/event-date.js"() {
    "use strict";
    init_import_meta_url();
    init_frame();
    init_names2();
    init_uncertain();
    init_office_holder();
    NEAR_MS = NEAR_DAYS * 864e5;
    eventDate = {
      meta: { id: "event-date", frame: "event-date" },
      check: (frame2, ctx) => checkEventDate(frame2.claim, ctx.index)
    };
  }
});

// dist/checks/figures.js
function entitiesOf(s) {
  return [...asList(s.subject), ...asList(s.of)];
}
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
  const before2 = new Date(t - JUST_HELD_DAYS * DAY).toISOString().slice(0, 7);
  return s.period === date.slice(0, 7) || s.period === before2;
}
function heldIn(index, e, period) {
  if (!isValidPeriod(period))
    return false;
  const { start: start2, end } = periodRange(period);
  return index.datesOf(e).some((d) => {
    const day = d.date ?? d.from ?? d.to;
    return typeof day === "string" && day >= start2 && day <= end;
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
function isFiscalYearOf(period, year) {
  if (!isValidPeriod(period))
    return false;
  const { start: start2, end } = periodRange(period);
  const months = (Number(end.slice(0, 4)) - Number(start2.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(start2.slice(5, 7)) + 1;
  return Number(start2.slice(0, 4)) === year && Number(end.slice(0, 4)) === year + 1 && months === 12;
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
    const before2 = claim2.periodBefore;
    const shifted2 = before2 ? { ...claim2, period: before2, periodExplicit: true, periodInContext: void 0, periodBefore: void 0, periodFromShare: true } : void 0;
    if (before2 && shifted2 && before2 !== claim2.period && index.statementsOf(claim2.property).some((st) => samePeriodAs(st.period, before2) && consistent(st, shifted2, index, date)))
      return checkMetricClaim(shifted2, index, text, date);
    const last = String(Number(claim2.period) - 1);
    if (samePeriod.length === 0 && has2(last))
      return checkMetricClaim({ ...claim2, period: last, periodInContext: void 0 }, index, text, date);
  }
  if (samePeriod.length === 0 && claim2.periodQuoted && recordSubjects.length > 0)
    return unverifiable(`the fact set has no value for ${claim2.period}; a relative period inside a quotation is not compared with other articles`);
  if (samePeriod.length === 0) {
    const moved2 = movedYear(claim2, candidates);
    if (moved2 && recordSubjects.length > 0) {
      const said2 = formatValue(claim2.value, claim2.unit);
      const what2 = index.property(claim2.property)?.names?.en?.[0] ?? claim2.property;
      const who2 = recordSubjects.map((id) => displayName(index, id, "en")).join("\u2013");
      return {
        verdict: "contradicted",
        reason: `${describeValue(moved2, claim2.unit)} is the fact set's value for ${moved2.period}, and it has none for ${claim2.period}`,
        finding: {
          ruleId: "metric-value",
          span: claim2.span,
          message: `${what2} (${who2}): the article gives ${said2} for ${claim2.period}; that is the fact set's value for ${moved2.period}, and it has none for ${claim2.period}: is the year right?`,
          actual: `${said2} (${claim2.period})`,
          expected: `${describeValue(moved2, claim2.unit)} (${moved2.period})`,
          fact: moved2
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
  const names2 = (ids) => ids.map((id) => displayName(index, id, "en")).join("\u2013");
  const who = ref && ref.of !== void 0 ? `${names2(asList(ref.subject))} in ${names2(asList(ref.of))}` : names2(subjects.length ? subjects : [...same.values()][0] ?? []);
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
  let message2;
  if (deprecated && !best)
    message2 = `${what} (${who}, ${claim2.period}): ${said} is a value the fact set marks as wrong`;
  else if (best)
    message2 = `${what} (${who}, ${claim2.period}): the article says ${said}, the fact set ${values.join("; ")}${readAs}`;
  else
    return unverifiable("no value to compare");
  const other = candidates.find((s) => s.period && !samePeriodAs(s.period, claim2.period) && s.rank !== "deprecated" && typeof s.value === "number" && within({ ...claim2, approx: false }, s.value, s.tolerance));
  if (other)
    message2 += `; ${formatValue(other.value ?? NaN, other.unit ?? claim2.unit)} is the value for ${other.period}`;
  if (deprecated && best)
    message2 += "; the value is one the fact set marks as wrong";
  return {
    verdict: "contradicted",
    reason: best ? `the fact set has ${values.join("; ")}${readAs}` : "a value marked wrong",
    finding: {
      ruleId: rule,
      span: claim2.span,
      message: message2,
      actual: `${said} (${claim2.period})`,
      expected: best ? `${values.join("; ")} (${best.period})` : "another value",
      ...best ?? deprecated ? { fact: best ?? deprecated } : {}
    }
  };
}
var DAY, JUST_HELD_DAYS, PRELIMINARY_POINTS, PRELIMINARY_SHARE, BOUND_REACH, NEARLY_REACH, FISCAL_YEAR;
var init_figures = __esm({
  "dist/checks/figures.js"() {
    "use strict";
    init_import_meta_url();
    init_facts();
    init_time();
    init_posts();
    init_frame();
    init_names2();
    DAY = 864e5;
    JUST_HELD_DAYS = 10;
    PRELIMINARY_POINTS = 2;
    PRELIMINARY_SHARE = 0.05;
    BOUND_REACH = 1.5;
    NEARLY_REACH = 0.1;
    FISCAL_YEAR = /^(\d{4})\/\d{2}$/u;
  }
});

// dist/rules/metric-value.js
var metricValue;
var init_metric_value = __esm({
  "dist/rules/metric-value.js"() {
    "use strict";
    init_import_meta_url();
    init_figures();
    metricValue = {
      meta: { id: "metric-value", frame: "metric" },
      applies: (frame2) => frame2.claim.propertyKind !== "share",
      check: (frame2, ctx) => checkMetricClaim(frame2.claim, ctx.index, ctx.text, ctx.date)
    };
  }
});

// dist/extract/place-kinds.js
function placeKindWords() {
  if (!words2)
    words2 = new Set(availableLangs("grammar").flatMap((l) => grammarOf(l).cues?.placeKind ?? []).flatMap((w) => w.toLowerCase().split(/\s+/u)));
  return words2;
}
var words2;
var init_place_kinds = __esm({
  "dist/extract/place-kinds.js"() {
    "use strict";
    init_import_meta_url();
    init_pack();
    init_grammar();
  }
});

// dist/rules/place.js
function locatedInProperty(index) {
  return index.properties().find((p) => p.kind === "place" && p.id === "located-in")?.id ?? index.properties().find((p) => p.kind === "place")?.id ?? "located-in";
}
function knownPlaces(index, claim2) {
  const prop = claim2.property ?? locatedInProperty(index);
  if (prop === locatedInProperty(index)) {
    const facts3 = index.statementsOf(prop).filter((s) => s.subject === claim2.subject || Array.isArray(s.subject) && s.subject.includes(claim2.subject));
    return { places: index.placesAround(claim2.subject), facts: facts3 };
  }
  const facts2 = index.statementsOf(prop).filter((s) => (s.subject === claim2.subject || Array.isArray(s.subject) && s.subject.includes(claim2.subject)) && typeof s.object === "string" && s.rank !== "deprecated");
  const places = facts2.flatMap((s) => [s.object, ...index.placesAround(s.object)]);
  return { places: [...new Set(places)], facts: facts2 };
}
function kindOf(index, id, memo) {
  const e = index.entity(id);
  if (!e || e.type !== "place")
    return e?.type;
  let k = memo.get(id);
  if (k === void 0) {
    const words4 = placeKindWords();
    const region2 = Object.values(e.names ?? {}).some((ns) => ns.some((n) => n.toLowerCase().split(/[\s\-]+/u).some((w) => words4.has(w))));
    const depth = index.placesAround(id).filter((p) => index.entity(p)?.type !== "country").length;
    k = `place:${region2 ? "region" : "other"}:${depth}`;
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
  const { places, facts: facts2 } = knownPlaces(index, claim2);
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
        ...facts2[0] ? { fact: facts2[0] } : {}
      }
    };
  }
  if (near2 && places.length)
    return verified2(`${subject} is in the same country as ${place2}`);
  return unverifiable(`the fact set does not relate ${subject} to ${place2}`);
}
var place;
var init_place = __esm({
  "dist/rules/place.js"() {
    "use strict";
    init_import_meta_url();
    init_frame();
    init_names2();
    init_place_kinds();
    place = {
      meta: { id: "place", frame: "place" },
      check: (frame2, ctx) => checkPlace(frame2.claim, ctx.index)
    };
  }
});

// dist/rules/share-value.js
var shareValue;
var init_share_value = __esm({
  "dist/rules/share-value.js"() {
    "use strict";
    init_import_meta_url();
    init_figures();
    shareValue = {
      meta: { id: "share-value", frame: "metric" },
      applies: (frame2) => frame2.claim.propertyKind === "share",
      check: (frame2, ctx) => checkMetricClaim(frame2.claim, ctx.index, ctx.text, ctx.date)
    };
  }
});

// dist/rules/index.js
var frameRules;
var init_rules = __esm({
  "dist/rules/index.js"() {
    "use strict";
    init_import_meta_url();
    init_date_weekday();
    init_event_date();
    init_metric_value();
    init_office_holder();
    init_place();
    init_share_value();
    frameRules = [officeHolder, metricValue, shareValue, dateWeekday, eventDate, place];
  }
});

// dist/claims/years.js
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
function yearsOutsideAsides(text, span, claim2, years, others) {
  if (years.length === 0 || others.length === 0)
    return [...new Set(years.map((y) => y.year))];
  const kept2 = years.filter((y) => {
    const from = Math.max(span.start, y.start - ASIDE_REACH);
    const open = text.slice(from, y.start).lastIndexOf(",");
    if (open < 0)
      return true;
    const openAt = from + open;
    const rest = text.slice(y.start, Math.min(span.end, y.start + ASIDE_REACH));
    const close = rest.indexOf(",") < 0 ? Math.min(span.end, y.start + ASIDE_REACH) : y.start + rest.indexOf(",");
    if (claim2.start >= openAt && claim2.start < close)
      return true;
    const before2 = text.slice(Math.max(span.start, openAt - ASIDE_REACH), openAt).trimEnd().length + Math.max(span.start, openAt - ASIDE_REACH);
    return !others.some((o) => o.end === before2);
  });
  return [...new Set(kept2.map((y) => y.year))];
}
var YEAR2, ASIDE_REACH;
var init_years = __esm({
  "dist/claims/years.js"() {
    "use strict";
    init_import_meta_url();
    YEAR2 = /(?<![\p{L}\p{N}.,])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d)/gu;
    ASIDE_REACH = 200;
  }
});

// dist/claims/office-start.js
function attributive(text, at, articles) {
  const before2 = new RegExp("(\\p{L}+)[\\s\\u00a0]+$", "u").exec(text.slice(Math.max(0, at - 12), at));
  return !!before2 && articles.has(foldWord(before2[1]));
}
function officeStart(claim2, annotation2, text, sentence2, dates) {
  if (claim2.via !== "predicate" || claim2.since !== void 0)
    return void 0;
  const clause = annotation2.clauseAt(claim2.officeSpan.start);
  if (annotation2.clauseAt(claim2.personSpan.start) !== clause || !annotation2.clausesWith("officeStart").has(clause))
    return void 0;
  const at = claim2.at;
  const near2 = (d) => nearArticleDate(d.resolved, at);
  const joined2 = (start3, end2) => {
    const a = Math.min(end2, claim2.officeSpan.start);
    const b = Math.max(start3, Math.max(claim2.officeSpan.end, claim2.ofSpan?.end ?? 0));
    return !text.slice(a, b).includes(",");
  };
  const inClause = dates.filter((d) => annotation2.clauseAt(d.span.start) === clause && joined2(d.span.start, d.span.end));
  const days = /* @__PURE__ */ new Set();
  for (const d of inClause) {
    if (!d.resolved || !(d.yearExplicit || near2(d)))
      return void 0;
    days.add(d.resolved);
  }
  const around = { start: Math.max(sentence2.start, claim2.span.start - YEAR_REACH), end: Math.min(sentence2.end, claim2.span.end + YEAR_REACH) };
  const years = new Set(yearMentionsIn(text, around).filter((y) => annotation2.clauseAt(y.start) === clause && joined2(y.start, y.start + 4) && !dates.some((d) => y.start >= d.span.start && y.start < d.span.end) && !attributive(text, y.start, articleWordsOf(claim2.lang))).map((y) => y.year));
  if (days.size + years.size === 0) {
    if (claim2.tense !== "current" || !at)
      return void 0;
    return { window: { start: at, end: addDays(at, START_DAYS) } };
  }
  if (days.size + years.size !== 1)
    return void 0;
  const day = [...days][0];
  const year = [...years][0];
  const start2 = day ?? `${year}-01-01`;
  const end = addDays(day ?? `${year}-12-31`, START_DAYS);
  if (at && start2 > at)
    return void 0;
  return { window: { start: addDays(start2, -EARLY_DAYS), end }, written: day ?? String(year) };
}
var START_DAYS, EARLY_DAYS, YEAR_REACH;
var init_office_start = __esm({
  "dist/claims/office-start.js"() {
    "use strict";
    init_import_meta_url();
    init_time();
    init_grammar();
    init_tokens();
    init_office_holder();
    init_years();
    START_DAYS = 120;
    EARLY_DAYS = 3;
    YEAR_REACH = 300;
  }
});

// dist/text/quotes.js
function insideQuote(text, offset) {
  let start2 = text.lastIndexOf("\n\n", offset);
  start2 = start2 < 0 ? 0 : start2 + 2;
  let depth = 0;
  let straight = false;
  for (let i = start2; i < offset; i++) {
    const c = text[i];
    if (c === '"')
      straight = !straight;
    else if (c === "\u201C" && depth > 0 && text.lastIndexOf("\u201E", i) >= start2 && text.lastIndexOf("\u201E", i) > text.lastIndexOf("\u201C", i - 1))
      depth--;
    else if (OPEN2.has(c))
      depth++;
    else if (CLOSE2.has(c) && depth > 0)
      depth--;
  }
  return depth > 0 || straight;
}
var OPEN2, CLOSE2;
var init_quotes = __esm({
  "dist/text/quotes.js"() {
    "use strict";
    init_import_meta_url();
    OPEN2 = /* @__PURE__ */ new Set(["\xAB", "\u201C", "\u201E", "\u2039"]);
    CLOSE2 = /* @__PURE__ */ new Set(["\xBB", "\u201D", "\u203A"]);
  }
});

// dist/extract/metric-claims.js
function durationBefore(ann, q) {
  const at = ann.tokenAt((q.hedgeSpan ?? q.span).start);
  for (let i = Math.max(0, at - 4); i < at; i++)
    if (ann.cue("duration", i) === at - i)
      return true;
  return false;
}
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
  const statementOf2 = new Int32Array(clauseCount);
  for (let c2 = 1; c2 < clauseCount; c2++) {
    const hard = hardClauses.has(c2);
    segmentOf[c2] = hard ? c2 : segmentOf[c2 - 1];
    const t = clauseFirst.get(c2) ?? -1;
    statementOf2[c2] = hard && t > 0 && /[:;]/u.test(ctx.text.slice(tokens2[t - 1].end, tokens2[t].start)) ? c2 : statementOf2[c2 - 1];
  }
  const segmentStart = (c2) => segmentOf[c2] ?? 0;
  const asideParent = (c2) => {
    const s0 = clauseFirst.get(c2) ?? -1;
    return s0 > 0 && ann.cue("asideOpener", s0) > 0 ? clause[s0 - 1] : void 0;
  };
  const statementStart = (c2) => statementOf2[c2] ?? 0;
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
    let start2 = m.tokenStart;
    for (let moved2 = true; moved2; ) {
      moved2 = false;
      for (const list2 of [near(ctx.mentions, m.span), near(headMentions(), m.span)]) {
        for (const x of list2) {
          if (x.entityId === m.entityId && x.tokenStart < start2 && x.tokenEnd >= start2 - 1) {
            start2 = x.tokenStart;
            moved2 = true;
          }
        }
      }
    }
    for (let k = start2 - 1; k >= 0 && k >= start2 - 4; k--) {
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
    const before2 = inClause.filter((m) => m.span.end <= q.span.start);
    if (before2.length) {
      const last = before2[before2.length - 1];
      const joined2 = before2.some((m) => m.entityId !== last.entityId && m.tokenEnd <= last.tokenStart && last.tokenStart - m.tokenEnd <= 2 && keys.slice(m.tokenEnd, last.tokenStart).some((k) => c.and.has(k)));
      return joined2 ? void 0 : last.entityId;
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
    const known2 = (i) => near(ctx.mentions, tokens2[i]).some((m) => m.tokenStart <= i && m.tokenEnd > i) || monthIndex(ctx.lang, tokens2[i].text) !== void 0 || weekdayKeysOf(ctx.lang).has(keys[i]);
    for (let i = qi - 2; i >= 0 && i >= qi - UNKNOWN_REACH && clause[i] === cl; i--) {
      if (clause[i + 1] !== cl || clause[i] === void 0)
        continue;
      if (i === 0 || clause[i - 1] !== cl)
        break;
      if (CAPITALISED.test(tokens2[i].text) && CAPITALISED.test(tokens2[i + 1].text) && new RegExp("^\\p{L}", "u").test(tokens2[i + 1].text) && onlySpaceBetween(ctx.text, tokens2[i].end, tokens2[i + 1].start) && !known2(i) && !known2(i + 1) && rivalBefore(i))
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
      const known2 = sourcedCache.get(m);
      if (known2 !== void 0)
        return known2;
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
        const kept2 = ms.filter((m) => !inAside(m));
        if (kept2.length < ms.length)
          ms = kept2;
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
      const before3 = tokens2[opener2 - 1];
      asideOfUnknown = before3 !== void 0 && CAPITALISED.test(before3.text) && /^\s*,\s*$/u.test(ctx.text.slice(before3.end, tokens2[opener2].start)) && !near(ctx.mentions, before3).some((m) => m.tokenStart < opener2 && m.tokenEnd >= opener2);
      ms = asideOfUnknown ? [] : near(byClause(candidates).get(parentClause) ?? [], q.span).filter((m) => m.span.end <= q.span.start && !(m.tokenEnd > 0 && sourced(m)));
      const antecedent = !asideOfUnknown ? ms.find((m) => m.tokenEnd === opener2 && RIVALS.has(m.entityType)) : void 0;
      if (antecedent)
        ms = ms.filter((m) => m.entityId === antecedent.entityId || !RIVALS.has(m.entityType));
    }
    if (q.unit !== void 0 && (/^[A-Z]{3}$/u.test(q.unit) || MEASURES.has(q.unit))) {
      const before3 = near(figuresInOrder, q.span).filter((f) => f !== q && f.span.end <= q.span.start && f.unit === q.unit && clauseOf(f.span) === cl).at(-1);
      const own2 = before3 ? ms.filter((m) => m.span.start >= before3.span.end && m.span.end <= q.span.start) : [];
      if (own2.length > 0)
        ms = own2;
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
        const before3 = nextStart;
        const resultName = (m) => m.entityType === "person" || m.entityType === "organization" || m.entityType === "party";
        const between = (m) => resultName(m) && m.span.start >= q.span.end && m.span.end <= before3;
        const later = (m) => resultName(m) && m.span.start >= before3;
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
        const names2 = [...new Set(ms.filter((m) => m.span.end <= first && RIVALS.has(m.entityType)).map((m) => m.entityId))];
        const own2 = names2.length === figs.length ? names2[figs.indexOf(q)] : void 0;
        ms = ms.filter((m) => !RIVALS.has(m.entityType) || m.entityId === own2);
      }
    }
    const pi = ms.findIndex((m) => m.entityType === "country" && m.tokenStart > 0 && c.partner.has(keys[m.tokenStart - 1]));
    const partner = ms[pi];
    let bare = false;
    let otherSideUnknown = false;
    if (partner) {
      const next = ms[pi + 1];
      const joined2 = next && next.entityType === "country" && next.tokenStart - partner.tokenEnd === 1 && c.and.has(keys[partner.tokenEnd]);
      const word = nearest(near(ctx.properties, partner.span).filter((p) => p.span.end <= partner.span.start), partner.span);
      const from = word ? Math.max(0, tokenIndexAt(tokens2, word.span.start) - 3) : partner.tokenStart;
      ms = ms.filter((m) => m === partner || joined2 && m === next || m.tokenStart >= from && m.tokenEnd <= partner.tokenStart);
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
          ms = ms.filter((m) => m === partner || joined2 && m === next);
        otherSideUnknown = unknown && !joined2;
        bare = !unknown && !ms.some((m) => m !== partner && m !== next);
      }
      if (bare && !joined2) {
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
      const before3 = near(candidates, q.span).filter((m) => m.span.end <= q.span.start && !(m.tokenEnd > 0 && sourced(m)) && !(paired && RIVALS.has(m.entityType)) && !(q.unit !== "%" && partGoverned(m)));
      const segment = statementStart(cl);
      const own2 = segment > 0 ? before3.filter((m) => clause[m.tokenStart] >= segment) : [];
      ms = own2.length ? own2 : before3;
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
      const region2 = (e) => ctx.mentions.some((m) => m.entityId === e && (m.entityType === "region" || m.entityType === "organization"));
      for (let k = named.length - 1; k >= 0; k--)
        if (!pair.includes(named[k]) && region2(named[k]))
          named.splice(k, 1);
      for (let k = byName.length - 1; k >= 0; k--)
        if (!named.includes(byName[k]))
          byName.splice(k, 1);
    }
    const anaphorAt = anaphorIn.get(cl) ?? -1;
    const before2 = anaphorAt >= 0 ? near(ctx.mentions, tokens2[anaphorAt]).filter((m) => m.entityType === "country" && m.form === "name" && m.tokenEnd > 0 && m.tokenEnd <= anaphorAt && !partOfName(m) && !sourced(m)).at(-1)?.entityId : void 0;
    const a = before2 ?? ctx.lastCountry;
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
    const stop2 = ctx.text.slice(q.span.end, Math.max(q.span.end, window2)).search(/[,;:.!?()]/u);
    const limit = stop2 < 0 ? ctx.sentence.end : q.span.end + stop2;
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
    const own2 = ps.filter((p) => clauseOf(p.span) === clauseOf(q.span));
    if (own2.length)
      return own2;
    const parent = asideParent(clauseOf(q.span));
    const inParent = parent === void 0 ? [] : ps.filter((p) => clauseOf(p.span) === parent && p.span.end <= q.span.start);
    if (inParent.length)
      return inParent;
    const main2 = segmentStart(clauseOf(q.span));
    const before2 = (c2) => ps.filter((p) => clauseOf(p.span) === c2 && p.span.end <= q.span.start);
    const segment = main2 > 0 ? before2(main2) : [];
    return segment.length ? segment : before2(0);
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
    const own2 = nearest(near(percentsBy.get(clauseOf(o.span)) ?? [], o.span), o.span);
    if (to - from > 4 || !own2 || own2.span.start < p.span.end)
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
      let joined2 = false;
      let only = to > from;
      for (let i = from; i < to && only; i++) {
        const t = tokens2[i];
        if (c.and.has(keys[i]))
          joined2 = true;
        else if (!ctx.periods.some((p) => p.span.start <= t.start && p.span.end >= t.end))
          only = false;
      }
      if (only && joined2 && clause[from] === clause[Math.max(from, to - 1)])
        chosen = lastRate.chosen;
      else if (to - from <= 8 && inComparison(q.span, 3, true) && basePeriodAfter(q)) {
        let plain2 = true;
        let cueEnd = -1;
        for (let i = from; i < to && plain2; i++) {
          const t = tokens2[i];
          const n = ann.cue("comparison", i);
          if (n > 0)
            cueEnd = Math.max(cueEnd, i + n);
          plain2 = i < cueEnd || t.start >= lastRate.chosen.near.start && t.end <= lastRate.chosen.near.end || ctx.periods.some((p) => p.span.start <= t.start && p.span.end >= t.end);
        }
        if (plain2)
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
  const own2 = ctx.properties.some((p) => p.tokenStart === first && p.tokenEnd === first + 1 && ctx.property(p.entityId)?.kind === "change");
  if (first >= ctx.tokens.length || !(own2 || ann.cue("rise", first) === 1 || ann.cue("decline", first) === 1))
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
  const own2 = (byClause ? near(byClause.get(clauseOf(q.span)) ?? [], q.span) : periods.filter((p) => clauseOf(p.span) === clauseOf(q.span))).filter(mine);
  if (own2.length)
    return nearestPeriod([...own2], q.span);
  const own22 = clauseOf(q.span);
  return nearestPeriod(nearby.filter((p) => p.span.end <= q.span.start && free(p) && !(aside && clauseOf(p.span) !== own22 && aside(clauseOf(p.span)))), q.span);
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
var ENTITY_TYPES, NOT_THINGS, CAPITALISED, RELATIVE_REACH, UNKNOWN_REACH, placeKindWords2, RIVALS, partOfWholeOf, cues, isDigit2, EXCEED_REACH, exceedVerbsOf;
var init_metric_claims = __esm({
  "dist/extract/metric-claims.js"() {
    "use strict";
    init_import_meta_url();
    init_pack();
    init_numbers();
    init_calendar();
    init_grammar();
    init_tokens();
    init_near();
    init_quotes();
    init_cues();
    init_kinds();
    init_sentence();
    init_time();
    ENTITY_TYPES = CONTEXT_TYPES;
    NOT_THINGS = /* @__PURE__ */ new Set([...PLACE_TYPES, ...CONTEXT_TYPES, "person", "office", "party", "organisation"]);
    CAPITALISED = new RegExp("^\\p{Lu}", "u");
    RELATIVE_REACH = 8;
    UNKNOWN_REACH = 16;
    placeKindWords2 = perLanguage((lang) => new Set(cuePhrasesOf(lang).placeKind.filter((p) => p.length === 1).map((p) => p[0])));
    RIVALS = /* @__PURE__ */ new Set(["person", "party", "organization", "organisation"]);
    partOfWholeOf = perLanguage((lang) => (numbersPack(lang)?.partOfWhole ?? []).map((p) => foldWord(p).split(/\s+/u)).sort((a, b) => b.length - a.length));
    cues = perLanguage((lang) => {
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
    isDigit2 = (c) => c >= 48 && c <= 57;
    EXCEED_REACH = 10;
    exceedVerbsOf = perLanguage((lang) => new Set((numbersPack(lang)?.lowerBoundVerbs ?? []).map(foldWord)));
  }
});

// dist/extract/heads.js
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
  const before2 = words4[words4.length - 2];
  return before2 && new RegExp("^\\p{Ll}+$", "u").test(before2) ? `${before2} ${stem}` : void 0;
}
function headsOf(e, lang) {
  const names2 = e.names?.[lang] ?? [];
  const possessive = [...grammarOf(lang).possessiveHeadEndings ?? []].map((x) => x.toLowerCase()).sort((a, b) => b.length - a.length);
  const position2 = grammarOf(lang).headPosition ?? "first";
  const modifiers = grammarOf(lang).headModifierEndings ?? [];
  const short = new Set(names2.filter((n) => !SPLIT.test(n)).map((n) => n.toLowerCase()));
  const heads = /* @__PURE__ */ new Set();
  const compound = grammarOf(lang).compoundHeadLast === true;
  const prepositions = prepositionWordsOf(lang);
  const articles = articleWordsOf(lang);
  for (const name of names2) {
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
      const bare = position2 === "last" && possessive.length ? bareHead(rest, possessive) : void 0;
      if (bare)
        heads.add(rest.length > 1 && !bare.includes(" ") ? [...rest.slice(0, -1), bare].join(" ") : bare);
    } else if (rest.length === words4.length) {
      let first = 0;
      while (position2 === "first" && first < words4.length - 1 && modifiers.some((e2) => words4[first].toLowerCase().endsWith(e2)))
        first++;
      const w = position2 === "last" ? words4[words4.length - 1] : words4[first];
      if (new RegExp("^\\p{Ll}", "u").test(w) || lang === "de") {
        heads.add(w);
        const bare = position2 === "last" && possessive.length ? bareHead(words4, possessive) : void 0;
        if (bare)
          heads.add(bare);
      } else if (words4.length >= 3 && (position2 === "first" || e.type === "event")) {
        if (position2 === "first")
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
    const names2 = {};
    for (const l of langs) {
      const h = headsOf(e, l);
      if (h.length)
        names2[l] = h;
    }
    if (Object.keys(names2).length)
      out.push({ id: e.id, type: `head:${e.type}`, names: names2 });
  }
  return out;
}
var SPLIT;
var init_heads = __esm({
  "dist/extract/heads.js"() {
    "use strict";
    init_import_meta_url();
    init_grammar();
    init_cues();
    init_tokens();
    SPLIT = /[\s\u00a0]+/u;
  }
});

// dist/extract/place-claims.js
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
    const own2 = s.ctx.mentions.filter((m) => s.ctx.hasPlace?.(m.entityId, p.entityId) && s.clause[m.tokenStart] === s.clause[p.tokenStart]);
    const subject = own2.filter((m) => m.span.end <= p.span.start).sort((a, b) => b.span.end - a.span.end)[0] ?? own2.filter((m) => m.span.start >= y.span.end).sort((a, b) => a.span.start - b.span.start)[0];
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
  const own2 = new Set(s.out.filter((c) => c.pattern === "property").map((o) => `${o.subject}\0${o.place}\0${o.placeSpan.start}`));
  return own2.size ? s.out.filter((c) => c.pattern !== "in" || !own2.has(`${c.subject}\0${c.place}\0${c.placeSpan.start}`)) : s.out;
}
var cuesOf;
var init_place_claims = __esm({
  "dist/extract/place-claims.js"() {
    "use strict";
    init_import_meta_url();
    init_near();
    init_pack();
    init_grammar();
    init_kinds();
    init_tokens();
    cuesOf = perLanguage((lang) => (grammarOf(lang).placeIn ?? []).map((p) => foldWord(p).split(/\s+/u)).sort((a, b) => b.length - a.length));
  }
});

// dist/extract/served-offices.js
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
        const start2 = found.tokenStart + 1;
        let h = 0;
        while (h < start2 && !g.links.has(tokens2[h].key) && !g.fillers.has(tokens2[h].key))
          h++;
        const between = tokens2.slice(h, start2);
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
  const own2 = table2.byInner.get(m.entityId) ?? [];
  if (m.alternatives.length === 0)
    return own2;
  return [...own2, ...m.alternatives.flatMap((a) => table2.byInner.get(a) ?? [])];
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
      let start2 = o.tokenStart + post.head.length;
      while (start2 < o.tokenEnd && (g.links.has(tokens2[start2].key) || g.fillers.has(tokens2[start2].key)))
        start2++;
      if (start2 >= o.tokenEnd)
        continue;
      const inner = matcher.find(text, tokens2.slice(start2, o.tokenEnd)).find((m) => m.entityType === "office" && m.tokenStart === 0 && m.tokenEnd === o.tokenEnd - start2 && (m.entityId === post.inner || m.alternatives.includes(post.inner)));
      if (!inner)
        continue;
      dropped.add(o);
      put.push({ ...o, inflected: h.inflected, innerOffice: shifted(inner, start2, tokens2, text) });
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
    const own2 = endingAt.get(j)?.find((m) => m.entityType === "office" && m.form === "name" && !m.innerOffice && !dropped.has(m) && m.entityId !== inner.entityId && serves(m));
    let phrase;
    if (own2) {
      phrase = { ...own2, tokenEnd: inner.tokenEnd, span: { start: own2.span.start, end: inner.span.end }, text: text.slice(own2.span.start, inner.span.end), innerOffice: inner, ...adjective ? { inner: adjective } : {} };
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
    if (own2)
      dropped.add(own2);
    if (adjective)
      dropped.add(adjective);
    put.push(phrase);
  }
  if (put.length === 0)
    return mentions;
  return [...mentions.filter((m) => !dropped.has(m)), ...put].sort((x, y) => x.span.start - y.span.start || y.span.end - x.span.end);
}
function shifted(m, offset, tokens2, text) {
  const start2 = m.tokenStart + offset;
  const end = m.tokenEnd + offset;
  return { ...m, tokenStart: start2, tokenEnd: end, span: { start: tokens2[start2].start, end: tokens2[end - 1].end }, text: text.slice(tokens2[start2].start, tokens2[end - 1].end) };
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
var servedGrammarOf, EMPTY2;
var init_served_offices = __esm({
  "dist/extract/served-offices.js"() {
    "use strict";
    init_import_meta_url();
    init_pack();
    init_grammar();
    init_tokens();
    servedGrammarOf = perLanguage((lang) => {
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
    EMPTY2 = { byInner: /* @__PURE__ */ new Map(), byOuter: /* @__PURE__ */ new Map(), size: 0 };
  }
});

// dist/extract/bracketed-abbreviations.js
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
var ACRONYM_IN_BRACKETS;
var init_bracketed_abbreviations = __esm({
  "dist/extract/bracketed-abbreviations.js"() {
    "use strict";
    init_import_meta_url();
    ACRONYM_IN_BRACKETS = new RegExp("\\([\\s\\u00a0]*\\p{Lu}[\\p{Lu}\\p{N}]{1,7}[\\s\\u00a0]*\\)", "gu");
  }
});

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
function bodyBefore(ctx, at, p) {
  if (p.officeBodies.size === 0)
    return false;
  const skip = (k) => {
    for (let n = 0; k >= 0 && n < 3 && (p.articles.has(ctx.tokens[k].key) || p.joiners.some((j) => j.length === 1 && j[0] === ctx.tokens[k].key)); n++)
      k--;
    return k;
  };
  const body2 = skip(at - 1);
  if (body2 < 0 || !p.officeBodies.has(ctx.tokens[body2].key))
    return false;
  const head = skip(body2 - 1);
  return head >= 0 && p.heads.has(ctx.tokens[head].key) && !p.articles.has(ctx.tokens[head].key);
}
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
function qualifierNear(keys, before2, after, p, broken = () => false) {
  for (const q of p.qualifiers) {
    if (endsBefore(keys, before2, q.words, p, broken))
      return q.tense;
    if (after < keys.length && startsWithPhrase(keys, after, q.words))
      return q.tense;
  }
  if (p.thenBefore.some((w) => endsBefore(keys, before2, w, p, broken)))
    return "then";
  if (after < keys.length && p.thenAfter.some((w) => startsWithPhrase(keys, after, w)))
    return "then";
  return void 0;
}
function endsBefore(keys, before2, words4, p, broken = () => false) {
  for (let gap2 = 0; gap2 <= 2; gap2++) {
    const start2 = before2 - gap2 - words4.length;
    if (start2 < 0)
      return false;
    if (startsWithPhrase(keys, start2, words4) && keys.slice(before2 - gap2, before2).every((k) => p.articles.has(k))) {
      for (let i = start2 + words4.length; i <= before2; i++)
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
    const person2 = ms[n + 2];
    if (!country || country.entityType !== "country" || country.form !== "name" || !isPerson(person2))
      break;
    const sep = keysBetween(ctx, ms[n].tokenEnd, country.tokenStart);
    const punct = punctBetween(ctx.text, ms[n].span.end, country.span.start);
    if (!(sep.length <= 1 && sep.every((x) => p.and.has(x)) && /^,?$/.test(punct) && (sep.length > 0 || punct === ",")))
      break;
    if (keysBetween(ctx, country.tokenEnd, person2.tokenStart).length > 0 || punctBetween(ctx.text, country.span.end, person2.span.start) !== "")
      break;
    out.push({ person: person2, country });
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
function claim(ctx, person2, phrase, of, tense, via, span, served) {
  const holder = of ? void 0 : served?.holder;
  return {
    kind: "office",
    person: person2.entityId,
    ...person2.alternatives.length ? { alternatives: person2.alternatives } : {},
    personSpan: person2.span,
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
function subordinateBefore(ctx, at) {
  const phrases = cuePhrasesOf(ctx.lang).subordinate;
  const articles = articleWordsOf(ctx.lang);
  let end = at;
  while (end > 0 && articles.has(ctx.tokens[end - 1].key))
    end--;
  for (let start2 = Math.max(0, end - 3); start2 < end; start2++) {
    if (phraseAt(ctx.tokens, start2, phrases) === end - start2)
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
  const before2 = post.inner && post.inner.tokenStart > post.tokenStart ? post.inner.tokenStart : inner.tokenStart;
  let w = before2 - 1;
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
  const before2 = isPerson(p0) && ["(", ",", "\u2013", "\u2014"].includes(punctBetween(ctx.text, p0.span.end, ms[phrase.first].span.start)) && keysBetween(ctx, p0.tokenEnd, ms[phrase.first].tokenStart).every((key) => p.articles.has(key) || p.heads.has(key) || p.qualifiers.some((q) => q.words.includes(key)));
  if (punctBetween(ctx.text, last.span.end, p1.span.start) !== "") {
    if (before2 && closedAfter(ctx, p1) && !listGoesOn(ctx, after, p))
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
  if (before2 && closedAfter(ctx, p1) && !listGoesOn(ctx, after, p)) {
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
            for (const { person: person2, country } of pairs)
              emit2(claim(ctx, person2, phrase, country, tense, "list", cover2(person2.span, country.span)));
            k = after + pairs.length * 2 - 1;
            continue;
          }
        }
        if (plural2 && phrase.of.length === 1 && isPerson(ms[after])) {
          const rest = countryPersonList(ctx, after, p);
          if (rest.length >= 1) {
            const c0 = phrase.of[0];
            emit2(claim(ctx, ms[after], phrase, c0, tense, "list", cover2(c0.span, ms[after].span)));
            for (const { person: person2, country } of rest)
              emit2(claim(ctx, person2, phrase, country, tense, "list", cover2(country.span, person2.span)));
            k = after + rest.length * 2;
            continue;
          }
        }
        const persons = plural2 ? personList(ctx, after, p) : [nextPerson];
        if (list2) {
          if (persons.length === phrase.of.length) {
            persons.forEach((person2, i) => {
              const c = phrase.of[i];
              emit2(claim(ctx, person2, phrase, c, tense, "list", cover2(c.span, person2.span)));
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
        const before2 = ms[phrase.first - 1];
        const pairedBefore = punct === "," && !inner && isPerson(before2) && !titles.has(before2.span.start) && punctBetween(ctx.text, before2.span.end, ms[phrase.first].span.start) === "," && keysBetween(ctx, before2.tokenEnd, ms[phrase.first].tokenStart).length === 0;
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
          for (const person2 of persons) {
            const c = claim(ctx, person2, phrase, of, tense, "apposition", cover2(ms[phrase.first].span, person2.span, ...of ? [of.span] : []), served);
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
var phrasesOf, isPerson, isOffice, isPlace, cover2, capitalised, AMBIGUOUS;
var init_office_claims = __esm({
  "dist/extract/office-claims.js"() {
    "use strict";
    init_import_meta_url();
    init_grammar();
    init_pack();
    init_tokens();
    init_char_class();
    init_cues();
    init_served_offices();
    init_bracketed_abbreviations();
    phrasesOf = perLanguage((lang) => {
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
    isPerson = (m) => m?.entityType === "person";
    isOffice = (m) => m?.entityType === "office" && m.form === "name";
    isPlace = (m) => !!m && (m.entityType === "country" || m.entityType === "organization");
    cover2 = (...spans) => ({
      start: Math.min(...spans.map((s) => s.start)),
      end: Math.max(...spans.map((s) => s.end))
    });
    capitalised = (s) => {
      const c = s.charAt(0);
      return c !== c.toLowerCase();
    };
    AMBIGUOUS = "the phrase names a post and the office it serves; the name after them may be either holder's";
  }
});

// dist/extract/anniversary-claims.js
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
  const body2 = ctx.text.slice(ctx.sentence.start, ctx.sentence.end);
  for (const re of patternsOf(ctx.lang)) {
    re.lastIndex = 0;
    for (let m = re.exec(body2); m; m = re.exec(body2)) {
      const count = Number(m[1]);
      if (!(count > 0))
        continue;
      const end = ctx.sentence.start + m.index + m[0].length;
      const after = ctx.subjects.filter((s) => s.entityType !== "country" && s.form === "name" && s.span.start >= end && /^[\s\u00a0]*$/u.test(stripJoiners(withoutAdjectives(ctx, end, s.span.start), ctx.lang))).sort((a, b) => a.span.start - b.span.start)[0];
      if (!after || !ctx.date)
        continue;
      const year = Number(ctx.date.slice(0, 4));
      const written = [...body2.matchAll(/(?<!\d)((?:1[89]|20)\d\d)(?!\d)/gu)].map((x) => Number(x[1]));
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
var patternsOf;
var init_anniversary_claims = __esm({
  "dist/extract/anniversary-claims.js"() {
    "use strict";
    init_import_meta_url();
    init_grammar();
    init_pack();
    init_tokens();
    patternsOf = perLanguage((lang) => (grammarOf(lang).anniversaries ?? []).map((p) => new RegExp(p, "giu")));
  }
});

// dist/extract/event-date-claims.js
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
    const own2 = whensBy.get(pc);
    if (!own2)
      continue;
    const reach = near(own2, p.span);
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
var YEAR_OR_MONTH, WEEKDAY_BESIDE, NEAR_WORDS, ANNIVERSARY_REACH;
var init_event_date_claims = __esm({
  "dist/extract/event-date-claims.js"() {
    "use strict";
    init_import_meta_url();
    init_sentence();
    init_near();
    init_anniversary_claims();
    init_kinds();
    YEAR_OR_MONTH = /^\d{4}(-\d{2})?$/u;
    WEEKDAY_BESIDE = 8;
    NEAR_WORDS = 12;
    ANNIVERSARY_REACH = 60;
  }
});

// dist/extract/split-properties.js
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
var SEP2, MAX_GAP;
var init_split_properties = __esm({
  "dist/extract/split-properties.js"() {
    "use strict";
    init_import_meta_url();
    init_near();
    SEP2 = "";
    MAX_GAP = 10;
  }
});

// dist/extract/institutions.js
function endsWith(tokens2, end, phrase) {
  const start2 = end - phrase.length;
  if (start2 < 0)
    return false;
  return phrase.every((w, i) => tokens2[start2 + i].key === w);
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
var SEP3, institutionEntities, headsOf2;
var init_institutions = __esm({
  "dist/extract/institutions.js"() {
    "use strict";
    init_import_meta_url();
    init_pack();
    init_grammar();
    init_tokens();
    SEP3 = "@";
    institutionEntities = perLanguage((lang) => (loadPack(lang, "offices")?.institutions ?? []).map((i) => ({
      id: `${i.office}${SEP3}${i.of ?? ""}`,
      type: "institution",
      names: { [lang]: i.names }
    })));
    headsOf2 = perLanguage((lang) => {
      const pack = loadPack(lang, "offices");
      const words4 = (list2) => (list2 ?? []).map((p) => foldWord(p).split(/\s+/u)).sort((a, b) => b.length - a.length);
      return {
        before: words4(pack?.headBefore),
        after: words4(pack?.headAfter),
        fillers: /* @__PURE__ */ new Set([...articleWordsOf(lang), ...joinerWordsOf(lang)])
      };
    });
  }
});

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
    const person2 = startingAt.get(j)?.find((m) => m.entityType === "person");
    if (!person2)
      continue;
    const gap2 = ctx.text.slice(gapFrom, person2.span.start);
    if (!/^[\s\u00a0,]*$/u.test(gap2))
      continue;
    if (gap2.includes(",")) {
      const at = afterSpaces(ctx.text, person2.span.end, ctx.sentence.end - person2.span.end);
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
    const joined2 = joinedId && country && ctx.date && ctx.postOf(joinedId, ctx.date)?.of === country.entityId ? joinedId : void 0;
    const all = personsBefore(country ? country.tokenStart : i).filter((id) => id !== person2.entityId);
    const before2 = all.filter((id) => id !== joined2);
    const bare = (m) => !ctx.mentions.some((x) => x.entityType === "person" && (x.tokenStart >= m.tokenEnd && x.tokenStart <= m.tokenEnd + 2 || x.tokenEnd <= m.tokenStart && x.tokenEnd >= m.tokenStart - 2));
    const titles = before2.length ? [] : ctx.mentions.filter((m) => m.entityType === "office" && m.tokenEnd <= (country ? country.tokenStart : i) && bare(m));
    const titleOffices = new Set(titles.map((m) => m.entityId));
    if (titleOffices.size > 1)
      continue;
    const others = before2.length ? before2 : titles.length ? [] : ctx.lastPerson && ctx.lastPerson !== joined2 ? [ctx.lastPerson] : joined2 ? [] : all;
    const posts = titles.length ? [{ office: titles[0].entityId, of: "" }] : others.map((o) => ctx.postOf(o, ctx.date));
    if (posts.length === 0 || posts.some((p) => !p) || new Set(posts.map((p) => p.office)).size !== 1)
      continue;
    const post = posts[0];
    if (country && posts.some((p) => p.of === country.entityId))
      continue;
    const start2 = ctx.tokens[country && country.tokenStart < i ? country.tokenStart : i].start;
    out.push({
      kind: "office",
      person: person2.entityId,
      ...person2.alternatives.length ? { alternatives: person2.alternatives } : {},
      personSpan: person2.span,
      office: post.office,
      officeSpan: { start: ctx.tokens[i].start, end: ctx.tokens[i + n - 1].end },
      of: country?.entityId,
      ofSpan: country?.span,
      tense: "current",
      at: ctx.date,
      via: "apposition",
      span: { start: start2, end: person2.span.end },
      sentence: ctx.sentence,
      lang: ctx.lang
    });
  }
  return out;
}
var init_counterpart_claims = __esm({
  "dist/extract/counterpart-claims.js"() {
    "use strict";
    init_import_meta_url();
    init_grammar();
    init_cues();
    init_char_class();
  }
});

// dist/language/measure-words.js
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
var fold2;
var init_measure_words = __esm({
  "dist/language/measure-words.js"() {
    "use strict";
    init_import_meta_url();
    init_numbers();
    fold2 = (s) => s.trim().toLowerCase().replace(/ё/g, "\u0435");
  }
});

// dist/extract/currency-names.js
function insideCurrencyName(text, span, lang) {
  const name = text.slice(span.start, span.end).toLowerCase();
  for (const form of currencyFormsOf(lang)) {
    const k = form.indexOf(name);
    if (k < 0)
      continue;
    const start2 = span.start - k;
    if (start2 >= 0 && text.slice(start2, start2 + form.length).toLowerCase() === form)
      return true;
  }
  return false;
}
var currencyFormsOf;
var init_currency_names = __esm({
  "dist/extract/currency-names.js"() {
    "use strict";
    init_import_meta_url();
    init_numbers();
    init_pack();
    init_phrase_pattern();
    currencyFormsOf = perLanguage((lang) => {
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
  }
});

// dist/extract/initials.js
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
  let start2 = m.tokenStart;
  const letters = [];
  while (letters.length < MAX_INITIALS && start2 > 0 && isInitial(text, tokens2, start2 - 1) && dotGap(text, tokens2[start2 - 1].end, tokens2[start2].start)) {
    start2--;
    letters.unshift(tokens2[start2].text);
  }
  if (prev && prev.tokenEnd > start2)
    return m;
  if (letters.length === 1 && (grammarOf(lang).honorificInitials ?? []).includes(letters[0]))
    return m;
  if (nameWords2(m) >= 2 && givenNames(entityOf(m.entityId), lang).map(foldWord).includes(tokens2[m.tokenStart].key))
    return m;
  const candidates = [m.entityId, ...m.alternatives];
  const before2 = start2 - 1;
  const joined2 = before2 >= 0 && (!prev || prev.tokenEnd <= before2) && /^[\s\u00a0]+$/u.test(text.slice(tokens2[before2].end, tokens2[start2].start));
  const namedBefore = joined2 ? candidates.filter((id) => givenNames(entityOf(id), lang).map(foldWord).includes(tokens2[before2].key)) : [];
  if (namedBefore.length === 0 && joined2 && new RegExp("^\\p{Lu}\\p{Ll}", "u").test(tokens2[before2].text) && tokens2[before2].end - tokens2[before2].start > 1)
    return m;
  let chosen;
  if (namedBefore.length > 0) {
    chosen = namedBefore;
    start2 = before2;
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
  const [entityId, ...alternatives2] = chosen;
  const from = tokens2[start2].start;
  return { ...m, entityId, alternatives: alternatives2, span: { start: from, end: m.span.end }, text: text.slice(from, m.span.end), tokenStart: start2 };
}
var MAX_INITIALS;
var init_initials = __esm({
  "dist/extract/initials.js"() {
    "use strict";
    init_import_meta_url();
    init_tokens();
    init_grammar();
    MAX_INITIALS = 2;
  }
});

// dist/extract/given-name-variants.js
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
    const start2 = tokens2[i].start;
    out ??= mentions.slice();
    out[k] = { ...m, entityId: who[0], alternatives: [], tokenStart: i, span: { start: start2, end: m.span.end }, text: text.slice(start2, m.span.end) };
  }
  return out ?? mentions;
}
var CAPITAL2;
var init_given_name_variants = __esm({
  "dist/extract/given-name-variants.js"() {
    "use strict";
    init_import_meta_url();
    init_initials();
    init_tokens();
    CAPITAL2 = new RegExp("^\\p{Lu}\\p{Ll}", "u");
  }
});

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
var init_hyphened_measures = __esm({
  "dist/extract/hyphened-measures.js"() {
    "use strict";
    init_import_meta_url();
    init_kinds();
    init_tokens();
    init_near();
  }
});

// dist/extract/title-holders.js
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
    const before2 = near(c.mentions, m.span).find((x) => x.entityType === "country" && x.tokenEnd === m.tokenStart);
    if (before2)
      return before2.entityId;
    let k = m.tokenEnd;
    while (k < tokens2.length && k - m.tokenEnd < 2 && c.linkWords.has(tokens2[k].key))
      k++;
    return near(c.mentions, m.span).find((x) => x.entityType === "country" && x.form === "name" && x.tokenStart === k)?.entityId;
  }
}
var PERSON_NEAR, OPENING_REACH;
var init_title_holders = __esm({
  "dist/extract/title-holders.js"() {
    "use strict";
    init_import_meta_url();
    init_near();
    PERSON_NEAR = 3;
    OPENING_REACH = 8;
  }
});

// dist/text/sentences.js
function isSpace(c) {
  return c === 32 || c >= 9 && c <= 13 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
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
function paragraphs(text, from = 0, to = text.length) {
  const start2 = Math.max(0, Math.min(from, text.length));
  const end = Math.max(start2, Math.min(to, text.length));
  const out = [];
  let cur;
  let prevLine = "";
  let ls = start2;
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
  const known2 = [.../* @__PURE__ */ new Set([...availableLangs("abbreviations"), ...availableLangs("calendar")])].sort();
  const langs = lang ? [lang.toLowerCase()] : known2;
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
var LETTER_OR_DIGIT2, UPPER, LOWER, BLOCK_START, SHORT_LAST_WORD, ENDS_CLAUSE, LINE_BREAK, abbreviationCache, MAX_TOKEN, TERMINATOR, TerminatorSearch;
var init_sentences = __esm({
  "dist/text/sentences.js"() {
    "use strict";
    init_import_meta_url();
    init_pack();
    init_calendar();
    LETTER_OR_DIGIT2 = /[\p{L}\p{N}\p{M}]/u;
    UPPER = /[\p{Lu}\p{Lt}]/u;
    LOWER = new RegExp("\\p{Ll}", "u");
    BLOCK_START = /^(?:#{1,6}(?:\s|$)|[-*+•–—]\s|\d{1,3}[.)]\s|>|\|)/u;
    SHORT_LAST_WORD = new RegExp("(?:^|[^\\p{L}])\\p{Ll}{1,3}$", "u");
    ENDS_CLAUSE = /[.!?…:;]["'»”’)\]]*$/u;
    LINE_BREAK = /[\r\n]/g;
    abbreviationCache = /* @__PURE__ */ new Map();
    MAX_TOKEN = 24;
    TERMINATOR = /[.!?\u2026]/g;
    TerminatorSearch = class {
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
  }
});

// dist/engine/severity.js
function severityNumber(level) {
  return level === "error" ? 2 : level === "warn" ? 1 : 0;
}
var init_severity = __esm({
  "dist/engine/severity.js"() {
    "use strict";
    init_import_meta_url();
  }
});

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
function propertyMatcherFor(index, lang) {
  return matcherFor(index, () => withMeasureWords(index.properties(), lang).filter((p) => p.kind === "quantity" || p.kind === "change" || p.kind === "share" || p.kind === "date" || p.kind === "place" && p.id !== "located-in").map((p) => ({ id: p.id, type: `property:${p.kind}`, ...p.names ? { names: p.names } : {} })), lang, "properties");
}
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
function eventYearIn(index, id, sentence2) {
  return index.datesOf(id).some((s) => {
    const years = [s.from, s.to, s.date].filter((d) => typeof d === "string").map((d) => d.slice(0, 4));
    return years.some((y) => sentence2.includes(y));
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
    const { span: sentence2, tokens: tokens2, mentions } = sentenceData;
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
    const text = doc.text.slice(sentence2.start, sentence2.end);
    while (dateAt < dates.length && dates[dateAt].span.start < sentence2.start)
      dateAt++;
    let dateEnd = dateAt;
    while (dateEnd < dates.length && dates[dateEnd].span.end <= sentence2.end)
      dateEnd++;
    const inSentence = dates.slice(dateAt, dateEnd);
    const sentenceDates = inSentence.filter((d) => d.yearExplicit);
    const figures = mayHoldFigure(text, percentWords);
    if (pairDirty && figures) {
      pairSoFar = pairOf(runCounts);
      pairDirty = false;
    }
    const isThisEvent = (id) => !happens(index, id) || eventNear(index, id, doc.date) || eventYearIn(index, id, text);
    const annotation2 = new SentenceAnnotation(doc.text, tokens2, lang);
    const digits = figures || /\d/.test(text);
    let periods;
    let quantities;
    const local = () => inSentence.map((d) => shiftDate(d, -sentence2.start));
    const periodsOnce = () => periods ??= digits ? shiftAll(findPeriods(text, lang, doc.date, local()), sentence2.start) : [];
    let wordPeriods;
    const periodsInWords = () => wordPeriods ??= digits ? periodsOnce() : shiftAll(findPeriods(text, lang, doc.date, local()), sentence2.start);
    const findFigures = () => {
      const qs = quantities ??= figures && metricsOn ? shiftQuantities(findQuantities(text, lang, local()), sentence2.start) : [];
      const ps = periodsOnce();
      const measure = (q) => q.unit !== void 0 && q.number.isYearLike && !TIME_UNITS.has(q.unit);
      return { periods: qs.some(measure) ? ps.filter((p) => !qs.some((q) => measure(q) && p.span.start >= q.span.start && p.span.end <= q.span.end)) : ps, quantities: qs };
    };
    annotation2.protect(inSentence.map((d) => d.dateSpan));
    const dashed = mentions.filter((m) => m.tokenEnd - m.tokenStart > 1 && DASHES.test(doc.text.slice(m.span.start, m.span.end)));
    if (dashed.length)
      annotation2.protect(dashed.map((m) => m.span));
    if (digits)
      annotation2.protectLazily(() => [...(periods ?? []).map((p) => p.span), ...(quantities ?? []).map((q) => q.span)]);
    const scope = {
      span: sentence2,
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
      annotation: annotation2,
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
      properties: withHyphenedMeasures(props && (figures || /\d{4}/.test(text) || inSentence.length > 0) ? sentenceProperties(article, props, tokens2, mentions, annotation2) : [], figures && HYPHENED_MEASURE.test(text) ? findFigures().quantities : [], tokens2, () => unitPropertiesOf(index), doc.text),
      heads: heads ? headsOfSentence(index, outsideNames(heads.find(doc.text, tokens2), mentions), annotation2, named, (id, h) => (named.has(id) || eventNear(index, id, doc.date)) && isThisEvent(id) && yearOfInstance(index, id, tokens2, h, articleWords, joinerWords) && !namedOtherwise(index, id, tokens2, h, lang, mentions)) : []
    };
    if (on("office-holder") && mentions.some((m) => m.entityType === "person"))
      officeFrames(article, scope);
    const pronounFigure = metricsOn && figures && !scope.properties.length && (annotation2.cueIn("thingPronoun", 0, tokens2.length) || opensWithChange(annotation2, tokens2, articleWords));
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
function opensWithChange(annotation2, tokens2, articles) {
  let first = 0;
  while (first < tokens2.length && articles.has(tokens2[first].key))
    first++;
  return first < tokens2.length && (annotation2.cue("rise", first) === 1 || annotation2.cue("decline", first) === 1);
}
function judge(doc, article, settings) {
  const ctx = { index: article.index, text: doc.text, lang: article.lang, date: doc.date };
  const findings = [];
  const records2 = [];
  const claims2 = [];
  for (const frame2 of article.frames) {
    for (const rule of frameRules) {
      if (rule.meta.frame !== frame2.kind || !article.on(rule.meta.id))
        continue;
      const r = rule;
      if (r.applies && !r.applies(frame2))
        continue;
      const outcome = frame2.abstain ? { verdict: "unverifiable", reason: frame2.abstain } : r.check(frame2, ctx);
      if (outcome.finding)
        findings.push(outcome.finding);
      if (outcome.record) {
        const pos = rangeOf(doc, frame2.span);
        records2.push({ ...outcome.record, filePath: doc.path, line: pos.line, column: pos.column, endLine: pos.endLine, endColumn: pos.endColumn });
      }
      claims2.push({ c: claimReport(doc, frame2, rule.meta.id, outcome), at: frame2.span.start });
    }
  }
  claims2.sort((a, b) => a.at - b.at || a.c.endLine - b.c.endLine || a.c.endColumn - b.c.endColumn || a.c.ruleId.localeCompare(b.c.ruleId));
  return { diagnostics: toDiagnostics(doc, findings, settings), claims: claims2.map((x) => x.c), records: records2 };
}
function claimReport(doc, frame2, ruleId, outcome) {
  const slots = {};
  for (const [name, slot] of Object.entries(frame2.slots)) {
    slots[name] = slot.span ? { value: slot.value, text: doc.text.slice(slot.span.start, slot.span.end), bound: slot.bound } : { value: slot.value, bound: slot.bound };
  }
  const r = rangeOf(doc, frame2.span);
  return {
    kind: frame2.kind,
    ruleId,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
    text: doc.text.slice(frame2.span.start, frame2.span.end),
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
    let plain2 = true;
    for (let j = i + n; j < m.tokenStart && plain2; j++)
      plain2 = new RegExp("^\\p{Ll}", "u").test(ann.tokens[j].text) && /^[\s\u00a0]+$/u.test(ann.text.slice(ann.tokens[j - 1].end, ann.tokens[j].start));
    if (plain2 && /^[\s\u00a0]+$/u.test(ann.text.slice(ann.tokens[m.tokenStart - 1].end, ann.tokens[m.tokenStart].start)))
      return true;
  }
  return ann.cue("otherInstance", m.tokenEnd) !== 0;
}
function nameWordsOf(index, id, lang) {
  const names2 = index.entity(id)?.names;
  return new Set([...names2?.[lang] ?? [], ...lang === "en" ? [] : names2?.en ?? []].flatMap((n) => foldWord(n).split(/[^\p{L}\p{M}\p{N}]+/u)).filter((w) => w.length > 0));
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
      const own2 = [h.entityId, ...h.alternatives].filter((id) => meant(id, h));
      if (own2.length && own2.every((id) => ![...wordsOf(id)].some((w) => ordinals.has(w))))
        ids = [];
      if (ids.length > 1) {
        const seen = [...new Set([...named].filter((id) => index.entity(id)?.type === "event").concat(own2))].map(wordsOf);
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
function sentenceProperties(a, props, tokens2, mentions, annotation2) {
  const found = propertyWords2(props, a.doc.text, tokens2, mentions, articleWordsOf(a.lang));
  const split = matcherFor(a.index, () => splitPropertyEntities(a.index.properties(), a.lang), a.lang, "split-properties");
  if (split.size === 0)
    return found;
  const parts = split.find(a.doc.text, tokens2);
  if (parts.length < 2)
    return found;
  const starts = new Set(mentions.map((m) => m.tokenStart));
  const joined2 = joinSplitProperties(parts, tokens2, annotation2.clauses().ids, found, andWordsOf(a.lang), (i) => starts.has(i)).map((m) => ({ ...m, entityType: `property:${a.index.property(m.entityId)?.kind ?? ""}` }));
  return joined2.length ? [...found, ...joined2].sort((x, y) => x.span.start - y.span.start) : found;
}
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
    postOf: (person2, date) => {
      const posts = a.index.heldByAt(person2, date).map(postOf).filter((o) => o !== void 0);
      const offices2 = new Set(posts.map((o) => o.office));
      return offices2.size === 1 ? posts[0] : void 0;
    }
  });
  for (const claim0 of [...extractOfficeClaims(ctx), ...counterparts]) {
    const since = sinceYear(s, claim0, articleWordsOf(a.lang));
    const handover = claim0.tense === "current" && !claim0.currentWord && succession(s, claim0.span);
    let claim2 = { ...claim0, ...since === void 0 ? {} : { since }, ...handover ? { tense: "future" } : {} };
    const start2 = officeStart(claim2, s.annotation, a.doc.text, s.span, near(s.allDates, claim2.span));
    if (start2)
      claim2 = { ...claim2, tense: "then", ...start2.written ? { started: start2.written } : {} };
    const others = years.length ? near(people, claim2.span).filter((m) => m.entityId !== claim2.person).map((m) => m.span) : [];
    const own2 = others.length ? yearsOutsideAsides(a.doc.text, s.span, claim2.span, near(yearSpans, claim2.span).map((y) => y.y), others) : years;
    let time = start2 ? { windows: [start2.window], loose: false } : officeTime(claim2, claim2.tense === "future" ? [] : own2, near(s.allDates, claim2.span));
    if (!start2 && claim2.tense === "current" && a.doc.date && years.length === 0) {
      const month = a.doc.date.slice(0, 7);
      const ps = s.periodsFound().length ? s.periodsFound() : monthPeriods(s, a.doc.text, a.lang, a.doc.date);
      const months = ps.filter((p) => p.relative && /^\d{4}-\d{2}$/u.test(p.period) && p.period <= month && p.period !== month);
      if (months.length)
        time = { ...time, windows: [...time.windows, ...months.map((p) => periodRange(p.period))] };
    }
    if (!start2 && claim2.thenAt && years.length) {
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
  const claims2 = extractMetricClaims({
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
  const before2 = a.namedBefore?.sentence === s.span.start ? void 0 : a.namedBefore;
  const here = /* @__PURE__ */ new Map();
  for (const claim2 of claims2) {
    if (claim2.propertyKind === "share" && claim2.periodExplicit && !claim2.periodCarried && !claim2.comparisonBase && claim2.period && claim2.periodSpan)
      a.lastShare = { period: { span: claim2.periodSpan, period: claim2.period, relative: false }, end: s.span.end };
    if (claim2.propertyKind !== "quantity" || !isCurrency(claim2.unit))
      continue;
    if (claim2.named.length >= 2)
      here.set(claim2.property, claim2.named);
    const prev = before2?.byProperty.get(claim2.property);
    if (claim2.named.length === 0 && !claim2.abstain && prev && !(prev.length === 2 && s.lastPair.length === 2 && prev.every((e) => s.lastPair.includes(e)))) {
      claim2.abstain = "the figure names no one, and the sentence before gave this figure for others than the article's pair";
    }
  }
  a.namedBefore = { sentence: s.span.start, byProperty: here };
  for (const claim2 of claims2) {
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
  const claims2 = properties.length ? extractEventDateClaims({
    ...base,
    subjects: [...thisInstance(s), ...heads].filter((m) => s.isThisEvent(m.entityId) || ordinalNamed(m, s.annotation)),
    properties
  }) : [];
  if (weak.length) {
    const starts = [...dates.map((d) => d.dateSpan.start), ...base.periods.map((p) => p.span.start)];
    const adjacent2 = weak.filter((m) => starts.some((x) => x > m.span.end && x - m.span.end <= 2 && /^[\s\u00a0]*$/u.test(a.doc.text.slice(m.span.end, x))));
    const named = thisInstance(s).filter((m) => s.isThisEvent(m.entityId) || ordinalNamed(m, s.annotation));
    if (adjacent2.length && named.length) {
      const taken = new Set(claims2.map((c) => c.whenSpan.start));
      for (const c of extractEventDateClaims({ ...base, subjects: named, properties: adjacent2, sameClauseOnly: true }))
        if (!taken.has(c.whenSpan.start))
          claims2.push(c);
    }
  }
  if (!refuted && dates.length) {
    const taken = new Set(claims2.map((c) => c.whenSpan.start));
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
      claims2.push({
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
  for (const claim2 of claims2) {
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
    const own2 = index.entity(id)?.type === "country" ? [id] : [];
    byId.set(id, list2 = [...own2, ...index.placesAround(id).filter((p) => index.entity(p)?.type === "country")]);
  }
  return list2;
}
function placedElsewhere(index, h, s) {
  const where3 = countriesOf(index, h.entityId);
  if (where3.length === 0)
    return false;
  const clause = s.annotation.clauses().ids;
  return near(s.mentions, h.span).some((m) => {
    if (!CONTAINER_TYPES.has(m.entityType) || m.entityType === "country" || clause[m.tokenStart] !== clause[h.tokenStart])
      return false;
    const there = countriesOf(index, m.entityId);
    return there.length > 0 && !there.some((c) => where3.includes(c));
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
  const claims2 = extractPlaceClaims({
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
  for (const claim2 of claims2) {
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
function unitPropertiesOf(index) {
  let map = unitPropertyCache.get(index);
  if (!map)
    unitPropertyCache.set(index, map = propertiesByUnit(index.properties()));
  return map;
}
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
var EVENT_WORD, DASHES, placePropertyCache, DAY2, titleLinksOf, HYPHENED_MEASURE, percentWordsOf, officeFirstWordCache, functionWordsOf, ordinalsOf, NUMERIC_ORDINAL, relativePeriods, yearsOfClauses, servedTables, monthPeriodsOf, countryCache, unitPropertyCache, subjectTypeCache;
var init_lint_document = __esm({
  "dist/engine/lint-document.js"() {
    "use strict";
    init_import_meta_url();
    init_near();
    init_dates2();
    init_date_ranges();
    init_relative_weekdays();
    init_quantities();
    init_sentence();
    init_kinds();
    init_country_anaphor();
    init_periods();
    init_pack();
    init_numbers();
    init_phrase_pattern();
    init_rules();
    init_office_holder();
    init_posts();
    init_time();
    init_years();
    init_office_start();
    init_metric_claims();
    init_heads();
    init_place_claims();
    init_lines();
    init_office_claims();
    init_event_date_claims();
    init_anniversary_claims();
    init_split_properties();
    init_institutions();
    init_counterpart_claims();
    init_served_offices();
    init_measure_words();
    init_currency_names();
    init_given_name_variants();
    init_hyphened_measures();
    init_title_holders();
    init_names();
    init_tokens();
    init_calendar();
    init_initials();
    init_bracketed_abbreviations();
    init_grammar();
    init_cues();
    init_facts();
    init_sentences();
    init_severity();
    EVENT_WORD = "*event";
    DASHES = /[\u2012-\u2015\u2212]|\s-\s/u;
    placePropertyCache = /* @__PURE__ */ new WeakMap();
    DAY2 = 864e5;
    titleLinksOf = perLanguage((lang) => /* @__PURE__ */ new Set([...articleWordsOf(lang), ...joinerWordsOf(lang)]));
    HYPHENED_MEASURE = new RegExp("\\d[-\u2010]\\p{L}", "u");
    percentWordsOf = perLanguage((lang) => {
      const pack = numbersPack(lang);
      return (pack?.units ?? []).filter((u) => u.unit === "%").flatMap((u) => (u.after ?? []).map(formText)).filter((w) => new RegExp("\\p{L}{3}", "u").test(w)).map((w) => w.toLowerCase());
    });
    officeFirstWordCache = /* @__PURE__ */ new WeakMap();
    functionWordsOf = perLanguage((lang) => /* @__PURE__ */ new Set([
      ...articleWordsOf(lang),
      ...prepositionWordsOf(lang),
      ...(grammarOf(lang).placeIn ?? []).filter((w) => !/\s/u.test(w)).map(foldWord)
    ]));
    ordinalsOf = perLanguage((lang) => new Set((grammarOf(lang).ordinals ?? []).map(foldWord)));
    NUMERIC_ORDINAL = /^\d{1,3}(?:st|nd|rd|th|e|er|ème|eme|º|ª)$/iu;
    relativePeriods = /* @__PURE__ */ new WeakMap();
    yearsOfClauses = /* @__PURE__ */ new WeakMap();
    servedTables = /* @__PURE__ */ new WeakMap();
    monthPeriodsOf = /* @__PURE__ */ new WeakMap();
    countryCache = /* @__PURE__ */ new WeakMap();
    unitPropertyCache = /* @__PURE__ */ new WeakMap();
    subjectTypeCache = /* @__PURE__ */ new WeakMap();
  }
});

// dist/rules/cross-article.js
function compatible(a, b) {
  const sameBounds = a.bound && a.bound === b.bound;
  const aa = sameBounds ? { ...a, bound: void 0, approx: true } : a;
  const bb = sameBounds ? { ...b, bound: void 0, approx: true } : b;
  const tol = sameBounds ? 0.1 : TOLERANCE;
  return within(aa, bb.value, tol) || within(bb, aa.value, tol);
}
function sameSubjects(a, b) {
  if (a.subjects.length === 0 || b.subjects.length === 0)
    return false;
  const eq = (x, y) => x.length === y.length && x.every((s, i) => s === y[i]);
  return eq(a.subjects, b.subjects) || !!b.named && eq(a.subjects, b.named) || !!a.named && eq(a.named, b.subjects) || !!a.named && !!b.named && eq(a.named, b.named);
}
function classKey(r) {
  return `${r.subjects.join(",")}|${r.named?.join(",") ?? ""}|${r.value}|${r.halfUnit}|${r.approx}|${r.bound ?? ""}|${r.source?.join(",") ?? ""}`;
}
function sourceNote(r) {
  return r.source?.length ? ` (by ${r.source.join(" and ")} statistics)` : "";
}
function sameSource(a, b) {
  if (!a.source || !b.source)
    return true;
  return a.source.length === b.source.length && a.source.every((s, i) => s === b.source[i]);
}
function joinDatedByArticle(groups) {
  const dated = /* @__PURE__ */ new Map();
  for (const g of groups.values()) {
    for (const r of g) {
      if (!r.on)
        continue;
      const k = `${r.property}|${r.unit ?? ""}`;
      const list2 = dated.get(k);
      if (list2)
        list2.push(r);
      else
        dated.set(k, [r]);
    }
  }
  if (dated.size === 0)
    return;
  for (const [key, g] of groups) {
    const [property, range, unit] = key.split("|");
    const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/u.exec(range ?? "");
    if (!m || m[1].endsWith("-01-01") && m[2].endsWith("-12-31") && m[1].slice(0, 4) === m[2].slice(0, 4))
      continue;
    const into = dated.get(`${property}|${unit}`);
    if (!into || g.some((r) => r.on))
      continue;
    for (const r of into)
      if (r.on >= m[1] && r.on <= m[2])
        g.push(r);
  }
}
function crossCheck(records2, severity, show2 = (f) => f) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of records2) {
    const g = groups.get(r.key);
    if (g)
      g.push(r);
    else
      groups.set(r.key, [r]);
  }
  joinDatedByArticle(groups);
  const out = /* @__PURE__ */ new Map();
  const reported2 = /* @__PURE__ */ new Set();
  for (const key of [...groups.keys()].sort()) {
    const g = groups.get(key).sort(order);
    const classes = /* @__PURE__ */ new Map();
    for (const r of g) {
      const k = classKey(r);
      const c = classes.get(k);
      if (c)
        c.push(r);
      else
        classes.set(k, [r]);
    }
    const list2 = [...classes.values()];
    const support = /* @__PURE__ */ new Map();
    for (const a of list2) {
      const files = /* @__PURE__ */ new Set();
      for (const b of list2)
        if (a === b || sameSubjects(a[0], b[0]) && sameSource(a[0], b[0]) && compatible(a[0], b[0]))
          for (const r of b)
            files.add(r.filePath);
      support.set(a, files.size);
    }
    const conflicts = /* @__PURE__ */ new Map();
    for (const a of list2) {
      const rs = [];
      let opposed = 0;
      for (const b of list2) {
        if (a !== b && sameSubjects(a[0], b[0]) && sameSource(a[0], b[0]) && !compatible(a[0], b[0])) {
          rs.push(...b);
          opposed = Math.max(opposed, support.get(b));
        }
      }
      if (rs.length === 0)
        continue;
      if (support.get(a) >= 2 && support.get(a) >= 2 * opposed)
        continue;
      rs.sort(order);
      const perFile = /* @__PURE__ */ new Map();
      for (const r of rs)
        perFile.set(r.filePath, (perFile.get(r.filePath) ?? 0) + 1);
      conflicts.set(a, { records: rs, perFile });
    }
    for (const r of g) {
      const c = conflicts.get(classes.get(classKey(r)));
      if (!c || reported2.has(r))
        continue;
      const total = c.records.length - (c.perFile.get(r.filePath) ?? 0);
      if (total === 0)
        continue;
      const others = [];
      for (const o of c.records) {
        if (o.filePath === r.filePath)
          continue;
        others.push(o);
        if (others.length === MAX_RELATED)
          break;
      }
      const first = others[0];
      const d = {
        ruleId: "cross-article",
        severity,
        message: `${r.property}: this article says ${r.text.trim()}${sourceNote(r)}, ${show2(first.filePath)}:${first.line}:${first.column} says ${first.text.trim()}${sourceNote(first)} (the fact set has no value to decide)`,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        actual: formatValue(r.value, r.unit),
        expected: `agreement with ${total} other article${total > 1 ? "s" : ""}`,
        related: others.map((o) => ({ filePath: o.filePath, line: o.line, column: o.column, message: o.text.trim() }))
      };
      reported2.add(r);
      const list3 = out.get(r.filePath);
      if (list3)
        list3.push(d);
      else
        out.set(r.filePath, [d]);
    }
  }
  return out;
}
var TOLERANCE, order, MAX_RELATED;
var init_cross_article = __esm({
  "dist/rules/cross-article.js"() {
    "use strict";
    init_import_meta_url();
    init_figures();
    TOLERANCE = 0.03;
    order = (a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0) || a.line - b.line || a.column - b.column;
    MAX_RELATED = 20;
  }
});

// dist/engine/cache-format.js
function header(key) {
  return Buffer.from(`{"marker":"${MARKER2}","key":${JSON.stringify(key)},"entries":{
`);
}
function encodeFile(key, lines) {
  const out = [header(key)];
  lines.forEach((l, i) => i > 0 ? out.push(SEPARATOR, l) : out.push(l));
  if (lines.length > 0)
    out.push(NEWLINE);
  out.push(CLOSE3);
  return out;
}
function decodeFile(data, key) {
  const head = header(key);
  if (!data.subarray(0, head.length).equals(head))
    return void 0;
  const entries2 = /* @__PURE__ */ new Map();
  let at = head.length;
  let comma = false;
  for (; ; ) {
    if (data.length - at === CLOSE3.length && data.subarray(at).equals(CLOSE3))
      return comma ? void 0 : entries2;
    const nl = data.indexOf(10, at);
    if (nl <= at)
      return void 0;
    if (entries2.size > 0 && !comma)
      return void 0;
    comma = data[nl - 1] === 44;
    const e = decodeLine(data.subarray(at, comma ? nl - 1 : nl));
    if (!e || entries2.has(e.path))
      return void 0;
    entries2.set(e.path, e.entry);
    at = nl + 1;
  }
}
function encodeLine(p) {
  const outcome = Buffer.from(p.outcome);
  return Buffer.concat([
    Buffer.from(`${JSON.stringify(p.path)}:{"hash":"${p.hash}","decoded":${p.decoded},"mac":"${p.mac}","claimsMac":"${p.claimsMac}","outcomeBytes":${outcome.length},"outcome":`),
    outcome,
    Buffer.from(`,"claims":${p.claims}}`)
  ]);
}
function signedHead(path33, hash, decoded) {
  return Buffer.from(`${JSON.stringify(path33)}:{"hash":"${hash}","decoded":${decoded}`);
}
function decodeLine(line) {
  const pathEnd = line.indexOf(PATH_END);
  if (pathEnd < 1 || line[0] !== 34)
    return void 0;
  const m = FIELDS.exec(line.toString("latin1", pathEnd, pathEnd + FIELDS_MAX));
  if (!m)
    return void 0;
  let path33 = line.toString("utf8", 1, pathEnd);
  if (path33.includes("\\")) {
    try {
      path33 = JSON.parse(`"${path33}"`);
    } catch {
      return void 0;
    }
  }
  const signedEnd = pathEnd + m[0].length - m[3].length;
  const start2 = pathEnd + m[0].length;
  const outcome = [start2, start2 + Number(m[6])];
  if (!literalAt(line, outcome[1], CLAIMS) || line[line.length - 1] !== 125)
    return void 0;
  const claims2 = [outcome[1] + CLAIMS.length, line.length - 1];
  if (claims2[1] <= claims2[0])
    return void 0;
  return { path: path33, entry: { line, hash: m[1], decoded: m[2] === "true", mac: m[4], claimsMac: m[5], signedEnd, outcome, claims: claims2 } };
}
function literalAt(b, at, lit) {
  return at + lit.length <= b.length && b.compare(lit, 0, lit.length, at, at + lit.length) === 0;
}
var MARKER2, PATH_END, FIELDS, FIELDS_MAX, CLAIMS, CLOSE3, NEWLINE, SEPARATOR;
var init_cache_format = __esm({
  "dist/engine/cache-format.js"() {
    "use strict";
    init_import_meta_url();
    MARKER2 = "factlint-result-cache/4";
    PATH_END = Buffer.from('":{"hash":"');
    FIELDS = /^":\{"hash":"([0-9a-f]{40})","decoded":(true|false)(,"mac":"([0-9a-f]{64})","claimsMac":"([0-9a-f]{64})","outcomeBytes":([0-9]{1,10}),"outcome":)/;
    FIELDS_MAX = 260;
    CLAIMS = Buffer.from(',"claims":');
    CLOSE3 = Buffer.from("}}\n");
    NEWLINE = Buffer.from("\n");
    SEPARATOR = Buffer.from(",\n");
  }
});

// dist/engine/cache.js
function cacheFile(location, cwd, env = process.env) {
  if (location === void 0 || location === "") {
    const project = import_node_path15.default.resolve(cwd);
    const name = `results-${createHash("sha256").update(project).digest("hex").slice(0, 32)}.json`;
    return { file: import_node_path15.default.join(userCacheDir(cwd, env), name), base: project };
  }
  const abs = import_node_path15.default.resolve(cwd, location);
  const file = /[\\/]$/.test(location) || isDirectory(abs) ? import_node_path15.default.join(abs, DEFAULT_CACHE_FILE) : abs;
  return { file, base: import_node_path15.default.dirname(file) };
}
function isDirectory(p) {
  try {
    return (0, import_node_fs22.statSync)(p).isDirectory();
  } catch {
    return false;
  }
}
function contentHash(bytes) {
  const c = crypto3();
  return typeof c.hash === "function" ? c.hash("sha1", bytes, "hex") : c.createHash("sha1").update(bytes).digest("hex");
}
function sameMac(storedHex, expected) {
  const given = Buffer.from(storedHex, "hex");
  return given.length === expected.length && crypto3().timingSafeEqual(given, expected);
}
function isBlank(data) {
  if (data.toString("utf8", 0, PREFIX2).trim() !== "")
    return false;
  return data.length <= PREFIX2 || data.toString("utf8").trim() === "";
}
function isOurs(data) {
  return OURS.test(data.toString("utf8", 0, PREFIX2)) || data.length > PREFIX2 && OURS.test(data.toString("utf8"));
}
function isResult(r) {
  const x = r;
  return typeof x === "object" && x !== null && Array.isArray(x.messages) && typeof x.errorCount === "number";
}
var import_node_fs22, import_node_path15, crypto3, OURS, DEFAULT_CACHE_FILE, ResultCache, PREFIX2;
var init_cache = __esm({
  "dist/engine/cache.js"() {
    "use strict";
    init_import_meta_url();
    init_hash();
    init_on_demand();
    import_node_fs22 = require("node:fs");
    import_node_path15 = __toESM(require("node:path"), 1);
    init_errors();
    init_cache_dir();
    init_cache_format();
    crypto3 = onDemand("node:crypto");
    OURS = /^\s*\{\s*"marker"\s*:\s*"factlint-result-cache\//;
    DEFAULT_CACHE_FILE = ".factlintcache";
    ResultCache = class _ResultCache {
      file;
      key;
      entries;
      o;
      changed = false;
      /** The base folder with a separator after it. */
      under;
      constructor(file, key, entries2, o) {
        this.file = file;
        this.key = key;
        this.entries = entries2;
        this.o = o;
        const base = import_node_path15.default.resolve(o.base);
        this.under = base.endsWith(import_node_path15.default.sep) ? base : base + import_node_path15.default.sep;
      }
      /**
       * Opens the cache file; a missing or empty file, a damaged cache, one of another version or
       * run key gives an empty cache. A file that is not a factlint cache at all (an article named
       * by mistake in --cache-location) is a usage error: saving would overwrite it.
       */
      static open(file, key, o) {
        let data;
        try {
          data = (0, import_node_fs22.readFileSync)(file);
        } catch {
        }
        if (data !== void 0 && !isBlank(data) && !isOurs(data)) {
          throw new FactlintError(`--cache-location ${file} is not a factlint cache; saving the cache would overwrite it (choose another path)`);
        }
        const entries2 = (data && decodeFile(data, key)) ?? /* @__PURE__ */ new Map();
        return new _ResultCache(file, key, entries2, o);
      }
      rel(file) {
        const abs = import_node_path15.default.resolve(file);
        if (import_node_path15.default.sep === "/" && abs.startsWith(this.under) && abs.length > this.under.length)
          return abs.slice(this.under.length);
        return import_node_path15.default.relative(this.o.base, abs).split(import_node_path15.default.sep).join("/");
      }
      hmac() {
        return crypto3().createHmac("sha256", this.o.secret);
      }
      /** The MAC of an entry's key, path, hash and decoded flag (`head`, as laid out in its line) and its outcome's JSON. */
      outcomeMac(head, outcome) {
        return this.hmac().update(`${this.key}
`).update(head).update("\n").update(outcome).digest();
      }
      /** The MAC of the claims' JSON, bound to their outcome's MAC (hex). */
      claimsMac(outcomeMac, claims2) {
        return this.hmac().update(`claims
${outcomeMac}
`).update(claims2).digest();
      }
      /**
       * The stored outcome for a file with these bytes (its result's filePath set to `displayPath`),
       * if any and authentic. `claims: false`: without the result's claims (not parsed, not checked):
       * for a run whose report does not print them.
       */
      get(file, hash, displayPath3, claims2 = true) {
        if (!this.o.reuse || !this.o.secret)
          return void 0;
        const e = this.entries.get(this.rel(file));
        if (!e || e.hash !== hash)
          return void 0;
        if (!sameMac(e.mac, this.outcomeMac(e.line.subarray(0, e.signedEnd), e.line.subarray(...e.outcome))))
          return void 0;
        let outcome;
        try {
          outcome = JSON.parse(e.line.toString("utf8", ...e.outcome));
        } catch {
          return void 0;
        }
        if (typeof outcome !== "object" || outcome === null || !isResult(outcome.result))
          return void 0;
        const noClaims = e.claims[1] - e.claims[0] === 4 && e.line.toString("latin1", ...e.claims) === "null";
        if (outcome.result.claims === 0 === noClaims)
          return void 0;
        if (noClaims) {
        } else if (!claims2) {
          const { claims: _place, ...rest } = outcome.result;
          outcome.result = rest;
        } else {
          const stored = e.line.subarray(...e.claims);
          if (!sameMac(e.claimsMac, this.claimsMac(e.mac, stored)))
            return void 0;
          try {
            outcome.result.claims = JSON.parse(stored.toString("utf8"));
          } catch {
            return void 0;
          }
        }
        outcome.result.filePath = displayPath3;
        for (const r of outcome.result.records ?? [])
          r.filePath = displayPath3;
        return { outcome, decoded: e.decoded };
      }
      /** Stores an outcome as it is (fields added to it later pass through), without its source text. */
      set(file, hash, outcome, decoded) {
        if (!this.o.secret)
          return;
        const rel = this.rel(file);
        const { result } = outcome;
        const claims2 = result.claims === void 0 ? "null" : JSON.stringify(result.claims);
        const text = JSON.stringify(result.claims === void 0 ? outcome : { ...outcome, result: { ...result, claims: 0 } });
        const mac = this.outcomeMac(signedHead(rel, hash, decoded), text).toString("hex");
        const line = encodeLine({ path: rel, hash, decoded, mac, claimsMac: this.claimsMac(mac, claims2).toString("hex"), outcome: text, claims: claims2 });
        this.entries.set(rel, decodeLine(line).entry);
        this.changed = true;
      }
      /**
       * Writes the cache (atomically) when it changed; entries of files that no longer exist are
       * dropped. Entries are written back as they were read. A cache that cannot be written is a
       * warning, not an error: the run itself is done.
       */
      save() {
        if (!this.changed)
          return void 0;
        const lines = [];
        for (const rel of [...this.entries.keys()].sort()) {
          try {
            (0, import_node_fs22.statSync)(import_node_path15.default.resolve(this.o.base, rel));
            lines.push(this.entries.get(rel).line);
          } catch {
          }
        }
        const tmp = `${this.file}.${process.pid}.tmp`;
        try {
          (0, import_node_fs22.mkdirSync)(import_node_path15.default.dirname(this.file), { recursive: true, mode: 448 });
          (0, import_node_fs22.writeFileSync)(tmp, Buffer.concat(encodeFile(this.key, lines)), { mode: 384 });
          (0, import_node_fs22.renameSync)(tmp, this.file);
          return void 0;
        } catch (err) {
          try {
            (0, import_node_fs22.unlinkSync)(tmp);
          } catch {
          }
          return `cannot write the cache ${this.file}: ${ioReason(err)}`;
        }
      }
    };
    PREFIX2 = 4096;
  }
});

// dist/engine/run-key.js
function codeFingerprint() {
  if (codeHash)
    return codeHash;
  const h = createHash("sha256").update(MARKER2);
  const root = (0, import_node_url6.fileURLToPath)(new URL("../../", importMetaUrl));
  const self = (0, import_node_url6.fileURLToPath)(importMetaUrl);
  const walk2 = (dir, keep) => {
    let names2;
    try {
      names2 = (0, import_node_fs23.readdirSync)(dir).sort();
    } catch {
      return;
    }
    for (const name of names2) {
      const abs = import_node_path16.default.join(dir, name);
      let st;
      try {
        st = (0, import_node_fs23.statSync)(abs);
      } catch {
        continue;
      }
      if (st.isDirectory())
        walk2(abs, keep);
      else if (keep(name))
        h.update(`\0${import_node_path16.default.relative(root, abs)}\0`).update((0, import_node_fs23.readFileSync)(abs));
    }
  };
  if (self.endsWith(".cjs"))
    walk2(import_node_path16.default.dirname(self), (n) => /\.c?js$/.test(n));
  else
    walk2(import_node_path16.default.dirname(import_node_path16.default.dirname(self)), (n) => /\.(js|ts)$/.test(n) && !n.endsWith(".d.ts"));
  walk2(import_node_path16.default.join(root, "rules"), (n) => n.endsWith(".json"));
  try {
    h.update((0, import_node_fs23.readFileSync)(import_node_path16.default.join(root, "package.json")));
  } catch {
  }
  return codeHash = h.digest("hex");
}
function runKey(parts) {
  const severities = Object.keys(parts.severities).sort().map((k) => [k, parts.severities[k]]);
  return createHash("sha256").update(JSON.stringify([codeFingerprint(), parts.factsHash, parts.lang ?? null, parts.date ?? null, severities])).digest("hex");
}
var import_node_fs23, import_node_path16, import_node_url6, codeHash;
var init_run_key = __esm({
  "dist/engine/run-key.js"() {
    "use strict";
    init_import_meta_url();
    init_hash();
    import_node_fs23 = require("node:fs");
    import_node_path16 = __toESM(require("node:path"), 1);
    import_node_url6 = require("node:url");
    init_cache_format();
  }
});

// dist/engine/workers.js
function threadCount(concurrency, files, cpus = import_node_os3.default.availableParallelism()) {
  if (concurrency === void 0)
    return 1;
  if (concurrency === "auto") {
    if (files < AUTO_MIN_FILES || cpus < AUTO_MIN_CPUS)
      return 1;
    return Math.max(1, Math.min(cpus, Math.ceil(files / AUTO_MIN_FILES), 8));
  }
  return Math.max(1, Math.min(concurrency, Math.ceil(files / CHUNK)));
}
function lintInParallel(tasks, threads, setup, entry2, lintHere) {
  const { MessageChannel, receiveMessageOnPort, Worker } = workerThreads();
  const outcomes = new Array(tasks.length);
  const queue = [];
  for (let start2 = 0, id = 0; start2 < tasks.length; start2 += CHUNK, id++)
    queue.push({ id, start: start2, tasks: tasks.slice(start2, start2 + CHUNK) });
  const byId = new Map(queue.map((c) => [c.id, c]));
  const done = /* @__PURE__ */ new Set();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const helpers = [];
  const finish = (chunk, results) => {
    if (done.has(chunk.id))
      return;
    done.add(chunk.id);
    results.forEach((o, k) => outcomes[chunk.start + k] = o);
  };
  const send = (h) => {
    const chunk = queue.shift();
    if (!chunk)
      return;
    h.pending.set(chunk.id, Date.now());
    h.port.postMessage(chunk);
  };
  try {
    for (let i = 1; i < threads; i++) {
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(entry2, { workerData: { setup, port: port2, signal }, transferList: [port2] });
      worker.unref();
      helpers.push({ worker, port: port1, pending: /* @__PURE__ */ new Map(), dead: false });
    }
    for (const h of helpers) {
      send(h);
      send(h);
    }
    while (done.size < byId.size) {
      const seen = Atomics.load(signal, 0);
      let progressed = false;
      for (const h of helpers) {
        for (let m = receiveMessageOnPort(h.port); m; m = receiveMessageOnPort(h.port)) {
          const reply = m.message;
          if (reply.error)
            throw Object.assign(new Error(reply.error.message), { name: reply.error.name, stack: reply.error.stack });
          h.pending.delete(reply.id);
          finish(byId.get(reply.id), reply.outcomes ?? []);
          if (!h.dead)
            send(h);
          progressed = true;
        }
      }
      if (progressed)
        continue;
      const mine = queue.shift();
      if (mine) {
        finish(mine, mine.tasks.map(lintHere));
        continue;
      }
      if (done.size === byId.size)
        break;
      Atomics.wait(signal, 0, seen, 1e3);
      const now = Date.now();
      for (const h of helpers) {
        if (h.dead)
          continue;
        for (const [id, sent] of h.pending) {
          if (now - sent < STALL_MS || done.has(id))
            continue;
          h.dead = true;
          for (const stuck of h.pending.keys())
            if (!done.has(stuck))
              queue.push(byId.get(stuck));
          break;
        }
      }
    }
  } finally {
    for (const h of helpers) {
      h.port.close();
      void h.worker.terminate();
    }
  }
  return outcomes;
}
var import_node_os3, AUTO_MIN_FILES, AUTO_MIN_CPUS, CHUNK, STALL_MS, workerThreads;
var init_workers = __esm({
  "dist/engine/workers.js"() {
    "use strict";
    init_import_meta_url();
    import_node_os3 = __toESM(require("node:os"), 1);
    init_on_demand();
    AUTO_MIN_FILES = 50;
    AUTO_MIN_CPUS = 3;
    CHUNK = 8;
    STALL_MS = 12e4;
    workerThreads = onDemand("node:worker_threads");
  }
});

// dist/engine/lint-files.js
function bytesOf(f, maxBytes) {
  if (f.content)
    return f.content;
  let fd;
  try {
    fd = (0, import_node_fs24.openSync)(f.path, import_node_fs24.constants.O_RDONLY | (import_node_fs24.constants.O_NONBLOCK ?? 0));
    const st = (0, import_node_fs24.fstatSync)(fd);
    if (!st.isFile() || st.size > maxBytes)
      return void 0;
    const bytes = Buffer.allocUnsafe(st.size);
    let n = 0;
    while (n < bytes.length) {
      const got = (0, import_node_fs24.readSync)(fd, bytes, n, bytes.length - n, null);
      if (got === 0)
        break;
      n += got;
    }
    return n < bytes.length ? bytes.subarray(0, n) : bytes;
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0)
      (0, import_node_fs24.closeSync)(fd);
  }
}
function sourceOf(bytes, onDisk) {
  const bom = bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
  const text = decoder.decode(bom ? bytes.subarray(3) : bytes);
  let starts;
  return {
    text,
    bom,
    ...onDisk ? { onDisk } : {},
    get lineStarts() {
      return starts ??= lineStarts(text);
    }
  };
}
function lintFiles(files, o) {
  const after = (x) => o.afterLint ? o.afterLint(x.result, x.source) : x.result;
  const todo = [];
  const cached = new Array(files.length);
  files.forEach((f, i) => {
    if (o.cache) {
      const bytes = bytesOf(f, o.maxBytes);
      if (bytes) {
        const hash = contentHash(bytes);
        const hit = o.cache.get(f.path, hash, f.path, o.keepClaims !== false);
        if (hit) {
          cached[i] = { ...hit.outcome, ...hit.decoded ? { source: sourceOf(bytes, !f.content) } : {} };
          return;
        }
        todo.push({ i, task: { path: f.path, content: bytes }, hash });
        return;
      }
    }
    todo.push({ i, task: { path: f.path, ...f.content ? { content: f.content } : {} } });
  });
  const remember = (t, x) => {
    if (o.cache && t.hash) {
      const { source, ...rest } = x;
      o.cache.set(t.task.path, t.hash, rest, source !== void 0);
    }
  };
  const threads = threadCount(o.concurrency, todo.length);
  let results;
  if (threads <= 1) {
    let next = 0;
    results = new Array(files.length);
    const timings = process.env.FACTLINT_TIMINGS ? [] : void 0;
    for (let i = 0; i < files.length; i++) {
      let x = cached[i];
      if (!x) {
        const t = todo[next++];
        const start2 = timings ? performance.now() : 0;
        x = o.lintOne(t.task);
        timings?.push(JSON.stringify({ file: t.task.path, ms: performance.now() - start2 }));
        remember(t, x);
      }
      results[i] = after(x);
    }
    if (timings?.length)
      (0, import_node_fs24.appendFileSync)(process.env.FACTLINT_TIMINGS, timings.join("\n") + "\n");
  } else {
    const setup = {
      facts: o.facts.handoff(),
      factsFrom: o.facts.from,
      files: files.length,
      severities: o.severities,
      ...o.lang ? { lang: o.lang } : {},
      ...o.date ? { date: o.date } : {},
      cwd: o.cwd
    };
    const done = lintInParallel(todo.map((t) => t.task), threads, setup, WORKER_ENTRY, o.lintOne);
    todo.forEach((t, k) => {
      cached[t.i] = done[k];
      remember(t, done[k]);
    });
    results = cached.map((x) => after(x));
  }
  return results;
}
var import_node_fs24, WORKER_ENTRY, decoder;
var init_lint_files = __esm({
  "dist/engine/lint-files.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs24 = require("node:fs");
    init_lines();
    init_cache();
    init_workers();
    WORKER_ENTRY = new URL("./lint-worker.js", importMetaUrl);
    decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  }
});

// dist/engine/slim.js
function own(s) {
  return (" " + s).slice(1);
}
function compactRecord(r, t) {
  const out = {
    key: t.str(r.key),
    property: t.str(r.property),
    subjects: t.list(r.subjects),
    value: r.value,
    unit: r.unit === void 0 ? void 0 : t.str(r.unit),
    halfUnit: r.halfUnit,
    approx: r.approx,
    bound: r.bound,
    text: t.str(r.text.trim()),
    filePath: r.filePath,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn
  };
  if (r.source)
    out.source = t.list(r.source);
  if (r.named)
    out.named = t.list(r.named);
  if (r.on)
    out.on = t.str(r.on);
  return out;
}
function compactClaim(c, t) {
  const out = {};
  for (const k of Object.keys(c)) {
    const v = c[k];
    if (k === "slots") {
      const slots = {};
      for (const [name, slot] of Object.entries(c.slots)) {
        const copy = {};
        for (const [sk, sv] of Object.entries(slot))
          copy[sk] = typeof sv === "string" ? t.str(sv) : sv;
        slots[t.str(name)] = copy;
      }
      out[k] = slots;
    } else
      out[k] = typeof v === "string" ? t.str(v) : v;
  }
  return out;
}
function compactMessage(m) {
  const out = { ...m, message: own(m.message) };
  if (m.actual !== void 0)
    out.actual = own(m.actual);
  if (m.expected !== void 0)
    out.expected = own(m.expected);
  return out;
}
function slimResult(r, keepClaims, t, spill) {
  const { claims: claims2, records: records2, ...rest } = r;
  const out = rest;
  out.messages = rest.messages.map(compactMessage);
  if (keepClaims && claims2 !== void 0) {
    const spilled = spill && claims2.length > 0 ? spill.put(claims2) : void 0;
    if (spilled)
      out.spilledClaims = spilled;
    else
      out.claims = claims2.map((c) => compactClaim(c, t));
  }
  if (records2?.length)
    out.records = records2.map((x) => compactRecord(x, t));
  return out;
}
var Interner;
var init_slim = __esm({
  "dist/engine/slim.js"() {
    "use strict";
    init_import_meta_url();
    Interner = class {
      strings = /* @__PURE__ */ new Map();
      lists = /* @__PURE__ */ new Map();
      str(s) {
        const known2 = this.strings.get(s);
        if (known2 !== void 0)
          return known2;
        const copy = own(s);
        this.strings.set(copy, copy);
        return copy;
      }
      /** A list of strings shared between records (never changed after: the check only reads them). */
      list(xs) {
        const k = xs.join("\0");
        const known2 = this.lists.get(k);
        if (known2)
          return known2;
        const own2 = xs.map((x) => this.str(x));
        this.lists.set(own2.join("\0"), own2);
        return own2;
      }
    };
  }
});

// dist/engine/claim-spill.js
function removeQuietly(fd, file, dir) {
  try {
    if (fd !== void 0)
      (0, import_node_fs25.closeSync)(fd);
    (0, import_node_fs25.unlinkSync)(file);
    (0, import_node_fs25.rmdirSync)(dir);
  } catch {
  }
}
var import_node_fs25, import_node_os4, import_node_path17, ClaimSpill;
var init_claim_spill = __esm({
  "dist/engine/claim-spill.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs25 = require("node:fs");
    import_node_os4 = __toESM(require("node:os"), 1);
    import_node_path17 = __toESM(require("node:path"), 1);
    ClaimSpill = class {
      fd;
      size = 0;
      /** Set when the file cannot be made or written: claims then stay in memory, as before. */
      failed = false;
      /** Writes the claims out; undefined when they must stay in memory (no temporary file). */
      put(claims2) {
        const fd = this.open();
        if (fd === void 0)
          return void 0;
        const text = JSON.stringify(claims2);
        const length = Buffer.byteLength(text, "utf8");
        try {
          if ((0, import_node_fs25.writeSync)(fd, text, this.size, "utf8") !== length)
            throw new Error("short write");
        } catch {
          this.failed = true;
          return void 0;
        }
        const offset = this.size;
        this.size += length;
        return { count: claims2.length, read: () => this.read(offset, length) };
      }
      read(offset, length) {
        if (this.scratch.length < length)
          this.scratch = Buffer.allocUnsafeSlow(Math.max(length, 2 * this.scratch.length));
        const bytes = this.scratch;
        let n = 0;
        while (n < length) {
          const got = (0, import_node_fs25.readSync)(this.fd, bytes, n, length - n, offset + n);
          if (got === 0)
            throw new Error("factlint: the temporary claims file was cut short");
          n += got;
        }
        return JSON.parse(bytes.toString("utf8", 0, length));
      }
      scratch = Buffer.alloc(0);
      open() {
        if (this.fd !== void 0 || this.failed)
          return this.fd;
        try {
          const dir = (0, import_node_fs25.mkdtempSync)(import_node_path17.default.join(import_node_os4.default.tmpdir(), "factlint-claims-"));
          const file = import_node_path17.default.join(dir, "claims.json");
          this.fd = (0, import_node_fs25.openSync)(file, "wx+", 384);
          try {
            (0, import_node_fs25.unlinkSync)(file);
            (0, import_node_fs25.rmdirSync)(dir);
          } catch {
            process.once("exit", () => removeQuietly(this.fd, file, dir));
          }
        } catch {
          this.failed = true;
        }
        return this.fd;
      }
    };
  }
});

// dist/claims/claims-of.js
function claimsOf(r) {
  return r.claims ?? r.spilledClaims?.read();
}
var init_claims_of = __esm({
  "dist/claims/claims-of.js"() {
    "use strict";
    init_import_meta_url();
  }
});

// dist/engine/shard.js
function parseShard(value) {
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) {
    throw new FactlintError(`--shard must be K/N with 1 \u2264 K \u2264 N (e.g. 1/3), got "${value}"`);
  }
  return { index, count };
}
function relativeKey(file, cwd) {
  return import_node_path18.default.relative(cwd, import_node_path18.default.resolve(cwd, file)).split(import_node_path18.default.sep).join("/");
}
function inShard(files, shard, cwd) {
  if (shard.count === 1)
    return [...files];
  const keyed = files.map((f, i) => ({ i, key: relativeKey(f.path, cwd) }));
  keyed.sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i);
  const keep = new Set(keyed.filter((_, rank) => rank % shard.count === shard.index - 1).map((k) => k.i));
  return files.filter((_, i) => keep.has(i));
}
var import_node_path18;
var init_shard = __esm({
  "dist/engine/shard.js"() {
    "use strict";
    init_import_meta_url();
    import_node_path18 = __toESM(require("node:path"), 1);
    init_errors();
  }
});

// dist/engine/partial.js
function serializePartial(p) {
  return `${JSON.stringify(p)}
`;
}
function parsePartial(text, name) {
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    throw new FactlintError(`${name}: not a factlint partial (not JSON)`);
  }
  const p = v;
  if (!p || typeof p !== "object" || p.kind !== PARTIAL_KIND)
    throw new FactlintError(`${name}: not a factlint partial (written by --partial)`);
  if (p.version !== PARTIAL_VERSION)
    throw new FactlintError(`${name}: a partial of format version ${String(p.version)}; this factlint reads version ${PARTIAL_VERSION}`);
  const shardOk = p.shard && Number.isInteger(p.shard.index) && Number.isInteger(p.shard.count) && p.shard.index >= 1 && p.shard.index <= p.shard.count;
  if (typeof p.key !== "string" || !shardOk || !Number.isInteger(p.files) || !Array.isArray(p.entries))
    throw new FactlintError(`${name}: a damaged factlint partial`);
  for (const e of p.entries) {
    if (!e || !Number.isInteger(e.order) || typeof e.deferred !== "boolean" || !e.result || typeof e.result.filePath !== "string" || !Array.isArray(e.result.messages)) {
      throw new FactlintError(`${name}: a damaged factlint partial`);
    }
  }
  return p;
}
function combinePartials(parts) {
  if (parts.length === 0)
    throw new FactlintError("merge needs the partial files of every shard");
  const [first] = parts;
  const count = first.partial.shard.count;
  const seen = /* @__PURE__ */ new Map();
  for (const { name, partial } of parts) {
    if (partial.key !== first.partial.key)
      throw new FactlintError(`${name} and ${first.name} come from different runs (factlint version, fact set, --lang, --date or rule settings differ)`);
    if (partial.shard.count !== count)
      throw new FactlintError(`${name} is shard ${partial.shard.index}/${partial.shard.count}, ${first.name} is of ${count} shards`);
    if (partial.files !== first.partial.files)
      throw new FactlintError(`${name} and ${first.name} saw different file lists (${partial.files} and ${first.partial.files} files)`);
    const again = seen.get(partial.shard.index);
    if (again)
      throw new FactlintError(`shard ${partial.shard.index}/${count} is given twice: ${again} and ${name}`);
    seen.set(partial.shard.index, name);
  }
  const missing = [];
  for (let k = 1; k <= count; k++)
    if (!seen.has(k))
      missing.push(`${k}/${count}`);
  if (missing.length)
    throw new FactlintError(`merge is missing shard${missing.length > 1 ? "s" : ""} ${missing.join(", ")}`);
  return parts.flatMap((p) => p.partial.entries).sort((a, b) => a.order - b.order);
}
var PARTIAL_KIND, PARTIAL_VERSION;
var init_partial = __esm({
  "dist/engine/partial.js"() {
    "use strict";
    init_import_meta_url();
    init_errors();
    PARTIAL_KIND = "factlint-partial";
    PARTIAL_VERSION = 1;
  }
});

// dist/engine/trace.js
var NO_TRACE;
var init_trace = __esm({
  "dist/engine/trace.js"() {
    "use strict";
    init_import_meta_url();
    NO_TRACE = {
      stage: (_name, f) => f(),
      loaded: () => {
      }
    };
  }
});

// dist/engine/run.js
function slowHeapGrowth() {
  nodeV8().setFlagsFromString("--heap-growing-percent=20");
  heapTuned = true;
}
function defaultHeapGrowth() {
  if (!heapTuned)
    return;
  nodeV8().setFlagsFromString("--heap-growing-percent=0");
  heapTuned = false;
}
function bundledClaimsDir() {
  return (0, import_node_url7.fileURLToPath)(new URL("../../claims/", importMetaUrl));
}
function defaultClaims(cwd) {
  const local = import_node_path19.default.join(cwd, "claims");
  if ((0, import_node_fs26.existsSync)(local) && (0, import_node_fs26.statSync)(local).isDirectory())
    return [local];
  return [bundledClaimsDir()];
}
function defaultSeverities(rules) {
  return Object.fromEntries(rules.map((r) => [r.id, r.defaultSeverity]));
}
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
function fileError(filePath, message2, line = 1) {
  return summarise(filePath, [{ ruleId: "file-error", severity: 2, message: message2, line, column: 1, endLine: line, endColumn: 1 }], message2);
}
function tooLarge(displayPath3, size) {
  return fileError(displayPath3, `file too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`);
}
function supportedLanguages() {
  return languages ??= availableLangs("grammar");
}
function unsupportedLanguage(doc, severities) {
  const level = severityNumber(severities["unsupported-language"]);
  if (level === 0 || doc.langUnknown === "no-text")
    return [];
  const reads = `factlint reads ${supportedLanguages().join(", ")}`;
  const message2 = doc.lang !== void 0 ? `no rules for language "${doc.lang}" (${reads}): nothing in this file was checked` : `language not recognised: ${UNKNOWN2[doc.langUnknown ?? "no-match"]} (${reads}; state it with "lang:" in front matter or --lang): nothing in this file was checked`;
  return [{ ruleId: "unsupported-language", severity: level, message: message2, line: 1, column: 1, endLine: 1, endColumn: 1 }];
}
function readAndLint(file, displayPath3, index, opts, severities, content) {
  let buf;
  if (content) {
    if (content.length > MAX_FILE_BYTES)
      return { result: tooLarge(displayPath3, content.length) };
    buf = content;
  } else {
    try {
      const size = (0, import_node_fs26.statSync)(file).size;
      if (size > MAX_FILE_BYTES)
        return { result: tooLarge(displayPath3, size) };
      buf = (0, import_node_fs26.readFileSync)(file);
    } catch (err) {
      return { result: fileError(displayPath3, `cannot read file: ${ioReason(err)}`) };
    }
  }
  try {
    const doc = parseDocument(displayPath3, buf, { ...opts.lang ? { lang: opts.lang } : {}, ...opts.date ? { date: opts.date } : {} });
    const source = { text: doc.text, bom: doc.bom, lineStarts: doc.lineStarts };
    if (!content)
      source.onDisk = true;
    if (doc.lang === void 0 || !supportedLanguages().includes(doc.lang)) {
      const result2 = summarise(displayPath3, unsupportedLanguage(doc, severities));
      if (doc.lang !== void 0)
        result2.lang = doc.lang;
      return { result: result2, source };
    }
    const { diagnostics, records: records2, claims: claims2 } = lintDocument(doc, index, { severities });
    const result = summarise(displayPath3, diagnostics);
    result.lang = doc.lang;
    result.claims = claims2;
    if (records2.length)
      result.records = records2;
    return { result, source };
  } catch (err) {
    if (err instanceof DocumentError)
      return { result: fileError(displayPath3, err.message, err.line) };
    throw err;
  }
}
function applyCrossArticle(results, severities, cwd) {
  const level = severityNumber(severities["cross-article"]);
  const records2 = level > 0 ? results.flatMap((r) => r.records ?? []) : [];
  const extra = records2.length ? crossCheck(records2, level, cwd ? (f) => import_node_path19.default.isAbsolute(f) ? import_node_path19.default.relative(cwd, f) || f : f : void 0) : /* @__PURE__ */ new Map();
  return results.map((r) => {
    const { records: _drop, ...rest } = r;
    const add2 = extra.get(r.filePath);
    if (!add2)
      return rest;
    const messages = sortDiagnostics([...rest.messages, ...add2]);
    const out = summarise(rest.filePath, messages, rest.fatal);
    if (rest.lang !== void 0)
      out.lang = rest.lang;
    const claims2 = claimsOf(rest);
    if (claims2) {
      const judged = claims2.map((c) => crossVerdict(c, add2));
      if (rest.spilledClaims && judged.every((c, k) => c === claims2[k]))
        out.spilledClaims = rest.spilledClaims;
      else
        out.claims = judged;
    }
    return out;
  });
}
function crossVerdict(c, found) {
  if (c.kind !== "metric" || c.verdict !== "unverifiable")
    return c;
  const d = found.find((x) => x.line === c.line && x.column === c.column && x.ruleId === "cross-article");
  return d ? { ...c, verdict: "contradicted", reason: `another article disagrees: ${d.related?.[0]?.message ?? ""}`.trim() } : c;
}
function loadFacts(opts, trace) {
  const dir = opts.factCache === false ? void 0 : privateDir(opts.factCache ?? cacheDir(opts.cwd));
  const c = loadFactSetCached(opts.claims ?? defaultClaims(opts.cwd), { cwd: process.cwd(), dir });
  trace.loaded("fact-set cache", dir ? `${dir} (${c.hit ? "hit" : "miss"})` : "none");
  return c;
}
function run(opts) {
  try {
    return lintRun(opts);
  } finally {
    defaultHeapGrowth();
  }
}
function lintRun(opts) {
  const rules = loadRuleMeta();
  const severities = { ...defaultSeverities(rules), ...opts.severities };
  const trace = opts.trace ?? NO_TRACE;
  const cached = opts.facts ?? trace.stage("fact-set load", () => loadFacts(opts, trace));
  const facts2 = { files: cached.files, hash: cached.hash };
  trace.loaded("fact set", `${plural(facts2.files.length, "file")}: ${facts2.files.join(", ")}`);
  const all = opts.inputs ?? discoverFiles(opts.patterns, { cwd: opts.cwd }).map((p) => ({ path: p }));
  const files = opts.shard ? inShard(all, opts.shard, opts.cwd) : all;
  const index = cached.index(files.length);
  if (opts.tuneHeap && files.length >= LARGE_RUN_FILES)
    slowHeapGrowth();
  let cache3;
  const cacheWarnings = [];
  if (opts.cache) {
    const { file, base } = cacheFile(opts.cache.location, opts.cwd);
    trace.loaded("result cache", file);
    const secretDir = userCacheDir(opts.cwd);
    const secret = machineSecret(secretDir);
    if (!secret)
      cacheWarnings.push(`--cache: no private cache folder for its key (${secretDir} must be yours and not writable by others): results are neither reused nor saved`);
    const key = runKey({ factsHash: facts2.hash, lang: opts.lang, date: opts.date, severities });
    cache3 = ResultCache.open(file, key, { base, secret, reuse: opts.cache.reuse !== false });
  }
  const after = opts.afterLint;
  const deferred = /* @__PURE__ */ new Map();
  let keptUnits = 0;
  const strings3 = new Interner();
  const keepClaims = opts.keepClaims !== false || opts.partial === true;
  const spill = keepClaims && !opts.partial && opts.spillClaimsFrom !== void 0 && files.length >= opts.spillClaimsFrom ? new ClaimSpill() : void 0;
  const slim = (result) => slimResult(result, keepClaims, strings3, spill);
  const perFile = after && severityNumber(severities["cross-article"]) > 0 ? (result, source) => {
    const r = slim(result, source);
    if (!r.records?.length)
      return after(r, source);
    const keep = !source?.onDisk || (keptUnits += source.text.length) <= (opts.deferredTextUnits ?? DEFERRED_TEXT_UNITS);
    deferred.set(r.filePath, keep ? source : "disk");
    return r;
  } : after ? (result, source) => after(slim(result, source), source) : slim;
  const linted = trace.stage("lint", () => lintFiles(files, {
    lintOne: (t) => readAndLint(t.path, t.path, index, opts, severities, t.content),
    afterLint: perFile,
    ...cache3 ? { cache: cache3, keepClaims } : {},
    ...opts.concurrency !== void 0 ? { concurrency: opts.concurrency } : {},
    facts: cached,
    severities,
    ...opts.lang ? { lang: opts.lang } : {},
    ...opts.date ? { date: opts.date } : {},
    cwd: opts.cwd,
    maxBytes: MAX_FILE_BYTES
  }));
  if (opts.partial) {
    const warning2 = cache3?.save();
    if (warning2)
      cacheWarnings.push(warning2);
    const order2 = new Map(all.map((f, i) => [f, i]));
    const partial = {
      kind: PARTIAL_KIND,
      version: PARTIAL_VERSION,
      key: runKey({ factsHash: facts2.hash, lang: opts.lang, date: opts.date, severities }),
      shard: opts.shard ?? { index: 1, count: 1 },
      files: all.length,
      entries: linted.map((result, i) => ({ order: order2.get(files[i]), deferred: deferred.has(result.filePath), result }))
    };
    return { results: linted, partial, rules, facts: facts2, ...cacheWarnings.length ? { warnings: cacheWarnings } : {} };
  }
  let results = trace.stage("cross-article", () => applyCrossArticle(linted, severities, opts.cwd));
  if (after && deferred.size > 0) {
    results = results.map((r) => {
      if (!deferred.has(r.filePath))
        return r;
      const s = deferred.get(r.filePath);
      return after(r, s === "disk" ? reread(r.filePath) : s);
    });
  }
  const warning = cache3?.save();
  if (warning)
    cacheWarnings.push(warning);
  return { results, rules, facts: facts2, ...cacheWarnings.length ? { warnings: cacheWarnings } : {} };
}
function mergeRun(parts, opts) {
  const rules = loadRuleMeta();
  const severities = { ...defaultSeverities(rules), ...opts.severities };
  const cached = loadFacts(opts, NO_TRACE);
  const facts2 = { files: cached.files, hash: cached.hash };
  const key = runKey({ factsHash: facts2.hash, lang: opts.lang, date: opts.date, severities });
  const stale = parts.find((p) => p.partial.key !== key);
  if (stale)
    throw new FactlintError(`${stale.name} was written with other settings than this merge (factlint version, fact set, --lang, --date or rule settings): give merge the options the shards had`);
  const entries2 = combinePartials(parts);
  let results = applyCrossArticle(entries2.map((e) => e.result), severities, opts.cwd);
  const after = opts.afterLint;
  if (after) {
    results = results.map((r, i) => {
      if (!entries2[i].deferred)
        return r;
      return after(r, reread(import_node_path19.default.resolve(opts.cwd, r.filePath)));
    });
  }
  return { results, rules, facts: facts2 };
}
function reread(file) {
  try {
    return sourceOf((0, import_node_fs26.readFileSync)(file), true);
  } catch {
    return void 0;
  }
}
var import_node_fs26, import_node_path19, import_node_url7, nodeV8, LARGE_RUN_FILES, heapTuned, DEFERRED_TEXT_UNITS, MAX_FILE_BYTES, languages, UNKNOWN2;
var init_run = __esm({
  "dist/engine/run.js"() {
    "use strict";
    init_import_meta_url();
    init_plural();
    import_node_fs26 = require("node:fs");
    import_node_path19 = __toESM(require("node:path"), 1);
    import_node_url7 = require("node:url");
    init_parse();
    init_errors();
    init_cache_dir();
    init_machine_secret();
    init_compiled_cache();
    init_files2();
    init_rule_meta();
    init_lint_document();
    init_cross_article();
    init_severity();
    init_cache();
    init_run_key();
    init_lint_files();
    init_slim();
    init_claim_spill();
    init_claims_of();
    init_pack();
    init_shard();
    init_partial();
    init_trace();
    init_on_demand();
    nodeV8 = onDemand("node:v8");
    LARGE_RUN_FILES = 500;
    heapTuned = false;
    DEFERRED_TEXT_UNITS = 0;
    MAX_FILE_BYTES = 10 * 1024 * 1024;
    UNKNOWN2 = {
      "too-short": "too little text to tell its language",
      "no-match": "the text is in none of the languages factlint recognises",
      ambiguous: "the text could be in more than one language"
    };
  }
});

// dist/report/text-width.js
function isEastAsianWide(cp) {
  return cp >= 4352 && cp <= 4447 || cp >= 11904 && cp <= 12350 || cp >= 12353 && cp <= 13311 || cp >= 13312 && cp <= 19903 || cp >= 19968 && cp <= 40959 || cp >= 40960 && cp <= 42191 || cp >= 44032 && cp <= 55203 || cp >= 63744 && cp <= 64255 || cp >= 65072 && cp <= 65103 || cp >= 65280 && cp <= 65376 || cp >= 65504 && cp <= 65510 || cp >= 131072 && cp <= 262141;
}
function controlPicture(cp) {
  if (cp < 32)
    return String.fromCodePoint(9216 + cp);
  if (cp === 127)
    return "\u2421";
  return "\uFFFD";
}
function printable(s) {
  return s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g, (ch) => controlPicture(ch.charCodeAt(0)));
}
function printableLine(s) {
  return s.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (ch) => controlPicture(ch.charCodeAt(0)));
}
function isBidiControl(cp) {
  return cp >= 8234 && cp <= 8238 || cp >= 8294 && cp <= 8297;
}
function isControl2(cp) {
  return cp < 32 || cp >= 127 && cp < 160;
}
function isPlain(cp) {
  let v = plainTable[cp];
  if (v === 0)
    plainTable[cp] = v = knownPlain(cp) ?? !isSpecial(cp) ? 1 : 2;
  return v === 1;
}
function knownPlain(cp) {
  if (cp >= 32 && cp <= 126)
    return true;
  if (cp >= 160 && cp <= 1327)
    return !(cp === 169 || cp === 173 || cp === 174 || cp >= 768 && cp <= 879 || cp >= 1155 && cp <= 1161);
  if (cp >= 8208 && cp <= 8231)
    return true;
  return void 0;
}
function knownPlainEnd(text, at, want) {
  const { re } = KNOWN_PLAIN_RUNS.find((r) => r.max >= want) ?? KNOWN_PLAIN_RUNS[KNOWN_PLAIN_RUNS.length - 1];
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : at;
}
function isSpecial(cp) {
  const ch = String.fromCharCode(cp);
  return cp === 9 || cp === 8205 || isControl2(cp) || cp >= 55296 && cp <= 57343 || ZERO_WIDTH.test(ch) || PICTOGRAPHIC.test(ch) || EMOJI_MODIFIER.test(ch) || REGIONAL_INDICATOR.test(ch) || EMOJI_PRESENTATION.test(ch) || isEastAsianWide(cp);
}
function lineStart() {
  return { index: 0, column: 0, joinNext: false, openFlag: false, narrowPicto: false };
}
function layoutFrom(line, state, stop2, cells) {
  let prev;
  while (state.index < line.length) {
    const i = state.index;
    const unit = line.charCodeAt(i);
    if (unit !== VS16 && stop2(state))
      return;
    if (isPlain(unit)) {
      if (cells)
        cells.push(prev = { start: i, end: i + 1, text: line[i], width: 1, column: state.column });
      state.column += 1;
      state.joinNext = false;
      state.openFlag = false;
      state.narrowPicto = false;
      state.index = i + 1;
      continue;
    }
    const cp = line.codePointAt(i) ?? 0;
    const end = i + (cp > 65535 ? 2 : 1);
    const ch = line.slice(i, end);
    let text = ch;
    let width;
    if (cp === 9) {
      width = TAB_WIDTH - state.column % TAB_WIDTH;
      text = " ".repeat(width);
    } else if (isControl2(cp)) {
      width = 1;
      text = controlPicture(cp);
    } else if (cp >= 55296 && cp <= 57343) {
      width = 1;
      text = "\uFFFD";
    } else if (isBidiControl(cp)) {
      width = 1;
      text = "\uFFFD";
    } else if (cp === 8205) {
      width = 0;
      state.joinNext = true;
    } else if (ZERO_WIDTH.test(ch)) {
      width = 0;
      if (cp === VS16 && state.narrowPicto) {
        if (prev)
          prev.width = 2;
        state.column += 1;
      }
    } else if (state.joinNext && PICTOGRAPHIC.test(ch)) {
      width = 0;
    } else if (EMOJI_MODIFIER.test(ch) && i > 0) {
      width = 0;
    } else if (REGIONAL_INDICATOR.test(ch)) {
      width = state.openFlag ? 0 : 2;
      state.openFlag = !state.openFlag;
    } else if (EMOJI_PRESENTATION.test(ch) || isEastAsianWide(cp)) {
      width = 2;
    } else {
      width = 1;
    }
    if (cp !== 8205)
      state.joinNext = false;
    if (!REGIONAL_INDICATOR.test(ch))
      state.openFlag = false;
    state.narrowPicto = width === 1 && text === ch && PICTOGRAPHIC.test(ch);
    prev = { start: i, end, text, width, column: state.column };
    cells?.push(prev);
    state.column += width;
    state.index = end;
  }
}
var TAB_WIDTH, ZERO_WIDTH, EMOJI_PRESENTATION, PICTOGRAPHIC, EMOJI_MODIFIER, REGIONAL_INDICATOR, plainTable, KNOWN_PLAIN_CLASS, KNOWN_PLAIN_RUNS, VS16;
var init_text_width = __esm({
  "dist/report/text-width.js"() {
    "use strict";
    init_import_meta_url();
    TAB_WIDTH = 4;
    ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u;
    EMOJI_PRESENTATION = new RegExp("\\p{Emoji_Presentation}", "u");
    PICTOGRAPHIC = new RegExp("\\p{Extended_Pictographic}", "u");
    EMOJI_MODIFIER = new RegExp("\\p{Emoji_Modifier}", "u");
    REGIONAL_INDICATOR = new RegExp("\\p{Regional_Indicator}", "u");
    plainTable = new Uint8Array(65536);
    KNOWN_PLAIN_CLASS = "[\\x20-\\x7e\\xa0-\\xa8\\xaa-\\xac\\xaf-\\u02ff\\u0370-\\u0482\\u048a-\\u052f\\u2010-\\u2027]";
    KNOWN_PLAIN_RUNS = [16, 64, 256].map((max) => ({ max, re: new RegExp(`${KNOWN_PLAIN_CLASS}{1,${max}}`, "y") }));
    VS16 = 65039;
  }
});

// dist/directives/parse.js
function parseDirectives(text, markdown) {
  if (!text.includes("<!--"))
    return [];
  const fences = markdown ? fencedBlocks(text) : [];
  const out = [];
  let from = 0;
  for (; ; ) {
    const open = text.indexOf("<!--", from);
    if (open < 0)
      break;
    const close = text.indexOf("-->", open + 4);
    if (close < 0)
      break;
    from = close + 3;
    if (fences.some(([a, b]) => open >= a && open < b))
      continue;
    const body2 = text.slice(open + 4, close);
    const m = BODY.exec(body2);
    if (!m)
      continue;
    const rest = body2.slice(m[0].length);
    out.push({ kind: m[1], rules: ruleList(rest), justification: justificationOf(rest), start: open, end: close + 3 });
  }
  return out;
}
function ruleList(rest) {
  const reason = rest.search(REASON);
  const list2 = reason >= 0 ? rest.slice(0, reason) : rest;
  return [...new Set(list2.split(/[\s,]+/).filter((s) => s !== ""))];
}
function justificationOf(rest) {
  const m = REASON.exec(rest);
  return m ? rest.slice(m.index + m[0].length).trim() : "";
}
function fencedBlocks(text) {
  const blocks2 = [];
  let open;
  let lineStart2 = 0;
  while (lineStart2 <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart2);
    if (lineEnd < 0)
      lineEnd = text.length;
    const line = text.slice(lineStart2, lineEnd);
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (m) {
      const fence = m[1];
      if (!open)
        open = { start: lineStart2, char: fence[0], len: fence.length };
      else if (fence[0] === open.char && fence.length >= open.len && line.trim() === fence) {
        blocks2.push([open.start, lineEnd]);
        open = void 0;
      }
    }
    lineStart2 = lineEnd + 1;
  }
  if (open)
    blocks2.push([open.start, text.length]);
  return blocks2;
}
var BODY, REASON;
var init_parse2 = __esm({
  "dist/directives/parse.js"() {
    "use strict";
    init_import_meta_url();
    BODY = /^\s*factlint-(disable-next-line|disable-line|disable|enable)(?=\s|$)/;
    REASON = /(?:^|\s)--(?:\s|$)/;
  }
});

// dist/report/paths.js
function absolutePath(filePath, cwd) {
  return import_node_path23.default.resolve(cwd, filePath);
}
function relativePath(filePath, cwd) {
  const rel = import_node_path23.default.relative(cwd, absolutePath(filePath, cwd));
  return (rel === "" ? "." : rel).split(import_node_path23.default.sep).join("/");
}
function displayPath2(filePath, cwd) {
  const shown2 = printableLine(relativePath(filePath, cwd));
  return /^[\s:#]/.test(shown2) ? `./${shown2}` : shown2;
}
function isInside2(filePath, cwd) {
  const rel = import_node_path23.default.relative(cwd, absolutePath(filePath, cwd));
  return rel !== "" && !rel.startsWith("..") && !import_node_path23.default.isAbsolute(rel);
}
function fileUri(filePath, cwd) {
  return (0, import_node_url8.pathToFileURL)(absolutePath(filePath, cwd)).href;
}
function directoryUri(dir) {
  const href = (0, import_node_url8.pathToFileURL)(import_node_path23.default.resolve(dir)).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function real(p) {
  try {
    return (0, import_node_fs30.realpathSync)(p);
  } catch {
    return p;
  }
}
function pathUnder(filePath, cwd, root) {
  const file = absolutePath(filePath, cwd);
  if (isInside2(file, root))
    return relativePath(file, root);
  const realFile = real(file);
  const realRoot = real(root);
  return isInside2(realFile, realRoot) ? relativePath(realFile, realRoot) : void 0;
}
function uriOfRelative(rel) {
  return rel.split("/").map(encodeURIComponent).join("/");
}
var import_node_fs30, import_node_path23, import_node_url8;
var init_paths = __esm({
  "dist/report/paths.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs30 = require("node:fs");
    import_node_path23 = __toESM(require("node:path"), 1);
    import_node_url8 = require("node:url");
    init_text_width();
  }
});

// dist/report/messages.js
function reportMessages(result) {
  if (result.fatal === void 0)
    return result.messages;
  if (result.messages.some((m) => m.ruleId === FILE_ERROR_RULE)) {
    return result.messages.map((m) => m.ruleId === FILE_ERROR_RULE ? { ...m, fatal: true } : m);
  }
  const fatal = {
    ruleId: FILE_ERROR_RULE,
    severity: 2,
    message: result.fatal,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    fatal: true
  };
  return [fatal, ...result.messages];
}
function severityWord(severity) {
  return severity === 2 ? "error" : "warning";
}
function factDetails(m) {
  const out = [];
  if (m.actual !== void 0)
    out.push({ label: "article", value: m.actual });
  if (m.expected !== void 0)
    out.push({ label: "facts", value: m.expected });
  if (m.fact)
    out.push({ label: "source", value: `${m.fact.source} (${m.fact.id})` });
  if (m.fact?.note !== void 0)
    out.push({ label: "note", value: m.fact.note });
  return out;
}
function totals(results) {
  const t = { problems: 0, errors: 0, warnings: 0, fixable: 0 };
  for (const result of results) {
    for (const m of reportMessages(result)) {
      t.problems += 1;
      if (m.severity === 2)
        t.errors += 1;
      else
        t.warnings += 1;
      if (m.fix)
        t.fixable += 1;
    }
  }
  return t;
}
function oneLine(s) {
  return s.replace(/\r\n?|\n/g, " ");
}
function textOf(result, linesOf) {
  return result.fatal === void 0 ? linesOf(result.filePath) : void 0;
}
function sourceCache(read, wrap) {
  let last;
  return (filePath) => {
    if (last?.filePath !== filePath) {
      const text = read(filePath);
      last = { filePath, value: text === void 0 ? void 0 : wrap(text) };
    }
    return last.value;
  };
}
var FILE_ERROR_RULE;
var init_messages = __esm({
  "dist/report/messages.js"() {
    "use strict";
    init_import_meta_url();
    FILE_ERROR_RULE = "file-error";
  }
});

// dist/report/xml.js
function clean(s) {
  return s.replace(NOT_XML, "\uFFFD");
}
function escapeText(s) {
  return clean(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function escapeAttr(s) {
  return escapeText(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
function attrs(values) {
  return Object.entries(values).map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`).join("");
}
var NOT_XML, XML_DECLARATION;
var init_xml = __esm({
  "dist/report/xml.js"() {
    "use strict";
    init_import_meta_url();
    NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
  }
});

// dist/report/checkstyle.js
function* checkstyleChunks(results, ctx) {
  yield `${XML_DECLARATION}
<checkstyle version="4.3">
`;
  for (const result of results) {
    const errors = reportMessages(result).map((m) => `    <error${attrs({
      line: m.line,
      column: m.column,
      severity: severityWord(m.severity),
      message: `${m.message} (${m.ruleId})`,
      source: `factlint.rules.${m.ruleId}`
    })} />`);
    const name = attrs({ name: absolutePath(result.filePath, ctx.cwd) });
    yield errors.length === 0 ? `  <file${name} />
` : `${[`  <file${name}>`, ...errors, "  </file>"].join("\n")}
`;
  }
  yield "</checkstyle>\n";
}
var checkstyle;
var init_checkstyle = __esm({
  "dist/report/checkstyle.js"() {
    "use strict";
    init_import_meta_url();
    init_messages();
    init_paths();
    init_xml();
    checkstyle = (results, ctx) => [...checkstyleChunks(results, ctx)].join("");
  }
});

// dist/report/claims.js
function slotText(c) {
  return Object.entries(c.slots).map(([name, s]) => `${name}=${s.value}${s.bound === "text" ? "" : ` (${s.bound})`}`).join("  ");
}
var MARK2, claims;
var init_claims = __esm({
  "dist/report/claims.js"() {
    "use strict";
    init_import_meta_url();
    init_claims_of();
    init_paths();
    init_messages();
    init_text_width();
    MARK2 = { verified: "\u2713", contradicted: "\u2717", unverifiable: "?" };
    claims = (results, ctx) => {
      const out = [];
      const totals2 = { verified: 0, contradicted: 0, unverifiable: 0 };
      for (const result of results) {
        const list2 = claimsOf(result) ?? [];
        out.push(`${displayPath2(result.filePath, ctx.cwd)}${result.fatal ? `  (not read: ${printable(oneLine(result.fatal))})` : ""}`);
        if (list2.length === 0 && !result.fatal)
          out.push("  (no claims found)");
        for (const c of list2) {
          totals2[c.verdict]++;
          out.push(`  ${MARK2[c.verdict]} ${c.line}:${c.column}  ${c.kind}  "${printable(oneLine(c.text))}"  ${c.verdict}: ${printable(oneLine(c.reason))}`);
          out.push(`      ${printable(oneLine(slotText(c)))}`);
        }
        out.push("");
      }
      out.push(`${totals2.verified} verified, ${totals2.contradicted} contradicted, ${totals2.unverifiable} unverifiable`);
      return `${out.join("\n")}
`;
    };
  }
});

// dist/report/compact.js
function* compactChunks(results, ctx) {
  for (const result of results) {
    const rel = displayPath2(result.filePath, ctx.cwd);
    let lines = "";
    for (const m of reportMessages(result)) {
      lines += `${rel}:${m.line}:${m.column}: ${severityWord(m.severity)} ${printable(oneLine(m.message))} [${m.ruleId}]
`;
    }
    if (lines)
      yield lines;
  }
}
var compact;
var init_compact = __esm({
  "dist/report/compact.js"() {
    "use strict";
    init_import_meta_url();
    init_messages();
    init_paths();
    init_text_width();
    compact = (results, ctx) => [...compactChunks(results, ctx)].join("");
  }
});

// dist/report/limits.js
function located2(results) {
  return results.flatMap((result) => reportMessages(result).map((message2) => ({ result, message: message2 })));
}
function keepMostUseful(items, max, severity) {
  if (items.length <= max)
    return { kept: [...items], droppedErrors: 0, droppedWarnings: 0 };
  const errors = items.filter((x) => severity(x) === 2).length;
  let errorRoom = Math.min(errors, max);
  let warningRoom = max - errorRoom;
  const kept2 = [];
  let droppedErrors = 0;
  let droppedWarnings = 0;
  for (const x of items) {
    if (severity(x) === 2) {
      if (errorRoom > 0) {
        errorRoom--;
        kept2.push(x);
      } else
        droppedErrors++;
    } else if (warningRoom > 0) {
      warningRoom--;
      kept2.push(x);
    } else
      droppedWarnings++;
  }
  return { kept: kept2, droppedErrors, droppedWarnings };
}
function countWords(errors, warnings) {
  const e = plural(errors, "error");
  const w = plural(warnings, "warning");
  if (errors > 0 && warnings > 0)
    return `${e} and ${w}`;
  return errors > 0 ? e : w;
}
var GITHUB_ANNOTATIONS_PER_SEVERITY, SARIF_MAX_RESULTS, SUMMARY_MAX_ROWS, SUMMARY_MAX_MESSAGE;
var init_limits = __esm({
  "dist/report/limits.js"() {
    "use strict";
    init_import_meta_url();
    init_plural();
    init_messages();
    GITHUB_ANNOTATIONS_PER_SEVERITY = 10;
    SARIF_MAX_RESULTS = 25e3;
    SUMMARY_MAX_ROWS = 200;
    SUMMARY_MAX_MESSAGE = 300;
  }
});

// dist/report/github.js
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotation({ result, message: m }, ctx) {
  const props = [
    `file=${escapeProperty(relativePath(result.filePath, ctx.cwd))}`,
    `line=${m.line}`,
    `col=${m.column}`,
    `endLine=${m.endLine}`,
    `endColumn=${m.endColumn}`,
    `title=${escapeProperty(m.ruleId)}`
  ];
  return `::${severityWord(m.severity)} ${props.join(",")}::${escapeData(m.message)}`;
}
function logLine({ result, message: m }, ctx) {
  return `${displayPath2(result.filePath, ctx.cwd)}:${m.line}:${m.column}: ${severityWord(m.severity)} ${printable(oneLine(m.message))} [${m.ruleId}]`;
}
function githubWith(perSeverity) {
  return (results, ctx) => {
    const all = located2(results);
    const errors = all.filter((x) => x.message.severity === 2);
    const warnings = all.filter((x) => x.message.severity !== 2);
    const shown2 = [...errors.slice(0, perSeverity), ...warnings.slice(0, perSeverity)];
    const hidden = [...errors.slice(perSeverity), ...warnings.slice(perSeverity)];
    const lines = shown2.map((x) => annotation(x, ctx));
    if (hidden.length > 0) {
      const hiddenErrors = Math.max(errors.length - perSeverity, 0);
      const hiddenWarnings = Math.max(warnings.length - perSeverity, 0);
      const text = `${countWords(hiddenErrors, hiddenWarnings)} not shown as annotations: GitHub shows ${perSeverity} errors and ${perSeverity} warnings per step, and factlint found ${countWords(errors.length, warnings.length)}. All of them are listed in the job summary and below in this log; -f sarif puts them all in code scanning.`;
      lines.push(`::notice title=${escapeProperty("factlint: more problems than annotations")}::${escapeData(text)}`);
      lines.push(...hidden.map((x) => logLine(x, ctx)));
    }
    return lines.length === 0 ? "" : `${lines.join("\n")}
`;
  };
}
var github;
var init_github = __esm({
  "dist/report/github.js"() {
    "use strict";
    init_import_meta_url();
    init_limits();
    init_messages();
    init_paths();
    init_text_width();
    github = githubWith(GITHUB_ANNOTATIONS_PER_SEVERITY);
  }
});

// dist/report/html/escape.js
function esc(s) {
  return printable(String(s)).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
function webHref(source) {
  const trimmed = source.trim();
  if (!/^https?:\/\//i.test(trimmed))
    return void 0;
  try {
    const url = new URL(trimmed);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : void 0;
  } catch {
    return void 0;
  }
}
function langAttr(lang) {
  return lang !== void 0 && /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(lang) ? ` lang="${lang}"` : "";
}
var ENTITIES;
var init_escape = __esm({
  "dist/report/html/escape.js"() {
    "use strict";
    init_import_meta_url();
    init_text_width();
    ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
  }
});

// dist/report/html/nest.js
function snapOffset(text, offset, dir) {
  if (offset <= 0 || offset >= text.length)
    return Math.min(Math.max(offset, 0), text.length);
  if (isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)))
    return dir === "back" ? offset - 1 : offset + 1;
  return offset;
}
function before(a, b) {
  return a.start - b.start || b.end - a.end || a.id - b.id;
}
function insertSorted(queue, r) {
  let lo = 0;
  let hi = queue.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (before(queue[mid], r) <= 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  queue.splice(lo, 0, r);
}
function withText(from, to, marks) {
  const out = [];
  let at = from;
  for (const m of marks) {
    if (m.start > at)
      out.push({ kind: "text", start: at, end: m.start });
    out.push({ ...m, children: withText(m.start, m.end, m.children) });
    at = m.end;
  }
  if (to > at)
    out.push({ kind: "text", start: at, end: to });
  return out;
}
function nestRanges(from, to, ranges) {
  const original = /* @__PURE__ */ new Map();
  const queue = [];
  for (const r of ranges) {
    original.set(r.id, r);
    const start2 = Math.max(r.start, from);
    const end = Math.min(r.end, to);
    if (end > start2)
      queue.push({ start: start2, end, id: r.id });
  }
  queue.sort(before);
  const top = [];
  const stack = [];
  for (let r = queue.shift(); r !== void 0; r = queue.shift()) {
    while (stack.length > 0 && stack[stack.length - 1].end <= r.start)
      stack.pop();
    const parent = stack[stack.length - 1];
    let end = r.end;
    if (parent !== void 0 && r.end > parent.end) {
      end = parent.end;
      insertSorted(queue, { start: parent.end, end: r.end, id: r.id });
    }
    const o = original.get(r.id);
    const piece = { kind: "mark", id: r.id, start: r.start, end, first: r.start === o.start, last: end === o.end, children: [] };
    (parent ? parent.children : top).push(piece);
    stack.push(piece);
  }
  return withText(from, to, top);
}
var isHigh, isLow;
var init_nest = __esm({
  "dist/report/html/nest.js"() {
    "use strict";
    init_import_meta_url();
    isHigh = (c) => c >= 55296 && c <= 56319;
    isLow = (c) => c >= 56320 && c <= 57343;
  }
});

// dist/report/html/article-text.js
function markInfos(f) {
  const ranges = [];
  const info = [];
  f.claims.forEach((c, k) => {
    ranges.push({ start: c.start, end: c.end, id: info.length });
    info.push({
      kind: c.verdict,
      anchor: claimAnchor(f, k),
      href: `#${c.message === void 0 ? claimRow(f, k) : problemAnchor(f, c.message)}`,
      label: `${c.verdict} claim at ${c.line}:${c.column}: ${c.reason}`
    });
  });
  f.messages.forEach((m, i) => {
    if (m.claim !== void 0 || m.start === void 0 || m.end === void 0 || m.end <= m.start)
      return;
    ranges.push({ start: m.start, end: m.end, id: info.length });
    info.push({ kind: "flag", anchor: flagAnchor(f, i), href: `#${problemAnchor(f, i)}`, label: `${m.ruleId} at ${m.line}:${m.column}: ${m.message}` });
  });
  return { ranges, info };
}
function renderPieces(text, pieces, info, depth) {
  let out = "";
  for (const p of pieces) {
    if (p.kind === "text") {
      out += esc(text.slice(p.start, p.end));
      continue;
    }
    const m = info[p.id];
    const id = p.first ? ` id="${esc(m.anchor)}"` : "";
    const d = depth > 0 ? ` d${Math.min(depth, 2)}` : "";
    out += `<mark class="v-${m.kind}${d}"${id} title="${esc(m.label)}">${renderPieces(text, p.children, info, depth + 1)}`;
    if (p.last)
      out += `<a class="cue ic-${m.kind}" href="${esc(m.href)}" aria-label="${esc(m.label)}">${ICON[m.kind]}</a>`;
    out += "</mark>";
  }
  return out;
}
function articleText(f) {
  const lines = f.lines;
  if (!lines)
    return "";
  const { ranges, info } = markInfos(f);
  const lang = langAttr(f.lang);
  const rows = [];
  for (let n = 1; n <= lines.lineCount; n++) {
    const from = lines.offsetOf(n, 1);
    const to = from + (lines.line(n) ?? "").length;
    const here = ranges.filter((r) => r.start < to && r.end > from);
    const body2 = renderPieces(lines.text, nestRanges(from, to, here), info, 0);
    rows.push(`<div class="l" id="${lineAnchor(f, n)}" data-n="${n}" dir="auto">${body2}</div>`);
  }
  if (rows.length > 1 && lines.line(lines.lineCount) === "")
    rows.pop();
  return `<div class="text"${lang}>
${rows.join("\n")}
</div>`;
}
var ICON, claimAnchor, claimRow, problemAnchor, flagAnchor, lineAnchor;
var init_article_text = __esm({
  "dist/report/html/article-text.js"() {
    "use strict";
    init_import_meta_url();
    init_escape();
    init_nest();
    ICON = { verified: "\u2713", contradicted: "\u2717", unverifiable: "?", flag: "\u26A0" };
    claimAnchor = (f, k) => `f${f.index}-c${k}`;
    claimRow = (f, k) => `f${f.index}-r${k}`;
    problemAnchor = (f, i) => `f${f.index}-m${i}`;
    flagAnchor = (f, i) => `f${f.index}-x${i}`;
    lineAnchor = (f, line) => `f${f.index}-L${line}`;
  }
});

// dist/report/html/claim-table.js
function slotText2(c) {
  return Object.entries(c.slots).map(([name, s]) => `${name}=${s.value}${s.bound === "text" ? "" : ` (${s.bound})`}`).join("  ");
}
function claimTable(f) {
  if (f.claims.length === 0)
    return "";
  const lang = langAttr(f.lang);
  const rows = f.claims.map((c, k) => {
    const place2 = f.lines ? `<a href="#${claimAnchor(f, k)}">${c.line}:${c.column}</a>` : `${c.line}:${c.column}`;
    const problem = c.message !== void 0 ? ` <a href="#${problemAnchor(f, c.message)}">problem</a>` : "";
    return [
      `<tr id="${claimRow(f, k)}" class="row-${c.verdict}">`,
      `<td><span class="ic-${c.verdict}" aria-hidden="true">${ICON[c.verdict]}</span> ${c.verdict}${problem}</td>`,
      `<td class="n">${place2}</td>`,
      `<td>${esc(c.kind)}</td>`,
      `<td><code>${esc(c.ruleId)}</code></td>`,
      `<td${lang}>${esc(c.text)}</td>`,
      `<td>${esc(c.reason)}<code class="slots">${esc(slotText2(c))}</code></td>`,
      "</tr>"
    ].join("");
  });
  return [
    `<section class="claims" aria-labelledby="f${f.index}-ch"><h3 id="f${f.index}-ch">Claims (${f.claims.length})</h3>`,
    '<table><thead><tr><th scope="col">Verdict</th><th scope="col">Line:col</th><th scope="col">Kind</th><th scope="col">Rule</th><th scope="col">Claim</th><th scope="col">Why</th></tr></thead>',
    `<tbody>
${rows.join("\n")}
</tbody></table></section>`
  ].join("\n");
}
var init_claim_table = __esm({
  "dist/report/html/claim-table.js"() {
    "use strict";
    init_import_meta_url();
    init_article_text();
    init_escape();
  }
});

// dist/report/source-lines.js
function sourceLines(text) {
  const starts = [0];
  const ends = [];
  const lfOnly = text.indexOf("\r") === -1;
  for (let i = lfOnly ? text.indexOf("\n") : -1; i !== -1; i = text.indexOf("\n", i + 1)) {
    ends.push(i);
    starts.push(i + 1);
  }
  for (let i = 0; !lfOnly && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13)
      continue;
    ends.push(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10)
      i++;
    starts.push(i + 1);
  }
  ends.push(text.length);
  const lineEnd = (index) => ends[index] ?? text.length;
  return {
    text,
    lineCount: starts.length,
    line(lineNo) {
      const start2 = starts[lineNo - 1];
      return start2 === void 0 ? void 0 : text.slice(start2, lineEnd(lineNo - 1));
    },
    offsetOf(lineNo, column) {
      const index = Math.min(Math.max(lineNo, 1), starts.length) - 1;
      const start2 = starts[index] ?? 0;
      return Math.min(start2 + Math.max(column, 1) - 1, lineEnd(index));
    },
    positionOf(offset) {
      const clamped = Math.min(Math.max(offset, 0), text.length);
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if ((starts[mid] ?? 0) <= clamped)
          lo = mid;
        else
          hi = mid - 1;
      }
      return { line: lo + 1, column: clamped - (starts[lo] ?? 0) + 1 };
    }
  };
}
function utf8Length(s) {
  return Buffer.byteLength(s, "utf8");
}
var init_source_lines = __esm({
  "dist/report/source-lines.js"() {
    "use strict";
    init_import_meta_url();
  }
});

// dist/report/html/model.js
function offsets(lines, loc) {
  const start2 = snapOffset(lines.text, lines.offsetOf(loc.line, loc.column), "back");
  let end = snapOffset(lines.text, lines.offsetOf(loc.endLine, loc.endColumn), "forward");
  while (end > start2 && /[\r\n]/.test(lines.text[end - 1]))
    end--;
  return { start: start2, end: Math.max(start2, end) };
}
function fileView(result, index, ctx, lines) {
  const claims2 = (claimsOf(result) ?? []).map((c) => ({ ...c, ...lines ? offsets(lines, c) : { start: 0, end: 0 } }));
  const messages = reportMessages(result).map((m) => ({ ...m }));
  messages.forEach((m, i) => {
    let k = claims2.findIndex((c) => c.message === void 0 && c.ruleId === m.ruleId && samePlace(c, m));
    if (k < 0)
      k = claims2.findIndex((c) => c.message === void 0 && samePlace(c, m));
    if (k >= 0) {
      m.claim = k;
      claims2[k].message = i;
    } else if (lines && !m.fatal) {
      Object.assign(m, offsets(lines, m));
    }
  });
  const counts = { verified: 0, contradicted: 0, unverifiable: 0, errors: 0, warnings: 0 };
  for (const c of claims2)
    counts[c.verdict]++;
  for (const m of messages) {
    if (m.severity === 2)
      counts.errors++;
    else
      counts.warnings++;
  }
  return { index, path: displayPath2(result.filePath, ctx.cwd), lang: result.lang, fatal: result.fatal, lines, claims: claims2, messages, counts };
}
function runView(results, ctx) {
  const linesOf = sourceCache(ctx.readSource, sourceLines);
  const files = results.map((r, i) => fileView(r, i, ctx, textOf(r, linesOf)));
  const totals2 = { verified: 0, contradicted: 0, unverifiable: 0, errors: 0, warnings: 0, fixable: 0, withProblems: 0, withoutClaims: 0, unread: 0 };
  const rules = /* @__PURE__ */ new Map();
  const row = (id) => {
    let r = rules.get(id);
    if (!r) {
      r = { id, meta: ctx.rules.find((m) => m.id === id), errors: 0, warnings: 0, claims: { verified: 0, contradicted: 0, unverifiable: 0 } };
      rules.set(id, r);
    }
    return r;
  };
  for (const f of files) {
    for (const v of VERDICTS)
      totals2[v] += f.counts[v];
    totals2.errors += f.counts.errors;
    totals2.warnings += f.counts.warnings;
    if (f.messages.length > 0)
      totals2.withProblems++;
    if (f.claims.length === 0)
      totals2.withoutClaims++;
    if (f.fatal !== void 0)
      totals2.unread++;
    for (const m of f.messages) {
      if (m.fix)
        totals2.fixable++;
      if (m.severity === 2)
        row(m.ruleId).errors++;
      else
        row(m.ruleId).warnings++;
    }
    for (const c of f.claims)
      row(c.ruleId).claims[c.verdict]++;
  }
  const ruleRows = [...rules.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { files, totals: totals2, rules: ruleRows };
}
var VERDICTS, samePlace;
var init_model = __esm({
  "dist/report/html/model.js"() {
    "use strict";
    init_import_meta_url();
    init_claims_of();
    init_messages();
    init_paths();
    init_source_lines();
    init_nest();
    VERDICTS = ["verified", "contradicted", "unverifiable"];
    samePlace = (a, b) => a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn;
  }
});

// dist/report/html/problems.js
function sourceLink(source) {
  const href = webHref(source);
  return href === void 0 ? esc(source) : `<a href="${esc(href)}" rel="noopener noreferrer">${esc(source)}</a>`;
}
function where2(f, m, i) {
  const place2 = `${m.line}:${m.column}`;
  if (m.fatal)
    return esc(place2);
  const target = m.claim !== void 0 ? claimAnchor(f, m.claim) : m.start !== void 0 && m.end !== void 0 && m.end > m.start ? flagAnchor(f, i) : f.lines ? lineAnchor(f, m.line) : void 0;
  return target === void 0 ? esc(place2) : `<a href="#${target}">${esc(place2)}</a>`;
}
function facts(m, lookup) {
  const rows = [];
  const row = (label4, html2) => {
    rows.push(`<dt>${label4}</dt><dd>${html2}</dd>`);
  };
  if (m.actual !== void 0)
    row("Article says", esc(m.actual));
  if (m.expected !== void 0)
    row("Fact set says", esc(m.expected));
  if (m.fact) {
    row("Source", `${sourceLink(m.fact.source)} <span class="muted">(${esc(m.fact.id)})</span>`);
    if (m.fact.note !== void 0)
      row("Note", esc(m.fact.note));
  }
  if (m.fix)
    row("Fix", m.fix.text === "" ? "delete the text" : `replace with \u201C${esc(m.fix.text)}\u201D (factlint --fix)`);
  for (const r of m.related ?? []) {
    const { path: path33, view: other } = lookup(r.filePath);
    const place2 = `${path33}:${r.line}:${r.column}`;
    const link = other?.lines ? `<a href="#${lineAnchor(other, r.line)}">${esc(place2)}</a>` : esc(place2);
    row("See also", r.message ? `${link} ${esc(r.message)}` : link);
  }
  return rows.length ? `<dl class="facts">${rows.join("")}</dl>` : "";
}
function problemList(f, lookup) {
  if (f.messages.length === 0)
    return "";
  const items = f.messages.map((m, i) => {
    const sev = severityWord(m.severity);
    const claim2 = m.claim !== void 0 ? ` data-claim="${claimAnchor(f, m.claim)}"` : "";
    return [
      `<li class="problem ${sev}" id="${problemAnchor(f, i)}"${claim2}>`,
      `<p><span class="sev">${sev}</span> ${where2(f, m, i)} <code>${esc(m.ruleId)}</code></p>`,
      `<p class="msg">${esc(m.message)}</p>`,
      facts(m, lookup),
      "</li>"
    ].join("");
  });
  return `<section class="problems-box" aria-labelledby="f${f.index}-ph"><h3 id="f${f.index}-ph">Problems (${f.messages.length})</h3>
<ol class="problems">
${items.join("\n")}
</ol></section>`;
}
var init_problems = __esm({
  "dist/report/html/problems.js"() {
    "use strict";
    init_import_meta_url();
    init_messages();
    init_article_text();
    init_escape();
  }
});

// dist/report/html/style.js
var STYLE, SCRIPT;
var init_style = __esm({
  "dist/report/html/style.js"() {
    "use strict";
    init_import_meta_url();
    STYLE = `
:root{--fg:#1b1b1b;--muted:#555555;--line:#d0d7de;--ok:#176b2f;--ok-bg:#dcf5e3;--bad:#b3261e;--bad-bg:#ffe0e0;--unk:#7a4f00;--unk-bg:#fff1c2;--flag:#5b32a3;--flag-bg:#efe6ff;--link:#0b57d0}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1400px;padding:1rem 1.5rem 3rem;color:var(--fg);background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
a{color:var(--link)}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.25rem;margin:1.2rem 0 .4rem}
.file h2,h2.inline{font-size:1.1rem;margin:0;display:inline}
summary h2{cursor:pointer}
h3{font-size:1rem;margin:1rem 0 .4rem}
code{font:13px/1.4 ui-monospace,"Cascadia Mono","DejaVu Sans Mono",monospace}
table{border-collapse:collapse;margin:.4rem 0 1rem}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f5f7}
caption{text-align:left;font-weight:bold;padding:.2rem 0}
th code{white-space:nowrap}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:var(--muted)}
.legend{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;list-style:none;padding:0;margin:.5rem 0 1rem}
.file{border-top:1px solid var(--line);padding:.6rem 0}
.file>details>summary{cursor:pointer;padding:.2rem 0}
.file .tally{margin-left:.75rem}
.body{display:grid;grid-template-columns:minmax(0,1fr);gap:0 2rem}
@media (min-width:1100px){.body{grid-template-columns:minmax(0,3fr) minmax(0,2fr)}.body>.claims{grid-column:1/-1}}
.text{font:14px/2.3 ui-monospace,"Cascadia Mono","DejaVu Sans Mono",monospace;border:1px solid var(--line);border-radius:4px;padding:.4rem .6rem;margin:.6rem 0;background:#fcfcfc}
.l{position:relative;padding-left:3.4em;white-space:pre-wrap;overflow-wrap:anywhere;min-height:2.3em}
.l::before{content:attr(data-n);position:absolute;left:0;width:2.6em;text-align:right;color:var(--muted);user-select:none}
.l:target{background:#fff8c5}
mark{color:inherit;text-decoration-line:underline;text-decoration-thickness:2px;text-decoration-skip-ink:none;text-underline-offset:3px;border-radius:2px}
mark.d1{text-underline-offset:7px}
mark.d2{text-underline-offset:11px}
mark:target{outline:2px solid var(--link)}
.v-verified{background:var(--ok-bg);text-decoration-color:var(--ok);text-decoration-style:solid}
.v-contradicted{background:var(--bad-bg);text-decoration-color:var(--bad);text-decoration-style:wavy}
.v-unverifiable{background:var(--unk-bg);text-decoration-color:var(--unk);text-decoration-style:dotted}
.v-flag{background:var(--flag-bg);text-decoration-color:var(--flag);text-decoration-style:dashed}
.cue{display:inline-block;font:bold 11px/1 system-ui,sans-serif;vertical-align:super;margin-left:1px;text-decoration:none}
.ic-verified{color:var(--ok)}.ic-contradicted{color:var(--bad)}.ic-unverifiable{color:var(--unk)}.ic-flag{color:var(--flag)}
.problems{list-style:none;padding:0;margin:.6rem 0}
.problem{border:1px solid var(--line);border-left:4px solid var(--bad);border-radius:4px;padding:.4rem .7rem;margin:0 0 .6rem}
.problem.warning{border-left-color:var(--unk)}
.problem:target{outline:2px solid var(--link)}
.problem p{margin:.2rem 0}
.sev{font-weight:bold;text-transform:uppercase;font-size:.8rem}
.error .sev,.sev-error{color:var(--bad)}.warning .sev,.sev-warning{color:var(--unk)}
dl.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1rem .8rem;margin:.3rem 0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0;overflow-wrap:anywhere}
table.claims td{overflow-wrap:anywhere}
.slots{display:block;color:var(--muted);font-size:.85em}
@media print{
body{font-size:10pt;max-width:none;padding:0}
mark,.problem,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.problem,tr{break-inside:avoid}
.body{grid-template-columns:minmax(0,1fr)}
a[href^="http"]::after{content:" <" attr(href) ">";font-size:.8em;color:var(--muted);overflow-wrap:anywhere}
}
/* Printing without the script's beforeprint (a PDF made headless): show collapsed articles anyway.
   A rule of its own, as a browser that lacks ::details-content drops the whole rule. */
@media print{details::details-content{content-visibility:visible;display:contents}}
`;
    SCRIPT = `
(() => {
  let closed = [];
  addEventListener('beforeprint', () => { closed = [...document.querySelectorAll('details:not([open])')]; for (const d of closed) d.open = true; });
  addEventListener('afterprint', () => { for (const d of closed) d.open = false; closed = []; });
  const reveal = () => {
    const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    for (let d = target && target.closest('details'); d; d = d.parentElement && d.parentElement.closest('details')) d.open = true;
    if (target) target.scrollIntoView();
  };
  addEventListener('hashchange', reveal);
  reveal();
})();
`;
  }
});

// dist/report/html/summary.js
function legend() {
  const item = (cls, icon, word, what) => `<li><mark class="${cls}">${word}<span class="cue ${cls.replace("v-", "ic-")}" aria-hidden="true">${icon}</span></mark> ${what}</li>`;
  return [
    '<ul class="legend" aria-label="Legend">',
    item("v-verified", ICON.verified, "verified", "the fact set agrees (solid underline)"),
    item("v-contradicted", ICON.contradicted, "contradicted", "the fact set disagrees (wavy underline)"),
    item("v-unverifiable", ICON.unverifiable, "unverifiable", "the fact set cannot tell (dotted underline)"),
    item("v-flag", ICON.flag, "other problem", "reported without a claim, such as articles disagreeing (dashed underline)"),
    "</ul>"
  ].join("\n");
}
function totalsTable(run2) {
  const t = run2.totals;
  const row = (label4, n) => `<tr><th scope="row">${label4}</th><td class="n">${n}</td></tr>`;
  return [
    '<table class="totals"><caption class="muted">Totals</caption><tbody>',
    row("Files", run2.files.length),
    row("Files with problems", t.withProblems),
    row("Files without claims", t.withoutClaims),
    ...t.unread > 0 ? [row("Files not read", t.unread)] : [],
    row(`${ICON.verified} Verified claims`, t.verified),
    row(`${ICON.contradicted} Contradicted claims`, t.contradicted),
    row(`${ICON.unverifiable} Unverifiable claims`, t.unverifiable),
    row("Errors", t.errors),
    row("Warnings", t.warnings),
    ...t.fixable > 0 ? [row("Fixable with --fix", t.fixable)] : [],
    "</tbody></table>"
  ].join("\n");
}
function rulesTable(run2) {
  if (run2.rules.length === 0)
    return "";
  const rows = run2.rules.map((r) => {
    const href = r.meta ? webHref(r.meta.url) : void 0;
    const id = href ? `<a href="${esc(href)}" rel="noopener noreferrer"><code>${esc(r.id)}</code></a>` : `<code>${esc(r.id)}</code>`;
    return `<tr><th scope="row">${id}</th><td>${esc(r.meta?.description ?? "")}</td><td class="n">${r.claims.verified}</td><td class="n">${r.claims.contradicted}</td><td class="n">${r.claims.unverifiable}</td><td class="n">${r.errors}</td><td class="n">${r.warnings}</td></tr>`;
  });
  return [
    '<table class="rules"><caption class="muted">By rule</caption>',
    `<thead><tr><th scope="col">Rule</th><th scope="col">What it checks</th><th scope="col" class="n">${ICON.verified} Verified</th><th scope="col" class="n">${ICON.contradicted} Contradicted</th><th scope="col" class="n">${ICON.unverifiable} Unverifiable</th><th scope="col" class="n">Errors</th><th scope="col" class="n">Warnings</th></tr></thead>`,
    `<tbody>
${rows.join("\n")}
</tbody></table>`
  ].join("\n");
}
function articleIndex(files) {
  if (files.length === 0)
    return "";
  const rows = files.map((f) => {
    const c = f.counts;
    return `<tr><th scope="row"><a href="#f${f.index}">${esc(f.path)}</a></th><td>${esc(f.lang ?? "")}</td><td class="n">${c.verified}</td><td class="n">${c.contradicted}</td><td class="n">${c.unverifiable}</td><td class="n">${c.errors}</td><td class="n">${c.warnings}</td></tr>`;
  });
  return [
    '<table class="index"><caption class="muted">Articles</caption>',
    `<thead><tr><th scope="col">Article</th><th scope="col">Language</th><th scope="col" class="n">${ICON.verified}<span class="muted"> verified</span></th><th scope="col" class="n">${ICON.contradicted}<span class="muted"> contradicted</span></th><th scope="col" class="n">${ICON.unverifiable}<span class="muted"> unverifiable</span></th><th scope="col" class="n">Errors</th><th scope="col" class="n">Warnings</th></tr></thead>`,
    `<tbody>
${rows.join("\n")}
</tbody></table>`
  ].join("\n");
}
function summary(run2, withClaims) {
  return [
    '<section aria-labelledby="summary-h"><h2 id="summary-h">Summary</h2>',
    totalsTable(run2),
    rulesTable(run2),
    articleIndex(withClaims),
    "</section>"
  ].join("\n");
}
var init_summary = __esm({
  "dist/report/html/summary.js"() {
    "use strict";
    init_import_meta_url();
    init_article_text();
    init_escape();
  }
});

// dist/report/html/page.js
function contentSecurityPolicy(style, script) {
  return `default-src 'none'; style-src ${sha256(style)}; script-src ${sha256(script)}; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`;
}
function tally(f) {
  const c = f.counts;
  const parts = [`\u2713 ${c.verified}`, `\u2717 ${c.contradicted}`, `? ${c.unverifiable}`];
  if (c.errors)
    parts.push(plural(c.errors, "error"));
  if (c.warnings)
    parts.push(plural(c.warnings, "warning"));
  return `<span class="tally muted" aria-label="${c.verified} verified, ${c.contradicted} contradicted, ${c.unverifiable} unverifiable, ${c.errors} errors, ${c.warnings} warnings">${parts.join(" \xB7 ")}</span>`;
}
function articleSection(f, lookup) {
  const open = f.messages.length > 0 ? " open" : "";
  return [
    `<section class="file" id="f${f.index}" aria-labelledby="f${f.index}-h">`,
    `<details${open}><summary><h2 id="f${f.index}-h">${esc(f.path)}</h2>${tally(f)}</summary>`,
    '<div class="body">',
    `<div class="source">${articleText(f)}</div>`,
    `<div class="side">${problemList(f, lookup)}</div>`,
    claimTable(f),
    "</div></details></section>"
  ].join("\n");
}
function compactFiles(files) {
  if (files.length === 0)
    return "";
  const rows = files.map((f) => {
    const status2 = f.messages.length === 0 ? '<span class="muted">no claims found</span>' : f.messages.map((m) => `<span class="sev-${severityWord(m.severity)}">${severityWord(m.severity)}</span> ${m.line}:${m.column} <code>${esc(m.ruleId)}</code> ${esc(m.message)}`).join("<br>");
    return `<tr id="f${f.index}"><th scope="row">${esc(f.path)}</th><td>${esc(f.lang ?? "")}</td><td>${status2}</td></tr>`;
  });
  const open = files.some((f) => f.messages.length > 0) ? " open" : "";
  return [
    '<section aria-labelledby="noclaims-h">',
    `<details${open}><summary><h2 id="noclaims-h" class="inline">Files without claims (${files.length})</h2></summary>`,
    '<table><thead><tr><th scope="col">File</th><th scope="col">Language</th><th scope="col">Status</th></tr></thead>',
    `<tbody>
${rows.join("\n")}
</tbody></table></details></section>`
  ].join("\n");
}
function htmlPage(results, ctx) {
  const run2 = runView(results, ctx);
  const byPath = new Map(run2.files.map((f) => [f.path, f]));
  const lookup = (p) => {
    const shown3 = displayPath2(p, ctx.cwd);
    return { path: shown3, view: byPath.get(shown3) };
  };
  const shown2 = (f) => f.claims.length > 0 || f.messages.some((m) => m.start !== void 0 && m.end !== void 0 && m.end > m.start);
  const withClaims = run2.files.filter(shown2);
  const without = run2.files.filter((f) => !shown2(f));
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(STYLE, SCRIPT)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="generator" content="factlint ${esc(ctx.version)}">`,
    `<title>factlint report: ${plural(run2.files.length, "file")}, ${plural(run2.totals.errors, "error")}, ${plural(run2.totals.warnings, "warning")}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<header><h1>factlint report</h1>",
    `<p class="muted">factlint ${esc(ctx.version)} \xB7 ${plural(run2.files.length, "file")} \xB7 ${run2.totals.verified + run2.totals.contradicted + run2.totals.unverifiable} claims</p></header>`,
    "<main>",
    summary(run2, withClaims),
    legend(),
    ...withClaims.length ? ["<h2>Articles</h2>"] : [],
    ...withClaims.map((f) => articleSection(f, lookup)),
    compactFiles(without),
    "</main>",
    `<script>${SCRIPT}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}
var sha256;
var init_page = __esm({
  "dist/report/html/page.js"() {
    "use strict";
    init_import_meta_url();
    init_hash();
    init_plural();
    init_paths();
    init_article_text();
    init_claim_table();
    init_escape();
    init_model();
    init_problems();
    init_style();
    init_summary();
    init_messages();
    sha256 = (s) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
  }
});

// dist/report/html/index.js
var html;
var init_html = __esm({
  "dist/report/html/index.js"() {
    "use strict";
    init_import_meta_url();
    init_page();
    html = (results, ctx) => htmlPage(results, ctx);
  }
});

// dist/report/json.js
function publicMessage(m, cwd) {
  const { span: _span, ...rest } = m;
  if (rest.related)
    rest.related = rest.related.map((r) => ({ ...r, filePath: absolutePath(r.filePath, cwd) }));
  return rest;
}
function eslintCounts(messages) {
  const c = { errorCount: 0, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 };
  for (const m of messages) {
    if (m.fatal)
      c.fatalErrorCount++;
    if (m.severity === 2) {
      c.errorCount++;
      if (m.fix)
        c.fixableErrorCount++;
    } else {
      c.warningCount++;
      if (m.fix)
        c.fixableWarningCount++;
    }
  }
  return c;
}
function eslintResult(result, ctx) {
  const messages = reportMessages(result);
  const counts = eslintCounts(messages);
  const out = {
    filePath: absolutePath(result.filePath, ctx.cwd),
    messages: messages.map((m) => publicMessage(m, ctx.cwd)),
    suppressedMessages: (result.suppressedMessages ?? []).map((m) => publicMessage(m, ctx.cwd)),
    ...counts
  };
  if (counts.errorCount + counts.warningCount > 0) {
    const source = textOf(result, ctx.readSource);
    if (source !== void 0)
      out.source = source;
  }
  out.usedDeprecatedRules = [];
  if (result.fatal !== void 0)
    out.fatal = result.fatal;
  const claims2 = claimsOf(result);
  if (claims2 !== void 0)
    out.claims = claims2;
  return out;
}
function* jsonChunks(results, ctx) {
  if (results.length === 0) {
    yield "[]\n";
    return;
  }
  for (let i = 0; i < results.length; i++)
    yield (i === 0 ? "[" : ",") + JSON.stringify(eslintResult(results[i], ctx));
  yield "]\n";
}
var json;
var init_json2 = __esm({
  "dist/report/json.js"() {
    "use strict";
    init_import_meta_url();
    init_claims_of();
    init_messages();
    init_paths();
    json = (results, ctx) => [...jsonChunks(results, ctx)].join("");
  }
});

// dist/report/junit.js
function body(rel, m, cwd) {
  const lines = [`${rel}:${m.line}:${m.column}: ${severityWord(m.severity)} ${m.message} [${m.ruleId}]`];
  for (const d of factDetails(m))
    lines.push(`${d.label}: ${d.value}`);
  for (const r of m.related ?? [])
    lines.push(`see also: ${relativePath(r.filePath, cwd)}:${r.line}:${r.column}${r.message ? ` ${r.message}` : ""}`);
  return lines.join("\n");
}
function testcase(rel, m, cwd) {
  const element = m.fatal ? "error" : "failure";
  return [
    `    <testcase${attrs({ classname: rel, name: `${rel}:${m.line}:${m.column} ${m.ruleId}`, time: 0 })}>`,
    `      <${element}${attrs({ message: m.message, type: m.ruleId })}>${escapeText(body(rel, m, cwd))}</${element}>`,
    "    </testcase>"
  ];
}
function* junitChunks(results, ctx) {
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const result of results) {
    const messages = reportMessages(result);
    const fileErrors = messages.filter((m) => m.fatal).length;
    tests += Math.max(messages.length, 1);
    failures += messages.length - fileErrors;
    errors += fileErrors;
  }
  yield `${XML_DECLARATION}
<testsuites${attrs({ name: "factlint", tests, failures, errors, time: 0 })}>
`;
  for (const result of results) {
    const rel = relativePath(result.filePath, ctx.cwd);
    const messages = reportMessages(result);
    const fileErrors = messages.filter((m) => m.fatal).length;
    const suite = [`  <testsuite${attrs({ name: rel, tests: Math.max(messages.length, 1), failures: messages.length - fileErrors, errors: fileErrors, skipped: 0, time: 0 })}>`];
    if (messages.length === 0)
      suite.push(`    <testcase${attrs({ classname: rel, name: rel, time: 0 })} />`);
    for (const m of messages)
      suite.push(...testcase(rel, m, ctx.cwd));
    suite.push("  </testsuite>");
    yield `${suite.join("\n")}
`;
  }
  yield "</testsuites>\n";
}
var junit;
var init_junit = __esm({
  "dist/report/junit.js"() {
    "use strict";
    init_import_meta_url();
    init_messages();
    init_paths();
    init_xml();
    junit = (results, ctx) => [...junitChunks(results, ctx)].join("");
  }
});

// dist/report/rdjson.js
function byteColumn(lines, line, column) {
  const text = lines?.line(line);
  if (text === void 0)
    return column;
  return utf8Length(text.slice(0, Math.max(column - 1, 0))) + 1;
}
function position(lines, line, column) {
  return { line, column: byteColumn(lines, line, column) };
}
function fixRange(lines, m) {
  if (!m.fix || !lines)
    return void 0;
  const start2 = lines.positionOf(m.fix.range[0]);
  const end = lines.positionOf(m.fix.range[1]);
  return { start: position(lines, start2.line, start2.column), end: position(lines, end.line, end.column) };
}
var rdjson;
var init_rdjson = __esm({
  "dist/report/rdjson.js"() {
    "use strict";
    init_import_meta_url();
    init_messages();
    init_paths();
    init_project();
    init_source_lines();
    rdjson = (results, ctx) => {
      const linesOf = sourceCache(ctx.readSource, sourceLines);
      const urls = new Map(ctx.rules.map((r) => [r.id, r.url]));
      const diagnostics = [];
      for (const result of results) {
        const path33 = relativePath(result.filePath, ctx.cwd);
        const lines = textOf(result, linesOf);
        for (const m of reportMessages(result)) {
          const url = urls.get(m.ruleId);
          const suggestion = fixRange(lines, m);
          const related = (m.related ?? []).map((r) => ({
            ...r.message !== void 0 ? { message: r.message } : {},
            location: {
              path: relativePath(r.filePath, ctx.cwd),
              range: { start: position(linesOf(r.filePath), r.line, r.column) }
            }
          }));
          diagnostics.push({
            message: m.message,
            location: {
              path: path33,
              range: { start: position(lines, m.line, m.column), end: position(lines, m.endLine, m.endColumn) }
            },
            severity: m.severity === 2 ? "ERROR" : "WARNING",
            code: url === void 0 ? { value: m.ruleId } : { value: m.ruleId, url },
            ...suggestion && m.fix ? { suggestions: [{ range: suggestion, text: m.fix.text }] } : {},
            ...related.length > 0 ? { related_locations: related } : {}
          });
        }
      }
      return `${JSON.stringify({ source: { name: "factlint", url: HOMEPAGE }, diagnostics })}
`;
    };
  }
});

// dist/report/sarif.js
function pascalCase(id) {
  return id.split(/[^\p{L}\p{N}]+/u).filter((part) => part !== "").map((part) => part[0]?.toUpperCase() + part.slice(1)).join("");
}
function sentence(text) {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
function ruleName(id) {
  const name = pascalCase(id);
  return name.toLowerCase() === id.toLowerCase() ? `${name}Rule` : name;
}
function ruleDescriptor(rule) {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: sentence(rule.description) },
    fullDescription: { text: sentence(rule.help) },
    help: { text: `${sentence(rule.help)}

Documentation: ${rule.url}`, markdown: `${rule.help}

[Rule documentation](${rule.url})` },
    helpUri: rule.url,
    defaultConfiguration: rule.defaultSeverity === "off" ? { enabled: false } : { level: rule.defaultSeverity === "error" ? "error" : "warning" },
    properties: { category: rule.category, tags: ["factlint", rule.category] }
  };
}
function bareDescriptor(id) {
  return { id, name: ruleName(id), shortDescription: { text: sentence(`factlint rule ${id}`) } };
}
function escapeLinks(text) {
  return text.replace(/\[([^[\]]*)\]\(/g, "\\[$1\\](");
}
function mimeTypeOf(filePath) {
  const dot = filePath.lastIndexOf(".");
  return dot < 0 ? void 0 : MIME_TYPES[filePath.slice(dot).toLowerCase()];
}
function filesNamed(results) {
  return results.flatMap((r) => [r.filePath, ...r.messages.flatMap((m) => (m.related ?? []).map((x) => x.filePath))]);
}
function sourceRoot(results, ctx) {
  const outside = filesNamed(results).filter((f) => pathUnder(f, ctx.cwd, ctx.cwd) === void 0);
  if (outside.length === 0 || !ctx.projectRoot)
    return ctx.cwd;
  const root = ctx.projectRoot();
  return outside.some((f) => pathUnder(f, ctx.cwd, root) !== void 0) ? root : ctx.cwd;
}
function artifacts(ctx, base) {
  const list2 = [];
  const index = /* @__PURE__ */ new Map();
  const uriOf2 = (filePath) => {
    const rel = pathUnder(filePath, ctx.cwd, base);
    return rel !== void 0 && rel !== "." ? { uri: uriOfRelative(rel), uriBaseId: SRCROOT } : { uri: fileUri(filePath, ctx.cwd) };
  };
  return {
    list: list2,
    location(filePath) {
      const uri = uriOf2(filePath);
      const key = JSON.stringify(uri);
      let i = index.get(key);
      if (i === void 0) {
        i = list2.length;
        index.set(key, i);
        const mimeType = mimeTypeOf(filePath);
        list2.push({ location: uri, roles: ["analysisTarget"], ...mimeType ? { mimeType } : {} });
      }
      return { ...uri, index: i };
    }
  };
}
function region(m, lines) {
  const r = { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
  if (lines && !m.fatal) {
    const text = lines.text.slice(lines.offsetOf(m.line, m.column), lines.offsetOf(m.endLine, m.endColumn));
    if (text !== "")
      r.snippet = { text };
  }
  return r;
}
function messageText(m, ctx) {
  const parts = [escapeLinks(m.message)];
  const labels = { article: "Article", facts: "Facts", source: "Source", note: "Note" };
  for (const d of factDetails(m))
    parts.push(`${labels[d.label]}: ${escapeLinks(d.value)}`);
  (m.related ?? []).forEach((r, i) => {
    parts.push(`See also: [${relativePath(r.filePath, ctx.cwd)}:${r.line}:${r.column}](${i + 1})`);
  });
  return parts.join("\n");
}
function factProperties(m) {
  const p = {};
  if (m.actual !== void 0)
    p.actual = m.actual;
  if (m.expected !== void 0)
    p.expected = m.expected;
  if (m.fact) {
    p.factId = m.fact.id;
    p.factSource = m.fact.source;
    if (m.fact.note !== void 0)
      p.factNote = m.fact.note;
    if (m.fact.file !== void 0)
      p.factFile = m.fact.file;
  }
  return Object.keys(p).length > 0 ? p : void 0;
}
function fixes(m, artifactLocation, lines) {
  if (!m.fix)
    return void 0;
  const [start2, end] = m.fix.range;
  const deletedRegion = { charOffset: start2, charLength: end - start2 };
  if (lines) {
    const from = lines.positionOf(start2);
    const to = lines.positionOf(end);
    Object.assign(deletedRegion, { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column });
  }
  return [
    {
      description: { text: `Replace with "${m.fix.text}".` },
      artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion, insertedContent: { text: m.fix.text } }] }]
    }
  ];
}
function droppedNotification(dropped, total, max) {
  const n = dropped.droppedErrors + dropped.droppedWarnings;
  return {
    level: "warning",
    message: {
      text: `${n} of ${total} results (${countWords(dropped.droppedErrors, dropped.droppedWarnings)}) were left out of this log: GitHub code scanning rejects a run with more than ${max} results. Errors were kept first. Use a baseline (--baseline) or lint fewer files per run to see them all.`
    }
  };
}
function sarifChunksWith(maxResults) {
  return (results, ctx) => render(results, ctx, maxResults);
}
function sarifWith(maxResults) {
  return (results, ctx) => [...render(results, ctx, maxResults)].join("");
}
function* render(results, ctx, maxResults) {
  const linesOf = sourceCache(ctx.readSource, sourceLines);
  const descriptors = ctx.rules.map(ruleDescriptor);
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const base = sourceRoot(results, ctx);
  const files = artifacts(ctx, base);
  const fingerprint = fingerprinter();
  const all = results.flatMap((result) => reportMessages(result).map((m) => ({ result, m })));
  const capped = keepMostUseful(all, maxResults, (x) => x.m.severity);
  const keep = new Set(capped.kept);
  const byResult = /* @__PURE__ */ new Map();
  for (const x of all) {
    if (!keep.has(x))
      continue;
    const list2 = byResult.get(x.result);
    if (list2)
      list2.push(x.m);
    else
      byResult.set(x.result, [x.m]);
  }
  for (const result of results) {
    files.location(result.filePath);
    for (const m of byResult.get(result) ?? []) {
      if (!ruleIndex.has(m.ruleId)) {
        ruleIndex.set(m.ruleId, descriptors.length);
        descriptors.push(bareDescriptor(m.ruleId));
      }
      for (const r of m.related ?? [])
        files.location(r.filePath);
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: { name: "factlint", version: ctx.version, semanticVersion: ctx.version, informationUri: HOMEPAGE, rules: descriptors }
        },
        ...capped.kept.length < all.length ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: [droppedNotification(capped, all.length, maxResults)] }] } : {},
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(base) } },
        artifacts: files.list,
        results: keep.size > 0 ? [RESULTS_HERE] : [],
        columnKind: "utf16CodeUnits"
      }
    ]
  };
  const text = `${JSON.stringify(log, null, 2)}
`;
  if (keep.size === 0) {
    yield text;
    return;
  }
  const marker = JSON.stringify(RESULTS_HERE);
  const at = text.indexOf(marker);
  yield text.slice(0, at);
  let first = true;
  for (const result of results) {
    const artifactLocation = files.location(result.filePath);
    const lines = textOf(result, linesOf);
    for (const m of byResult.get(result) ?? []) {
      const where3 = region(m, lines);
      const claim2 = where3.snippet?.text ?? m.actual ?? m.message;
      const entry2 = {
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId),
        level: m.severity === 2 ? "error" : "warning",
        message: { text: messageText(m, ctx) },
        locations: [{ physicalLocation: { artifactLocation, region: where3 } }],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(relativePath(result.filePath, ctx.cwd), m.ruleId, claim2) }
      };
      if (m.related && m.related.length > 0) {
        entry2.relatedLocations = m.related.map((r, i) => ({
          id: i + 1,
          physicalLocation: { artifactLocation: files.location(r.filePath), region: { startLine: r.line, startColumn: r.column } },
          ...r.message !== void 0 ? { message: { text: r.message } } : {}
        }));
      }
      const fix = fixes(m, artifactLocation, lines);
      if (fix)
        entry2.fixes = fix;
      const properties = factProperties(m);
      if (properties)
        entry2.properties = properties;
      yield `${first ? "" : `,
${ITEM_INDENT}`}${JSON.stringify(entry2, null, 2).replaceAll("\n", `
${ITEM_INDENT}`)}`;
      first = false;
    }
  }
  yield text.slice(at + marker.length);
}
var SARIF_SCHEMA, SRCROOT, MIME_TYPES, sarifChunks, sarif, RESULTS_HERE, ITEM_INDENT;
var init_sarif = __esm({
  "dist/report/sarif.js"() {
    "use strict";
    init_import_meta_url();
    init_fingerprint();
    init_messages();
    init_limits();
    init_paths();
    init_project();
    init_source_lines();
    SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    SRCROOT = "%SRCROOT%";
    MIME_TYPES = {
      ".md": "text/markdown",
      ".markdown": "text/markdown",
      ".mdx": "text/markdown",
      ".txt": "text/plain",
      ".html": "text/html",
      ".htm": "text/html"
    };
    sarifChunks = sarifChunksWith(SARIF_MAX_RESULTS);
    sarif = sarifWith(SARIF_MAX_RESULTS);
    RESULTS_HERE = "\0factlint-sarif-results\0";
    ITEM_INDENT = " ".repeat(8);
  }
});

// dist/report/line-layout.js
function lineLayout(lines, lineNo) {
  let byLine = layouts.get(lines);
  if (!byLine)
    layouts.set(lines, byLine = /* @__PURE__ */ new Map());
  let layout = byLine.get(lineNo);
  if (!layout) {
    const text = lines.line(lineNo);
    if (text === void 0)
      return void 0;
    layout = new LineLayout(text);
    byLine.set(lineNo, layout);
  }
  return layout;
}
var CHECKPOINT_SPACING, LineLayout, layouts;
var init_line_layout = __esm({
  "dist/report/line-layout.js"() {
    "use strict";
    init_import_meta_url();
    init_text_width();
    CHECKPOINT_SPACING = 64;
    LineLayout = class {
      text;
      spacing;
      /** Whether the line is blank (nothing but white space). */
      blank;
      checkpoints = [lineStart()];
      /**
       * How far the line is laid out. A frame needs it laid out only up to about what it shows, so
       * the line is laid out as far as asked and no further: measuring every paragraph with a problem
       * whole was most of a stylish report's time. The checkpoints made on the way are those a
       * layout of the whole line makes, in the same places.
       */
      frontier = lineStart();
      next;
      constructor(text, spacing = CHECKPOINT_SPACING) {
        this.text = text;
        this.spacing = spacing;
        this.next = spacing;
        this.blank = text.trim() === "";
      }
      /**
       * Moves `s` on until, between two cells, it is past UTF-16 offset `index` or at display column
       * `column`, or to the line's end; with `record`, making the checkpoints on the way. Plain
       * characters (most of any line) are counted here, anything else is one cell of layoutFrom;
       * stops and checkpoints are looked at where layoutFrom looks (between cells, never before a
       * VS16), so they fall where a layout of the whole line puts them.
       */
      move(s, index, column, record) {
        const text = this.text;
        while (s.index < text.length) {
          const at = s.index;
          const unit = text.charCodeAt(at);
          if (unit !== VS16) {
            if (record && at >= this.next) {
              this.checkpoints.push({ ...s });
              this.next = at + this.spacing;
            }
            if (at > index || s.column >= column)
              return;
          }
          const run2 = knownPlainEnd(text, at, Math.min(index + 1 - at, column - s.column));
          if (run2 > at + 1) {
            const c0 = s.column;
            const stop2 = Math.max(at + 1, Math.min(index + 1, at + (column - c0)));
            const end = stop2 < run2 ? stop2 : run2;
            while (record && this.next <= (stop2 < run2 ? stop2 : run2 - 1)) {
              const p = this.next;
              this.checkpoints.push({ index: p, column: c0 + (p - at), joinNext: false, openFlag: false, narrowPicto: false });
              this.next = p + this.spacing;
            }
            s.index = end;
            s.column = c0 + (end - at);
            s.joinNext = s.openFlag = s.narrowPicto = false;
            if (stop2 < run2)
              return;
            continue;
          }
          if (isPlain(unit)) {
            s.index = at + 1;
            s.column += 1;
            s.joinNext = s.openFlag = s.narrowPicto = false;
          } else
            layoutFrom(text, s, (next) => next.index > at);
        }
      }
      /** Lays the line out further (see move). */
      extend(index, column) {
        this.move(this.frontier, index, column, true);
      }
      /** Where the layout stands once moved on from `from` (see move), making no cells. */
      advance(from, index, column) {
        const state = { ...from };
        this.move(state, index, column, false);
        return state;
      }
      /** Display width of the whole line. */
      get width() {
        this.extend(Infinity, Infinity);
        return this.frontier.column;
      }
      /** The display width of the line when it is at most `limit`; otherwise some width above `limit`. */
      widthBeyond(limit) {
        this.extend(Infinity, limit + 1);
        return this.frontier.column;
      }
      /** The last checkpoint satisfying `before` (checkpoints are ordered by index and by column); the first when none does. */
      lastWhere(before2) {
        let lo = 0;
        let hi = this.checkpoints.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (before2(this.checkpoints[mid]))
            lo = mid;
          else
            hi = mid - 1;
        }
        return { ...this.checkpoints[lo] };
      }
      /** Lays out from `from` while `more` holds. */
      cellsFrom(from, more) {
        const state = { ...from };
        const cells = [];
        layoutFrom(this.text, state, (s) => !more(s), cells);
        return { cells, state };
      }
      /** The cell holding UTF-16 offset `index` (undefined past the end), with its column. */
      cellAt(index) {
        if (index >= this.text.length || index < 0)
          return void 0;
        this.extend(index, Infinity);
        const from = this.lastWhere((c) => c.index <= index);
        const near2 = this.advance(from, index - 2, Infinity);
        const text = this.text;
        if (near2.index === index - 1 && isPlain(text.charCodeAt(index - 1)) && isPlain(text.charCodeAt(index))) {
          return { start: index, end: index + 1, text: text[index], width: 1, column: near2.column + 1 };
        }
        if (near2.index === index && isPlain(text.charCodeAt(index)))
          return { start: index, end: index + 1, text: text[index], width: 1, column: near2.column };
        const { cells } = this.cellsFrom(near2.index <= index ? near2 : from, (s) => s.index <= index);
        for (let k = cells.length - 1; k >= 0; k--)
          if (cells[k].start <= index)
            return cells[k];
        return void 0;
      }
      /**
       * The cells between display columns `left` and `right` (and those straddling them). Those
       * more than TAB_WIDTH columns before `left` are passed over without being made (`before` says
       * whether there are any): a layout never stops before a VS16, and one that follows a cell
       * passed over starts at most TAB_WIDTH columns after it (a tab is the widest cell), so every
       * cell shown is made.
       */
      window(left, right) {
        if (left > 0)
          this.extend(Infinity, left);
        const state = left > 0 ? this.advance(this.lastWhere((c) => c.column < left), Infinity, left - TAB_WIDTH) : lineStart();
        const before2 = state.index > 0;
        const text = this.text;
        const cells = [];
        let run2;
        const endRun = () => {
          if (run2)
            run2.text = text.slice(run2.start, run2.end);
          run2 = void 0;
        };
        while (state.index < text.length) {
          const at = state.index;
          const unit = text.charCodeAt(at);
          if (unit !== VS16 && state.column >= right)
            break;
          if (isPlain(unit) && state.column >= left) {
            const n = Math.min(Math.max(knownPlainEnd(text, at, right - state.column), at + 1) - at, right - state.column);
            if (run2) {
              run2.end += n;
              run2.width += n;
            } else
              cells.push(run2 = { start: at, end: at + n, text: "", width: n, column: state.column });
            state.index = at + n;
            state.column += n;
            state.joinNext = state.openFlag = state.narrowPicto = false;
            continue;
          }
          endRun();
          layoutFrom(text, state, (next) => next.index > at, cells);
        }
        endRun();
        return { cells, before: before2, after: state.index < text.length };
      }
    };
    layouts = /* @__PURE__ */ new WeakMap();
  }
});

// dist/report/code-frame.js
function renderWindow({ cells, before: before2, after }, win) {
  let out = "";
  let croppedLeft = before2;
  let croppedRight = after;
  let filled = win.left;
  for (const cell of cells) {
    const from = cell.column;
    const col = from + cell.width;
    if (from < win.left) {
      croppedLeft = true;
    } else if (col > win.right || cell.width === 0 && from >= win.right) {
      croppedRight = true;
    } else {
      if (from > filled)
        out += " ".repeat(from - filled);
      out += cell.text;
      filled = col;
    }
  }
  const lead = win.left > 0 ? croppedLeft ? ELLIPSIS : " " : "";
  return `${lead}${out}${croppedRight ? ELLIPSIS : ""}`;
}
function spanColumns(layout, startIdx, endIdx) {
  const s = layout.cellAt(startIdx)?.column ?? layout.width;
  const last = endIdx > 0 ? layout.cellAt(Math.min(endIdx, layout.text.length) - 1) : void 0;
  const end = last ? last.column + last.width : void 0;
  const e = end === void 0 || end <= s ? s + 1 : end;
  return { start: s, end: e };
}
function codeFrame(lines, loc, maxWidth = FRAME_WIDTH, layoutOf = (n) => lineLayout(lines, n)) {
  const layout = layoutOf(loc.line);
  if (layout === void 0)
    return void 0;
  const startIdx = Math.max(loc.column - 1, 0);
  const endIdx = loc.endLine > loc.line ? layout.text.length : Math.max(loc.endColumn - 1, startIdx);
  const span = spanColumns(layout, startIdx, endIdx);
  const left = Math.max(0, span.start - LEFT_CONTEXT);
  const width = Math.max(layout.widthBeyond(left + maxWidth), span.end);
  let win = { left: 0, right: maxWidth };
  if (width > maxWidth) {
    const right = Math.min(width, left + maxWidth);
    win = { left: Math.max(0, right - maxWidth), right };
  }
  const shift2 = win.left > 0 ? 1 : 0;
  const underlineStart = span.start - win.left + shift2;
  const underlineLength = Math.max(1, Math.min(span.end, win.right) - span.start);
  const rows = [];
  const before2 = loc.line > 1 ? layoutOf(loc.line - 1) : void 0;
  if (before2 !== void 0 && !before2.blank) {
    rows.push({ kind: "context", lineNo: loc.line - 1, text: renderWindow(before2.window(win.left, win.right), win).trimEnd() });
  }
  rows.push({ kind: "target", lineNo: loc.line, text: renderWindow(layout.window(win.left, win.right), win).trimEnd() });
  rows.push({ kind: "underline", text: `${" ".repeat(underlineStart)}^${"~".repeat(underlineLength - 1)}` });
  return { rows, gutterWidth: String(loc.line).length };
}
var FRAME_WIDTH, LEFT_CONTEXT, ELLIPSIS;
var init_code_frame = __esm({
  "dist/report/code-frame.js"() {
    "use strict";
    init_import_meta_url();
    init_line_layout();
    FRAME_WIDTH = 100;
    LEFT_CONTEXT = 24;
    ELLIPSIS = "\u2026";
  }
});

// dist/report/stylish.js
function label3(name, value, c) {
  return `  ${c.dim(`${name}:`.padEnd(LABEL_WIDTH))}${printable(oneLine(value))}`;
}
function renderFrame(frame2, m, c) {
  const mark = m.severity === 2 ? c.red : c.yellow;
  return frame2.rows.map((row) => {
    const num = row.lineNo === void 0 ? " ".repeat(frame2.gutterWidth) : String(row.lineNo).padStart(frame2.gutterWidth);
    if (row.kind === "target")
      return `  ${mark(">")} ${c.dim(`${num} |`)} ${row.text}`;
    if (row.kind === "underline")
      return `    ${c.dim(`${num} |`)} ${mark(row.text)}`;
    return `    ${c.dim(`${num} |`)}${row.text === "" ? "" : ` ${row.text}`}`;
  });
}
function renderMessage(rel, m, lines, ctx, c) {
  const sev = m.severity === 2 ? c.red(severityWord(2)) : c.yellow(severityWord(1));
  const [first = "", ...more] = m.message.split(/\r?\n/).map(printable);
  const out = [`${c.bold(`${rel}:${m.line}:${m.column}`)}  ${sev}  ${first}  ${c.dim(m.ruleId)}`];
  for (const line of more)
    out.push(`  ${line}`);
  if (!m.fatal && lines) {
    const frame2 = codeFrame(lines, m);
    if (frame2)
      out.push(...renderFrame(frame2, m, c));
  }
  for (const d of factDetails(m))
    out.push(label3(d.label, d.value, c));
  for (const r of m.related ?? []) {
    const where3 = `${displayPath2(r.filePath, ctx.cwd)}:${r.line}:${r.column}`;
    out.push(label3("see also", r.message ? `${where3}  ${r.message}` : where3, c));
  }
  return out.join("\n");
}
function* stylishChunks(results, ctx) {
  const c = ctx.color ? picocolors().createColors(true) : PLAIN2;
  const linesOf = sourceCache(ctx.readSource, sourceLines);
  let any = false;
  for (const result of results) {
    const messages = reportMessages(result);
    if (messages.length === 0)
      continue;
    const rel = displayPath2(result.filePath, ctx.cwd);
    const lines = textOf(result, linesOf);
    const blocks2 = messages.map((m) => renderMessage(rel, m, lines, ctx, c));
    yield (any ? "\n\n" : "") + blocks2.join("\n\n");
    any = true;
  }
  if (!any)
    return;
  const t = totals(results);
  const paint = t.errors > 0 ? c.red : c.yellow;
  const summary2 = [
    c.bold(paint(`\u2716 ${plural(t.problems, "problem")} (${plural(t.errors, "error")}, ${plural(t.warnings, "warning")})`))
  ];
  if (t.fixable > 0)
    summary2.push(`  ${t.fixable} fixable with --fix`);
  yield `

${summary2.join("\n")}
`;
}
var picocolors, plain, PLAIN2, LABEL_WIDTH, stylish;
var init_stylish = __esm({
  "dist/report/stylish.js"() {
    "use strict";
    init_import_meta_url();
    init_on_demand();
    init_code_frame();
    init_messages();
    init_paths();
    init_source_lines();
    init_text_width();
    init_plural();
    picocolors = onDemand("picocolors");
    plain = (s) => String(s);
    PLAIN2 = { bold: plain, dim: plain, red: plain, yellow: plain };
    LABEL_WIDTH = 10;
    stylish = (results, ctx) => [...stylishChunks(results, ctx)].join("");
  }
});

// dist/report/index.js
function getFormatter(name) {
  const formatter = Object.hasOwn(formatters, name) ? formatters[name] : void 0;
  if (!formatter)
    throw new FactlintError(`unknown format "${name}"; valid formats: ${formatNames.join(", ")}`);
  return formatter;
}
function getChunkedFormatter(name) {
  const f = Object.hasOwn(chunked, name) ? chunked[name] : void 0;
  if (f)
    return f;
  const whole = getFormatter(name);
  return (results, ctx) => [whole(results, ctx)];
}
var formatters, formatNames, chunked;
var init_report = __esm({
  "dist/report/index.js"() {
    "use strict";
    init_import_meta_url();
    init_errors();
    init_checkstyle();
    init_claims();
    init_compact();
    init_github();
    init_html();
    init_json2();
    init_junit();
    init_rdjson();
    init_sarif();
    init_stylish();
    init_rule_meta();
    formatters = {
      stylish,
      compact,
      json,
      sarif,
      github,
      junit,
      checkstyle,
      rdjson,
      claims,
      html
    };
    formatNames = Object.keys(formatters);
    chunked = {
      stylish: stylishChunks,
      compact: compactChunks,
      json: jsonChunks,
      sarif: sarifChunks,
      junit: junitChunks,
      checkstyle: checkstyleChunks
    };
  }
});

// dist/config/schema.js
function configSchema() {
  const level = { enum: ["off", "warn", "error"] };
  const paths = {
    type: "array",
    items: { type: "string", minLength: 1 }
  };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: CONFIG_SCHEMA_ID,
    title: "factlint configuration",
    description: "factlint.config.json or .factlintrc.json; found in the current folder or the nearest folder above it. Command-line options override it.",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string", description: "URL or path of this schema, for editors." },
      rules: {
        description: 'Rule settings by rule id: "off", "warn", "error", or [level, options].',
        type: "object",
        additionalProperties: { $ref: "#/$defs/ruleSetting" }
      },
      claims: {
        description: "Fact files or folders, relative to this file. Default: ./claims when present, else the fact set bundled with factlint.",
        anyOf: [{ type: "string", minLength: 1 }, { ...paths, minItems: 1 }]
      },
      include: { ...paths, description: "Globs of articles to lint when no paths are given on the command line, relative to this file." },
      exclude: { ...paths, description: "Files to leave out, in .gitignore syntax, relative to this file." },
      lang: { type: "string", pattern: "^[a-z]{2,3}$", description: "Language of articles that state none (en, ru, de, id, ...)." },
      date: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description: "Publication date (YYYY-MM-DD) of articles that state none." },
      format: { enum: [...formatNames], description: "Report format." },
      maxWarnings: { type: "integer", minimum: 0, description: "Exit 1 when there are more warnings than this." }
    },
    $defs: {
      level,
      ruleSetting: {
        description: '"off", "warn", "error", or a list [level, options]',
        anyOf: [
          { $ref: "#/$defs/level" },
          // No rule takes options yet: an options object must be empty, so a misspelt or invented option is an error, not silence.
          { type: "array", prefixItems: [{ $ref: "#/$defs/level" }, { type: "object", properties: {}, additionalProperties: false, description: "Rule options; no rule takes any yet." }], minItems: 1, items: false }
        ]
      }
    }
  };
}
var CONFIG_SCHEMA_ID;
var init_schema2 = __esm({
  "dist/config/schema.js"() {
    "use strict";
    init_import_meta_url();
    init_report();
    CONFIG_SCHEMA_ID = "https://raw.githubusercontent.com/factlint/factlint/main/factlint.schema.json";
  }
});

// dist/config/load.js
function findConfig(cwd, home = (0, import_node_os5.homedir)()) {
  let dir = import_node_path25.default.resolve(cwd);
  for (; ; ) {
    const here = CONFIG_FILES.map((name) => import_node_path25.default.join(dir, name)).filter((f) => (0, import_node_fs31.existsSync)(f));
    if (here.length > 1)
      throw new FactlintError(`both ${CONFIG_FILES.join(" and ")} in ${dir}: keep one`);
    if (here[0])
      return here[0];
    if ((0, import_node_fs31.existsSync)(import_node_path25.default.join(dir, ".git")) || home !== void 0 && dir === import_node_path25.default.resolve(home))
      return void 0;
    const up = import_node_path25.default.dirname(dir);
    if (up === dir)
      return void 0;
    dir = up;
  }
}
function validator3() {
  if (!compiled3) {
    const require2 = (0, import_node_module7.createRequire)(importMetaUrl);
    const Ajv2020 = require2("ajv/dist/2020.js").default;
    compiled3 = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTuples: false }).compile(configSchema());
  }
  return compiled3;
}
function loadConfig(file, knownRules, display = file) {
  const data = readJsonFile(file, "config", display);
  const validate = validator3();
  const problems = [];
  const rules = typeof data === "object" && data !== null && !Array.isArray(data) ? data.rules : void 0;
  const withOptions = rules && typeof rules === "object" ? Object.entries(rules).filter(([, v]) => Array.isArray(v) && v[1] && typeof v[1] === "object" && !Array.isArray(v[1]) && Object.keys(v[1]).length > 0) : [];
  for (const [id, v] of withOptions) {
    problems.push(`#/rules/${pointerToken(id)}/1: rule "${id}" takes no options (got ${Object.keys(v[1]).map((k) => `"${k}"`).join(", ")})`);
  }
  if (withOptions.length === 0) {
    if (!validate(data))
      problems.push(...schemaMessages(validate.errors ?? []));
    else {
      const c = data;
      for (const id of Object.keys(c.rules ?? {})) {
        if (!knownRules.includes(id))
          problems.push(`#/rules/${pointerToken(id)}: unknown rule "${id}"; known rules: ${knownRules.join(", ")}`);
      }
      if (c.date !== void 0 && !isValidDate2(c.date))
        problems.push(`#/date: "${c.date}" is not a calendar date`);
    }
  }
  if (problems.length > 0) {
    throw new FactlintError(problems.length === 1 ? `invalid config ${display}${problems[0]}` : [`invalid config ${display}:`, ...problems.map((p) => `  ${display}${p}`)]);
  }
  return { ...data, file, dir: import_node_path25.default.dirname(file) };
}
function schemaMessages(errors) {
  const alternatives2 = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  const lines = /* @__PURE__ */ new Set();
  for (const e of errors) {
    const at = e.instancePath;
    if (e.keyword !== "anyOf" && [...alternatives2].some((p) => at === p || at.startsWith(`${p}/`)))
      continue;
    lines.add(`#${at}: ${message(e)}`);
  }
  return [...lines];
}
function alternatives(instancePath) {
  if (instancePath === "/claims")
    return "a path or a non-empty list of paths";
  if (instancePath.startsWith("/rules/"))
    return '"off", "warn", "error", or a list [level, options]';
  return "one of the allowed forms";
}
function message(e) {
  const p = e.params;
  switch (e.keyword) {
    case "additionalProperties":
      return `unknown key "${String(p.additionalProperty)}"`;
    case "enum":
      return `must be one of ${p.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    case "type":
      return `must be ${p.type === "integer" ? "a whole number" : `of type ${String(p.type)}`}`;
    case "pattern":
      return `${JSON.stringify(e.data)} has the wrong form`;
    case "anyOf":
      return `must be ${alternatives(e.instancePath)}`;
    default:
      return e.message ?? "invalid";
  }
}
var import_node_fs31, import_node_module7, import_node_os5, import_node_path25, CONFIG_FILES, compiled3;
var init_load2 = __esm({
  "dist/config/load.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs31 = require("node:fs");
    import_node_module7 = require("node:module");
    import_node_os5 = require("node:os");
    import_node_path25 = __toESM(require("node:path"), 1);
    init_errors();
    init_time();
    init_json_file();
    init_json();
    init_schema2();
    CONFIG_FILES = ["factlint.config.json", ".factlintrc.json"];
  }
});

// dist/lsp/positions.js
function indexText(text) {
  return { text, lineStarts: lineStarts(text), shift: text.charCodeAt(0) === 65279 ? 1 : 0 };
}
function positionOf(ix, offset) {
  const o = Math.min(Math.max(Math.trunc(Number.isFinite(offset) ? offset : 0), 0), ix.text.length);
  const line = lineOfOffset(ix.lineStarts, o) - 1;
  return { line, character: o - ix.lineStarts[line] };
}
function offsetOf(ix, pos) {
  const line = Math.min(Math.max(pos.line, 0), ix.lineStarts.length - 1);
  const start2 = ix.lineStarts[line];
  let end = ix.lineStarts[line + 1] ?? ix.text.length;
  if (end > start2 && ix.text.charCodeAt(end - 1) === 10)
    end--;
  if (end > start2 && ix.text.charCodeAt(end - 1) === 13)
    end--;
  return Math.min(start2 + Math.max(pos.character, 0), end);
}
function rangeOfSpan(ix, span) {
  return { start: positionOf(ix, span.start + ix.shift), end: positionOf(ix, Math.max(span.start, span.end) + ix.shift) };
}
function positionOfLineColumn(ix, line, column) {
  const l = Math.max(line - 1, 0);
  const character = Math.max(column - 1, 0) + (l === 0 ? ix.shift : 0);
  return { line: l, character };
}
function rangeOfDiagnostic(ix, d) {
  if (d.span)
    return rangeOfSpan(ix, d.span);
  return { start: positionOfLineColumn(ix, d.line, d.column), end: positionOfLineColumn(ix, d.endLine, d.endColumn) };
}
function contains(range, pos) {
  const afterStart = pos.line > range.start.line || pos.line === range.start.line && pos.character >= range.start.character;
  const beforeEnd = pos.line < range.end.line || pos.line === range.end.line && pos.character <= range.end.character;
  return afterStart && beforeEnd;
}
var init_positions = __esm({
  "dist/lsp/positions.js"() {
    "use strict";
    init_import_meta_url();
    init_lines();
  }
});

// dist/lsp/to-lsp.js
function toLspDiagnostic(d, ix, ctx) {
  const out = {
    range: rangeOfDiagnostic(ix, d),
    severity: d.severity === 2 ? import_vscode_languageserver.DiagnosticSeverity.Error : import_vscode_languageserver.DiagnosticSeverity.Warning,
    code: d.ruleId,
    source: SOURCE,
    message: d.message
  };
  const href = ctx.ruleUrl(d.ruleId);
  if (href)
    out.codeDescription = { href };
  const related = relatedOf(d, ctx);
  if (related.length)
    out.relatedInformation = related;
  if (d.fix) {
    const data = { fix: { range: rangeOfSpan(ix, { start: d.fix.range[0], end: d.fix.range[1] }), newText: d.fix.text } };
    out.data = data;
  }
  return out;
}
function relatedOf(d, ctx) {
  const out = [];
  if (d.fact) {
    const location = ctx.factLocation(d.fact);
    const words4 = [`fact ${d.fact.id}`, d.expected !== void 0 ? `says ${d.expected}` : "", `source: ${d.fact.source}`, d.fact.note ? `note: ${d.fact.note}` : ""];
    if (location)
      out.push({ location, message: words4.filter(Boolean).join("; ") });
  }
  for (const r of d.related ?? []) {
    const at = positionOfLineColumn({ text: "", lineStarts: [0], shift: 0 }, r.line, r.column);
    out.push({ location: { uri: ctx.fileUri(r.filePath), range: { start: at, end: at } }, message: r.message ?? "the other article" });
  }
  return out;
}
var import_vscode_languageserver, SOURCE;
var init_to_lsp = __esm({
  "dist/lsp/to-lsp.js"() {
    "use strict";
    init_import_meta_url();
    import_vscode_languageserver = require("vscode-languageserver");
    init_positions();
    SOURCE = "factlint";
  }
});

// dist/lsp/code-actions.js
function overlaps2(a, b) {
  const before2 = (x, y) => x.line < y.line || x.line === y.line && x.character <= y.character;
  return before2(a.start, b.end) && before2(b.start, a.end);
}
function fixOf(d) {
  const data = d.data;
  const fix = data?.fix;
  return d.source === SOURCE && fix && typeof fix.newText === "string" && fix.range ? fix : void 0;
}
function quickFixes(uri, range, diagnostics, text) {
  const out = [];
  for (const d of diagnostics) {
    const fix = fixOf(d);
    if (!fix || !overlaps2(d.range, range))
      continue;
    out.push({
      title: `Replace \u201C${text(fix.range)}\u201D with \u201C${fix.newText}\u201D (factlint ${String(d.code ?? "")})`.replace(/ \)$/, ")"),
      kind: import_vscode_languageserver2.CodeActionKind.QuickFix,
      diagnostics: [d],
      isPreferred: true,
      edit: { changes: { [uri]: [fix] } }
    });
  }
  return out;
}
var import_vscode_languageserver2;
var init_code_actions = __esm({
  "dist/lsp/code-actions.js"() {
    "use strict";
    init_import_meta_url();
    import_vscode_languageserver2 = require("vscode-languageserver");
    init_to_lsp();
  }
});

// dist/lsp/debounce.js
var Debouncer;
var init_debounce = __esm({
  "dist/lsp/debounce.js"() {
    "use strict";
    init_import_meta_url();
    Debouncer = class {
      ms;
      timers = /* @__PURE__ */ new Map();
      constructor(ms) {
        this.ms = ms;
      }
      schedule(key, run2) {
        this.cancel(key);
        this.timers.set(key, setTimeout(() => {
          this.timers.delete(key);
          run2();
        }, this.ms));
      }
      cancel(key) {
        const t = this.timers.get(key);
        if (t !== void 0)
          clearTimeout(t);
        this.timers.delete(key);
      }
      cancelAll() {
        for (const t of this.timers.values())
          clearTimeout(t);
        this.timers.clear();
      }
    };
  }
});

// dist/lsp/json-pointer.js
function pointerOffset(text, pointer) {
  if (pointer !== "" && !pointer.startsWith("/"))
    return void 0;
  const path33 = pointer === "" ? [] : pointer.slice(1).split("/").map(keyOfPointerToken);
  let pos = text.charCodeAt(0) === 65279 ? 1 : 0;
  const ws = () => {
    for (let c = text.charCodeAt(pos); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++pos))
      ;
  };
  const string = () => {
    const at = pos++;
    while (pos < text.length && text.charCodeAt(pos) !== 34)
      pos += text.charCodeAt(pos) === 92 ? 2 : 1;
    pos++;
    return text.slice(at, pos);
  };
  const skip = () => {
    let depth = 0;
    do {
      ws();
      const c = text.charCodeAt(pos);
      if (c === 34)
        string();
      else if (c === 123 || c === 91) {
        depth++;
        pos++;
      } else if (c === 125 || c === 93) {
        depth--;
        pos++;
      } else if (c === 44 || c === 58)
        pos++;
      else
        while (pos < text.length && !/[\s,\]}]/.test(text[pos]))
          pos++;
    } while (depth > 0 && pos < text.length);
  };
  for (const segment of path33) {
    ws();
    const open = text.charCodeAt(pos);
    if (open !== 123 && open !== 91)
      return void 0;
    pos++;
    let found = false;
    for (let i = 0; pos < text.length; i++) {
      ws();
      if (text.charCodeAt(pos) === 125 || text.charCodeAt(pos) === 93)
        return void 0;
      let name = String(i);
      if (open === 123) {
        if (text.charCodeAt(pos) !== 34)
          return void 0;
        name = JSON.parse(string());
        ws();
        pos++;
      }
      if (name === segment) {
        found = true;
        break;
      }
      skip();
      ws();
      if (text.charCodeAt(pos) === 44)
        pos++;
    }
    if (!found)
      return void 0;
  }
  ws();
  return pos < text.length ? pos : void 0;
}
var init_json_pointer = __esm({
  "dist/lsp/json-pointer.js"() {
    "use strict";
    init_import_meta_url();
    init_json();
  }
});

// dist/lsp/fact-location.js
var import_node_fs37, import_node_path30, import_node_url9, FactLocations;
var init_fact_location = __esm({
  "dist/lsp/fact-location.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs37 = require("node:fs");
    import_node_path30 = __toESM(require("node:path"), 1);
    import_node_url9 = require("node:url");
    init_json_pointer();
    init_positions();
    FactLocations = class {
      texts = /* @__PURE__ */ new Map();
      /** The statement `fact` names in `index`, as a location in its file; undefined when it has no file. */
      locate(fact, index) {
        const statement = index.statement(fact.id);
        const display = statement?.origin.file ?? fact.file;
        if (display === void 0)
          return void 0;
        const file = import_node_path30.default.resolve(process.cwd(), display);
        const uri = (0, import_node_url9.pathToFileURL)(file).href;
        const text = this.read(file);
        const offset = text !== void 0 && statement ? pointerOffset(text, statement.origin.pointer) : void 0;
        const at = text !== void 0 && offset !== void 0 ? positionOf(indexText(text), offset) : { line: 0, character: 0 };
        return { uri, range: { start: at, end: at } };
      }
      read(file) {
        try {
          const { mtimeMs } = (0, import_node_fs37.statSync)(file);
          const had = this.texts.get(file);
          if (had && had.mtimeMs === mtimeMs)
            return had.text;
          const text = (0, import_node_fs37.readFileSync)(file, "utf8");
          this.texts.set(file, { mtimeMs, text });
          return text;
        } catch {
          return void 0;
        }
      }
    };
  }
});

// dist/lsp/hover.js
function md(s) {
  return s.replace(/\r\n?|\n/g, " ").replace(/[\\`*_[\]|<>~]/g, "\\$&").replace(/^([#>+-])/, "\\$1");
}
function claimMarkdown(c) {
  const lines = [
    `**${MARK3[c.verdict]} ${c.kind} claim: ${c.verdict}** (${md(c.ruleId)})`,
    "",
    `\u201C${md(c.text)}\u201D`,
    "",
    md(c.reason),
    "",
    "| slot | value | bound by |",
    "| --- | --- | --- |",
    ...Object.entries(c.slots).map(([name, s]) => `| ${md(name)} | ${md(s.value)} | ${s.bound === "text" && s.text !== void 0 ? `\u201C${md(s.text)}\u201D` : md(s.bound)} |`)
  ];
  return lines.join("\n");
}
function hoverAt(claims2, ix, pos) {
  const hits = claims2.map((c) => ({ c, range: { start: positionOfLineColumn(ix, c.line, c.column), end: positionOfLineColumn(ix, c.endLine, c.endColumn) } })).filter(({ range }) => contains(range, pos)).sort((a, b) => a.c.text.length - b.c.text.length);
  if (hits.length === 0)
    return null;
  return {
    contents: { kind: import_vscode_languageserver3.MarkupKind.Markdown, value: hits.map(({ c }) => claimMarkdown(c)).join("\n\n---\n\n") },
    range: hits[0].range
  };
}
var import_vscode_languageserver3, MARK3;
var init_hover = __esm({
  "dist/lsp/hover.js"() {
    "use strict";
    init_import_meta_url();
    import_vscode_languageserver3 = require("vscode-languageserver");
    init_positions();
    MARK3 = { verified: "\u2713", contradicted: "\u2717", unverifiable: "?" };
  }
});

// dist/lsp/lint-text.js
function errorMessage(err) {
  if (err instanceof FactlintError)
    return err.lines.join("; ");
  return `internal error: ${err instanceof Error ? err.message : String(err)}`;
}
function failed(file, reason) {
  return { messages: fileError(file, reason).messages, claims: [], records: [] };
}
function lintText(file, text, project) {
  if ("error" in project)
    return failed(file, project.error);
  try {
    const opts = {
      cwd: project.dir,
      patterns: [],
      ...project.lang ? { lang: project.lang } : {},
      ...project.date ? { date: project.date } : {}
    };
    const { result } = readAndLint(file, file, project.index, opts, project.severities, Buffer.from(text, "utf8"));
    const messages = result.fatal !== void 0 && !result.messages.some((m) => m.ruleId === "file-error") ? fileError(file, result.fatal).messages : result.messages;
    return { messages, claims: result.claims ?? [], records: result.records ?? [] };
  } catch (err) {
    return failed(file, errorMessage(err));
  }
}
function withDirectives(file, text, messages) {
  const body2 = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const markdown = /\.(md|markdown)$/i.test(file);
  return applyDirectives(messages, parseDirectives(body2, markdown), lineStarts(body2), false).kept;
}
var init_lint_text = __esm({
  "dist/lsp/lint-text.js"() {
    "use strict";
    init_import_meta_url();
    init_apply();
    init_parse2();
    init_lines();
    init_errors();
    init_run();
  }
});

// dist/lsp/project.js
function mtime(file) {
  try {
    return (0, import_node_fs38.statSync)(file).mtimeMs;
  } catch {
    return -1;
  }
}
var import_node_fs38, import_node_path31, Projects;
var init_project2 = __esm({
  "dist/lsp/project.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs38 = require("node:fs");
    import_node_path31 = __toESM(require("node:path"), 1);
    init_load2();
    init_settings();
    init_run();
    init_cache_dir();
    init_compiled_cache();
    init_rule_meta();
    init_paths();
    Projects = class {
      workspaceFolders;
      indexes = /* @__PURE__ */ new Map();
      rules;
      constructor(workspaceFolders) {
        this.workspaceFolders = workspaceFolders;
      }
      ruleMeta() {
        return this.rules ??= loadRuleMeta();
      }
      /** The project of an article file; throws FactlintError for a broken config or fact set. */
      projectFor(file) {
        const docDir = import_node_path31.default.dirname(file);
        const rules = this.ruleMeta();
        const found = findConfig(docDir);
        const config = found ? loadConfig(found, rules.map((r) => r.id), relativePath(found, docDir)) : void 0;
        const dir = config?.dir ?? this.workspaceOf(file) ?? docDir;
        const settings = resolveSettings({}, config, dir);
        const claims2 = settings.claims ?? defaultClaims(dir);
        return {
          dir,
          config,
          claims: claims2,
          lang: settings.lang,
          date: settings.date,
          severities: { ...defaultSeverities(rules), ...settings.severities },
          index: this.indexFor(claims2, dir)
        };
      }
      /** The innermost workspace folder holding `file`, if any. */
      workspaceOf(file) {
        return this.workspaceFolders().filter((root) => file === root || file.startsWith(root.endsWith(import_node_path31.default.sep) ? root : root + import_node_path31.default.sep)).sort((a, b) => b.length - a.length)[0];
      }
      indexFor(claims2, dir) {
        const key = claims2.join("\0");
        const had = this.indexes.get(key);
        if (had && had.stamps.every(([f, m]) => mtime(f) === m))
          return had.index;
        const cwd = process.cwd();
        const cached = loadFactSetCached(claims2, { cwd, dir: privateDir(cacheDir(dir)) });
        const loadedIndex = {
          index: cached.index(),
          stamps: cached.files.map((f) => {
            const abs = import_node_path31.default.resolve(cwd, f);
            return [abs, mtime(abs)];
          })
        };
        this.indexes.set(key, loadedIndex);
        return loadedIndex.index;
      }
    };
  }
});

// dist/lsp/workspace.js
var import_node_fs39, import_node_path32, MAX_SCANNED_FILES, Workspace;
var init_workspace = __esm({
  "dist/lsp/workspace.js"() {
    "use strict";
    init_import_meta_url();
    import_node_fs39 = require("node:fs");
    import_node_path32 = __toESM(require("node:path"), 1);
    init_load2();
    init_files3();
    init_severity();
    init_paths();
    init_cross_article();
    init_lint_text();
    MAX_SCANNED_FILES = 5e3;
    Workspace = class {
      records = /* @__PURE__ */ new Map();
      /** Records the figures of `file` (absolute) as its project `dir` sees them. */
      setRecords(file, dir, records2) {
        if (records2.length)
          this.records.set(file, { dir, records: records2 });
        else
          this.records.delete(file);
      }
      /** The cross-article diagnostics of `file`, whose current records were just set. */
      crossDiagnostics(file, project) {
        const level = severityNumber(project.severities["cross-article"]);
        if (level === 0 || !this.records.has(file))
          return [];
        const all = [];
        for (const { dir, records: records2 } of this.records.values())
          if (dir === project.dir)
            all.push(...records2);
        return crossCheck(all, level, (f) => relativePath(f, project.dir)).get(file) ?? [];
      }
      /** Sets the records of `file` from its text on disk; an unreadable file takes no part. */
      readFromDisk(file, projects) {
        try {
          const project = projects.projectFor(import_node_path32.default.resolve(file));
          const { records: records2 } = lintText(file, (0, import_node_fs39.readFileSync)(file, "utf8"), project);
          this.setRecords(file, project.dir, records2);
        } catch {
          this.records.delete(file);
        }
      }
      /**
       * Lints the articles of `roots` one by one, yielding to the event loop between files so
       * requests keep being answered; `skip` says which files are open (their text is the editor's).
       * Returns the number of files read; problems are reported through `log`, never thrown.
       */
      async scan(roots, projects, skip, log) {
        let n = 0;
        for (const root of roots) {
          let files;
          try {
            const found = findConfig(root);
            const config = found ? loadConfig(found, projects.ruleMeta().map((r) => r.id), found) : void 0;
            files = selectFiles({ cwd: root, patterns: [], config, staged: false, changedSince: void 0 }).inputs.map((f) => f.path);
          } catch (err) {
            log(`factlint: not scanning ${root} for cross-article checks: ${err.message}`);
            continue;
          }
          for (const file of files) {
            if (n >= MAX_SCANNED_FILES) {
              log(`factlint: scanned the first ${MAX_SCANNED_FILES} articles only; cross-article checks do not see the rest`);
              return n;
            }
            await new Promise((resolve) => setImmediate(resolve));
            if (skip(file))
              continue;
            n++;
            this.readFromDisk(file, projects);
          }
        }
        return n;
      }
    };
  }
});

// dist/lsp/server.js
var server_exports = {};
__export(server_exports, {
  DEBOUNCE_MS: () => DEBOUNCE_MS,
  startServer: () => startServer
});
function isArticle(doc) {
  if (LANGUAGES.has(doc.languageId))
    return true;
  const ext = import_node_path33.default.extname(doc.uri).slice(1).toLowerCase();
  return DEFAULT_EXTENSIONS.includes(ext);
}
function fileOf(uri, roots) {
  if (uri.startsWith("file:")) {
    try {
      return (0, import_node_url10.fileURLToPath)(uri);
    } catch {
    }
  }
  const name = decodeURIComponent(uri.replace(/^[a-z][\w+.-]*:/i, "").split(/[/\\]/).pop() || "untitled");
  return import_node_path33.default.join(roots[0] ?? process.cwd(), /\.\w+$/.test(name) ? name : `${name}.md`);
}
function uriOf(file) {
  return (0, import_node_url10.pathToFileURL)(import_node_path33.default.resolve(file)).href;
}
function startServer(input = process.stdin, output = process.stdout, version2 = "0.0.0") {
  const connection = (0, import_node.createConnection)(new import_node.StreamMessageReader(input), new import_node.StreamMessageWriter(output));
  console.log = (...args) => connection.console.log(args.map(String).join(" "));
  console.info = console.log;
  console.warn = (...args) => connection.console.warn(args.map(String).join(" "));
  console.error = (...args) => connection.console.error(args.map(String).join(" "));
  process.on("uncaughtException", (err) => connection.console.error(`factlint: internal error: ${err.stack ?? err.message}`));
  const documents = new import_node.TextDocuments(import_vscode_languageserver_textdocument.TextDocument);
  const debouncer = new Debouncer(DEBOUNCE_MS);
  const states = /* @__PURE__ */ new Map();
  let roots = [];
  let options = {};
  const projects = new Projects(() => roots);
  const workspace = new Workspace();
  const facts2 = new FactLocations();
  function contextFor(project) {
    const rules = projects.ruleMeta();
    return {
      ruleUrl: (id) => rules.find((r) => r.id === id)?.url,
      factLocation: (fact) => project ? facts2.locate(fact, project.index) : void 0,
      fileUri: (f) => uriOf(project ? import_node_path33.default.resolve(project.dir, f) : f)
    };
  }
  function lintNow(doc) {
    debouncer.cancel(doc.uri);
    const file = fileOf(doc.uri, roots);
    const text = doc.getText();
    const ix = indexText(text);
    let project;
    let messages = [];
    let claims2 = [];
    try {
      try {
        project = projects.projectFor(file);
      } catch (err) {
        project = void 0;
        messages = failed(file, errorMessage(err)).messages;
      }
      if (project) {
        const linted = lintText(file, text, project);
        claims2 = linted.claims;
        workspace.setRecords(file, project.dir, linted.records);
        const cross = options.crossArticle === false ? [] : workspace.crossDiagnostics(file, project);
        messages = withDirectives(file, text, sortDiagnostics([...linted.messages, ...cross]));
      }
    } catch (err) {
      messages = failed(file, errorMessage(err)).messages;
    }
    states.set(doc.uri, { version: doc.version, claims: claims2, ix });
    const ctx = contextFor(project);
    const diagnostics = messages.map((m) => {
      try {
        return toLspDiagnostic(m, ix, ctx);
      } catch (err) {
        return toLspDiagnostic(failed(file, errorMessage(err)).messages[0], ix, contextFor(void 0));
      }
    });
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
  }
  function lintOpenArticles() {
    for (const doc of documents.all())
      if (isArticle(doc))
        lintNow(doc);
  }
  connection.onInitialize((params) => {
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    roots = folders.filter((u) => u.startsWith("file:")).map((u) => (0, import_node_url10.fileURLToPath)(u));
    options = params.initializationOptions ?? {};
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: import_node.TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [import_node.CodeActionKind.QuickFix] }
      },
      serverInfo: { name: "factlint", version: version2 }
    };
  });
  connection.onInitialized(() => {
    if (options.crossArticle === false || roots.length === 0)
      return;
    const open = /* @__PURE__ */ new Set();
    const isOpen = (file) => {
      open.clear();
      for (const d of documents.all())
        open.add(fileOf(d.uri, roots));
      return open.has(file);
    };
    workspace.scan(roots, projects, isOpen, (m) => connection.console.log(m)).then((n) => {
      connection.console.log(`factlint: read ${plural(n, "article")} of the workspace for cross-article checks`);
      if (n > 0)
        lintOpenArticles();
    }).catch((err) => connection.console.error(`factlint: workspace scan failed: ${errorMessage(err)}`));
  });
  documents.onDidOpen(({ document }) => {
    if (isArticle(document))
      lintNow(document);
  });
  documents.onDidChangeContent(({ document }) => {
    if (!isArticle(document) || states.get(document.uri)?.version === document.version)
      return;
    debouncer.schedule(document.uri, () => {
      const current = documents.get(document.uri);
      if (current)
        lintNow(current);
    });
  });
  documents.onDidSave(({ document }) => {
    if (isArticle(document))
      lintNow(document);
    else if (/\.json$/i.test(document.uri))
      lintOpenArticles();
  });
  documents.onDidClose(({ document }) => {
    debouncer.cancel(document.uri);
    states.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    if (isArticle(document) && document.uri.startsWith("file:"))
      workspace.readFromDisk(fileOf(document.uri, roots), projects);
  });
  function stateOf(uri) {
    const doc = documents.get(uri);
    if (!doc || !isArticle(doc))
      return void 0;
    if (states.get(uri)?.version !== doc.version)
      lintNow(doc);
    return states.get(uri);
  }
  connection.onHover(({ textDocument, position: position2 }) => {
    const state = stateOf(textDocument.uri);
    return state ? hoverAt(state.claims, state.ix, position2) : null;
  });
  connection.onCodeAction(({ textDocument, range, context }) => {
    const doc = documents.get(textDocument.uri);
    if (!doc)
      return [];
    return quickFixes(textDocument.uri, range, context.diagnostics, (r) => {
      const ix = indexText(doc.getText());
      return ix.text.slice(offsetOf(ix, r.start), offsetOf(ix, r.end));
    });
  });
  connection.onShutdown(() => debouncer.cancelAll());
  documents.listen(connection);
  connection.listen();
  return connection;
}
var import_node_path33, import_node_url10, import_node, import_vscode_languageserver_textdocument, DEBOUNCE_MS, LANGUAGES;
var init_server = __esm({
  "dist/lsp/server.js"() {
    "use strict";
    init_import_meta_url();
    init_plural();
    import_node_path33 = __toESM(require("node:path"), 1);
    import_node_url10 = require("node:url");
    import_node = require("vscode-languageserver/node");
    import_vscode_languageserver_textdocument = require("vscode-languageserver-textdocument");
    init_lint_document();
    init_files2();
    init_code_actions();
    init_debounce();
    init_fact_location();
    init_hover();
    init_lint_text();
    init_positions();
    init_project2();
    init_to_lsp();
    init_workspace();
    DEBOUNCE_MS = 200;
    LANGUAGES = /* @__PURE__ */ new Set(["markdown", "plaintext", "text"]);
  }
});

// dist/cli.js
init_import_meta_url();
var import_node_fs40 = require("node:fs");
init_errors();

// dist/cli-run.js
init_import_meta_url();

// dist/commands/daemon.js
init_import_meta_url();
var import_node_child_process = require("node:child_process");
var import_node_fs11 = require("node:fs");
var import_node_path6 = __toESM(require("node:path"), 1);
var import_node_url5 = require("node:url");
var import_node_util = require("node:util");
init_cache_dir();
init_errors();

// dist/daemon/info.js
init_import_meta_url();
var import_node_fs2 = require("node:fs");
var import_node_path2 = __toESM(require("node:path"), 1);
init_hash();
var INFO_FORMAT = "factlint-daemon/1";
function infoFile(dir, bundle) {
  return import_node_path2.default.join(dir, `daemon-${shortHash(import_node_path2.default.resolve(bundle))}.json`);
}
function lockFile(dir, bundle) {
  return infoFile(dir, bundle).replace(/\.json$/, ".lock");
}
function readInfo(dir, bundle) {
  let raw;
  try {
    raw = JSON.parse((0, import_node_fs2.readFileSync)(infoFile(dir, bundle), "utf8"));
  } catch {
    return void 0;
  }
  const i = raw;
  if (!i || i.format !== INFO_FORMAT || typeof i.socket !== "string" || typeof i.token !== "string" || typeof i.pid !== "number")
    return void 0;
  if (typeof i.bundle !== "string" || typeof i.bundleSize !== "number" || typeof i.bundleMtimeMs !== "number")
    return void 0;
  if (typeof i.execPath !== "string" || typeof i.node !== "string" || typeof i.started !== "string")
    return void 0;
  return i;
}
function bundleStamp(bundle) {
  try {
    const st = (0, import_node_fs2.statSync)(bundle);
    return { bundle: import_node_path2.default.resolve(bundle), bundleSize: st.size, bundleMtimeMs: st.mtimeMs };
  } catch {
    return void 0;
  }
}
function servesThis(info, stamp) {
  return !!stamp && info.bundle === stamp.bundle && info.bundleSize === stamp.bundleSize && info.bundleMtimeMs === stamp.bundleMtimeMs && info.execPath === process.execPath && info.node === process.version;
}

// dist/daemon/server.js
init_import_meta_url();
var import_node_fs10 = require("node:fs");
var import_node_os2 = __toESM(require("node:os"), 1);
var import_node_path5 = __toESM(require("node:path"), 1);
init_on_demand();
init_compiled_cache();
init_hash();

// dist/daemon/frames.js
init_import_meta_url();
var import_node_string_decoder = require("node:string_decoder");
function frame(f) {
  return `${JSON.stringify(f)}
`;
}
function lineReader(onValue, onBad) {
  const decoder2 = new import_node_string_decoder.StringDecoder("utf8");
  let pending = "";
  let dead = false;
  return (chunk) => {
    if (dead)
      return;
    pending += decoder2.write(chunk);
    let nl = pending.indexOf("\n");
    while (nl !== -1) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      let v;
      try {
        v = JSON.parse(line);
      } catch {
        dead = true;
        onBad();
        return;
      }
      onValue(v);
      if (dead)
        return;
      nl = pending.indexOf("\n");
    }
  };
}

// dist/daemon/server.js
var net = onDemand("node:net");
var crypto2 = onDemand("node:crypto");
function filesUnder(dir) {
  let names2;
  try {
    names2 = (0, import_node_fs10.readdirSync)(dir).sort();
  } catch {
    return [];
  }
  return [dir, ...names2.flatMap((n) => {
    const p = import_node_path5.default.join(dir, n);
    try {
      return (0, import_node_fs10.statSync)(p).isDirectory() ? filesUnder(p) : [p];
    } catch {
      return [];
    }
  })];
}
function stampOf2(files) {
  return files.map((f) => {
    try {
      const st = (0, import_node_fs10.statSync)(f);
      return `${f}\0${st.size}\0${st.mtimeMs}`;
    } catch {
      return `${f}\0-`;
    }
  }).join("\n");
}
function socketPath(dir) {
  const name = `factlint-${randomBytes(8).toString("hex")}`;
  if (process.platform === "win32")
    return `\\\\.\\pipe\\${name}`;
  const inDir = import_node_path5.default.join(dir, `${name}.sock`);
  return Buffer.byteLength(inDir) <= 100 ? inDir : import_node_path5.default.join(import_node_os2.default.tmpdir(), `${name}.sock`);
}
function sameToken(a, b) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto2().timingSafeEqual(x, y);
}
function isRequest(v) {
  const r = v;
  return !!r && r.kind === "lint" && typeof r.token === "string" && Array.isArray(r.argv) && r.argv.every((a) => typeof a === "string") && typeof r.cwd === "string" && typeof r.isTTY === "boolean" && !!r.env && typeof r.env === "object" && (r.stdin === void 0 || typeof r.stdin === "string");
}
function serveRequest(req, run2) {
  const frames = [];
  const out = (f) => void frames.push(frame(f));
  const savedCwd = process.cwd();
  const savedEnv = process.env;
  try {
    process.chdir(req.cwd);
  } catch {
    return frame({ t: "r", why: "folder" });
  }
  const env = {};
  for (const [k, v] of Object.entries(req.env))
    if (typeof v === "string")
      env[k] = v;
  const stdin = req.stdin;
  const io = {
    cwd: req.cwd,
    stdout: (s) => out({ t: "o", d: s }),
    stderr: (s) => out({ t: "e", d: s }),
    isTTY: req.isTTY,
    env,
    ...stdin !== void 0 ? { readStdin: () => Buffer.from(stdin, "base64") } : {}
  };
  process.env = env;
  let code;
  try {
    code = run2(req.argv, io);
  } finally {
    process.env = savedEnv;
    process.chdir(savedCwd);
  }
  out({ t: "x", code });
  return frames.join("");
}
function serve(opts) {
  keepLoadedFactSets(true);
  const token = randomBytes(32).toString("hex");
  const stamp = stampOf2(opts.watched);
  const socket = socketPath(opts.dir);
  const announcement = infoFile(opts.dir, opts.bundle);
  const own2 = bundleStamp(opts.bundle);
  if (!own2)
    return Promise.reject(new Error(`cannot read ${opts.bundle}`));
  const info = { format: INFO_FORMAT, pid: process.pid, socket, token, execPath: process.execPath, node: process.version, ...own2, started: (/* @__PURE__ */ new Date()).toISOString() };
  let timer;
  let stopped = false;
  const server = net().createServer((conn) => {
    conn.on("error", () => conn.destroy());
    conn.on("data", lineReader((v) => {
      if (!isRequest(v) || !sameToken(v.token, token)) {
        conn.destroy();
        return;
      }
      if (stampOf2(opts.watched) !== stamp) {
        conn.end(frame({ t: "r", why: "stale" }));
        stop2("factlint was changed on disk");
        return;
      }
      idle();
      conn.end(serveRequest(v, opts.run));
    }, () => conn.destroy()));
  });
  const idle = () => {
    if (timer)
      clearTimeout(timer);
    timer = setTimeout(() => stop2("idle"), opts.idleMs);
  };
  const stop2 = (why) => {
    if (stopped)
      return;
    stopped = true;
    if (timer)
      clearTimeout(timer);
    if (readInfo(opts.dir, opts.bundle)?.pid === process.pid) {
      try {
        (0, import_node_fs10.unlinkSync)(announcement);
      } catch {
      }
    }
    server.close(() => opts.onStop?.(why));
    if (process.platform !== "win32") {
      try {
        (0, import_node_fs10.unlinkSync)(socket);
      } catch {
      }
    }
  };
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(socket, () => {
      server.off("error", reject);
      try {
        if (process.platform !== "win32")
          (0, import_node_fs10.chmodSync)(socket, 384);
        opts.warmUp?.();
        const tmp = `${announcement}.${process.pid}.tmp`;
        (0, import_node_fs10.writeFileSync)(tmp, JSON.stringify(info), { mode: 384 });
        (0, import_node_fs10.renameSync)(tmp, announcement);
      } catch (err) {
        stop2("cannot announce");
        reject(err);
        return;
      }
      idle();
      resolve({ info, stop: stop2 });
    });
  });
}

// dist/commands/daemon.js
var HELP = `Usage: factlint daemon <command> [options]

A resident server keeps factlint loaded and warm, so that short runs (up to 32 named
articles, or one on standard input: pre-commit hooks, editors, scripts) take about the time
of starting Node. While one runs, the factlint binary sends such runs to it and prints what
it answers: the same output and exit code as a run of its own. Any other run, and any run
when the server is missing, busy elsewhere or out of date, is run locally.

Commands:
  start [--idle MINUTES]   start a server in the background (default: stop after 30 minutes
                           without a run)
  stop                     stop it
  status                   tell whether one runs (exit 0) or not (exit 1)
  serve [--idle MINUTES]   run a server in the foreground until stopped (Ctrl-C)

FACTLINT_DAEMON=off makes a run ignore the server. The server lives in the cache folder
(FACTLINT_CACHE_DIR), one per factlint installation; it serves only its own user.`;
var DEFAULT_IDLE_MINUTES = 30;
function bundlePaths() {
  const self = (0, import_node_url5.fileURLToPath)(importMetaUrl);
  if (import_node_path6.default.basename(self) === "factlint.cjs") {
    const here = import_node_path6.default.dirname(self);
    return { bundle: self, cli: import_node_path6.default.join(here, "cli.cjs"), root: import_node_path6.default.resolve(here, "../..") };
  }
  const root = import_node_path6.default.resolve(import_node_path6.default.dirname(self), "../..");
  return { bundle: import_node_path6.default.join(root, "dist/bundle/factlint.cjs"), cli: import_node_path6.default.join(root, "dist/bundle/cli.cjs"), root };
}
function folder(io) {
  const dir = privateDir(cacheDir(io.cwd, io.env));
  if (!dir)
    throw new FactlintError(["a resident server needs a private cache folder, and there is none:", "FACTLINT_CACHE_DIR is off, or the folder is not this user's alone (mode 0700)."]);
  return dir;
}
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
function waitFor(ready, ms) {
  for (const end = Date.now() + ms; Date.now() < end; sleep(25))
    if (ready())
      return true;
  return ready();
}
function idleMinutes(argv) {
  const { values, positionals } = (0, import_node_util.parseArgs)({ args: argv, options: { idle: { type: "string" } }, allowPositionals: true, strict: false });
  if (positionals.length > 0)
    throw new FactlintError(`unexpected argument "${positionals[0]}"`);
  if (values.idle === void 0)
    return DEFAULT_IDLE_MINUTES;
  const n = Number(values.idle);
  if (typeof values.idle !== "string" || !/^\d+(\.\d+)?$/.test(values.idle) || !(n > 0))
    throw new FactlintError(`--idle takes a number of minutes above 0, not "${String(values.idle)}"`);
  return n;
}
function running(dir, bundle) {
  const info = readInfo(dir, bundle);
  return info && alive(info.pid) ? info : void 0;
}
function stopServer(info, dir, bundle) {
  try {
    process.kill(info.pid, "SIGTERM");
  } catch {
  }
  return waitFor(() => readInfo(dir, bundle)?.pid !== info.pid || !alive(info.pid), 5e3);
}
function start(argv, io) {
  const minutes = idleMinutes(argv);
  const dir = folder(io);
  const { bundle, cli } = bundlePaths();
  const old = running(dir, bundle);
  if (old && servesThis(old, bundleStamp(bundle))) {
    io.stdout(`factlint: a resident server is already running (pid ${old.pid})
`);
    return 0;
  }
  if (old)
    stopServer(old, dir, bundle);
  const child = (0, import_node_child_process.spawn)(process.execPath, [cli, "daemon", "serve", "--idle", String(minutes)], {
    cwd: dir,
    env: { ...io.env, FACTLINT_CACHE_DIR: dir },
    detached: true,
    stdio: "ignore",
    windowsHide: true
  });
  child.unref();
  const pid = child.pid;
  const serving = () => {
    const now2 = running(dir, bundle);
    return now2 && servesThis(now2, bundleStamp(bundle)) ? now2 : void 0;
  };
  const lock = lockFile(dir, bundle);
  const starting = () => {
    const holder = Number(readOrEmpty(lock));
    return pid !== void 0 && alive(pid) || Number.isInteger(holder) && holder > 0 && alive(holder);
  };
  waitFor(() => serving() !== void 0 || !starting(), 3e4);
  const now = serving();
  if (!now)
    throw new FactlintError(["the resident server did not start; run factlint daemon serve to see why"]);
  io.stdout(now.pid === pid ? `factlint: resident server started (pid ${pid}); it stops after ${minutes} minutes without a run, or with factlint daemon stop
` : `factlint: a resident server is already running (pid ${now.pid})
`);
  return 0;
}
function stop(io) {
  const dir = folder(io);
  const { bundle } = bundlePaths();
  const info = running(dir, bundle);
  if (!info) {
    io.stdout("factlint: no resident server is running\n");
    return 0;
  }
  if (!stopServer(info, dir, bundle))
    throw new FactlintError(`the resident server (pid ${info.pid}) did not stop`);
  io.stdout(`factlint: resident server stopped (pid ${info.pid})
`);
  return 0;
}
function status(io) {
  const dir = folder(io);
  const { bundle } = bundlePaths();
  const info = running(dir, bundle);
  if (!info) {
    io.stdout("factlint: no resident server is running\n");
    return 1;
  }
  const current = servesThis(info, bundleStamp(bundle)) ? "" : " (out of date: runs go local until it is restarted)";
  io.stdout(`factlint: resident server running (pid ${info.pid}, since ${info.started}, Node ${info.node})${current}
`);
  return 0;
}
function takeLock(lock) {
  try {
    (0, import_node_fs11.writeFileSync)(lock, String(process.pid), { flag: "wx", mode: 384 });
    return process.pid;
  } catch (err) {
    if (err.code !== "EEXIST")
      throw new FactlintError(`cannot write ${lock}: ${ioReason(err)}`);
  }
  const pid = Number(readOrEmpty(lock));
  if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
    return pid;
  (0, import_node_fs11.writeFileSync)(lock, String(process.pid), { mode: 384 });
  return process.pid;
}
function releaseLock(lock) {
  if (Number(readOrEmpty(lock)) !== process.pid)
    return;
  try {
    (0, import_node_fs11.unlinkSync)(lock);
  } catch {
  }
}
function readOrEmpty(file) {
  try {
    return (0, import_node_fs11.readFileSync)(file, "utf8");
  } catch {
    return "";
  }
}
function serveHere(argv, io, runMain2) {
  const minutes = idleMinutes(argv);
  const dir = folder(io);
  const { bundle, root } = bundlePaths();
  const other = running(dir, bundle);
  if (other && servesThis(other, bundleStamp(bundle))) {
    io.stdout(`factlint: a resident server is already running (pid ${other.pid})
`);
    return 0;
  }
  const lock = lockFile(dir, bundle);
  const holder = takeLock(lock);
  if (holder !== process.pid) {
    io.stdout(`factlint: a resident server is already starting (pid ${holder})
`);
    return 0;
  }
  const release = () => releaseLock(lock);
  const watched2 = [bundle, import_node_path6.default.join(import_node_path6.default.dirname(bundle), "lint-worker.cjs"), import_node_path6.default.join(root, "package.json"), import_node_path6.default.join(root, "factlint.schema.json"), ...filesUnder(import_node_path6.default.join(root, "rules")), ...filesUnder(import_node_path6.default.join(root, "claims", "schema"))];
  const examples = import_node_path6.default.join(root, "examples");
  const silent = { cwd: root, stdout: () => {
  }, stderr: () => {
  }, isTTY: false, env: io.env };
  const warmUp = (0, import_node_fs11.existsSync)(examples) ? () => void runMain2(["--format", "json", "--no-ignore", examples], silent) : void 0;
  serve({ dir, bundle, watched: watched2, run: runMain2, idleMs: minutes * 6e4, ...warmUp ? { warmUp } : {}, onStop: (why) => {
    release();
    io.stderr(`factlint: resident server stopped: ${why}
`);
  } }).then((server) => {
    io.stdout(`factlint: resident server listening (pid ${server.info.pid})
`);
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"])
      process.once(signal, () => server.stop(`signal ${signal}`));
  }).catch((err) => {
    release();
    io.stderr(`factlint: cannot start the resident server: ${err.message}
`);
    process.exitCode = 2;
  });
  return 0;
}
function daemonCommand(argv, io, runMain2) {
  const [command, ...rest] = argv;
  if (command === "start")
    return start(rest, io);
  if (command === "stop")
    return stop(io);
  if (command === "status")
    return status(io);
  if (command === "serve")
    return serveHere(rest, io, runMain2);
  if (command === void 0 || command === "--help" || command === "-h") {
    io.stdout(HELP + "\n");
    return command === void 0 ? 2 : 0;
  }
  throw new FactlintError([`unknown daemon command "${command}": use start, stop, status or serve`, "Run factlint daemon --help for the commands."]);
}

// dist/cli-run.js
init_errors();

// dist/main.js
init_import_meta_url();
var import_node_fs35 = require("node:fs");
var import_node_path29 = __toESM(require("node:path"), 1);

// dist/baseline/baseline.js
init_import_meta_url();
init_hash();
init_fingerprint();
var BASELINE_VERSION = 1;
function claimText(m, text) {
  if (m.span && text !== void 0)
    return normaliseClaim(text.slice(m.span.start, m.span.end));
  return normaliseClaim(m.message);
}
function fingerprintOf(claim2) {
  return createHash("sha256").update(claim2).digest("hex").slice(0, 16);
}
var keyOf2 = (file, ruleId, fingerprint) => `${file}\0${ruleId}\0${fingerprint}`;
function entriesFor(file, messages, text) {
  const byKey = /* @__PURE__ */ new Map();
  for (const m of messages) {
    const claim2 = claimText(m, text);
    const fingerprint = fingerprintOf(claim2);
    const key = keyOf2(file, m.ruleId, fingerprint);
    const e = byKey.get(key);
    if (e)
      e.count++;
    else
      byKey.set(key, { file, ruleId: m.ruleId, fingerprint, claim: claim2, count: 1 });
  }
  return [...byKey.values()];
}
function entriesByFile(baseline) {
  const out = /* @__PURE__ */ new Map();
  for (const e of baseline.entries) {
    const list2 = out.get(e.file);
    if (list2)
      list2.push(e);
    else
      out.set(e.file, [e]);
  }
  return out;
}
function baselineSuppressed(m, baselineName) {
  return { ...m, suppressions: [{ kind: "file", justification: `recorded in the baseline ${baselineName}` }] };
}
function suppressKnown(file, messages, text, known2) {
  if (known2.length === 0)
    return { kept: messages, suppressed: 0, dropped: [] };
  const budget = /* @__PURE__ */ new Map();
  for (const e of known2)
    budget.set(keyOf2(file, e.ruleId, e.fingerprint), (budget.get(keyOf2(file, e.ruleId, e.fingerprint)) ?? 0) + e.count);
  const kept2 = [];
  const dropped = [];
  for (const m of messages) {
    const key = keyOf2(file, m.ruleId, fingerprintOf(claimText(m, text)));
    const left = budget.get(key) ?? 0;
    if (left > 0) {
      budget.set(key, left - 1);
      dropped.push(m);
    } else
      kept2.push(m);
  }
  return { kept: kept2, suppressed: dropped.length, dropped };
}
function sortEntries(entries2) {
  const cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
  return [...entries2].sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint));
}
function serialiseBaseline(entries2) {
  const baseline = { version: BASELINE_VERSION, tool: "factlint", entries: sortEntries(entries2).map((e) => ({
    file: e.file,
    ruleId: e.ruleId,
    fingerprint: e.fingerprint,
    count: e.count,
    claim: e.claim
  })) };
  return `${JSON.stringify(baseline, null, 2)}
`;
}

// dist/baseline/file.js
init_import_meta_url();
var import_node_fs14 = require("node:fs");
init_errors();

// dist/fix/write.js
init_import_meta_url();
var import_node_fs12 = require("node:fs");
var import_node_path7 = __toESM(require("node:path"), 1);
init_hash();
function encodeDocument(text, bom) {
  return Buffer.from(bom ? `\uFEFF${text}` : text, "utf8");
}
function writeAtomic(file, data) {
  let target = file;
  let mode;
  try {
    target = (0, import_node_fs12.realpathSync)(file);
    mode = (0, import_node_fs12.statSync)(target).mode & 4095;
  } catch (err) {
    if (err.code !== "ENOENT")
      throw err;
  }
  const tmp = import_node_path7.default.join(import_node_path7.default.dirname(target), `.${import_node_path7.default.basename(target)}.factlint-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    (0, import_node_fs12.writeFileSync)(tmp, data, { flag: "wx", ...mode !== void 0 ? { mode } : {} });
    if (mode !== void 0)
      (0, import_node_fs12.chmodSync)(tmp, mode);
    (0, import_node_fs12.renameSync)(tmp, target);
  } catch (err) {
    try {
      (0, import_node_fs12.unlinkSync)(tmp);
    } catch {
    }
    throw err;
  }
}

// dist/baseline/file.js
init_json_file();
function readBaseline(file, display) {
  const data = readJsonFile(file, "baseline", display);
  const d = data;
  if (typeof d !== "object" || d === null || !Array.isArray(d.entries))
    throw new FactlintError(`baseline ${display}: expected an object with an "entries" list`);
  if (d.version !== BASELINE_VERSION)
    throw new FactlintError(`baseline ${display}: unsupported version ${JSON.stringify(d.version)} (expected ${BASELINE_VERSION})`);
  const entries2 = d.entries.map((e, i) => {
    const x = e;
    if (!x || typeof x.file !== "string" || typeof x.ruleId !== "string" || typeof x.fingerprint !== "string" || typeof x.count !== "number" || !Number.isInteger(x.count) || x.count < 1) {
      throw new FactlintError(`baseline ${display}#/entries/${i}: expected file, ruleId, fingerprint and a positive whole count`);
    }
    return { file: x.file, ruleId: x.ruleId, fingerprint: x.fingerprint, count: x.count, claim: typeof x.claim === "string" ? x.claim : "" };
  });
  return { version: BASELINE_VERSION, entries: entries2 };
}
function baselineExists(file) {
  return (0, import_node_fs14.existsSync)(file);
}
function writeBaseline(file, display, entries2) {
  try {
    writeAtomic(file, serialiseBaseline(entries2));
  } catch (err) {
    throw new FactlintError(`cannot write baseline ${display}: ${ioReason(err)}`);
  }
}

// dist/main.js
init_files3();
init_settings();
init_apply();
init_run();
init_partial();

// dist/engine/speed-options.js
init_import_meta_url();
init_errors();
init_shard();

// dist/cli-option-table.js
init_import_meta_url();
var SPEED_OPTIONS = {
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  concurrency: { type: "string" },
  shard: { type: "string" }
};
var LINT_OPTIONS = {
  claims: { type: "string", multiple: true },
  config: { type: "string", short: "c" },
  "changed-since": { type: "string" },
  staged: { type: "boolean" },
  fix: { type: "boolean" },
  "fix-follow-links": { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "no-warn-ignored": { type: "boolean" },
  "report-unused-disable-directives": { type: "boolean" },
  baseline: { type: "string" },
  "update-baseline": { type: "boolean" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "output-file": { type: "string" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  "print-config": { type: "string" },
  rule: { type: "string", multiple: true },
  "no-ignore": { type: "boolean" },
  "ignore-pattern": { type: "string", multiple: true },
  debug: { type: "boolean" },
  partial: { type: "string" },
  date: { type: "string" },
  lang: { type: "string" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean" },
  ...SPEED_OPTIONS,
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};

// dist/engine/speed-options.js
var SPEED_HELP = `Speed (see docs/performance.md):
  --cache                  reuse the results of files that did not change since the last run
  --cache-location PATH    cache file or folder (default: one per project in the user's cache folder)
  --concurrency N|auto     lint on N threads; auto: one per CPU, with 3+ CPUs and 50+ files (default 1)
  --shard K/N              lint only part K of N of the files (split by path), e.g. on N CI jobs`;
function speedOptions(values) {
  const out = {};
  if (values.concurrency !== void 0) {
    const v = values.concurrency.trim().toLowerCase();
    if (v === "auto")
      out.concurrency = "auto";
    else if (/^\d{1,4}$/.test(v) && Number(v) >= 1)
      out.concurrency = Number(v);
    else
      throw new FactlintError(`--concurrency must be a number of threads (1 or more) or "auto", got "${values.concurrency}"`);
  }
  if (values.shard !== void 0)
    out.shard = parseShard(values.shard);
  if (values["cache-location"] === "")
    throw new FactlintError("--cache-location needs a file or folder name");
  if (values.cache)
    out.cache = { location: values["cache-location"] };
  return out;
}

// dist/main.js
init_trace();
init_errors();
init_time();

// dist/commands/facts.js
init_import_meta_url();
init_errors();

// dist/commands/facts-check.js
init_import_meta_url();
var import_node_path20 = __toESM(require("node:path"), 1);

// dist/cli-options.js
init_import_meta_url();
var import_node_util2 = require("node:util");
init_errors();
function parseOptions(argv, options, command) {
  try {
    return (0, import_node_util2.parseArgs)({ args: argv, allowPositionals: true, strict: true, options });
  } catch (err) {
    const msg = err.message.split(". To specify")[0].replace(/\.$/, "");
    throw new FactlintError([msg, `Run ${command} --help for the options.`]);
  }
}
function textOrJson(format) {
  const f = format ?? "text";
  if (f !== "text" && f !== "json")
    throw new FactlintError(`--format must be text or json, got "${f}"`);
  return f;
}

// dist/commands/facts-check.js
init_plural();
init_errors();

// dist/facts/audit/index.js
init_import_meta_url();
init_facts();
init_problem();

// dist/facts/audit/continuity.js
init_import_meta_url();
init_time();
init_uncertain();
init_office_equivalents();
init_plural();
var MAX2 = "9999-12-31";
function where(s) {
  return `${s.origin.file}#${s.origin.pointer}`;
}
function person(s) {
  return Array.isArray(s.subject) ? s.subject.join("+") : s.subject;
}
function daysBetween(a, b) {
  return Math.round((Date.parse(b) - Date.parse(a)) / 864e5);
}
function chains(index) {
  const out = /* @__PURE__ */ new Map();
  for (const s of index.statementsOf("holds-office")) {
    if (s.rank === "deprecated" || typeof s.object !== "object" || !s.object)
      continue;
    const { office, of } = s.object;
    if (pluralOffice(office))
      continue;
    const key = `${[...equivalentOffices(index, office)].sort().join("=")}|${of}`;
    const list2 = out.get(key);
    if (list2)
      list2.push(s);
    else
      out.set(key, [s]);
  }
  return out;
}
function checkContinuity(index) {
  const findings = [];
  const property = index.property("holds-office");
  if (!property || property.kind !== "office")
    return findings;
  for (const [key, list2] of [...chains(index)].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    const post = key.replace("|", " of ").replace(/=/g, " / ");
    const terms = list2.filter((s) => typeof s.from === "string").map((s) => ({ s, from: boundaryRange(s.from, s.fromPrecision, s.fromAlt), to: typeof s.to === "string" ? boundaryRange(s.to, s.toPrecision, s.toAlt) : void 0 })).sort((a, b) => a.from.latest < b.from.latest ? -1 : a.from.latest > b.from.latest ? 1 : 0);
    let reach;
    for (const t of terms) {
      if (reach) {
        const endLatest = reach.to?.latest ?? MAX2;
        const endEarliest = reach.to?.earliest ?? MAX2;
        if (endLatest !== MAX2 && t.from.earliest > addDays(endLatest, 1) && typeof t.s.continuity !== "string") {
          findings.push({
            check: "gap",
            file: t.s.origin.file,
            pointer: t.s.origin.pointer,
            message: `${post}: no holder from ${addDays(endLatest, 1)} to ${addDays(t.from.earliest, -1)} (${plural(daysBetween(endLatest, t.from.earliest) - 1, "day")}) between ${person(reach.s)} (to ${endLatest}) and ${person(t.s)} (from ${t.from.earliest}); fill it, or say why in "continuity"`,
            related: [where(reach.s)]
          });
        } else if (t.from.latest < endEarliest && person(t.s) !== person(reach.s) && typeof t.s.continuity !== "string") {
          const until = endEarliest === MAX2 ? "still open" : endEarliest;
          findings.push({
            check: "overlap",
            file: t.s.origin.file,
            pointer: t.s.origin.pointer,
            message: `${post}: ${person(t.s)} from ${t.from.latest} overlaps ${person(reach.s)}, whose term runs to ${until}; correct one of them, or say why in "continuity"`,
            related: [where(reach.s)]
          });
        }
      }
      const tEnd = t.to?.latest ?? MAX2;
      if (!reach || tEnd > (reach.to?.latest ?? MAX2) || tEnd === MAX2 && !reach.to)
        reach = t;
    }
  }
  return findings;
}

// dist/facts/audit/names.js
init_import_meta_url();
function fold3(name) {
  return name.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").toLocaleLowerCase("und").replace(/ё/g, "\u0435").replace(/\s+/g, " ").trim();
}
function familyName(name, lang, a, b) {
  if (/\s/u.test(name.trim()))
    return false;
  const key = fold3(name);
  const ends = (e) => (e.names?.[lang] ?? []).some((n) => /\s/u.test(n.trim()) && fold3(n).split(" ").pop() === key);
  return ends(a) && ends(b);
}
function checkNames(entities) {
  const findings = [];
  const seen = /* @__PURE__ */ new Map();
  const wikidata = /* @__PURE__ */ new Map();
  for (const at of entities) {
    const e = at.entity;
    for (const [lang, names2] of Object.entries(e.names ?? {})) {
      for (const [k, name] of names2.entries()) {
        const key = `${e.type}|${lang}|${fold3(name)}`;
        const first = seen.get(key);
        if (first && first.entity.id !== e.id && !familyName(name, lang, first.entity, e)) {
          findings.push({
            check: "ambiguous-name",
            file: at.file,
            pointer: `${at.pointer}/names/${lang}/${k}`,
            message: `"${name}" (${lang}) names both ${first.entity.id} and ${e.id}: an article's "${name}" could be either; keep it on one of them or on neither`,
            related: [`${first.file}#${first.pointer}`]
          });
        } else if (!first)
          seen.set(key, at);
      }
    }
    if (typeof e.wikidata === "string") {
      const first = wikidata.get(e.wikidata);
      if (first) {
        findings.push({ check: "duplicate-wikidata", file: at.file, pointer: `${at.pointer}/wikidata`, message: `${e.wikidata} is the Wikidata id of both ${first.entity.id} and ${e.id}`, related: [`${first.file}#${first.pointer}`] });
      } else
        wikidata.set(e.wikidata, at);
    }
  }
  return findings;
}

// dist/facts/audit/open-terms.js
init_import_meta_url();
init_time();
function checkOpenTerms(statements, opts) {
  const findings = [];
  const oldest = addDays(opts.today, -opts.maxAgeDays);
  for (const s of statements) {
    if (s.to !== null || s.rank === "deprecated")
      continue;
    const at = { file: s.origin.file, pointer: s.origin.pointer };
    if (typeof s.verified !== "string") {
      findings.push({ check: "open-term-unverified", ...at, message: 'an open term (to: null) without a "verified" date: say when it was last checked to be still true' });
    } else if (s.verified < oldest) {
      findings.push({ check: "open-term-stale", ...at, message: `an open term last verified on ${s.verified}, more than ${opts.maxAgeDays} days before ${opts.today}: check it is still true and update "verified"` });
    } else if (s.verified > opts.today) {
      findings.push({ check: "open-term-stale", ...at, message: `verified ${s.verified} lies after today (${opts.today})` });
    }
  }
  return findings;
}

// dist/facts/audit/sources.js
init_import_meta_url();
var URL_RE = /^https?:\/\/[^\s/]+\.[^\s]+$/;
function checkSources(statements) {
  const findings = [];
  for (const s of statements) {
    const at = { file: s.origin.file, pointer: `${s.origin.pointer}/source` };
    if (typeof s.source !== "string" || s.source.trim() === "")
      findings.push({ check: "source-missing", ...at, message: "the statement has no source" });
    else if (!URL_RE.test(s.source.trim()))
      findings.push({ check: "source-not-url", ...at, message: `the source "${s.source}" is not a web address (http:// or https://)` });
  }
  return findings;
}

// dist/facts/audit/index.js
function auditFactSet(loaded, opts) {
  const index = new FactIndex(loaded);
  const entities = loaded.facts.entities.map((entity) => ({ entity, ...loaded.entityOrigins?.get(entity.id) ?? { file: "?", pointer: "" } }));
  const findings = [
    ...checkContinuity(index),
    ...checkOpenTerms(loaded.statements, opts),
    ...checkSources(loaded.statements),
    ...checkNames(entities)
  ];
  const sorted = sortProblems(findings, loaded.files);
  const posts = new Set(index.statementsOf("holds-office").map((s) => typeof s.object === "object" && s.object ? `${s.object.office}|${s.object.of}` : ""));
  return {
    findings: sorted,
    summary: {
      entities: loaded.facts.entities.length,
      statements: loaded.statements.length,
      withWikidata: loaded.facts.entities.filter((e) => typeof e.wikidata === "string").length,
      posts: posts.size
    }
  };
}

// dist/commands/facts-check.js
init_facts();

// dist/facts/audit/coverage.js
init_import_meta_url();
init_uncertain();
init_office_equivalents();
var KNOWN2 = 2;
var EXPLAINED = 1;
function dayCount(from, to) {
  return Math.round((Date.parse(to) - Date.parse(from)) / 864e5) + 1;
}
function postCoverage(index, office, of, from, to) {
  const days = dayCount(from, to);
  const dayOf = (d) => dayCount(from, d) - 1;
  const statements = [...equivalentOffices(index, office)].flatMap((o) => index.postsOf(o, of)).filter((s) => s.rank !== "deprecated");
  const mark = new Uint8Array(days);
  const fill = (a, b, value) => {
    const lo = Math.max(0, a ? dayOf(a) : 0);
    const hi = Math.min(days - 1, b ? dayOf(b) : days - 1);
    for (let i = lo; i <= hi; i++)
      if (mark[i] < value)
        mark[i] = value;
  };
  for (const s of statements) {
    const sp = certainSpan(s);
    fill(sp.from, sp.to, KNOWN2);
  }
  for (const s of statements) {
    const start2 = possibleSpan(s).from;
    if (typeof s.continuity !== "string" || !start2)
      continue;
    for (let i = Math.min(dayOf(start2), days) - 1; i >= 0 && mark[i] !== KNOWN2; i--)
      mark[i] = EXPLAINED;
  }
  let known2 = 0;
  let documented = 0;
  for (const m of mark) {
    if (m === KNOWN2)
      known2++;
    else if (m === EXPLAINED)
      documented++;
  }
  return { office, of, known: known2, documented, days };
}
function coverage(index, from, to) {
  const posts = /* @__PURE__ */ new Map();
  for (const s of index.statementsOf("holds-office")) {
    if (typeof s.object !== "object" || !s.object)
      continue;
    const { office, of } = s.object;
    const group = [...equivalentOffices(index, office)].filter((o) => index.postsOf(o, of).length > 0).sort();
    posts.set(`${of}|${group.join(" / ")}`, s.object);
  }
  return [...posts.keys()].sort().map((k) => ({ ...postCoverage(index, posts.get(k).office, posts.get(k).of, from, to), office: k.split("|")[1] }));
}

// dist/commands/facts-check.js
init_time();
init_run();
init_text_width();
var FACTS_CHECK_HELP = `Usage: factlint facts check [options] [fact files or folders...]

Validates a fact set and audits it: gaps and overlaps between successive holders of a post,
open terms (to: null) without a recent "verified" date, statements without a web source,
names and Wikidata ids that two entities share. Paths default to ./claims when present, else
the fact set bundled with factlint.

Options:
  --today YYYY-MM-DD   the day to judge "verified" dates against (default: today)
  --max-age DAYS       how long a "verified" date stays good (default 365)
  --coverage FROM..TO  also print, per post, the share of days FROM..TO (YYYY-MM-DD..YYYY-MM-DD)
                       with a known holder
  -f, --format NAME    text (default) or json
  -h, --help           show this help

Exit codes: 0 clean, 1 problems found, 2 usage error or a fact set that does not load.`;
function today(io) {
  const fixed = io.env.FACTLINT_TODAY;
  return fixed && isValidDate2(fixed) ? fixed : (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
function factsCheck(argv, io) {
  const { values, positionals } = parseOptions(argv, {
    today: { type: "string" },
    "max-age": { type: "string" },
    coverage: { type: "string" },
    format: { type: "string", short: "f" },
    help: { type: "boolean", short: "h" }
  }, "factlint facts check");
  if (values.help) {
    io.stdout(FACTS_CHECK_HELP + "\n");
    return 0;
  }
  const day = values.today ?? today(io);
  if (!isValidDate2(day))
    throw new FactlintError(`--today must be a calendar date YYYY-MM-DD, got "${day}"`);
  if (values["max-age"] !== void 0 && !/^\d+$/.test(values["max-age"]))
    throw new FactlintError(`--max-age must be a whole number of days, got "${values["max-age"]}"`);
  const maxAgeDays = values["max-age"] === void 0 ? 365 : Number(values["max-age"]);
  const format = textOrJson(values.format);
  const span = values.coverage === void 0 ? void 0 : /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(values.coverage);
  if (values.coverage !== void 0 && (!span || !isValidDate2(span[1]) || !isValidDate2(span[2]) || span[1] > span[2])) {
    throw new FactlintError(`--coverage must be a span of days YYYY-MM-DD..YYYY-MM-DD, got "${values.coverage}"`);
  }
  const paths = positionals.length ? positionals.map((p) => import_node_path20.default.resolve(io.cwd, p)) : defaultClaims(io.cwd);
  let findings;
  let summary2;
  let posts;
  try {
    const loaded = loadFactSet(paths, { cwd: io.cwd });
    ({ findings, summary: summary2 } = auditFactSet(loaded, { today: day, maxAgeDays }));
    if (span)
      posts = coverage(new FactIndex(loaded), span[1], span[2]);
  } catch (err) {
    if (!(err instanceof FactSetError))
      throw err;
    findings = err.problems.map((p) => ({ check: "invalid", ...p }));
  }
  if (format === "json") {
    io.stdout(JSON.stringify({ findings, ...summary2 ? { summary: summary2 } : {}, ...posts ? { coverage: posts } : {} }, null, 2) + "\n");
  } else {
    for (const p of posts ?? []) {
      io.stdout(`${(p.known / p.days * 100).toFixed(1).padStart(5)} %  ${printableLine(p.office)} of ${printableLine(p.of)} (${p.known} of ${p.days} days${p.documented ? `; ${plural(p.documented, "day")} without a holder, explained in "continuity"` : ""})
`);
    }
    for (const f of findings) {
      io.stdout(`${printableLine(f.file)}${f.pointer ? `#${f.pointer}` : ""}: ${printableLine(f.message)}  ${f.check}
`);
      for (const r of f.related ?? [])
        io.stdout(`  see ${printableLine(r)}
`);
    }
    if (summary2) {
      io.stdout(`${findings.length === 0 ? "\u2714" : "\u2716"} ${plural(findings.length, "problem")} in ${summary2.statements} statements, ${summary2.entities} entities (${summary2.withWikidata} with a Wikidata id), ${summary2.posts} posts
`);
    } else {
      io.stdout(`\u2716 ${plural(findings.length, "problem")}: the fact set does not load
`);
    }
  }
  return findings.length ? 1 : 0;
}

// dist/commands/import-wikidata.js
init_import_meta_url();
var import_node_fs27 = require("node:fs");
var import_node_path21 = __toESM(require("node:path"), 1);
init_errors();
init_facts();
init_run();
init_text_width();

// dist/wikidata/compare.js
init_import_meta_url();
init_uncertain();
init_office_equivalents();
var MIN2 = "0000-01-01";
var MAX3 = "9999-12-31";
function meet(a, b, span) {
  const x = span(a);
  const y = span(b);
  return (x.from ?? MIN2) <= (y.to ?? MAX3) && (y.from ?? MIN2) <= (x.to ?? MAX3) && (x.from ?? MIN2) <= (x.to ?? MAX3) && (y.from ?? MIN2) <= (y.to ?? MAX3);
}
function compareWithSet(mapped, index) {
  return mapped.map((m) => {
    const s = m.statement;
    const post = s.object;
    const offices = equivalentOffices(index, post.office);
    const samePost = (t) => typeof t.object === "object" && !!t.object && offices.has(t.object.office) && t.object.of === post.of && t.rank !== "deprecated";
    const own2 = index.heldBy(String(s.subject)).filter(samePost);
    const overlapping = own2.filter((t) => meet(s, t, possibleSpan));
    if (overlapping.some((t) => t.from === s.from && (t.to ?? null) === (s.to ?? null)))
      return { ...m, verdict: "unchanged", against: overlapping };
    if (overlapping.length)
      return { ...m, verdict: "changed", against: overlapping };
    const others = pluralOffice(post.office) ? [] : [...offices].flatMap((o) => index.postsOf(o, post.of)).filter((t) => t.subject !== s.subject && t.rank !== "deprecated" && meet(s, t, certainSpan));
    if (others.length)
      return { ...m, verdict: "contradicts", against: others };
    return { ...m, verdict: "new", against: [] };
  });
}

// dist/wikidata/read-export.js
init_import_meta_url();
init_errors();
init_on_demand();
var loadSdk = onDemand("wikibase-sdk");
function sdk() {
  try {
    return loadSdk();
  } catch (err) {
    if (err.code === "ERR_REQUIRE_ESM")
      throw new FactlintError(`import-wikidata needs Node 20.19 or later (this is ${process.version})`);
    throw err;
  }
}
var isRecord2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function timeOf(simple) {
  if (typeof simple !== "string")
    return void 0;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(simple);
  if (!m)
    return void 0;
  if (m[3])
    return { day: simple, precision: "day" };
  if (m[2])
    return { day: `${m[1]}-${m[2]}-01`, precision: "month" };
  return { day: `${m[1]}-01-01`, precision: "year" };
}
function emptyItem(id) {
  return { id, labels: {}, aliases: {}, positions: [], jurisdictions: [], kinds: [] };
}
var strings2 = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
function fromEntity(raw, where3) {
  if (typeof raw.id !== "string" || !/^Q\d+$/.test(raw.id))
    return void 0;
  let simple;
  try {
    simple = sdk().simplifyEntity(raw, {
      keepQualifiers: true,
      keepReferences: true,
      keepRanks: true,
      keepIds: true,
      keepNonTruthy: true,
      timeConverter: "simple-day"
    });
  } catch (err) {
    throw new FactlintError(`${where3}: entity ${raw.id} is not in the Wikibase JSON model: ${err.message}`);
  }
  const item = emptyItem(raw.id);
  if (isRecord2(simple.labels)) {
    for (const [l, v] of Object.entries(simple.labels))
      if (typeof v === "string")
        item.labels[l] = v;
  }
  if (isRecord2(simple.aliases))
    for (const [l, v] of Object.entries(simple.aliases))
      item.aliases[l] = strings2(v);
  const claims2 = isRecord2(simple.claims) ? simple.claims : {};
  const values = (p) => Array.isArray(claims2[p]) ? claims2[p] : [];
  for (const c of values("P39")) {
    if (!isRecord2(c) || typeof c.value !== "string")
      continue;
    const q = isRecord2(c.qualifiers) ? c.qualifiers : {};
    const refs = Array.isArray(c.references) ? c.references : [];
    const held = {
      position: c.value,
      rank: c.rank === "preferred" || c.rank === "deprecated" ? c.rank : "normal",
      roles: [...strings2(q.P2868), ...strings2(q.P3831), ...strings2(q.P5102)],
      sources: [...new Set(refs.flatMap((r) => strings2(isRecord2(r) ? r.P854 : void 0)))]
    };
    const start2 = timeOf(strings2(q.P580)[0]);
    const end = timeOf(strings2(q.P582)[0]);
    if (start2)
      held.start = start2;
    if (end)
      held.end = end;
    if (typeof c.id === "string")
      held.guid = c.id;
    item.positions.push(held);
  }
  item.jurisdictions = values("P1001").map((c) => c.value).filter((v) => typeof v === "string");
  item.kinds = values("P279").map((c) => c.value).filter((v) => typeof v === "string");
  return item;
}
function fromSparql(data) {
  const rows = sdk().simplifySparqlResults(data);
  const items = /* @__PURE__ */ new Map();
  const get = (id) => {
    let it = items.get(id);
    if (!it)
      items.set(id, it = emptyItem(id));
    return it;
  };
  const qid = (v) => {
    const s = isRecord2(v) ? v.value : v;
    return typeof s === "string" && /^Q\d+$/.test(s) ? s : void 0;
  };
  const label4 = (v) => isRecord2(v) && typeof v.label === "string" ? v.label : void 0;
  const precisionOf2 = (v) => Number(v) === 9 ? "year" : Number(v) === 10 ? "month" : "day";
  const time = (raw, loose) => {
    const v = isRecord2(raw) ? raw.value : raw;
    const precision = isRecord2(raw) && raw.precision !== void 0 ? raw.precision : loose;
    if (typeof v !== "string")
      return void 0;
    const day = v.slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day))
      return void 0;
    const p = precisionOf2(precision);
    return { day: p === "year" ? `${day.slice(0, 4)}-01-01` : p === "month" ? `${day.slice(0, 7)}-01` : day, precision: p };
  };
  for (const row of rows) {
    const person2 = qid(row.person);
    const position2 = qid(row.position);
    if (!person2 || !position2)
      continue;
    const p = get(person2);
    const name = label4(row.person) ?? (typeof row.personLabel === "string" ? row.personLabel : void 0);
    if (name && !/^Q\d+$/.test(name))
      p.labels.en ??= name;
    const start2 = time(row.start, row.startPrecision);
    const end = time(row.end, row.endPrecision);
    const role = qid(row.role);
    const ref = typeof row.ref === "string" ? row.ref : void 0;
    let held = p.positions.find((h) => h.position === position2 && h.start?.day === start2?.day && h.end?.day === end?.day);
    if (!held) {
      held = { position: position2, rank: "normal", roles: [], sources: [], ...start2 ? { start: start2 } : {}, ...end ? { end } : {} };
      p.positions.push(held);
    }
    if (role && !held.roles.includes(role))
      held.roles.push(role);
    if (ref && !held.sources.includes(ref))
      held.sources.push(ref);
    const pos = get(position2);
    const posName = label4(row.position) ?? (typeof row.positionLabel === "string" ? row.positionLabel : void 0);
    if (posName)
      pos.labels.en ??= posName;
    const j = qid(row.jurisdiction);
    const k = qid(row.kind);
    if (j && !pos.jurisdictions.includes(j))
      pos.jurisdictions.push(j);
    if (k && !pos.kinds.includes(k))
      pos.kinds.push(k);
    const roleName = label4(row.role);
    if (role && roleName)
      get(role).labels.en ??= roleName;
  }
  return items;
}
function readExport(text, name) {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  let whole;
  try {
    whole = JSON.parse(trimmed);
  } catch {
    whole = void 0;
  }
  if (isRecord2(whole) && isRecord2(whole.entities)) {
    const items2 = /* @__PURE__ */ new Map();
    for (const raw of Object.values(whole.entities)) {
      const it = isRecord2(raw) ? fromEntity(raw, name) : void 0;
      if (it)
        items2.set(it.id, it);
    }
    return { form: "entity-data", items: items2 };
  }
  if (isRecord2(whole) && isRecord2(whole.results) && Array.isArray(whole.results.bindings)) {
    return { form: "sparql", items: fromSparql(whole) };
  }
  if (isRecord2(whole) && typeof whole.id === "string") {
    const it = fromEntity(whole, name);
    return { form: "entity-data", items: new Map(it ? [[it.id, it]] : []) };
  }
  const items = /* @__PURE__ */ new Map();
  const lines = trimmed.split("\n");
  let read = 0;
  for (const [i, line] of lines.entries()) {
    const l = line.trim().replace(/,$/, "");
    if (l === "" || l === "[" || l === "]")
      continue;
    let raw;
    try {
      raw = JSON.parse(l);
    } catch {
      throw new FactlintError(`${name}: not a Wikidata export: line ${i + 1} is not an entity in JSON (expected Special:EntityData JSON, dump lines or SPARQL JSON results)`);
    }
    const it = isRecord2(raw) ? fromEntity(raw, `${name} line ${i + 1}`) : void 0;
    if (it)
      items.set(it.id, it);
    read++;
  }
  if (read === 0)
    throw new FactlintError(`${name}: not a Wikidata export: no entities found`);
  return { form: "dump", items };
}

// dist/wikidata/to-statements.js
init_import_meta_url();
function slug(label4, qid) {
  const s = (label4 ?? "").normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return s || qid.toLowerCase();
}
function label2(item, langs) {
  if (!item)
    return void 0;
  for (const l of ["en", ...langs])
    if (item.labels[l])
      return item.labels[l];
  return Object.values(item.labels)[0];
}
function describe3(item, id, langs) {
  const l = label2(item, langs);
  return l ? `${id} (${l})` : id;
}
function postOf2(position2, exp, set, langs) {
  const direct = set.byWikidata(position2);
  const item = exp.items.get(position2);
  if (!item && !direct)
    return `position ${position2} is not in the export and no entity of the set has its Wikidata id`;
  const office = direct?.type === "office" ? direct : item?.kinds.map((k) => set.byWikidata(k)).find((e) => e?.type === "office");
  if (!office)
    return `position ${describe3(item, position2, langs)}: none of its kinds (P279: ${item?.kinds.join(", ") || "none"}) is an office of the set (give the office entity its "wikidata" id)`;
  const of = item?.jurisdictions.map((j) => set.byWikidata(j)).find((e) => !!e);
  if (!of)
    return `position ${describe3(item, position2, langs)}: its jurisdiction (P1001: ${item?.jurisdictions.join(", ") || "none"}) is no entity of the set`;
  return { office: office.id, of: of.id };
}
function names(item, langs) {
  const out = {};
  for (const l of langs) {
    const list2 = [item.labels[l], ...item.aliases[l] ?? []].filter((x) => !!x);
    if (list2.length)
      out[l] = [...new Set(list2)];
  }
  return Object.keys(out).length ? out : { en: [item.id] };
}
function statementOf(person2, qid, held, post, roleNames) {
  const notes = [
    ...roleNames.length ? [roleNames.join(", ")] : [],
    `from Wikidata${held.guid ? ` statement ${held.guid}` : ""}`,
    ...held.sources.length > 1 ? [`also ${held.sources.slice(1).join(" ")}`] : []
  ];
  return {
    subject: person2,
    property: "holds-office",
    object: post,
    from: held.start.day,
    ...held.start.precision !== "day" ? { fromPrecision: held.start.precision } : {},
    to: held.end ? held.end.day : null,
    ...held.end && held.end.precision !== "day" ? { toPrecision: held.end.precision } : {},
    // Without a reference URL the statement is sourced to the item itself: a reviewer should find a better one.
    source: held.sources[0] ?? `https://www.wikidata.org/wiki/${qid}`,
    note: notes.join("; ")
  };
}
function toStatements(exp, set, langs) {
  const entities = [];
  const mapped = [];
  const skipped = [];
  const newIds = /* @__PURE__ */ new Set();
  const people = [...exp.items.values()].filter((i) => i.positions.length > 0).sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  for (const item of people) {
    let subject = set.byWikidata(item.id)?.id;
    const wanted = [];
    for (const held of item.positions) {
      const what = `${describe3(item, item.id, langs)} \u2192 ${describe3(exp.items.get(held.position), held.position, langs)}`;
      if (held.rank === "deprecated") {
        skipped.push({ item: what, why: "deprecated in Wikidata" });
        continue;
      }
      const post = postOf2(held.position, exp, set, langs);
      if (typeof post === "string") {
        skipped.push({ item: what, why: post });
        continue;
      }
      if (!held.start) {
        skipped.push({ item: what, why: 'no start time (P580): a term without a start would read as "since always"' });
        continue;
      }
      wanted.push({ held, post });
    }
    if (wanted.length === 0)
      continue;
    if (!subject) {
      let id = slug(label2(item, langs), item.id);
      if (set.hasId(id) || newIds.has(id))
        id = `${id}-${item.id.toLowerCase()}`;
      newIds.add(id);
      subject = id;
      entities.push({ id, type: "person", names: names(item, langs), wikidata: item.id });
    }
    for (const { held, post } of wanted) {
      const roleNames = held.roles.map((r) => label2(exp.items.get(r), langs) ?? r);
      mapped.push({ person: item.id, position: held.position, statement: statementOf(subject, item.id, held, post, roleNames) });
    }
  }
  return { entities, mapped, skipped };
}

// dist/commands/import-wikidata.js
var IMPORT_HELP = `Usage: factlint facts import-wikidata FILE [options]

Reads a Wikidata export offline: the entity JSON of Special:EntityData, a dump's entity lines,
or SPARQL JSON results (?person ?position ?start ?end, optionally ?startPrecision ?endPrecision
?jurisdiction ?kind ?role ?ref). Positions held (P39) become holds-office statements: a position
maps to the set's office of its kind (P279) and the entity of its jurisdiction (P1001), both
found by their "wikidata" ids. Prints what is new, changed or contradicts the set.

Options:
  --claims FILE|DIR   the set to link and compare with (repeatable; default ./claims when
                      present, else the bundled set)
  -o, --output FILE   write the statements to review to FILE (default: standard output, with
                      the report on standard error)
  -f, --format NAME   the report: text (default) or json
  -h, --help          show this help

Exit codes: 0 nothing contradicts the set, 1 something does, 2 usage or input error.`;
function languages2() {
  try {
    return (0, import_node_fs27.readdirSync)(new URL("../../rules/lang/", importMetaUrl), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  } catch {
    return ["en"];
  }
}
function term(s) {
  return `${s.from ?? "?"} to ${s.to ?? "now"}`;
}
function importWikidataCommand(argv, io) {
  const { values, positionals } = parseOptions(argv, {
    claims: { type: "string", multiple: true },
    output: { type: "string", short: "o" },
    format: { type: "string", short: "f" },
    help: { type: "boolean", short: "h" }
  }, "factlint facts import-wikidata");
  if (values.help) {
    io.stdout(IMPORT_HELP + "\n");
    return 0;
  }
  if (positionals.length !== 1)
    throw new FactlintError(["import-wikidata needs one export file", "Run factlint facts import-wikidata --help for the options."]);
  const format = textOrJson(values.format);
  const file = positionals[0];
  let text;
  try {
    text = (0, import_node_fs27.readFileSync)(import_node_path21.default.resolve(io.cwd, file), "utf8");
  } catch (err) {
    throw new FactlintError(`cannot read ${file}: ${ioReason(err)}`);
  }
  const exp = readExport(text, file);
  const claims2 = values.claims?.map((p) => import_node_path21.default.resolve(io.cwd, p)) ?? defaultClaims(io.cwd);
  const loaded = loadFactSet(claims2, { cwd: io.cwd });
  const index = new FactIndex(loaded);
  const byQ = /* @__PURE__ */ new Map();
  for (const e of loaded.facts.entities)
    if (typeof e.wikidata === "string" && !byQ.has(e.wikidata))
      byQ.set(e.wikidata, e);
  const langs = languages2();
  const result = toStatements(exp, { byWikidata: (q) => byQ.get(q), hasId: (id) => !!index.entity(id) }, langs);
  const compared = compareWithSet(result.mapped, index);
  const review = compared.filter((c) => c.verdict !== "unchanged");
  const usedPeople = new Set(review.map((c) => String(c.statement.subject)));
  const out = {
    description: `Imported from a Wikidata export (${import_node_path21.default.basename(file)}, ${exp.form}) for review: ${review.length} statements new, changed or contradicting the set. Check each against its source and add "verified" to open terms before merging.`,
    entities: result.entities.filter((e) => usedPeople.has(e.id)),
    statements: review.map((c) => c.statement)
  };
  const json2 = JSON.stringify(out, null, 2) + "\n";
  const fresh = new Map(result.entities.map((e) => [e.id, e]));
  const report = format === "json" ? JSON.stringify(reportJson(compared, result.skipped), null, 2) + "\n" : reportText(compared, result.skipped, (id) => (index.entity(id) ?? fresh.get(id))?.names?.en?.[0] ?? id);
  if (values.output !== void 0) {
    try {
      (0, import_node_fs27.writeFileSync)(import_node_path21.default.resolve(io.cwd, values.output), json2);
    } catch (err) {
      throw new FactlintError(`cannot write ${values.output}: ${ioReason(err)}`);
    }
    io.stdout(report);
  } else {
    io.stdout(json2);
    io.stderr(report);
  }
  return compared.some((c) => c.verdict === "contradicts") ? 1 : 0;
}
function reportJson(compared, skipped) {
  return {
    statements: compared.map((c) => ({ verdict: c.verdict, person: c.person, position: c.position, statement: c.statement, against: c.against.map((a) => a.id) })),
    skipped
  };
}
function reportText(compared, skipped, name) {
  const lines = [];
  for (const verdict of ["contradicts", "changed", "new"]) {
    for (const c of compared.filter((x) => x.verdict === verdict)) {
      const s = c.statement;
      const post = s.object;
      let line = `${verdict.padEnd(11)} ${c.person} ${name(String(s.subject))}: ${post.office} of ${post.of}, ${term(s)}`;
      if (verdict === "changed")
        line += `; the set: ${c.against.map((a) => `${term(a)} (${a.id})`).join(", ")}`;
      if (verdict === "contradicts")
        line += `; the set has ${c.against.map((a) => `${name(String(a.subject))} ${term(a)} (${a.id})`).join(", ")}`;
      lines.push(printableLine(line));
    }
  }
  for (const s of skipped)
    lines.push(printableLine(`skipped     ${s.item}: ${s.why}`));
  const count = (v) => compared.filter((c) => c.verdict === v).length;
  lines.push(`${count("new")} new, ${count("changed")} changed, ${count("contradicts")} contradicting, ${count("unchanged")} unchanged, ${skipped.length} skipped`);
  return lines.join("\n") + "\n";
}

// dist/commands/facts.js
var HELP2 = `Usage: factlint facts <command> [options]

Commands:
  check [PATHS]              validate and audit a fact set (gaps, overlaps, stale open terms,
                             sources, ambiguous names)
  import-wikidata FILE       turn a Wikidata export (entity JSON, dump lines or SPARQL JSON)
                             into fact-set statements, and report what is new, changed or
                             contradicts the set given with --claims

Run factlint facts <command> --help for its options.`;
function factsCommand(argv, io) {
  const [command, ...rest] = argv;
  if (command === "check")
    return factsCheck(rest, io);
  if (command === "import-wikidata")
    return importWikidataCommand(rest, io);
  if (command === void 0 || command === "--help" || command === "-h") {
    io.stdout(HELP2 + "\n");
    return command === void 0 ? 2 : 0;
  }
  throw new FactlintError([`unknown facts command "${command}": use check or import-wikidata`, "Run factlint facts --help for the commands."]);
}

// dist/fix/project-root.js
init_import_meta_url();
var import_node_fs28 = require("node:fs");
init_git();
function projectRoot(cwd) {
  let root = cwd;
  try {
    root = git(["rev-parse", "--show-toplevel"], cwd).toString("utf8").trim() || cwd;
  } catch {
  }
  try {
    return (0, import_node_fs28.realpathSync)(root);
  } catch {
    return root;
  }
}

// dist/main.js
init_pack();

// dist/lint/after-lint.js
init_import_meta_url();
var import_node_path24 = __toESM(require("node:path"), 1);
init_apply();
init_parse2();
init_run();

// dist/fix/apply.js
init_import_meta_url();
init_lines();
function validFix(m, length) {
  if (!m.fix)
    return false;
  const [a, b] = m.fix.range;
  return Number.isInteger(a) && Number.isInteger(b) && a >= 0 && a <= b && b <= length;
}
function applyFixes(text, messages) {
  const candidates = messages.filter((m) => validFix(m, text.length)).sort((x, y) => x.fix.range[0] - y.fix.range[0] || x.fix.range[1] - y.fix.range[1]);
  const taken = [];
  let lastEnd = -1;
  for (const m of candidates) {
    const [a, b] = m.fix.range;
    if (a < lastEnd || a === lastEnd && a === b && taken.at(-1)?.fix.range[0] === a)
      continue;
    taken.push(m);
    lastEnd = b;
  }
  if (taken.length === 0)
    return { output: text, fixed: [], remaining: messages };
  const output = spliceAll(text, taken);
  const fixedSet = new Set(taken);
  const shift2 = offsetMapper(taken);
  const oldStarts = lineStarts(text);
  const fixedDoc = { text: output, lineStarts: lineStarts(output) };
  const remaining = messages.filter((m) => !fixedSet.has(m)).map((m) => moved(m, shift2, oldStarts, fixedDoc));
  return { output, fixed: taken, remaining };
}
function spliceAll(text, taken) {
  const parts = [];
  let at = 0;
  for (const { fix } of taken) {
    parts.push(text.slice(at, fix.range[0]), fix.text);
    at = fix.range[1];
  }
  parts.push(text.slice(at));
  return parts.join("");
}
function offsetMapper(taken) {
  const delta = [0];
  for (const m of taken)
    delta.push(delta.at(-1) + m.fix.text.length - (m.fix.range[1] - m.fix.range[0]));
  return (offset, isEnd = false) => {
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (taken[mid].fix.range[1] <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
    const k = lo;
    if (isEnd && k > 0) {
      const [a, b] = taken[k - 1].fix.range;
      if (a === b && a === offset)
        return offset + delta[k - 1];
    }
    const next = taken[k];
    if (next && next.fix.range[0] < offset)
      return next.fix.range[0] + next.fix.text.length + delta[k];
    return offset + delta[k];
  };
}
function moved(m, shift2, oldStarts, fixedDoc) {
  const start2 = m.span?.start ?? (oldStarts[m.line - 1] ?? 0) + m.column - 1;
  const end = m.span?.end ?? (oldStarts[m.endLine - 1] ?? 0) + m.endColumn - 1;
  const s = shift2(start2);
  const e = Math.max(s, shift2(end, true));
  const from = positionAt(fixedDoc, s);
  const to = positionAt(fixedDoc, e);
  const out = { ...m, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  if (m.span)
    out.span = { start: s, end: e };
  if (m.fix)
    out.fix = { range: [shift2(m.fix.range[0]), Math.max(shift2(m.fix.range[0]), shift2(m.fix.range[1], true))], text: m.fix.text };
  return out;
}

// dist/fix/patch.js
init_import_meta_url();
var import_node_module6 = require("node:module");
init_text_width();
var diffLib;
function shownLine(line) {
  const crlf = line.endsWith("\r");
  const body2 = printable(crlf ? line.slice(0, -1) : line);
  return crlf ? `${body2}\r` : body2;
}
function fixPatch(relPath, before2, after) {
  diffLib ??= (0, import_node_module6.createRequire)(importMetaUrl)("diff");
  const patch = diffLib.createTwoFilesPatch(`a/${relPath}`, `b/${relPath}`, before2, after, void 0, void 0, { context: 3 });
  const shown2 = patch.split("\n").map(shownLine).join("\n");
  if (shown2 === patch)
    return patch;
  return `factlint: control characters of the file below are shown as symbols (\u241B for ESC); lines with them will not apply
${shown2}`;
}

// dist/fix/write-article.js
init_import_meta_url();
var import_node_fs29 = require("node:fs");
var import_node_path22 = __toESM(require("node:path"), 1);
init_errors();
init_hash();
var CHANGED = "the file changed on disk after factlint read it; run --fix again";
function writeFixedArticle(w, policy) {
  let real2;
  try {
    real2 = (0, import_node_fs29.realpathSync)(w.file);
  } catch (err) {
    return err.code === "ENOENT" ? CHANGED : `cannot write it: ${ioReason(err)}`;
  }
  if (real2 !== w.file && !policy.followLinks) {
    const root = policy.projectRoot();
    if (!isInside(real2, root))
      return `it leads through a symbolic link to ${real2}, outside the project ${root}; --fix-follow-links writes there`;
  }
  let before2;
  let current;
  try {
    before2 = (0, import_node_fs29.statSync)(real2, { bigint: true });
    if (!before2.isFile())
      return CHANGED;
    const refusal = permissionProblem(real2, Number(before2.mode & 4095n));
    if (refusal)
      return refusal;
    current = (0, import_node_fs29.readFileSync)(real2);
  } catch (err) {
    return `cannot write it: ${ioReason(err)}`;
  }
  if (!current.equals(w.original))
    return CHANGED;
  if (before2.nlink > 1n)
    return writeInPlace(real2, w.data, before2);
  return replaceByRename(real2, w.data, before2);
}
function permissionProblem(file, mode) {
  if ((mode & 146) === 0)
    return `the file is read-only (mode ${mode.toString(8).padStart(4, "0")})`;
  try {
    (0, import_node_fs29.accessSync)(file, import_node_fs29.constants.W_OK);
  } catch (err) {
    const code = err.code;
    if (code === "EACCES" || code === "EPERM")
      return "this user may not write the file (permission denied)";
    return `cannot write it: ${ioReason(err)}`;
  }
  return void 0;
}
function isInside(file, root) {
  const rel = import_node_path22.default.relative(root, file);
  return rel === "" || !import_node_path22.default.isAbsolute(rel) && rel !== ".." && !rel.startsWith(`..${import_node_path22.default.sep}`);
}
function unchanged(now, before2) {
  return now.ino === before2.ino && now.dev === before2.dev && now.size === before2.size && now.mtimeNs === before2.mtimeNs && now.ctimeNs === before2.ctimeNs;
}
function writeAll(fd, data) {
  for (let at = 0; at < data.length; )
    at += (0, import_node_fs29.writeSync)(fd, data, at, data.length - at, at);
}
function replaceByRename(real2, data, before2) {
  const dir = import_node_path22.default.dirname(real2);
  const mode = Number(before2.mode & 4095n);
  const tmp = import_node_path22.default.join(dir, `.${import_node_path22.default.basename(real2)}.factlint-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let fd;
  try {
    fd = (0, import_node_fs29.openSync)(tmp, "wx", mode);
  } catch (err) {
    return `cannot create a temporary file in its folder ${dir}: ${ioReason(err)}`;
  }
  let renamed = false;
  let ownerKept = true;
  try {
    writeAll(fd, data);
    const made = (0, import_node_fs29.fstatSync)(fd, { bigint: true });
    if (made.uid !== before2.uid || made.gid !== before2.gid) {
      try {
        (0, import_node_fs29.fchownSync)(fd, Number(before2.uid), Number(before2.gid));
      } catch {
        ownerKept = false;
      }
    }
    if (ownerKept) {
      (0, import_node_fs29.fchmodSync)(fd, mode);
      (0, import_node_fs29.closeSync)(fd);
      fd = -1;
      if (!unchanged((0, import_node_fs29.statSync)(real2, { bigint: true }), before2))
        return CHANGED;
      (0, import_node_fs29.renameSync)(tmp, real2);
      renamed = true;
    }
  } catch (err) {
    return `cannot write it: ${ioReason(err)}`;
  } finally {
    if (fd >= 0)
      (0, import_node_fs29.closeSync)(fd);
    if (!renamed) {
      try {
        (0, import_node_fs29.unlinkSync)(tmp);
      } catch {
      }
    }
  }
  return ownerKept ? void 0 : writeInPlace(real2, data, before2);
}
function writeInPlace(real2, data, before2) {
  let fd;
  try {
    fd = (0, import_node_fs29.openSync)(real2, "r+");
  } catch (err) {
    const code = err.code;
    return code === "EACCES" || code === "EPERM" ? "this user may not write the file (permission denied)" : `cannot write it: ${ioReason(err)}`;
  }
  try {
    if (!unchanged((0, import_node_fs29.fstatSync)(fd, { bigint: true }), before2))
      return CHANGED;
    writeAll(fd, data);
    (0, import_node_fs29.ftruncateSync)(fd, data.length);
  } catch (err) {
    return `cannot write it: ${ioReason(err)}`;
  } finally {
    (0, import_node_fs29.closeSync)(fd);
  }
  return void 0;
}

// dist/lint/after-lint.js
init_diff_hunks();
init_paths();
function afterLint(steps) {
  return (result, source) => {
    let messages = result.messages;
    let suppressed = [];
    const text = source?.text;
    if (source) {
      const markdown = /\.(md|markdown)$/i.test(result.filePath);
      const { kept: kept2, unused, suppressedMessages } = applyDirectives(messages, parseDirectives(source.text, markdown), source.lineStarts, steps.reportUnusedDirectives);
      messages = unused.length ? [...kept2, ...unused].sort(byPosition) : kept2;
      suppressed = suppressedMessages;
    }
    const ranges = steps.changed?.get(result.filePath);
    if (ranges && ranges !== "all") {
      messages = messages.filter((m) => m.ruleId === "file-error" || touches(ranges, m.line, m.endLine));
    }
    if (steps.baseline) {
      const rel = relativePath(result.filePath, import_node_path24.default.dirname(steps.baseline.file));
      const name = relativePath(steps.baseline.file, steps.cwd);
      let dropped;
      if (steps.baseline.update) {
        steps.baselineEntries.push(...entriesFor(rel, messages, text));
        [dropped, messages] = [messages, []];
      } else {
        ({ kept: messages, dropped } = suppressKnown(rel, messages, text, steps.baseline.byFile.get(rel) ?? []));
      }
      if (dropped.length > 0)
        suppressed = [...suppressed, ...dropped.map((m) => baselineSuppressed(m, name))].sort(byPosition);
    }
    if (steps.quiet) {
      messages = messages.filter((m) => m.severity === 2);
      suppressed = suppressed.filter((m) => m.severity === 2);
    }
    let shown2 = text;
    if (steps.fix && source && !result.fatal) {
      const outcome = applyFixes(source.text, messages);
      if (outcome.fixed.length > 0) {
        if (steps.fix === "write") {
          const refused = writeFixedArticle({
            file: result.filePath,
            original: encodeDocument(source.text, source.bom),
            data: encodeDocument(outcome.output, source.bom)
          }, steps.writePolicy);
          if (refused === void 0) {
            messages = outcome.remaining;
            shown2 = outcome.output;
          } else {
            const notFixed = { ruleId: "file-error", severity: 2, message: `not fixed: ${refused}`, line: 1, column: 1, endLine: 1, endColumn: 1 };
            messages = [notFixed, ...messages].sort(byPosition);
          }
        } else if (steps.fix === "output") {
          steps.outputs.set(result.filePath, outcome.output);
          messages = outcome.remaining;
          shown2 = outcome.output;
        } else {
          const bom = source.bom ? "\uFEFF" : "";
          steps.patches.set(result.filePath, fixPatch(relativePath(result.filePath, steps.cwd), bom + source.text, bom + outcome.output));
          const fixed = new Set(outcome.fixed);
          messages = messages.filter((m) => !fixed.has(m));
        }
      }
    }
    if (messages.length > 0 && !(steps.sourcesOnDemand && source?.onDisk && shown2 === text && !keptWithin(steps.sourcesOnDemand, source.text)))
      steps.sources.set(result.filePath, shown2);
    if (messages === result.messages && suppressed.length === 0)
      return result;
    const out = summarise(result.filePath, messages, result.fatal);
    if (suppressed.length > 0)
      out.suppressedMessages = suppressed;
    if (result.claims)
      out.claims = result.claims;
    if (result.spilledClaims)
      out.spilledClaims = result.spilledClaims;
    if (result.lang !== void 0)
      out.lang = result.lang;
    return out;
  };
}
function keptWithin(budget, text) {
  if (text.length > budget.keep)
    return false;
  budget.keep -= text.length;
  return true;
}
function byPosition(a, b) {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

// dist/lint/config-for.js
init_import_meta_url();
var import_node_fs32 = require("node:fs");
var import_node_path26 = __toESM(require("node:path"), 1);
init_load2();
init_errors();
init_paths();
function loadConfigFor(config, cwd, ruleIds) {
  if (config === false)
    return void 0;
  if (config !== void 0) {
    const file = import_node_path26.default.resolve(cwd, config);
    if (!(0, import_node_fs32.existsSync)(file))
      throw new FactlintError(`no such config file: ${config}`);
    return loadConfig(file, ruleIds, config);
  }
  const found = findConfig(cwd);
  return found ? loadConfig(found, ruleIds, relativePath(found, cwd)) : void 0;
}

// dist/lint/debug-log.js
init_import_meta_url();
init_text_width();
function debugTrace(write2) {
  const say = (s) => write2(`factlint: debug: ${printableLine(s)}
`);
  return {
    stage(name, f) {
      const start2 = performance.now();
      try {
        return f();
      } finally {
        say(`${name}: ${(performance.now() - start2).toFixed(1)} ms`);
      }
    },
    loaded: (what, where3) => say(`${what}: ${where3}`)
  };
}

// dist/lint/print-config.js
init_import_meta_url();
var import_node_path27 = __toESM(require("node:path"), 1);
init_run();
function resolvedConfig(file, cwd, config, settings, rules, ignored) {
  const abs = import_node_path27.default.resolve(cwd, file);
  const levels = { ...defaultSeverities(rules), ...settings.severities };
  return {
    filePath: abs,
    configFile: config?.file ?? null,
    ignored: ignored(abs),
    claims: settings.claims ?? defaultClaims(cwd),
    lang: settings.lang ?? null,
    date: settings.date ?? null,
    format: settings.format,
    maxWarnings: settings.maxWarnings < 0 ? null : settings.maxWarnings,
    rules: Object.fromEntries(Object.keys(levels).sort().map((id) => [id, levels[id]]))
  };
}

// dist/lint/rule-option.js
init_import_meta_url();
init_errors();
var LEVELS = { off: "off", warn: "warn", error: "error", 0: "off", 1: "warn", 2: "error" };
function parseLevel(value, what) {
  const key = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim().toLowerCase() : "";
  const level = Object.hasOwn(LEVELS, key) ? LEVELS[key] : void 0;
  if (!level)
    throw new FactlintError(`${what}: severity must be off, warn, error, 0, 1 or 2; got ${JSON.stringify(value)}`);
  return level;
}
function parseRuleOptions(values, knownRules) {
  const out = {};
  for (const value of values) {
    for (const part of value.split(",").map((p) => p.trim()).filter(Boolean)) {
      const m = /^([^:\s]+)\s*:\s*(?:\[\s*)?([^\]\s]+)\s*\]?$/.exec(part);
      if (!m)
        throw new FactlintError(`--rule must be "rule-id: severity" (e.g. --rule 'office-holder: off'), got ${JSON.stringify(value)}`);
      const id = m[1];
      if (!knownRules.includes(id))
        throw new FactlintError(`--rule: unknown rule "${id}"; known rules: ${knownRules.join(", ")}`);
      out[id] = parseLevel(m[2], `--rule ${id}`);
    }
  }
  return out;
}

// dist/lint/stdin-input.js
init_import_meta_url();
var import_node_path28 = __toESM(require("node:path"), 1);
init_errors();
var STDIN_NAME = "<stdin>";
var STDIN_ARG = "-";
function wantsStdin(stdinOption, positionals) {
  const dashes = positionals.filter((p) => p === STDIN_ARG).length;
  if (!stdinOption && dashes === 0)
    return false;
  const others = positionals.filter((p) => p !== STDIN_ARG);
  if (others.length > 0) {
    throw new FactlintError(`--stdin reads one article from standard input: do not name files too (got ${others.map((p) => JSON.stringify(p)).join(", ")})`);
  }
  if (dashes > 1 || stdinOption && dashes > 0)
    throw new FactlintError('standard input is read once: give either --stdin or a single "-"');
  return true;
}
function stdinInput(content, filename, cwd) {
  return { path: filename === void 0 ? STDIN_NAME : import_node_path28.default.resolve(cwd, filename), content };
}

// dist/main.js
init_report();

// dist/report/step-summary-file.js
init_import_meta_url();
var import_node_fs33 = require("node:fs");
init_errors();

// dist/report/step-summary.js
init_import_meta_url();
init_limits();
init_messages();
init_paths();
init_text_width();
function linksFromEnv(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  return server && repository && sha ? { server, repository, sha } : void 0;
}
function markdownCell(s) {
  return printable(oneLine(s)).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~:@#]/g, "\\$&");
}
function clip(s, max) {
  return s.length <= max ? s : `${s.slice(0, max - 1)}\u2026`;
}
function stepSummary(results, ctx, links, maxRows = SUMMARY_MAX_ROWS) {
  const all = located2(results);
  const errors = all.filter((x) => x.message.severity === 2).length;
  const warnings = all.length - errors;
  const files = new Set(all.map((x) => x.result.filePath)).size;
  const checked = `${results.length} file${results.length === 1 ? "" : "s"} checked`;
  const out = ["## factlint", ""];
  if (all.length === 0) {
    out.push(`No problems in ${checked}.`, "");
    return out.join("\n");
  }
  out.push(`**${countWords(errors, warnings)}** in ${files} of ${checked}.`, "");
  out.push("| File | Line | Severity | Rule | Problem |", "| --- | ---: | --- | --- | --- |");
  const { kept: kept2 } = keepMostUseful(all, maxRows, (x) => x.message.severity);
  const root = links ? ctx.projectRoot?.() ?? ctx.cwd : ctx.cwd;
  for (const { result, message: m } of kept2) {
    const file = markdownCell(relativePath(result.filePath, ctx.cwd));
    const where3 = `${m.line}:${m.column}`;
    const inRepo = links ? pathUnder(result.filePath, ctx.cwd, root) : void 0;
    const line = links && inRepo !== void 0 ? `[${where3}](<${links.server}/${links.repository}/blob/${links.sha}/${uriOfRelative(inRepo)}#L${m.line}>)` : where3;
    out.push(`| ${file} | ${line} | ${severityWord(m.severity)} | ${markdownCell(m.ruleId)} | ${markdownCell(clip(m.message, SUMMARY_MAX_MESSAGE))} |`);
  }
  out.push("");
  if (kept2.length < all.length) {
    out.push(`The first ${kept2.length} of ${all.length} problems are listed, errors first; the step's log has them all.`, "");
  }
  return out.join("\n");
}

// dist/report/step-summary-file.js
var SUMMARY_FORMATS = ["github", "sarif"];
function appendStepSummary(format, results, ctx, env) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file || !SUMMARY_FORMATS.includes(format) || /^(off|0|false|no)$/i.test(env.FACTLINT_STEP_SUMMARY ?? ""))
    return void 0;
  try {
    (0, import_node_fs33.appendFileSync)(file, `${stepSummary(results, ctx, linksFromEnv(env))}
`);
    return void 0;
  } catch (err) {
    return `cannot write the job summary to $GITHUB_STEP_SUMMARY: ${ioReason(err)}`;
  }
}

// dist/main.js
init_paths();
init_text_width();

// dist/version.js
init_import_meta_url();
var import_node_fs34 = require("node:fs");
var known;
function version() {
  if (known)
    return known;
  let dir = new URL("./", importMetaUrl);
  for (let i = 0; i < 4; i++, dir = new URL("../", dir)) {
    try {
      const pkg = JSON.parse((0, import_node_fs34.readFileSync)(new URL("package.json", dir), "utf8"));
      if (pkg.name === "factlint")
        return known = pkg.version;
    } catch {
    }
  }
  return known = "0.0.0";
}

// dist/main.js
var HELP3 = `Usage: factlint [options] [paths or globs...]
       factlint [options] --stdin [--stdin-filename PATH] < article.md

Checks news articles (.md, .markdown, .txt) against a fact set and reports claims that
disagree with it: who holds which office, figures, shares, dates and weekdays, places.
Paths default to the config's "include", else the current folder.

Options:
  --claims FILE|DIR        fact set to check against (repeatable; default ./claims when
                           present, else the fact set bundled with factlint)
  -c, --config FILE        config file (default: factlint.config.json or .factlintrc.json in
                           the current folder or the nearest folder above it, up to the
                           repository root or the home folder)
  -f, --format NAME        output format: ${formatNames.join(", ")} (default stylish)
  -o, --output-file FILE   write the report to FILE instead of standard output (also --output)
  --date YYYY-MM-DD        publication date for articles that state none
  --lang CODE              language for articles that state none (en, ru, de, id, ...)
  --max-warnings N         exit 1 when there are more than N warnings
  --quiet                  report errors only
  --rule 'ID: SEVERITY'    set a rule's severity (off, warn, error or 0, 1, 2) over the config
                           (repeatable), e.g. --rule 'office-holder: off'
  --print-config FILE      print the settings used for FILE as JSON and exit
  --debug                  tell on standard error what was loaded from where and how long each
                           stage took
  --color, --no-color      force colours on or off (default: on for a terminal; NO_COLOR honoured)
  -h, --help               show this help
  -v, --version            show the version

Standard input:
  --stdin, -               lint the article read from standard input
  --stdin-filename PATH    the path it stands for: its language by file name, the ignore rules
                           and the path in the report; with --fix, the fixed text goes to
                           standard output and the report to standard error

Only what changed (git):
  --changed-since REF      report only problems on lines added or changed since REF (a commit,
                           branch or tag); unchanged files are skipped, untracked ones count
  --staged                 lint the staged content of staged files (pre-commit hooks)

Fixes:
  --fix                    apply the fixes problems carry, writing the files in place
  --fix-follow-links       with --fix: also write through symbolic links that lead out of
                           the project (the git work tree, else the current folder)
  --fix-dry-run            print the fixes as a unified diff and change nothing

Suppressing known problems:
  --baseline FILE          do not report the problems recorded in FILE
  --update-baseline        record the current problems in the --baseline FILE
  --report-unused-disable-directives
                           warn about <!-- factlint-disable... --> comments that suppress nothing
  Files named in .factlintignore (gitignore syntax) are skipped.
  --ignore-pattern PATTERN leave out files matching PATTERN too (gitignore syntax, relative to
                           the current folder; repeatable)
  --no-ignore              lint ignored files too: .factlintignore, the config's "exclude" and
                           --ignore-pattern do not apply
  --no-warn-ignored        do not warn when a file named on the command line is ignored

${SPEED_HELP}
  --partial FILE           with --shard: write the shard's findings to FILE for factlint merge
                           instead of a report (exit 0 unless the run cannot start)
  factlint merge [OPTIONS] FILES...
                           the report of the whole run from the partial files of all N shards,
                           cross-article checks included; give it the options the shards had

Editors:
  --lsp                    run as a language server over stdio (docs/editors.md)

Resident server (fast short runs: hooks, editors, scripts):
  factlint daemon start|stop|status   keep factlint loaded and warm in the background
                                      (factlint daemon --help)

The fact set:
  factlint facts check [PATHS]        validate and audit a fact set (factlint facts check --help)
  factlint facts import-wikidata FILE turn a Wikidata export into statements to review

Exit codes: 0 no errors, 1 errors found (or more warnings than --max-warnings),
2 usage, configuration or fact-set error.`;
var CLAIM_FORMATS = /* @__PURE__ */ new Set(["json", "claims", "html"]);
var KEEP_SOURCE_UNITS = 0;
function parse(argv) {
  return parseOptions(argv, LINT_OPTIONS, "factlint");
}
function colorWanted(values, io, toFile) {
  if (values["no-color"])
    return false;
  if (values.color)
    return true;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "")
    return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0")
    return true;
  return io.isTTY && !toFile;
}
function checkOptions(values) {
  if (values.date !== void 0 && !(/^\d{4}-\d{2}-\d{2}$/.test(values.date) && isValidDate2(values.date))) {
    throw new FactlintError(`--date must be a calendar date YYYY-MM-DD, got "${values.date}"`);
  }
  if (values.lang !== void 0 && !/^[a-z]{2,3}$/.test(values.lang)) {
    throw new FactlintError(`--lang must be a language code such as en, ru, de, id; got "${values.lang}"`);
  }
  if (values.format !== void 0)
    getFormatter(values.format);
  if (values["changed-since"] === "")
    throw new FactlintError("--changed-since needs a git revision (a commit, branch or tag)");
  if (values.baseline === "")
    throw new FactlintError("--baseline needs a file name");
  if (values.fix && values["fix-dry-run"])
    throw new FactlintError("use either --fix or --fix-dry-run, not both");
  if (values["fix-follow-links"] && !values.fix)
    throw new FactlintError("--fix-follow-links goes with --fix");
  if (values.staged && (values.fix || values["fix-dry-run"])) {
    throw new FactlintError("--fix cannot be combined with --staged: the fixes would apply to the work tree, not to what is staged");
  }
  if (values["update-baseline"]) {
    if (values.baseline === void 0)
      throw new FactlintError("--update-baseline needs --baseline FILE");
    if (values["changed-since"] !== void 0 || values.staged)
      throw new FactlintError("--update-baseline records every problem: do not combine it with --changed-since or --staged");
    if (values.fix || values["fix-dry-run"])
      throw new FactlintError("--update-baseline cannot be combined with --fix");
  }
  if (values.output !== void 0 && values["output-file"] !== void 0)
    throw new FactlintError("use either --output-file or --output, not both");
  if (values.partial === "")
    throw new FactlintError("--partial needs a file name");
  if (values.partial !== void 0 && (values.fix || values["fix-dry-run"] || values["update-baseline"] || values.stdin)) {
    throw new FactlintError("--partial writes findings for factlint merge: fixes, --update-baseline and --stdin belong to an unsharded run");
  }
  if (values["output-file"] === "" || values.output === "")
    throw new FactlintError("--output-file needs a file name");
  if (values["stdin-filename"] === "")
    throw new FactlintError("--stdin-filename needs a path");
  if (values["print-config"] === "")
    throw new FactlintError("--print-config needs a file name");
  if (values["ignore-pattern"]?.some((p) => p.trim() === ""))
    throw new FactlintError("--ignore-pattern needs a pattern");
  if (values["max-warnings"] === void 0)
    return void 0;
  if (!/^\d+$/.test(values["max-warnings"]))
    throw new FactlintError(`--max-warnings must be a whole number, got "${values["max-warnings"]}"`);
  return Number(values["max-warnings"]);
}
function once(f) {
  let value;
  return () => (value ??= { v: f() }).v;
}
function main(argv, io) {
  if (argv[0] === "facts")
    return factsCommand(argv.slice(1), io);
  const merging = argv[0] === "merge";
  const { values, positionals } = parse(merging ? argv.slice(1) : argv);
  if (merging && !values.help && !values.version)
    checkMergeOptions(values, positionals);
  if (values.help) {
    io.stdout(HELP3 + "\n");
    return 0;
  }
  if (values.version) {
    io.stdout(version() + "\n");
    return 0;
  }
  const cliMaxWarnings = checkOptions(values);
  const stdin = merging ? false : wantsStdin(values.stdin, positionals);
  checkInputOptions(values, positionals, stdin);
  const speed = speedOptions(values);
  const trace = values.debug ? debugTrace(io.stderr) : NO_TRACE;
  const rules = loadRuleMeta();
  const ruleIds = rules.map((r) => r.id);
  const cliRules = parseRuleOptions(values.rule ?? [], ruleIds);
  const config = loadConfigFor(values.config, io.cwd, ruleIds);
  trace.loaded("config", config ? config.file : "none (no factlint.config.json or .factlintrc.json found)");
  const settings = resolveSettings({
    ...values.claims ? { claims: values.claims } : {},
    ...values.format !== void 0 ? { format: values.format } : {},
    ...values.lang !== void 0 ? { lang: values.lang } : {},
    ...values.date !== void 0 ? { date: values.date } : {},
    ...cliMaxWarnings !== void 0 ? { maxWarnings: cliMaxWarnings } : {},
    rules: cliRules
  }, config, io.cwd);
  const format = getChunkedFormatter(settings.format);
  const ignoring = { cwd: io.cwd, config, ignore: !values["no-ignore"], ignorePatterns: values["ignore-pattern"] ?? [] };
  if (values["print-config"] !== void 0) {
    const resolved = resolvedConfig(values["print-config"], io.cwd, config, settings, rules, ignoredFilter(ignoring));
    io.stdout(`${JSON.stringify(resolved, null, 2)}
`);
    return 0;
  }
  const stdinText = stdin ? readStdin(io) : void 0;
  const outputFile = values["output-file"] ?? values.output;
  const outputName = values["output-file"] !== void 0 ? "--output-file" : "--output";
  const selection = trace.stage("discovery", () => {
    if (merging)
      return { inputs: [], ignored: [], changed: void 0 };
    if (!stdinText)
      return selectFiles({ ...ignoring, patterns: positionals, staged: values.staged ?? false, changedSince: values["changed-since"] });
    const input = stdinInput(stdinText, values["stdin-filename"], io.cwd);
    const named = values["stdin-filename"] !== void 0;
    const ignored = named && ignoredFilter(ignoring)(input.path);
    return { inputs: ignored ? [] : [input], ignored: ignored ? [input.path] : [], changed: void 0 };
  });
  trace.loaded("files", `${selection.inputs.length} to lint`);
  if (!values["no-warn-ignored"]) {
    for (const f of selection.ignored) {
      io.stderr(`factlint: warning: ${printableLine(relativePath(f, io.cwd))} is ignored (by .factlintignore, the config's "exclude" or --ignore-pattern); --no-warn-ignored silences this
`);
    }
  }
  let baseline;
  if (values.baseline !== void 0) {
    const file = import_node_path29.default.resolve(io.cwd, values.baseline);
    const update = values["update-baseline"] ?? false;
    if (!update && !baselineExists(file))
      throw new FactlintError(`no such baseline: ${values.baseline} (create it with --update-baseline)`);
    const data = update && !baselineExists(file) ? void 0 : readBaseline(file, values.baseline);
    baseline = { file, data, byFile: data ? entriesByFile(data) : /* @__PURE__ */ new Map(), update };
  }
  const steps = {
    reportUnusedDirectives: values["report-unused-disable-directives"] ?? false,
    changed: selection.changed,
    baseline,
    quiet: values.quiet ?? false,
    // --fix on standard input has no file to write: the fixed text is printed instead.
    fix: values.fix ? stdin ? "output" : "write" : values["fix-dry-run"] ? "dry-run" : void 0,
    writePolicy: { projectRoot: once(() => projectRoot(io.cwd)), followLinks: values["fix-follow-links"] ?? false },
    baselineEntries: [],
    patches: /* @__PURE__ */ new Map(),
    outputs: /* @__PURE__ */ new Map(),
    sources: /* @__PURE__ */ new Map(),
    // ctx.readSource below reads what is not kept.
    sourcesOnDemand: { keep: KEEP_SOURCE_UNITS },
    cwd: io.cwd
  };
  const lintOptions = {
    cwd: io.cwd,
    ...settings.claims ? { claims: settings.claims } : {},
    ...settings.lang ? { lang: settings.lang } : {},
    ...settings.date ? { date: settings.date } : {},
    severities: settings.severities,
    afterLint: afterLint(steps)
  };
  if (values.partial !== void 0)
    return writePartial(values.partial, io, run({ ...lintOptions, patterns: positionals, inputs: selection.inputs, ...speed, partial: true, tuneHeap: true, trace }));
  const out = merging ? mergeRun(readPartials(positionals, io.cwd), lintOptions) : run({
    ...lintOptions,
    patterns: positionals,
    inputs: selection.inputs,
    keepClaims: CLAIM_FORMATS.has(settings.format),
    tuneHeap: true,
    spillClaimsFrom: LARGE_RUN_FILES,
    ...speed,
    // A fix is applied only when this run's lint produced it, never read from the cache.
    ...speed.cache && steps.fix ? { cache: { ...speed.cache, reuse: false } } : {},
    // Standard input is no file a later run could find unchanged: nothing to cache.
    ...stdin ? { cache: void 0 } : {},
    trace
  });
  trace.loaded("language packs", (loadedPacks().join(", ") || "none") + (speed.concurrency !== void 0 ? " (this thread; worker threads load their own)" : ""));
  const results = out.results;
  for (const w of out.warnings ?? [])
    io.stderr(`factlint: warning: ${printableLine(w)}
`);
  if (baseline?.update) {
    const linted = new Set(results.map((r) => relativePath(r.filePath, import_node_path29.default.dirname(baseline.file))));
    const kept2 = (baseline.data?.entries ?? []).filter((e) => !linted.has(e.file));
    writeBaseline(baseline.file, values.baseline, [...kept2, ...steps.baselineEntries]);
    const n = steps.baselineEntries.reduce((k, e) => k + e.count, 0);
    io.stderr(`factlint: recorded ${n} problem${n === 1 ? "" : "s"} in ${printableLine(values.baseline)}
`);
  }
  if (steps.patches.size > 0)
    io.stdout(results.map((r) => steps.patches.get(r.filePath) ?? "").join(""));
  const fixedText = stdinText && steps.fix === "output" ? fixedOutput(stdinText, results[0] && steps.outputs.get(results[0].filePath)) : void 0;
  if (fixedText !== void 0)
    io.stdout(fixedText);
  trace.stage("report", () => {
    const ctx = {
      cwd: io.cwd,
      // The report goes to standard error beside a fixed text: no colour unless asked, as for a file.
      color: colorWanted(values, io, outputFile !== void 0 || fixedText !== void 0),
      rules: steps.reportUnusedDirectives ? [...out.rules, UNUSED_DIRECTIVE_META] : out.rules,
      version: version(),
      // A text not kept is the file as linted, read again; not stored, so that the report holds
      // one file's text at a time (reporters memoize the file at hand).
      readSource(filePath) {
        if (steps.sources.has(filePath))
          return steps.sources.get(filePath);
        try {
          return (0, import_node_fs35.readFileSync)(import_node_path29.default.resolve(io.cwd, filePath), "utf8").replace(/^\uFEFF/, "");
        } catch {
          return void 0;
        }
      },
      projectRoot: steps.writePolicy.projectRoot
    };
    const report = format(results, ctx);
    if (outputFile !== void 0)
      writeReport(report, outputFile, outputName, io.cwd, results, out.facts.files);
    else {
      const write2 = fixedText !== void 0 ? io.stderr : io.stdout;
      let last = "";
      for (const chunk of report) {
        if (chunk === "")
          continue;
        write2(chunk);
        last = chunk;
      }
      if (last !== "" && !last.endsWith("\n"))
        write2("\n");
    }
    const summaryProblem = appendStepSummary(settings.format, results, ctx, io.env);
    if (summaryProblem)
      io.stderr(`factlint: warning: ${summaryProblem}
`);
  });
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0)
    return 1;
  if (settings.maxWarnings >= 0 && warnings > settings.maxWarnings) {
    io.stderr(`factlint found too many warnings (maximum: ${settings.maxWarnings}).
`);
    return 1;
  }
  return 0;
}
function checkInputOptions(values, positionals, stdin) {
  if (values["stdin-filename"] !== void 0 && !stdin)
    throw new FactlintError('--stdin-filename goes with --stdin (or "-")');
  if (stdin && (values.staged || values["changed-since"] !== void 0)) {
    throw new FactlintError("--stdin cannot be combined with --staged or --changed-since: standard input has no git history");
  }
  if (values["print-config"] !== void 0 && (stdin || positionals.length > 0)) {
    throw new FactlintError("--print-config takes one file name and lints nothing: do not give paths or --stdin with it");
  }
}
function readStdin(io) {
  if (!io.readStdin)
    throw new FactlintError("standard input cannot be read here");
  try {
    return io.readStdin();
  } catch (err) {
    throw new FactlintError(`cannot read standard input: ${ioReason(err)}`);
  }
}
function fixedOutput(input, fixed) {
  if (fixed === void 0)
    return input.toString("utf8");
  const bom = input[0] === 239 && input[1] === 187 && input[2] === 191;
  return (bom ? "\uFEFF" : "") + fixed;
}
function writeReport(report, name, option, cwd, results, factFiles) {
  const target = import_node_path29.default.resolve(cwd, name);
  const same = sameFileAs(target);
  if (results.some((r) => same(import_node_path29.default.resolve(cwd, r.filePath)))) {
    throw new FactlintError(`${option} ${name} is one of the files being linted; the report would overwrite it`);
  }
  if (factFiles.some((f) => same(import_node_path29.default.resolve(cwd, f)))) {
    throw new FactlintError(`${option} ${name} is a fact file of this run; the report would overwrite it`);
  }
  let fd;
  try {
    fd = (0, import_node_fs35.openSync)(target, "w");
    for (const chunk of report)
      (0, import_node_fs35.writeSync)(fd, chunk);
  } catch (err) {
    throw new FactlintError(`cannot write ${name}: ${ioReason(err)}`);
  } finally {
    if (fd !== void 0)
      (0, import_node_fs35.closeSync)(fd);
  }
}
function sameFileAs(target) {
  let real2;
  try {
    real2 = (0, import_node_fs35.realpathSync)(target);
  } catch {
    return () => false;
  }
  return (file) => {
    if (file === target || file === real2)
      return true;
    try {
      return (0, import_node_fs35.realpathSync)(file) === real2;
    } catch {
      return false;
    }
  };
}
function checkMergeOptions(values, partials) {
  if (partials.length === 0)
    throw new FactlintError("merge needs the partial files of every shard (written by --shard K/N --partial FILE)");
  const refused = ["stdin", "staged", "fix", "fix-dry-run", "update-baseline", "print-config", "partial", "shard", "changed-since"].filter((k) => values[k] !== void 0 && values[k] !== false);
  if (refused.length)
    throw new FactlintError(`merge reads the shards' findings: --${refused[0]} belongs to the lint runs`);
}
function readPartials(files, cwd) {
  return files.map((name) => {
    let text;
    try {
      text = (0, import_node_fs35.readFileSync)(import_node_path29.default.resolve(cwd, name), "utf8");
    } catch (err) {
      throw new FactlintError(`cannot read ${name}: ${ioReason(err)}`);
    }
    return { name, partial: parsePartial(text, name) };
  });
}
function writePartial(file, io, out) {
  const partial = out.partial;
  try {
    (0, import_node_fs35.writeFileSync)(import_node_path29.default.resolve(io.cwd, file), serializePartial(partial));
  } catch (err) {
    throw new FactlintError(`cannot write ${file}: ${ioReason(err)}`);
  }
  for (const w of out.warnings ?? [])
    io.stderr(`factlint: warning: ${printableLine(w)}
`);
  io.stderr(`factlint: shard ${partial.shard.index}/${partial.shard.count}: ${partial.entries.length} of ${partial.files} files, findings written to ${printableLine(file)} for factlint merge
`);
  return 0;
}

// dist/cli-run.js
init_text_width();
function runMain(argv, io) {
  try {
    if (argv[0] === "daemon")
      return daemonCommand(argv.slice(1), io, runMain);
    return main(argv, io);
  } catch (err) {
    if (err instanceof FactlintError) {
      io.stderr(`factlint: ${err.lines.map(printableLine).join("\n")}
`);
      return err.exitCode;
    }
    io.stderr(`factlint: internal error: ${printableLine(err.message)}
`);
    if (io.env.FACTLINT_DEBUG)
      io.stderr(`${err.stack}
`);
    return 2;
  }
}

// dist/daemon/stdin-handoff.js
init_import_meta_url();
var KEY = /* @__PURE__ */ Symbol.for("factlint.handed-stdin");
function handedStdin() {
  const bytes = globalThis[KEY];
  delete globalThis[KEY];
  return bytes;
}

// dist/cli.js
init_text_width();

// dist/stdout-writer.js
init_import_meta_url();
var import_node_fs36 = require("node:fs");
init_errors();
function plainlyWritable(fd, platform = process.platform) {
  try {
    const st = (0, import_node_fs36.fstatSync)(fd);
    if (st.isFIFO() || st.isFile())
      return true;
    if (platform === "win32" || !st.isCharacterDevice())
      return false;
    const nul = (0, import_node_fs36.statSync)("/dev/null");
    return st.rdev === nul.rdev && st.ino === nul.ino && st.dev === nul.dev;
  } catch {
    return false;
  }
}
function stdoutWriter(fd = 1, stream = () => process.stdout) {
  if (!plainlyWritable(fd)) {
    const out = stream();
    return { write: (s) => void out.write(s), isTTY: Boolean(out.isTTY) };
  }
  let gone = false;
  let viaStream = false;
  const write2 = (s) => {
    if (gone)
      return;
    if (viaStream) {
      stream().write(s);
      return;
    }
    const bytes = Buffer.from(s, "utf8");
    let at = 0;
    while (at < bytes.length) {
      try {
        at += (0, import_node_fs36.writeSync)(fd, bytes, at);
      } catch (err) {
        const code = err.code;
        if (code === "EPIPE") {
          gone = true;
          return;
        }
        if (code === "EAGAIN") {
          viaStream = true;
          stream().write(bytes.subarray(at));
          return;
        }
        throw new FactlintError(`cannot write the report: ${ioReason(err)}`);
      }
    }
  };
  return { write: write2, isTTY: false };
}

// dist/cli.js
function currentFolder() {
  try {
    return process.cwd();
  } catch {
    return void 0;
  }
}
function stopWhenReaderLeaves(stream) {
  stream.on("error", (err) => {
    if (err.code === "EPIPE")
      process.exit(process.exitCode ?? 0);
    process.stderr.write(`factlint: cannot write the report: ${ioReason(err)}
`);
    process.exit(2);
  });
}
var watched;
function stdoutStream() {
  if (!watched) {
    watched = process.stdout;
    stopWhenReaderLeaves(watched);
  }
  return watched;
}
function entry() {
  if (process.argv.slice(2).includes("--lsp")) {
    Promise.resolve().then(() => (init_server(), server_exports)).then(({ startServer: startServer2 }) => startServer2(process.stdin, process.stdout, version())).catch((err) => {
      process.stderr.write(`factlint: cannot start the language server: ${printableLine(err.message)}
`);
      process.exitCode = 2;
    });
    return;
  }
  const out = stdoutWriter(1, stdoutStream);
  const cwd = currentFolder();
  if (cwd === void 0) {
    process.stderr.write("factlint: the current folder no longer exists\n");
    process.exitCode = 2;
    return;
  }
  const io = {
    cwd,
    stdout: out.write,
    stderr: (s) => process.stderr.write(s),
    isTTY: out.isTTY,
    env: process.env,
    // File descriptor 0 read to its end: a pipe, a redirected file or a terminal until Ctrl-D.
    readStdin: () => handedStdin() ?? (0, import_node_fs40.readFileSync)(0)
  };
  process.exitCode = runMain(process.argv.slice(2), io);
}
entry();
