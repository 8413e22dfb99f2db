// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every known rule in
// tool.driver.rules, one result per message with its fact in the text and in properties,
// related locations, fixes, and fingerprints that survive edits above the claim.
//
// Paths are relative URIs against %SRCROOT%, which is the current folder, or the git work tree
// root when some file lies outside the current folder but inside the work tree: code scanning can
// only place files given relative to the repository, never an absolute file:// URI. Only files
// outside both get absolute URIs.
//
// No automationDetails.id: upload-sarif keeps an id found in the file over its own `category`
// input, so writing one would silently override the category a workflow sets.
import type { LintResult, RuleMeta } from '../types.js';
import { FINGERPRINT_KEY, fingerprinter } from './fingerprint.js';
import { factDetails, reportMessages, sourceCache, textOf, type ReportMessage } from './messages.js';
import { SARIF_MAX_RESULTS, countWords, keepMostUseful } from './limits.js';
import { directoryUri, fileUri, pathUnder, relativePath, uriOfRelative } from './paths.js';
import { HOMEPAGE } from './project.js';
import { sourceLines, type SourceLines } from './source-lines.js';
import type { ChunkedFormatter, Formatter, ReportContext } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SRCROOT = '%SRCROOT%';

type Json = Record<string, unknown>;

/** "office-holder" -> "OfficeHolder" (SARIF's reportingDescriptor.name). */
export function pascalCase(id: string): string {
  return id
    .split(/[^\p{L}\p{N}]+/u)
    .filter((part) => part !== '')
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** SARIF wants a name that differs from the id ("place" -> "PlaceRule", not "Place"). */
export function ruleName(id: string): string {
  const name = pascalCase(id);
  return name.toLowerCase() === id.toLowerCase() ? `${name}Rule` : name;
}

function ruleDescriptor(rule: RuleMeta): Json {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: sentence(rule.description) },
    fullDescription: { text: sentence(rule.help) },
    help: { text: `${sentence(rule.help)}\n\nDocumentation: ${rule.url}`, markdown: `${rule.help}\n\n[Rule documentation](${rule.url})` },
    helpUri: rule.url,
    defaultConfiguration:
      rule.defaultSeverity === 'off' ? { enabled: false } : { level: rule.defaultSeverity === 'error' ? 'error' : 'warning' },
    properties: { category: rule.category, tags: ['factlint', rule.category] },
  };
}

/** A rule met in the results but unknown to ctx.rules still gets a descriptor, so ruleIndex is always valid. */
function bareDescriptor(id: string): Json {
  return { id, name: ruleName(id), shortDescription: { text: sentence(`factlint rule ${id}`) } };
}

