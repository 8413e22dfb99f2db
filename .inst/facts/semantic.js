import { Suggester } from './suggest.js';
import { isValidDate, periodProblem } from './time.js';
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function list(data, key) {
    const v = isRecord(data) ? data[key] : undefined;
    return Array.isArray(v) ? v : [];
}
const NUMERIC_KINDS = new Set(['quantity', 'change', 'share']);
const DATE_FIELDS = ['from', 'to', 'date'];
export function checkFactSemantics(files, options) {
    const problems = [];
    const entities = new Map();
    const properties = new Map();
    const statementIds = new Map();
    // Pass 1: definitions and duplicates (a Map, so linear in the number of entries).
    for (const { file, data } of files) {
        collect(list(data, 'entities'), 'entities', 'entity', 'type', entities, file, problems);
        collect(list(data, 'properties'), 'properties', 'property', 'kind', properties, file, problems);
        collect(list(data, 'statements'), 'statements', 'statement', 'property', statementIds, file, problems);
    }
    let entitySuggester;
    let officeSuggester;
    let propertySuggester;
    const suggestEntity = (id, office) => {
        if (office) {
            officeSuggester ??= new Suggester([...entities].filter(([, d]) => d.type === 'office').map(([k]) => k));
            return officeSuggester.suggest(id);
        }
        entitySuggester ??= new Suggester([...entities.keys()]);
        return entitySuggester.suggest(id);
    };
    const didYouMean = (s) => (s === undefined ? '' : ` (did you mean "${s}"?)`);
    // Pointers are built only when there is something to report: a large set has 10^5 statements.
    const at = (entry, path, j) => (j === undefined ? `${entry}/${path}` : `${entry}/${path}/${j}`);
    /** Reports an unknown entity id; `office` also requires an entity of type office. */
    const entityRef = (id, file, entry, path, j, office = false) => {
        if (!options.checkReferences || typeof id !== 'string')
            return;
        const found = entities.get(id);
        if (found === undefined || office) {
            const field = path.replace('/', '.');
            if (found) {
                if (found.type !== 'office') {
                    problems.push({ file, pointer: at(entry, path, j), message: `"${id}" in ${field} is not an office (type ${String(found.type)})` });
                }
                return;
            }
            const hint = properties.has(id) ? ` ("${id}" is a property)` : didYouMean(suggestEntity(id, office));
            problems.push({ file, pointer: at(entry, path, j), message: `unknown ${office ? 'office' : 'entity'} "${id}" in ${field}${hint}` });
        }
    };
    const entityRefs = (ids, file, entry, path) => {
        if (!Array.isArray(ids))
            return entityRef(ids, file, entry, path);
        for (let j = 0; j < ids.length; j++)
            entityRef(ids[j], file, entry, path, j);
    };
    const propertyRef = (id, file, entry, path) => {
        if (typeof id !== 'string')
            return undefined;
        const found = properties.get(id);
        if (found || !options.checkReferences)
            return found;
        propertySuggester ??= new Suggester([...properties.keys()]);
        const hint = entities.has(id) ? ` ("${id}" is an entity)` : didYouMean(propertySuggester.suggest(id));
        problems.push({ file, pointer: at(entry, path), message: `unknown property "${id}"${path === 'property' ? '' : ` in ${path}`}${hint}` });
        return undefined;
    };
    for (const { file, data } of files) {
        list(data, 'properties').forEach((p, i) => {
            if (isRecord(p) && p.of !== undefined)
                propertyRef(p.of, file, `/properties/${i}`, 'of');
        });
        list(data, 'statements').forEach((s, i) => {
            if (isRecord(s))
                checkStatement(s, file, `/statements/${i}`);
        });
    }
    return problems;
    function checkStatement(s, file, entry) {
        entityRefs(s.subject, file, entry, 'subject');
        entityRefs(s.of, file, entry, 'of');
        if (s.parties !== undefined)
            entityRefs(s.parties, file, entry, 'parties');
        const object = s.object;
        if (isRecord(object)) {
            entityRef(object.office, file, entry, 'object/office', undefined, true);
            entityRef(object.of, file, entry, 'object/of');
        }
        else {
            entityRef(object, file, entry, 'object');
        }
        for (const field of DATE_FIELDS) {
            const v = s[field];
            if (typeof v === 'string' && !isValidDate(v))
                problems.push({ file, pointer: `${entry}/${field}`, message: `invalid date ${v}` });
        }
        if (typeof s.from === 'string' && typeof s.to === 'string' && isValidDate(s.from) && isValidDate(s.to) && s.from > s.to) {
            problems.push({ file, pointer: `${entry}/from`, message: `from ${s.from} is after to ${s.to}` });
        }
        if (typeof s.period === 'string') {
            const problem = periodProblem(s.period);
            if (problem)
                problems.push({ file, pointer: `${entry}/period`, message: problem });
        }
        const property = propertyRef(s.property, file, entry, 'property');
        if (property)
            checkShape(s, String(s.property), property.type, file, entry);
    }
    /** The value a statement needs for its property's kind. */
    function checkShape(s, propertyId, kind, file, at) {
        const needs = (what, field) => {
            problems.push({
                file,
                pointer: s[field] === undefined ? at : `${at}/${field}`,
                message: `statement for property "${propertyId}" (kind ${String(kind)}) needs ${what}`,
            });
        };
        if (kind === 'office') {
            const o = s.object;
            if (!isRecord(o) || typeof o.office !== 'string' || typeof o.of !== 'string')
                needs('an object {office, of}', 'object');
        }
        else if (typeof kind === 'string' && NUMERIC_KINDS.has(kind)) {
            if (typeof s.value !== 'number')
                needs('a numeric value', 'value');
        }
        else if (kind === 'place') {
            if (typeof s.object !== 'string')
                needs('an object (the id of the place)', 'object');
        }
        else if (kind === 'date') {
            if (typeof s.date !== 'string' && typeof s.from !== 'string')
                needs('a date or from', 'date');
        }
    }
}
function collect(entries, section, noun, typeKey, seen, file, problems) {
    entries.forEach((e, i) => {
        if (!isRecord(e) || typeof e.id !== 'string')
            return;
        const first = seen.get(e.id);
        if (first) {
            problems.push({ file, pointer: `/${section}/${i}/id`, message: `duplicate ${noun} id "${e.id}" (first defined in ${first.where})` });
        }
        else {
            seen.set(e.id, { where: `${file}#/${section}/${i}`, type: e[typeKey] });
        }
    });
}
