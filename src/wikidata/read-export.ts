// Reads a Wikidata export offline: the entity JSON of Special:EntityData ({"entities": {...}}),
// a dump's entity lines (one entity per line, in "[" ... "]" with trailing commas), or SPARQL
// JSON results of a position-held query. The Wikibase data model (snaks, ranks, time precision)
// is read by wikibase-sdk, not by hand.
import { FactlintError } from '../errors.js';
import { onDemand } from '../on-demand.js';
import type { WdExport, WdItem, WdPositionHeld, WdTime } from './model.js';

type Sdk = typeof import('wikibase-sdk');
// Loaded on first use: only an import needs it. wikibase-sdk is an ES module, which require()
// loads from Node 20.19 on; an older Node gets a clear message instead of ERR_REQUIRE_ESM.
const loadSdk = onDemand<Sdk>('wikibase-sdk');
function sdk(): Sdk {
  try {
    return loadSdk();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_REQUIRE_ESM') throw new FactlintError(`import-wikidata needs Node 20.19 or later (this is ${process.version})`);
    throw err;
  }
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "2020-10-15" / "2007-01" / "2007" (wikibase-sdk's simple day) as a day with its precision. */
export function timeOf(simple: unknown): WdTime | undefined {
  if (typeof simple !== 'string') return undefined;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(simple);
  if (!m) return undefined;
  if (m[3]) return { day: simple, precision: 'day' };
  if (m[2]) return { day: `${m[1]}-${m[2]}-01`, precision: 'month' };
  return { day: `${m[1]}-01-01`, precision: 'year' };
}

function emptyItem(id: string): WdItem {
  return { id, labels: {}, aliases: {}, positions: [], jurisdictions: [], kinds: [] };
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** One entity of the JSON model (as in Special:EntityData or a dump line) to the import's model. */
function fromEntity(raw: Rec, where: string): WdItem | undefined {
  if (typeof raw.id !== 'string' || !/^Q\d+$/.test(raw.id)) return undefined;
  let simple: Rec;
  try {
    simple = sdk().simplifyEntity(raw as never, {
      keepQualifiers: true,
      keepReferences: true,
      keepRanks: true,
      keepIds: true,
      keepNonTruthy: true,
      timeConverter: 'simple-day',
    }) as unknown as Rec;
  } catch (err) {
    throw new FactlintError(`${where}: entity ${raw.id} is not in the Wikibase JSON model: ${(err as Error).message}`);
  }
  const item = emptyItem(raw.id);
  if (isRecord(simple.labels)) for (const [l, v] of Object.entries(simple.labels)) if (typeof v === 'string') item.labels[l] = v;
  if (isRecord(simple.aliases)) for (const [l, v] of Object.entries(simple.aliases)) item.aliases[l] = strings(v);
  const claims = isRecord(simple.claims) ? simple.claims : {};
  const values = (p: string) => (Array.isArray(claims[p]) ? (claims[p] as Rec[]) : []);
  for (const c of values('P39')) {
    if (!isRecord(c) || typeof c.value !== 'string') continue;
    const q = isRecord(c.qualifiers) ? c.qualifiers : {};
    const refs = Array.isArray(c.references) ? (c.references as Rec[]) : [];
    const held: WdPositionHeld = {
      position: c.value,
      rank: c.rank === 'preferred' || c.rank === 'deprecated' ? c.rank : 'normal',
      roles: [...strings(q.P2868), ...strings(q.P3831), ...strings(q.P5102)],
      sources: [...new Set(refs.flatMap((r) => strings(isRecord(r) ? r.P854 : undefined)))],
    };
    const start = timeOf(strings(q.P580)[0]);
    const end = timeOf(strings(q.P582)[0]);
    if (start) held.start = start;
    if (end) held.end = end;
    if (typeof c.id === 'string') held.guid = c.id;
    item.positions.push(held);
  }
  item.jurisdictions = values('P1001').map((c) => c.value).filter((v): v is string => typeof v === 'string');
  item.kinds = values('P279').map((c) => c.value).filter((v): v is string => typeof v === 'string');
  return item;
}

/** SPARQL rows (?person ?personLabel ?position ?start ?end [?startPrecision ?endPrecision ?jurisdiction ?kind ?role ?ref]). */
function fromSparql(data: Rec): Map<string, WdItem> {
  const rows = sdk().simplifySparqlResults(data as never) as Array<Record<string, unknown>>;
  const items = new Map<string, WdItem>();
  const get = (id: string) => {
    let it = items.get(id);
    if (!it) items.set(id, (it = emptyItem(id)));
    return it;
  };
  const qid = (v: unknown): string | undefined => {
    const s = isRecord(v) ? v.value : v;
    return typeof s === 'string' && /^Q\d+$/.test(s) ? s : undefined;
  };
  const label = (v: unknown): string | undefined => (isRecord(v) && typeof v.label === 'string' ? v.label : undefined);
  const precisionOf = (v: unknown): WdTime['precision'] => (Number(v) === 9 ? 'year' : Number(v) === 10 ? 'month' : 'day');
  // wikibase-sdk folds ?startPrecision into start.precision (as it folds ?personLabel into person.label).
  const time = (raw: unknown, loose: unknown): WdTime | undefined => {
    const v = isRecord(raw) ? raw.value : raw;
    const precision = isRecord(raw) && raw.precision !== undefined ? raw.precision : loose;
    if (typeof v !== 'string') return undefined;
    const day = v.slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
    const p = precisionOf(precision);
    return { day: p === 'year' ? `${day.slice(0, 4)}-01-01` : p === 'month' ? `${day.slice(0, 7)}-01` : day, precision: p };
  };
  for (const row of rows) {
    const person = qid(row.person);
    const position = qid(row.position);
    if (!person || !position) continue;
    const p = get(person);
    const name = label(row.person) ?? (typeof row.personLabel === 'string' ? row.personLabel : undefined);
    if (name && !/^Q\d+$/.test(name)) p.labels.en ??= name;
    const start = time(row.start, row.startPrecision);
    const end = time(row.end, row.endPrecision);
    const role = qid(row.role);
    const ref = typeof row.ref === 'string' ? row.ref : undefined;
    // One row per (statement × role × reference): fold rows of the same term together.
    let held = p.positions.find((h) => h.position === position && h.start?.day === start?.day && h.end?.day === end?.day);
    if (!held) {
      held = { position, rank: 'normal', roles: [], sources: [], ...(start ? { start } : {}), ...(end ? { end } : {}) };
      p.positions.push(held);
    }
    if (role && !held.roles.includes(role)) held.roles.push(role);
    if (ref && !held.sources.includes(ref)) held.sources.push(ref);
    const pos = get(position);
    const posName = label(row.position) ?? (typeof row.positionLabel === 'string' ? row.positionLabel : undefined);
    if (posName) pos.labels.en ??= posName;
    const j = qid(row.jurisdiction);
    const k = qid(row.kind);
    if (j && !pos.jurisdictions.includes(j)) pos.jurisdictions.push(j);
    if (k && !pos.kinds.includes(k)) pos.kinds.push(k);
    const roleName = label(row.role);
    if (role && roleName) get(role).labels.en ??= roleName;
  }
  return items;
}

/** Reads an export's text; throws FactlintError naming what is wrong with it. */
export function readExport(text: string, name: string): WdExport {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  let whole: unknown;
  try {
    whole = JSON.parse(trimmed);
  } catch {
    whole = undefined;
  }
  if (isRecord(whole) && isRecord(whole.entities)) {
    const items = new Map<string, WdItem>();
    for (const raw of Object.values(whole.entities)) {
      const it = isRecord(raw) ? fromEntity(raw, name) : undefined;
      if (it) items.set(it.id, it);
    }
    return { form: 'entity-data', items };
  }
  if (isRecord(whole) && isRecord(whole.results) && Array.isArray(whole.results.bindings)) {
    return { form: 'sparql', items: fromSparql(whole) };
  }
  if (isRecord(whole) && typeof whole.id === 'string') {
    const it = fromEntity(whole, name);
    return { form: 'entity-data', items: new Map(it ? [[it.id, it]] : []) };
  }
  // A dump: "[", one entity per line with a trailing comma, "]".
  const items = new Map<string, WdItem>();
  const lines = trimmed.split('\n');
  let read = 0;
  for (const [i, line] of lines.entries()) {
    const l = line.trim().replace(/,$/, '');
    if (l === '' || l === '[' || l === ']') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(l);
    } catch {
      throw new FactlintError(`${name}: not a Wikidata export: line ${i + 1} is not an entity in JSON (expected Special:EntityData JSON, dump lines or SPARQL JSON results)`);
    }
    const it = isRecord(raw) ? fromEntity(raw, `${name} line ${i + 1}`) : undefined;
    if (it) items.set(it.id, it);
    read++;
  }
  if (read === 0) throw new FactlintError(`${name}: not a Wikidata export: no entities found`);
  return { form: 'dump', items };
}
