#!/usr/bin/env node
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

// dist/bin/cli.js
var import_node_url = require("node:url");

// dist/bin/run-bundle.js
var import_node_fs2 = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
var import_node_path2 = __toESM(require("node:path"), 1);
var import_node_vm = __toESM(require("node:vm"), 1);

// dist/cache-dir.js
var import_node_fs = require("node:fs");
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path = __toESM(require("node:path"), 1);
function cacheDir(cwd, env = process.env) {
  const set = env.FACTLINT_CACHE_DIR;
  if (set !== void 0 && set !== "" && OFF.test(set))
    return void 0;
  return userCacheDir(cwd, env);
}
var OFF = /^(off|0|false|no)$/i;
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
    (0, import_node_fs.writeFileSync)(tmp, bytes, { mode: 384 });
    (0, import_node_fs.renameSync)(tmp, file);
  } catch {
    try {
      (0, import_node_fs.unlinkSync)(tmp);
    } catch {
    }
    return;
  }
  try {
    const files = (0, import_node_fs.readdirSync)(dir).filter(family).map((n) => {
      const st = (0, import_node_fs.statSync)(import_node_path.default.join(dir, n));
      return { n, t: st.mtimeMs, size: st.size };
    }).sort((a, b) => b.t - a.t || (a.n < b.n ? -1 : 1));
    let kept = 0;
    let total = 0;
    for (const f of files) {
      if (kept === 0 || kept < keep && total + f.size <= maxBytes) {
        kept++;
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
}

// dist/bin/run-bundle.js
var KEEP = 3;
function cacheFile(dir, bundle, mode) {
  const st = (0, import_node_fs2.statSync)(bundle);
  const tag = `${prefixOf(bundle, mode)}${st.size.toString(36)}-${Math.trunc(st.mtimeMs).toString(36)}-${process.version}-${process.versions.v8}-${process.arch}`;
  return import_node_path2.default.join(dir, `code-${tag.replace(/[^\w.-]/g, "_")}.v8`);
}
function prefixOf(bundle, mode) {
  return `${import_node_path2.default.basename(bundle, ".cjs")}${mode}-`;
}
function readOrUndefined(file) {
  try {
    return (0, import_node_fs2.readFileSync)(file);
  } catch {
    return void 0;
  }
}
function cacheFolder() {
  try {
    return privateDir(cacheDir(process.cwd()));
  } catch {
    return void 0;
  }
}
var MAGIC = "factlint-code-cache/2 source-bytes:";
function header(source) {
  return Buffer.from(`${MAGIC}${source.length}
`, "latin1");
}
function cachedDataFor(file, source) {
  const head = header(source);
  const start = head.length + source.length;
  if (!file || file.length <= start)
    return void 0;
  if (!file.subarray(0, head.length).equals(head) || !file.subarray(head.length, start).equals(source))
    return void 0;
  return file.subarray(start);
}
function runBundle(bundle, opts = {}) {
  if (opts.optimise === false)
    (0, import_node_module.createRequire)(importMetaUrl)("node:v8").setFlagsFromString("--no-opt");
  const mode = opts.optimise === false ? ".noopt" : "";
  const bytes = (0, import_node_fs2.readFileSync)(bundle);
  const source = bytes.toString("utf8");
  const dir = cacheFolder();
  const file = dir ? cacheFile(dir, bundle, mode) : void 0;
  const cachedData = file ? cachedDataFor(readOrUndefined(file), bytes) : void 0;
  const script = new import_node_vm.default.Script(import_node_module.default.wrap(source), { filename: bundle, ...cachedData ? { cachedData } : {} });
  if (file && (!cachedData || script.cachedDataRejected)) {
    const family = `code-${prefixOf(bundle, mode)}`;
    process.once("exit", () => writeCacheFile(file, Buffer.concat([header(bytes), bytes, script.createCachedData()]), (n) => n.startsWith(family) && n.endsWith(".v8"), KEEP));
  }
  const module2 = { exports: {}, filename: bundle, id: bundle, loaded: false };
  const wrapper = script.runInThisContext();
  wrapper.call(module2.exports, module2.exports, (0, import_node_module.createRequire)(bundle), module2, bundle, import_node_path2.default.dirname(bundle));
}

// dist/bin/run-mode.js
var import_node_fs3 = require("node:fs");
var import_node_util = require("node:util");

// dist/cli-option-table.js
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

// dist/bin/run-mode.js
var FEW_FILES = 32;
function isFile(p) {
  try {
    return (0, import_node_fs3.statSync)(p, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}
function isShortRun(argv, fileExists = isFile) {
  if (argv[0] === "facts" || argv[0] === "merge" || argv.includes("--lsp"))
    return false;
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args: [...argv], options: LINT_OPTIONS, allowPositionals: true, strict: true });
  } catch {
    return false;
  }
  const { values, positionals } = parsed;
  if (values.staged || values["changed-since"] !== void 0)
    return false;
  if (values.stdin)
    return positionals.length === 0;
  if (positionals.length === 0 || positionals.length > FEW_FILES)
    return false;
  return positionals.every((p) => p === "-" || fileExists(p));
}

// dist/bin/cli.js
runBundle((0, import_node_url.fileURLToPath)(new URL("./factlint.cjs", importMetaUrl)), { optimise: !isShortRun(process.argv.slice(2)) });
