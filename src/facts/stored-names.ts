// The names of a compiled fact set, grouped in advance for NameMatcher (names.ts): records are
// stored by script and the first three letters of the folded first word, and a group is read
// when the matcher first asks for it. What a group holds, and in what order, is what
// collectNames would put in it for the same language:
// - the article's language contributes names of every script, other languages only names in
//   the article's script;
// - `seq` orders by entity, form, language (the article's first, then code-point order) and
//   position in the list, as collectNames numbers them. A name several languages give alike is
//   one record: it stands for the first of them, the one the matcher keeps (names alike within
//   an entity and form are one entry);
// - a group key is the first `length` letters of the folded first word, or an elided word
//   ("l'") split off it. A stored bucket (three letters) is then the group, or a superset of it
//   (shorter keys, elisions): such candidates are checked with the matcher's own groupOf.
//   Names whose first word does not fold letter by letter are grouped here on first use.
// - a language that writes names surname first (Grouping.surnameFirst) also reads the
//   surname-first tables: people's names, stored again under their surname, whose forms
//   (surnameFirstForms) are made here as collectNames makes them. A form's `seq` puts it after
//   the entity's names as given, by form (kind), then as the name it comes from.
import { langScript } from '../extract/names.js';
import { NAME_KINDS, surnameFirstForms, type Grouping, type NameSource, type PendingGroups, type PendingName } from '../extract/name-source.js';
import type { DiskMap } from './disk-map.js';
import { IRREGULAR, NAME_FIELDS, NAME_SEP, SURNAME_SEP, utf8, type Header } from './stored-format.js';

/** What the names need of the stored set. */
interface NameStore {
  readonly header: Header;
  map(name: string): DiskMap;
  slice(name: string, offset: number, length: number): Buffer;
}

const SCRIPTS = ['cyrl', 'latn', 'other'] as const;
const BUCKET = 3;

export class StoredNames implements NameSource {
  readonly groupedNames = true as const;
  /** Buckets parsed, by entry number: the matchers of en, de and id read the same Latin buckets. */
  private readonly parsed = new Map<number, unknown[]>();

  constructor(private readonly store: NameStore) {}

  groups(grouping: Grouping): PendingGroups {
    return new StoredGroups(this.store, grouping, (i) => this.bucket(i));
  }

  private bucket(i: number): unknown[] {
    let r = this.parsed.get(i);
    if (!r) {
      const [at, length] = this.store.map('names').valueAt(i);
      r = JSON.parse(utf8(this.store.slice('names.json', at, length))) as unknown[];
      if (!Array.isArray(r)) throw new TypeError('names: not a list of records');
      this.parsed.set(i, r);
    }
    return r;
  }
}

/** A table this language reads: names of a script, all of them or only those its language gives. */
interface Table {
  prefix: string;
  /** Names in the article's script count from every language; others only from the article's. */
  any: boolean;
  /** A surname-first table: its records stand for their names' surname-first forms. */
  surnameFirst: boolean;
}

class StoredGroups implements PendingGroups {
  readonly size: number;
  readonly open = true;
  private readonly tables: Table[] = [];
  /** Rank of each language (by number) in the matcher's order: the article's first, then code-point order. */
  private readonly rank: number[];
  private readonly own: number;
  private readonly taken = new Set<string>();
  private irregular: Map<string, PendingName[]> | undefined;
  private readonly filter: boolean;

  constructor(private readonly store: NameStore, private readonly grouping: Grouping, private readonly bucket: (entry: number) => unknown[]) {
    const { header } = store;
    const lang = grouping.lang;
    const script = langScript(lang);
    // header.langs is in code-point order.
    this.rank = header.langs.map((l, i) => (l === lang ? 0 : i + 1));
    this.own = header.langs.indexOf(lang);
    let size = 0;
    for (const [l, counts] of Object.entries(header.nameCounts)) {
      for (const [s, n] of Object.entries(counts)) if (l === lang || s === script) size += n;
    }
    this.size = size;
    for (const s of SCRIPTS) {
      const any = s === script;
      if (!any && !header.nameCounts[lang]?.[s]) continue;
      this.tables.push({ prefix: `${s}${NAME_SEP}`, any, surnameFirst: false });
      if (grouping.surnameFirst) this.tables.push({ prefix: `${s}${SURNAME_SEP}`, any, surnameFirst: true });
    }
    // Only three-letter groups without elisions are exactly a stored bucket.
    this.filter = grouping.length !== BUCKET || grouping.elisions.length > 0;
  }

