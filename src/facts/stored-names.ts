// The names of a compiled fact set, grouped in advance for NameMatcher (names.ts): records are
// stored by language, script and the first three letters of the folded first word, and a group
// is read when the matcher first asks for it. What a group holds, and in what order, is what
// NameMatcher.collect would put in it for the same language:
// - the article's language contributes names of every script, other languages only names in
//   the article's script;
// - `seq` orders by entity, form, language (the article's first, then code-point order) and
//   position in the list, as collect numbers them;
// - a group key is the first `length` letters of the folded first word, or an elided word
//   ("l'") split off it. A stored bucket (three letters) is then the group, or a superset of it
//   (shorter keys, elisions): such candidates are checked with the matcher's own groupOf.
//   Names whose first word does not fold letter by letter are grouped here on first use.
import { langScript } from '../extract/names.js';
import type { Grouping, NameSource, PendingGroups, PendingName } from '../extract/name-source.js';
import type { DiskMap } from './disk-map.js';
import { IRREGULAR, NAME_FIELDS, NAME_SEP, utf8, type Header } from './stored-format.js';

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
  constructor(private readonly store: NameStore) {}

  groups(grouping: Grouping): PendingGroups {
    return new StoredGroups(this.store, grouping);
  }
}

class StoredGroups implements PendingGroups {
  readonly size: number;
  readonly open = true;
  /** Key prefixes of the tables this language reads: its own in every script, others' in its script. */
  private readonly tables: string[] = [];
  private readonly rank = new Map<string, number>();
  private readonly taken = new Set<string>();
  private irregular: Map<string, PendingName[]> | undefined;
  private readonly filter: boolean;

  constructor(private readonly store: NameStore, private readonly grouping: Grouping) {
    const { header } = store;
    const lang = grouping.lang;
    const script = langScript(lang);
    let size = 0;
    header.langs.forEach((l, i) => {
      // The article's language first, then code-point order (header.langs is sorted).
      this.rank.set(l, l === lang ? 0 : i + 1);
      const counts = header.nameCounts[l] ?? {};
      for (const s of l === lang ? SCRIPTS : [script]) {
        if (!counts[s]) continue;
        size += counts[s];
        this.tables.push(`${l}${NAME_SEP}${s}${NAME_SEP}`);
      }
    });
    this.size = size;
    // Only three-letter groups without elisions are exactly a stored bucket.
    this.filter = grouping.length !== BUCKET || grouping.elisions.length > 0;
  }

  take(g: string): PendingName[] | undefined {
    if (this.taken.has(g)) return undefined;
    this.taken.add(g);
    const map = this.store.map('names');
    const entries = new Set<number>();
    const { length, elisions } = this.grouping;
    for (const table of this.tables) {
      if (g.length === length && length < BUCKET) this.addRange(map, table + g, entries);
      else this.addExact(map, table + g.slice(0, BUCKET), entries);
      for (const e of elisions) if (e.slice(0, length) === g) this.addRange(map, table + e.slice(0, BUCKET), entries);
    }
    const out: PendingName[] = [];
    for (const i of entries) {
      const [at, n] = map.valueAt(i);
      this.read(at, n, out, this.filter ? g : undefined);
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
  private read(at: number, length: number, out: PendingName[], only: string | undefined): void {
    const { header } = this.store;
    const r = JSON.parse(utf8(this.store.slice('names.json', at, length))) as unknown[];
    if (!Array.isArray(r) || r.length % NAME_FIELDS !== 0) throw new TypeError('names: not a list of records');
    const langs = header.langs.length + 1;
    for (let k = 0; k < r.length; k += NAME_FIELDS) {
      const [entity, form, lang, pos, type, id, name] = r.slice(k, k + NAME_FIELDS) as [number, number, number, number, number, string, string];
      if (typeof id !== 'string' || typeof name !== 'string' || !Number.isInteger(entity) || !Number.isInteger(pos)) throw new TypeError('names: damaged record');
      if (only !== undefined && this.grouping.groupOf(name) !== only) continue;
      const scope = entity * 2 + form;
      const rank = this.rank.get(header.langs[lang]!);
      if (rank === undefined || header.types[type] === undefined) throw new TypeError('names: damaged record');
      out.push({ id, type: header.types[type]!, form: form === 1 ? 'adjective' : 'name', name, seq: (scope * langs + rank) * header.nameSlots + pos, scope: scope + 1 });
    }
  }

  /** Names of the irregular buckets, by the group the matcher gives them (read once). */
  private irregularGroups(): Map<string, PendingName[]> {
    if (this.irregular) return this.irregular;
    const map = this.store.map('names');
    const all: PendingName[] = [];
    for (const table of this.tables) {
      const where = map.get(table + IRREGULAR);
      if (where) this.read(where[0], where[1], all, undefined);
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