/** Escapes text that would read as a SARIF embedded link "[text](id)". */
function escapeLinks(text: string): string {
  return text.replace(/\[([^[\]]*)\]\(/g, '\\[$1\\](');
}

const MIME_TYPES: Record<string, string> = {
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.mdx': 'text/markdown',
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
};

function mimeTypeOf(filePath: string): string | undefined {
  const dot = filePath.lastIndexOf('.');
  return dot < 0 ? undefined : MIME_TYPES[filePath.slice(dot).toLowerCase()];
}

interface Artifacts {
  list: Json[];
  location(filePath: string): Json;
}

/** Every file a report names: the linted ones and those of related locations. */
function filesNamed(results: readonly LintResult[]): string[] {
  return results.flatMap((r) => [r.filePath, ...r.messages.flatMap((m) => (m.related ?? []).map((x) => x.filePath))]);
}

/** The folder %SRCROOT% stands for: cwd, unless a file is outside it and the git work tree holds more of them. */
export function sourceRoot(results: readonly LintResult[], ctx: ReportContext): string {
  const outside = filesNamed(results).filter((f) => pathUnder(f, ctx.cwd, ctx.cwd) === undefined);
  if (outside.length === 0 || !ctx.projectRoot) return ctx.cwd;
  const root = ctx.projectRoot();
  return outside.some((f) => pathUnder(f, ctx.cwd, root) !== undefined) ? root : ctx.cwd;
}

function artifacts(ctx: ReportContext, base: string): Artifacts {
  const list: Json[] = [];
  const index = new Map<string, number>();
  const uriOf = (filePath: string): Json => {
    const rel = pathUnder(filePath, ctx.cwd, base);
    return rel !== undefined && rel !== '.' ? { uri: uriOfRelative(rel), uriBaseId: SRCROOT } : { uri: fileUri(filePath, ctx.cwd) };
  };
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

function region(m: ReportMessage, lines: SourceLines | undefined): Json {
  const r: Json = { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn };
  if (lines && !m.fatal) {
    const text = lines.text.slice(lines.offsetOf(m.line, m.column), lines.offsetOf(m.endLine, m.endColumn));
    if (text !== '') r.snippet = { text };
  }
  return r;
}

function messageText(m: ReportMessage, ctx: ReportContext): string {
  const parts = [escapeLinks(m.message)];
  const labels = { article: 'Article', facts: 'Facts', source: 'Source', note: 'Note' } as const;
  for (const d of factDetails(m)) parts.push(`${labels[d.label]}: ${escapeLinks(d.value)}`);
  (m.related ?? []).forEach((r, i) => {
    parts.push(`See also: [${relativePath(r.filePath, ctx.cwd)}:${r.line}:${r.column}](${i + 1})`);
  });
  return parts.join('\n');
}

function factProperties(m: ReportMessage): Json | undefined {
  const p: Json = {};
  if (m.actual !== undefined) p.actual = m.actual;
  if (m.expected !== undefined) p.expected = m.expected;
  if (m.fact) {
    p.factId = m.fact.id;
    p.factSource = m.fact.source;
    if (m.fact.note !== undefined) p.factNote = m.fact.note;
    if (m.fact.file !== undefined) p.factFile = m.fact.file;
  }
  return Object.keys(p).length > 0 ? p : undefined;
}

function fixes(m: ReportMessage, artifactLocation: Json, lines: SourceLines | undefined): Json[] | undefined {
  if (!m.fix) return undefined;
  const [start, end] = m.fix.range;
  const deletedRegion: Json = { charOffset: start, charLength: end - start };
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

/** The run-level notice for results left out to stay within GitHub's limit. */
function droppedNotification(dropped: { droppedErrors: number; droppedWarnings: number }, total: number, max: number): Json {
  const n = dropped.droppedErrors + dropped.droppedWarnings;
  return {
    level: 'warning',
    message: {
      text:
        `${n} of ${total} results (${countWords(dropped.droppedErrors, dropped.droppedWarnings)}) were left out of this log: ` +
        `GitHub code scanning rejects a run with more than ${max} results. Errors were kept first. ` +
        'Use a baseline (--baseline) or lint fewer files per run to see them all.',
    },
  };
}

export function sarifChunksWith(maxResults: number): ChunkedFormatter {
  return (results, ctx) => render(results, ctx, maxResults);
}

export function sarifWith(maxResults: number): Formatter {
  return (results, ctx) => [...render(results, ctx, maxResults)].join('');
}

export const sarifChunks: ChunkedFormatter = sarifChunksWith(SARIF_MAX_RESULTS);
export const sarif: Formatter = sarifWith(SARIF_MAX_RESULTS);

/** Stands for the results in the log's text: a string no message can hold (JSON escapes NUL). */
const RESULTS_HERE = '\u0000factlint-sarif-results\u0000';
/** The results array's items sit at this depth of JSON.stringify(log, null, 2). */
const ITEM_INDENT = ' '.repeat(8);

/**
 * The log as JSON.stringify(log, null, 2) writes it, byte for byte, in pieces: everything but the
 * results first (a first pass finds the rules, files and cap the run header names), then one
 * result at a time, so a large run never holds every result object nor the whole text.
 */
function* render(results: LintResult[], ctx: ReportContext, maxResults: number): Generator<string> {
  const linesOf = sourceCache(ctx.readSource, sourceLines);
  const descriptors = ctx.rules.map(ruleDescriptor);
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const base = sourceRoot(results, ctx);
  const files = artifacts(ctx, base);
  const fingerprint = fingerprinter();

  const all = results.flatMap((result) => reportMessages(result).map((m) => ({ result, m })));
  const capped = keepMostUseful(all, maxResults, (x) => x.m.severity);
  const keep = new Set(capped.kept);
  const byResult = new Map<LintResult, ReportMessage[]>();
  for (const x of all) {
    if (!keep.has(x)) continue;
    const list = byResult.get(x.result);
    if (list) list.push(x.m);
    else byResult.set(x.result, [x.m]);
  }

  // First pass: rules met that the run does not know, and files in the order results name them.
  for (const result of results) {
    // Every linted file stays an artifact, also when its results were left out.
    files.location(result.filePath);
    for (const m of byResult.get(result) ?? []) {
      if (!ruleIndex.has(m.ruleId)) {
        ruleIndex.set(m.ruleId, descriptors.length);
        descriptors.push(bareDescriptor(m.ruleId));
      }
      for (const r of m.related ?? []) files.location(r.filePath);
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
        ...(capped.kept.length < all.length
          ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: [droppedNotification(capped, all.length, maxResults)] }] }
          : {}),
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(base) } },
        artifacts: files.list,
        results: keep.size > 0 ? [RESULTS_HERE] : [],
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  const text = `${JSON.stringify(log, null, 2)}\n`;
  if (keep.size === 0) {
    yield text;
    return;
  }
  const marker = JSON.stringify(RESULTS_HERE);
  const at = text.indexOf(marker);
  yield text.slice(0, at);

  // Second pass: each result as it would stand in the whole log's text.
  let first = true;
  for (const result of results) {
    const artifactLocation = files.location(result.filePath);
    const lines = textOf(result, linesOf);
    for (const m of byResult.get(result) ?? []) {
      const where = region(m, lines);
      const claim = (where.snippet as { text: string } | undefined)?.text ?? m.actual ?? m.message;
      const entry: Json = {
        ruleId: m.ruleId,
        ruleIndex: ruleIndex.get(m.ruleId),
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
      if (fix) entry.fixes = fix;
      const properties = factProperties(m);
      if (properties) entry.properties = properties;
      // Only structural line breaks are real ones: JSON writes those in strings as \n.
      yield `${first ? '' : `,\n${ITEM_INDENT}`}${JSON.stringify(entry, null, 2).replaceAll('\n', `\n${ITEM_INDENT}`)}`;
      first = false;
    }
  }
  yield text.slice(at + marker.length);
}
