// Where factlint keeps what it caches between runs: compiled fact indexes and V8's code cache of
// its own bundle. A module of its own, with no heavy imports: the start-up loader needs it.
import { statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
/**
 * Where cached fact indexes and code caches live: $FACTLINT_CACHE_DIR ("off" disables), else
 * node_modules/.cache/factlint in the current folder when it has node_modules, else the user's
 * cache folder ($XDG_CACHE_HOME or ~/.cache), else the system temp folder.
 */
export function cacheDir(cwd, env = process.env) {
    const set = env.FACTLINT_CACHE_DIR;
    if (set !== undefined && set !== '')
        return /^(off|0|false|no)$/i.test(set) ? undefined : path.resolve(cwd, set);
    const modules = path.join(cwd, 'node_modules');
    if (isDir(modules))
        return path.join(modules, '.cache', 'factlint');
    let home = env.XDG_CACHE_HOME ?? '';
    if (!home) {
        try {
            home = os.homedir() ? path.join(os.homedir(), '.cache') : '';
        }
        catch {
            home = ''; // no home folder (some CI users): the temp folder
        }
    }
    return path.join(home || os.tmpdir(), 'factlint');
}
function isDir(p) {
    try {
        return statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
