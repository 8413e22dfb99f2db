// Which files a run lints: the paths given (or the config's `include`), less .factlintignore and
// the config's `exclude`; with --staged, the staged files instead; with --changed-since, only
// files that changed.
import path from 'node:path';
import { discoverFiles, DEFAULT_EXTENSIONS } from '../files.js';
import { changedSince, stagedFiles } from '../git/changes.js';
import { ignoreMatcher, loadIgnoreFile } from '../ignore-file.js';
const GLOB_CHARS = /[*?[\]{}!]/;
/** With --staged, paths given on the command line narrow the staged files: a file, a folder, or a glob. */
function underAny(patterns, cwd) {
    if (patterns.length === 0)
        return () => true;
    const plain = patterns.filter((p) => !GLOB_CHARS.test(p)).map((p) => path.resolve(cwd, p));
    const globbed = new Set(patterns.some((p) => GLOB_CHARS.test(p))
        ? discoverFiles(patterns.filter((p) => GLOB_CHARS.test(p)), { cwd })
        : []);
    return (abs) => globbed.has(abs) || plain.some((p) => abs === p || abs.startsWith(p.endsWith(path.sep) ? p : p + path.sep));
}
export function selectFiles(opts) {
    const { cwd, config } = opts;
    const ignoredByFile = loadIgnoreFile(cwd);
    const excluded = config?.exclude ? ignoreMatcher(config.exclude, config.dir) : () => false;
    const keep = (abs) => !ignoredByFile(abs) && !excluded(abs);
    let inputs;
    if (opts.staged) {
        const wanted = underAny(opts.patterns, cwd);
        inputs = stagedFiles(cwd, DEFAULT_EXTENSIONS.map((e) => `.${e}`)).filter((f) => wanted(f.path));
    }
    else if (opts.patterns.length === 0 && config?.include && config.include.length > 0) {
        inputs = discoverFiles(config.include, { cwd: config.dir }).map((p) => ({ path: p }));
    }
    else {
        inputs = discoverFiles(opts.patterns, { cwd }).map((p) => ({ path: p }));
    }
    inputs = inputs.filter((f) => keep(f.path));
    let changed;
    if (opts.changedSince !== undefined) {
        changed = changedSince(cwd, opts.changedSince, { staged: opts.staged });
        inputs = inputs.filter((f) => changed.has(f.path));
    }
    return { inputs, changed };
}
