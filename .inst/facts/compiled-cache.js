// The loaded, validated fact set cached on disk, keyed by the fact files' contents and the
// loader's own code. A hit skips JSON Schema validation (ajv is never loaded), the semantic
// checks and the merge; the files are still read to hash them, so an edit is never missed.
// Anything wrong with a cache file (truncated, foreign, from another version) means a miss:
// the fact set is loaded as without a cache and the file rewritten.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { FactlintError } from '../errors.js';
import { listFactFiles } from './files.js';
import { loadFactSet } from './load.js';
import { FACTSET_SCHEMA_PATH } from './schema.js';
const MARKER = 'factlint-fact-cache/1';
/** Cache files kept per folder (one per fact set in use); older ones are removed on write. */
const KEEP = 8;
let codeHash;
/** Hash of what decides the loaded result besides the files: this folder's modules, the schema, the package version. */
function loaderFingerprint() {
    if (codeHash)
        return codeHash;
    const h = createHash('sha256').update(MARKER);
    const here = path.dirname(fileURLToPath(import.meta.url));
    for (const name of readdirSync(here).filter((n) => /\.(c?js|ts)$/.test(n) && !n.endsWith('.d.ts')).sort()) {
        h.update(`\u0000${name}\u0000`).update(readFileSync(path.join(here, name)));
    }
    for (const file of [FACTSET_SCHEMA_PATH, fileURLToPath(new URL('../../package.json', import.meta.url))]) {
        try {
            h.update('\u0000').update(readFileSync(file));
        }
        catch {
            h.update('\u0000missing');
        }
    }
    return (codeHash = h.digest('hex'));
}
/** Key of a fact set: the loader fingerprint, each file's display path, id name and bytes. */
export function factSetKey(paths, cwd) {
    const h = createHash('sha256').update(loaderFingerprint());
    for (const f of listFactFiles(paths, cwd)) {
        let bytes;
        try {
            bytes = readFileSync(f.absolute);
        }
        catch (err) {
            throw new FactlintError(`cannot read fact file ${f.display}: ${err instanceof Error ? err.message : String(err)}`);
        }
        h.update(`\u0000${f.display}\u0000${f.name}\u0000${bytes.length}\u0000`).update(bytes);
    }
    return h.digest('hex').slice(0, 40);
}
function isLoaded(v) {
    const l = v;
    return (typeof l === 'object' && l !== null &&
        typeof l.hash === 'string' && Array.isArray(l.files) && Array.isArray(l.statements) &&
        typeof l.facts === 'object' && l.facts !== null &&
        Array.isArray(l.facts.entities) && Array.isArray(l.facts.properties) && l.facts.statements === l.statements);
}
/** The fact set in a serialized cache payload, or undefined when it is not one. */
export function decodeFactSet(bytes, key) {
    try {
        const c = v8.deserialize(bytes);
        if (c?.marker !== MARKER || (key !== undefined && c.key !== key) || !isLoaded(c.loaded))
            return undefined;
        return c.loaded;
    }
    catch {
        return undefined;
    }
}
export function encodeFactSet(loaded, key = '') {
    const file = { marker: MARKER, key, loaded };
    return v8.serialize(file);
}
/**
 * Loads a fact set through the cache. A miss (or no cache) loads and validates as
 * `loadFactSet` does, with the same errors; the result is written back when the folder is
 * writable (failures to write are ignored: the cache is an optimisation).
 */
export function loadFactSetCached(paths, opts) {
    if (!opts.dir)
        return { loaded: loadFactSet(paths, { cwd: opts.cwd }), serialized: undefined, hit: false };
    const key = factSetKey(paths, opts.cwd);
    const file = path.join(opts.dir, `facts-${key}.v8`);
    let bytes;
    try {
        bytes = readFileSync(file);
    }
    catch {
        bytes = undefined;
    }
    if (bytes) {
        const loaded = decodeFactSet(bytes, key);
        if (loaded)
            return { loaded, serialized: bytes, hit: true };
    }
    const loaded = loadFactSet(paths, { cwd: opts.cwd });
    const serialized = encodeFactSet(loaded, key);
    writeCache(opts.dir, file, serialized);
    return { loaded, serialized, hit: false };
}
function writeCache(dir, file, bytes) {
    const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
    try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(tmp, bytes);
        renameSync(tmp, file); // atomic: a reader sees the old file or the whole new one
        prune(dir);
    }
    catch {
        try {
            unlinkSync(tmp);
        }
        catch {
            // nothing written
        }
    }
}
/** Keeps the KEEP most recently written cache files. */
function prune(dir) {
    const files = readdirSync(dir)
        .filter((n) => /^facts-[0-9a-f]+\.v8$/.test(n))
        .map((n) => ({ n, t: statSync(path.join(dir, n)).mtimeMs }))
        .sort((a, b) => b.t - a.t || (a.n < b.n ? -1 : 1));
    for (const { n } of files.slice(KEEP)) {
        try {
            unlinkSync(path.join(dir, n));
        }
        catch {
            // another run removed it
        }
    }
}
