// Loads a fact set (format v1) from files and folders: parse, validate (schema, then the
// semantic checks), merge, and give every statement a stable id and origin.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { FactlintError, FactSetError } from '../errors.js';
import { listFactFiles } from './files.js';
import { parseJson } from './json.js';
import { sortProblems } from './problem.js';
import { validateFactFile } from './schema.js';
import { checkFactSemantics } from './semantic.js';
// Bump when loading changes what a cache built on `hash` may hold.
const LOADER_VERSION = 'factset-v1/1';
/**
 * Loads and validates a fact set. Each path is a fact file or a folder of them (all `*.json`
 * below it, sorted, skipping `*.schema.json` and folders named `schema`); their entries are merged.
 * Throws FactlintError for a missing path, FactSetError listing every problem found otherwise.
 */
export function loadFactSet(paths, options = {}) {
    const files = listFactFiles(paths, options.cwd);
    const hash = createHash('sha256').update(LOADER_VERSION);
    const problems = [];
    const parsed = [];
    let allParsed = true;
    for (const f of files) {
        let text;
        try {
            text = readFileSync(f.absolute, 'utf8');
        }
        catch (err) {
            throw new FactlintError(`cannot read fact file ${f.display}: ${err instanceof Error ? err.message : String(err)}`);
        }
        hash.update(`\u0000${f.display}\u0000${text.length}\u0000`).update(text);
        if (text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        const result = parseJson(text);
        if (!result.ok) {
            const { line, column, reason } = result.error;
            problems.push({ file: f.display, pointer: '', message: `invalid JSON at line ${line}, column ${column}: ${reason}` });
            allParsed = false;
            continue;
        }
        problems.push(...validateFactFile(result.value, f.display));
        parsed.push({ file: f.display, name: f.name, data: result.value });
    }
    // A schema error and a semantic check may describe the same field: keep the schema's message.
    const reported = new Set(problems.map((p) => `${p.file}#${p.pointer}`));
    for (const p of checkFactSemantics(parsed, { checkReferences: allParsed })) {
        if (!reported.has(`${p.file}#${p.pointer}`))
            problems.push(p);
    }
    const order = files.map((f) => f.display);
    if (problems.length > 0)
        throw new FactSetError(sortProblems(problems, order));
    return { ...merge(parsed), files: order, hash: hash.digest('hex') };
}
function section(data, key) {
    const v = data[key];
    return Array.isArray(v) ? v : [];
}
function merge(parsed) {
    const facts = { entities: [], properties: [], statements: [] };
    const statements = [];
    for (const { file, name, data } of parsed) {
        for (const e of section(data, 'entities'))
            facts.entities.push(e);
        for (const p of section(data, 'properties'))
            facts.properties.push(p);
        section(data, 'statements').forEach((s, i) => {
            const pointer = `/statements/${i}`;
            // The parsed objects are ours alone: tag them instead of copying (a large set has 10^5 statements).
            const indexed = s;
            if (typeof indexed.id !== 'string')
                indexed.id = `${name}#${pointer}`;
            indexed.origin = { file, pointer };
            statements.push(indexed);
        });
    }
    facts.statements = statements;
    return { facts, statements };
}
