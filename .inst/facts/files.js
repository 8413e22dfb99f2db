// Finds the fact files named by the user: each path is a file or a folder (searched recursively).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { FactlintError } from '../errors.js';
function toSlashes(p) {
    return p.split(path.sep).join('/');
}
/** Path shown in messages: relative to `cwd` when the file is inside it, else absolute. */
export function displayPath(absolute, cwd) {
    const rel = path.relative(cwd, absolute);
    return toSlashes(rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? absolute : rel);
}
function isFactFileName(name) {
    return name.endsWith('.json') && !name.endsWith('.schema.json');
}
function byCodePoint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** All fact files under a folder, sorted by their path inside it; skips *.schema.json and folders named "schema". */
function walk(root) {
    const found = [];
    const visit = (dir, rel) => {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
            const abs = path.join(dir, entry.name);
            const relPath = rel === '' ? entry.name : `${rel}/${entry.name}`;
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                const target = statSync(abs, { throwIfNoEntry: false });
                isDir = target?.isDirectory() ?? false;
                isFile = target?.isFile() ?? false;
            }
            if (isDir && entry.name !== 'schema')
                visit(abs, relPath);
            else if (isFile && isFactFileName(entry.name))
                found.push(relPath);
        }
    };
    visit(root, '');
    return found.sort(byCodePoint);
}
/**
 * Expands the given paths into fact files, in order: a file as given, a folder as all
 * `*.json` below it, sorted. A file reached twice is listed once. Throws FactlintError for a
 * missing path or a folder without fact files.
 */
export function listFactFiles(paths, cwd = process.cwd()) {
    if (paths.length === 0)
        throw new FactlintError('no fact set given');
    const files = [];
    const seen = new Set();
    const add = (absolute, name) => {
        if (seen.has(absolute))
            return;
        seen.add(absolute);
        files.push({ absolute, display: displayPath(absolute, cwd), name });
    };
    for (const given of paths) {
        const absolute = path.resolve(cwd, given);
        let stats;
        try {
            stats = statSync(absolute, { throwIfNoEntry: false });
        }
        catch {
            stats = undefined;
        }
        if (!stats)
            throw new FactlintError(`no such file or folder: ${given}`);
        if (stats.isDirectory()) {
            const inside = walk(absolute);
            if (inside.length === 0)
                throw new FactlintError(`no fact files (*.json) in folder: ${given}`);
            for (const rel of inside)
                add(path.join(absolute, rel), rel);
        }
        else {
            add(absolute, path.basename(absolute));
        }
    }
    // Two folders may both hold "offices.json": fall back to the display path so ids stay unique.
    const counts = new Map();
    for (const f of files)
        counts.set(f.name, (counts.get(f.name) ?? 0) + 1);
    return files.map((f) => ((counts.get(f.name) ?? 0) > 1 ? { ...f, name: f.display } : f));
}
