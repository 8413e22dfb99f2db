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

// dist/daemon/client.js
var import_node_fs3 = require("node:fs");
var import_node_module2 = require("node:module");
var import_node_path2 = __toESM(require("node:path"), 1);

// dist/stdout-writer.js
var import_node_fs = require("node:fs");

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

// dist/stdout-writer.js
function plainlyWritable(fd, platform = process.platform) {
  try {
    const st = (0, import_node_fs.fstatSync)(fd);
    if (st.isFIFO() || st.isFile())
      return true;
    if (platform === "win32" || !st.isCharacterDevice())
      return false;
    const nul = (0, import_node_fs.statSync)("/dev/null");
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
  const write = (s) => {
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
        at += (0, import_node_fs.writeSync)(fd, bytes, at);
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
  return { write, isTTY: false };
}

// dist/daemon/frames.js
var import_node_string_decoder = require("node:string_decoder");
function frame(f) {
  return `${JSON.stringify(f)}
`;
}
function lineReader(onValue, onBad) {
  const decoder = new import_node_string_decoder.StringDecoder("utf8");
  let pending = "";
  let dead = false;
  return (chunk) => {
    if (dead)
      return;
    pending += decoder.write(chunk);
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

// dist/daemon/info.js
var import_node_fs2 = require("node:fs");
var import_node_path = __toESM(require("node:path"), 1);

// dist/on-demand.js
var import_node_module = require("node:module");
var load = (0, import_node_module.createRequire)(importMetaUrl);
function onDemand(id) {
  let mod;
  return () => mod ??= load(id);
}

// dist/hash.js
var crypto = onDemand("node:crypto");
function hashRange(text, start, end) {
  let h = 2166136261;
  for (let k = start; k < end; k++)
    h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  return h | 0;
}
function shortHash(s) {
  let b = 84696351;
  for (let i = 0; i < s.length; i++)
    b = Math.imul(b ^ s.charCodeAt(i), 1540483477);
  return (hashRange(s, 0, s.length) >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

// dist/daemon/info.js
var INFO_FORMAT = "factlint-daemon/1";
function infoFile(dir, bundle2) {
  return import_node_path.default.join(dir, `daemon-${shortHash(import_node_path.default.resolve(bundle2))}.json`);
}
function readInfo(dir, bundle2) {
  let raw;
  try {
    raw = JSON.parse((0, import_node_fs2.readFileSync)(infoFile(dir, bundle2), "utf8"));
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
function bundleStamp(bundle2) {
  try {
    const st = (0, import_node_fs2.statSync)(bundle2);
    return { bundle: import_node_path.default.resolve(bundle2), bundleSize: st.size, bundleMtimeMs: st.mtimeMs };
  } catch {
    return void 0;
  }
}
function servesThis(info, stamp) {
  return !!stamp && info.bundle === stamp.bundle && info.bundleSize === stamp.bundleSize && info.bundleMtimeMs === stamp.bundleMtimeMs && info.execPath === process.execPath && info.node === process.version;
}

// dist/daemon/stdin-handoff.js
var KEY = /* @__PURE__ */ Symbol.for("factlint.handed-stdin");
function handStdin(bytes) {
  globalThis[KEY] = bytes;
}

// dist/daemon/client.js
var OFF = /^(off|0|false|no)$/i;
function autoStarts(env) {
  return /^auto$/i.test(env.FACTLINT_DAEMON ?? "");
}
function startServerBehind(bundle2, dir) {
  try {
    const { spawn } = (0, import_node_module2.createRequire)(importMetaUrl)("node:child_process");
    const cli = import_node_path2.default.join(import_node_path2.default.dirname(bundle2), "cli.cjs");
    spawn(process.execPath, [cli, "daemon", "serve"], { cwd: dir, env: { ...process.env, FACTLINT_CACHE_DIR: dir }, detached: true, stdio: "ignore", windowsHide: true }).unref();
  } catch {
  }
}
function mayUseDaemon(argv2, env) {
  if (OFF.test(env.FACTLINT_DAEMON ?? "") || env.FACTLINT_TIMINGS)
    return false;
  return !argv2.includes("--debug");
}
function lintThroughDaemon(argv2, bundle2, dir, readsStdin) {
  if (!dir)
    return void 0;
  const info = readInfo(dir, bundle2);
  if (!info || !servesThis(info, bundleStamp(bundle2)))
    return void 0;
  let cwd;
  try {
    cwd = process.cwd();
  } catch {
    return void 0;
  }
  let stdin;
  if (readsStdin) {
    try {
      stdin = (0, import_node_fs3.readFileSync)(0);
    } catch {
      return void 0;
    }
    handStdin(stdin);
  }
  const out = stdoutWriter(1, () => process.stdout);
  const request = { kind: "lint", token: info.token, argv: argv2, cwd, env: { ...process.env }, isTTY: out.isTTY, ...stdin ? { stdin: stdin.toString("base64") } : {} };
  const net = (0, import_node_module2.createRequire)(importMetaUrl)("node:net");
  return new Promise((resolve) => {
    let started = false;
    let done = false;
    const finish = (ran) => {
      if (done)
        return;
      done = true;
      resolve(ran);
    };
    const lost = () => {
      if (!started) {
        finish(false);
        return;
      }
      if (done)
        return;
      process.stderr.write("factlint: the resident server stopped in the middle of the run; run again, or with FACTLINT_DAEMON=off\n");
      process.exitCode = 2;
      finish(true);
    };
    const socket = net.connect(info.socket);
    socket.on("error", lost);
    socket.on("close", lost);
    socket.on("connect", () => socket.write(frame(request)));
    socket.on("data", lineReader((v) => {
      const f = v;
      if (f.t === "r" && !started) {
        socket.destroy();
        finish(false);
      } else if (f.t === "o" || f.t === "e") {
        started = true;
        try {
          if (f.t === "o")
            out.write(f.d);
          else
            process.stderr.write(f.d);
        } catch (err) {
          process.stderr.write(`factlint: ${err.message}
`);
          process.exitCode = 2;
          socket.destroy();
          finish(true);
        }
      } else if (f.t === "x") {
        process.exitCode = f.code;
        socket.destroy();
        finish(true);
      }
    }, () => {
      socket.destroy();
      lost();
    }));
  });
}

// dist/bin/run-bundle.js
var import_node_fs5 = require("node:fs");
var import_node_module4 = __toESM(require("node:module"), 1);
var import_node_path4 = __toESM(require("node:path"), 1);
var import_node_vm = __toESM(require("node:vm"), 1);

// dist/cache-dir.js
var import_node_fs4 = require("node:fs");
var import_node_os = __toESM(require("node:os"), 1);
var import_node_path3 = __toESM(require("node:path"), 1);
function cacheDir(cwd, env = process.env) {
  const set = env.FACTLINT_CACHE_DIR;
  if (set !== void 0 && set !== "" && OFF2.test(set))
    return void 0;
  return userCacheDir(cwd, env);
}
var OFF2 = /^(off|0|false|no)$/i;
function userCacheDir(cwd, env = process.env) {
  const set = env.FACTLINT_CACHE_DIR;
  if (set !== void 0 && set !== "" && !OFF2.test(set))
    return import_node_path3.default.resolve(cwd, set);
  let home = env.XDG_CACHE_HOME ?? "";
  if (!home) {
    try {
      home = import_node_os.default.homedir() ? import_node_path3.default.join(import_node_os.default.homedir(), ".cache") : "";
    } catch {
      home = "";
    }
  }
  if (home)
    return import_node_path3.default.join(home, "factlint");
  const uid = typeof process.getuid === "function" ? `-${process.getuid()}` : "";
  return import_node_path3.default.join(import_node_os.default.tmpdir(), `factlint${uid}`);
}
function privateDir(dir) {
  if (!dir)
    return void 0;
  let st = statOrUndefined(dir);
  if (!st) {
    try {
      (0, import_node_fs4.mkdirSync)(import_node_path3.default.dirname(dir), { recursive: true });
      (0, import_node_fs4.mkdirSync)(dir, { mode: 448 });
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
    return (0, import_node_fs4.statSync)(p);
  } catch {
    return void 0;
  }
}
function writeCacheFile(file, bytes, family, keep, maxBytes = Infinity) {
  const dir = import_node_path3.default.dirname(file);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    (0, import_node_fs4.mkdirSync)(dir, { recursive: true, mode: 448 });
    if (bytes instanceof Uint8Array)
      (0, import_node_fs4.writeFileSync)(tmp, bytes, { mode: 384 });
    else
      writeParts(tmp, bytes);
    (0, import_node_fs4.renameSync)(tmp, file);
  } catch {
    try {
      (0, import_node_fs4.unlinkSync)(tmp);
    } catch {
    }
    return false;
  }
  try {
    const files = (0, import_node_fs4.readdirSync)(dir).filter(family).map((n) => {
      const st = (0, import_node_fs4.statSync)(import_node_path3.default.join(dir, n));
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
        (0, import_node_fs4.unlinkSync)(import_node_path3.default.join(dir, f.n));
      } catch {
      }
    }
  } catch {
  }
  return true;
}
function writeParts(file, parts) {
  const fd = (0, import_node_fs4.openSync)(file, "w", 384);
  try {
    for (const part of parts) {
      for (let done = 0; done < part.length; )
        done += (0, import_node_fs4.writeSync)(fd, part, done);
    }
  } finally {
    (0, import_node_fs4.closeSync)(fd);
  }
}

// dist/optimiser.js
var import_node_module3 = require("node:module");
var OFF3 = /* @__PURE__ */ Symbol.for("factlint.optimiser-off");
function setFlags(flags) {
  (0, import_node_module3.createRequire)(importMetaUrl)("node:v8").setFlagsFromString(flags);
}
function optimiserOff() {
  setFlags("--no-opt");
  globalThis[OFF3] = true;
}

// dist/bin/run-bundle.js
var KEEP = 3;
function cacheFile(dir, bundle2, mode2) {
  const st = (0, import_node_fs5.statSync)(bundle2);
  const tag = `${prefixOf(bundle2, mode2)}${st.size.toString(36)}-${Math.trunc(st.mtimeMs).toString(36)}-${process.version}-${process.versions.v8}-${process.arch}`;
  return import_node_path4.default.join(dir, `code-${tag.replace(/[^\w.-]/g, "_")}.v8`);
}
function prefixOf(bundle2, mode2) {
  return `${import_node_path4.default.basename(bundle2, ".cjs")}${mode2}-`;
}
function readOrUndefined(file) {
  try {
    return (0, import_node_fs5.readFileSync)(file);
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
function runBundle(bundle2, opts = {}) {
  if (opts.optimise === false)
    optimiserOff();
  const mode2 = opts.optimise === false ? ".noopt" : "";
  const bytes = (0, import_node_fs5.readFileSync)(bundle2);
  const source = bytes.toString("utf8");
  const dir = cacheFolder();
  const file = dir ? cacheFile(dir, bundle2, mode2) : void 0;
  const cachedData = file ? cachedDataFor(readOrUndefined(file), bytes) : void 0;
  const script = new import_node_vm.default.Script(import_node_module4.default.wrap(source), { filename: bundle2, ...cachedData ? { cachedData } : {} });
  if (file && (!cachedData || script.cachedDataRejected)) {
    const family = `code-${prefixOf(bundle2, mode2)}`;
    process.once("exit", () => writeCacheFile(file, Buffer.concat([header(bytes), bytes, script.createCachedData()]), (n) => n.startsWith(family) && n.endsWith(".v8"), KEEP));
  }
  const module2 = { exports: {}, filename: bundle2, id: bundle2, loaded: false };
  const wrapper = script.runInThisContext();
  wrapper.call(module2.exports, module2.exports, (0, import_node_module4.createRequire)(bundle2), module2, bundle2, import_node_path4.default.dirname(bundle2));
}

// dist/bin/run-mode.js
var import_node_fs6 = require("node:fs");
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
    return (0, import_node_fs6.statSync)(p, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}
var LARGE = { short: false, servable: false, stdin: false };
function runMode(argv2, fileExists = isFile) {
  if (argv2[0] === "facts" || argv2[0] === "merge" || argv2[0] === "daemon" || argv2.includes("--lsp"))
    return LARGE;
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args: [...argv2], options: LINT_OPTIONS, allowPositionals: true, strict: true });
  } catch {
    return LARGE;
  }
  const { values, positionals } = parsed;
  const stdin = values.stdin === true || positionals.includes("-");
  if (values["changed-since"] !== void 0)
    return { short: false, servable: false, stdin };
  if (values.staged)
    return { short: false, servable: values.stdin !== true, stdin };
  const short = values.stdin ? positionals.length === 0 : positionals.length > 0 && positionals.length <= FEW_FILES && positionals.every((p) => p === "-" || fileExists(p));
  return { short, servable: short, stdin };
}

// dist/bin/cli.js
var argv = process.argv.slice(2);
var bundle = (0, import_node_url.fileURLToPath)(new URL("./factlint.cjs", importMetaUrl));
var mode = runMode(argv);
var local = () => runBundle(bundle, { optimise: !mode.short });
var servable = mode.servable && mayUseDaemon(argv, process.env);
var served = servable ? lintThroughDaemon(argv, bundle, cacheFolder(), mode.stdin) : void 0;
if (served) {
  served.then((ran) => {
    if (!ran)
      local();
  }, local);
} else {
  const dir = servable && autoStarts(process.env) ? cacheFolder() : void 0;
  if (dir)
    process.once("exit", () => startServerBehind(bundle, dir));
  local();
}