  take(g: string): PendingName[] | undefined {
    if (this.taken.has(g)) return undefined;
    this.taken.add(g);
    const map = this.store.map('names');
    const { length, elisions } = this.grouping;
    const out: PendingName[] = [];
    for (const table of this.tables) {
      const entries = new Set<number>();
      if (g.length === length && length < BUCKET) this.addRange(map, table.prefix + g, entries);
      else this.addExact(map, table.prefix + g.slice(0, BUCKET), entries);
      for (const e of elisions) if (e.slice(0, length) === g) this.addRange(map, table.prefix + e.slice(0, BUCKET), entries);
      for (const i of entries) this.read(i, table, out, this.filter ? g : undefined);
    }
    const odd = this.irregularGroups().get(g);
    if (odd) out.push(...odd);
    if (out.length === 0) return undefined;
    return out.sort((a, b) => a.seq - b.seq);
  }

  private addExact(map: DiskMap, key: string, into: Set<number>): void {
    const i = map.indexOf(key);
    if (i >= 0) into.add(i);
  }

  private addRange(map: DiskMap, prefix: string, into: Set<number>): void {
    const [from, to] = map.rangeOf(prefix);
    for (let i = from; i < to; i++) if (!map.keyAt(i).endsWith(IRREGULAR)) into.add(i);
  }

  /** Parses a bucket's records into `out`; with `only`, keeps the names of that group. */
  private read(entry: number, table: Table, out: PendingName[], only: string | undefined): void {
    const { header } = this.store;
    const r = this.bucket(entry);
    const langs = header.langs.length + 1;
    const slots = header.nameSlots;
    for (let k = 0; k < r.length; ) {
      const entity = r[k] as number;
      const form = r[k + 1] as number;
      const type = header.types[r[k + 2] as number];
      const id = r[k + 3];
      const name = r[k + 4];
      const n = r[k + 5] as number;
      const end = k + NAME_FIELDS + 2 * n;
      if (typeof id !== 'string' || typeof name !== 'string' || type === undefined || !Number.isInteger(entity) || !(n > 0) || end > r.length) throw new TypeError('names: damaged record');
      // The first of the languages that give it here, in the matcher's order (see the top).
      let best = Infinity;
      for (let w = k + NAME_FIELDS; w < end; w += 2) {
        const l = r[w] as number;
        if (!table.any && l !== this.own) continue;
        const rank = this.rank[l];
        if (rank === undefined) throw new TypeError('names: damaged record');
        best = Math.min(best, rank * slots + (r[w + 1] as number));
      }
      k = end;
      if (best === Infinity) continue;
      const scope = entity * 2 + form;
      const base = scope * NAME_KINDS * langs * slots + best;
      const kind = form === 1 ? 'adjective' : 'name';
      if (!table.surnameFirst) {
        if (only !== undefined && this.grouping.groupOf(name) !== only) continue;
        out.push({ id, type, form: kind, name, seq: base, scope: scope + 1 });
        continue;
      }
      const forms = surnameFirstForms(name);
      // The forms share their first word, so their group.
      if (forms.length === 0 || (only !== undefined && this.grouping.groupOf(forms[0]!) !== only)) continue;
      for (let f = 0; f < forms.length; f++) out.push({ id, type, form: kind, name: forms[f]!, seq: base + (f + 1) * langs * slots, scope: scope + 1 });
    }
  }

  /** Names of the irregular buckets, by the group the matcher gives them (read once). */
  private irregularGroups(): Map<string, PendingName[]> {
    if (this.irregular) return this.irregular;
    const map = this.store.map('names');
    const all: PendingName[] = [];
    for (const table of this.tables) {
      const entry = map.indexOf(table.prefix + IRREGULAR);
      if (entry >= 0) this.read(entry, table, all, undefined);
    }
    this.irregular = new Map();
    for (const p of all) {
      const g = this.grouping.groupOf(p.name);
      if (g === undefined) continue;
      const list = this.irregular.get(g);
      if (list) list.push(p);
      else this.irregular.set(g, [p]);
    }
    return this.irregular;
  }
}
