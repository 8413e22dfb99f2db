// Wikidata positions held (P39) as fact-set statements. A position item ("President of
// Kyrgyzstan") maps to the set's office entity of its kind (P279 → "president", matched by the
// office's `wikidata` id) and the entity of its jurisdiction (P1001 → kyrgyzstan). People are
// the set's entities with that `wikidata` id, or new entities named by their labels and aliases.
import type { Entity, Statement } from '../types.js';
import type { WdExport, WdItem, WdPositionHeld } from './model.js';

export interface Mapped {
  /** The Wikidata person and position the statement came from. */
  person: string;
  position: string;
  statement: Statement;
}

export interface Skipped {
  item: string;
  why: string;
}

export interface ImportResult {
  entities: Entity[];
  mapped: Mapped[];
  skipped: Skipped[];
}

export interface SetView {
  /** The set's entity with this Wikidata id. */
  byWikidata(qid: string): Entity | undefined;
  /** Whether an entity id is taken. */
  hasId(id: string): boolean;
}

/** An id from a label: "Sadyr Japarov" → "sadyr-japarov" (Latin letters only; else the Q-id). */
export function slug(label: string | undefined, qid: string): string {
  const s = (label ?? '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return s || qid.toLowerCase();
}

function label(item: WdItem | undefined, langs: readonly string[]): string | undefined {
  if (!item) return undefined;
  for (const l of ['en', ...langs]) if (item.labels[l]) return item.labels[l];
  return Object.values(item.labels)[0];
}

function describe(item: WdItem | undefined, id: string, langs: readonly string[]): string {
  const l = label(item, langs);
  return l ? `${id} (${l})` : id;
}

/** The set's office and jurisdiction for a position item, or why there is none. */
function postOf(position: string, exp: WdExport, set: SetView, langs: readonly string[]): { office: string; of: string } | string {
  const direct = set.byWikidata(position);
  const item = exp.items.get(position);
  if (!item && !direct) return `position ${position} is not in the export and no entity of the set has its Wikidata id`;
  const office = direct?.type === 'office' ? direct : item?.kinds.map((k) => set.byWikidata(k)).find((e) => e?.type === 'office');
  if (!office) return `position ${describe(item, position, langs)}: none of its kinds (P279: ${item?.kinds.join(', ') || 'none'}) is an office of the set (give the office entity its "wikidata" id)`;
  const of = item?.jurisdictions.map((j) => set.byWikidata(j)).find((e) => !!e);
  if (!of) return `position ${describe(item, position, langs)}: its jurisdiction (P1001: ${item?.jurisdictions.join(', ') || 'none'}) is no entity of the set`;
  return { office: office.id, of: of.id };
}

function names(item: WdItem, langs: readonly string[]): Entity['names'] {
  const out: Record<string, string[]> = {};
  for (const l of langs) {
    const list = [item.labels[l], ...(item.aliases[l] ?? [])].filter((x): x is string => !!x);
    if (list.length) out[l] = [...new Set(list)];
  }
  return Object.keys(out).length ? out : { en: [item.id] };
}

function statementOf(person: string, qid: string, held: WdPositionHeld, post: { office: string; of: string }, roleNames: string[]): Statement {
  const notes = [
    ...(roleNames.length ? [roleNames.join(', ')] : []),
    `from Wikidata${held.guid ? ` statement ${held.guid}` : ''}`,
    ...(held.sources.length > 1 ? [`also ${held.sources.slice(1).join(' ')}`] : []),
  ];
  return {
    subject: person,
    property: 'holds-office',
    object: post,
    from: held.start!.day,
    ...(held.start!.precision !== 'day' ? { fromPrecision: held.start!.precision } : {}),
    to: held.end ? held.end.day : null,
    ...(held.end && held.end.precision !== 'day' ? { toPrecision: held.end.precision } : {}),
    // Without a reference URL the statement is sourced to the item itself: a reviewer should find a better one.
    source: held.sources[0] ?? `https://www.wikidata.org/wiki/${qid}`,
    note: notes.join('; '),
  };
}

/** Maps every person's P39 statements of an export; what cannot be mapped is listed with the reason. */
export function toStatements(exp: WdExport, set: SetView, langs: readonly string[]): ImportResult {
  const entities: Entity[] = [];
  const mapped: Mapped[] = [];
  const skipped: Skipped[] = [];
  const newIds = new Set<string>();
  const people = [...exp.items.values()].filter((i) => i.positions.length > 0).sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  for (const item of people) {
    let subject = set.byWikidata(item.id)?.id;
    const wanted: Array<{ held: WdPositionHeld; post: { office: string; of: string } }> = [];
    for (const held of item.positions) {
      const what = `${describe(item, item.id, langs)} → ${describe(exp.items.get(held.position), held.position, langs)}`;
      if (held.rank === 'deprecated') {
        skipped.push({ item: what, why: 'deprecated in Wikidata' });
        continue;
      }
      const post = postOf(held.position, exp, set, langs);
      if (typeof post === 'string') {
        skipped.push({ item: what, why: post });
        continue;
      }
      if (!held.start) {
        skipped.push({ item: what, why: 'no start time (P580): a term without a start would read as "since always"' });
        continue;
      }
      wanted.push({ held, post });
    }
    if (wanted.length === 0) continue;
    if (!subject) {
      let id = slug(label(item, langs), item.id);
      if (set.hasId(id) || newIds.has(id)) id = `${id}-${item.id.toLowerCase()}`;
      newIds.add(id);
      subject = id;
      entities.push({ id, type: 'person', names: names(item, langs), wikidata: item.id });
    }
    for (const { held, post } of wanted) {
      const roleNames = held.roles.map((r) => label(exp.items.get(r), langs) ?? r);
      mapped.push({ person: item.id, position: held.position, statement: statementOf(subject, item.id, held, post, roleNames) });
    }
  }
  return { entities, mapped, skipped };
}
