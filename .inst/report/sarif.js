import { FINGERPRINT_KEY, fingerprinter } from './fingerprint.js';
import { factDetails, reportMessages, sourceCache, textOf } from './messages.js';
import { directoryUri, fileUri, isInside, relativePath, relativeUri } from './paths.js';
import { HOMEPAGE } from './project.js';
import { sourceLines } from './source-lines.js';
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';
/** "office-holder" -> "OfficeHolder" (SARIF's reportingDescriptor.name). */
export function pascalCase(id) {
    return id
        .split(/[^\p{L}\p{N}]+/u)
        .filter((part) => part !== '')
        .map((part) => part[0]?.toUpperCase() + part.slice(1))
        .join('');
}
function sentence(text) {
    const t = text.trim();
    return /[.!?]$/.test(t) ? t : `${t}.`;
}
/** SARIF wants a name that differs from the id ("place" -> "PlaceRule", not "Place"). */
export function ruleName(id) {
    const name = pascalCase(id);
    return name.toLowerCase() === id.toLowerCase() ? `${name}Rule` : name;
}
function ruleDescriptor(rule) {
    return {
        id: rule.id,
        name: ruleName(rule.id),
        shortDescription: { text: sentence(rule.description) },
        fullDescription: { text: sentence(rule.help) },
        help: { text: `${sentence(rule.help)}\n\nDocumentation: ${rule.url}`, markdown: `${rule.help}\n\n[Rule documentation](${rule.url})` },
        helpUri: rule.url,
        defaultConfiguration: rule.defaultSeverity === 'off' ? { enabled: false } : { level: rule.defaultSeverity === 'error' ? 'error' : 'warning' },
        properties: { category: rule.category, tags: ['factlint', rule.category] },
    };
}
/** A rule met in the results but unknown to ctx.rules still gets a descriptor, so ruleIndex is always valid. */
function bareDescriptor(id) {
    return { id, name: ruleName(id), shortDescription: { text: sentence(`factlint rule ${id}`) } };
}
/** Escapes text that would read as a SARIF embedded link "[text](id)". */
function escapeLinks(text) {
    return text.replace(/\[([^[\]]*)\]\(/g, '\\[$1\\](');
}
const MIME_TYPES = {
    '.md': 'text/markdown',
    '.markdown': 'text/markdown',
    '.mdx': 'text/markdown',
    '.txt': 'text/plain',
    '.html': 'text/html',
    '.htm': 'text/html',
};
function mimeTypeOf(filePath) {
    const dot = filePath.lastIndexOf('.');
    return dot < 0 ? undefined : MIME_TYPES[filePath.slice(dot).toLowerCase()];
}
function artifacts(ctx) {
    const list = [];
    const index = new Map();
    const uriOf = (filePath) => isInside(filePath, ctx.cwd) ? { uri: relativeUri(filePath, ctx.cwd), uriBaseId: SRCROOT } : { uri: fileUri(filePath, ctx.cwd) };
    return {
        list,
        location(filePath) {
            const uri = uriOf(filePath);
            const key = JSON.stringify(uri);
            let i = index.get(key);
            if (i === undefined) {
                i = list.length;
                index.set(key, i);
                const mimeType = mimeTypeOf(filePath);
                list.push({ location: uri, roles: ['analysisTarget'], ...(mimeType ? { mimeType } : {}) });
            }
            return { ...uri, index: i };
        },
    };
}
function region(m, lines) {
    const r = { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
    if (lines && !m.fatal) {
        const text = lines.text.slice(lines.offsetOf(m.line, m.column), lines.offsetOf(m.endLine, m.endColumn));
        if (text !== '')
            r.snippet = { text };
    }
    return r;
}
function messageText(m, ctx) {
    const parts = [escapeLinks(m.message)];
    const labels = { article: 'Article', facts: 'Facts', source: 'Source', note: 'Note' };
    for (const d of factDetails(m))
        parts.push(`${labels[d.label]}: ${escapeLinks(d.value)}`);
    (m.related ?? []).forEach((r, i) => {
        parts.push(`See also: [${relativePath(r.filePath, ctx.cwd)}:${r.line}:${r.column}](${i + 1})`);
    });
    return parts.join('\n');
}
function factProperties(m) {
    const p = {};
    if (m.actual !== undefined)
        p.actual = m.actual;
    if (m.expected !== undefined)
        p.expected = m.expected;
    if (m.fact) {
        p.factId = m.fact.id;
        p.factSource = m.fact.source;
        if (m.fact.note !== undefined)
            p.factNote = m.fact.note;
        if (m.fact.file !== undefined)
            p.factFile = m.fact.file;
    }
    return Object.keys(p).length > 0 ? p : undefined;
}
function fixes(m, artifactLocation, lines) {
    if (!m.fix)
        return undefined;
    const [start, end] = m.fix.range;
    const deletedRegion = { charOffset: start, charLength: end - start };
    if (lines) {
        const from = lines.positionOf(start);
        const to = lines.positionOf(end);
        Object.assign(deletedRegion, { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column });
    }
    return [
        {
            description: { text: `Replace with "${m.fix.text}".` },
            artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion, insertedContent: { text: m.fix.text } }] }],
        },
    ];
}
export const sarif = (results, ctx) => {
    const linesOf = sourceCache(ctx.readSource, sourceLines);
    const descriptors = ctx.rules.map(ruleDescriptor);
    const ruleIndex = new Map(ctx.rules.map((r, i) => [r.id, i]));
    const files = artifacts(ctx);
    const fingerprint = fingerprinter();
    const out = [];
    for (const result of results) {
        const artifactLocation = files.location(result.filePath);
        const lines = textOf(result, linesOf);
        for (const m of reportMessages(result)) {
            let index = ruleIndex.get(m.ruleId);
            if (index === undefined) {
                index = descriptors.length;
                ruleIndex.set(m.ruleId, index);
                descriptors.push(bareDescriptor(m.ruleId));
            }
            const where = region(m, lines);
            const claim = where.snippet?.text ?? m.actual ?? m.message;
            const entry = {
                ruleId: m.ruleId,
                ruleIndex: index,
                level: m.severity === 2 ? 'error' : 'warning',
                message: { text: messageText(m, ctx) },
                locations: [{ physicalLocation: { artifactLocation, region: where } }],
                partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(relativePath(result.filePath, ctx.cwd), m.ruleId, claim) },
            };
            if (m.related && m.related.length > 0) {
                entry.relatedLocations = m.related.map((r, i) => ({
                    id: i + 1,
                    physicalLocation: { artifactLocation: files.location(r.filePath), region: { startLine: r.line, startColumn: r.column } },
                    ...(r.message !== undefined ? { message: { text: r.message } } : {}),
                }));
            }
            const fix = fixes(m, artifactLocation, lines);
            if (fix)
                entry.fixes = fix;
            const properties = factProperties(m);
            if (properties)
                entry.properties = properties;
            out.push(entry);
        }
    }
    const log = {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: { name: 'factlint', version: ctx.version, semanticVersion: ctx.version, informationUri: HOMEPAGE, rules: descriptors },
                },
                originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(ctx.cwd) } },
                artifacts: files.list,
                results: out,
                columnKind: 'utf16CodeUnits',
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
};
