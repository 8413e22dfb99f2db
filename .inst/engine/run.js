// A lint run: find the files, load the fact set, lint each article, collect results in path order.
// All I/O of a run lives here; the stages it calls are pure.
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../document/parse.js';
import { DocumentError } from '../errors.js';
import { FactIndex } from '../facts/index.js';
import { cacheDir } from '../cache-dir.js';
import { loadFactSetCached } from '../facts/compiled-cache.js';
import { discoverFiles } from '../files.js';
import { loadRuleMeta } from '../report/rule-meta.js';
import { lintDocument, sortDiagnostics } from './lint-document.js';
import { crossCheck } from '../checks/cross-article.js';
import { severityNumber } from './severity.js';
import { cacheFile, ResultCache, runKey } from './cache.js';
import { lintFiles } from './lint-files.js';
import { inShard } from './shard.js';
/** Articles above this size are reported, not read: no newsroom article is 10 MB of text. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** The fact set bundled with the package (claims/ beside dist/). */
export function bundledClaimsDir() {
    return fileURLToPath(new URL('../../claims/', import.meta.url));
}
export function defaultClaims(cwd) {
    const local = path.join(cwd, 'claims');
    if (existsSync(local) && statSync(local).isDirectory())
        return [local];
    return [bundledClaimsDir()];
}
export function defaultSeverities(rules) {
    return Object.fromEntries(rules.map((r) => [r.id, r.defaultSeverity]));
}
export function summarise(filePath, messages, fatal) {
    const r = {
        filePath,
        messages,
        errorCount: messages.filter((m) => m.severity === 2).length,
        warningCount: messages.filter((m) => m.severity === 1).length,
        fatalErrorCount: fatal ? 1 : 0,
        fixableErrorCount: messages.filter((m) => m.severity === 2 && m.fix).length,
        fixableWarningCount: messages.filter((m) => m.severity === 1 && m.fix).length,
    };
    if (fatal)
        r.fatal = fatal;
    return r;
}
export function fileError(filePath, message) {
    return summarise(filePath, [{ ruleId: 'file-error', severity: 2, message, line: 1, column: 1, endLine: 1, endColumn: 1 }], message);
}
/** Reads and lints one file, then runs `opts.afterLint`; problems confined to the file become a file-error result. */
export function lintFile(file, displayPath, index, opts, severities, content) {
    const { result, source } = readAndLint(file, displayPath, index, opts, severities, content);
    return opts.afterLint ? opts.afterLint(result, source) : result;
}
function tooLarge(displayPath, size) {
    return fileError(displayPath, `file too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)`);
}
export function readAndLint(file, displayPath, index, opts, severities, content) {
    let buf;
    if (content) {
        if (content.length > MAX_FILE_BYTES)
            return { result: tooLarge(displayPath, content.length) };
        buf = content;
    }
    else {
        try {
            const size = statSync(file).size;
            if (size > MAX_FILE_BYTES)
                return { result: tooLarge(displayPath, size) };
            buf = readFileSync(file);
        }
        catch (err) {
            return { result: fileError(displayPath, `cannot read file: ${err.code ?? err.message}`) };
        }
    }
    try {
        const doc = parseDocument(displayPath, buf, { ...(opts.lang ? { lang: opts.lang } : {}), ...(opts.date ? { date: opts.date } : {}) });
        const { diagnostics, records } = lintDocument(doc, index, { severities });
        const result = summarise(displayPath, diagnostics);
        if (records.length)
            result.records = records;
        return { result, source: { text: doc.text, bom: doc.bom, lineStarts: doc.lineStarts } };
    }
    catch (err) {
        if (err instanceof DocumentError)
            return { result: fileError(displayPath, err.message) };
        throw err;
    }
}
/**
 * Compares the figures of all articles where the fact set is silent, adds the conflicts to the
 * results of both sides, and drops the records (they are not part of any report).
 */
export function applyCrossArticle(results, severities, cwd) {
    const level = severityNumber(severities['cross-article']);
    const records = level > 0 ? results.flatMap((r) => r.records ?? []) : [];
    const extra = records.length ? crossCheck(records, level, cwd ? (f) => (path.isAbsolute(f) ? path.relative(cwd, f) || f : f) : undefined) : new Map();
    return results.map((r) => {
        const { records: _drop, ...rest } = r;
        const add = extra.get(r.filePath);
        if (!add)
            return rest;
        const messages = sortDiagnostics([...rest.messages, ...add]);
        const out = summarise(rest.filePath, messages, rest.fatal);
        return out;
    });
}
export function run(opts) {
    const rules = loadRuleMeta();
    const severities = { ...defaultSeverities(rules), ...opts.severities };
    // Display paths in fact messages stay relative to the process's folder, as loadFactSet makes them.
    const cached = loadFactSetCached(opts.claims ?? defaultClaims(opts.cwd), {
        cwd: process.cwd(),
        dir: opts.factCache === false ? undefined : opts.factCache ?? cacheDir(opts.cwd),
    });
    const facts = cached.loaded;
    const index = new FactIndex(facts);
    let files = opts.inputs ?? discoverFiles(opts.patterns, { cwd: opts.cwd }).map((p) => ({ path: p }));
    if (opts.shard)
        files = inShard(files, opts.shard, opts.cwd);
    const cache = opts.cache
        ? ResultCache.open(cacheFile(opts.cache.location, opts.cwd), runKey({ factsHash: facts.hash, lang: opts.lang, date: opts.date, severities }))
        : undefined;
    // The afterLint step (directives, changed lines, baseline, fixes) must see cross-article
    // findings too, so files that take part in the comparison wait for it, with their text.
    const after = opts.afterLint;
    const deferred = new Map();
    const perFile = after && severityNumber(severities['cross-article']) > 0
        ? (result, source) => {
            if (!result.records?.length)
                return after(result, source);
            deferred.set(result.filePath, source);
            return result;
        }
        : after;
    const linted = lintFiles(files, {
        lintOne: (t) => readAndLint(t.path, t.path, index, opts, severities, t.content),
        ...(perFile ? { afterLint: perFile } : {}),
        ...(cache ? { cache } : {}),
        ...(opts.concurrency !== undefined ? { concurrency: opts.concurrency } : {}),
        facts: cached,
        severities,
        ...(opts.lang ? { lang: opts.lang } : {}),
        ...(opts.date ? { date: opts.date } : {}),
        cwd: opts.cwd,
        maxBytes: MAX_FILE_BYTES,
    });
    let results = applyCrossArticle(linted, severities, opts.cwd);
    if (after && deferred.size > 0)
        results = results.map((r) => (deferred.has(r.filePath) ? after(r, deferred.get(r.filePath)) : r));
    const warning = cache?.save();
    return { results, rules, facts, ...(warning ? { warnings: [warning] } : {}) };
}
