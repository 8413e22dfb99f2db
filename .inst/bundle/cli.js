#!/usr/bin/env node

// dist/bin/cli.js
import { fileURLToPath } from "node:url";

// dist/bin/run-bundle.js
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync as statSync2, unlinkSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path2 from "node:path";
import vm from "node:vm";

// dist/cache-dir.js
import { statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
function cacheDir(cwd, env = process.env) {
  const set = env.FACTLINT_CACHE_DIR;
  if (set !== void 0 && set !== "")
    return /^(off|0|false|no)$/i.test(set) ? void 0 : path.resolve(cwd, set);
  const modules = path.join(cwd, "node_modules");
  if (isDir(modules))
    return path.join(modules, ".cache", "factlint");
  let home = env.XDG_CACHE_HOME ?? "";
  if (!home) {
    try {
      home = os.homedir() ? path.join(os.homedir(), ".cache") : "";
    } catch {
      home = "";
    }
  }
  return path.join(home || os.tmpdir(), "factlint");
}
function isDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

// dist/bin/run-bundle.js
var KEEP = 3;
function cacheFile(dir, bundle) {
  const st = statSync2(bundle);
  const tag = `${prefixOf(bundle)}${st.size.toString(36)}-${Math.trunc(st.mtimeMs).toString(36)}-${process.version}-${process.versions.v8}-${process.arch}`;
  return path2.join(dir, `code-${tag.replace(/[^\w.-]/g, "_")}.v8`);
}
function prefixOf(bundle) {
  return `${path2.basename(bundle, ".cjs")}-`;
}
function readOrUndefined(file) {
  try {
    return readFileSync(file);
  } catch {
    return void 0;
  }
}
function writeAtomically(file, data, prefix) {
  try {
    const dir = path2.dirname(file);
    mkdirSync(dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
    const old = readdirSync(dir).filter((n) => n.startsWith(`code-${prefix}`) && n.endsWith(".v8")).map((n) => ({ n, t: statSync2(path2.join(dir, n)).mtimeMs })).sort((a, b) => b.t - a.t || (a.n < b.n ? -1 : 1));
    for (const { n } of old.slice(KEEP))
      unlinkSync(path2.join(dir, n));
  } catch {
  }
}
function runBundle(bundle) {
  const source = readFileSync(bundle, "utf8");
  const dir = cacheDir(process.cwd());
  const file = dir ? cacheFile(dir, bundle) : void 0;
  const cachedData = file ? readOrUndefined(file) : void 0;
  const script = new vm.Script(Module.wrap(source), { filename: bundle, ...cachedData ? { cachedData } : {} });
  if (file && (!cachedData || script.cachedDataRejected)) {
    process.once("exit", () => writeAtomically(file, script.createCachedData(), prefixOf(bundle)));
  }
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  const wrapper = script.runInThisContext();
  wrapper.call(module.exports, module.exports, createRequire(bundle), module, bundle, path2.dirname(bundle));
}

// dist/bin/cli.js
runBundle(fileURLToPath(new URL("./factlint.cjs", import.meta.url)));
