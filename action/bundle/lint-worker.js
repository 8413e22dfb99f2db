// dist/bin/lint-worker.js
import { fileURLToPath } from "node:url";

// dist/bin/run-bundle.js
import { readFileSync, statSync as statSync2 } from "node:fs";
import Module, { createRequire as createRequire2 } from "node:module";
import path2 from "node:path";
import vm from "node:vm";

// dist/cache-dir.js
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import os from "node:os";
import path from "node:path";
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
    return path.resolve(cwd, set);
  let home = env.XDG_CACHE_HOME ?? "";
  if (!home) {
    try {
      home = os.homedir() ? path.join(os.homedir(), ".cache") : "";
    } catch {
      home = "";
    }
  }
  if (home)
    return path.join(home, "factlint");
  const uid = typeof process.getuid === "function" ? `-${process.getuid()}` : "";
  return path.join(os.tmpdir(), `factlint${uid}`);
}
function privateDir(dir) {
  if (!dir)
    return void 0;
  let st = statOrUndefined(dir);
  if (!st) {
    try {
      mkdirSync(path.dirname(dir), { recursive: true });
      mkdirSync(dir, { mode: 448 });
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
    return statSync(p);
  } catch {
    return void 0;
  }
}
function writeCacheFile(file, bytes, family, keep, maxBytes = Infinity) {
  const dir = path.dirname(file);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    if (bytes instanceof Uint8Array)
      writeFileSync(tmp, bytes, { mode: 384 });
    else
      writeParts(tmp, bytes);
    renameSync(tmp, file);
  } catch {
    try {
      unlinkSync(tmp);
    } catch {
    }
    return false;
  }
  try {
    const files = readdirSync(dir).filter(family).map((n) => {
      const st = statSync(path.join(dir, n));
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
        unlinkSync(path.join(dir, f.n));
      } catch {
      }
    }
  } catch {
  }
  return true;
}
function writeParts(file, parts) {
  const fd = openSync(file, "w", 384);
  try {
    for (const part of parts) {
      for (let done = 0; done < part.length; )
        done += writeSync(fd, part, done);
    }
  } finally {
    closeSync(fd);
  }
}

// dist/optimiser.js
import { createRequire } from "node:module";
var OFF2 = /* @__PURE__ */ Symbol.for("factlint.optimiser-off");
function setFlags(flags) {
  createRequire(import.meta.url)("node:v8").setFlagsFromString(flags);
}
function optimiserOff() {
  setFlags("--no-opt");
  globalThis[OFF2] = true;
}

// dist/bin/run-bundle.js
var KEEP = 3;
function cacheFile(dir, bundle, mode) {
  const st = statSync2(bundle);
  const tag = `${prefixOf(bundle, mode)}${st.size.toString(36)}-${Math.trunc(st.mtimeMs).toString(36)}-${process.version}-${process.versions.v8}-${process.arch}`;
  return path2.join(dir, `code-${tag.replace(/[^\w.-]/g, "_")}.v8`);
}
function prefixOf(bundle, mode) {
  return `${path2.basename(bundle, ".cjs")}${mode}-`;
}
function readOrUndefined(file) {
  try {
    return readFileSync(file);
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
    optimiserOff();
  const mode = opts.optimise === false ? ".noopt" : "";
  const bytes = readFileSync(bundle);
  const source = bytes.toString("utf8");
  const dir = cacheFolder();
  const file = dir ? cacheFile(dir, bundle, mode) : void 0;
  const cachedData = file ? cachedDataFor(readOrUndefined(file), bytes) : void 0;
  const script = new vm.Script(Module.wrap(source), { filename: bundle, ...cachedData ? { cachedData } : {} });
  if (file && (!cachedData || script.cachedDataRejected)) {
    const family = `code-${prefixOf(bundle, mode)}`;
    process.once("exit", () => writeCacheFile(file, Buffer.concat([header(bytes), bytes, script.createCachedData()]), (n) => n.startsWith(family) && n.endsWith(".v8"), KEEP));
  }
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  const wrapper = script.runInThisContext();
  wrapper.call(module.exports, module.exports, createRequire2(bundle), module, bundle, path2.dirname(bundle));
}

// dist/bin/lint-worker.js
runBundle(fileURLToPath(new URL("./lint-worker.cjs", import.meta.url)));
