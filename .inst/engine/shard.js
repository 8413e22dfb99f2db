// --shard K/N: split the files of a run between N jobs (CI machines). The files are sorted by
// their path relative to the current folder (code-point order, "/" separators) and dealt out in
// turn: file 1 to shard 1, file 2 to shard 2, ... So the split is the same on every machine
// and shard sizes differ by at most one file.
import path from 'node:path';
import { FactlintError } from '../errors.js';
/** Parses "K/N" (1 ≤ K ≤ N); a usage error otherwise. */
export function parseShard(value) {
    const m = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index < 1 || index > count) {
        throw new FactlintError(`--shard must be K/N with 1 ≤ K ≤ N (e.g. 1/3), got "${value}"`);
    }
    return { index, count };
}
function relativeKey(file, cwd) {
    return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
}
/** The files of one shard, in their given order. */
export function inShard(files, shard, cwd) {
    if (shard.count === 1)
        return [...files];
    const keyed = files.map((f, i) => ({ i, key: relativeKey(f.path, cwd) }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i));
    const keep = new Set(keyed.filter((_, rank) => rank % shard.count === shard.index - 1).map((k) => k.i));
    return files.filter((_, i) => keep.has(i));
}
